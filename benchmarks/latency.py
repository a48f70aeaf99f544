"""The default model's interactive budget (models issue): load + first translation < 2 s and a 20-word
sentence at beam 5 ≤ 150 ms, on 1 CPU thread.

    python benchmarks/latency.py [--checkpoint checkpoints/en-fr-transformer.pt] [--sentence TEXT]

``--sentence`` times another sentence in place of the 20-word one (a sentence with a quote costs a second search:
speech.py).

"load" starts after ``import torch`` (about 1.2 s on its own, paid by any PyTorch program) and includes
importing s2s_core, reading the checkpoint and the first beam-5 translation.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch

SENTENCE = ("The committee will meet again next week to discuss the new budget proposal for the schools of "
            "our small city.")          # 20 words


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", default="checkpoints/en-fr-transformer.pt")
    p.add_argument("--repeats", type=int, default=7)
    p.add_argument("--sentence", default=SENTENCE, help="the sentence to time (default: the 20-word one)")
    args = p.parse_args()
    torch.set_num_threads(1)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    t0 = time.perf_counter()
    from s2s_core import Translator
    tr = Translator.from_checkpoint(args.checkpoint)
    tr.translate("Where is the train station?", beam_size=5)
    print(f"load + first translation: {time.perf_counter() - t0:.2f} s (after import torch)")
    times = []
    for _ in range(args.repeats):
        t = time.perf_counter()
        out = tr.translate(args.sentence, beam_size=5)
        times.append(time.perf_counter() - t)
    what = "20-word sentence" if args.sentence == SENTENCE else f"{len(args.sentence.split())}-word sentence"
    print(f"{what}, beam 5: median {statistics.median(times) * 1000:.0f} ms → {out.best.text}")


if __name__ == "__main__":
    main()
