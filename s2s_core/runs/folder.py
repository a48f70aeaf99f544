"""One run folder: its file names, the rule for run names, the run states and the per-run lock."""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Iterator

CONFIG, STATUS, METRICS, PROBES, LOG, LOCK = (
    "config.json", "status.json", "metrics.jsonl", "probes.jsonl", "train.log", ".lock")
STATES = ("queued", "running", "stopped", "completed", "failed")
ACTIVE = ("queued", "running")
END_EVENTS = {"completed": "completed", "stopped": "stopped", "failed": "failed"}   # trainer event → state
STOPPED_EARLY = "stopped_early"     # shown, never recorded: status.json says completed, reason early_stopping
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def validate_name(name, what: str = "run name") -> str:
    """Letters, digits, '-' and '_' only (first a letter or digit), at most 64 characters."""
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        shown = repr(name) if isinstance(name, str) and len(name) <= 80 else "given"
        raise ValueError(f"invalid {what} {shown}: use 1–64 letters a–z or A–Z, digits, '-' or '_', starting "
                         f"with a letter or digit (no accents, spaces, dots or slashes)")
    return name


def shown_state(status) -> str:
    """The state a person reads: a run the trainer ended by early stopping (its dev score had stopped improving)
    is ``stopped_early``, not ``completed`` like a run that used all its steps. Derived from the recorded state and
    reason, so run folders written before keep their status.json as it is."""
    if status.get("state") == "completed" and status.get("reason") == "early_stopping":
        return STOPPED_EARLY
    return status.get("state")


def start_times(status) -> tuple:
    """(when the run first started, when it was last resumed or None): a resumed run's card said "started 09:10"
    (its first start) and its header "Started 09:12" (the resume); both now name the first start, the header the
    resume too."""
    first = status.get("first_started") or status.get("started")
    last = status.get("started")
    return first, (last if last and first and last != first else None)


@contextlib.contextmanager
def locked(run: Path) -> Iterator[None]:
    """Exclusive per-run lock (flock on runs/<name>/.lock) around a status read-modify-write."""
    run.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:   # pragma: no cover - not POSIX
        yield
        return
    with open(run / LOCK, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
