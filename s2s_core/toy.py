"""Synthetic tasks (copy / reverse) for tests and demos: they prove learning works in minutes."""
from __future__ import annotations

import random
from pathlib import Path

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def sequences(n: int, min_len: int = 3, max_len: int = 10, alphabet: str = ALPHABET[:12], seed: int = 0):
    rng = random.Random(seed)
    return [[rng.choice(alphabet) for _ in range(rng.randint(min_len, max_len))] for _ in range(n)]


def write_task(path, task: str = "reverse", n: int = 5000, spaced: bool = True, seed: int = 0, **kw) -> Path:
    """Write ``source<TAB>target`` lines: letters separated by spaces (``spaced``) or run together."""
    join = " ".join if spaced else "".join
    with open(path, "w", encoding="utf-8") as f:
        for seq in sequences(n, seed=seed, **kw):
            tgt = seq[::-1] if task == "reverse" else seq
            f.write(f"{join(seq)}\t{join(tgt)}\n")
    return Path(path)
