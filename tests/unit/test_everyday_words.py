"""The everyday-words count (benchmarks/everyday_words.py): an item is right where its regex is in the French,
counted per sweep; and the shipped table is well-formed."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("everyday_words", ROOT / "benchmarks" / "everyday_words.py")
everyday_words = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(everyday_words)
TABLE = ROOT / "checkpoints" / "testsets" / "everyday-words-en-fr.tsv"


def test_an_item_counts_where_its_regex_is_found_case_insensitive_with_accents_as_written(tmp_path):
    table = tmp_path / "words.tsv"
    table.write_text("english\titem\tfrench\tsweep\n"
                     "The doctor checked my liver.\tliver\t\\bfoie\\b\tone\n"
                     "She was knackered.\tknackered\t(?:épuisé|crevé)e?s?\tone\n"
                     "The market sells spices.\tspices\tépices\ttwo\n"
                     "Strawberry jam, please.\tjam\tconfiture\ttwo\n", encoding="utf-8")
    rows = everyday_words.read_table(table)
    assert rows[1]["french"] == "(?:épuisé|crevé)e?s?" and rows[2]["sweep"] == "two"       # read as written
    outputs = ["Le médecin a vérifié mon Foie.",        # right: case does not matter
               "Elle était fatiguée.",                  # a form the regex does not accept: a miss
               "Le marché vend des epices.",            # accent lost: a miss
               "De la confiture de fraises, s'il vous plaît."]
    counts = everyday_words.tally(rows, outputs)
    assert counts == {"one": [2, 1], "two": [2, 1], "all": [4, 2]}
    shown = everyday_words.table(counts)
    assert "| one | 2 | 1 | 50.0 % |" in shown and shown.splitlines()[-1] == "| **all** | 4 | 2 | 50.0 % |"


def test_the_shipped_table_is_well_formed():
    rows = everyday_words.read_table(TABLE)
    assert len(rows) >= 400
    for row in rows:
        assert set(row) == {"english", "item", "french", "sweep"} and all(row.values()), row
        re.compile(row["french"])                                   # every regex compiles
        assert not re.search(row["french"], "", re.IGNORECASE), row  # and needs some French to match
    english = [row["english"] for row in rows]
    assert len(set(english)) == len(english)                        # no duplicate English line
