"""App tests: AppTest runs app.py in-process against a temp checkpoints folder (S2S_CHECKPOINTS_DIR)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from apphelpers import GRU, TF, make_app  # noqa: E402,F401  (re-exported for fixtures)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def ckpt_dir(tmp_path_factory, tiny_checkpoint, tiny_gru_checkpoint) -> Path:
    d = tmp_path_factory.mktemp("app_ckpts")
    shutil.copy(tiny_checkpoint, d / f"{TF}.pt")
    shutil.copy(tiny_gru_checkpoint, d / f"{GRU}.pt")
    (d / f"{TF}.md").write_text("---\ntitle: Tiny reverse model\nlanguage_pair: xx-yy\nscore: BLEU 1.0 (toy)\n---\n"
                                "Reverses letters, badly.\n", encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def broken_dir(tmp_path_factory, ckpt_dir) -> Path:
    d = tmp_path_factory.mktemp("app_broken")
    (d / "a-broken.pt").write_bytes(b"this is not a checkpoint" * 10)
    shutil.copy(ckpt_dir / f"{TF}.pt", d / f"{TF}.pt")
    return d


@pytest.fixture
def app(monkeypatch, ckpt_dir):
    """A fresh app session with the Transformer selected."""
    at = make_app(monkeypatch, ckpt_dir)
    at.session_state["model"] = TF
    return at


