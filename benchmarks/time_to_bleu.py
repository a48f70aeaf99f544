"""Time to quality: test BLEU of a run's snapshots against the training time it took to reach them.

    python benchmarks/time_to_bleu.py --metrics work/en-de/metrics.jsonl work/en-de/step-*.pt \\
        --test ../shared/data/multi30k/test_2016_flickr --src-lang en --tgt-lang de --lowercase-tok --target 41

Each snapshot ``step-N.pt`` (train with ``--keep-last K`` large enough, or copy the snapshots aside as they
appear) is decoded with beam 5; its training time is the ``elapsed_s`` the run logged at step N (training
time only: excludes start-up, includes the periodic dev validation). Prints one table and the first snapshot
at or above ``--target``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from s2s_core import Translator  # noqa: E402
from s2s_core.data import group_by_source, read_corpus  # noqa: E402
from s2s_core.evaluate import score  # noqa: E402


def elapsed_by_step(metrics: Path) -> dict[int, float]:
    """step → training seconds, from the run's train records (the latest record wins after a resume)."""
    out = {}
    for line in metrics.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("kind") == "train" and rec.get("elapsed_s") is not None:
            out[rec["step"]] = rec["elapsed_s"]
    return out


def snapshot_step(path: Path) -> int:
    m = re.fullmatch(r"step-(\d+)", path.stem)
    if not m:
        raise SystemExit(f"{path}: expected a snapshot named step-N.pt")
    return int(m.group(1))


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("snapshots", nargs="+", type=Path)
    p.add_argument("--metrics", type=Path, required=True, help="the run's metrics.jsonl")
    p.add_argument("--test", required=True)
    p.add_argument("--src-lang", default="en")
    p.add_argument("--tgt-lang", default="fr")
    p.add_argument("--lowercase-tok", action="store_true")
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--target", type=float, default=None, help="report the first snapshot reaching this BLEU")
    a = p.parse_args(argv)

    elapsed = elapsed_by_step(a.metrics)
    items = group_by_source(read_corpus(a.test, a.src_lang, a.tgt_lang))
    rows = []
    for path in sorted(a.snapshots, key=snapshot_step):
        step = snapshot_step(path)
        tr = Translator.from_checkpoint(path, device="cpu")
        hyps = []
        for i in range(0, len(items), 128):
            hyps += [t.best.text if t.best else "" for t in
                     tr.translate_batch([s for s, _ in items[i:i + 128]], beam_size=a.beam)]
        sc = score(hyps, [r for _, r in items], lowercase_tok=a.lowercase_tok, lang=a.tgt_lang)
        t = elapsed.get(step)
        rows.append((step, t, sc.bleu, sc.chrf))
        print(f"  step {step}: {sc.bleu:.2f} BLEU, {sc.chrf:.2f} chrF, "
              f"{'?' if t is None else f'{t / 60:.1f}'} min", file=sys.stderr, flush=True)

    variant = "lower-cased, Moses-tokenised" if a.lowercase_tok else "sacreBLEU, cased, detokenised"
    print(f"{a.test}, beam {a.beam}, BLEU {variant}\n")
    print("| step | training minutes | BLEU | chrF |")
    print("|---:|---:|---:|---:|")
    for step, t, bleu, chrf in rows:
        print(f"| {step} | {'?' if t is None else f'{t / 60:.1f}'} | {bleu:.2f} | {chrf:.2f} |")
    if a.target is not None:
        hit = next((r for r in rows if r[2] >= a.target), None)
        print()
        print(f"first snapshot ≥ {a.target:g} BLEU: " + (
            f"step {hit[0]}, {hit[1] / 60:.1f} training minutes" if hit and hit[1] is not None
            else f"step {hit[0]}" if hit else f"none (best {max(r[2] for r in rows):.2f})"))


if __name__ == "__main__":
    main()
