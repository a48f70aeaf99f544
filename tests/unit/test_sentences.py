"""Sentences: cut after final punctuation and at line breaks, never after an abbreviation."""
from __future__ import annotations

from s2s_core.sentences import split_sentences


def test_abbreviations_initials_and_list_numbers_end_no_sentence():
    assert split_sentences("Dr. Smith lives on Main St. in the U.S. He is nice.") == [
        "Dr. Smith lives on Main St. in the U.S.", "He is nice."]
    assert split_sentences("Mr. Brown is here.") == ["Mr. Brown is here."]
    assert split_sentences("Buy fruit, e.g. apples and pears.") == ["Buy fruit, e.g. apples and pears."]
    assert split_sentences("The shop closes at 5 p.m. today.") == ["The shop closes at 5 p.m. today."]
    assert split_sentences("J. K. Rowling wrote it. (Dr. Who too.)") == ["J. K. Rowling wrote it.", "(Dr. Who too.)"]
    assert split_sentences("1. Open the box.\n2. Remove the cable.") == ["1. Open the box.", "2. Remove the cable."]
    assert split_sentences("Room No. 5 is free.") == ["Room No. 5 is free."]
    for text in ("J.K. Rowling wrote it.", "P.S. Bring it.", "Sen. Warren and Gov. Newsom spoke.",
                 "I saw Maj. Lee today.", "Rev. Brown and Det. Lee came.",
                 "We met on Pennsylvania Ave. yesterday.", "The U.N. was founded in 1945."):
        assert split_sentences(text) == [text], text                              # initials, titles, "P.S."
    assert split_sentences("PS. The key is under the mat.") == ["PS. The key is under the mat."]
    assert split_sentences("Hi. The U.N. Security Council met.") == ["Hi.", "The U.N. Security Council met."]
    assert split_sentences("He works for the U.N. He likes it.\nP.S. Bye.") == [
        "He works for the U.N.", "He likes it.", "P.S. Bye."]
    for text in ("We're closed on Dec. 25 and Jan. 1.", "It takes approx. 20 minutes.", "See p. 12 now.",
                 "Prices start at approx. $20."):
        assert split_sentences(text) == [text], text                              # before a number


def test_the_same_words_end_a_sentence_where_a_new_one_starts():
    assert split_sentences("Meet me at 5 p.m. Then we eat.") == ["Meet me at 5 p.m.", "Then we eat."]
    assert split_sentences("I am 25. My sister is 30.") == ["I am 25.", "My sister is 30."]
    assert split_sentences("I said no. Then I left.") == ["I said no.", "Then I left."]
    assert split_sentences("Step 1. Then step 2.") == ["Step 1.", "Then step 2."]        # not at a line start


def test_an_ellipsis_ends_a_sentence_only_before_a_capital():
    assert split_sentences("Wait... what?") == ["Wait... what?"]
    assert split_sentences("I was thinking… maybe tomorrow.") == ["I was thinking… maybe tomorrow."]
    assert split_sentences("Well... I don't know.") == ["Well...", "I don't know."]


def test_closing_hashtags_stay_with_their_sentence():
    assert split_sentences("Great day at the beach! #summer #sun") == ["Great day at the beach! #summer #sun"]
    assert split_sentences("Great day! #Paris is next.") == ["Great day!", "#Paris is next."]
    assert split_sentences("Happy Friday! 🎉 #weekend") == ["Happy Friday! 🎉 #weekend"]     # alone: invented words
    assert split_sentences("Love it! ❤️ @sarah") == ["Love it! ❤️ @sarah"]


def test_short_chat_lines_ending_on_you_or_it_are_sentences_of_their_own():
    """Joined as a wrapped line, "did u get it\ncall me" came out "m'avez-vous appelé", "love you\nmiss you" "tu
    aimes te manquer"."""
    for text in ("did u get it\ncall me", "love you\nmiss you", "thank you\nsee u tmrw", "come in\nsit down"):
        assert split_sentences(text) == text.split("\n"), text


def test_a_line_break_that_wraps_a_sentence_ends_nothing():
    """Cut at the break, "I will call you when I\narrive at the station." came out "…quand je t'appellerai\narrive…"."""
    wrapped = "I will call you when I\narrive at the station. Bring your\npassport and\nyour ticket."
    assert split_sentences(wrapped) == ["I will call you when I\narrive at the station.",
                                        "Bring your\npassport and\nyour ticket."]
    for text in ("Shopping list\nmilk\neggs", "- buy some milk\n- eggs", "Hi Tom, how are you\n\nfine thanks",
                 "Things to buy this week\nmilk\neggs", "Ingredients for the cake\nflour, sugar and eggs",
                 "To do this weekend before the guests arrive\nclean the kitchen\nbuy flowers",
                 "1. open the box now\nthen close it", "We close at five.\nsee you"):
        assert len(split_sentences(text)) > 1, text


def test_a_short_weekday_or_month_with_its_dot_ends_no_sentence_before_a_lower_case_word():
    """Cut there, "See you on Tue. at 6." came out "À mardi. à 6 heures.", "open Mon. to Fri." "ouvert Montre.
    Conduis-toi."."""
    for text in ("See you on Tue. at 6.", "The match is on Sat. at 8 p.m.", "The shop is open Mon. to Fri.",
                 "Open Mon.-Fri. 9-5.", "Closed Sept. and Oct. next year."):
        assert split_sentences(text) == [text], text
    assert split_sentences("See you on Mon. We left.") == ["See you on Mon.", "We left."]
    assert split_sentences("We met on Sun. it was great.") == ["We met on Sun.", "it was great."]
    assert split_sentences("It was the mon. is it?") == ["It was the mon.", "is it?"]      # only the name, capitalised
