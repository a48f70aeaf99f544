"""Everyday words: is each probed word or phrase translated right, on sentences written after its fix was built.

    OMP_NUM_THREADS=1 python benchmarks/everyday_words.py [--checkpoint checkpoints/en-fr-transformer.pt]
        [--test checkpoints/testsets/everyday-words-en-fr.tsv] [--save outputs.tsv]

``checkpoints/testsets/everyday-words-en-fr.tsv`` holds the fresh sentences of session 41's vocabulary sweeps
(vocab55-58, vocab61, leftvocab60, senses59, phrasal59, british60, colloc60, leftsenses60): for each item a helper
fixed, it wrote new sentences after the fix was built and judged the item by hand on the session's start and on its
branch. Columns: ``english``; ``item`` (the word or phrase probed); ``french``, a regex of the French a right
translation of THAT item contains (written from the helpers' judgments: the forms they accepted and obvious synonyms,
never from the model's mistakes); ``sweep`` (which helper wrote it). An item is counted right where its regex is
found in the output (case-insensitive, accents as written); the rest of the sentence is not judged. The figure is
held out only for the commits it was measured on (each sweep's branch); a later fix tuned on these sentences makes it
a tuned figure. Translated as the app does (beam 5, best only). Prints the count per sweep and lists the misses.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "checkpoints" / "testsets"


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of the table: english, item, french (a regex), sweep."""
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def item_right(pattern: str, french: str) -> bool:
    """Whether the output holds the item's French: the regex found anywhere, case-insensitive, accents as written
    (a reader does not accept «epices» for «épices»)."""
    return re.search(pattern, french, re.IGNORECASE) is not None


def tally(rows: list[dict[str, str]], outputs: list[str]) -> dict[str, list[int]]:
    """sweep → [sentences, items right], and "all" over every row; ``outputs`` in the rows' order."""
    counts: dict[str, list[int]] = {"all": [0, 0]}
    for row, french in zip(rows, outputs, strict=True):
        right = item_right(row["french"], french)
        for key in (row["sweep"], "all"):
            n = counts.setdefault(key, [0, 0])
            n[0] += 1
            n[1] += right
    return counts


def table(counts: dict[str, list[int]]) -> str:
    """A markdown table, one line per sweep (by name), the total last."""
    lines = ["| sweep | sentences | item right | share |", "|---|---|---|---|"]
    for key in sorted(k for k in counts if k != "all") + ["all"]:
        n, right = counts[key]
        name = "**all**" if key == "all" else key
        lines.append(f"| {name} | {n} | {right} | {100 * right / max(n, 1):.1f} % |")
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", default=str(ROOT / "checkpoints" / "en-fr-transformer.pt"))
    p.add_argument("--test", default=str(TESTS / "everyday-words-en-fr.tsv"))
    p.add_argument("--save", help="also write each line's French and verdict here (TSV), to compare two checkouts")
    args = p.parse_args()
    torch.set_num_threads(1)
    sys.path.insert(0, str(ROOT))
    from s2s_core.translator import Translator
    from tqdm import tqdm

    rows = read_table(Path(args.test))
    tr = Translator.from_checkpoint(args.checkpoint)
    outputs = [tr.translate(row["english"], beam_size=5, n_best=1, return_heads=False).hypotheses[0].text
               for row in tqdm(rows, desc="translating", unit="line")]
    print(table(tally(rows, outputs)))
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            f.write("sweep\titem\tenglish\tfrench\tright\n")
            for row, fr in zip(rows, outputs):
                f.write(f"{row['sweep']}\t{row['item']}\t{row['english']}\t{fr}\t{item_right(row['french'], fr)}\n")
    misses = [(row, fr) for row, fr in zip(rows, outputs) if not item_right(row["french"], fr)]
    print(f"\n{len(misses)} misses (sweep, item: English → French):")
    for row, french in misses:
        print(f"- {row['sweep']}, {row['item']}: {row['english']} → «{french}»")


if __name__ == "__main__":
    main()
