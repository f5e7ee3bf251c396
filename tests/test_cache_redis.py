"""With REDIS_URL set, the content cache is shared (Redis), so an edit made
in one app process is seen by the others."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REDIS = ("127.0.0.1", 6379)


def redis_is_up() -> bool:
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_is_up(), reason="no Redis on 127.0.0.1:6379")
def test_two_processes_share_the_cache_through_redis():
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/15"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    def run(code: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-v0", "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return result.stdout.strip()

    run("from django.core.cache import cache; cache.set('leanon-probe', 'seen')")
    assert (
        run("from django.core.cache import cache; print(cache.get('leanon-probe'))")
        == "seen"
    )
    run("from django.core.cache import cache; cache.delete('leanon-probe')")
