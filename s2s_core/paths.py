"""Where things live: the data, runs and checkpoints directories (one home for each).

Each is an environment variable when set (blank counts as unset), else a default:
``$S2S_DATA_DIR`` (``./data``, relative to the current directory, as the CLI examples use it),
``$S2S_RUNS_DIR`` (``<project>/runs``) and ``$S2S_CHECKPOINTS_DIR`` (``<project>/checkpoints``).
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DATA_DIR_ENV = "S2S_DATA_DIR"
RUNS_DIR_ENV = "S2S_RUNS_DIR"
CHECKPOINTS_DIR_ENV = "S2S_CHECKPOINTS_DIR"


def _from_env(name: str, default: Path | str) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value or default).expanduser()


def data_dir() -> Path:
    """Corpora: ``$S2S_DATA_DIR``, else ``./data``."""
    return _from_env(DATA_DIR_ENV, "data")


def runs_dir() -> Path:
    """Training runs, one folder each: ``$S2S_RUNS_DIR``, else ``<project>/runs``."""
    return _from_env(RUNS_DIR_ENV, PROJECT / "runs")


def checkpoints_dir() -> Path:
    """Models the app offers (and promoted runs): ``$S2S_CHECKPOINTS_DIR``, else ``<project>/checkpoints``."""
    return _from_env(CHECKPOINTS_DIR_ENV, PROJECT / "checkpoints")
