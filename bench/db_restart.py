"""LeanOn while PostgreSQL restarts. Run from the repository root:

    .venv/bin/python bench/db_restart.py

The load of bench/load.py (gunicorn with 2 gthread workers of 4 threads,
32 logged-in users going through the wizard and the main pages) for 30 s;
5 s in, PostgreSQL is stopped (pg_ctlcluster ... stop), kept down 5 s and
started again. It is always started again, whatever happens to the
benchmark.

This stops the whole PostgreSQL cluster, so anyone else's tests on it fail
for those seconds: it first waits (up to --wait-quiet seconds) until no
other database has open connections.

Prints requests/s, the 5xx answers while the database was away (each must
be the calm "LeanOn will be back in a moment" page), any other 5xx, the
seconds from "database up" to the first 2xx/3xx and to the last 5xx, and
checks every write the app acknowledged with a redirect against the
database. Targets: every 5xx the calm page, no request without an answer,
recovery within 5 s of the database being back, no lost writes. Exits 1
when one is missed.
"""

import argparse
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.server import (  # noqa: E402
    Gunicorn,
    Recorder,
    Summary,
    bench_database,
    describe_env,
    ensure_pg_up,
    load_users,
    login_all,
    lost_writes,
    machine,
    other_pg_clients,
    pg_is_up,
    pg_start,
    pg_stop,
    print_by_page,
    print_writes,
    run_for,
    seed,
    wizard_mix,
)

DATABASE = "leanon_bench_restart"
REDIS_DB = 12
RECOVERY_TARGET = 5.0


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30, help="default 30")
    parser.add_argument("--down-after", type=float, default=5, help="default 5 s")
    parser.add_argument("--down-for", type=float, default=5, help="default 5 s")
    parser.add_argument("--connections", type=int, default=32, help="default 32")
    parser.add_argument("--worker-class", default="gthread", help="default gthread")
    parser.add_argument("--threads", type=int, default=4, help="per worker; 4")
    parser.add_argument("--wait-quiet", type=float, default=120, help="default 120 s")
    return parser.parse_args()


class Outage(threading.Thread):
    """Stops PostgreSQL `after` seconds from `start`, starts it `down`
    seconds after it is down; notes when (perf_counter) it was told to stop,
    was down, was told to start and took its first connection."""

    def __init__(self, start: float, after: float, down: float):
        super().__init__(daemon=True)
        self.start_at, self.after, self.down = start, after, down
        self.stopping = self.stopped = self.starting = self.up = 0.0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            time.sleep(max(0.0, self.start_at + self.after - time.perf_counter()))
            self.stopping = time.perf_counter()
            pg_stop()
            self.stopped = time.perf_counter()
            time.sleep(self.down)
            self.starting = time.perf_counter()
            starting = pg_start()
            # "Up" is the first moment a new connection succeeds, which is a
            # little before pg_ctlcluster returns.
            while not pg_is_up():
                if starting.poll() not in (None, 0):
                    raise RuntimeError("pg_ctlcluster start failed")
                time.sleep(0.02)
            self.up = time.perf_counter()
            starting.wait(timeout=120)
        except BaseException as error:  # reported by main
            self.error = error


def wait_for_quiet(limit: float) -> None:
    deadline = time.monotonic() + limit
    while busy := other_pg_clients({DATABASE}):
        if time.monotonic() > deadline:
            print(f"note: restarting PostgreSQL while these are in use: {busy}")
            return
        time.sleep(2)


def main() -> int:
    args = arguments()
    if not pg_is_up():
        sys.exit("PostgreSQL is not running on 127.0.0.1:5432.")
    print(machine())
    with bench_database(DATABASE, REDIS_DB) as env:
        try:
            seed(env, load_users(args.connections))
            server = Gunicorn(env, 2, args.worker_class, args.threads)
            with server:
                print(f"{server.describe()}; {describe_env(env)}")
                recorder = Recorder()
                usernames = [u["username"] for u in load_users(args.connections)]
                clients = login_all(server.url, usernames, recorder)
                wait_for_quiet(args.wait_quiet)
                outage = Outage(time.perf_counter(), args.down_after, args.down_for)
                outage.start()
                try:
                    start, end = run_for(clients, wizard_mix, args.seconds)
                finally:
                    outage.join()
                    for client in clients:
                        client.close()
        finally:
            ensure_pg_up()
        if outage.error is not None:
            raise outage.error
        lost = lost_writes(DATABASE, recorder.writes)
    return report(recorder, start, end, outage, lost, args.connections)


def report(recorder, start, end, outage, lost, connections) -> int:
    records = recorder.records
    summary = Summary.of(records, end - start)
    ok = [r for r in records if 200 <= r.status < 400]
    failed = [r for r in records if r.status >= 500 or r.status == 0]
    after_up = [r for r in ok if r.end >= outage.up]
    first_ok = min(r.end for r in after_up) - outage.up if after_up else float("inf")
    late = [r.end - outage.up for r in failed if r.end >= outage.up]
    last_failure = max(late) if late else 0.0
    ok_while_down = sum(
        1 for r in ok if outage.stopped <= r.start and r.end <= outage.starting
    )
    print(f"{connections} connections for {end - start:.1f} s")
    print(
        f"PostgreSQL told to stop at {outage.stopping - start:.1f} s, down at "
        f"{outage.stopped - start:.1f} s (shutting down took "
        f"{outage.stopped - outage.stopping:.1f} s), told to start at "
        f"{outage.starting - start:.1f} s, taking connections at "
        f"{outage.up - start:.1f} s"
    )
    print()
    print_by_page(records)
    print()
    print(f"requests: {summary.requests}")
    print(f"requests/s: {summary.rps:.1f}")
    print(f"latency p50: {summary.p50_ms:.1f} ms, p99: {summary.p99_ms:.1f} ms")
    statuses = ", ".join(f"{s}: {n}" for s, n in sorted(summary.statuses.items()))
    print(f"statuses: {statuses}")
    print(f"503 'back in a moment' pages: {summary.friendly_5xx}")
    print(f"other 5xx: {summary.other_5xx}")
    print(f"requests without an answer: {summary.no_answer}")
    print(f"2xx/3xx while the database was down: {ok_while_down}")
    print(f"recovery: first 2xx/3xx {first_ok:.2f} s after the database was up")
    print(f"last 5xx: {last_failure:.2f} s after the database was up")
    print_writes(recorder.writes)
    print(f"lost writes: {len(lost)}")
    for line in lost[:10]:
        print(f"  {line}")
    checks = [
        (summary.friendly_5xx > 0, f"503 pages while down: {summary.friendly_5xx}"),
        (summary.other_5xx == 0, f"other 5xx: {summary.other_5xx}"),
        (summary.no_answer == 0, f"requests without an answer: {summary.no_answer}"),
        (summary.client_errors == 0, f"unexpected 4xx: {summary.client_errors}"),
        (
            first_ok <= RECOVERY_TARGET and last_failure <= RECOVERY_TARGET,
            f"recovered {first_ok:.2f} s after the database was up, last 5xx "
            f"after {last_failure:.2f} s (target <= {RECOVERY_TARGET:.0f} s)",
        ),
        (not lost, f"lost writes: {len(lost)}"),
    ]
    print()
    for passed, text in checks:
        print(f"{'PASS' if passed else 'FAIL'}: {text}")
    return 0 if all(passed for passed, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
