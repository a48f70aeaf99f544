"""Inspect page: head grid, layer/head switch, beam tree, click-to-correct, model comparison."""
from __future__ import annotations

import numpy as np
import pytest

from s2s_core import trust
from s2s_core.pieces import reader_piece

from apphelpers import GRU, TF, heatmap_z, html_values, no_problems, open_inspect, plotly_specs, translate


def test_head_grid_and_layer_head_switch(app):
    at = open_inspect(app)                       # "Heads" is the first tab
    assert at.title[0].value == "Inspect"
    specs = plotly_specs(at)
    grid = specs[0]
    assert sum(t["type"] == "heatmap" for t in grid["data"]) == 4      # 2 layers × 2 heads
    assert at.selectbox(key="grid_layer").value == 0                     # default: penultimate of 2
    assert any(s.value == "Layer 1, head 1" for s in at.subheader)
    big = heatmap_z(specs[1])
    at.selectbox(key="grid_layer").set_value(1)
    at.selectbox(key="grid_head").set_value(1)
    at.run()
    no_problems(at)
    assert any(s.value == "Layer 2, head 2" for s in at.subheader)
    assert not np.allclose(heatmap_z(plotly_specs(at)[1]), big)
    assert "L2 H2 ◀" in [a["text"] for a in plotly_specs(at)[0]["layout"]["annotations"]]


def test_gru_has_a_single_attention_map(app):
    app.session_state["model"] = GRU
    at = open_inspect(app)
    assert any("no layers or heads" in i.value for i in at.info)
    assert len(plotly_specs(at)) == 1


def test_beam_tree_and_prefix_attention(app):
    at = open_inspect(app, "Beam tree")
    tree = plotly_specs(at)[0]
    assert {"active", "pruned", "finished"} <= {t.get("name") for t in tree["data"]}
    nodes = at.session_state["_tree_nodes"]
    pruned = next(n for n in nodes if n["status"] == "pruned" and n["step"] >= 1)
    at.selectbox(key="tree_node").set_value(pruned["id"]).run()
    no_problems(at)
    assert any("Prefix:" in h and "continued as" in h for h in html_values(at))
    shown = at.selectbox(key="tree_node").options + [h for h in html_values(at) if "Prefix:" in h]
    assert not any("▁" in o for o in shown)                  # prefixes read as text, not as "▁En v oyez"
    finished = next(n for n in nodes if n["status"] == "finished")
    at.selectbox(key="tree_node").set_value(finished["id"]).run()
    assert any("finished hypothesis" in h for h in html_values(at))
    assert heatmap_z(plotly_specs(at)[1]).shape[0] == len(finished["prefix"])
    at.selectbox(key="tree_node").set_value(pruned["id"]).run()
    prefix_map = heatmap_z(plotly_specs(at)[1])
    assert prefix_map.shape[0] == len(pruned["prefix"])
    # The selected node is ringed in the tree figure.
    assert any(t.get("name") == "selected" for t in plotly_specs(at)[0]["data"])
    # A new sentence's tree opens on its best hypothesis, not on the node picked in the last one.
    at.text_input(key="inspect_text").input("a b c").run()
    picked = next(n for n in at.session_state["_tree_nodes"] if n["id"] == at.selectbox(key="tree_node").value)
    assert picked["status"] == "finished" and any("finished hypothesis" in h for h in html_values(at))


def test_a_picked_tree_node_is_kept_in_view(app):
    """The tree scrolls sideways in its own box, which Streamlit draws anew at its left end on every rerun: a node
    clicked far right went out of view. A script follows the node the user picked (click, picker or link), not the
    one a new tree opens on (it is read from its left end)."""
    import json
    import re
    from s2s_core import viz

    def follows(at):
        script = next(h for h in html_values(at) if "s2s-follow" in h)
        return json.loads(re.search(r"span = (null|\[[^\]]*\])", script)[1])
    at = open_inspect(app, "Beam tree", "a b c d e f g")
    assert follows(at) is None                                    # opened on the best: no scroll
    nodes = at.session_state["_tree_nodes"]
    far = max(nodes, key=lambda n: n["step"])
    at.selectbox(key="tree_node").set_value(far["id"]).run()
    no_problems(at)
    assert follows(at) == pytest.approx(list(viz.tree_node_span(nodes, far["id"])))
    x0, x1 = follows(at)
    box = next(t for t in plotly_specs(at)[0]["data"] if t.get("name") == "selected")["x"]
    assert box[0] == pytest.approx(x0) and box[1] == pytest.approx(x1)     # the red frame the script looks for
    at.text_input(key="inspect_text").input("a b c").run()
    assert follows(at) is None                                    # a new tree: from its left end again


def nbest(at):
    """The n-best list under the corrected translation."""
    return next(r for r in at.radio if r.key.endswith("_nbest"))


def test_beam_tree_keeps_the_width_its_boxes_need_on_every_screen(app):
    """The tree's x is in pixels (each column as wide as its labels' boxes): the chart keeps that width on any
    screen and scrolls sideways in its own box, and the caption says so when the tree is wide."""
    import re
    from s2s_core import viz
    at = open_inspect(app, "Beam tree", "k l m n o p q r")
    css = next(h for h in html_values(at) if ".st-key-beam_tree " in h)
    px = int(re.search(r"min-width: (\d+)px", css).group(1))
    assert "@media" not in css and "overflow-x: auto" in css
    assert px == viz.tree_width_px(at.session_state["_tree_nodes"], 11)
    tree = plotly_specs(at)[0]
    assert tree["layout"]["xaxis"]["range"][1] <= px - viz.TREE_MARGIN_PX + 1
    from ui.inspect_views import MIN_SCREEN_PX
    said = any("A tree wider than the screen scrolls sideways" in c.value for c in at.caption)
    assert said == (px > MIN_SCREEN_PX) and px > MIN_SCREEN_PX


def test_click_to_correct_says_what_it_is_for_and_explains_the_strip_once(app):
    """The tab opened on a token strip and two pickers with nothing saying what they were for, the strip's long
    how-to-read caption came twice (above and under the list), and the list was headed "N-best"."""
    at = open_inspect(app, "Click to correct", "f g h i j k")
    captions = [c.value for c in at.caption]
    assert captions[0].startswith("Don't like a word? Pick where it is")
    assert len([c for c in captions if c.startswith("How sure the model was of each piece")]) == 1
    assert len([h for h in html_values(at) if 's2s-confidence' in h]) == 2        # both strips are still there
    assert [s.value for s in at.subheader] == ["Best translations"]
    at.button(key="fix_go").click().run()
    assert [s.value for s in at.subheader] == ["Best translations that keep your words"]
    assert not any(c.value.startswith("Don't like a word?") for c in at.caption)     # the success line says it


def test_click_to_correct_keeps_prefix_and_redecodes(app):
    at = open_inspect(app, "Click to correct")
    before = nbest(at).options[0]
    next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).set_value(1).run()
    radio = next(r for r in at.radio if r.key and r.key.startswith("fix_alt_"))
    choice = radio.options[radio.value].split("  (")[0].rstrip("…")     # the likeliest other piece ("c…")
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_"))
    assert not any("▁" in o for o in picker.options + radio.options)       # pieces read as text, not "▁Le"
    assert not any(o.endswith("(0%)") for o in radio.options)              # no choice the model gave ~0 %
    go = at.button(key="fix_go")
    assert go.label == "Use this word, translate the rest" and "forced decoding" in go.help   # the jargon in help
    go.click().run()
    no_problems(at)
    assert any(s.value.startswith("Kept your first 2 words, “") and s.value.endswith(
        "”, and the model translated the rest again.") for s in at.success), [s.value for s in at.success]
    prefix = at.session_state["fix_prefix"]
    assert len(prefix) == 2 and prefix[1].lstrip("▁") == choice
    assert nbest(at).options and plotly_specs(at)
    conf = next(h for h in html_values(at) if 's2s-confidence' in h)
    assert "position 2: " + reader_piece(prefix[1]) in conf   # the re-decoded hypothesis starts with the prefix
    assert next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).value >= 2   # after it
    at.button(key="fix_reset").click().run()
    no_problems(at)
    assert not at.success and nbest(at).options[0] == before


def test_a_correction_at_the_first_word_says_word_not_1_words(app):
    """Picking another first word said "Kept your first 1 tokens" (then "Kept your first token"; it counts words
    now, uifollow29, and names them)."""
    at = open_inspect(app, "Click to correct", text="e a d b c")
    next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).set_value(0).run()
    at.button(key="fix_go").click().run()
    no_problems(at)
    word = at.session_state["fix_prefix"][0].lstrip("▁")
    assert [s.value for s in at.success] == [f"Kept your first word, “{word}”, and the model translated the rest again."]


def test_click_to_correct_starts_at_the_first_unsure_word(app, monkeypatch):
    from s2s_core.translator import Translator
    real = Translator.translate

    def fake(self, text, **kw):                       # the 3rd and 5th tokens made unsure (words of their own)
        t = real(self, text, **kw)
        h = t.best
        for k in (2, 4):
            h.tokens[k] = "▁" + h.tokens[k].lstrip("▁")
            h.token_log_probs[k] = -3.0
        h.warnings = trust.assess(h, t.source_tokens)     # warned of, as Translate shows it
        return t
    monkeypatch.setattr(Translator, "translate", fake)
    at = open_inspect(app, "Click to correct", text="e d c b a f")
    position = lambda: next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).value  # noqa: E731
    assert position() == 2
    assert any("first word the model was unsure of" in c.value for c in at.caption)
    at.button(key="fix_go").click().run()             # the user's word at 3: the next unsure one comes next
    assert len(at.session_state["fix_prefix"]) == 3 and position() == 4
    assert any("first word after yours the model was unsure of" in c.value for c in at.caption)


def test_click_to_correct_calls_unsure_only_what_translate_warns_of(app, monkeypatch):
    """"Wait here and don't move." → "… ne bougez pas.": «bougez» is low in the model's eyes only because it
    preferred «bouge», so register.py drops the unsure-word warning and Translate shows none; Click to correct
    still started at «bougez», "the first word the model was unsure of". It now starts where Translate's warning
    would: here at the first word, saying so."""
    from s2s_core.translator import Translator
    real = Translator.translate

    def fake(self, text, **kw):                       # the 3rd token low, its warning dropped (register._put_first)
        t = real(self, text, **kw)
        h = t.best
        h.tokens[2] = "▁" + h.tokens[2].lstrip("▁")
        h.token_log_probs[:] = [-0.05] * len(h.tokens)
        h.token_log_probs[2] = -3.0
        assert trust.UNSURE_WORD in trust.assess(h, t.source_tokens)
        h.warnings = [f for f in trust.assess(h, t.source_tokens) if f != trust.UNSURE_WORD]
        return t
    monkeypatch.setattr(Translator, "translate", fake)
    at = open_inspect(app, "Click to correct", text="f e d c b a")
    no_problems(at)
    assert next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).value == 0
    assert not any("unsure of (under" in c.value for c in at.caption)
    assert any(c.value.startswith("No word here is marked unsure, so this starts at the first one")
               for c in at.caption)


def test_click_to_correct_in_presenter_mode_draws_its_strip_once(app):
    """Presenter mode shows no list of alternatives, so the strip over the position picker and the one under the
    best translation were the same strip twice, a few lines apart (and the dotted-line caption with each). One now,
    over the picker, with the strip's legend under it."""
    from ui.result import PRESENTER_STRIP_NOTE
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    at.run()
    at = open_inspect(at, "Click to correct", text="b e d a c")
    assert sum("s2s-confidence" in h for h in html_values(at)) == 1
    assert sum(c.value.startswith(PRESENTER_STRIP_NOTE) for c in at.caption) == 1
    assert at.session_state["presenter"] is True
    at.sidebar.toggle[0].set_value(False)
    at.run()                                          # off: the strip over the picker and the picked one's
    assert sum("s2s-confidence" in h for h in html_values(at)) == 2


def test_presenter_mode_hides_the_heads_tabs_colour_option_and_says_the_tree_in_plain_words(app):
    """Presenter mode hid "Stretch colours" on every tab but Heads, and the beam tree kept its five-line caption
    (beam size, "active", "pruned", cumulative log-probability). Heads now hides the option and the tree says in
    two lines what it shows; off presenter mode both are back."""
    from ui.inspect_views import TREE_NOTE, TREE_SHORT
    long_note = TREE_NOTE.split("{}")[1][:40]             # ": every candidate word piece the search …"
    at = app.run()
    at.sidebar.toggle[0].set_value(True)
    at.run()
    at = open_inspect(at, text="c e a b d")
    assert not [t for t in at.toggle if t.key == "grid_stretch"]
    at.session_state["inspect_tab"] = "Beam tree"
    at.run()
    no_problems(at)
    assert any(c.value.startswith(TREE_SHORT) for c in at.caption)
    assert not any(long_note in c.value for c in at.caption)
    at.sidebar.toggle[0].set_value(False)
    at.run()
    assert any(long_note in c.value for c in at.caption)
    at.session_state["inspect_tab"] = "Heads"
    at.run()
    assert [t for t in at.toggle if t.key == "grid_stretch"]


def test_click_to_correct_with_nothing_unsure_starts_where_the_model_had_another_choice(app, monkeypatch):
    """"Wait here and don't move.": nothing unsure, the tab opened at «At» (of «Attendez») with "The model saw no
    likely alternative at this position": a dead end first thing. It starts at the first position the model had
    another likely piece for, and says so."""
    from s2s_core.translator import Translator
    real = Translator.translate

    def fake(self, text, **kw):                       # sure of all; no other choice at the first two positions
        t = real(self, text, **kw)
        h = t.best
        h.token_log_probs[:] = [-0.01] * len(h.tokens)
        h.warnings = []
        for k in (0, 1):
            h.alternatives[k] = [(h.tokens[k], -0.01), ("x", -9.0)]
        h.alternatives[2] = [(h.tokens[2], -0.2), ("▁y" if h.tokens[2] != "▁y" else "▁z", -2.0)]
        return t
    monkeypatch.setattr(Translator, "translate", fake)
    at = open_inspect(app, "Click to correct", text="b d a e c")
    no_problems(at)
    assert next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_")).value == 2
    assert not at.info                                # no "no likely alternative" to start with
    assert any(c.value.startswith("No word here is marked unsure, so this starts at the first one the model had "
                                  "another likely choice for") for c in at.caption)


def _translated_in_parts(monkeypatch):
    """Translate as for a sentence joined from two parts (a ";" read again in halves, clauses.py): without a prefix
    or a tree, the best's pieces hold the first part's "</s>"; a forced prefix or a tree reads it whole, as the
    translator does."""
    from s2s_core.results import joined
    from s2s_core.translator import Translator
    real = Translator.translate
    seen = []

    def fake(self, text, **kw):
        seen.append(kw.get("prefix"))
        if kw.get("prefix") is not None or kw.get("return_tree"):
            return real(self, text, **kw)
        words = text.split()
        parts = [real(self, " ".join(words[:2]), **kw), real(self, " ".join(words[2:]), **kw)]
        return joined(text, parts, 1.0, ["Read whole, this sentence lost what follows its semicolon."])
    monkeypatch.setattr(Translator, "translate", fake)
    return seen


def test_click_to_correct_on_a_sentence_translated_in_parts_reads_it_whole(app, monkeypatch):
    """"I asked the bank…; they promised…" is translated in halves: the best's pieces held the first half's "</s>",
    and a word picked in the second half made a prefix with that "</s>" inside: the search ended there, "Kept your
    first 22 tokens" over "…de mon compte." with the user's word and the second half gone. The tab now reads the
    sentence whole (one search, as a correction needs) and says so."""
    from s2s_core.special import EOS_PIECE
    seen = _translated_in_parts(monkeypatch)
    at = open_inspect(app, "Click to correct", text="c a e b d")  # not cached
    assert any(c.value.startswith("Translate joined this sentence from parts") for c in at.caption)
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("fix_pos_"))
    picker.set_value(len(picker.options) - 2).run()
    at.button(key="fix_go").click().run()
    no_problems(at)
    prefix = at.session_state["fix_prefix"]
    assert EOS_PIECE not in prefix[:-1]                 # no part's end inside the user's beginning
    assert seen[-1] == prefix
    assert not any(c.value.startswith("Translate joined") for c in at.caption)     # corrected: one search, said
    at.button(key="fix_reset").click().run()
    assert any(c.value.startswith("Translate joined this sentence from parts") for c in at.caption)


def test_inspect_lists_and_exports_alternatives_only_where_it_shows_them(app, monkeypatch):
    """A sentence Translate joined from parts has one translation and a note that "alternatives are not shown for
    it". Compare models still listed "Alternatives, best first" under it (a list of one); Click to correct, which
    reads it whole, shows that search's list, now titled so, and exports that list (what is shown)."""
    _translated_in_parts(monkeypatch)
    at = open_inspect(app, "Compare models", text="e c a d b")  # not cached
    assert not [c for c in at.caption if c.value.startswith("Alternatives, best first")]
    assert not [m for m in at.markdown if m.value.startswith("1. ")]
    at.session_state["inspect_tab"] = "Click to correct"
    at.run()
    no_problems(at)
    assert [h.value for h in at.subheader] == ["Best translations, the sentence read whole"]
    listed = next(r for r in at.radio if r.key.endswith("_nbest"))
    assert len(listed.options) > 1 and [e for e in at.expander if e.label == "Export n-best list"]


def test_what_if_says_why_a_sentence_stands_as_the_model_read_it(app, monkeypatch):
    """What if… shows A and B as the model read and wrote them: a ";" sentence read in halves stood as "…my account.
    They promised…" / "…mon compte. Ils ont promis…", with nothing saying why (Translate and the other tabs show the
    note). Each side now carries its reading notes."""
    _translated_in_parts(monkeypatch)
    at = open_inspect(app, "What if…", text="a c e b d")  # not cached
    said = [c.value for c in at.caption if c.value.startswith("ℹ️ Read whole")]      # (Markdown-escaped)
    assert len(said) == 2                                      # under A and under B


def test_the_beam_tree_of_a_sentence_translated_in_parts_says_it_is_one_search(app, monkeypatch):
    """The tree is the sentence's search read whole; where Translate joined parts, its green line is not the
    translation Translate shows: said above it."""
    _translated_in_parts(monkeypatch)
    at = open_inspect(app, "Beam tree", text="d b e a c")  # not cached
    assert any(c.value.startswith("Translate joined this sentence from parts") and "the one this tree shows" in
               c.value for c in at.caption)


def test_compare_two_models_side_by_side(app):
    at = open_inspect(app, "Compare models")
    assert at.selectbox(key="cmp_a").value == TF and at.selectbox(key="cmp_b").value == GRU
    lists = [m.value for m in at.markdown if m.value.startswith("1. ")]      # each side's alternatives, whole
    assert len(lists) == 2 and not at.dataframe
    assert all(":gray[score " in m and "\n2. " in m for m in lists)
    assert len([s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]) == 2
    assert sum('class="s2s-best"' in h for h in html_values(at)) == 2
    assert any("Transformer" in c.value for c in at.caption) and any("GRU" in c.value for c in at.caption)


def test_compare_names_each_model_by_its_translation_and_labels_the_lists(app):
    """On a phone the two sides stack far below their pickers, and each began with a card line that named no
    model; the n-best help icon sat after the last alternative, as if about that one."""
    at = open_inspect(app, "Compare models", text="d c b a e")
    captions = [c.value for c in at.caption]
    assert any(c.startswith(f"**Model A:** `{TF}` · ") for c in captions)
    assert any(c.startswith(f"**Model B:** `{GRU}` · ") for c in captions)
    labels = [c for c in at.caption if c.value == "Alternatives, best first"]
    assert len(labels) == 2 and all(c.help for c in labels)
    assert not any(m.help for m in at.markdown if m.value.startswith("1. "))


def test_inspect_says_what_the_model_read_where_its_maps_show_that_reading(app):
    """Translate said «The model read: … in 32th place» above its map; Inspect's maps showed the same columns ("in",
    "32th", "place") with no word why. The note quotes the user's text, so it is escaped ("$5 … $6" is LaTeX)."""
    text = "u won $5 and $6 tmrw"
    for tab in ("Heads", "Beam tree", "Compare models"):
        at = open_inspect(app, tab, text=text)
        notes = [c.value for c in at.caption if c.value.startswith("ℹ️ The model read")]
        assert notes and all("\\$5" in n and "$5" not in n.replace("\\$5", "") for n in notes), (tab, notes)
        assert len(notes) == (2 if tab == "Compare models" else 1), (tab, notes)


def test_the_typed_sentence_survives_a_visit_to_another_page(app):
    at = open_inspect(app, text="e d c b a")
    at.switch_page("app_pages/translate.py").run()
    at.switch_page("app_pages/inspect.py").run()
    no_problems(at)
    assert at.text_input(key="inspect_text").value == "e d c b a"


def test_inspect_follows_the_text_translated_since_and_keeps_a_typed_one_until_then(app):
    at = translate(app.run(), "q r s. t u.")
    at.switch_page("app_pages/inspect.py").run()
    assert at.text_input(key="inspect_text").value == "q r s."            # the first sentence translated
    at.text_input(key="inspect_text").input("v w x").run()
    at.switch_page("app_pages/translate.py").run()
    at.switch_page("app_pages/inspect.py").run()
    assert at.text_input(key="inspect_text").value == "v w x"             # nothing translated since: kept
    at.switch_page("app_pages/translate.py").run()
    translate(at, "y z q")
    at.switch_page("app_pages/inspect.py").run()
    no_problems(at)
    assert at.text_input(key="inspect_text").value == "y z q"             # translated since: followed


def test_an_over_long_sentence_is_refused_as_on_translate(app):
    at = open_inspect(app, text="a " * 900)              # one sentence over the default 1,500-character cap
    assert not at.error and any("too long to translate at once" in w.value for w in at.warning)
    assert not plotly_specs(at)


def _grid_maps(at) -> list:
    grid = plotly_specs(at)[0]
    return [heatmap_z(grid, i) for i, t in enumerate(grid["data"]) if t["type"] == "heatmap"]


def test_heads_and_beam_tree_maps_are_on_whole_words_by_default_as_on_translate(app, ckpt_dir):
    """Translate drew attention over whole words by default; Inspect's head grid and the beam tree's prefix map
    drew the model's pieces with no way to merge them, so one sentence looked different on each page."""
    from test_app_translate import expected_translation

    from s2s_core.pieces import merge_attention
    text = "abc de fgh"
    want = expected_translation(ckpt_dir, TF, text)
    hyp, src = want.hypotheses[0], want.source_tokens
    words = merge_attention(hyp.heads, src, hyp.shown_tokens)[0]
    assert words.shape[-1] < len(src)                           # the text has words of several pieces
    at = open_inspect(app, text=text)
    assert at.toggle(key="grid_merge").value is True
    np.testing.assert_allclose(np.stack(_grid_maps(at)), words.reshape(len(words), 4, -1).transpose(1, 0, 2),
                               atol=1e-5)      # 2 layers × 2 heads, each on words
    np.testing.assert_allclose(heatmap_z(plotly_specs(at)[1]), words[:, 0, 0], atol=1e-5)     # the enlarged one
    at.toggle(key="grid_merge").set_value(False).run()
    no_problems(at)
    assert _grid_maps(at)[0].shape == (len(hyp.shown_tokens), len(src)) and at.query_params["merge"] == "0"
    at.session_state["inspect_tab"] = "Beam tree"
    at.run()
    assert at.toggle(key="tree_merge").value is True and "merge" not in at.query_params
    assert heatmap_z(plotly_specs(at)[1]).shape[1] == words.shape[-1]
    at.toggle(key="tree_merge").set_value(False).run()
    no_problems(at)
    assert heatmap_z(plotly_specs(at)[1]).shape[1] == len(src)
    assert sum("tree" in t.key for t in at.toggle) == 1 and not any("grid" in t.key for t in at.toggle)


def test_a_link_with_merge_off_opens_the_heads_grid_on_pieces(app):
    """A link written with the grid on pieces (``merge=0``, as Translate's) opens it on pieces, and keeps saying so."""
    app.query_params.update({"model": TF, "text": "ba dc fe", "inspect_tab": "Heads", "merge": "0"})
    at = app.switch_page("app_pages/inspect.py").run()
    no_problems(at)
    assert at.toggle(key="grid_merge").value is False and at.query_params["merge"] == "0"
    at.toggle(key="grid_merge").set_value(True).run()
    assert "merge" not in at.query_params                       # whole words: the default, a plain link


def test_compare_explains_whole_words_once_under_both_maps_and_titles_each(app):
    at = open_inspect(app, "Compare models", text="e c a d b")
    notes = [c.value for c in at.caption if "Whole words:" in c.value]
    assert len(notes) == 1 and notes[0].startswith("Both maps share one colour scale")
    maps = [s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]
    assert [s["layout"]["title"]["text"] for s in maps] == ["Model A", "Model B"]
    at.toggle(key="cmp_merge").set_value(False).run()
    assert not any("Whole words:" in c.value for c in at.caption)


def test_the_scroll_script_keeps_any_text_it_is_given_inside_it():
    """keep_in_view writes its key and chart id into a <script> as JSON, which leaves "</script>" as it is: an id
    made of text would have closed the script and run HTML of its own."""
    import json
    import re
    from ui import exports

    class Where:
        def html(self, body, **kw):
            self.body = body
    where = Where()
    evil = "</script><img src=x onerror=alert(1)>"
    exports.keep_in_view("beam_tree", evil, (1.0, 2.0), where=where)
    assert where.body.count("</script>") == 1 and "<img" not in where.body
    assert json.loads(re.search(r"chart = (\"[^\"]*\")", where.body)[1]) == evil      # the same text to the script


def test_an_inspect_link_whose_text_is_over_the_cap_says_so(app):
    """An Inspect link with a 5,000-character text opened on an unrelated sentence (the example), with nothing
    saying the link's text was not loaded: the notice showed only on Translate (QA s28)."""
    app.query_params.update({"text": "word " * 1000, "inspect_tab": "Heads"})
    at = app.switch_page("app_pages/inspect.py").run()
    no_problems(at)
    assert any("The link's text has 5,000 characters" in w.value and "not loaded" in w.value for w in at.warning)


def test_a_translate_link_whose_text_is_over_the_cap_still_says_so(app):
    app.query_params.update({"text": "word " * 1000})
    at = app.run()
    no_problems(at)
    assert any("The link's text has 5,000 characters" in w.value for w in at.warning)
    assert at.text_area(key="text_widget").value == ""
