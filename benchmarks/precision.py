"""Training throughput by precision: fp32 against bf16 on the machine at hand, one table.

    python benchmarks/precision.py --threads 2 --repeats 12

Rows, each ``Trainer.train_step`` itself (forward, fused projection + label-smoothed loss, backward, clip,
AdamW update) on the same random batch:
- fp32: everything in float32 (``--precision fp32``);
- bf16 autocast only: the model's matmuls under bf16 autocast, the fused projection + loss in float32
  (what ``--bf16`` did before ``--precision``);
- bf16: autocast plus bf16 GEMMs inside the fused projection + loss, loss accumulated in float32
  (``--precision bf16``, and ``auto`` where the CPU has AVX-512 BF16 or AMX).
Three shapes: the benchmark shape of train_speed.py (d256, 3+3 layers, vocabulary 8,000, 128 pairs of 12/13
tokens), the default en→fr model's (d256, 6+3 layers, vocabulary 8,000, ~8,000-token batches of 24/28
tokens) and the Multi30k en→de model's (d128, 4+4 layers, FFN 256, ~4,000-token batches of 16/18;
``--shape multi30k`` runs one shape). ``auto`` resolves to fp32 on a CPU without native bf16, where it runs the fp32 row's code.
"""
from __future__ import annotations

import argparse
import sys
import time
from contextlib import contextmanager
from statistics import median
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import train_speed  # noqa: E402
from train_speed import OursStep, random_pairs  # noqa: E402

import s2s_core.train as train_mod  # noqa: E402
from s2s_core import data, precision  # noqa: E402

SHAPES = {
    "benchmark shape (3+3, 128 × 12/13 tokens)": (dict(), None),
    "default en→fr model (6+3, 8k-token batches of 24/28)": (dict(enc_layers=6, dec_layers=3), (286, 24, 28)),
    "en→de Multi30k model (d128, 4+4, FFN 256, 4k-token batches of 16/18)":
        (dict(d_model=128, enc_layers=4, dec_layers=4, ffn_dim=256), (228, 16, 18)),
}


@contextmanager
def fp32_projection():
    """The fused projection + loss in float32 whatever the trainer asks (the 'autocast only' row)."""
    real = train_mod.sequence_loss
    train_mod.sequence_loss = lambda *a, matmul_dtype=None, **k: real(*a, **k)
    try:
        yield
    finally:
        train_mod.sequence_loss = real


class AutocastOnlyStep(OursStep):
    """bf16 autocast with the fused projection + loss kept in float32."""

    def step(self, batch=None):
        with fp32_projection():
            return super().step(batch)


def interleaved(systems, repeats: int, warmup: int = 2) -> list[float]:
    """Target tokens/s of each system (median step time), the systems taking turns step by step in a
    rotating order, so a VM that speeds up or slows down during the measurement moves every row alike
    (measured one block after another, the ratio moved between 1.2× and 1.7× from run to run)."""
    for system in systems:
        for _ in range(warmup):
            system.step()
    times, tokens = [[] for _ in systems], [0] * len(systems)
    n = len(systems)
    for r in range(repeats):
        for i in ((r + k) % n for k in range(n)):      # round r starts with system r mod n
            t0 = time.perf_counter()
            tokens[i] = systems[i].step()
            times[i].append(time.perf_counter() - t0)
    out = [n / median(t) for n, t in zip(tokens, times)]
    for system, tps, t in zip(systems, out, times):
        print(f"  {system.name}: {tps:.0f} target tokens/s ({1000 * median(t):.0f} ms/step)", file=sys.stderr,
              flush=True)
    return out


def batch_of(shape, vocab):
    if shape is None:
        return None
    n, s, t = shape
    g = torch.Generator().manual_seed(3)
    src = torch.randint(4, vocab, (n, s - 1), generator=g).tolist()
    tgt = torch.randint(4, vocab, (n, t - 1), generator=g).tolist()
    return data.make_batch(list(zip(src, tgt)))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=12, help="steps per row, the rows taking turns")
    p.add_argument("--shape", default="", help="only the shapes whose label contains this text")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    cpu = torch.device("cpu")
    print(f"{precision.describe(cpu)}; auto → {precision.resolve('auto', cpu)}; threads {args.threads}; "
          f"flags: {' '.join(sorted(f for f in precision.cpu_flags() if f.startswith(('avx', 'amx', 'fma'))))}; "
          + ", ".join(f"{k} {v}" for k, v in common.versions().items()))
    print()
    print("| shape | fp32 tokens/s | bf16 autocast only | bf16 (autocast + bf16 fused loss) | bf16 ÷ fp32 |")
    print("|---|---:|---:|---:|---:|")
    for label, (overrides, shape) in SHAPES.items():
        if args.shape.lower() not in label.lower():
            continue
        batch = batch_of(shape, common.SHAPE["vocab_size"])
        fp32, mixed, bf16 = interleaved([OursStep(args.threads, "fp32", "fp32", batch, **overrides),
                                         AutocastOnlyStep(args.threads, "bf16 autocast only", "bf16", batch,
                                                          **overrides),
                                         OursStep(args.threads, "bf16", "bf16", batch, **overrides)], args.repeats)
        print(f"| {label} | {fp32:.0f} | {mixed:.0f} ({mixed / fp32:.2f}×) | {bf16:.0f} | {bf16 / fp32:.2f}× |",
              flush=True)


if __name__ == "__main__":
    main()
