"""Write the training mix of the Multi30k fine-tune the en→fr card reports (session 42, not shipped): Multi30k's
en-fr captions (everyday words Tatoeba and the Hansards rarely hold) repeated, Tatoeba's training pairs, and a seeded
sample of the cleaned Hansards, shuffled (``corpora.mix``). A caption with a side equal to a sentence of a test or
dev set is dropped (``corpora.drop_overlap``).

    python scripts/multi30k_mix.py --data-dir $S2S_DATA_DIR --mix work/enfr-mix --repeat 3 --hansards 40000 \\
        --out work/m30/ft.tsv

``--mix`` is the folder ``python -m s2s_core data prepare-en-fr`` wrote (``tatoeba-train.tsv``,
``hansard-train.tsv``, ``dev.tsv``, ``test.tsv``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from s2s_core.corpora import TEST_SETS, drop_overlap, mix, read_test_set  # noqa: E402
from s2s_core.data import read_corpus  # noqa: E402


def held_out(data_dir: Path, prepared: Path) -> list[str]:
    """Both sides of every test and dev set: ``corpora.TEST_SETS``, the prepared dev and test, and those shipped
    (the smoke sets too)."""
    shipped = sorted(p for p in (ROOT / "checkpoints" / "testsets").glob("*.tsv")
                     if not p.name.endswith("labels.tsv"))
    items = [item for name in TEST_SETS for item in read_test_set(name, data_dir)]
    items += [item for path in (prepared / "dev.tsv", prepared / "test.tsv", *shipped) for item in read_corpus(path)]
    return [s for src, refs in items for s in (src, *refs)]


def mix_rows(data_dir: Path, prepared: Path, repeat: int, hansards: int, seed: int
             ) -> tuple[list[tuple[str, str]], int]:
    """The shuffled (english, french) rows (``corpora.mix``: the Hansards a seeded sample of ``hansards`` pairs) and
    how many captions were dropped as held out."""
    captions = [(src, refs[0]) for src, refs in read_corpus(data_dir / "multi30k" / "train", "en", "fr")]
    kept, dropped = drop_overlap(captions, held_out(data_dir, prepared))
    tatoeba = [(src, refs[0]) for src, refs in read_corpus(prepared / "tatoeba-train.tsv")]
    hansard = [(src, refs[0]) for src, refs in read_corpus(prepared / "hansard-train.tsv")]
    share = min(hansards, len(hansard)) / max(len(hansard), 1)
    return mix([(kept, repeat), (tatoeba, 1), (hansard, share)], seed), dropped


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, required=True)
    ap.add_argument("--mix", type=Path, required=True, help="the folder data prepare-en-fr wrote")
    ap.add_argument("--repeat", type=int, default=3, help="times each caption pair is in the mix")
    ap.add_argument("--hansards", type=int, default=40000, help="Hansard pairs sampled")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rows, dropped = mix_rows(args.data_dir, args.mix, args.repeat, args.hansards, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(f"{en}\t{fr}\n" for en, fr in rows), encoding="utf-8")
    print(f"{len(rows)} pairs written to {args.out} ({dropped} held-out captions dropped)")


if __name__ == "__main__":
    main()
