"""s2s_core.alignment (gold reading, word matrices, extraction, AER), the align-eval command and the
model-card field that picks the app's default attention."""
from __future__ import annotations

import json

import numpy as np
import pytest

from s2s_core import catalog
from s2s_core.__main__ import main
from s2s_core.align_eval import update_card, variants
from s2s_core.alignment import GoldSentence, Scores, extract, parse_links, read_gold, score, word_matrix


def test_parse_links_sure_possible_one_based():
    sure, possible = parse_links("1-1 2p3 10-2")
    assert sure == {(1, 1), (10, 2)} and possible == {(1, 1), (2, 3), (10, 2)}
    assert parse_links("") == (set(), set())
    for bad in ("0-1", "1:2", "a-b", "1-"):
        with pytest.raises(ValueError):
            parse_links(bad)


def test_aer_precision_recall_match_hand_computed_values():
    # sentence 1: S = {1-1, 2-2}, P = S + {2-3}; A = {1-1, 2-3, 3-3}
    #   |A∩S| = 1, |A∩P| = 2, |A| = 3, |S| = 2
    g1 = GoldSentence(["a", "b", "c"], ["x", "y", "z"], {(1, 1), (2, 2)}, {(1, 1), (2, 2), (2, 3)})
    a1 = {(1, 1), (2, 3), (3, 3)}
    s = score([a1], [g1])
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(1 / 2)
    assert s.aer == pytest.approx(1 - (1 + 2) / (3 + 2))                     # 0.4
    # sentence 2: an empty alignment against one sure link; sentence 3: nothing gold, nothing predicted
    g2 = GoldSentence(["a"], ["x"], {(1, 1)}, {(1, 1)})
    g3 = GoldSentence(["a"], ["x"], set(), set())
    s = score([a1, set(), set()], [g1, g2, g3])
    assert (s.predicted, s.sure, s.hit_sure, s.hit_possible) == (3, 3, 1, 2)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(1 / 3)
    assert s.aer == pytest.approx(1 - 3 / 6)                                   # 0.5
    # a perfect alignment; possible-only links never hurt precision and are not needed for recall
    assert score([{(1, 1), (2, 2)}], [g1]).aer == 0.0
    assert score([{(1, 1), (2, 2), (2, 3)}], [g1]).aer == 0.0
    # empty denominators count as perfect
    empty = score([set()], [g3])
    assert (empty.aer, empty.precision, empty.recall) == (0.0, 1.0, 1.0)
    assert Scores().add(set(), g2).aer == 1.0
    with pytest.raises(ValueError):
        score([a1], [g1, g2])


def write_gold(folder, lines, links):
    folder.mkdir(exist_ok=True)
    (folder / "xy.src-tgt").write_text("".join(f"{l}\n" for l in lines), encoding="utf-8")
    (folder / "xy.gold").write_text("".join(f"{l}\n" for l in links), encoding="utf-8")
    return folder


def test_read_gold_folder_file_swap_and_errors(tmp_path):
    d = write_gold(tmp_path / "g", ["a b c  ||| z y x ", "d ||| w"], ["1-3 2p2 3-1", ""])
    gold = read_gold(d)
    assert [g.source for g in gold] == [["a", "b", "c"], ["d"]] and gold[0].target == ["z", "y", "x"]
    assert gold[0].sure == {(1, 3), (3, 1)} and gold[0].possible == {(1, 3), (2, 2), (3, 1)}
    assert gold[1].sure == gold[1].possible == set()
    assert read_gold(d / "xy.src-tgt")[0].sure == gold[0].sure
    assert read_gold(d / "xy.src-tgt", d / "xy.gold")[0].sure == gold[0].sure
    swapped = read_gold(d, swap=True)[0]
    assert swapped.source == ["z", "y", "x"] and swapped.possible == {(3, 1), (2, 2), (1, 3)}
    with pytest.raises(ValueError, match="outside"):
        read_gold(write_gold(tmp_path / "bad1", ["a ||| x"], ["1-2"]))
    with pytest.raises(ValueError, match="lines"):
        read_gold(write_gold(tmp_path / "bad2", ["a ||| x", "b ||| y"], ["1-1"]))
    with pytest.raises(FileNotFoundError):
        read_gold(tmp_path / "nowhere.src-tgt")


def test_word_matrix_merges_pieces_and_drops_eos():
    src = ["▁ab", "c", "▁d", "</s>"]                 # words: abc, d
    tgt = ["▁x", "▁y", "z", "</s>"]                  # words: x, yz
    m = np.array([[0.1, 0.2, 0.3, 0.4],
                  [0.5, 0.1, 0.2, 0.2],
                  [0.1, 0.1, 0.6, 0.2],
                  [0.0, 0.0, 0.0, 1.0]])
    w = word_matrix(m, src, tgt, n_src=2, n_tgt=2)
    np.testing.assert_allclose(w, [[0.3, 0.3], [(0.6 + 0.2) / 2, (0.2 + 0.6) / 2]])
    with pytest.raises(ValueError, match="source"):
        word_matrix(m, src, tgt, n_src=3)


def test_extract_argmax_threshold_and_orientation():
    w = np.array([[0.1, 0.7, 0.2],                    # target word 1 → source word 2
                  [0.45, 0.1, 0.45]])                 # target word 2 → source word 1 (first max)
    assert extract(w) == {(2, 1), (1, 2)}
    assert extract(w, threshold=0.4) == {(2, 1), (1, 2), (3, 2)}
    assert extract(np.zeros((0, 3))) == set()


def test_variants_cover_layers_heads_mean_and_shift():
    vs = variants("transformer", 2, 3, ["attention", "grad_x_input"])
    names = {v.name for v in vs}
    assert len(vs) == 2 * 2 * (3 + 1) + 1
    assert {"attention L1", "attention L2H3", "attention L2H3 shift", "grad_x_input"} <= names
    assert [v.name for v in variants("gru", 1, 1, ["norm_attention"])] == ["norm_attention",
                                                                            "norm_attention shift"]


def test_align_eval_command_json_and_card(tiny_checkpoint, tmp_path, capsys):
    lines = ["a b c ||| c b a", "d e ||| e d", "f g h i ||| i h g f"]
    links = ["1-3 2-2 3-1", "1-2 2p1", "1-4 2-3 3-2 4-1"]
    gold_dir = write_gold(tmp_path / "gold", lines, links)
    ckpt = tmp_path / "m.pt"
    ckpt.write_bytes(tiny_checkpoint.read_bytes())
    (tmp_path / "m.md").write_text("---\ntitle: t\nalignment_layer: 9\n---\nbody\n", encoding="utf-8")
    rc = main(["align-eval", "--checkpoint", str(ckpt), "--gold", str(gold_dir), "--methods",
               "attention,grad_x_input", "--json", "--update-card"])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert out["sentences"] == 3 and len(out["results"]) == 2 * 2 * (2 + 1) + 1
    r = out["results"][0]
    assert {"variant", "aer", "precision", "recall", "links"} <= set(r) and 0 <= r["aer"] <= 1
    assert all(x["links"] == 9 for x in out["results"])                 # argmax: one link per target word
    assert [x["aer"] for x in out["results"]] == sorted(x["aer"] for x in out["results"])
    best = out["best_display"]
    card = catalog.read_card(tmp_path / "m.md")
    assert card["alignment_layer"] == str(best["layer"]) and card["alignment_head"] == str(best["head"])
    assert (tmp_path / "m.md").read_text(encoding="utf-8").count("alignment_layer") == 1
    assert catalog.alignment_choice(card, 2, 2) == (best["layer"] - 1,
                                                    None if best["head"] == "mean" else best["head"] - 1)
    assert main(["align-eval", "--checkpoint", str(ckpt), "--gold", str(gold_dir), "--methods", "nope"]) == 2
    assert "unknown method" in capsys.readouterr().err


def test_update_card_inserts_and_replaces(tmp_path):
    card = tmp_path / "c.md"
    card.write_text("---\ntitle: x\n---\n# x\n", encoding="utf-8")
    update_card(card, {"layer": 1, "head": "mean", "aer": 0.5})
    update_card(card, {"layer": 2, "head": 3, "aer": 0.25}, "gold-set")
    text = card.read_text(encoding="utf-8")
    assert text.count("alignment_layer") == 1 and "alignment_head: 3" in text
    assert "alignment_aer: 25.0 % on gold-set" in text
    assert text.endswith("---\n# x\n")
    card.write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(ValueError):
        update_card(card, {"layer": 1, "head": 1, "aer": 0.1})


@pytest.mark.parametrize("fields, expected", [
    ({"alignment_layer": "1", "alignment_head": "mean"}, (0, None)),
    ({"alignment_layer": "2", "alignment_head": "3"}, (1, 2)),
    ({"alignment_layer": "2"}, (1, None)),
    ({"alignment_layer": "3", "alignment_head": "1"}, None),          # the model has 2 layers
    ({"alignment_layer": "1", "alignment_head": "5"}, None),          # … and 4 heads
    ({"alignment_layer": "0"}, None), ({"alignment_layer": "two"}, None), ({"alignment_layer": "²"}, None),
    ({"alignment_head": "1"}, None), ({}, None),
])
def test_alignment_choice_from_card(fields, expected):
    assert catalog.alignment_choice(fields, 2, 4) == expected
