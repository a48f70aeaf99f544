"""Derive ``s2s_core/content_words.txt`` (English word → the French stems that show it was translated, for the
missing-word warning: content_words.py) from English–French pairs.

For each English word (lower case, as ``content_words.english_words`` splits it) seen in ``--min`` pairs or more and
not ``content_words.NOT_CHECKED``: the French stems (``content_words.stem``) of its pairs, greedily, each time the
stem in most of the pairs not yet covered, among stems seen 3+ times with the word, at least ``LIFT`` times likelier
in its pairs than in all, in under 1.5 % of all pairs ("de", "pas", "plus" never), adding 2+ pairs; at most
``MAX_STEMS``, until 99.5 % are covered. Its coverage is cross-validated: stems chosen on four fifths of the pairs (cut
by the English sentence), counted in the fifth left out, five times. A word is written where that coverage is
``--coverage`` or more. Only the word table is written, no sentence of the corpus.

    OMP_NUM_THREADS=1 python scripts/content_words.py /work/shared/data/tatoeba/fra-eng/fra.txt \\
        --exclude /work/train/enfr-mix/test.tsv /work/train/enfr-mix/dev.tsv > s2s_core/content_words.txt

(``--exclude``: pairs whose English is in these files' first column are left out, so that a check on them is fair.)
"""
from __future__ import annotations

import argparse
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from s2s_core.content_words import NOT_CHECKED, english_words, french_stems  # noqa: E402

LIFT = 5.0           # a stem's share of the word's pairs over its share of all pairs
MAX_SHARE = 0.015    # a stem in more of all pairs than this is a function word ("de", "pas", "plus")
MIN_WITH = 3         # pairs with the word a stem must be seen in
MIN_GAIN = 2         # pairs a stem must add to the cover
MAX_STEMS = 8
ENOUGH = 0.995       # share of the pairs covered where the search stops
FOLDS = 5


def read_pairs(path: str, excluded: set[str]) -> list[tuple[set[str], set[str], int]]:
    """(English words, French stems, fold) of each pair of a ``english<TAB>french`` file."""
    pairs = []
    for line in open(path, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if len(cells) >= 2 and cells[0].strip() not in excluded:
            pairs.append((set(english_words(cells[0])), french_stems(cells[1]), zlib.crc32(cells[0].encode()) % FOLDS))
    return pairs


def cover(pairs, with_word: list[int], share: Counter, total: int) -> list[str]:
    """The stems chosen for the pairs ``with_word`` (indices), ``share`` counting each stem's pairs of ``total``."""
    seen = Counter(s for i in with_word for s in pairs[i][1])
    n = len(with_word)
    candidates = {s for s, c in seen.items() if c >= MIN_WITH and share[s] / total < MAX_SHARE
                  and (c / n) / (share[s] / total) >= LIFT}
    left, stems = set(with_word), []
    while left and len(stems) < MAX_STEMS and 1 - len(left) / n < ENOUGH:
        gain = Counter(s for i in left for s in pairs[i][1] & candidates)
        best, most = max(gain.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))   # ties: the same each run
        if most < MIN_GAIN:
            break
        stems.append(best)
        left = {i for i in left if best not in pairs[i][1]}
    return stems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", help="english<TAB>french lines (Tatoeba's fra.txt)")
    ap.add_argument("--exclude", nargs="*", default=[], help="files whose first column's sentences are left out")
    ap.add_argument("--min", type=int, default=5, help="pairs a word must be seen in")
    ap.add_argument("--coverage", type=float, default=0.95, help="cross-validated coverage a word must reach")
    a = ap.parse_args()
    excluded = {line.split("\t")[0].strip() for f in a.exclude for line in open(f, encoding="utf-8")}
    pairs = read_pairs(a.pairs, excluded)
    counts = Counter(w for e, _, _ in pairs for w in e)
    by_word = defaultdict(list)
    for i, (e, _, _) in enumerate(pairs):
        for w in e:
            if counts[w] >= a.min and w not in NOT_CHECKED:
                by_word[w].append(i)
    share = Counter(s for _, f, _ in pairs for s in f)
    fold_share = [Counter(s for _, f, k in pairs if k != fold for s in f) for fold in range(FOLDS)]
    fold_total = [sum(1 for p in pairs if p[2] != fold) for fold in range(FOLDS)]
    print("# English word<TAB>pairs<TAB>cross-validated coverage<TAB>French stems; made by scripts/content_words.py")
    print("# from Tatoeba (tatoeba.org, www.manythings.org/anki; CC-BY 2.0 FR): word counts only, no sentence")
    for word in sorted(by_word):
        with_word, hit, tried = by_word[word], 0, 0
        for fold in range(FOLDS):
            test = [i for i in with_word if pairs[i][2] == fold]
            stems = set(cover(pairs, [i for i in with_word if pairs[i][2] != fold], fold_share[fold],
                              fold_total[fold]))
            tried += len(test)
            hit += sum(1 for i in test if pairs[i][1] & stems)
        if tried and hit / tried >= a.coverage:
            stems = cover(pairs, with_word, share, len(pairs))
            if stems:
                print(f"{word}\t{len(with_word)}\t{hit / tried:.3f}\t{' '.join(stems)}")


if __name__ == "__main__":
    main()
