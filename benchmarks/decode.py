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
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from common import MARIAN_EOS, MARIAN_PAD, median, timed  # noqa: E402

SRC_LEN = 12


class System:
    """``run(sources, beam)`` decodes a list of sources and returns the hypotheses' lengths."""
    name = ""

    def run(self, sources, beam):
        raise NotImplementedError


class Ours(System):
    def __init__(self, steps, attention=True, guard=False):
        from s2s_core.translator import Translator
        self.name = "ours, repetition guard" if guard else "ours (s2s_core)" if attention else "ours, no attention"
        self.tr = Translator(common.build_ours(), tokenizer=None)
        self.steps, self.attention, self.guard = steps, attention, guard

    def run(self, sources, beam):
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


def measure(system: System, args, src_ours, src_marian) -> dict:
    sources = src_marian if isinstance(system, (HF, CT2)) else src_ours
    single = sources[: args.sentences]
    batch = sources[: args.batch]
    for beam in (5, 1):                                   # every system decodes exactly args.steps tokens
        lens = system.run(batch[:3], beam)
        assert all(n == args.steps for n in lens), (system.name, beam, lens)
    lat = []
    for s in single:
        lat += timed(lambda: system.run([s], 5), args.repeats, warmup=1)
    beam_b = timed(lambda: system.run(batch, 5), args.repeats, warmup=1)
    greedy_b = timed(lambda: system.run(batch, 1), args.repeats, warmup=1)
    row = {"beam5_1_ms": 1000 * median(lat), "beam5_b_sps": len(batch) / median(beam_b),
           "greedy_b_sps": len(batch) / median(greedy_b)}
    print(f"  {system.name}: {row['beam5_1_ms']:.1f} ms, {row['beam5_b_sps']:.0f} s/s, "
          f"{row['greedy_b_sps']:.0f} s/s", file=sys.stderr, flush=True)
    return row


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


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5, help="timed runs per measurement (median reported)")
    p.add_argument("--sentences", type=int, default=5, help="distinct sentences for the single-sentence latency")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=16, help="target tokens decoded per sentence")
    p.add_argument("--systems", default="ours,ours-noattn,ct2,hf,plain",
                   help="comma list of: ours, ours-noattn, ours-guard, ct2, hf, plain")
    args = p.parse_args(argv)
    common.set_threads(args.threads)
    wanted = args.systems.split(",")

    n = max(args.batch, args.sentences)
    src_ours = common.random_sources(n, SRC_LEN, 4, common.SHAPE["vocab_size"], eos=3)
    src_marian = common.random_sources(n, SRC_LEN, 2, MARIAN_PAD, eos=MARIAN_EOS)

    systems: list[System] = []
    if "ours" in wanted:
        systems.append(Ours(args.steps, attention=True))
    if "ours-noattn" in wanted:
        systems.append(Ours(args.steps, attention=False))
    if "ours-guard" in wanted:
        systems.append(Ours(args.steps, guard=True))
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

    rows = {}
    for s in systems:
        rows[s.name] = measure(s, args, src_ours, src_marian)
    tmp.cleanup()
    print(f"threads {args.threads}, repeats {args.repeats}, {args.steps} target tokens per sentence, "
          f"source {SRC_LEN} tokens; " + ", ".join(f"{k} {v}" for k, v in common.versions().items()))
    print()
    print(table(rows, args))


if __name__ == "__main__":
    main()
