"""How fast is each page, against a baseline? Run from the repository root:

    .venv/bin/python bench/pages.py               # about 3 minutes
    .venv/bin/python bench/pages.py --seconds 2   # quicker, noisier

Serves LeanOn as in production (gunicorn with 2 gthread workers of 4
threads, DEBUG off, PostgreSQL in a database of its own, leanon_bench_pages,
the content cache in Redis when one runs on 127.0.0.1:6379) with two seeded
users: one with 10 requests and 5 people, one with 10,000 requests, 50
people and 200 times they helped someone. Each main page is requested by
the big user on 4 connections at once, after a warm-up; so is the baseline,
the /about/ page (the same base template and middleware, no queries of its
own). The pages take turns in 5 rounds of 1 s each, so that whatever else
the machine is doing weighs on every page alike, the baseline included.

Every request renders its page afresh, as LeanOn serves them: nothing of a
person's pages or rows is cached (only the curated content, the same for
everyone).

Prints requests/s, p50 and p99 per page, the ratio of its requests/s to the
baseline's, and the CPU each request cost the gunicorn workers and
PostgreSQL (steadier than requests/s on a busy machine), then PASS or FAIL
against the targets:
- every page at least 0.5x the baseline;
- My requests with 10,000 requests at least 0.9x My requests with 10;
- each gunicorn worker's resident memory after all the load at most 1.2x
  its size after start-up and a warm-up.
Exits 1 when a target is missed.
"""

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.server import (  # noqa: E402
    BenchClient,
    Gunicorn,
    Record,
    Recorder,
    Summary,
    bench_database,
    describe_env,
    login_all,
    machine,
    run_for,
    seed,
)

DATABASE = "leanon_bench_pages"
REDIS_DB = 13
PAGE_TARGET = 0.5
SCALE_TARGET = 0.9
MEMORY_TARGET = 1.2
MB = 1024 * 1024

SMALL = {"username": "small", "people": 5, "asks": 10, "help_given": 3}
BIG = {
    "username": "big",
    "people": 50,
    "asks": 10_000,
    "help_given": 200,
    "templates": 10,
}


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5, help="per page; 5")
    parser.add_argument("--rounds", type=int, default=5, help="default 5")
    parser.add_argument("--connections", type=int, default=4, help="default 4")
    parser.add_argument("--warm-up", type=int, default=20, help="requests a page")
    parser.add_argument("--worker-class", default="gthread", help="default gthread")
    parser.add_argument("--threads", type=int, default=4, help="per worker; 4")
    return parser.parse_args()


def pages_of(ids: dict) -> list[tuple[str, str]]:
    big = ids["big"]
    return [
        ("home", "/"),
        ("My requests", "/asks/"),
        ("request detail", f"/asks/{big['sent']}/"),
        ("step 1 (need)", f"/asks/{big['draft']}/need/"),
        ("step 2 (person)", f"/asks/{big['draft']}/person/"),
        ("step 3 (message)", f"/asks/{big['draft']}/message/"),
        ("My people", "/people/"),
        ("person page", f"/people/{big['people'][0]}/"),
        ("My templates", "/asks/templates/"),
        ("crisis page", "/help-now/"),
        ("Account", "/account/"),
    ]


@dataclass
class Tally:
    """One page's requests over every round it was measured in."""

    records: list[Record] = field(default_factory=list)
    seconds: float = 0.0
    app_cpu: float = 0.0  # gunicorn workers' CPU seconds
    db_cpu: float = 0.0  # PostgreSQL's CPU seconds for the app's database

    @property
    def summary(self) -> Summary:
        return Summary.of(self.records, self.seconds)

    def per_request_ms(self, cpu: float) -> float:
        return cpu / max(len(self.records), 1) * 1000


def measure(server: Gunicorn, clients, path: str, seconds: float, tally: Tally):
    recorder = Recorder()
    for client in clients:
        client.recorder = recorder

    def body(client: BenchClient, deadline: float) -> None:
        while time.perf_counter() < deadline:
            client.get(path, path)

    app, db = server.worker_cpu(), server.database_cpu()
    start, end = run_for(clients, body, seconds)
    tally.app_cpu += server.worker_cpu() - app
    tally.db_cpu += server.database_cpu() - db
    tally.records += recorder.records
    tally.seconds += end - start


def warm_up(clients: list[BenchClient], paths: list[str], times: int) -> None:
    for client in clients:
        client.recorder = None
    for path in paths:
        for i in range(times):
            response = clients[i % len(clients)].get(path, path)
            if response is None or response.status_code != 200:
                status = None if response is None else response.status_code
                raise RuntimeError(f"warm-up: {path} answered {status}")


def main() -> int:
    args = arguments()
    print(machine())
    with bench_database(DATABASE, REDIS_DB) as env:
        ids = seed(env, [SMALL, BIG])
        results, rss = run_pass(env, ids, args, args.seconds)
    print("\nEvery page rendered afresh:")
    return report(results, *rss)


def run_pass(env: dict, ids: dict, args, seconds: float):
    """Every page and the baseline, taking turns; the tallies and the
    workers' resident memory after start-up, after the warm-up and after."""
    server = Gunicorn(env, 2, args.worker_class, args.threads)
    with server:
        print(f"{server.describe()}; {describe_env(env)}")
        print(
            f"{args.connections} connections, {seconds:g} s a page, "
            f"after {args.warm_up} warm-up requests a page"
        )
        rss_started = server.worker_rss()
        big = login_all(server.url, ["big"] * args.connections, None)
        small = login_all(server.url, ["small"] * args.connections, None)
        try:
            pages = pages_of(ids)
            warm_up(big, ["/about/", *(path for _, path in pages)], args.warm_up)
            warm_up(small, ["/asks/"], args.warm_up)
            rss_warm = server.worker_rss()
            plan = [
                ("baseline", big, "/about/"),
                *((name, big, path) for name, path in pages),
                ("My requests (10)", small, "/asks/"),
            ]
            results = {name: Tally() for name, _, _ in plan}
            slice_ = seconds / args.rounds
            for _ in range(args.rounds):
                for name, clients, path in plan:
                    measure(server, clients, path, slice_, results[name])
            rss_after = server.worker_rss()
        finally:
            for client in big + small:
                client.close()
    return results, (rss_started, rss_warm, rss_after)


def table(results: dict[str, Tally]) -> list[tuple[bool, str]]:
    """Print each page's figures and the page-against-baseline checks."""
    baseline = results["baseline"].summary.rps
    checks = []
    print(
        f"{'page':<22} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'x about':>7}  "
        f"{'target':<13} {'CPU ms: app':>11} {'db':>5}"
    )
    for name, tally in results.items():
        s = tally.summary
        ratio = s.rps / baseline
        target = ""
        if name != "baseline":
            ok = ratio >= PAGE_TARGET and s.statuses == {200: s.requests}
            checks.append((ok, f"{name}: {ratio:.2f}x the baseline"))
            target = f"{'PASS' if ok else 'FAIL'} >= {PAGE_TARGET}x"
        bad = {k: v for k, v in s.statuses.items() if k != 200}
        note = f"  non-200: {bad}" if bad else ""
        print(
            f"{name:<22} {s.rps:>7.1f} {s.p50_ms:>7.1f} {s.p99_ms:>7.1f} "
            f"{ratio:>7.2f}  {target:<13} {tally.per_request_ms(tally.app_cpu):>11.1f} "
            f"{tally.per_request_ms(tally.db_cpu):>5.1f}{note}"
        )
    print(f"baseline: /about/ as the same user, {baseline:.1f} requests/s")
    scale = results["My requests"].summary.rps / results["My requests (10)"].summary.rps
    checks.append(
        (
            scale >= SCALE_TARGET,
            f"My requests with 10,000 requests is {scale:.2f}x My requests with "
            f"10 (target >= {SCALE_TARGET}x)",
        )
    )
    print(checks[-1][1])
    return checks


def report(results: dict[str, Tally], started, warm, after) -> int:
    checks = table(results)
    print()
    print(
        f"{'worker':>8} {'started MB':>11} {'warm MB':>8} {'after MB':>9} {'x warm':>7}"
    )
    for pid in sorted(after):
        growth = after[pid] / warm[pid] if pid in warm else float("inf")
        print(
            f"{pid:>8} {started.get(pid, 0) / MB:>11.1f} {warm.get(pid, 0) / MB:>8.1f} "
            f"{after[pid] / MB:>9.1f} {growth:>7.2f}"
        )
        checks.append(
            (
                growth <= MEMORY_TARGET,
                f"worker {pid}: {after[pid] / MB:.1f} MB after the load, "
                f"{growth:.2f}x its {warm.get(pid, 0) / MB:.1f} MB after start-up "
                f"and warm-up (target <= {MEMORY_TARGET}x)",
            )
        )
    if set(after) != set(warm):
        checks.append((False, "a worker was replaced during the run"))
    print()
    for ok, text in checks:
        print(f"{'PASS' if ok else 'FAIL'}: {text}")
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
