"""Write the training mix of the Multi30k fine-tune the en→fr card reports (session 42, not shipped): Multi30k's
en-fr captions (everyday words Tatoeba and the Hansards rarely hold) repeated, Tatoeba's training pairs, and a seeded
sample of the cleaned Hansards, shuffled. A caption whose English equals a sentence of a test or dev set is dropped.

    python scripts/multi30k_mix.py --data-dir $S2S_DATA_DIR --mix work/enfr-mix --repeat 3 --hansards 40000 \\
        --out work/m30/ft.tsv

``--mix`` is the folder ``python -m s2s_core data prepare-en-fr`` wrote (``tatoeba-train.tsv``,
``hansard-train.tsv``, ``dev.tsv``, ``test.tsv``).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from s2s_core.data import read_corpus  # noqa: E402


def normalised(sentence: str) -> str:
    return " ".join(sentence.lower().split())


def held_out(data_dir: Path, mix: Path) -> set[str]:
    """The normalised English of every test and dev set: the card's and those shipped (the smoke sets too)."""
    sets = [data_dir / "tatoeba-challenge" / "tatoeba-test-v2021-08-07.eng-fra",
            data_dir / "newstest" / "newstest2012.en-fr", data_dir / "newstest" / "newstest2013.en-fr",
            mix / "dev.tsv", mix / "test.tsv",
            *sorted(p for p in (ROOT / "checkpoints" / "testsets").glob("*.tsv") if not p.name.endswith("labels.tsv"))]
    out: set[str] = set()
    for path in sets:
        languages = ("eng", "fra") if "tsv" not in path.name else ("en", "fr")
        out |= {normalised(src) for src, _ in read_corpus(path, *languages)}
    return out


def mix_rows(data_dir: Path, mix: Path, repeat: int, hansards: int, seed: int) -> tuple[list[tuple[str, str]], int]:
    """The shuffled (english, french) rows and how many captions were dropped as held out."""
    skip = held_out(data_dir, mix)
    captions = [(src, refs[0]) for src, refs in read_corpus(data_dir / "multi30k" / "train", "en", "fr")]
    kept = [pair for pair in captions if normalised(pair[0]) not in skip]
    rng = random.Random(seed)
    hansard = [(src, refs[0]) for src, refs in read_corpus(mix / "hansard-train.tsv")]
    rows = kept * repeat + [(src, refs[0]) for src, refs in read_corpus(mix / "tatoeba-train.tsv")]
    rows += rng.sample(hansard, min(hansards, len(hansard)))
    rng.shuffle(rows)
    return rows, len(captions) - len(kept)


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
