"""Shared fixtures: small synthetic data and tiny checkpoints (no real corpora).

``tiny_checkpoint`` / ``tiny_gru_checkpoint`` are trained for a few seconds; tests/unit overrides them
with ``untrained_checkpoint`` files (same tokenizer and shapes, seeded random weights), so the unit tier
trains nothing. Every test is marked by its folder (``pytest -m unit`` runs the quick tier alone)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import optional_deps
import xdist_groups
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


# a test that uses this fixture (directly or through another) needs that optional thing: optional_deps.py
NEEDS = {"chromium": "browser", "playwright_chromium": "browser", "ct2": "ctranslate2"}


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` with files grouped, and the browser files last, beside one-core in-process files only
    (tests/xdist_groups.py; pytest-xdist's hook, unused without it)."""
    if config.getvalue("dist") != "loadfile":
        return None
    return xdist_groups.scheduler(config, log)


def pytest_configure(config):
    """Under pytest-xdist each worker runs PyTorch (and what it starts) on one thread: two workers of two threads
    each on a 2-core machine slow each other far more than half (OpenMP spin). A test that wants more says so."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        import torch
        os.environ["OMP_NUM_THREADS"] = "1"
        torch.set_num_threads(1)


def pytest_collection_modifyitems(config, items):
    """Mark each test by its tier folder and by the optional things it needs (markers: pytest.ini)."""
    for item in items:
        parts = Path(str(item.fspath)).relative_to(ROOT / "tests").parts
        for marker in TIERS.get(parts[0] if len(parts) > 1 else "", ()):
            item.add_marker(marker)
        for fixture, marker in NEEDS.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


def pytest_terminal_summary(terminalreporter):
    """How many tests that need Chromium / CTranslate2 ran: where CI requires them, none may skip."""
    for kind, variable in optional_deps.REQUIRED_BY.items():
        n = {outcome: sum(kind in getattr(r, "keywords", ()) for r in terminalreporter.stats.get(outcome, []))
             for outcome in ("passed", "failed", "error", "skipped")}
        required = f" ({variable}=1)" if optional_deps.required(kind) else ""
        terminalreporter.write_line(f"{kind} tests: {n['passed'] + n['failed']} ran ({n['passed']} passed, "
                                    f"{n['failed']} failed), {n['error']} errors, {n['skipped']} skipped{required}")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of the Chromium for Playwright and kaleido; skips without one (fails under S2S_REQUIRE_BROWSER=1)."""
    return optional_deps.chromium()


@pytest.fixture(scope="session")
def playwright_chromium(chromium) -> str:
    """Chromium's path, once Playwright is there to drive it (tests/e2e)."""
    optional_deps.playwright()
    return chromium


@pytest.fixture(scope="session")
def ct2():
    """The ctranslate2 module; skips without it (fails under S2S_REQUIRE_CTRANSLATE2=1)."""
    return optional_deps.ctranslate2()


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory, toy_data) -> Path:
    """Tiny Transformer checkpoint (2+2 layers, 2 heads) trained for a few seconds on the reverse task."""
    return train_tiny(tmp_path_factory.mktemp("tiny_tf"), toy_data)


@pytest.fixture(scope="session")
def tiny_gru_checkpoint(tmp_path_factory, toy_data) -> Path:
    """Tiny GRU + Bahdanau checkpoint trained for a few seconds on the reverse task."""
    return train_tiny(tmp_path_factory.mktemp("tiny_gru"), toy_data, arch="gru", enc_layers=1, dec_layers=1)
