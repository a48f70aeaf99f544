"""Long sentences cut at clause seams (``s2s_core/clauses.py``) or read whole: BLEU, chrF and warnings, one table.

    python benchmarks/clause_split.py                                  # newstest2013, the default model
    python benchmarks/clause_split.py --thresholds 0 20 35 50 --test checkpoints/testsets/everyday-en-fr.tsv
    python benchmarks/clause_split.py --thresholds 0 25 --commas --cut-lines-at 25 \
        --test checkpoints/testsets/everyday-en-fr.tsv --show 50

For each threshold (source pieces above which a sentence is cut; 0: never cut) the same lines are translated
with ``Translator.translate_batch`` at beam 5, as ``evaluate`` does. Columns: sacreBLEU BLEU and chrF on all
lines and on the lines the shipped threshold (or ``--cut-lines-at``) cuts, how many lines are cut, and the lines
carrying a length-limit or a repetition warning (``s2s_core/trust.py``). ``--show N`` prints N cut lines with both
outputs, to read them.
``--commas`` also cuts after commas (the app never does), to measure whether shorter pieces help a small model.
``--semicolon-stop`` measures instead how a clause that ends with ";" is read: as written, or with "." for it
(``clauses.as_read(stop=)``; ``fit`` writes the ";" back), on the cut lines with such a clause (the first
``--max-lines``), both at the shipped threshold; it prints BLEU and chrF of those lines and of the lines it changes:

    python benchmarks/clause_split.py --semicolon-stop --show 40
    python benchmarks/clause_split.py --semicolon-stop --test $S2S_DATA_DIR/hansard/test --src-lang en \
        --tgt-lang fr --max-lines 150 --show 60
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from s2s_core import clauses  # noqa: E402
from s2s_core.catalog import discover  # noqa: E402
from s2s_core.data import data_dir, read_corpus  # noqa: E402
from s2s_core.evaluate import score  # noqa: E402
from s2s_core.translator import Translator  # noqa: E402

SHIPPED, SHIPPED_SEAM = clauses.LONG_SENTENCE_PIECES, clauses._SEAM
COMMA_SEAM = re.compile(rf"(?<=[;,])\s+|\s+(?={clauses._DASH}\s)")


@contextmanager
def cutting(threshold: int, commas: bool = False):
    """Within: sentences over ``threshold`` source pieces are cut (0: none), after commas too if ``commas``."""
    clauses.LONG_SENTENCE_PIECES = threshold if threshold > 0 else 10 ** 9
    clauses._SEAM = COMMA_SEAM if commas else SHIPPED_SEAM
    try:
        yield
    finally:
        clauses.LONG_SENTENCE_PIECES, clauses._SEAM = SHIPPED, SHIPPED_SEAM


def run(tr: Translator, sources: list[str], threshold: int, beam: int, commas: bool = False) -> list:
    """Translations with sentences over ``threshold`` source pieces cut (0: none cut), after commas too."""
    with cutting(threshold, commas):
        return tr.translate_batch(sources, beam_size=beam)


def stop_read(tr: Translator, sources: list[str], refs: list, a) -> None:
    """The cut lines with a clause that ends with ";", translated with that ";" read as written and as a full stop:
    BLEU and chrF of them all and of those that changed, and ``--show`` changed lines."""
    pieces = lambda x: len(tr.tokenizer.encode(x))  # noqa: E731
    lines = [i for i, s in enumerate(sources)
             if any(not c.last and c.text.rstrip().endswith(";") for c in clauses.split_clauses(s, pieces))]
    lines = lines[:a.max_lines] if a.max_lines else lines
    src, ref = [sources[i] for i in lines], [refs[i] for i in lines]
    outputs = {}
    for stop in (False, True):       # the second pass (``again``) reads its halves with "." either way
        reading = lambda c, again=False, _stop=stop: clauses.as_read(c, again or _stop)  # noqa: E731
        with mock.patch("s2s_core.translator.as_read", reading):
            outputs[stop] = [t.best.text if t.best else "" for t in tr.translate_batch(src, beam_size=a.beam)]
    changed = [k for k in range(len(src)) if outputs[False][k] != outputs[True][k]]
    print(f"{len(src)} cut lines with a clause ending in ';', {len(changed)} changed")
    print("| lines | BLEU ';' → '.' | chrF ';' → '.' |\n| --- | ---: | ---: |")
    for name, ks in (("all", range(len(src))), ("changed", changed)):
        if ks:
            old = score([outputs[False][k] for k in ks], [ref[k] for k in ks])
            new = score([outputs[True][k] for k in ks], [ref[k] for k in ks])
            print(f"| {name} ({len(ks)}) | {old.bleu:.2f} → {new.bleu:.2f} | {old.chrf:.2f} → {new.chrf:.2f} |")
    for k in changed[:a.show]:
        print(f"\nSOURCE {src[k]}\nREF    {ref[k][0]}\n';': {outputs[False][k]}\n'.': {outputs[True][k]}")


def flagged(translations, code: str) -> int:
    return sum(any(w.code == code for w in t.best.warnings) for t in translations if t.best)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", default=None, help="default: the app's default model")
    p.add_argument("--test", default=None, help="default: $S2S_DATA_DIR/newstest/newstest2013.en-fr")
    p.add_argument("--src-lang", default="eng")
    p.add_argument("--tgt-lang", default="fra")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--thresholds", type=int, nargs="+", default=[0, SHIPPED])
    p.add_argument("--show", type=int, default=0)
    p.add_argument("--cut-lines-at", type=int, default=SHIPPED, help="the threshold that defines the 'cut lines'")
    p.add_argument("--commas", action="store_true", help="cut after commas too (not what the app does)")
    p.add_argument("--semicolon-stop", action="store_true", help="measure a clause's ';' read as '.' (see above)")
    p.add_argument("--max-lines", type=int, default=0, help="with --semicolon-stop: the first N such lines (0: all)")
    a = p.parse_args(argv)
    checkpoint = a.checkpoint or str(discover()[0].path)
    test = a.test or str(data_dir() / "newstest" / "newstest2013.en-fr")
    pairs = [(s, r) for s, r in read_corpus(test, a.src_lang, a.tgt_lang) if s.strip()]
    sources, refs = [s for s, _ in pairs], [r for _, r in pairs]
    tr = Translator.from_checkpoint(checkpoint)
    if a.semicolon_stop:
        return stop_read(tr, sources, refs, a)
    with cutting(a.cut_lines_at, a.commas):
        pieces = lambda x: len(tr.tokenizer.encode(x))  # noqa: E731
        cut = [i for i, s in enumerate(sources) if len(clauses.split_clauses(s, pieces)) > 1]
    print(f"{checkpoint} on {test}: {len(sources)} lines, {len(cut)} cut at {a.cut_lines_at} pieces"
          f"{', commas too' if a.commas else ''}")
    print("| threshold (pieces) | lines cut | BLEU | chrF | BLEU, cut lines | chrF, cut lines | length limit | "
          "repetition | seconds |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    outputs = {}
    for th in a.thresholds:
        start = time.perf_counter()
        done = run(tr, sources, th, a.beam, a.commas)
        seconds = time.perf_counter() - start
        hyps = [t.best.text if t.best else "" for t in done]
        outputs[th] = hyps
        n_cut = sum(len(t.sentences) > len(tr._segments(s)) for s, t in zip(sources, done))
        whole, part = score(hyps, refs), score([hyps[i] for i in cut], [refs[i] for i in cut]) if cut else None
        print(f"| {th or 'never'} | {n_cut} | {whole.bleu:.2f} | {whole.chrf:.2f} | "
              f"{part.bleu if part else 0:.2f} | {part.chrf if part else 0:.2f} | {flagged(done, 'length_limit')} | "
              f"{flagged(done, 'repetition')} | {seconds:.0f} |")
    first, last = a.thresholds[0], a.thresholds[-1]
    for i in cut[:a.show]:
        print(f"\nSOURCE {sources[i]}\nREF    {refs[i][0]}\n{first or 'never'}: {outputs[first][i]}\n"
              f"{last or 'never'}: {outputs[last][i]}")


if __name__ == "__main__":
    main()
