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
        ["Le", "…ur", "␣", "…<0xC5>", "<", "</s>", ".", "?!", "-", "…'s"]    # a lone byte of "œ" stays raw


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
    assert choice_label(word, 0, 0, "▁Les") == "Les"
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
    assert choice_label(word, 11, 11, "?") == "proche?"
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
