"""What a model does on the ready-made counterfactual probes (s2s_core.counterfactual.PROBES), as a
Markdown table: both translations, the words that changed, and the biggest probability shifts.

usage: python scripts/probe_report.py [--checkpoint checkpoints/en-fr-transformer.pt] [--beam 5]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from s2s_core import Translator  # noqa: E402
from s2s_core.counterfactual import PROBES, compare, content_words  # noqa: E402


def shifts(cmp, k: int = 2) -> str:
    """The k largest |Δp| among words present on both sides."""
    both = sorted((c for c in cmp.changes if c.delta is not None), key=lambda c: -abs(c.delta))[:k]
    return ", ".join(f"{c.word_a}→{c.word_b} {c.delta:+.2f}" if c.word_a != c.word_b else f"{c.word_a} {c.delta:+.2f}"
                     for c in both)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--checkpoint", default="checkpoints/en-fr-transformer.pt")
    ap.add_argument("--beam", type=int, default=5)
    a = ap.parse_args()
    tr = Translator.from_checkpoint(a.checkpoint)
    print("| probe | A → translation | B → translation | changed words (A → B) | largest Δp |")
    print("| --- | --- | --- | --- | --- |")
    for p in PROBES:
        c = compare(tr, p.a, p.b, beam_size=a.beam)
        old, new = (" ".join(content_words(c.target_diff, s)) or "∅" for s in "ab")
        changed = f"{old} → {new}"
        print(f"| {p.group}: {p.label} | {p.a} → {c.a.text} | {p.b} → {c.b.text} | {changed} | {shifts(c)} |")


if __name__ == "__main__":
    main()
