"""Worst-case time of one request at the input caps (s2s_core/limits.py), and the time estimate against
the real time of a file. Prints markdown tables.

    python benchmarks/request_time.py --checkpoint checkpoints/en-fr-transformer.pt --beam 5
    python benchmarks/request_time.py --estimate-test /tmp/tat/test.tsv     # also: estimate vs real on a file

Every input is built just under the default caps (or the S2S_MAX_INPUT_* overrides), so the table says how
long the slowest requests the app accepts take on this machine. The texts are synthetic. "CPU s" is the
process's CPU time: with OMP_NUM_THREADS=1 it is what the wall time would be on an idle core (the figure to
read when the machine is shared).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from s2s_core import Translator  # noqa: E402
from s2s_core.streaming import CALIBRATION  # noqa: E402


def fit(tr, make, step: int = 1):
    """The largest ``make(n)`` (n in multiples of ``step``) that the Translator's limits accept."""
    n = step
    while tr._limited_segments(make(n + step))[1] is None and n < 10**6:
        n += step
    return make(n)


def worst_inputs(tr) -> dict[str, str]:
    rng = random.Random(0)
    letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(10**5))
    prose = " ".join(CALIBRATION)
    return {
        "everyday English sentences": fit(tr, lambda n: " ".join([prose] * 20)[:n].rsplit(" ", 1)[0], 50),
        "one sentence, no full stop": fit(tr, lambda n: " ".join([prose.replace(".", ",")] * 20)[:n], 50),
        "random letters, words of 6": fit(tr, lambda n: " ".join(letters[i:i + 6] for i in range(0, n, 6)), 30),
        "'x' repeated": fit(tr, lambda n: "x" * n, 50),
        "emoji": fit(tr, lambda n: "\U0001F600" * n, 5),
        "Chinese characters": fit(tr, lambda n: "".join(chr(0x4E00 + (i * 37) % 20000) for i in range(n)), 5),
        "many one-word sentences": fit(tr, lambda n: " ".join(["Yes."] * n), 1),
    }


def worst_case(tr, beam: int):
    print(f"\n### Slowest accepted requests, beam {beam} ({tr.limits})\n")
    print("| input | characters | sentences | source pieces | translate: wall s | CPU s | CPU s without heads | "
          "translate_iter, first sentence: wall s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, text in worst_inputs(tr).items():
        parts, why = tr._limited_segments(text)
        assert why is None, why
        pieces = sum(len(tr.tokenizer.encode(p)) + 1 for p in parts)
        start, cpu = time.perf_counter(), time.process_time()
        tr.translate(text, beam_size=beam)
        total, cpu = time.perf_counter() - start, time.process_time() - cpu
        no_heads = time.process_time()
        tr.translate(text, beam_size=beam, return_heads=False)
        no_heads = time.process_time() - no_heads
        start = time.perf_counter()
        next(tr.translate_iter(text, beam_size=beam))
        first = time.perf_counter() - start
        print(f"| {name} | {len(text):,} | {len(parts)} | {pieces:,} | {total:.1f} | {cpu:.1f} | {no_heads:.1f} "
              f"| {first:.2f} |")


def estimate_vs_real(tr, path: str, beam: int, n: int, langs):
    from s2s_core.data import read_corpus
    lines = [s for s, _ in read_corpus(path, *langs)][:n]
    print(f"\n### Estimate against real time: first {len(lines)} lines of {path}, beam {beam}\n")
    print("| lines per call | estimate (s) | real (s) | estimate ÷ real |\n|---:|---:|---:|---:|")
    for batch in (128, 4):                            # `python -m s2s_core evaluate`; the Evaluate page
        est = tr.estimate_seconds(lines, beam_size=beam, batch_lines=batch)
        start = time.perf_counter()
        for i in range(0, len(lines), batch):
            tr.translate_batch(lines[i:i + batch], beam_size=beam)
        real = time.perf_counter() - start
        print(f"| {batch} | {est:.1f} | {real:.1f} | {est / real:.2f} |")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--checkpoint", default="checkpoints/en-fr-transformer.pt")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--estimate-test", help="a test set (TSV or prefix) to compare estimate_seconds with")
    p.add_argument("--estimate-lines", type=int, default=500)
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--skip-worst", action="store_true", help="only the estimate")
    a = p.parse_args(argv)
    tr = Translator.from_checkpoint(a.checkpoint)
    tr.translate("Warm up.", beam_size=a.beam)
    if not a.skip_worst:
        worst_case(tr, a.beam)
    if a.estimate_test:
        estimate_vs_real(tr, a.estimate_test, a.beam, a.estimate_lines, (a.src_lang, a.tgt_lang))


if __name__ == "__main__":
    main()
