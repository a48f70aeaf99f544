"""The held-out everyday set's meaning errors and how many the app's warnings flag, from one reader's labels.

    OMP_NUM_THREADS=1 python benchmarks/held_out_errors.py [--checkpoint checkpoints/en-fr-transformer.pt]

``checkpoints/testsets/everyday2-labels.tsv`` labels each output of ``everyday2-en-fr.tsv`` (written in session 38
by a reader who saw no output, no phrase table and no note; never tuned on) as OK, ERROR (a meaning error) or UNSURE,
with the French it was labelled on. BLEU cannot say how many outputs a French reader would reject; this can, as long
as the outputs are those labelled: an output that differs is listed apart, to be read and its label updated (the
count is then of the labelled lines only). The warnings' figures are the product's promise to flag what not to
trust: errors flagged (recall) and OK outputs flagged (false alarms). Translated as the app does (beam 5, best only).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Sequence

import torch

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "checkpoints" / "testsets"


def read_labels(path: Path) -> dict[int, tuple[str, str, str]]:
    """line number → (label, the French labelled, the reason)."""
    with path.open(encoding="utf-8", newline="") as f:
        return {int(r["line"]): (r["label"], r["french"], r["reason"])
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def tally(labels: dict[int, tuple[str, str, str]], outputs: dict[int, tuple[str, tuple[str, ...]]]
          ) -> dict[str, int]:
    """Counts over the lines whose output is the one labelled: errors, OK, unsure, each flagged or not and by which
    warning ("ERROR rare_word": the errors that warning flagged); and the lines whose output changed (to be read
    again). ``outputs``: line number → (the French, the codes of its warnings)."""
    counts = dict.fromkeys(("ERROR", "OK", "UNSURE", "ERROR flagged", "OK flagged", "UNSURE flagged", "changed"), 0)
    for n, (label, french, _) in labels.items():
        text, codes = outputs[n]
        if text != french:
            counts["changed"] += 1
            continue
        counts[label] += 1
        counts[f"{label} flagged"] += bool(codes)
        for code in codes:
            counts[f"{label} {code}"] = counts.get(f"{label} {code}", 0) + 1
    return counts


def by_warning(counts: dict[str, int], codes: Sequence[str]) -> str:
    """A table of what each warning flagged, errors against OK lines: which check earns its place, which cries
    wolf."""
    rows = [f"| {code} | {counts.get(f'ERROR {code}', 0)} | {counts.get(f'OK {code}', 0)} |" for code in codes
            if counts.get(f"ERROR {code}", 0) or counts.get(f"OK {code}", 0)]
    return "\n".join(["| warning | errors flagged | OK flagged |", "|---|---|---|", *rows])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", default=str(ROOT / "checkpoints" / "en-fr-transformer.pt"))
    p.add_argument("--test", default=str(TESTS / "everyday2-en-fr.tsv"))
    p.add_argument("--labels", default=str(TESTS / "everyday2-labels.tsv"))
    args = p.parse_args()
    torch.set_num_threads(1)
    sys.path.insert(0, str(ROOT))
    from s2s_core.translator import Translator
    from s2s_core.trust import FLAGS
    from tqdm import tqdm

    labels = read_labels(Path(args.labels))
    sources = [line.split("\t")[0] for line in Path(args.test).read_text(encoding="utf-8").splitlines() if line]
    tr = Translator.from_checkpoint(args.checkpoint)
    outputs = {}
    for n, source in enumerate(tqdm(sources, desc="translating", unit="line"), 1):
        best = tr.translate(source, beam_size=5, n_best=1, return_heads=False).hypotheses[0]
        outputs[n] = (best.text, tuple(flag.code for flag in best.warnings))
    c = tally(labels, outputs)
    read = c["ERROR"] + c["OK"] + c["UNSURE"]
    print(f"| outputs as labelled | meaning errors | flagged errors | flagged OK (false alarms) | unsure | changed |\n"
          f"|---|---|---|---|---|---|\n"
          f"| {read} of {len(sources)} | {c['ERROR']} ({100 * c['ERROR'] / max(read, 1):.1f} %) | "
          f"{c['ERROR flagged']} of {c['ERROR']} | {c['OK flagged']} of {c['OK']} | {c['UNSURE']} | {c['changed']} |")
    print("\n" + by_warning(c, [flag.code for flag in FLAGS]))
    for n, (label, french, reason) in labels.items():
        if outputs[n][0] != french:
            print(f"\nline {n} changed (labelled {label}{': ' + reason if reason else ''}):\n"
                  f"  was «{french}»\n  now «{outputs[n][0]}»")


if __name__ == "__main__":
    main()
