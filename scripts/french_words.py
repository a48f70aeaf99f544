"""Derive ``s2s_core/french_words.txt.gz`` (the French words the default model was taught, for the not-French
warning: french_words.py) from the French side of its training corpora.

Each word (lower case, letters only: ``french_words.words`` splits «l'ancienne» into "l", "ancienne") seen ``--min``
times or more in the French of the files given (Tatoeba's ``english<TAB>french`` lines, or a gzipped file of French
lines: the Hansards), one a line, sorted. Only the word list is written, no sentence of the corpus.

    OMP_NUM_THREADS=1 python scripts/french_words.py /work/shared/data/tatoeba/fra-eng/fra.txt \\
        /work/shared/data/hansard/train.fr.gz --exclude /work/train/enfr-mix/test.tsv /work/train/enfr-mix/dev.tsv

(``--exclude``: Tatoeba pairs whose English is in these files' first column are left out, so that a check on them is
fair.)
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from s2s_core.french_words import TABLE, words  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--exclude", nargs="*", type=Path, default=[])
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--out", type=Path, default=TABLE)
    a = ap.parse_args()
    left_out = {line.split("\t")[0].strip() for f in a.exclude for line in f.open(encoding="utf-8")}
    counts: Counter = Counter()
    for path in a.corpora:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as f:
            for line in f:
                if "\t" in line:                                   # a Tatoeba pair: its French only
                    english, french = line.split("\t")[:2]
                    if english.strip() in left_out:
                        continue
                    line = french
                counts.update(words(line))
    kept = sorted(w for w, n in counts.items() if n >= a.min)
    with open(a.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write("".join(w + "\n" for w in kept).encode("utf-8"))     # mtime 0: the same bytes on every run
    print(f"{len(kept)} words seen {a.min}+ times", file=sys.stderr)


if __name__ == "__main__":
    main()
