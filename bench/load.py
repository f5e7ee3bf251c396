"""LeanOn under load. Run from the repository root:

    .venv/bin/python bench/load.py               # 32 connections for 60 s
    .venv/bin/python bench/load.py --seconds 10  # a quick smoke run

Serves LeanOn as in production (gunicorn with 2 gthread workers of 4
threads, see bench/server.py for why; DEBUG off; PostgreSQL in a database of
its own, leanon_bench; the content cache in Redis when one runs on
127.0.0.1:6379) and drives it with 32 logged-in users at once, each on its
own connection, for a fixed time. Each user
loops: home, the three wizard steps (a page view and a POST each: a new
request with a need text of its own, a person chosen, a message saved), My
requests, My people and the crisis page.

Prints requests per second, p50 and p99 latency (overall and per page), the
statuses, then checks every write the app acknowledged with a redirect
against the database. Targets: no 5xx, no request without an answer, no
unexpected 4xx, and "lost writes: 0". Exits 1 when one is missed.
"""

import argparse
import sys
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
    load_users,
    login_all,
    lost_writes,
    machine,
    print_by_page,
    print_writes,
    run_for,
    seed,
    wizard_mix,
)

DATABASE = "leanon_bench"
REDIS_DB = 11


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="default 60")
    parser.add_argument("--connections", type=int, default=32, help="default 32")
    parser.add_argument("--workers", type=int, default=2, help="default 2")
    parser.add_argument("--worker-class", default="gthread", help="default gthread")
    parser.add_argument("--threads", type=int, default=4, help="per worker; 4")
    parser.add_argument("--keep-db", action="store_true", help="keep leanon_bench")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    print(machine())
    with bench_database(DATABASE, REDIS_DB, keep=args.keep_db) as env:
        seed(env, load_users(args.connections))
        server = Gunicorn(env, args.workers, args.worker_class, args.threads)
        with server:
            print(f"{server.describe()}; {describe_env(env)}")
            recorder = Recorder()
            usernames = [u["username"] for u in load_users(args.connections)]
            clients = login_all(server.url, usernames, recorder)
            try:
                cpu = server.worker_cpu()
                start, end = run_for(clients, wizard_mix, args.seconds)
                cpu = server.worker_cpu() - cpu
            finally:
                for client in clients:
                    client.close()
        lost = lost_writes(DATABASE, recorder.writes)
    return report(recorder, end - start, cpu, lost, args.connections)


def report(recorder: Recorder, seconds: float, cpu: float, lost, connections) -> int:
    summary = Summary.of(recorder.records, seconds)
    print(f"{connections} connections for {seconds:.1f} s")
    print()
    print_by_page(recorder.records)
    print()
    print(f"requests: {summary.requests}")
    print(f"requests/s: {summary.rps:.1f}")
    print(f"latency p50: {summary.p50_ms:.1f} ms, p99: {summary.p99_ms:.1f} ms")
    per_request = cpu / summary.requests * 1000 if summary.requests else 0.0
    print(
        f"gunicorn workers' CPU: {cpu:.1f} s, {per_request:.1f} ms a request "
        "(less sensitive than requests/s to whatever else the machine runs)"
    )
    statuses = ", ".join(f"{s}: {n}" for s, n in sorted(summary.statuses.items()))
    print(f"statuses: {statuses}")
    print_writes(recorder.writes)
    print(f"lost writes: {len(lost)}")
    for line in lost[:10]:
        print(f"  {line}")
    checks = [
        (summary.server_errors == 0, f"5xx responses: {summary.server_errors}"),
        (summary.no_answer == 0, f"requests without an answer: {summary.no_answer}"),
        (summary.client_errors == 0, f"unexpected 4xx: {summary.client_errors}"),
        (not lost, f"lost writes: {len(lost)}"),
        (bool(recorder.writes), f"acknowledged writes: {len(recorder.writes)}"),
    ]
    print()
    for ok, text in checks:
        print(f"{'PASS' if ok else 'FAIL'}: {text}")
    return 0 if all(ok for ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
