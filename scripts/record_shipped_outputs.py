"""Record what each shipped checkpoint translates, as ``checkpoints/<name>.expected.tsv``: for a few fixed
sentences, the hypotheses of beam 1 and beam 5 (ids, score, text). tests/integration/test_shipped_checkpoints.py
checks that the model still translates exactly so (a change to the model code, the loader or the search that
alters a translation fails there).

When a checkpoint is replaced (or one is added), record its table again, read the diff (the translations are
the last column) and commit the table with the checkpoint:

    python scripts/record_shipped_outputs.py checkpoints/en-fr-transformer.pt
    python scripts/record_shipped_outputs.py                    # every checkpoints/*.pt

An existing table keeps its sentences; a new one gets ``SOURCES``.
"""
from __future__ import annotations

import argparse
import sys
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SOURCES = ["I like cats.", "Where is the train station?", "A man in a blue shirt is riding a bicycle down the street."]
SETTINGS = ((1, 1), (5, 3))                 # (beam size, hypotheses kept)
COLUMNS = ("source", "beam", "rank", "score", "ids", "translation")
HEADER = "# recorded by: python scripts/record_shipped_outputs.py {path}  (do not edit by hand)"


def expected_path(checkpoint: Path) -> Path:
    return Path(checkpoint).with_suffix(".expected.tsv")


def read_expected(path: Path) -> list[dict]:
    """The table's rows: source, beam, rank, score, ids (list of int), translation."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("source\t"):
            continue
        source, beam, rank, score, ids, text = line.split("\t")
        rows.append({"source": source, "beam": int(beam), "rank": int(rank), "score": float(score),
                     "ids": [int(i) for i in ids.split()], "translation": text})
    return rows


def cases(rows: list[dict]) -> list[tuple[str, int, list[dict]]]:
    """(source, beam, its hypotheses in rank order) for each recorded translation."""
    return [(s, b, list(g)) for (s, b), g in groupby(rows, key=lambda r: (r["source"], r["beam"]))]


def record(checkpoint: Path, sources: list[str]) -> list[dict]:
    from s2s_core import Translator
    tr = Translator.from_checkpoint(checkpoint)
    rows = []
    for source in sources:
        for beam, n_best in SETTINGS:
            t = tr.translate(source, beam_size=beam, n_best=n_best)
            rows += [{"source": source, "beam": beam, "rank": i + 1, "score": round(float(h.score), 5),
                      "ids": list(h.ids), "translation": h.text} for i, h in enumerate(t.hypotheses)]
    return rows


def write_expected(path: Path, checkpoint: Path, rows: list[dict]) -> None:
    lines = [HEADER.format(path=Path(checkpoint).as_posix()), "\t".join(COLUMNS)]
    lines += ["\t".join([r["source"], str(r["beam"]), str(r["rank"]), f"{r['score']:.5f}",
                         " ".join(map(str, r["ids"])), r["translation"]]) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkpoints", nargs="*", type=Path, help="default: every checkpoints/*.pt")
    a = ap.parse_args(argv)
    for ckpt in a.checkpoints or sorted((ROOT / "checkpoints").glob("*.pt")):
        table = expected_path(ckpt)
        sources = list(dict.fromkeys(r["source"] for r in read_expected(table))) if table.exists() else SOURCES
        rows = record(ckpt, sources)
        write_expected(table, Path("checkpoints") / ckpt.name, rows)
        print(f"{table}: {len(rows)} hypotheses of {len(sources)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
