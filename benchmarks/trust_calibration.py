"""Calibrate the trust warnings (s2s_core/trust.py), the repetition guard (s2s_core/search/repetition.py) and the
target length limit (s2s_core/limits.py) on a checkpoint and real test sets. Prints markdown tables.

    python benchmarks/trust_calibration.py --checkpoint checkpoints/en-fr-transformer.pt \
        --test /tmp/tat/dev.tsv --test $S2S_DATA_DIR/newstest/newstest2013.en-fr --src-lang eng --tgt-lang fra

``--test`` corpora are read with ``s2s_core.data.read_corpus`` (a TSV, or a prefix of line-aligned files
PREFIX.{src-lang,tgt-lang}; a TSV always uses its own two columns). Nothing is written to disk; corpus text
is never printed, only counts.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sacrebleu.metrics import CHRF  # noqa: E402

from s2s_core import Translator, trust  # noqa: E402
from s2s_core.data import read_corpus  # noqa: E402
from s2s_core.limits import target_limit  # noqa: E402

THRESHOLDS = (-0.5, -0.6, -0.65, -0.7, -0.75, -0.8, -0.9, -1.0, -1.2)
WORD_THRESHOLDS = (-1.0, -1.5, -2.0, -2.5, -3.0)     # the least probable word (trust.word_log_probs)


def references(tr, name, pairs):
    """How often references repeat a span in a row (what the guard and the flag must never hit) and how
    often they exceed length limits."""
    copies = {}
    over = {"2n+10": 0, "min(2n+10, 1.5n+20)": 0, "1.3n+10": 0}
    n_refs = flagged = 0
    for src, refs in pairs:
        n_src = len(tr.tokenizer.encode(src)) + 1
        for ref in refs:
            ids = tr.tokenizer.encode(ref)
            n_refs += 1
            flagged += trust.repeats_itself(ids)
            most = {"piece": trust.most_copies(ids, 1),
                    "word": word_run(ids, tr.guard.word_pieces),
                    "span": max(trust.most_copies(ids, n) for n in range(2, trust.MAX_SPAN + 1)),
                    "phrase": max(trust.most_copies(ids, n) for n in range(tr.guard.phrase_span, trust.MAX_SPAN + 1))}
            for span, c in most.items():
                for k in range(2, c + 1):
                    copies[(span, k)] = copies.get((span, k), 0) + 1
            T = len(ids) + 1
            over["2n+10"] += T > 2 * n_src + 10
            over["min(2n+10, 1.5n+20)"] += T > target_limit(n_src)
            over["1.3n+10"] += T > 1.3 * n_src + 10
    print(f"\n### References of {name} ({n_refs:,})\n")
    print("| repeated in a row | 2 copies | 3 copies | 4 copies | 5 copies |\n|---|---:|---:|---:|---:|")
    for span, label in (("piece", "one piece"), ("word", "one piece with a letter (the guard's word rule)"),
                        ("span", "a span of 2–12 pieces"),
                        ("phrase", f"a span of {tr.guard.phrase_span}–12 pieces (the guard's phrase rule)")):
        print(f"| {label} | " + " | ".join(str(copies.get((span, k), 0)) for k in (2, 3, 4, 5)) + " |")
    print(f"\nreferences the repetition warning fires on: {flagged}")
    print("references longer than the target limit: " + ", ".join(f"{k}: {v}" for k, v in over.items()))


def word_run(ids, word_pieces) -> int:
    """Most copies in a row of any one piece that holds a letter (1 when none repeats)."""
    best = run = 1
    for prev, cur in zip(ids, ids[1:]):
        run = run + 1 if cur == prev and bool(word_pieces[cur]) else 1
        best = max(best, run)
    return best


def hypotheses(tr, name, pairs, beam):
    """Mean token log-prob and least probable word of each best hypothesis against its sentence chrF;
    flag rates."""
    chrf = CHRF()
    trs = tr.translate_batch([s for s, _ in pairs], beam_size=beam)
    rows = []
    for t, (_, refs) in zip(trs, pairs):
        if t.best is None:
            continue
        h = t.best
        mean = h.log_prob / len(h.tokens)
        least = min((lp for _, _, lp in trust.word_log_probs(h.tokens, h.token_log_probs)), default=0.0)
        rows.append((mean, chrf.sentence_score(h.text, refs).score, [f.code for f in h.warnings], least))
    print(f"\n### Best hypotheses of {name} ({len(rows):,}, beam {beam})\n")
    for label, col, thresholds in (("mean token log-prob", 0, THRESHOLDS),
                                   ("least probable word's log-prob", 3, WORD_THRESHOLDS)):
        print(f"| {label} below | share flagged | mean chrF flagged | mean chrF not flagged |")
        print("|---:|---:|---:|---:|")
        for th in thresholds:
            low = [r[1] for r in rows if r[col] < th]
            high = [r[1] for r in rows if r[col] >= th]
            mean = lambda xs: f"{statistics.mean(xs):.1f}" if xs else "–"
            print(f"| {th} | {len(low) / len(rows):.1%} | {mean(low)} | {mean(high)} |")
        print()
    counts = {f.code: sum(f.code in r[2] for r in rows) for f in trust.FLAGS}
    print("flags (current thresholds): " + ", ".join(f"{k} {v} ({v / len(rows):.1%})" for k, v in counts.items()))


def unreadable_inputs(seed=0, n=40):
    """Synthetic text the model cannot read: emoji, other scripts, random letters and symbols."""
    rng = random.Random(seed)
    ranges = {"emoji": (0x1F600, 0x1F64F), "Cyrillic": (0x0430, 0x044F), "CJK": (0x4E00, 0x9FFF),
              "Arabic": (0x0627, 0x064A), "Devanagari": (0x0915, 0x0939)}
    out = {}
    for name, (lo, hi) in ranges.items():
        out[name] = [" ".join("".join(chr(rng.randint(lo, hi)) for _ in range(rng.randint(1, 8)))
                              for _ in range(rng.randint(1, 6))) for _ in range(n)]
    letters = "abcdefghijklmnopqrstuvwxyz"
    out["random letters"] = [" ".join("".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))
                                      for _ in range(rng.randint(1, 6))) for _ in range(n)]
    symbols = letters + letters.upper() + "0123456789#@%&*"
    out["random symbols"] = ["".join(rng.choice(symbols) for _ in range(rng.randint(6, 40))) for _ in range(n)]
    return out


def garbage(tr, beam, n):
    print(f"\n### Synthetic unreadable inputs (beam {beam}): share with each flag\n")
    print("| input | n | " + " | ".join(f.code for f in trust.FLAGS) + " | any |")
    print("|---|---:|" + "---:|" * (len(trust.FLAGS) + 1))
    for name, texts in unreadable_inputs(n=n).items():
        trs = [t for t in tr.translate_batch(texts, beam_size=beam) if t.best]
        if not trs:                   # emoji alone: answered "Nothing to translate" (no letter or digit)
            print(f"| {name} | 0 of {len(texts)} translated (no letter or digit: nothing to translate) |"
                  + " – |" * (len(trust.FLAGS) + 1))
            continue
        share = lambda ok: f"{sum(map(ok, trs)) / len(trs):.0%}"
        cols = [share(lambda t, f=f: f in t.best.warnings) for f in trust.FLAGS]
        print(f"| {name} | {len(trs)} | " + " | ".join(cols) + f" | {share(lambda t: bool(t.best.warnings))} |")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--checkpoint", default="checkpoints/en-fr-transformer.pt")
    p.add_argument("--test", action="append", default=[], help="corpus (TSV or line-aligned prefix); repeatable")
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--max-sents", type=int, default=500, help="hypotheses from the first N sources of each test")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--references-only", action="store_true", help="only the reference tables (no decoding)")
    p.add_argument("--synthetic", type=int, default=40, help="synthetic unreadable inputs of each kind (0: none)")
    a = p.parse_args(argv)
    tr = Translator.from_checkpoint(a.checkpoint)
    for path in a.test:
        pairs = read_corpus(path, a.src_lang, a.tgt_lang)
        references(tr, path, pairs)
        if not a.references_only:
            hypotheses(tr, path, pairs[:a.max_sents], a.beam)
    if not a.references_only and a.synthetic > 0:
        garbage(tr, a.beam, a.synthetic)


if __name__ == "__main__":
    main()
