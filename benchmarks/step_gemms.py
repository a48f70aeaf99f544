"""The linear layers of a decoding step on this CPU: PyTorch's default (``F.linear``, MKL) against our oneDNN
layer over a pre-packed weight (``s2s_core.models.onednn.linear``), per weight shape and row count.

    python benchmarks/step_gemms.py --threads 1

Rows: 1 (greedy, one sentence), 5 (beam 5, one sentence), 20, 64 (greedy batch), 320 (beam 5 × batch 64).
Shapes: the layers of the shipped d128 model and of the decode.py d256 shape, and of a d512 model. Each cell
is oneDNN's CPU time ÷ F.linear's (below 1: oneDNN faster), the two taking turns; µs of F.linear beside it.
This is what ``fastpath.ONEDNN_MIN_WEIGHT`` and the row rules rest on.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

from s2s_core.models import onednn  # noqa: E402

SHAPES = [(128, 128), (128, 384), (128, 512), (512, 128), (128, 4000), (256, 256), (256, 768), (256, 1024),
          (1024, 256), (256, 8000), (512, 1536), (512, 2048), (2048, 512)]          # (in, out)
ROWS = (1, 5, 20, 64, 320)


def cpu_us(fn, n: int) -> float:
    fn()
    t0 = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - t0) / n * 1e6


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--repeats", type=int, default=7, help="turns per cell (median)")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    print(f"{common.machine()['cpu']}, capability {torch.backends.cpu.get_cpu_capability()}, flags: "
          f"{common.flags_line()}; torch {torch.__version__}, {args.threads} thread(s); CPU time\n")
    print("| in × out (weights) | " + " | ".join(f"{m} rows" for m in ROWS) + " |")
    print("|---|" + "---:|" * len(ROWS))
    if not onednn.enabled():
        sys.exit("this torch build has no oneDNN linear op")
    for K, N in SHAPES:
        cells = []
        for M in ROWS:
            x, w, b = torch.randn(M, K), torch.randn(N, K) * 0.05, torch.randn(N)
            n = max(30, int(3e6 / (M * K * N / 100 + 2e4)))
            mkl, dnn = [], []
            with torch.inference_mode():
                for _ in range(args.repeats):
                    mkl.append(cpu_us(lambda: F.linear(x, w, b), n))
                    dnn.append(cpu_us(lambda: onednn.linear(x, w, b), n))
            m, d = statistics.median(mkl), statistics.median(dnn)
            cells.append(f"{d / m:.2f} ({m:.0f} µs)")
        print(f"| {K} × {N} ({K * N // 1000}k) | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
