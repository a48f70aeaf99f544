"""scripts/multi30k_mix.py: the Multi30k fine-tune's mix holds each caption ``repeat`` times, all Tatoeba pairs and
the Hansard sample asked for, and no caption whose English is a test or dev sentence (synthetic files)."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("multi30k_mix", ROOT / "scripts" / "multi30k_mix.py")
mix = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(mix)


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_mix_repeats_captions_and_drops_held_out_ones(tmp_path):
    data, prepared = tmp_path / "data", tmp_path / "mix"
    _write(data / "multi30k" / "train.en", ["A dog runs on the beach.", "Two girls  are PLAYING.", "A man sings."])
    _write(data / "multi30k" / "train.fr", ["Un chien court sur la plage.", "Deux filles jouent.", "Un homme chante."])
    for name in ("tatoeba-test-v2021-08-07.eng-fra",):
        _write(data / "tatoeba-challenge" / f"{name}.eng", ["two girls are playing."])
        _write(data / "tatoeba-challenge" / f"{name}.fra", ["Deux filles jouent."])
    for year in ("2012", "2013"):
        _write(data / "newstest" / f"newstest{year}.en-fr.eng", ["The market fell."])
        _write(data / "newstest" / f"newstest{year}.en-fr.fra", ["Le marché a chuté."])
    _write(prepared / "dev.tsv", ["A man sings.\tUn homme chante."])
    _write(prepared / "test.tsv", ["I am here.\tJe suis là."])
    _write(prepared / "tatoeba-train.tsv", ["Hello.\tBonjour.", "Thanks.\tMerci."])
    _write(prepared / "hansard-train.tsv", [f"Motion {n} carried.\tMotion {n} adoptée." for n in range(10)])

    rows, dropped = mix.mix_rows(data, prepared, repeat=3, hansards=4, seed=1)

    counts = Counter(en for en, _ in rows)
    assert dropped == 2                                  # one equals a Challenge line (case, spaces), one a dev line
    assert counts["A dog runs on the beach."] == 3 and "A man sings." not in counts
    assert counts["Hello."] == counts["Thanks."] == 1
    assert sum(en.startswith("Motion") for en, _ in rows) == 4
    assert len(rows) == 3 + 2 + 4
    assert ("A dog runs on the beach.", "Un chien court sur la plage.") in rows
    assert rows == mix.mix_rows(data, prepared, repeat=3, hansards=4, seed=1)[0]   # seeded: the same mix again
