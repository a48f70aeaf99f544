"""QA s28's leftovers: the end-of-sentence token read "</s>" in the strip and the map, with no word of what it is, in
presenter mode too; Click to correct's picker listed pieces ("3: …oyez") where the presenter strip shows words."""
from __future__ import annotations

from apphelpers import html_values, no_problems, plotly_specs, show_inspect, translate
from test_app_translate import default_model_app

SENTENCE = "Send them the invoice."          # "Envoyez-leur la facture.": one word of six pieces


def ticks(at) -> list[str]:
    spec = next(s for s in plotly_specs(at) if s["data"] and s["data"][0]["type"] == "heatmap")
    return spec["layout"]["xaxis"]["ticktext"] + spec["layout"]["yaxis"]["ticktext"]


def strip(at) -> str:
    return next(h for h in html_values(at) if "s2s-confidence" in h)


def test_presenter_mode_shows_no_end_of_sentence_token(app):
    """Presenter mode: words only, in the strip and on both axes of the map."""
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    translate(at, "d c e a b")
    no_problems(at)
    assert ticks(at) and not [t for t in ticks(at) if "/s" in t or "end" in t], ticks(at)
    assert "&lt;/s&gt;" not in strip(at) and "(end)" not in strip(at)
    assert not any("(end)" in c.value for c in at.caption)        # nothing left to explain


def test_default_mode_labels_the_end_of_sentence_token_and_says_what_it_is(app):
    """Off presenter mode the end stays (the model writes it, and parks attention there), read "(end)", and the
    captions and the chip's hover say what it is."""
    at = translate(app.run(), "d b e a c")
    no_problems(at)
    labels = ticks(at)
    assert "(end)" in labels and not [t for t in labels if "/s" in t], labels
    chip = strip(at).rsplit('class="s2s-tok"', 1)[-1]
    assert ">(end)</span>" in chip and "(end of sentence: where the model chose to stop)" in chip
    captions = " ".join(c.value for c in at.caption)
    assert "“(end)” marks where it ended the sentence" in captions
    assert "“(end)”: the end of the sentence" in captions


def test_click_to_correct_lists_words_and_what_each_choice_makes_of_the_word(monkeypatch, tmp_path):
    """The picker listed pieces: "1: En", "2: …v", "3: …oyez" … "11: </s>"; now the words as the presenter strip
    shows them, and a choice inside a word reads as the word it starts ("Envoyez-les…", the model's likelier
    pronoun at the word's fifth piece)."""
    at = show_inspect(default_model_app(monkeypatch, tmp_path), "Click to correct", SENTENCE)
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_"))
    assert picker.options == ["1: Envoyez-leur", "2: la", "3: facture.", "4: (end)"], picker.options
    assert picker.value == 0
    radio = next(r for r in at.radio if r.key and r.key.startswith("fix_alt_"))
    assert radio.options[0].startswith("Envoyez-les…") and any(o.startswith("Envo…") for o in radio.options)
    at.button(key="fix_go").click().run()
    no_problems(at)
    assert at.session_state["fix_prefix"][-1] == "les"      # forced at that piece: "▁En v oyez - les"
    assert at.session_state["fix_prefix"][:4] == ["▁En", "v", "oyez", "-"]


def all_ticks(at) -> list[str]:
    """Every tick label of every heatmap figure on the page, and the words in its cells' hovers (the Heads grid's
    small maps have no ticks: their words are in each cell's customdata)."""
    specs = [s for s in plotly_specs(at) if s["data"] and s["data"][0]["type"] == "heatmap"]
    ticks = [t for s in specs for k, axis in s["layout"].items() if k.startswith(("xaxis", "yaxis"))
             for t in axis.get("ticktext", [])]
    return ticks + [w for s in specs for trace in s["data"] if trace["type"] == "heatmap"
                    for row in trace.get("customdata") or [] for cell in row for w in cell]


def test_presenter_mode_leaves_the_end_out_of_the_attribution_maps_and_the_heads_grid(app):
    """uifollow29: ui29 hid the end row and column from Translate's map; the Attention vs attribution maps and the
    Heads tab's grid of small maps still showed "(end)" in presenter mode."""
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    for tab in ("Attention vs attribution", "Heads"):
        show_inspect(at, tab, "d c e a b")
        labels = all_ticks(at)
        assert len(plotly_specs(at)) >= 2, tab                    # the maps (or the grid and its big map) drawn
        assert labels and not [t for t in labels if "/s" in t or "(end)" in t], (tab, labels)
        assert not any("</s>" in c.value or "(end)" in c.value for c in at.caption), tab
    at.sidebar.toggle[0].set_value(False).run()              # the technical view keeps the end, labelled
    assert "(end)" in all_ticks(at)


def test_default_mode_hover_names_the_end_among_the_alternatives(app):
    """uifollow29: a default-mode strip's hover listed "</s> 0.012" among a piece's alternatives."""
    import re
    at = translate(app.run(), "d b e a c")
    no_problems(at)
    alts = re.findall(r"alternatives: ([^\"]*)", strip(at))
    assert alts and not [a for a in alts if "/s" in a], alts
    assert any("(end)" in a for a in alts), alts


def test_a_correction_says_what_it_kept_in_words(monkeypatch, tmp_path):
    """uifollow29: after a correction the line said "Kept your first 5 tokens" (pieces: "▁En v oyez - les"); it
    names what was kept, in words."""
    at = show_inspect(default_model_app(monkeypatch, tmp_path), "Click to correct", SENTENCE)
    at.button(key="fix_go").click().run()
    no_problems(at)
    line = at.success[0].value
    assert "token" not in line and "Envoyez\\-les" in line, line
    assert line.startswith("Kept the beginning of your first word, “Envoyez\\-les…”") or \
        line.startswith("Kept your first word, “Envoyez\\-les”"), line
