"""Helpers shared by the battery (a plain module; conftest.py is not importable by name).

Reuses the app tests' ``make_app`` (with its AppTest page-manager workaround) and ``apphelpers``
instead of copying them: tests/app/conftest.py is loaded from its file under a private name.
"""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_TESTS = ROOT / "tests" / "app"
for _p in (ROOT, APP_TESTS):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))


def _app_conftest():
    name = "_battery_app_conftest"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, APP_TESTS / "conftest.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


make_app = _app_conftest().make_app

TF_NAME = "tiny-transformer"     # the good model's name in the battery's checkpoints folders

# What the tiny reverse-task models know: the letters a–l separated by spaces.
LETTERS = "abcdefghijkl"


def letters_paragraph(n_chars: int, seed: int = 0, long_every: int = 0) -> tuple[str, list[str]]:
    """A paragraph of ≥ ``n_chars`` characters in the tiny models' alphabet, and its sentences.
    With ``long_every``, every n-th sentence is a 700-word run-on (no punctuation until its end)."""
    rng = random.Random(seed)
    sents: list[str] = []
    while sum(len(s) + 1 for s in sents) < n_chars:
        n = 700 if long_every and len(sents) % long_every == long_every - 1 else rng.randint(3, 30)
        sents.append(" ".join(rng.choice(LETTERS) for _ in range(n)) + rng.choice(".!?"))
    return " ".join(sents), sents
