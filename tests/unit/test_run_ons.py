"""Two messages typed as one line without punctuation, with a comma between them (run_ons.py)."""
from __future__ import annotations

import pytest

from s2s_core.fold import fold
from s2s_core.run_ons import read_run_ons


@pytest.mark.parametrize("typed, read", [
    ("where is the train station i am lost", "where is the train station, i am lost"),
    ("can you help me i dont speak french", "can you help me, i dont speak french"),
    ("call me later i am busy", "call me later, i am busy"),
    ("where are you im waiting", "where are you, im waiting"),
    ("what time is it i missed the train", "what time is it, i missed the train"),
    ("thanks so much see you tomorrow", "thanks so much, see you tomorrow"),
    ("thank you see you soon", "thank you, see you soon"),
])
def test_a_second_message_after_the_first_gets_a_comma(typed, read):
    assert read_run_ons(typed) == read


@pytest.mark.parametrize("typed", [
    "i am hungry where can i eat",               # "i" after a word that asks for it
    "so i left", "I think that i am late", "help me please i am lost",
    "the man i love is here",                    # a relative clause before its verb
    "the keys i lost are in the car",
    "Where is the station? I am lost",           # punctuated
    "Where is it I am lost",                     # a capital "I": not typed on a phone
    "thanks for the help",
])
def test_what_is_one_clause_or_already_punctuated_is_left(typed):
    assert read_run_ons(typed) == typed


def test_fold_reads_the_comma_and_says_so():
    folded = fold("where is the train station i am lost", lambda c: True)
    assert folded.text == "where is the train station, I am lost"
    assert "a comma between two messages typed as one" in folded.reworded


@pytest.mark.parametrize("typed", [
    "this is the song i love",                   # read "the song, i love": "c'est la chanson, j'adore"
    "where is the book i lost",                  # "où est le livre, j'ai perdu"
    "give me the thing i need",
    "its the best movie i have ever seen",
    "this is the place i was telling you about",
    "the city i love the most",
])
def test_a_relative_clause_that_ends_the_text_gets_no_comma(typed):
    assert read_run_ons(typed) == typed


@pytest.mark.parametrize("typed, read", [
    ("where is the station im lost", "where is the station, im lost"),
    ("where is my phone i lost it", "where is my phone, i lost it"),
    ("im so sorry i forgot", "im so sorry, i forgot"),
    ("whats the wifi password i need it", "whats the wifi password, i need it"),
])
def test_a_second_message_with_its_object_still_gets_its_comma(typed, read):
    assert read_run_ons(typed) == read


@pytest.mark.parametrize("typed, read", [                     # a phone's apostrophe: "don’t", not "don't"
    ("can you help me i don’t speak french", "can you help me, i don’t speak french"),
    ("where are you i can’t find you", "where are you, i can’t find you"),
])
def test_a_curly_apostrophe_is_read_as_a_straight_one(typed, read):
    assert read_run_ons(typed) == read


def test_a_word_that_asks_for_i_with_a_curly_apostrophe():
    assert read_run_ons("ok so where’s i am supposed to go") == "ok so where’s i am supposed to go"


def test_i_after_all_or_everything_opens_a_relative_clause():
    """lower35 (s34): "that's all i need" read "That's all, I need" had come out "C'est tout, j'ai besoin", "i lost
    everything i had" "J'ai tout perdu, j'avais tout perdu"."""
    for same in ("that's all i need", "that's all i have left", "i lost everything i had", "we ate something i made",
                 "there is nothing i can do"):
        assert read_run_ons(same) == same, same
    assert read_run_ons("where is the train station i am lost") == "where is the train station, i am lost"
