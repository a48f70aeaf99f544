"""lower35 (s34): a question typed without its "?" read with it ("had you been drinking" had come out "Si tu étais en
train de boire", "what are you writing" "Qu'est-ce que tu écrives")."""
from __future__ import annotations

import pytest

from s2s_core.asked import read_asked
from s2s_core.fold import fold


@pytest.mark.parametrize("typed", [
    "had you been drinking", "has it stopped raining", "don't you love me anymore", "is the museum open today",
    "can i pay by card", "what are you writing", "how long is it", "how much money do you need",
    "Are you ready to leave", "where do you live", "when can I move in", "will it snow tonight", "is there a bank here",
    "may I come in", "who is that", "why can't we go"])
def test_a_question_typed_without_its_mark_is_read_with_it(typed):
    assert read_asked(typed) == typed + "?"
    assert read_asked(typed + "  ") == typed + "?"


@pytest.mark.parametrize("typed", [
    "do it now", "have a nice day", "don't you dare touch it", "may you live long", "should you need help call us",
    "had I known it I would have come", "when I was young I lived in Paris", "what a day", "how nice",
    "are you coming, Tom", "is it ready?", "Is it ready.", "I know where you are", "where the station is",
    "can it", "do this first", "have this one", "will do", "could be worse", "is what it is"])
def test_an_order_a_wish_a_condition_a_clause_or_a_line_with_its_mark_is_left(typed):
    assert read_asked(typed) == typed


def test_fold_reads_the_mark_only_where_asked_to_read_phone_typing():
    assert fold("had you been drinking", str.isascii, opening_capital=True).text == "Had you been drinking?"
    assert fold("had you been drinking", str.isascii).text == "had you been drinking"


def test_a_line_typed_without_its_stop_is_read_with_one_taken_off_its_translation():
    """Read without it, "we'll stand" had come out "Nous resterons endettés", "beat the eggs" "Surveille les œufs",
    "the ice is melting" "La glace se fonde"; with it as typed with it ("Nous resterons debout", "La glace fond")."""
    from s2s_core.asked import read_stop, without_stop
    assert read_stop("we'll stand") == ("we'll stand.", True)
    assert read_stop("the ice is melting  ") == ("the ice is melting.", True)
    for same in ("is it ready?", "we'll stand.", "call me at 5", "hello", "wow!", "see you :)", ""):
        assert read_stop(same) == (same, False), same
    assert without_stop("Nous resterons debout.") == "Nous resterons debout"
    for same in ("Attends...", "Où est la gare ?", "Au feu !", "Nous resterons debout"):
        assert without_stop(same) == same
    f = fold("we'll stand", str.isascii, opening_capital=True)
    assert (f.text, f.stop) == ("We'll stand.", True)
    f = fold("- buy some eggs", str.isascii, opening_capital=True)                      # a list's item: as typed
    assert (f.text, f.stop) == ("buy some eggs", False)


def test_a_line_that_opens_as_a_question_gets_no_stop():
    """"which student went out" read with a stop had come out "Quel étudiant sortit", "is something bothering you"
    "Quelque chose t'embête" (a statement); "what's he talking about" and "is something bothering you" are asked."""
    from s2s_core.asked import read_stop
    for same in ("which student went out", "has prison changed him", "Why not use robots", "how nice of you",
                 "what a day", "can't you see it"):
        assert read_stop(same) == (same, False), same
    for order in ("do it now", "don't make me go back there", "have a nice vacation"):       # an order: a stop
        assert read_stop(order) == (order + ".", True), order
    assert read_asked("what's he talking about") == "what's he talking about?"
    assert read_asked("is something bothering you") == "is something bothering you?"
    assert read_stop("whatever you want") == ("whatever you want.", True)


def test_a_request_after_an_if_clause_is_read_with_its_comma_and_question_mark():
    """measure44: "if you're going to the supermarket could you pick up some bananas, …" came out "…, avez-vous pu
    prendre…" (read with a full stop), "if you have time could you call the plumber" "Si vous avez le temps
    d'appeler le plombier" (the request lost); read with the comma and "?", "pourrais-tu…"."""
    assert read_asked("if you have time could you call the plumber") == \
        "if you have time, could you call the plumber?"
    assert read_asked("when you go to the shop could you buy some milk") == \
        "when you go to the shop, could you buy some milk?"
    assert read_asked("if you're going to the supermarket could you pick up some bananas, oil and bread") == \
        "if you're going to the supermarket, could you pick up some bananas, oil and bread?"


@pytest.mark.parametrize("typed", [
    "when you can you should rest",                     # "can" is the clause's own verb
    "if you see Tom, could you tell him",               # a comma typed: as typed
    "if you have time could you call me.",              # a sign typed
    "if you could help me I would be grateful"])        # no request after the clause
def test_what_is_no_request_after_a_clause_stays_as_typed(typed):
    assert read_asked(typed) == typed


def test_a_request_after_a_clause_is_read_in_linear_time():
    import time
    start = time.perf_counter()
    read_asked("if you" + " " * 20000 + "x")
    read_asked("if " + "a " * 10000 + "could you")
    assert time.perf_counter() - start < 1.0          # seconds if quadratic; 0.2 s could flake on a loaded machine
