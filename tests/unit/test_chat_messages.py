"""Short chat messages to family and friends read and written as a French reader expects: "see you" after a comma
is "on se voit", a clause after a comma that drops its "I" ("…, miss u") is read with it, "mum" as "mom"."""
from __future__ import annotations

from s2s_core.letters import see_you
from s2s_core.shorthand import read_chat


def test_see_you_after_a_comma_is_on_se_voit():
    """"love you mom, see you tonight" had come out "Je t'aime maman, voire-tu ce soir", "love u mum, see u
    tonight" "…, vois-tu ce soir", "ok, see you tomorrow" "D'accord, te vois demain"."""
    assert see_you("Je t'aime maman, voire-tu ce soir", "I love you mom, see you tonight") == \
        "Je t'aime maman, on se voit ce soir"
    assert see_you("Je t'aime maman, vois-tu ce soir", "I love you mom, see you tonight") == \
        "Je t'aime maman, on se voit ce soir"
    assert see_you("Je t'aime maman, voire ce soir !", "I love you mom, see you tonight!") == \
        "Je t'aime maman, on se voit ce soir !"
    assert see_you("D'accord, te vois demain", "OK, see you tomorrow") == "D'accord, on se voit demain"
    assert see_you("merci, vous voyez à 8 heures", "thanks, see you at 8") == "merci, on se voit à 8 heures"
    assert see_you("merci, c'est génial, tu vois demain", "thanks, great, see u tomorrow") == \
        "merci, c'est génial, on se voit demain"
    assert see_you("merci pour tout, tu vois demain", "thanks, for all, see you tomorrow") == \
        "merci pour tout, on se voit demain"                 # one comma fewer in French: the one it follows


def test_see_you_that_is_no_greeting_is_left():
    for text, source in (("Je peux te voir d'ici", "I can see you from here"),
                         ("Oui, je peux te voir d'ici", "Yes, I can see you from here"),
                         ("maman, laisse-moi te voir", "mom, let me see you"),
                         ("as-tu vu ta mère", "did you see your mom"),
                         ("D'accord, je viendrai te voir", "OK, I'll come and see you"),
                         ("Non, tu vois", "No, see you?"),                  # a question
                         ("Eh bien, tu vois ?", "Well, see you?"),
                         ("d'ici, voyez-vous", "bye, see you"),             # at the very end
                         ("Regarde, tu vois, c'est simple", "Look, you see, it's simple")):
        assert see_you(text, source) == text, source


def test_a_clause_after_a_comma_without_its_i_is_read_with_it():
    """"thx for the pic, miss u xx" had come out "merci pour la photo, manquez-vous bisous"."""
    assert read_chat("thx for the pic, miss u xx") == "thanks for the picture, I miss you xx"
    assert read_chat("ok, love u") == "OK, I love you" and read_chat("thanks, love you") == "thanks, I love you"
    assert read_chat("thanks, hope ur well") == "thanks, I hope you're well"
    assert read_chat("ugh, need coffee") == "ugh, I need coffee" and read_chat("ok, got it") == "OK, I got it"
    assert read_chat("thanks for dinner, cant wait to see u again") == \
        "thanks for dinner, I can't wait to see you again"
    assert read_chat("cake, love it") == "cake, I love it"


def test_a_comma_before_a_word_that_is_no_clause_of_mine_is_left():
    for same in ("thanks, love", "sorry, love, I forgot", "xx, love your mom", "hey, want to come",
                 "hey, got a minute", "hey, miss you?", "Mr Smith, Miss Jones", "faith, hope and love",
                 "eggs, milk, love it", "If in doubt, think it over", "ok, need help?", "Well, I love you"):
        assert read_chat(same) == same.replace("ok,", "OK,"), same


def test_mum_is_read_mom():
    """"love u mum" had come out "Je t'adore le musée", "did you see your mum" "avez-vous vu votre musée"."""
    assert read_chat("love u mum") == "I love you mom" and read_chat("did you see your mum") == "did you see your mom"
    assert read_chat("Mum says hi") == "Mom says hi" and read_chat("ask the mums") == "ask the moms"
    assert read_chat("my mum's car") == "my mom's car"
    for same in ("mum's the word", "keep mum about it", "she kept mum", "MUM", "chrysanthemum", "the mummy"):
        assert read_chat(same) == same, same
