"""App tests: AppTest runs app.py in-process against a temp checkpoints folder (S2S_CHECKPOINTS_DIR)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from apphelpers import GRU, TF  # noqa: E402,F401  (re-exported for fixtures)

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"


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


def make_app(monkeypatch, folder: Path):
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    # AppTest resets PagesManager.uses_pages_directory before every run; since our page files sit in
    # pages/, each rerun after the first would then execute the page file alone ("MPA v1"), skipping
    # app.py and its sidebar. A real server sets the flag to False for good at the first st.navigation
    # call, so pin it to False here to match what users get.
    init = PagesManager.__init__

    def init_v2(self, *args, **kwargs):
        init(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init_v2)
    monkeypatch.setenv("S2S_CHECKPOINTS_DIR", str(folder))
    return AppTest.from_file(str(APP), default_timeout=120)


@pytest.fixture
def app(monkeypatch, ckpt_dir):
    """A fresh app session with the Transformer selected."""
    at = make_app(monkeypatch, ckpt_dir)
    at.session_state["model"] = TF
    return at


