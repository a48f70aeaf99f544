"""Derive ``s2s_core/english_words.txt.gz`` (how often the default model saw each English word in training, for the
rare-word warning: rare_words.py) from the English side of its training corpora.

Each word (lower case, letters only, accents off) is counted once per sentence of the first column of the Tatoeba
file and of the Hansard file (``english<TAB>french`` lines; the training split, which holds no dev or test
sentence); a singular and its plural are counted together ("beginner" and "beginners",
``rare_words.plurals``). Only the words that are not rare
(``rare_words.is_rare``) are written, ``word<TAB>tatoeba<TAB>hansard``, sorted; no sentence of the corpus.

    OMP_NUM_THREADS=1 python scripts/rare_words.py /work/train/enfr-mix/tatoeba-train.tsv \\
        /work/train/enfr-mix/hansard-train.tsv
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from s2s_core.content_words import fold  # noqa: E402
from s2s_core.rare_words import TABLE, is_rare, plurals  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")


def counted(path: Path) -> Counter:
    """Sentences of ``path``'s first column with each word."""
    counts: Counter = Counter()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            counts.update({fold(w) for w in _WORD.findall(line.split("\t")[0])})
    return counts


def grouped(counts: Counter, word: str) -> int:
    """Sentences with ``word``, its singulars and its plurals ("beginner" + "beginners"; counted apart in each)."""
    forms = {word, *plurals(word), word + "s", word + "es"} | ({word[:-1] + "ies"} if word.endswith("y") else set())
    return sum(counts[f] for f in forms if f in counts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tatoeba", type=Path)
    ap.add_argument("hansard", type=Path)
    ap.add_argument("--out", type=Path, default=TABLE)
    a = ap.parse_args()
    tatoeba, hansard = counted(a.tatoeba), counted(a.hansard)
    both = {w: (grouped(tatoeba, w), grouped(hansard, w)) for w in tatoeba.keys() | hansard.keys()}
    kept = sorted(w for w, (t, h) in both.items() if not is_rare(t, h))
    with open(a.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write("".join(f"{w}\t{both[w][0]}\t{both[w][1]}\n" for w in kept).encode("utf-8"))
    print(f"{len(kept)} of {len(both)} words are not rare", file=sys.stderr)


if __name__ == "__main__":
    main()
