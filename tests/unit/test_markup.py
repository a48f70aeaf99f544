"""Inline tags: set aside before translating, glued back to the words they wrapped."""
from __future__ import annotations

from s2s_core import markup
from s2s_core.fold import fold, restore


def test_tags_are_taken_out_and_placed_by_the_words_they_wrap():
    text, m = markup.strip('Click <b>Save</b> to keep <a href="/x">your changes</a>.')
    assert text == "Click Save to keep your changes." and m.words == 6
    assert [(t.raw, t.after, t.words) for t in m.tags] == [("<b>", False, (1,)), ("</b>", True, (1,)),
                                                           ('<a href="/x">', False, (4, 5)), ("</a>", True, (4, 5))]


def test_a_pair_wraps_the_target_words_that_looked_at_its_words():
    _, m = markup.strip("I read <i>Le Monde</i> every morning.")
    # "J'ai lu tous les matins le Monde." : source words 2, 3 ("Le Monde") looked at by target words 5, 6
    out = markup.put_back("J'ai lu tous les matins le Monde.", m, attended=[0, 1, 5, 6, 2, 4])
    assert out == "J'ai lu tous les matins <i>le Monde</i>."
    _, m = markup.strip("It is <b>very</b> important.")
    assert markup.put_back("C'est très important.", m, attended=[0, 0, 1, 2]) == "C'est <b>très</b> important."
    # the order of the words may change: the pair spans from the first to the last target word it wraps
    _, m = markup.strip("a <b>red car</b> here")
    assert markup.put_back("une voiture rouge ici", m, attended=[0, 2, 1, 3]) == "une <b>voiture rouge</b> ici"


def test_without_attention_a_tag_goes_to_the_same_relative_place():
    _, m = markup.strip("one two <b>three</b> four")
    assert markup.put_back("un deux trois quatre", m) == "un deux <b>trois</b> quatre"
    _, m = markup.strip("one two <b>three</b> four")
    assert markup.put_back("un deux trois quatre", m, attended=[0, 1]) == "un deux <b>trois</b> quatre"  # no match


def test_single_unpaired_and_nested_tags():
    text, m = markup.strip("Line one<br>line two")
    assert text == "Line one line two"                                       # a breaking tag parts the words
    assert markup.put_back("Ligne un ligne deux", m, attended=[0, 1, 2, 3]) == "Ligne un<br> ligne deux"
    text, m = markup.strip("un<b>believ</b>able")
    assert text == "unbelievable" and markup.put_back("incroyable", m) == "<b>incroyable</b>"
    _, m = markup.strip("<b><i>Hello</i></b> world")
    assert markup.put_back("Bonjour le monde", m, attended=[0, 2]) == "<b><i>Bonjour</i></b> le monde"
    _, m = markup.strip("<b>Open only")
    assert markup.put_back("Ouvert seulement", m) == "<b>Ouvert seulement"
    _, m = markup.strip("closed only</i> here")
    assert markup.put_back("fermé seulement ici", m, attended=[0, 1, 2]) == "fermé seulement</i> ici"


def test_punctuation_outside_a_tag_stays_outside():
    _, m = markup.strip("It is <b>now</b>!")
    assert markup.put_back("C'est maintenant!", m, attended=[0, 0, 1]) == "C'est <b>maintenant</b>!"
    _, m = markup.strip("(<i>sic</i>)")
    assert markup.put_back("(sic)", m) == "(<i>sic</i>)"
    _, m = markup.strip("<p>Hello world.</p>")                               # inside the tag: stays inside
    assert markup.put_back("Bonjour le monde.", m, attended=[0, 2]) == "<p>Bonjour le monde.</p>"


def test_text_without_tags_or_with_only_tags_is_read_as_written():
    for text in ("a < b and b > c", "x<3", "<3 you", "<br>", "<b></b>"):
        assert markup.strip(text) == (text, markup.NONE)


def test_fold_and_restore_carry_the_tags():
    f = fold("Click <b>Save</b> 🙂", lambda ch: ch.isascii())
    assert f.text == "Click Save"
    assert restore("Cliquez Enregistrer", f, attended=[0, 1]) == "Cliquez <b>Enregistrer</b> 🙂"


def test_markdown_emphasis_is_markup_too_but_not_inside_words_or_arithmetic():
    text, m = markup.strip("Please read the **important** notes and ~~old~~ *new* ones.")
    assert text == "Please read the important notes and old new ones."
    assert [(t.raw, t.words) for t in m.tags] == [("**", (3,)), ("**", (3,)), ("~~", (6,)), ("~~", (6,)),
                                                  ("*", (7,)), ("*", (7,))]
    assert markup.put_back("Veuillez lire les notes importantes.", markup.strip("Please read the **important** notes.")[1],
                           attended=[0, 1, 2, 4, 3]) == "Veuillez lire les notes **importantes**."
    for text in ("a snake_case_name", "2*3*4 and 2 * 3", "* a list item", "**"):
        assert markup.strip(text) == (text, markup.NONE)


def test_code_elements_are_left_whole_for_copying():
    text, m = markup.strip("Use the <code>ls</code> command, <b>now</b>.")
    assert text == "Use the <code>ls</code> command, now." and [t.raw for t in m.tags] == ["<b>", "</b>"]


def test_tags_around_the_whole_text_stay_around_the_whole_translation():
    _, m = markup.strip("<p>Hello world.</p>")
    assert markup.put_back("Salut dans le monde !", m, attended=[0, 3]) == "<p>Salut dans le monde !</p>"


def test_a_few_words_in_quotes_are_set_aside_like_emphasis():
    """Read glued to its quote, the word fell into letters: 'She said "yes".' → "« ys »"."""
    text, m = markup.strip('She said "yes" immediately.')
    assert text == "She said yes immediately." and [(t.raw, t.words) for t in m.tags] == [('"', (2,)), ('"', (2,))]
    assert markup.put_back("Elle a immédiatement dit oui.", m, attended=[0, 3, 4, 2]) == \
        'Elle a immédiatement dit "oui".'
    _, m = markup.strip('The word "pussy" is rude.')                               # dropped by the model:
    assert markup.put_back("Le mot est grossier.", m, attended=[0, 1, 2, 2, 3]) == "Le mot est grossier."   # none
    assert markup.strip("Say “Enter” to go.")[0] == "Say Enter to go."
    assert markup.strip("Press “Enter” to go.")[0] == "Press “Enter” to go."             # a key: copied (verbatim.py)
    assert markup.strip('See <a href="/x">this</a>, say "yes".')[0] == "See this, say yes."   # a tag's own: no
    for text in ('"Where are you going?" asked Paul.',                           # a sentence quoted: as written
                 '"one two three four five" is long', "The students' books", "It's the '90s style.",
                 "don't 'x", 'say "" here', "Press 'Enter' now", '"I have fine children" she adds.'):
        assert markup.strip(text) == (text, markup.NONE), text


def _french(fr: str, en: str) -> str:
    """``fr`` through typography with its tags shielded, as the translator does."""
    from s2s_core import typography
    text, tags = markup.shield(fr)
    assert "href" not in text and "alert" not in text
    return markup.unshield(typography.french(text, en), tags)


def test_french_post_edits_leave_tags_as_typed():
    """A tag's quotes and letters are no French text: '<a href="x">' had become '<a href=« x »>', "<p>" "<P>", a
    script's "alert(1)" "Alert(1)"."""
    assert _french('Lisez <a href="https://x.com">cette page</a>.', "Read this page.") == \
        'Lisez <a href="https://x.com">cette page</a>.'
    assert _french("<p>bonjour, ça va ?</p>", "Hello, how are you?") == "<p>Bonjour, ça va ?</p>"
    assert _french("<script>alert(1)</script> et voilà", "Tom and done") == "<script>alert(1)</script> et voilà"
    assert _french("Il a dit « oui ».", 'He said "yes".') == "Il a dit « oui »."      # no tags: as before


def test_a_pair_never_wraps_a_sign_alone():
    """French writes "!" apart ("chats !"): attention put "<b>cats</b>!" around it ("chats <b></b>!")."""
    _, m = markup.strip("I like <b>cats</b>!")
    assert markup.put_back("J'aime les chats !", m, attended=[0, 1, 3]) == "J'aime les <b>chats</b> !"


def test_a_script_or_style_element_is_copied_whole():
    """Its words are no prose: "Run <script>alert(1)</script> now." had come out "L'aclerte <script>Runt(1)</script>
    maintenant."."""
    from s2s_core import verbatim
    for element in ("<script>alert(1)</script>", "<style>b{color:red}</style>"):
        text = f"Run {element} now."
        assert markup.strip(text)[0] == text
        assert [text[a:b] for a, b in verbatim.spans(text)] == [element]


def test_the_attention_json_says_which_token_is_the_end():
    """The pages show the end token as "(end)", the export as "</s>": a field says which, so it is not read as a
    tag typed in the text."""
    import json
    from s2s_core import viz
    data = json.loads(viz.attention_json([[0.5, 0.5]], ["▁Hi", "</s>"], ["▁Salut"]))
    assert data["end_token"] == "</s>" and data["end_token_shown_as"] == "(end)"
    assert "end_token" not in json.loads(viz.attention_json([[1.0]], ["▁Hi"], ["▁Salut"]))


def test_ui30_a_quoted_attribute_holding_a_greater_than_sign_stays_in_its_tag():
    """ui30: '<a title="a > b">link</a>' was cut at "a >": the text to translate read 'Read b">link now.' and the
    tag went back as '<a title="a >'; shield (French post-edits) held the same half tag."""
    from s2s_core import markup
    for text in ('Read <a title="a > b">link</a> now.', "Read <a title='a > b' href=\"x\">link</a> now."):
        plain, found = markup.strip(text)
        assert plain == "Read link now." and found.tags[0].raw == text[5:text.index("link")]
        shielded, tags = markup.shield(text)
        assert shielded == "Read <\ue000>link<\ue001> now." and markup.unshield(shielded, tags) == text
    assert markup.shield('See <code class="a>b">x > y</code> here.')[0] == "See \ua000 here."     # copied whole
    assert markup.strip("if a < b and c > d then")[1] == markup.NONE                               # no tag


def test_review30_a_tag_that_never_closes_is_read_in_linear_time():
    """review30: "a <b" and 2,000 spaces took minutes (the spaces could go to "\\s+", the attributes or "\\s*")."""
    import time

    from s2s_core import markup
    started = time.perf_counter()
    for text in ("a <b" + " " * 2000, "<a " + '" "' * 700, "<a/" + " " * 2000 + ">"):
        assert markup.strip(text)[1] == markup.NONE
    assert time.perf_counter() - started < 1.0
    assert markup.TAG.findall('<img src="x" /> <br/> <a title="a > b">') == [
        ("", "img", ' src="x"', "/"), ("", "br", "", "/"), ("", "a", ' title="a > b"', "")]


# --- tags carried through readings that reword the text (markup.moved) ---

def _read_back(text: str) -> str:
    """``text`` folded, and the English the model read "translated" as itself, each word attending to itself."""
    f = fold(text, lambda ch: ch.isascii())
    return restore(f.text, f, attended=list(range(len(f.text.split()))))


def test_a_tag_stays_on_its_word_when_a_reading_adds_words_before_it():
    # "Turn left" is read "Turn to the left": by word number the tag had gone around "to"
    assert _read_back("Turn <b>left</b> at the traffic lights.") == "Turn to the <b>left</b> at the traffic light."
    # "ASAP" read "as soon as possible": four words more before "Anna"
    assert _read_back("Send it ASAP to <b>Anna</b> and Tom today.") == \
        "Send it as soon as possible to <b>Anna</b> and Tom today."


def test_a_tag_stays_on_its_word_when_a_reading_drops_words_before_it():
    assert _read_back("I'm running late for <b>the meeting</b> again.") == "I'm late for <b>the meeting</b> again."
    assert _read_back("- Buy <b>milk</b> and bread now") == "- Buy <b>milk</b> and bread now"   # the list mark


def test_tags_around_reworded_words_at_the_start_and_end_nested_and_two_in_a_sentence():
    assert _read_back("The item is <b>out of stock</b>, sorry.") == "The item is <b>not available</b>, sorry."
    assert _read_back("<b><i>Turn left</i></b> at the traffic lights.") == \
        "<b><i>Turn to the left</i></b> at the traffic light."
    assert _read_back("Turn left at the <b>traffic lights</b>.") == "Turn to the left at the <b>traffic light</b>."
    assert _read_back("Send it ASAP to <b>Anna</b> and <i>Tom</i>.") == \
        "Send it as soon as possible to <b>Anna</b> and <i>Tom</i>."


def test_moved_maps_each_word_to_what_it_became():
    _, m = markup.strip("Click <b>Save</b> to keep your changes.")
    moved = markup.moved(m, "Click Save to keep your changes.", "Click on Save to keep your changes.")
    assert moved.words == 7 and [t.words for t in moved.tags] == [(2,), (2,)]
    assert markup.put_back("Cliquez sur Save pour garder vos changements.", moved) == \
        "Cliquez sur <b>Save</b> pour garder vos changements."
    assert markup.moved(markup.NONE, "a b", "a x b") == markup.NONE


def test_two_pairs_that_wrap_different_words_do_not_cross_in_the_translation():
    # attention: "call" → "rappelez-vous", "back" → "plus", "later" → "plus": the tags had crossed
    _, m = markup.strip("The line's busy, so <b>call back</b> <i>later</i>.")
    out = markup.put_back("La ligne est occupée, alors rappelez-vous plus tard.", m, attended=[0, 1, 3, 4, 5, 6, 6])
    assert out == "La ligne est occupée, alors <b>rappelez-vous</b> <i>plus</i> tard."
    _, m = markup.strip("<b>one</b> <i>two</i> three")            # both on one word: the second moves on
    assert markup.put_back("un deux trois", m, attended=[0, 0, 2]) == "<b>un</b> <i>deux</i> trois"
    _, m = markup.strip("<b>a <i>b</i> c</b> d")                  # nested in the source: left nested
    assert markup.put_back("A B C D", m, attended=[0, 1, 2, 3]) == "<b>A <i>B</i> C</b> D"
