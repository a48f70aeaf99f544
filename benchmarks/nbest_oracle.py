"""How much could any reranker of the beam's n-best gain? The oracle picks, per sentence, the hypothesis with the
highest sentence chrF against the reference(s), among the first ``k`` of the n-best. It is an upper bound for
every rerank the benchmarks beside this one tried (coverage penalty, MBR, least probable word) and for ones
not tried (a right-to-left or a target-to-source model): none can pick a translation the search did not find.

    python benchmarks/nbest_oracle.py --test checkpoints/testsets/everyday-en-fr.tsv --show 8

Prints BLEU/chrF per ``k`` (k = 1 is what the app shows); ``--show K`` prints the sentences the oracle at K
changes, so a reader can count which meaning errors it would fix.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sacrebleu.metrics import CHRF  # noqa: E402

from coverage_rerank import decode_nbest, nbest_parser, report  # noqa: E402  (sets up the repository on the path)

DEPTHS = (1, 2, 3, 5, 8, 16)


def oracle(nbest, refs, k: int, chrf: CHRF) -> list[str]:
    """Per sentence, the text among its first ``k`` hypotheses closest to its references by sentence chrF."""
    return [max(hyps[:k], key=lambda h: chrf.sentence_score(h.text, r).score).text for hyps, r in zip(nbest, refs)]


def main(argv=None):
    p = nbest_parser(__doc__, beam=8)
    p.add_argument("--show", type=int, help="print the sentences the oracle among the first SHOW changes")
    a = p.parse_args(argv)
    items, nbest = decode_nbest(a)
    refs, chrf = [r for _, r in items], CHRF()
    print(f"{a.checkpoint} on {a.test}: {len(items)} sources, beam {a.beam}\n")
    report(items, nbest, "oracle among the first k", [k for k in DEPTHS if k <= a.beam],
           lambda nb, k: oracle(nb, refs, k, chrf), a.show)


if __name__ == "__main__":
    main()
