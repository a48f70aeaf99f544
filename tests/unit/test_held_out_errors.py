"""The held-out count (benchmarks/held_out_errors.py) counts only outputs as labelled, and the warnings on them."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("held_out_errors", ROOT / "benchmarks" / "held_out_errors.py")
held_out = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(held_out)


def test_a_changed_output_is_set_apart_and_the_others_are_counted_with_their_warnings(tmp_path):
    labels = tmp_path / "labels.tsv"
    labels.write_text("line\tlabel\tfrench\treason\n"
                      "1\tOK\tBonjour.\t\n"
                      "2\tERROR\tJe suis «une poire».\tpear for pair\n"
                      "3\tERROR\tIl pleut des chats.\tidiom\n"
                      "4\tUNSURE\tPeut-être.\t\n", encoding="utf-8")
    read = held_out.read_labels(labels)
    assert read[2] == ("ERROR", "Je suis «une poire».", "pear for pair")        # quotes kept as written
    outputs = {1: ("Bonjour.", ("rare_word",)), 2: ("Je suis «une poire».", ("rare_word", "not_french")),
               3: ("Il pleut à verse.", ()), 4: ("Peut-être.", ())}
    counts = held_out.tally(read, outputs)
    assert counts["changed"] == 1 and counts["ERROR"] == 1 and counts["ERROR flagged"] == 1     # line 3 set apart
    assert counts["OK"] == 1 and counts["OK flagged"] == 1 and counts["UNSURE"] == 1
    table = held_out.by_warning(counts, ["missing_word", "not_french", "rare_word"])
    assert "| rare_word | 1 | 1 |" in table and "| not_french | 1 | 0 |" in table
    assert "missing_word" not in table                                          # a warning that never fired


def test_the_shipped_labels_cover_every_held_out_line_once():
    labels = held_out.read_labels(ROOT / "checkpoints" / "testsets" / "everyday2-labels.tsv")
    lines = (ROOT / "checkpoints" / "testsets" / "everyday2-en-fr.tsv").read_text(encoding="utf-8").splitlines()
    assert sorted(labels) == list(range(1, len(lines) + 1))
    assert {label for label, _, _ in labels.values()} <= {"OK", "ERROR", "UNSURE"}
