"""Time to attribute one hypothesis with every method (``attribution.compare``), on CPU.

The budget (issue 16): one sentence of 20 words, all methods, ≤ 2 s for the default model. Measured on
the shipped default checkpoint and on a random-weight Transformer of the size planned for the next
default (d_model 256, 6 + 3 layers, 4 heads, FFN 1024, vocabulary 8000), forced to produce the default
model's translation of the same sentence.

    python benchmarks/attribution.py --threads 1 --repeats 5

Columns: median seconds per method, and for all methods together (one ``compare`` call), as wall time
and as this process's CPU time (with one thread the CPU time is what the wall time would be on an idle
core; on a busy machine the wall time is longer); the integrated-gradients completeness error (mean
|Σ scores − (log p(x) − log p(baseline))| per target token, in nats) shows what its step count buys.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import median  # noqa: E402

SENTENCE = ("The committee will meet again next week to discuss the new budget proposal "
            "for the schools of our small city.")                                     # 20 words
NEXT_DEFAULT = dict(vocab_size=8000, d_model=256, n_heads=4, enc_layers=6, dec_layers=3, ffn_dim=1024, dropout=0.1)


def timed(fn, repeats: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of ``repeats`` calls after one untimed call."""
    fn()
    wall, cpu = [], []
    for _ in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return median(wall), median(cpu)


def measure(name: str, translator, translation, steps: int, repeats: int) -> dict:
    from s2s_core import attribution
    hyp = translation.best
    src = [translator.tokenizer.sp.piece_to_id(p) for p in translation.source_tokens]
    row = {"model": name, "source": len(src), "target": len(hyp.ids), "ig_steps": steps}
    for m in attribution.METHODS:
        row[m] = timed(lambda: attribution.compare(translator, translation, methods=[m], ig_steps=steps), repeats)
    row["all"] = timed(lambda: attribution.compare(translator, translation, ig_steps=steps), repeats)
    _, delta = attribution.integrated_gradients(translator.model, src, hyp.ids, steps=steps, return_delta=True)
    row["ig_error"] = float(np.mean(delta))
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--checkpoint", default=str(common.ROOT / "checkpoints" / "en-fr-transformer.pt"))
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--steps", type=int, nargs="+", default=[8, 16])
    a = ap.parse_args()
    common.set_threads(a.threads)
    from s2s_core import Translator
    from s2s_core.forced import force
    tr = Translator.from_checkpoint(a.checkpoint)
    translation = tr.translate(SENTENCE, beam_size=5)
    bigger = Translator(common.build_ours(**NEXT_DEFAULT), tr.tokenizer)
    forced = force(bigger, SENTENCE, translation.best.ids)          # its own attention for the same target
    rows = [measure(Path(a.checkpoint).stem, tr, translation, s, a.repeats) for s in a.steps]
    rows += [measure("random d256 6+3", bigger, forced, s, a.repeats) for s in a.steps]
    print(f"machine: {common.machine()}, threads {a.threads}, {len(SENTENCE.split())} words")
    print("| model | source / target pieces | IG steps | attention | norm-weighted | gradient × input "
          "| integrated gradients | all (compare) | IG completeness error |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    cell = lambda t: f"{t[0]:.2f} / {t[1]:.2f}"        # wall / CPU seconds
    for r in rows:
        print(f"| {r['model']} | {r['source']} / {r['target']} | {r['ig_steps']} | {cell(r['attention'])} "
              f"| {cell(r['norm_attention'])} | {cell(r['grad_x_input'])} | {cell(r['integrated_gradients'])} "
              f"| {cell(r['all'])} | {r['ig_error']:.3f} |")

if __name__ == "__main__":
    main()
