"""ui30b (session 30): a stand-in the model wrote in its French form ("Mary" → "Marie") and a lone "▁", as the
Translate and Inspect pages show them on the default model."""
from __future__ import annotations

import json
import re

from apphelpers import html_values, no_problems, plotly_specs, show_inspect, translate
from test_app_translate import default_model_app

THREE = ("Emma bought 3 apples for 12 euros. Sophie gave her 250 grams of flour. They baked a cake on Friday.")
RAW = re.compile(r"▁|␣|@@|</s>|&lt;/s&gt;|<unk>|&lt;unk&gt;|\bMarie\b|\bMary\b")


def shown_labels(at) -> list[str]:
    """What the strips (boxes and hovers) and the maps (ticks and hovers) say, tags left out."""
    out = []
    for h in html_values(at):
        if "s2s-confidence" in h:
            out += [re.sub(r"<[^>]+>", " ", h)] + re.findall(r'title="([^"]*)"', h)
    for spec in plotly_specs(at):
        out += [json.dumps([spec["layout"].get(ax, {}).get("ticktext") for ax in ("xaxis", "yaxis")],
                           ensure_ascii=False)]
        out += [json.dumps(d.get("customdata"), ensure_ascii=False) for d in spec["data"] if d.get("type") == "heatmap"]
    return out


def test_ui30b_translate_names_what_was_typed_in_three_sentences_default_and_presenter(monkeypatch, tmp_path):
    """Sentence 2's "Sophie" (read "Mary", written "Marie") read "Marie" on the strip, its hover and the map, in both
    modes; the hover at "Emma" listed "Emma 0.527, Marie 0.395"."""
    at = default_model_app(monkeypatch, tmp_path)
    for presenter in (False, True):
        at.sidebar.toggle[0].set_value(presenter)
        translate(at, THREE)
        no_problems(at)
        labels = shown_labels(at)
        assert labels and not [x for x in labels if RAW.search(x)], [x for x in labels if RAW.search(x)]
        assert any("Sophie" in x for x in labels)


def test_ui30b_click_to_correct_offers_no_french_form_of_the_stand_in(monkeypatch, tmp_path):
    """"Emma" (read "Mary") offered "Marie… (39%)", a choice that changed nothing the user typed."""
    at = show_inspect(default_model_app(monkeypatch, tmp_path), "Click to correct", "Emma and Sophie are sisters.")
    next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).set_value(0).run()    # "1: Emma"
    no_problems(at)
    offered = [o for r in at.radio if r.key and r.key.startswith("fix_alt_") for o in r.options]
    assert not [o for o in offered if o.startswith(("Marie", "Mary", "Emma"))], offered
