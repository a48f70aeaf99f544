"""``python -m s2s_core align-eval``: how well attention and attribution match human word alignments.

The model is forced to produce the gold target sentence (forced decoding, so every method sees the same
hypothesis), each method's matrix is merged to words and turned into links (``alignment.extract``),
and the links are scored against the sure/possible gold (AER, precision, recall).

The gold text is fed as it is (lower-cased, tokenised, e.g. ``l' homme`` / ``de le``): its words are
then exactly whitespace tokens, so the subword → word merge is exact, as in SimAlign and awesome-align,
which also take tokenised text. Detokenising would suit a model trained on raw text a little better,
but French contractions (``de le`` → ``du``) would no longer map one-to-one onto gold words.

Attention-like methods are scored per decoder layer and head, and with the head average (``mean``;
for norm-weighted attention the norm of the summed head outputs), each also "shifted" (Chen et al.,
2020: target word t is aligned with the attention of the step where t is the decoder *input*).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional, Sequence

if TYPE_CHECKING:            # the CLI builds its parser without importing torch; the work imports it
    import numpy as np

    from .alignment import GoldSentence

GRADIENT = ("grad_x_input", "integrated_gradients")
DEFAULT_METHODS = "attention,norm_attention,grad_x_input,integrated_gradients"   # = attribution.METHODS


@dataclass
class Variant:
    method: str                     # attribution.METHODS
    layer: Optional[int] = None     # 0-based decoder layer (None: the model's only / display attention)
    head: Optional[int] = None      # 0-based head (None: heads averaged / combined)
    shift: bool = False

    @property
    def name(self) -> str:
        parts = [self.method]
        if self.layer is not None:
            parts.append(f"L{self.layer + 1}" + ("" if self.head is None else f"H{self.head + 1}"))
        return " ".join(parts + (["shift"] if self.shift else []))


def variants(arch: str, layers: int, heads: int, methods: Sequence[str]) -> list[Variant]:
    out = []
    for m in methods:
        if m in GRADIENT:
            out.append(Variant(m))
            continue
        for shift in (False, True):
            if arch != "transformer":
                out.append(Variant(m, shift=shift))
                continue
            out += [Variant(m, l, h, shift) for l in range(layers) for h in [None, *range(heads)]]
    return out


def _shifted(m: "np.ndarray") -> "np.ndarray":
    """Row t ← row t + 1 (the step that reads target token t); the last row (</s>) becomes zeros."""
    out = m.copy()
    out[:-1], out[-1] = m[1:], 0.0
    return out


def _matrices(model, src_ids, hyp, vs: Sequence[Variant], ig_steps: int) -> Iterator["np.ndarray"]:
    """One [T, S] piece matrix per variant for one forced hypothesis."""
    from . import attribution
    norm = None
    for v in vs:
        if v.method == "attention":
            m = hyp.attention if hyp.heads is None else (
                hyp.heads[:, v.layer].mean(1) if v.head is None else hyp.heads[:, v.layer, v.head])
        elif v.method == "norm_attention":
            if norm is None:
                norm = attribution.norm_weighted_attention(model, src_ids, hyp.attention, hyp.heads)
            m = norm.matrix if norm.layers is None else (
                norm.layers[:, v.layer] if v.head is None else norm.heads[:, v.layer, v.head])
        elif v.method == "grad_x_input":
            m = attribution.gradient_x_input(model, src_ids, hyp.ids)
        else:
            m = attribution.integrated_gradients(model, src_ids, hyp.ids, steps=ig_steps)
        yield _shifted(m) if v.shift else m


def evaluate(translator, gold: Sequence["GoldSentence"], methods: Sequence[str] = DEFAULT_METHODS.split(","),
             ig_steps: int = 8, threshold: Optional[float] = None, progress=None) -> list[dict]:
    """Scores of every variant of ``methods`` on ``gold``: one dict per variant, best AER first."""
    from . import alignment
    from .forced import force_batches, model_ids
    tok, cfg = translator.tokenizer, translator.config
    src = [model_ids(tok, " ".join(g.source)) for g in gold]
    tgt = [model_ids(tok, " ".join(g.target)) for g in gold]
    hyps = force_batches(translator.model, src, tgt, need_heads=cfg.arch == "transformer")
    vs = variants(cfg.arch, cfg.dec_layers, cfg.n_heads, methods)
    scores = [alignment.Scores() for _ in vs]
    for k, (g, s, h) in enumerate(zip(gold, src, hyps)):
        sp, tp = tok.id_to_piece(s), tok.id_to_piece(h.ids)
        for sc, m in zip(scores, _matrices(translator.model, s, h, vs, ig_steps)):
            words = alignment.word_matrix(m, sp, tp, len(g.source), len(g.target))
            sc.add(alignment.extract(words, threshold), g)
        if progress:
            progress(k + 1, len(gold))
    rows = [{"variant": v.name, "method": v.method, "layer": None if v.layer is None else v.layer + 1,
             "head": None if v.layer is None else ("mean" if v.head is None else v.head + 1), "shift": v.shift,
             **sc.as_dict()} for v, sc in zip(vs, scores)]
    return sorted(rows, key=lambda r: r["aer"])


def best_display(rows: Sequence[dict]) -> Optional[dict]:
    """The plain (unshifted) attention layer/head with the lowest AER: what the app should show."""
    plain = [r for r in rows if r["method"] == "attention" and not r["shift"] and r["layer"] is not None]
    return min(plain, key=lambda r: r["aer"]) if plain else None


def markdown_table(rows: Sequence[dict]) -> str:
    lines = ["| variant | AER | precision | recall | links |", "| --- | ---: | ---: | ---: | ---: |"]
    lines += [f"| {r['variant']} | {100 * r['aer']:.1f} | {100 * r['precision']:.1f} | {100 * r['recall']:.1f} "
              f"| {r['links']} |" for r in rows]
    return "\n".join(lines)


def update_card(card: Path, best: dict, gold_name: str = "") -> None:
    """Write ``alignment_layer`` / ``alignment_head`` / ``alignment_aer`` into the card's front matter."""
    text = card.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---" not in text[3:]:
        raise ValueError(f"{card}: no front matter to update")
    end = text.index("\n---", 3)
    head, rest = text[4:end], text[end:]
    values = {"alignment_layer": best["layer"], "alignment_head": best["head"],
              "alignment_aer": f"{100 * best['aer']:.1f} %" + (f" on {gold_name}" if gold_name else "")}
    for key, value in values.items():
        line = f"{key}: {value}"
        head, n = re.subn(rf"(?m)^{key}\s*:.*$", line, head)
        if not n:
            head += "\n" + line
    card.write_text("---\n" + head + rest, encoding="utf-8")


def cmd_align_eval(a: argparse.Namespace) -> None:
    from . import alignment, attribution
    from .translator import Translator
    methods = [m.strip() for m in a.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in attribution.METHODS]
    if unknown or not methods:
        raise ValueError(f"unknown method {(unknown or [''])[0]!r}; choose from {', '.join(attribution.METHODS)}")
    if a.ig_steps < 1 or (a.threshold is not None and not 0 < a.threshold <= 1):
        raise ValueError("--ig-steps must be ≥ 1 and --threshold in (0, 1]")
    gold = alignment.read_gold(a.gold, a.links, swap=a.swap)[:a.limit or None]
    tr = Translator.from_checkpoint(a.checkpoint, device=a.device)
    tick = (lambda k, n: print(f"\r{k}/{n} sentences", end="", file=sys.stderr)) if sys.stderr.isatty() else None
    rows = evaluate(tr, gold, methods, a.ig_steps, a.threshold, tick)
    if tick:
        print(file=sys.stderr)
    best = best_display(rows)
    if a.update_card and best:
        where = Path(a.gold)
        update_card(Path(a.checkpoint).with_suffix(".md"), best, (where if where.is_dir() else where.parent).name)
    if a.json:
        print(json.dumps({"checkpoint": a.checkpoint, "gold": str(a.gold), "sentences": len(gold),
                          "ig_steps": a.ig_steps, "threshold": a.threshold, "best_display": best,
                          "results": rows}, indent=1))
    else:
        print(markdown_table(rows))
        if best:
            print(f"\nbest display attention: layer {best['layer']}, head {best['head']} "
                  f"(AER {100 * best['aer']:.1f})")


def add_align_eval_command(sub) -> None:
    """Register ``align-eval`` on the CLI's subparsers."""
    p = sub.add_parser("align-eval", help="AER / precision / recall of attention and attributions against "
                                          "gold word alignments (forced decoding of the gold target)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--gold", required=True, help="folder with one *.src-tgt + *.gold pair, or the *.src-tgt file")
    p.add_argument("--links", default=None, help="links file, if not the text file's name with .gold")
    p.add_argument("--swap", action="store_true", help="the model translates the right side into the left")
    p.add_argument("--methods", default=DEFAULT_METHODS, help=f"comma-separated, from {DEFAULT_METHODS}")
    p.add_argument("--ig-steps", type=int, default=8, help="integrated-gradients steps (Gauss-Legendre nodes)")
    p.add_argument("--threshold", type=float, default=None,
                   help="also link every source word with at least this share of a target word's row")
    p.add_argument("--limit", type=int, default=0, help="first N sentences only (0 = all)")
    p.add_argument("--update-card", action="store_true",
                   help="write the best display layer/head into the checkpoint's card (<checkpoint>.md)")
    p.add_argument("--device", default="cpu")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_align_eval)
