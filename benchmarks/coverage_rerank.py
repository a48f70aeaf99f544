"""Would a coverage penalty fix omissions? Rerank each sentence's beam n-best with GNMT's penalty (Wu et al.
2016): score = log_prob / len ** alpha + beta · Σ_source log(min(attention mass received, 1)), so a
hypothesis that never looked at some source words loses to one that did. Prints BLEU/chrF per beta.

    python benchmarks/coverage_rerank.py --checkpoint checkpoints/en-fr-transformer.pt \\
        --test checkpoints/testsets/everyday-en-fr.tsv --beam 5 --show 0.2

The attention is the one the app draws (the checkpoint's alignment layer/head). Only hypotheses the beam
finished are reranked (the search itself is unchanged), which is where an omission usually wins: the
shorter hypothesis ends with the better mean log-prob.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from s2s_core import Translator  # noqa: E402
from s2s_core.data import group_by_source, read_corpus  # noqa: E402
from s2s_core.evaluate import score  # noqa: E402

BETAS = (0.0, 0.1, 0.2, 0.3, 0.5, 1.0)


def coverage(attention: np.ndarray) -> float:
    """Σ over source pieces (its </s> left out) of log(min(attention received, 1))."""
    received = np.asarray(attention)[:, :-1].sum(0)
    return float(np.log(np.minimum(received, 1.0) + 1e-9).sum())


def rerank(nbest, alpha: float, beta: float) -> list[str]:
    """The best text of each sentence's hypotheses under the penalised score."""
    return [max(hyps, key=lambda h: h.log_prob / len(h.ids) ** alpha + beta * coverage(h.attention)).text
            for hyps in nbest]


def nbest_parser(doc: str, beam: int) -> argparse.ArgumentParser:
    """The options of a reranking experiment: which model, which test, how wide a beam."""
    p = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    p.add_argument("--checkpoint", default="checkpoints/en-fr-transformer.pt")
    p.add_argument("--test", required=True, help="TSV or line-aligned prefix (s2s_core.data.read_corpus)")
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--beam", type=int, default=beam, help="beam size; every finished hypothesis is a candidate")
    p.add_argument("--length-penalty", type=float, default=1.0)
    p.add_argument("--max-sents", type=int, default=0, help="the first N sources only (0: all)")
    return p


def decode_nbest(a: argparse.Namespace) -> tuple[list, list]:
    """(source, references) per test sentence and its beam's n-best (``n_best = beam``), as the app searches."""
    tr = Translator.from_checkpoint(a.checkpoint)
    items = group_by_source(read_corpus(a.test, a.src_lang, a.tgt_lang))[:a.max_sents or None]
    done = tr.translate_batch([s for s, _ in items], beam_size=a.beam, n_best=a.beam,
                              length_penalty=a.length_penalty, errors="raise")
    return items, [t.hypotheses for t in done]


def report(items, nbest, name: str, values, pick, show=None) -> None:
    """A markdown table of BLEU/chrF and changed outputs for each value of one reranking parameter
    (``pick(nbest, value)`` → one text per sentence); the changes made at ``show`` printed after its row."""
    print(f"| {name} | BLEU | chrF | outputs changed |\n|---:|---:|---:|---:|")
    for value in values:
        outs = pick(nbest, value)
        s = score(outs, [refs for _, refs in items])
        changed = sum(o != hyps[0].text for o, hyps in zip(outs, nbest))
        print(f"| {value} | {s.bleu:.2f} | {s.chrf:.2f} | {changed} |")
        if show is not None and value == show:
            for (src, _), o, hyps in zip(items, outs, nbest):
                if o != hyps[0].text:
                    print(f"\n{src}\n  - {hyps[0].text}\n  + {o}")


def main(argv=None):
    p = nbest_parser(__doc__, beam=5)
    p.add_argument("--show", type=float, help="print the sentences this beta changes")
    a = p.parse_args(argv)
    items, nbest = decode_nbest(a)
    report(items, nbest, "beta", BETAS, lambda nb, beta: rerank(nb, a.length_penalty, beta), a.show)


if __name__ == "__main__":
    main()
