"""A name the model reads through a stand-in ("Thomas" read as "Tom", verbatim.py) is shown as typed wherever Inspect
names the translation's pieces: Click to correct's choices, the beam tree and the n-best JSON (QA s28)."""
from __future__ import annotations

import json

from apphelpers import download, html_values, no_problems, record_downloads
from test_app_translate import default_model_app

SENTENCE = "Where is Thomas?"


def open_tab(monkeypatch, tmp_path, tab: str):
    at = default_model_app(monkeypatch, tmp_path)
    at.switch_page("app_pages/inspect.py").run()
    at.text_input(key="inspect_text").input(SENTENCE).run()
    at.session_state["inspect_tab"] = tab
    at.run()
    no_problems(at)
    return at


def test_click_to_correct_offers_the_typed_name_not_its_stand_in(monkeypatch, tmp_path):
    """Position 2 ("est") had offered "Tom (1%)" where the user typed "Thomas"."""
    at = open_tab(monkeypatch, tmp_path, "Click to correct")
    offered = []
    box = next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_"))
    for pos in range(len(box.options)):
        next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).set_value(pos).run()
        offered += [o for r in at.radio if r.key and r.key.startswith("fix_alt_") for o in r.options]
    assert offered and not [o for o in offered if o.startswith("Tom ")], offered
    assert any(o.startswith("Thomas ") for o in offered), offered


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
