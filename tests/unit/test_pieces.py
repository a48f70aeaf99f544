"""s2s_core.pieces: merged words read as the text they spell, byte-fallback pieces included."""
import numpy as np

from s2s_core.pieces import decode_bytes, group_label, merge_attention


def test_byte_fallback_pieces_read_as_their_characters_once_merged():
    src = ["▁s", "<0xC5>", "<0x93>", "ur", "▁<0x3C>", "b", "<0x3E>", "</s>"]      # "sœur <b>"
    _, words, _ = merge_attention(np.full((1, len(src)), 1 / len(src)), src, ["▁x"])
    assert words == ["sœur", "<b>", "</s>"]
    assert group_label(["▁caf", "<0xC3>"], [0, 1]) == "caf\N{REPLACEMENT CHARACTER}"   # a cut character
    assert decode_bytes("<0x41> and 0x41 and <0x3C>0x41<0x3E>") == "A and 0x41 and <0x41>"  # one pass


def test_a_piece_reads_as_its_text_and_says_whether_it_starts_a_word():
    from s2s_core.pieces import piece_label
    assert [piece_label(p) for p in ("▁Le", "ur", "▁", "<0xC5>", "▁<0x3C>", "</s>", ".", "?!", "-", "'s")] == \
        ["Le", "…ur", "(another word)", "…<0xC5>", "<", "</s>", ".", "?!", "-", "…'s"]    # a lone byte of "œ" stays raw


def test_piece_labels_show_a_character_spelled_in_bytes_once():
    from s2s_core.pieces import piece_labels
    cjk = ["▁I", "▁ate", "▁", "<0xE5>", "<0xAF>", "<0xBF>", "▁in", "</s>"]
    assert piece_labels(cjk) == ["I", "ate", "寿", "·", "·", "·", "in", "</s>"]
    assert piece_labels(["▁s", "<0xC5>", "<0x93>", "ur"]) == ["s", "…œ", "·", "…ur"]
    assert piece_labels(["▁x", "<0xC5>"]) == ["x", "…<0xC5>"]                 # a cut byte stays raw


def test_a_tree_nodes_byte_piece_shows_the_character_it_completes():
    """Beam-tree nodes read "…<0xC5>", "…<0x93>": the node that completes "œ" now shows it, the one before "·"."""
    from s2s_core.pieces import last_label
    assert [last_label(p) for p in (["▁s", "<0xC5>"], ["▁s", "<0xC5>", "<0x93>"], ["▁Le", "ur"], ["."])] == \
        ["·", "…œ", "…ur", "."]
    assert [last_label(["▁", "<0xE2>", "<0x80>"][:n]) for n in (2, 3)] == ["·", "·"]
    assert last_label(["▁", "<0xE2>", "<0x80>", "<0x99>"]) == "’"                   # a word of its own


def test_merge_attention_merges_every_layer_and_head_at_once_as_each_map_alone():
    """Inspect's head grid merges [T, L, H, S] in one call; each small map must equal Translate's merge of it."""
    src, tgt = ["▁col", "d", "▁is", "</s>"], ["▁il", "▁fait", "▁fro", "id", "</s>"]
    heads = np.random.default_rng(0).dirichlet(np.ones(len(src)), size=(len(tgt), 2, 3))
    words, src_w, tgt_w = merge_attention(heads, src, tgt)
    assert words.shape == (4, 2, 3, 3) and src_w == ["cold", "is", "</s>"] and tgt_w == ["il", "fait", "froid", "</s>"]
    for layer in range(2):
        for head in range(3):
            np.testing.assert_allclose(words[:, layer, head], merge_attention(heads[:, layer, head], src, tgt)[0])
    np.testing.assert_allclose(words.sum(-1), 1.0)              # rows still sum to 1
    np.testing.assert_allclose(words[2, 1, 0, 0], heads[2:4, 1, 0, :2].sum(-1).mean())


def test_the_end_of_sentence_token_reads_end_and_presenter_maps_leave_it_out():
    """QA s28: "</s>" stood in the strip and the map with no word of what it is."""
    from s2s_core.pieces import reader_label, without_end
    assert [reader_label(x) for x in ("</s>", "chat", "<unk>")] == ["(end)", "chat", "<unk>"]
    attn = np.arange(12, dtype=float).reshape(3, 4)
    m, src, tgt = without_end(attn, ["a", "</s>", "b", "</s>"], ["x", "y", "</s>"])
    assert src == ["a", "b"] and tgt == ["x", "y"] and m.tolist() == [[0, 2], [4, 6]]


def test_a_choice_inside_a_word_reads_as_the_word_it_starts():
    """Click to correct: "les" at the fifth piece of "Envoyez-leur" is "Envoyez-les…", not "…les"."""
    from s2s_core.pieces import choice_label
    word = ["▁En", "v", "oyez", "-", "le", "ur", "▁la"]
    assert choice_label(word, 0, 4, "les") == "Envoyez-les…"
    assert choice_label(word, 0, 0, "▁Les") == "Les…"             # ui30: the word it begins
    assert choice_label(word, 6, 6, "</s>") == "(end)"
    assert choice_label(word, 0, 2, "</s>") == "Env (end)"


def test_a_name_whose_stand_in_the_model_wrote_in_pieces_reads_as_the_name_once_merged():
    """"Emma and Sophie are sisters.": "Sophie" stood in as "Jane" ("▁J", "an", "e", labelled "▁Sophie", "·", "·");
    the presenter strip, the word map and Click to correct's word list had read it "Sophie··"."""
    shown = ["▁Emma", "▁et", "▁Sophie", "·", "·", "▁sont", "</s>"]
    _, _, words = merge_attention(np.full((len(shown), 1), 1.0), ["▁x"], shown)
    assert words == ["Emma", "et", "Sophie", "sont", "</s>"]
    assert group_label(["▁Sophie", "·", "·", ","], [0, 1, 2, 3]) == "Sophie,"
    assert group_label(["·"], [0]) == "·"                                  # a piece of its own stays


def test_click_to_correct_labels_read_as_words_where_a_choice_ends_a_word_early_or_glues_a_sign():
    """uifollow29: "Envoyez-le-…" (a hyphen, then "…"), "facture !…" (a new word then "…" as if it went on),
    "?" beside "?" (the same sign, one glued) and "␣" (a lone "▁") read oddly or said nothing."""
    from s2s_core.pieces import choice_label
    word = ["▁En", "v", "oyez", "-", "le", "ur", "▁la", "▁fact", "ure", ".", "▁proche", "▁?", "</s>"]
    assert choice_label(word, 0, 5, "-") == "“-” after Envoyez-le"
    assert choice_label(word, 7, 9, "▁!") == "facture !"
    assert choice_label(word, 0, 5, "▁la") == "Envoyez-le la"
    assert choice_label(word, 11, 11, "?") == "“?” after proche"        # ui30c: was "proche?"
    assert choice_label(word, 10, 10, "▁") == "(another word)"
    assert choice_label(word, 0, 4, "les") == "Envoyez-les…"           # inside a word, as before


def test_presenter_maps_leave_the_end_out_of_every_layer_and_head_at_once():
    """The Heads tab's grid draws [T, L, H, S] at once: its end row and column go too."""
    from s2s_core.pieces import without_end
    heads = np.arange(3 * 2 * 2 * 4, dtype=float).reshape(3, 2, 2, 4)
    m, src, tgt = without_end(heads, ["a", "b", "c", "</s>"], ["x", "y", "</s>"])
    assert m.shape == (2, 2, 2, 3) and src == ["a", "b", "c"] and tgt == ["x", "y"]
    assert m[1, 1, 0].tolist() == heads[1, 1, 0, :3].tolist()


def test_the_beam_tree_and_its_prefix_line_read_end_not_the_tag():
    """uifollow29: the tree's finished boxes and "Prefix: … </s>" showed the raw end-of-sentence token."""
    from s2s_core.pieces import last_label, reader_text
    assert last_label(["▁Où", "▁est", "</s>"]) == "(end)" and last_label(["▁Où", "▁est"]) == "est"
    assert reader_text(["▁Où", "▁est", "</s>"]) == "Où est (end)" and reader_text(["▁Où", "▁est"]) == "Où est"


def test_click_to_correct_offers_no_choice_inside_a_stand_ins_name():
    """review29: "Jane" stood in for "Sophie" ("▁J", "an", "e" shown "▁Sophie", "·", "·"); the model's other piece at
    "an" read "Sophiean…", and picking it would have undone the name typed."""
    from s2s_core.pieces import word_choice
    shown = ["▁Emma", "▁et", "▁Sophie", "·", "·", ",", "▁sont", "</s>"]
    assert word_choice(shown, 2, 3, "ean") is None and word_choice(shown, 2, 4, "es") is None
    assert word_choice(shown, 2, 2, "▁Marie") == "Marie…"                # the name itself may still change
    assert word_choice(shown, 2, 5, "▁et") == "Sophie et"                # after the name: no "Sophie··"
    assert word_choice(shown, 2, 5, "-") == "“-” after Sophie"
    assert word_choice(["▁m", "<0xC3>"], 0, 1, "<0xC3>") is None         # one byte of a character, as before


def test_hovers_tree_boxes_and_node_picker_read_as_words_not_pieces():
    """uifollow29: the strip's hover read "position 1: ▁En", the tree's "prefix: ▁Où ▁est", a lone "▁" box "␣";
    presenter mode's node picker said "log-prob -1.59"."""
    import math
    from s2s_core import viz
    strip = viz.confidence_html(["▁En", "v", "▁", "</s>"], [-0.1, -0.2, -0.3, -0.01],
                                [[("▁Le", -1.0)], [], [("▁", -2.0)], []])
    assert "position 1: En " in strip and "alternatives: Le " in strip and "▁" not in strip
    assert "position 2: …v" in strip and "(another word) 0.135" in strip and "position 3: (another word)" in strip
    assert viz.last_label(["▁Où", "▁"]) == "(another word)"
    node = dict(prefix=["▁Où", "▁est"], step=1, status="active", log_prob=math.log(0.2))
    assert viz.node_pick_label(node) == "position 2: Où est — active, log-prob -1.61"
    assert viz.node_pick_label(node, words=True) == "step 2: Où est — kept, confidence 20%"
    fig = viz.tree_figure([dict(node, id=0, parent=-1, token="▁Où", y=0.0, step=0, prefix=["▁Où"]),
                           dict(node, id=1, parent=0, token="▁", y=0.0, prefix=["▁Où", "▁"])])
    hover = [c for t in fig.data if t.customdata is not None for c in t.customdata]
    assert [c[3] for c in hover] == ["Où", "(another word)"] and hover[1][1] == "Où"
    assert "(another word)" in [t for tr in fig.data if tr.text is not None for t in tr.text]


def test_what_if_bar_labels_sit_in_a_margin_not_beyond_the_bars():
    """uifollow29: the bar text "48% → 75%" sat outside each bar and was cut at the chart's right edge (a long green
    bar) or ran over the words on the left (a long red one); they are a right-hand axis's labels now."""
    from types import SimpleNamespace
    from s2s_core.counterfactual_viz import probability_chart
    changes = [SimpleNamespace(p_a=0.48, p_b=0.75, delta=0.27), SimpleNamespace(p_a=0.88, p_b=0.78, delta=-0.1)]
    fig = probability_chart(SimpleNamespace(changes=changes, row_labels=lambda: ["▁chat", "▁fatigué"]), 12)
    assert list(fig.layout.yaxis2.ticktext) == ["48% → 75%", "88% → 78%"] and fig.layout.yaxis2.side == "right"
    assert fig.layout.yaxis2.automargin and not [t for t in fig.data if t.text is not None]


def test_ui30_a_choice_at_a_words_start_reads_as_the_word_it_begins():
    """ui30: Click to correct offered "J (36%)" at the start of "Sophie" (a bare piece, read as a letter) beside
    "Envoyez-les…" inside a word; a word's first piece reads as the word begun, "J…"; signs, "(another word)" and
    "(end)" stay as they are."""
    from s2s_core.pieces import choice_label, word_choice
    shown = ["▁Emma", "▁et", "▁Sophie", "·", "·", "▁sont", "</s>"]
    assert word_choice(shown, 2, 2, "▁J") == "J…" and word_choice(shown, 0, 0, "▁Em") == "Em…"
    assert choice_label(shown, 5, 5, "▁!") == "!" and choice_label(shown, 5, 5, "▁") == "(another word)"
    assert choice_label(shown, 5, 5, "</s>") == "(end)" and choice_label(shown, 5, 5, "?") == "“?” after Sophie"


def test_ui30_beam_tree_nodes_after_a_stand_in_written_in_pieces_show_the_name_once():
    """ui30: "Sophie" stood in as "Jane" ("▁J", "an", "e"); the tree's boxes read "Sophie", "…an", "…e" and its
    prefixes "Emma et Sophieane sont"; now "Sophie", "·", "·" and "Emma et Sophie sont". A "▁J" that goes on
    otherwise ("J'ai", "Janes") is no stand-in."""
    from s2s_core import viz
    from s2s_core.pieces import stand_in_prefix
    from s2s_core.results import Hypothesis
    from s2s_core.search.hyps import TreeNode
    toks = ["▁Emma", "▁et", "▁J", "an", "e", "▁sont", "</s>"]
    hyp = Hypothesis("", toks, list(range(7)), 0.0, 0.0, [0.0] * 7, None,
                     labels=["▁Emma", "▁et", "▁Sophie", "·", "·", "▁sont", "</s>"])
    tree = [TreeNode(i, i - 1, i, -0.1 * i, i, "active") for i in range(7)]
    nodes = viz.tree_nodes(tree, lambda ids: [toks[i] for i in ids], hyp.shown_prefix)
    assert [viz.last_label(n["prefix"]) for n in nodes] == ["Emma", "et", "Sophie", "·", "·", "sont", "(end)"]
    assert viz.reader_text(nodes[5]["prefix"]) == "Emma et Sophie sont" and nodes[5]["pieces"] == toks[:6]
    assert viz.best_path_ids([dict(n, status="finished") for n in nodes], toks) == list(range(7))
    assert stand_in_prefix(["▁J", "an"], toks, hyp.labels) == ["▁Sophie", "·"]
    assert stand_in_prefix(["▁J", "'", "ai"], toks, hyp.labels) == ["▁J", "'", "ai"]
    assert stand_in_prefix(["▁J", "an", "e", "s"], toks, hyp.labels) == ["▁J", "an", "e", "s"]


def test_ui30_the_strip_box_of_a_lone_word_start_reads_as_its_hover():
    """ui30: default mode's token strip showed "␣" for a lone "▁" while its hover said "(another word)"."""
    import re
    from s2s_core import viz
    html = viz.confidence_html(["▁dit", "▁", "«", "</s>"], [-0.1] * 4)
    assert re.findall(r'class="s2s-tok"[^>]*>([^<]*)</span>', html) == ["dit", "(another word)", "«", "(end)"]
    assert "position 2: (another word)" in html and "␣" not in html


# -- ui30b: a lone "▁" named one way in every view ------------------------------------------------------------------
def test_ui30b_every_view_names_a_lone_word_start_as_the_strip_does():
    """ui30b: the strip's box and hover read "(another word)" for a lone "▁", but the attention map's ticks read "␣"
    (pieces) or "▁" (whole words, Translate and Inspect), and presenter mode's word strip "▁"."""
    import re
    from s2s_core import viz
    src, tgt = ["▁he", "▁said", "</s>"], ["▁dit", "▁", "▁x", "</s>"]        # "▁" before a word: a word of its own
    attn = np.full((4, 3), 1 / 3)
    pieces_map = viz.attention_heatmap(attn, viz.piece_labels(src), viz.piece_labels(tgt))
    assert list(pieces_map.layout.yaxis.ticktext) == ["dit", "(another word)", "x", "(end)"]
    words_map = viz.attention_heatmap(*viz.merge_attention(attn, src, tgt))
    assert list(words_map.layout.yaxis.ticktext) == ["dit", "(another word)", "x", "(end)"]
    presenter = viz.attention_heatmap(*viz.without_end(*viz.merge_attention(attn, src, tgt)))
    assert list(presenter.layout.yaxis.ticktext) == ["dit", "(another word)", "x"]
    words = viz.confidence_html(tgt, [-0.1] * 4, words=True)
    assert re.findall(r'class="s2s-tok"[^>]*>([^<]*)</span>', words) == ["dit", "(another word)", "x"]
    assert "▁" not in words and "␣" not in words


# -- ui30b: a stand-in the model wrote in its French form ("Mary" → "Marie") ---------------------------------------
def test_ui30b_a_stand_ins_french_form_reads_as_the_name_typed_and_is_no_choice():
    """ui30b: "Emma" read as "Mary": Click to correct offered "Marie… (39%)" at "Emma" (a choice that changes
    nothing typed), the hover listed "Emma 0.527, Marie 0.395", and the tree read "Marie et…". Where the model wrote
    "Marie" (a second sentence, or after picking it) the text read "Sophie" but no piece was labelled: the strip and
    the map said "Marie", the later "Jane" (for another name) said "Jane"."""
    from s2s_core import verbatim
    from s2s_core.pieces import word_choice
    from s2s_core.results import Hypothesis
    stand_ins = [verbatim.StandIn("Mary", "Emma"), verbatim.StandIn("Jane", "Sophie")]
    written = ["▁Marie", "▁et", "▁J", "an", "e", "▁sont", "</s>"]
    labels = verbatim.labelled_target(written, stand_ins)
    assert labels == ["▁Emma", "▁et", "▁Sophie", "·", "·", "▁sont", "</s>"]
    assert verbatim.labelled_target(["▁Marie", "tte", "</s>"], stand_ins[:1]) == ["▁Marie", "tte", "</s>"]
    toks = ["▁Mary", "▁et", "▁J", "an", "e", "▁sont", "</s>"]
    alts = [[("▁Mary", -0.64), ("▁Marie", -0.94), ("▁Elle", -6.9)]] + [[]] * 6
    hyp = Hypothesis("", toks, list(range(7)), 0.0, 0.0, [0.0] * 7, None, alternatives=alts,
                     labels=verbatim.labelled_target(toks, stand_ins))
    assert hyp.shown_piece("▁Marie") == "▁Emma"
    assert hyp.shown_alternatives[0] == [("▁Emma", -0.64), ("▁Elle", -6.9)]
    assert hyp.shown_prefix(["▁Marie", "▁et", "▁J"]) == ["▁Emma", "▁et", "▁Sophie"]
    assert hyp.shown_prefix(["▁Marie", "tte"]) == ["▁Marie", "tte"]
    assert word_choice(hyp.shown_tokens, 0, 0, hyp.shown_piece("▁Elle")) == "Elle…"


def test_ui30b_click_to_correct_offers_no_other_form_of_a_stand_in():
    """ui30b: the picker's choices at "Emma" (read "Mary") had held "Marie… (39%)"."""
    from s2s_core.results import Hypothesis
    from ui.inspect_views import _choices
    toks = ["▁Mary", "▁est", "</s>"]
    alts = [[("▁Mary", -0.64), ("▁Marie", -0.94), ("▁Elle", -3.0)], [], []]
    hyp = Hypothesis("", toks, [0, 1, 2], 0.0, 0.0, [0.0] * 3, None, alternatives=alts,
                     labels=["▁Emma", "▁est", "</s>"])
    assert [a for a, _ in _choices(hyp, 0)] == ["▁Elle"]


def test_ui30b_a_hovers_alternatives_name_each_word_once():
    """ui30b: at a phone number (read "Tom") the hover listed "Sophie 0.003, Sophie 0.002": "Mary" and "Marie", both
    "Sophie" (read "Mary") in that sentence; Click to correct would have offered "Sophie…" twice."""
    from s2s_core.results import Hypothesis
    from ui.inspect_views import _choices
    toks = ["▁Appelez", "▁Mary", "▁à", "▁Tom", "</s>"]
    alts = [[]] * 3 + [[("▁Tom", -0.14), ("▁Mary", -3.0), ("▁Marie", -3.5), ("▁demain", -4.0)], []]
    hyp = Hypothesis("", toks, list(range(5)), 0.0, 0.0, [0.0] * 5, None, alternatives=alts,
                     labels=["▁Appelez", "▁Sophie", "▁à", "▁+33 6 12 34 56 78", "</s>"])
    assert hyp.shown_alternatives[3] == [("▁+33 6 12 34 56 78", -0.14), ("▁Sophie", -3.0), ("▁demain", -4.0)]
    assert [a for a, _ in _choices(hyp, 3)] == ["▁Mary", "▁demain"]


# -- qa30: no raw byte piece in a strip box's hover -----------------------------------------------------------------
def test_qa30_a_hovers_alternatives_name_no_raw_byte_piece():
    """qa30 (browser, "Emma and Sophie are sisters."): the "œ" box's hover listed "…<0xC5> 0.934", the first byte of
    its own "œ"; "J'adore…" listed "…<0xE2> 0.011" after "'", a byte of a character no one can read from it."""
    from html import unescape
    from s2s_core import viz
    tokens = ["▁s", "<0xC5>", "<0x93>", "urs", "'", "</s>"]
    alts = [[], [("<0xC5>", -0.07), ("ombre", -6.0)], [], [], [("'", -0.1), ("<0xE2>", -4.5)], []]
    html = unescape(viz.confidence_html(tokens, [-0.1] * 6, alts))
    assert "&lt;0x" not in html and "<0x" not in html
    assert "alternatives: …œ 0.932, …ombre" in html
    assert "alternatives: ' 0.905, (another letter or sign) 0.011" in html
    assert viz.alternative_label("<0x5B>", ["▁x"]) == "…["                  # a byte that spells a whole character


def test_qa30_the_tree_note_explains_a_dot_box_that_is_part_of_a_letter():
    """qa30 (browser, "Emma and Sophie are sisters."): the tree's "sœurs" read "s", "·", "…œ", "…urs", the "·" being
    the first byte of "œ", while the note said only "“·” is a further piece of the name before it"."""
    from s2s_core.pieces import last_label
    from ui.inspect_views import TREE_NOTE
    assert last_label(["▁s", "<0xC5>"]) == "·" and last_label(["▁s", "<0xC5>", "<0x93>"]) == "…œ"
    assert "first part of a letter the next box completes" in TREE_NOTE


def test_ui30c_a_sign_glued_at_a_words_start_says_what_it_follows():
    """qa30 (browser): a comma after "Sophie" read "Sophie,  (1%)" in Click to correct's radio, which looks like a
    list; it now reads as the sign glued mid-word does ("“-” after Envoyez-le")."""
    from s2s_core.pieces import choice_label
    shown = ["▁Emma", "▁et", "▁Sophie", "·", "·", "▁sont"]
    assert choice_label(shown, 5, 5, ",") == "“,” after Sophie"
    assert choice_label(["▁1", "▁250"], 1, 1, ",") == "“,” after 1"
    assert choice_label(shown, 5, 5, "▁,") == ","                       # a sign that starts a word: as it is
