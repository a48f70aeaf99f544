"""Small file helpers: atomic writes (the one implementation) and tolerant JSON / JSON-lines reads.

Readers of a file another process rewrites (status.json, checkpoints) must never see half of it, so
every write goes to a temp file in the same folder and is renamed over the target (``os.replace`` is
atomic on POSIX); a failed write leaves the old file and no temp file behind.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator, Optional


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", *, fsync: bool = False,
                permissions: Optional[int] = None) -> Iterator[IO]:
    """Open a temp file beside ``path`` for writing; on success it replaces ``path``.

    ``fsync``: flush to disk before the rename (checkpoints: a crash must not leave an empty file).
    ``permissions``: chmod the result (temp files are created 0600)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as f:
            yield f
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        if permissions is not None:
            os.chmod(tmp, permissions)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | os.PathLike, text: str, permissions: Optional[int] = None) -> None:
    with atomic_open(path, permissions=permissions) as f:
        f.write(text)


def write_json(path: str | os.PathLike, obj) -> None:
    with atomic_open(path) as f:
        json.dump(obj, f, indent=2, default=str)
        f.write("\n")


def read_json(path: str | os.PathLike) -> Optional[dict]:
    """The parsed file, or None when it is missing or not JSON."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def read_jsonl(path: str | os.PathLike, offset: int = 0) -> list[dict]:
    """Records of a JSON-lines file from a byte offset; a half-written last line is skipped."""
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            raw = f.read()
    except FileNotFoundError:
        return []
    out = []
    for line in raw.splitlines():
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(rec, dict):
            out.append(rec)
    return out
