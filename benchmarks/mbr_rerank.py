"""Would minimum-Bayes-risk decoding pick better translations than the beam's best? For each sentence, the beam's
n-best are the candidates and the pseudo-references; the pick maximises expected chrF against the others
(weights uniform, or the model's probability of each whole hypothesis). Prints BLEU/chrF of each rule.

    python benchmarks/mbr_rerank.py --test work/enfr-mixtyped/dev.tsv --max-sents 600 --beam 8   # Tatoeba dev

The search itself is unchanged (``Translator.translate_batch`` with ``n_best = beam``), so the first row is
what the app shows at that beam size.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sacrebleu.metrics import CHRF  # noqa: E402

from coverage_rerank import decode_nbest, nbest_parser  # noqa: E402  (sets up the repository on the path)
from s2s_core.evaluate import score  # noqa: E402


def mbr_pick(hyps, weighted: bool, chrf: CHRF) -> str:
    """The hypothesis with the highest expected chrF against all of them (itself included)."""
    texts = [h.text for h in hyps]
    if weighted:                      # the probability of each whole hypothesis, renormalised over the n-best
        top = max(h.log_prob for h in hyps)
        w = [math.exp(h.log_prob - top) for h in hyps]
    else:
        w = [1.0] * len(hyps)
    gain = [sum(wj * chrf.sentence_score(ti, [tj]).score for tj, wj in zip(texts, w)) for ti in texts]
    return texts[max(range(len(texts)), key=gain.__getitem__)]


def main(argv=None):
    a = nbest_parser(__doc__, beam=8).parse_args(argv)
    items, nbest = decode_nbest(a)
    refs, chrf = [r for _, r in items], CHRF()
    best = [hyps[0].text for hyps in nbest]
    print(f"{a.checkpoint} on {a.test}: {len(items)} sources, beam {a.beam}\n")
    print("| pick | BLEU | chrF | outputs changed |\n|---|---:|---:|---:|")
    for name, outs in (("beam's best", best),
                       ("MBR, uniform", [mbr_pick(hyps, False, chrf) for hyps in nbest]),
                       ("MBR, weighted by probability", [mbr_pick(hyps, True, chrf) for hyps in nbest])):
        s = score(outs, refs)
        print(f"| {name} | {s.bleu:.2f} | {s.chrf:.2f} | {sum(o != b for o, b in zip(outs, best))} |")


if __name__ == "__main__":
    main()
