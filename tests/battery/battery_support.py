"""Helpers shared by the battery (a plain module; conftest.py is not importable by name).

Reuses the app tests' ``make_app`` from tests/app/apphelpers.py instead of copying it.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_TESTS = ROOT / "tests" / "app"
for _p in (ROOT, APP_TESTS):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from apphelpers import make_app  # noqa: E402,F401  (re-exported)

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
