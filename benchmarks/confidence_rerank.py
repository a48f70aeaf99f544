"""Would the unsure-word signal make a better decoder? Among each sentence's beam n-best, take the hypothesis
whose least probable word (``s2s_core.trust.word_log_probs``) is most probable, if its score is within
``delta`` of the best's (the search itself is unchanged). Prints BLEU/chrF per delta.

    python benchmarks/confidence_rerank.py --test checkpoints/testsets/everyday-en-fr.tsv --show 0.1

The warning marks 13 of the 30 everyday translations with a meaning error; this asks whether a nearby
hypothesis without the guessed word is the better translation (measured: no; benchmarks/RESULTS.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coverage_rerank import decode_nbest, nbest_parser, report  # noqa: E402  (sets up the repository on the path)
from s2s_core import trust  # noqa: E402

DELTAS = (0.0, 0.05, 0.1, 0.2)


def least_word(h) -> float:
    return min((lp for _, _, lp in trust.word_log_probs(h.tokens, h.token_log_probs)), default=0.0)


def rerank(nbest, delta: float) -> list[str]:
    """Per sentence, the surest-worded hypothesis among those scoring within ``delta`` of the best."""
    return [max((h for h in hyps if h.score >= hyps[0].score - delta), key=least_word).text if delta > 0
            else hyps[0].text for hyps in nbest]


def main(argv=None):
    p = nbest_parser(__doc__, beam=5)
    p.add_argument("--show", type=float, help="print the sentences this delta changes")
    a = p.parse_args(argv)
    items, nbest = decode_nbest(a)
    print(f"{len(items)} sources, beam {a.beam}\n")
    report(items, nbest, "delta", DELTAS, rerank, a.show)


if __name__ == "__main__":
    main()
