"""Decoding speed of our engine against peers at the same model size, in one run, one table.

Shape: Transformer d_model 256, 4 heads, 3+3 layers, FFN 1024, vocab 8000, random weights; sources of
12 tokens (11 + </s>); every system decodes exactly ``--steps`` target tokens per sentence (our engine
and HF through min = max length, CTranslate2 through min/max_decoding_length, the plain nn.Transformer
by construction).

    python benchmarks/decode.py --threads 2 --repeats 5

Columns: beam 5 on one sentence (median latency, ms), beam 5 on a batch of 64 (sentences/s) and greedy
on a batch of 64 (sentences/s). "ours" returns attention (the app's path); "ours, no attention" passes
``return_attention=False``. Ours runs without the repetition guard (the peers have none by default);
"ours, repetition guard" (``--systems ours,ours-guard``) measures what the guard, on in the app, costs.


The systems take turns within each repeat (A, B, C, A, B, C, …), so a load that comes and goes hits them
alike and the ratios hold on a busy machine even when the absolute figures do not; there ``--clock cpu``
(the process's CPU time, at 1 thread) leaves out the time spent waiting for a core.

``--paths auto,reference,onednn,bf16,int8`` adds our engine once per decoding fast path
(``s2s_core/models/fastpath.py``; ``int8`` is the dynamically quantised model) and a row of each path's
time relative to ``reference``:

    python benchmarks/decode.py --threads 1 --repeats 5 --systems ct2 --paths reference,projection,onednn,bf16,int8

``--checkpoint PATH`` times our engine (``--systems ours`` and/or ``--paths``) on that trained model instead,
with random sources from its vocabulary.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import MARIAN_EOS, MARIAN_PAD, median  # noqa: E402

SRC_LEN = 12


class System:
    """``run(sources, beam)`` decodes a list of sources and returns the hypotheses' lengths."""
    name = ""

    def run(self, sources, beam):
        raise NotImplementedError


class Ours(System):
    """Our engine; ``path`` None: the default fast path, else that one (``int8``: the quantised model)."""

    def __init__(self, steps, attention=True, guard=False, path=None, checkpoint=None):
        from s2s_core.models import fastpath
        from s2s_core.translator import Translator
        self.name = "ours, repetition guard" if guard else "ours (s2s_core)" if attention else "ours, no attention"
        if path:
            self.name = f"ours [{path if path != 'auto' else 'auto: ' + fastpath.auto()}]"
        model = Translator.from_checkpoint(checkpoint).model if checkpoint else common.build_ours()
        if path == "int8":
            fastpath.quantize_int8(model)
        self.tr = Translator(model, tokenizer=None)
        self.path = None if path in (None, "int8") else path
        self.steps, self.attention, self.guard = steps, attention, guard

    def run(self, sources, beam):
        from s2s_core.models import fastpath
        with fastpath.using(self.path or fastpath.active()):
            # translate_ids appends </s> itself: pass the 11 content tokens.
            res = self.tr.translate_ids([s[:-1] for s in sources], beam_size=beam, min_length=self.steps,
                                        max_length=self.steps, return_attention=self.attention,
                                        repeat_guard=self.guard)
        return [len(r[0].ids) for r in res]


class HF(System):
    name = "HF MarianMTModel.generate"

    def __init__(self, model, steps):
        self.model, self.steps = model.eval(), steps

    def run(self, sources, beam):
        ids = torch.tensor(sources)
        with torch.inference_mode(), common.quiet():
            out = self.model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), num_beams=beam,
                                      do_sample=False, min_new_tokens=self.steps, max_new_tokens=self.steps,
                                      num_return_sequences=1)
        return [out.size(1) - 1] * len(sources)        # minus the decoder start token


class CT2(System):
    name = "CTranslate2 float32"

    def __init__(self, model_dir, steps, threads):
        import ctranslate2
        self.tr = ctranslate2.Translator(str(model_dir), device="cpu", compute_type="float32",
                                         inter_threads=1, intra_threads=threads)
        self.vocab, self.steps = common.marian_vocab(), steps

    def run(self, sources, beam):
        toks = [[self.vocab[i] for i in s] for s in sources]
        res = self.tr.translate_batch(toks, beam_size=beam, min_decoding_length=self.steps,
                                      max_decoding_length=self.steps, max_batch_size=len(toks))
        return [len(r.hypotheses[0]) for r in res]


class Plain(System):
    name = "nn.Transformer (no cache)"

    def __init__(self, steps):
        self.model, self.steps = common.build_plain().eval(), steps

    def run(self, sources, beam):
        out = common.plain_search(self.model, torch.tensor(sources), beam, self.steps)
        return [out.size(1)] * len(sources)


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def interleaved(systems: list, job, repeats: int, clock=time.perf_counter) -> list[list[float]]:
    """Seconds of ``repeats`` calls of ``job(system)`` per system, the systems taking turns in every repeat
    (after one untimed warm-up call each)."""
    for system in systems:
        job(system)
    times = [[] for _ in systems]
    for _ in range(repeats):
        for i, system in enumerate(systems):
            t0 = clock()
            job(system)
            times[i].append(clock() - t0)
    return times


def measure(systems: list, args, src_ours, src_marian) -> dict:
    sources = lambda system: src_marian if isinstance(system, (HF, CT2)) else src_ours
    for system in systems:
        for beam in (5, 1):                               # every system decodes exactly args.steps tokens
            lens = system.run(sources(system)[:3], beam)
            assert all(n == args.steps for n in lens), (system.name, beam, lens)
    clock, lat = CLOCKS[args.clock], [[] for _ in systems]
    for j in range(args.sentences):
        for i, t in enumerate(interleaved(systems, lambda s: s.run([sources(s)[j]], 5), args.repeats, clock)):
            lat[i] += t
    beam_b = interleaved(systems, lambda s: s.run(sources(s)[:args.batch], 5), args.repeats, clock)
    greedy_b = interleaved(systems, lambda s: s.run(sources(s)[:args.batch], 1), args.repeats, clock)
    rows = {}
    for i, system in enumerate(systems):
        rows[system.name] = row = {"beam5_1_ms": 1000 * median(lat[i]), "beam5_b_sps": args.batch / median(beam_b[i]),
                                   "greedy_b_sps": args.batch / median(greedy_b[i])}
        print(f"  {system.name}: {row['beam5_1_ms']:.1f} ms, {row['beam5_b_sps']:.0f} s/s, "
              f"{row['greedy_b_sps']:.0f} s/s", file=sys.stderr, flush=True)
    return rows


def table(rows: dict, args) -> str:
    cols = [("beam5_1_ms", f"beam 5, 1 sentence (median ms) ↓"),
            ("beam5_b_sps", f"beam 5, batch {args.batch} (sentences/s) ↑"),
            ("greedy_b_sps", f"greedy, batch {args.batch} (sentences/s) ↑")]
    fmt = lambda k, v: f"{v:.1f}" if k.endswith("ms") else f"{v:.0f}"
    lines = ["| system | " + " | ".join(c for _, c in cols) + " |", "|---|" + "---:|" * len(cols)]
    for name, r in rows.items():
        lines.append(f"| {name} | " + " | ".join(fmt(k, r[k]) for k, _ in cols) + " |")
    ours = rows.get("ours (s2s_core)")
    targets = {"CTranslate2 float32": {"beam5_1_ms": "target ≤ 2.0×", "beam5_b_sps": "target ≥ 0.7×"}}
    for peer, short in (("CTranslate2 float32", "CT2"), ("HF MarianMTModel.generate", "HF"),
                        ("nn.Transformer (no cache)", "nn.Transformer")):
        if ours is None or peer not in rows:
            continue
        cells = []
        for k, _ in cols:
            ratio = ours[k] / rows[peer][k]
            t = targets.get(peer, {}).get(k)
            cells.append(f"{ratio:.2f}×" + (f" ({t})" if t else ""))
        lines.append(f"| ours ÷ {short} | " + " | ".join(cells) + " |")
    lines += path_ratios(rows, cols)
    noatt = rows.get("ours, no attention")
    if ours and noatt:
        cost = lambda k: (noatt[k] / ours[k] - 1) if not k.endswith("ms") else (ours[k] / noatt[k] - 1)
        lines.append("| attention cost (ours vs no attention, target ≤ 15%) | "
                     + " | ".join(f"{100 * cost(k):+.0f}%" for k, _ in cols) + " |")
    guard = rows.get("ours, repetition guard")
    if ours and guard:
        cost = lambda k: (ours[k] / guard[k] - 1) if not k.endswith("ms") else (guard[k] / ours[k] - 1)
        lines.append("| repetition guard cost (ours with vs without) | "
                     + " | ".join(f"{100 * cost(k):+.0f}%" for k, _ in cols) + " |")
    return "\n".join(lines)


def path_ratios(rows: dict, cols) -> list[str]:
    """Per fast path: its time ÷ the reference path's, and ÷ CT2's (time ratios: below 1 is faster)."""
    paths, lines = [n for n in rows if n.startswith("ours [")], []
    for base, short in (("ours [reference]", "reference"), ("CTranslate2 float32", "CT2")):
        for name in paths:
            if base not in rows or name == base:
                continue
            cells = [rows[name][k] / rows[base][k] if k.endswith("ms") else rows[base][k] / rows[name][k]
                     for k, _ in cols]
            lines.append(f"| {name} ÷ {short} (time) | " + " | ".join(f"{c:.2f}×" for c in cells) + " |")
    return lines


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5, help="timed runs per measurement (median reported)")
    p.add_argument("--sentences", type=int, default=5, help="distinct sentences for the single-sentence latency")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=16, help="target tokens decoded per sentence")
    p.add_argument("--systems", default="ours,ours-noattn,ct2,hf,plain",
                   help="comma list of: ours, ours-noattn, ours-guard, ct2, hf, plain")
    p.add_argument("--checkpoint", help="our engine on this checkpoint's model instead of the random reference shape")
    p.add_argument("--clock", default="wall", choices=sorted(CLOCKS),
                   help="cpu: the process's CPU time instead of wall time, steadier on a busy machine (1 thread)")
    p.add_argument("--paths", default="", help="also ours per decoding fast path, comma list of: auto, reference, "
                                               "projection, onednn, bf16, int8 (s2s_core/models/fastpath.py)")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    wanted = args.systems.split(",")

    n = max(args.batch, args.sentences)
    vocab = common.SHAPE["vocab_size"]
    if args.checkpoint:
        from s2s_core.checkpoint import load
        vocab = load(args.checkpoint)["model_config"]["vocab_size"]
        if set(wanted) - {"ours", "ours-noattn", "none"}:
            p.error("--checkpoint times our engine only: --systems ours (or none) with --paths")
    src_ours = common.random_sources(n, SRC_LEN, 4, vocab, eos=3)
    src_marian = common.random_sources(n, SRC_LEN, 2, MARIAN_PAD, eos=MARIAN_EOS)

    systems: list[System] = []
    if "ours" in wanted:
        systems.append(Ours(args.steps, attention=True, checkpoint=args.checkpoint))
    if "ours-noattn" in wanted:
        systems.append(Ours(args.steps, attention=False, checkpoint=args.checkpoint))
    if "ours-guard" in wanted:
        systems.append(Ours(args.steps, guard=True, checkpoint=args.checkpoint))
    for path in filter(None, args.paths.split(",")):
        systems.append(Ours(args.steps, path=path, checkpoint=args.checkpoint))
    tmp = tempfile.TemporaryDirectory(prefix="s2s-bench-")
    if "hf" in wanted or "ct2" in wanted:
        marian = common.build_marian()
        if "ct2" in wanted:
            d = common.save_marian(marian, Path(tmp.name) / "marian")
            systems.append(CT2(common.convert_ct2(d, Path(tmp.name) / "ct2"), args.steps, args.threads))
        if "hf" in wanted:
            systems.append(HF(marian, args.steps))
    if "plain" in wanted:
        systems.append(Plain(args.steps))

    rows = measure(systems, args, src_ours, src_marian)
    tmp.cleanup()
    from s2s_core.models import fastpath
    print(f"threads {args.threads}, repeats {args.repeats} (systems interleaved), {args.clock} clock, "
          f"{args.steps} target tokens per sentence, source {SRC_LEN} tokens; CPU {common.machine()['cpu']}, "
          f"capability {torch.backends.cpu.get_cpu_capability()}, flags: {common.flags_line()}; default fast "
          f"path {fastpath.active()}; " + ", ".join(f"{k} {v}" for k, v in common.versions().items()))
    print()
    print(table(rows, args))


if __name__ == "__main__":
    main()
