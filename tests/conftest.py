"""Shared fixtures: small synthetic data and tiny checkpoints (no real corpora).

``tiny_checkpoint`` / ``tiny_gru_checkpoint`` are trained for a few seconds; tests/unit overrides them
with ``untrained_checkpoint`` files (same tokenizer and shapes, seeded random weights), so the unit tier
trains nothing. Every test is marked by its folder (``pytest -m unit`` runs the quick tier alone)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from s2s_core.toy import write_task
from tiny_checkpoints import train_tiny

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def toy_data(tmp_path_factory) -> dict:
    """Reverse task: spaced letters, 4000 train / 100 valid pairs."""
    d = tmp_path_factory.mktemp("toy")
    return {"train": write_task(d / "train.tsv", n=4000, seed=1), "valid": write_task(d / "valid.tsv", n=100, seed=2)}


TIERS = {"unit": ("unit",), "integration": ("slow",), "app": ("app",), "battery": ("battery",),
         "e2e": ("browser", "slow")}


def pytest_collection_modifyitems(config, items):
    """Mark each test by its tier folder (markers are registered in pytest.ini)."""
    for item in items:
        parts = Path(str(item.fspath)).relative_to(ROOT / "tests").parts
        for marker in TIERS.get(parts[0] if len(parts) > 1 else "", ()):
            item.add_marker(marker)


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory, toy_data) -> Path:
    """Tiny Transformer checkpoint (2+2 layers, 2 heads) trained for a few seconds on the reverse task."""
    return train_tiny(tmp_path_factory.mktemp("tiny_tf"), toy_data)


@pytest.fixture(scope="session")
def tiny_gru_checkpoint(tmp_path_factory, toy_data) -> Path:
    """Tiny GRU + Bahdanau checkpoint trained for a few seconds on the reverse task."""
    return train_tiny(tmp_path_factory.mktemp("tiny_gru"), toy_data, arch="gru", enc_layers=1, dec_layers=1)
