"""Would minimum-Bayes-risk decoding pick better translations than the beam's best? For each sentence, the beam's
n-best are the candidates and the pseudo-references; the pick maximises expected chrF against the others
(weights uniform, or the model's probability of each whole hypothesis). Prints BLEU/chrF of each rule.

    python benchmarks/mbr_rerank.py --test work/enfr-mixtyped/dev.tsv --max-sents 600 --beam 8   # Tatoeba dev

The search itself is unchanged (``Translator.translate_batch`` with ``n_best = beam``), so the first row is
what the app shows at that beam size.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sacrebleu.metrics import CHRF  # noqa: E402

from s2s_core import Translator  # noqa: E402
from s2s_core.data import group_by_source, read_corpus  # noqa: E402
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
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--checkpoint", default="checkpoints/en-fr-transformer.pt")
    p.add_argument("--test", required=True, help="TSV or line-aligned prefix (s2s_core.data.read_corpus)")
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--beam", type=int, default=8, help="beam size = number of candidates")
    p.add_argument("--max-sents", type=int, default=0, help="the first N sources only (0: all)")
    a = p.parse_args(argv)
    tr = Translator.from_checkpoint(a.checkpoint)
    items = group_by_source(read_corpus(a.test, a.src_lang, a.tgt_lang))[:a.max_sents or None]
    done = tr.translate_batch([s for s, _ in items], beam_size=a.beam, n_best=a.beam, errors="raise")
    refs, chrf = [r for _, r in items], CHRF()
    best = [t.hypotheses[0].text for t in done]
    print(f"{a.checkpoint} on {a.test}: {len(items)} sources, beam {a.beam}\n")
    print("| pick | BLEU | chrF | outputs changed |\n|---|---:|---:|---:|")
    for name, outs in (("beam's best", best),
                       ("MBR, uniform", [mbr_pick(t.hypotheses, False, chrf) for t in done]),
                       ("MBR, weighted by probability", [mbr_pick(t.hypotheses, True, chrf) for t in done])):
        s = score(outs, refs)
        print(f"| {name} | {s.bleu:.2f} | {s.chrf:.2f} | {sum(o != b for o, b in zip(outs, best))} |")


if __name__ == "__main__":
    main()
