"""Derive ``s2s_core/name_words.txt`` (names typed in lower case, for casing.read_names) from a corpus's English side.

Counts each word of four letters or more inside a sentence (after a word in lower case or a comma, so not capitalised
by the sentence's start) written capitalised and written in lower case. A word is kept when seen capitalised
≥ ``--min`` times and never in lower case: a person or a place ("glasgow", "wilson", "nantes"), never an English word
the line means in lower case ("nice", "brown", "bill", "turkey" are seen so). Only the word list is written, no
sentence of the corpus.

    OMP_NUM_THREADS=1 python scripts/name_words.py /work/train/enfr-mix/train.tsv > s2s_core/name_words.txt
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

_INSIDE = re.compile(r"(?<=[a-z,;] )([A-Za-z][a-z]{3,})\b(?!['’-]\w)")


def counts(lines) -> tuple[Counter, Counter]:
    """(capitalised, lower-case) counts of each word inside the English sentences of ``lines`` (TSV, English first)."""
    cap, low = Counter(), Counter()
    for line in lines:
        for m in _INSIDE.finditer(line.split("\t", 1)[0]):
            word = m.group(1)
            (cap if word[0].isupper() else low)[word.lower()] += 1
    return cap, low


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--min", type=int, default=2)
    args = ap.parse_args(argv)
    with open(args.corpus, encoding="utf-8") as f:
        cap, low = counts(f)
    print("# names seen only capitalised inside an English sentence; made by scripts/name_words.py")
    sys.stdout.writelines(f"{w}\n" for w in sorted(w for w, n in cap.items() if n >= args.min and not low[w]))


if __name__ == "__main__":
    main()
