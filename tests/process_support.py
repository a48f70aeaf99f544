"""Helpers for tests that start processes (a plain module: tests/ is on sys.path)."""
from __future__ import annotations

import time

import psutil
import pytest


def wait_until_dead(pid: int, timeout: float = 120) -> None:
    """Return once ``pid`` has exited (a zombie counts: its parent has not reaped it yet). Never reaps it,
    so the run store still gets its exit code. Checks a state, not a duration: the timeout only stops a hang."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return
        except psutil.NoSuchProcess:
            return
        time.sleep(0.05)
    pytest.fail(f"process {pid} still runs {timeout:.0f} s after SIGKILL")
