"""Does a compiled decoder step pay off on this CPU? ``torch.compile`` (inductor, CPU) of the decoder's layer
stack against the eager step, on the decode.py shape, the two taking turns per repeat.

    python benchmarks/compile_step.py --threads 1 [--freezing] [--path onednn]

The layer stack (``DecoderLayer.step`` × layers: layer norms, attention over the KV cache, feed-forward) is
compiled with dynamic shapes (the cache length grows every step, the batch shrinks as sentences finish);
embedding, projection and search stay eager. Prints the compile time (first calls) and, per decoding case,
eager and compiled CPU time and their ratio; 1-best ids are checked to be identical first. ``--freezing``
lets inductor treat the weights as constants (and pre-pack them for oneDNN where it can).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

from s2s_core.models import fastpath, transformer  # noqa: E402
from s2s_core.translator import Translator  # noqa: E402


def compiled_layers():
    """The decoding step's layer loop (``TransformerSeq2Seq.decoder_layers``) as one compiled function."""
    return torch.compile(transformer.TransformerSeq2Seq.decoder_layers, dynamic=True)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--steps", type=int, default=16)
    p.add_argument("--freezing", action="store_true")
    p.add_argument("--path", default="reference", help="fast path of both steps (inside the compiled one too)")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    if args.freezing:
        import torch._inductor.config as inductor_config
        inductor_config.freezing = True
    model = common.build_ours()
    tr = Translator(model, tokenizer=None)
    src = [s[:-1] for s in common.random_sources(64, 12, 4, common.SHAPE["vocab_size"], eos=3)]
    run = lambda srcs, beam: tr.translate_ids(srcs, beam_size=beam, min_length=args.steps, max_length=args.steps)
    eager, compiled = transformer.TransformerSeq2Seq.decoder_layers, compiled_layers()
    with fastpath.using(args.path):
        want = [r[0].ids for r in run(src[:8], 5)]
        transformer.TransformerSeq2Seq.decoder_layers = compiled
        t0 = time.perf_counter()
        for srcs, beam in ((src[:1], 5), (src, 5), (src, 1), (src[:3], 5)):
            run(srcs, beam)
        print(f"compile (first calls, wall): {time.perf_counter() - t0:.0f} s", flush=True)
        assert [r[0].ids for r in run(src[:8], 5)] == want, "compiled step changed the 1-best ids"
        cases = {"beam 5, 1 sentence": (src[:1], 5, 15), "beam 5, batch 64": (src, 5, 3),
                 "greedy, batch 64": (src, 1, 5)}
        for name, (srcs, beam, repeats) in cases.items():
            times = {"eager": [], "compiled": []}
            for _ in range(repeats):
                for key, step in (("eager", eager), ("compiled", compiled)):
                    transformer.TransformerSeq2Seq.decoder_layers = step
                    t0 = time.process_time()
                    run(srcs, beam)
                    times[key].append(time.process_time() - t0)
            e, c = statistics.median(times["eager"]), statistics.median(times["compiled"])
            print(f"{name}: eager {1000 * e:.1f} ms, compiled {1000 * c:.1f} ms (CPU time), compiled ÷ eager "
                  f"{c / e:.2f}×", flush=True)
    transformer.TransformerSeq2Seq.decoder_layers = eager
    print(f"path {args.path}, freezing {args.freezing}, threads {args.threads}; "
          f"{common.machine()['cpu']}, flags: {common.flags_line()}; torch {torch.__version__}")


if __name__ == "__main__":
    main()
