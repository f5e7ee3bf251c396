"""Shared helpers for the HTTP benchmarks (load.py, db_restart.py, pages.py).

LeanOn as it runs in production: gunicorn serving helpapp.wsgi with DEBUG
off, PostgreSQL, static files from `collectstatic`, and the content cache in
Redis when one is running on 127.0.0.1:6379 (several workers must share it).
Plain http, since a proxy would terminate TLS in front of gunicorn.

- prepare(): a fresh database of the benchmark's own, migrated, plus
  collectstatic; drop_database() removes it again.
- seed(): users, people, requests and templates, written with bulk_create
  in a separate process (Django is set up there, not in the benchmark).
- Gunicorn: start, wait until it answers, the workers' process ids, stop.
- BenchClient and run_for(): logged-in HTTP clients, one thread each, that
  run a scenario for a fixed time and record every request's latency and
  status, and each acknowledged write (a POST answered with a redirect) so
  it can be checked in the database afterwards.

Why gthread workers (2 workers x 4 threads): with two sync workers only two
requests are ever in flight, and whenever one waits for PostgreSQL or Redis
its core has nothing to do. With threads each worker keeps up to 4 requests
going and fills those waits (the GIL still runs one thread's Python at a
time, one core per worker). Measured with both servers side by side on a
shared two-core machine busy with other work, in interleaved 5 s slices of
the load.py scenario (32 users): 35.3 requests/s for gthread against 24.1
for sync (p50 683 against 1,093 ms), for about 5% more CPU per request; a
second run gave 24.5 against 18.5. The costs: a database connection per
thread (8 per app server, kept open by CONN_MAX_AGE) and a little thread
switching. --worker-class sync measures the other choice.

Not a benchmark itself; it can seed a database on its own:
    python -m bench.server seed < spec.json   (run with the app's env)
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
GUNICORN = str(VENV_BIN / "gunicorn")

PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
PG_CLUSTER = os.environ.get("BENCH_PG_CLUSTER", "15 main").split()
REDIS = ("127.0.0.1", 6379)
# Never a real secret: the benchmark's users exist only in its own database.
PASSWORD = "bench-only-Passw0rd"  # noqa: S105
FRIENDLY_503 = "LeanOn will be back in a moment"


# --- The database and the app's environment --------------------------------


def pg_url(database: str) -> str:
    return f"{PG_SERVER}/{database}"


def _admin():
    import psycopg

    return psycopg.connect(pg_url("postgres"), autocommit=True, connect_timeout=5)


def create_database(name: str) -> str:
    """A fresh, empty database (dropped first if a previous run left it)."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not a plain database name: {name}")
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_url(name)


def drop_database(name: str) -> None:
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url(db: int) -> str | None:
    """redis://127.0.0.1:6379/<db>, emptied, when Redis is running; else None."""
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        return None
    import redis

    url = f"redis://{REDIS[0]}:{REDIS[1]}/{db}"
    redis.Redis.from_url(url).flushdb()  # this benchmark's own db number
    return url


def app_env(database: str, redis_db: int) -> dict[str, str]:
    """Production-like settings: DEBUG off, a real key, one allowed host,
    PostgreSQL, a shared cache; HTTPS off so plain http works locally."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "HTTPS",
            "TRUST_X_FORWARDED_PROTO",
            "REDIS_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "DJANGO_SETTINGS_MODULE",
        }
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=pg_url(database),
        PYTHONDONTWRITEBYTECODE="1",
    )
    if url := redis_url(redis_db):
        env["REDIS_URL"] = url
    return env


def _python(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    """Run the venv's Python on our own code in the app's environment; its
    output, or RuntimeError with what it printed to stderr."""
    result = subprocess.run(  # noqa: S603 - our own manage.py and modules
        [PYTHON, *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"python {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def manage(env: dict[str, str], *args: str) -> str:
    return _python(env, "manage.py", *args)


def static_is_stale() -> bool:
    """True unless STATIC_ROOT (BASE_DIR/staticfiles) was built after the
    last change to any source of static files: the project's static/ and
    the static folders of installed packages (Django's admin, django-htmx)."""
    manifest = ROOT / "staticfiles" / "staticfiles.json"
    if not manifest.exists():
        return True
    import django

    site = Path(django.__file__).resolve().parent.parent
    folders = [ROOT / "static", *site.glob("*/static"), *site.glob("*/*/*/static")]
    built = manifest.stat().st_mtime
    return any(
        path.stat().st_mtime > built
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file()
    )


def prepare(database: str, redis_db: int) -> dict[str, str]:
    """Create and migrate the database, build the static files when they
    changed (into STATIC_ROOT, BASE_DIR/staticfiles, as a deployment does);
    return the environment to run the app with."""
    create_database(database)
    env = app_env(database, redis_db)
    manage(env, "migrate", "--noinput", "-v0")
    if static_is_stale():
        manage(env, "collectstatic", "--noinput", "-v0")
    return env


def describe_env(env: dict[str, str]) -> str:
    cache = env.get("REDIS_URL", "memory (no Redis on 127.0.0.1:6379)")
    return f"DEBUG=0, PostgreSQL {env['DATABASE_URL']}, cache {cache}"


# --- Seeding ----------------------------------------------------------------


def seed(env: dict[str, str], users: list[dict]) -> dict[str, dict]:
    """Create users with people, requests, help given and templates. Each
    entry: username, and optionally people, asks, help_given, templates,
    country. Returns, per username, the ids the benchmarks need."""
    spec = json.dumps({"users": users, "password": PASSWORD})
    output = _python(env, "-m", "bench.server", "seed", stdin=spec)
    # As autovacuum would have done long ago on a real database: without
    # statistics the planner guesses a handful of rows and picks bad plans.
    import psycopg

    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return json.loads(output.strip().splitlines()[-1])


NEEDS = [
    "a lift to the station on Saturday morning",
    "someone to look over my CV before Friday",
    "help carrying a sofa up to the second floor",
    "feeding the cat while I'm away for the weekend",
    "half an hour to practise for a job interview",
    "borrowing a drill for an afternoon",
    "a second pair of eyes on my budget spreadsheet",
    "company at a hospital appointment on Tuesday",
    "a hand painting the spare room",
    "advice on asking my manager for a raise",
]
STRENGTHS = [
    "driving",
    "spreadsheets, budgeting",
    "cooking, listening",
    "fixing bikes, DIY",
    "interviews, writing",
    "gardening",
    "maths",
    "languages, travel",
]


def _seed_in_django(spec: dict) -> dict:
    """Runs inside Django (python -m bench.server seed)."""
    import random
    from datetime import timedelta

    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from helpapp.accounts.models import User
    from helpapp.asks.models import Ask, SavedTemplate
    from helpapp.people.models import HelpGiven, Person
    from helpapp.vocabulary import (
        Category,
        Channel,
        Outcome,
        Relationship,
        Size,
        Status,
    )

    rng = random.Random(42)
    now = timezone.now()
    # One slow hash for every user: they all share the benchmark password.
    password = make_password(spec["password"])
    # created_at/updated_at spread over three years, as for a long-time user.
    stamps = [Ask._meta.get_field("created_at"), Ask._meta.get_field("updated_at")]
    for stamp in stamps:
        stamp.auto_now = stamp.auto_now_add = False
    channels = [Channel.TEXT, Channel.EMAIL, Channel.CALL, Channel.IN_PERSON]
    relationships = list(Relationship.values)
    out = {}
    with transaction.atomic():
        for u in spec["users"]:
            user = User.objects.create(
                username=u["username"],
                email=f"{u['username']}@example.com",
                first_name=u["username"].title(),
                password=password,
                country=u.get("country", "GB"),
            )
            people = Person.objects.bulk_create(
                Person(
                    owner=user,
                    name=f"Person {i:03d} {rng.choice(['Okafor', 'Shah', 'Kelly'])}",
                    relationship=rng.choice(relationships),
                    good_at=rng.choice(STRENGTHS),
                    preferred_channel=channels[i % len(channels)],
                    email=f"person{i}@example.com",
                    safe=i % 3 == 0,
                )
                for i in range(u.get("people", 5))
            )
            asks = []
            for i in range(u.get("asks", 10)):
                created = now - timedelta(minutes=rng.randint(60, 3 * 365 * 24 * 60))
                ask = Ask(
                    owner=user,
                    need=f"{rng.choice(NEEDS)} (#{i})",
                    category=rng.choice(Category.values),
                    size=rng.choice(Size.values),
                    due_date=(created + timedelta(days=7)).date(),
                    person=rng.choice(people) if people else None,
                    channel=rng.choice(channels),
                    message="Hi, could you help me with this? Thank you!",
                    message_edited=True,
                    created_at=created,
                    updated_at=created,
                )
                roll = rng.random()
                if roll < 0.85:
                    ask.status = Status.SENT
                    ask.sent_at = created + timedelta(hours=1)
                    ask.guess = rng.randint(10, 90)
                    if rng.random() < 0.7:
                        ask.outcome = rng.choice(Outcome.values)
                        ask.outcome_on = (created + timedelta(days=1)).date()
                        if ask.outcome == Outcome.YES and rng.random() < 0.8:
                            ask.thanked_at = created + timedelta(days=2)
                elif roll < 0.9:
                    ask.status = Status.WITHDRAWN
                    ask.sent_at = created + timedelta(hours=1)
                    ask.withdrawn_at = created + timedelta(hours=2)
                asks.append(ask)
            asks = Ask.objects.bulk_create(asks, batch_size=2000)
            HelpGiven.objects.bulk_create(
                HelpGiven(
                    owner=user,
                    person=rng.choice(people),
                    note="helped with the shopping",
                    given_on=(now - timedelta(days=rng.randint(1, 900))).date(),
                )
                for _ in range(u.get("help_given", 5) if people else 0)
            )
            SavedTemplate.objects.bulk_create(
                SavedTemplate(
                    owner=user,
                    title=f"Template {i}",
                    category=Category.PRACTICAL,
                    size=Size.SMALL,
                    need="a lift to {when}",
                    body="Hi {person}, could you give me a lift {when}? Thanks!",
                )
                for i in range(u.get("templates", 3))
            )
            # A draft with its person chosen: every wizard step can be shown.
            draft = Ask.objects.create(
                owner=user,
                need="a lift to the station on Saturday morning",
                category=Category.PRACTICAL,
                size=Size.SMALL,
                due_date=(now + timedelta(days=5)).date(),
                person=people[0] if people else None,
                created_at=now,
                updated_at=now,
            )
            sent = [a for a in asks if a.status == Status.SENT]
            out[user.username] = {
                "id": user.pk,
                "people": [p.pk for p in people],
                "draft": draft.pk,
                "sent": sent[0].pk if sent else None,
            }
    return out


# --- Gunicorn -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn helpapp.wsgi on a free port, as a context manager that
    always stops it (and its workers) again."""

    def __init__(
        self,
        env: dict[str, str],
        workers: int = 2,
        worker_class: str = "gthread",
        threads: int = 4,
    ):
        self.env = env
        self.workers = workers
        self.worker_class = worker_class
        self.threads = threads
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_dir = Path(tempfile.mkdtemp(prefix="leanon-bench-"))
        self.log = self.log_dir / "gunicorn.log"
        self.process: subprocess.Popen | None = None

    def describe(self) -> str:
        threads = f", {self.threads} threads" if self.worker_class == "gthread" else ""
        return (
            f"gunicorn helpapp.wsgi, {self.workers} {self.worker_class} "
            f"workers{threads}, {self.url}"
        )

    def start(self, ready_timeout: float = 60) -> None:
        command = [
            GUNICORN,
            "helpapp.wsgi",
            f"--workers={self.workers}",
            f"--worker-class={self.worker_class}",
            f"--threads={self.threads}",
            f"--bind=127.0.0.1:{self.port}",
            "--timeout=60",
            "--graceful-timeout=5",
            f"--error-logfile={self.log}",
        ]
        self.process = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
            command,
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        import httpx

        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log_tail()}")
            try:
                answer = httpx.get(f"{self.url}/about/", timeout=2)
                if (
                    answer.status_code == 200
                    and len(self.worker_pids()) == self.workers
                ):
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(
            f"gunicorn not ready in {ready_timeout}s:\n{self.log_tail()}"
        )

    def worker_pids(self) -> list[int]:
        import psutil

        if self.process is None:
            return []
        return sorted(c.pid for c in psutil.Process(self.process.pid).children())

    def worker_rss(self) -> dict[int, int]:
        """Resident memory of each worker, in bytes."""
        import psutil

        return {
            pid: psutil.Process(pid).memory_info().rss for pid in self.worker_pids()
        }

    def worker_cpu(self) -> float:
        """CPU seconds (user and system) the workers have used so far."""
        import psutil

        total = 0.0
        for pid in self.worker_pids():
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        return total

    def database_cpu(self) -> float:
        """CPU seconds used so far by the PostgreSQL backends serving the
        app's database (one per worker: connections are kept open)."""
        import psutil

        database = self.env["DATABASE_URL"].rsplit("/", 1)[-1]
        total = 0.0
        for process in psutil.process_iter(["cmdline"]):
            title = " ".join(process.info["cmdline"] or [])
            if title.startswith("postgres:") and f" {database} " in title:
                try:
                    times = process.cpu_times()
                except psutil.Error:
                    continue
                total += times.user + times.system
        return total

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # master and workers
            self.process.wait(timeout=5)

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text().splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def __enter__(self) -> Gunicorn:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
        shutil.rmtree(self.log_dir, ignore_errors=True)


# --- PostgreSQL restarts --------------------------------------------------------


def pg_stop() -> None:
    """Stop PostgreSQL (fast: open connections are closed) and wait."""
    subprocess.run(  # noqa: S603 - a fixed command
        ["pg_ctlcluster", "--skip-systemctl-redirect", *PG_CLUSTER, "stop"],  # noqa: S607
        check=True,
        capture_output=True,
        timeout=120,
    )


def pg_start() -> subprocess.Popen:
    """Start PostgreSQL without waiting: the caller polls pg_is_up()."""
    return subprocess.Popen(  # noqa: S603 - a fixed command
        ["pg_ctlcluster", "--skip-systemctl-redirect", *PG_CLUSTER, "start"],  # noqa: S607
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def ensure_pg_up() -> None:
    """Start PostgreSQL if it is down (used in finally blocks)."""
    if not pg_is_up():
        pg_start().wait(timeout=120)


def pg_is_up() -> bool:
    try:
        _admin().close()
    except Exception:  # any failure means "not up"
        return False
    return True


def other_pg_clients(own: set[str]) -> list[str]:
    """Databases other than ours with open connections (someone's tests)."""
    with _admin() as conn:
        rows = conn.execute(
            "SELECT DISTINCT datname FROM pg_stat_activity "
            "WHERE datname IS NOT NULL AND pid <> pg_backend_pid()"
        ).fetchall()
    return sorted(name for (name,) in rows if name not in own | {"postgres"})


# --- The HTTP client ------------------------------------------------------------


@dataclass(slots=True)
class Record:
    """One request: when it started and ended (perf_counter seconds), which
    page, the status (0 when no answer came), and for a 5xx whether its
    body was the calm "back in a moment" page."""

    start: float
    end: float
    name: str
    method: str
    status: int
    friendly: bool = False
    error: str = ""

    @property
    def latency(self) -> float:
        return self.end - self.start


@dataclass(slots=True)
class Write:
    """A write the app acknowledged with a redirect: what to look for."""

    kind: str  # "need", "person" or "message"
    username: str
    ask: int
    value: str | int
    at: float


@dataclass
class Recorder:
    records: list[Record] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, record: Record) -> None:
        with self.lock:
            self.records.append(record)

    def wrote(self, write: Write) -> None:
        with self.lock:
            self.writes.append(write)


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class BenchClient:
    """One logged-in user on one connection pool, recording every request."""

    def __init__(self, base_url: str, recorder: Recorder | None = None):
        import httpx

        self.httpx = httpx
        self.http = httpx.Client(
            base_url=base_url,
            timeout=30,
            follow_redirects=False,
            headers={"User-Agent": "leanon-bench", "Accept-Language": "en-GB"},
        )
        self.recorder = recorder
        self.username = ""

    def login(self, username: str, password: str = PASSWORD) -> None:
        page = self.http.get("/account/login/")
        token = TOKEN.search(page.text)
        if page.status_code != 200 or token is None:
            raise RuntimeError(f"login page: {page.status_code}")
        response = self.http.post(
            "/account/login/",
            data={
                "username": username,
                "password": password,
                "csrfmiddlewaretoken": token.group(1),
            },
        )
        if response.status_code != 302:
            raise RuntimeError(f"login as {username} failed: {response.status_code}")
        self.username = username

    def csrf_token(self) -> str:
        """The csrftoken cookie (rotated at login): Django accepts its value
        as the form token, as it accepts the masked one in the page."""
        return self.http.cookies.get("csrftoken", "")

    def request(self, method: str, path: str, name: str, data: dict | None = None):
        """The response, or None when none came (refused, reset, timed out)."""
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.csrf_token()}
        start = time.perf_counter()
        try:
            response = self.http.request(method, path, data=data)
        except self.httpx.HTTPError as error:
            self._record(start, name, method, 0, error=type(error).__name__)
            return None
        status = response.status_code
        friendly = status >= 500 and FRIENDLY_503 in response.text
        self._record(start, name, method, status, friendly=friendly)
        return response

    def get(self, path: str, name: str):
        return self.request("GET", path, name)

    def post(self, path: str, name: str, data: dict):
        return self.request("POST", path, name, data)

    def _record(self, start: float, name: str, method: str, status: int, **kw):
        if self.recorder is not None:
            record = Record(start, time.perf_counter(), name, method, status, **kw)
            self.recorder.add(record)

    def close(self) -> None:
        self.http.close()


def login_all(
    base_url: str, usernames: list[str], recorder: Recorder | None
) -> list[BenchClient]:
    """Log every client in before the clock starts (each login hashes a
    password, which is slow on purpose), a few at a time."""
    clients = [BenchClient(base_url, recorder) for _ in usernames]
    errors: list[BaseException] = []

    def log_in(pair):
        client, username = pair
        try:
            client.login(username)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = []
    for pair in zip(clients, usernames, strict=True):
        thread = threading.Thread(target=log_in, args=(pair,))
        thread.start()
        threads.append(thread)
        if len(threads) % 4 == 0:
            for t in threads[-4:]:
                t.join()
    for thread in threads:
        thread.join()
    if errors:
        for client in clients:
            client.close()
        raise RuntimeError(f"could not log in: {errors[0]}")
    return clients


def run_for(
    clients: list[BenchClient],
    body: Callable[[BenchClient, float], None],
    seconds: float,
) -> tuple[float, float]:
    """Run body(client, deadline) on one thread per client until the
    deadline; return (start, end) in perf_counter seconds."""
    start = time.perf_counter()
    deadline = start + seconds
    failures: list[BaseException] = []

    def run(client):
        try:
            body(client, deadline)
        except BaseException as error:  # re-raised below
            failures.append(error)

    threads = [threading.Thread(target=run, args=(c,), daemon=True) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    end = time.perf_counter()
    if failures:
        raise failures[0]
    return start, end


# --- Figures ------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class Summary:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    statuses: Counter
    friendly_5xx: int
    other_5xx: int
    no_answer: int

    @classmethod
    def of(cls, records: list[Record], seconds: float) -> Summary:
        latencies = [r.latency for r in records]
        statuses = Counter(r.status for r in records)
        return cls(
            requests=len(records),
            seconds=seconds,
            rps=len(records) / seconds if seconds else 0.0,
            p50_ms=percentile(latencies, 50) * 1000,
            p99_ms=percentile(latencies, 99) * 1000,
            statuses=statuses,
            friendly_5xx=sum(1 for r in records if r.status >= 500 and r.friendly),
            other_5xx=sum(1 for r in records if r.status >= 500 and not r.friendly),
            no_answer=statuses[0],
        )

    @property
    def server_errors(self) -> int:
        return self.friendly_5xx + self.other_5xx

    @property
    def client_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if 400 <= status < 500)


def print_by_page(records: list[Record]) -> None:
    names = sorted({(r.method, r.name) for r in records})
    print(f"{'request':<28} {'count':>7} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    for method, name in names:
        mine = [r for r in records if (r.method, r.name) == (method, name)]
        lat = [r.latency for r in mine]
        statuses = ", ".join(
            f"{s or 'none'}:{n}"
            for s, n in sorted(Counter(r.status for r in mine).items())
        )
        print(
            f"{method + ' ' + name:<28} {len(mine):>7} "
            f"{percentile(lat, 50) * 1000:>8.1f} {percentile(lat, 99) * 1000:>8.1f}"
            f"  {statuses}"
        )


# --- The load scenario shared by load.py and db_restart.py -----------------------


def load_users(count: int) -> list[dict]:
    return [
        {"username": f"load{i:02d}", "people": 5, "asks": 20, "help_given": 3}
        for i in range(count)
    ]


WHO = re.compile(r'name="who" value="(\d+)"')
STEP = re.compile(r"^/asks/(\d+)/(person|message|support)/$")


def wizard_mix(client: BenchClient, deadline: float) -> None:
    """Until the deadline, in a loop: page views (home, My requests, My
    people, the crisis page and each wizard step) and the wizard's three
    POSTs, each with words of its own, recorded once the app acknowledges
    them with a redirect. A failed step starts a new request next time."""
    recorder = client.recorder
    assert recorder is not None
    after = [("/asks/", "my requests"), ("/people/", "my people")]
    after.append(("/help-now/", "crisis"))

    def alive() -> bool:
        return time.perf_counter() < deadline

    run = 0
    while alive():
        run += 1
        client.get("/", "home")
        if alive():
            tag = f"{client.username}-{run}-{secrets.token_hex(4)}"
            _wizard_once(client, recorder, tag, alive)
        for path, name in after:
            if alive():
                client.get(path, name)


def _wizard_once(client: BenchClient, recorder: Recorder, tag: str, alive) -> None:
    client.get("/asks/new/", "step 1 (need)")
    if not alive():
        return
    need = f"a lift to the station on Saturday [{tag}]"
    response = client.post(
        "/asks/new/",
        "step 1 (need)",
        {
            "need": need,
            "category": "practical",
            "size": "small",
            "due_date": "",
            "no_deadline": "on",
            "why": "",
        },
    )
    match = _redirect(response)
    if match is None:
        return
    ask = int(match.group(1))
    recorder.wrote(Write("need", client.username, ask, need, time.perf_counter()))
    if match.group(2) != "person" or not alive():
        return
    page = client.get(f"/asks/{ask}/person/", "step 2 (person)")
    people = WHO.findall(page.text) if page is not None and page.is_success else []
    if not people or not alive():
        return
    who = int(secrets.choice(people))
    response = client.post(f"/asks/{ask}/person/", "step 2 (person)", {"who": who})
    if _redirect(response) is None:
        return
    recorder.wrote(Write("person", client.username, ask, who, time.perf_counter()))
    if not alive():
        return
    client.get(f"/asks/{ask}/message/", "step 3 (message)")
    if not alive():
        return
    message = f"Hi, could you give me a lift on Saturday? Thank you! [{tag}]"
    response = client.post(
        f"/asks/{ask}/message/",
        "step 3 (message)",
        {"subject": "A lift on Saturday", "message": message, "guess": "60"},
    )
    if _redirect(response) is not None:
        recorder.wrote(
            Write("message", client.username, ask, message, time.perf_counter())
        )


def _redirect(response) -> re.Match | None:
    if response is None or response.status_code not in (302, 303):
        return None
    return STEP.match(response.headers.get("location", ""))


def lost_writes(database: str, writes: list[Write]) -> list[str]:
    """Each acknowledged write (the last one per request and kind) checked
    against the database: its request exists, belongs to the user and
    holds what was written."""
    import psycopg

    with psycopg.connect(pg_url(database), connect_timeout=10) as conn:
        rows = conn.execute(
            "SELECT a.id, u.username, a.need, a.person_id, a.message "
            "FROM asks_ask a JOIN accounts_user u ON u.id = a.owner_id "
            "WHERE a.id = ANY(%s)",
            [sorted({w.ask for w in writes})],
        ).fetchall()
    found = {row[0]: row for row in rows}
    latest: dict[tuple[int, str], Write] = {}
    for write in sorted(writes, key=lambda w: w.at):
        latest[(write.ask, write.kind)] = write
    column = {"need": 2, "person": 3, "message": 4}
    lost = []
    for (ask, kind), write in sorted(latest.items()):
        row = found.get(ask)
        if row is None:
            lost.append(f"request {ask} ({kind}) missing")
        elif row[1] != write.username:
            lost.append(f"request {ask} belongs to {row[1]}, not {write.username}")
        elif row[column[kind]] != write.value:
            lost.append(f"request {ask}: {kind} is {row[column[kind]]!r}")
    return lost


def print_writes(writes: list[Write]) -> None:
    kinds = Counter(w.kind for w in writes)
    print(
        "acknowledged writes: "
        f"{kinds['need']} new requests, {kinds['person']} people chosen, "
        f"{kinds['message']} messages saved"
    )


@contextmanager
def bench_database(name: str, redis_db: int, keep: bool = False) -> Iterator[dict]:
    """prepare() a database for the duration of a benchmark, then drop it."""
    try:
        yield prepare(name, redis_db)
    finally:
        if not keep and pg_is_up():
            drop_database(name)


def machine() -> str:
    load = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {load[0]:.2f} before the run"


if __name__ == "__main__":
    if sys.argv[1:] != ["seed"]:
        sys.exit("usage: python -m bench.server seed < spec.json")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpapp.settings")
    import django

    django.setup()
    print(json.dumps(_seed_in_django(json.load(sys.stdin))))
