"""A name the model reads through a stand-in ("Thomas" read as "Tom", verbatim.py) is shown as typed wherever Inspect
names the translation's pieces: Click to correct's choices, the beam tree and the n-best JSON (QA s28)."""
from __future__ import annotations

import json

from apphelpers import download, html_values, no_problems, record_downloads, show_inspect
from test_app_translate import default_model_app

SENTENCE = "Where is Thomas?"


def open_tab(monkeypatch, tmp_path, tab: str):
    return show_inspect(default_model_app(monkeypatch, tmp_path), tab, SENTENCE)


def test_click_to_correct_offers_the_typed_name_not_its_stand_in(monkeypatch, tmp_path):
    """Position 2 ("est") had offered "Tom (1%)" where the user typed "Thomas"."""
    at = open_tab(monkeypatch, tmp_path, "Click to correct")
    offered = []
    box = next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_"))
    for pos in range(len(box.options)):
        next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).set_value(pos).run()
        offered += [o for r in at.radio if r.key and r.key.startswith("fix_alt_") for o in r.options]
    assert offered and not [o for o in offered if o.startswith(("Tom ", "Tom…"))], offered
    assert any(o.startswith(("Thomas ", "Thomas…")) for o in offered), offered     # "…": a word begun (ui30)
    strips = [h for h in html_values(at) if "s2s-confidence" in h]
    assert strips and not [h for h in strips if "Tom 0." in h] and "Thomas 0." in strips[0]      # the hover's list


def test_beam_tree_and_nbest_json_name_thomas(monkeypatch, tmp_path):
    files = record_downloads(monkeypatch)
    at = open_tab(monkeypatch, tmp_path, "Beam tree")
    nodes = at.session_state["_tree_nodes"]
    assert not [n for n in nodes if "▁Tom" in n["prefix"]]
    assert any("▁Thomas" in n["prefix"] for n in nodes)
    assert any("Prefix:" in h and "Thomas" in h and "Tom " not in h for h in html_values(at))
    at.session_state["inspect_tab"] = "Click to correct"
    at.run()
    best = json.loads(download(at, "n-best (JSON)", files))["hypotheses"][0]
    assert "▁Thomas" in best["tokens"] and "▁Tom" not in best["tokens"], best
    assert "▁Tom" in best["model_tokens"]


def test_a_word_the_user_picked_is_not_called_unsure(monkeypatch, tmp_path):
    """After a correction the strip dashed the user's own pick and the warning named it unsure (QA s28, cc1-after):
    the model's doubt about a word it was made to write says nothing of its translation."""
    at = open_tab(monkeypatch, tmp_path, "Click to correct")
    next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).set_value(1).run()
    pick = next(r for r in at.radio if r.key and r.key.startswith("fix_alt_"))
    word = pick.options[pick.value].split("  (")[0].rstrip("…")     # the likeliest other word: "se…" at 2 %
    at.button(key="fix_go").click().run()
    no_problems(at)
    assert at.session_state["fix_prefix"][-1].lstrip("▁") == word
    strip = next(h for h in html_values(at) if "s2s-confidence" in h)
    chip = strip[strip.index(f">{word}<") - 400:strip.index(f">{word}<")]
    assert "dashed" not in chip.rsplit("<span", 1)[-1], chip
    assert not [w.value for w in at.warning if f"«{word}»" in w.value or f"\u00ab{word}\u00bb" in w.value]
