"""Fixtures of the bad-input / fault / security battery (tiny checkpoints from tests/conftest.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from battery_support import TF_NAME
from s2s_core import Translator
from s2s_core.limits import RequestLimits


@pytest.fixture(scope="session")
def tr(tiny_checkpoint) -> Translator:
    return Translator.from_checkpoint(tiny_checkpoint)


@pytest.fixture(scope="session")
def tr_unlimited(tiny_checkpoint) -> Translator:
    """Input caps raised far above the defaults (as S2S_MAX_INPUT_* allow): the engine's own handling of
    huge text (splitting, chunking, bounded decoding per part)."""
    t = Translator.from_checkpoint(tiny_checkpoint)
    t.limits = RequestLimits(max_chars=10**6, max_sentences=10**5, max_pieces=10**7)
    return t


@pytest.fixture(scope="session")
def good_dir(tmp_path_factory, tiny_checkpoint) -> Path:
    """A checkpoints folder with one good model (the app's model list)."""
    d = tmp_path_factory.mktemp("battery_ckpts")
    shutil.copy(tiny_checkpoint, d / f"{TF_NAME}.pt")
    return d
