"""Where a decode spends its time: torch.profiler over our engine on the decode.py shape, ops grouped by
name and input shape, the top ones by self CPU time (with their share of the whole).

    python benchmarks/profile_decode.py --case single --path reference
    python benchmarks/profile_decode.py --case batch --path onednn [--by-op]

Cases as in decode.py: ``single`` (beam 5, one sentence), ``batch`` (beam 5, 64 sentences), ``greedy``
(64 sentences); 16 target tokens each. Two untimed runs, then ``--runs`` profiled ones.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch
from torch.profiler import ProfilerActivity, profile

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

from s2s_core.models import fastpath  # noqa: E402
from s2s_core.translator import Translator  # noqa: E402

CASES = {"single": (1, 5), "batch": (64, 5), "greedy": (64, 1)}     # sentences, beam


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--case", choices=sorted(CASES), default="single")
    p.add_argument("--path", default="auto", help="decoding fast path (s2s_core/models/fastpath.py)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--top", type=int, default=15)
    p.add_argument("--by-op", action="store_true", help="group by op name only (all input shapes together)")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    n, beam = CASES[args.case]
    tr = Translator(common.build_ours(), tokenizer=None)
    src = [s[:-1] for s in common.random_sources(n, 12, 4, common.SHAPE["vocab_size"], eos=3)]
    run = lambda: tr.translate_ids(src, beam_size=beam, min_length=16, max_length=16)
    with fastpath.using(args.path) as path:
        run(), run()
        with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
            for _ in range(args.runs):
                run()
    events = prof.key_averages(group_by_input_shape=not args.by_op)
    total = sum(e.self_cpu_time_total for e in events)
    print(f"case {args.case} (beam {beam}, {n} sentence(s)), path {path}, {args.threads} thread(s), {args.runs} "
          f"runs: self CPU {total / 1e3 / args.runs:.1f} ms per run; flags: {common.flags_line()}\n")
    print("| op | input shapes | calls per run | self CPU per run (ms) | share |")
    print("|---|---|---:|---:|---:|")
    for e in sorted(events, key=lambda e: -e.self_cpu_time_total)[:args.top]:
        shapes = "(all)" if args.by_op else str([s for s in e.input_shapes if s])[:70]
        print(f"| {e.key} | {shapes} | {e.count // args.runs} | {e.self_cpu_time_total / 1e3 / args.runs:.2f} | "
              f"{100 * e.self_cpu_time_total / total:.1f}% |")


if __name__ == "__main__":
    main()
