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


def test_what_if_reads_the_end_as_end_and_presenter_mode_leaves_it_out(app):
    """uifollow29 (browser walk): What if…'s maps kept the end row and column in presenter mode, and its probability
    chart and table read "</s>" in either mode."""
    at = app.run()
    show_inspect(at, "What if…", "d c e a b")
    bars = [t for s in plotly_specs(at) if s["data"] and s["data"][0]["type"] == "bar"
            for t in s["layout"]["yaxis"]["ticktext"]]
    words = list(at.dataframe[0].value["A word"]) + list(at.dataframe[0].value["B word"])
    assert "(end)" in bars and "(end)" in words and not [w for w in bars + words if "/s" in w], (bars, words)
    at.sidebar.toggle[0].set_value(True).run()
    no_problems(at)
    bars = [t for s in plotly_specs(at) if s["data"] and s["data"][0]["type"] == "bar"
            for t in s["layout"]["yaxis"]["ticktext"]]
    labels = all_ticks(at) + bars + list(at.dataframe[0].value["A word"])
    assert len(plotly_specs(at)) >= 4 and not [t for t in labels if "/s" in t or "(end)" in t], labels


def test_the_beam_tree_reads_start_and_end_not_s_tags(app):
    """uifollow29 (browser walk): the beam tree's root read "<s>" and its finished boxes "</s>", in presenter mode
    too, and the line under it "Prefix: … </s>"; they read "(start)" and "(end)"."""
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    show_inspect(at, "Beam tree", "d c e a b")
    texts = [t for s in plotly_specs(at) for trace in s["data"] if trace.get("mode") == "markers+text"
             for t in trace["text"]]
    assert "(start)" in texts and "(end)" in texts and not [t for t in texts if "&lt;" in t or "<" in t], texts
    prefix = next(h for h in html_values(at) if "Prefix:" in h)
    assert "(end)" in prefix and "&lt;/s&gt;" not in prefix, prefix


def test_click_to_correct_offers_no_choice_it_cannot_spell(monkeypatch, tmp_path):
    """uifollow29 (browser walk): "m'envoyer" offered "m�… (1%)", one byte of a character the model spells in
    bytes: nothing a reader can read, so it is left out (its other choices stay)."""
    at = show_inspect(default_model_app(monkeypatch, tmp_path), "Click to correct",
                      "Can you send me the invoice by Friday?")
    at.button(key="fix_go").click().run()                 # the first choice kept: the picker moves on to
    no_problems(at)                                       # "m'envoyer", the next word with other choices
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_"))
    radio = next(r for r in at.radio if r.key and r.key.startswith("fix_alt_"))
    seen = radio.options
    assert "m'envoyer" in picker.options[picker.index] and any(o.startswith("m'en…") for o in seen), seen
    assert not [o for o in seen if "\ufffd" in o], seen


def test_presenter_mode_lists_hypotheses_without_scores(app):
    """uifollow29 (browser walk): the attribution tab's hypothesis picker read "(score -0.276)" in presenter mode."""
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    show_inspect(at, "Attention vs attribution", "d c e a b")
    hyp = next(s for s in at.selectbox if s.key and s.key.startswith("attr_hyp_"))
    assert len(hyp.options) > 1 and not [o for o in hyp.options if "score" in o], hyp.options
    at.sidebar.toggle[0].set_value(False).run()
    hyp = next(s for s in at.selectbox if s.key and s.key.startswith("attr_hyp_"))
    assert all("(score " in o for o in hyp.options), hyp.options
