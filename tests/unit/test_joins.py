"""The seam between two clauses of a long sentence, read in the form the model joins right (joins.py)."""
from __future__ import annotations

import pytest

from s2s_core.fold import fold
from s2s_core.joins import read_joins, read_so, so_lost


@pytest.mark.parametrize("text, read", [
    # a time that opens the second clause gets its comma ("…et la soirée qu'ils sont…" had come out)
    ("They build sandcastles all day, and in the evening they are too tired to eat.",
     "They build sandcastles all day, and in the evening, they are too tired to eat."),
    ("We visited old churches, and in the evening we had dinner by the sea.",
     "We visited old churches, and in the evening, we had dinner by the sea."),
    ("The town is full of tourists in the summer, and in the winter most of the hotels are closed.",
     "The town is full of tourists in the summer, and in the winter, most of the hotels are closed."),
    ("It was grey all day, but in the evening the sky cleared.",
     "It was grey all day, but in the evening, the sky cleared."),
    # "that" after "said" / "told us" ("…et quand on lui a dit que c'était notre faute": "he said" had been lost)
    ("The waiter brought the wrong dishes, and when we told him, he said it was our fault.",
     "The waiter brought the wrong dishes, and when we told him, he said that it was our fault."),
    ("They told us they would water the plants.", "They told us that they would water the plants."),
])
def test_a_seam_is_read_in_the_form_the_model_joins(text, read):
    assert read_joins(text) == read


@pytest.mark.parametrize("text", [
    "They play all day, and in the evening, they sleep.",           # the comma is there
    "We rested all day, and in the evening.",                       # the time ends the clause
    "I work in the morning and I rest in the afternoon.",           # no time opening a clause after ", and"
    "She works at night, so during the day I cook.",                # after ", so": both lost with a comma
    "He said that it was late.",                                    # "that" is there
    "She said its roof was new.",                                   # not a pronoun and its verb
    "He was tired, so that we went home early.",                    # "so that"
    "It was so cold that we went home.",                             # "so … that"
    "She said so, so we stay at home.",                             # a present: not read
    "I will call you tomorrow, so we can talk about it.",           # a modal, not a past
    "I cannot finish by Friday, so could we move the deadline?",     # a question: read apart, one came out «tu»
])
def test_other_seams_are_left(text):
    assert read_joins(text) == text


@pytest.mark.parametrize("text, read", [
    ("It was already midnight, so we went straight to bed.",
     "It was already midnight, therefore we went straight to bed."),
    ("Our train was late, so we missed the last bus.", "Our train was late, therefore we missed the last bus."),
    ("It would be full, so I booked a table.", "It would be full, therefore I booked a table."),
    ("He forgot his wallet, so he had to borrow money.", "He forgot his wallet, therefore he had to borrow money."),
])
def test_so_before_a_subject_and_a_past_verb_is_read_therefore(text, read):
    assert read_so(text) == read
    assert read_joins(text) == text             # only read so on the second pass


@pytest.mark.parametrize("text, french, lost", [
    ("It was already midnight, so we went straight to bed.",
     "C'était déjà minuit, nous sommes allés au lit.", True),
    ("It was already midnight, so we went straight to bed.",
     "Il était déjà minuit, nous sommes donc allés au lit.", False),
    ("She had never been to London, so she bought a map.", "Elle n'était jamais allée à Londres, alors elle a "
     "acheté une carte.", False),
    ("I will call you tomorrow, so we can talk.", "Je t'appellerai demain, on pourra parler.", False),   # no past
])
def test_so_lost_only_where_the_french_has_no_word_for_it(text, french, lost):
    assert so_lost(text, french) is lost


def test_fold_reads_the_seam_and_says_so():
    folded = fold("They play all day, and in the evening they sleep.", lambda c: True)
    assert folded.text == "They play all day, and in the evening, they sleep."
    assert "the link between two clauses in the form the model reads" in folded.reworded


def test_a_french_that_lost_its_so_is_searched_again_with_therefore(tiny_checkpoint, monkeypatch):
    """The tiny model writes no "donc": the sentence is searched again read "therefore", its source kept."""
    from s2s_core import Translator
    from s2s_core.joins import SO_NOTE
    tr = Translator.from_checkpoint(tiny_checkpoint)
    monkeypatch.setattr(tr, "french", True)          # the second pass is measured for French only
    read = []
    search = tr._search
    monkeypatch.setattr(tr, "_search", lambda ids, *a, **k: read.extend(ids) or search(ids, *a, **k))
    en = "It was late, so we went home."
    t = tr.translate(en, beam_size=2, n_best=1, max_length=4)
    assert t.source == en and SO_NOTE in t.notes
    assert len(read) == 2 and read[1][:-1] == tr.tokenizer.encode("It was late, therefore we went home.")
    left = tr.translate("It was late, and we went home.", beam_size=2, n_best=1, max_length=4)
    assert SO_NOTE not in left.notes


# ---- long31 (s31): "so" before a modal of consequence or "please" is read again where the French lost it
@pytest.mark.parametrize("text, read", [
    ("My phone stopped working yesterday, so I could not call my mother.",
     "My phone stopped working yesterday, therefore I could not call my mother."),
    ("The doctor told me to rest, so I will not be able to come on Thursday.",
     "The doctor told me to rest, therefore I will not be able to come on Thursday."),
    ("My phone fell in the sink, so I can't answer calls.", "My phone fell in the sink, therefore I can't answer calls."),
    ("It is taking longer, so we need to change the plan.", "It is taking longer, therefore we need to change the plan."),
    ("It is a surprise party, so please do not tell her.", "It is a surprise party, so, please do not tell her."),
])
def test_so_before_a_consequence_or_please_is_read_again(text, read):
    assert read_so(text) == read
    assert so_lost(text, "Le téléphone a cessé hier, je n'ai pas pu appeler.")
    assert not so_lost(text, "Le téléphone a cessé hier, je n'ai donc pas pu appeler.")


@pytest.mark.parametrize("text", [
    "I will call you tomorrow, so we can talk about it.",         # a purpose ("so that"), not "therefore"
    "I left early, so I could catch the train.",
    "It was so late, please go home.",                            # not ", so please"
])
def test_so_of_purpose_is_not_read_again(text):
    assert read_so(text) == text
    assert not so_lost(text, "Je t'appellerai demain, on pourra en parler.")


# ---- long32 (s32): "so" before "would like" (a request that follows) is read again where the French lost it
def test_so_before_would_like_is_read_again():
    text = "I bought this printer last month, but it stopped working after two weeks, so I would like a refund."
    assert read_so(text) == text.replace(", so I", ", therefore I")
    assert so_lost(text, "…, mais il a cessé de fonctionner après deux semaines, je voudrais un remboursement.")
    assert not so_lost(text, "…, mais il a cessé de fonctionner après deux semaines, je voudrais donc un remboursement")


# ---- long32 (s32): "While my husband was…" opening a sentence ("Mon mari était en train de préparer le dîner, j'ai
# aidé…": "while" lost) read "During the time that…", its "Pendant le temps que" written "Pendant que"
@pytest.mark.parametrize("text, read", [
    ("While my husband was cooking dinner, I helped our daughter.",
     "During the time that my husband was cooking dinner, I helped our daughter."),
    ("While my parents were on holiday, I looked after their dog.",
     "During the time that my parents were on holiday, I looked after their dog."),
])
def test_while_before_a_noun_subject_is_read_during_the_time(text, read):
    assert read_joins(text) == read


@pytest.mark.parametrize("text", ["While I was waiting, he left.", "I read while my wife was shopping.",
                                  "While the kids were swimming, we read."])
def test_other_whiles_are_left(text):
    assert read_joins(text) == text


def test_during_the_time_is_written_pendant_que():
    from s2s_core import typography
    from s2s_core.joins import mend_while
    source = "During the time that my wife was shopping, I sat in a café."
    written = mend_while("Pendant le temps où ma femme faisait les courses", source)
    assert written == "Pendant que ma femme faisait les courses"
    assert mend_while("Pendant le temps qu'il faisait beau, je…", source).startswith("Pendant qu'il faisait")
    assert mend_while("Pendant le temps où il pleuvait", "While it rained") == "Pendant le temps où il pleuvait"
    assert typography.french("Pendant le temps que ma femme faisait les courses, je lisais.", source).startswith(
        "Pendant que ma femme")


# ---- long32 (s32): "so" before a past negative ("so we did not sleep well": «…, nous n'avons pas bien dormi»)
@pytest.mark.parametrize("text", ["The room was above a noisy street, so we did not sleep well.",
                                  "I was very tired, so I didn't cook dinner."])
def test_so_before_a_past_negative_is_read_again(text):
    assert read_so(text) == text.replace(", so ", ", therefore ")
    assert so_lost(text, "La chambre était au-dessus d'une rue bruyante, nous n'avons pas bien dormi.")


# ---- long32 (s32): "and since then" before a clause, no comma («…, et nous avons voyagé…»: lost), read "since that
# time," ("…et depuis ce temps-là, nous avons…")
def test_since_then_opening_a_clause_gets_its_time_and_comma():
    assert read_joins("We met two years ago, and since then we have travelled together.") == (
        "We met two years ago, and since that time, we have travelled together.")
    for text in ("We met two years ago, and since then, we have travelled.", "I have not seen him since then."):
        assert read_joins(text) == text


# ---- fix41 (s37): "so" with no comma before a subject and a past verb was read as a purpose ("The hotel was full so
# we slept in the car." → «…rempli de manière à dormir…»); read with its comma: «…plein, nous avons donc dormi…»
@pytest.mark.parametrize("text, read", [
    ("The hotel was full so we slept in the car.", "The hotel was full, so we slept in the car."),
    ("Her flight was cancelled so she stayed another night.", "Her flight was cancelled, so she stayed another night."),
    ("He missed the bus so he was late for work.", "He missed the bus, so he was late for work."),
    ("My phone was dead so I couldn't call you.", "My phone was dead, so I couldn't call you."),
])
def test_so_without_its_comma_before_what_followed_gets_the_comma(text, read):
    assert read_joins(text) == read
    assert read_so(text) == read.replace(", so ", ", therefore ")
    assert so_lost(text, "L'hôtel était rempli de manière à dormir dans la voiture.")


@pytest.mark.parametrize("text", [
    "He worked hard so he could buy a house.",                    # a purpose
    "She ran so she wouldn't miss the bus.",
    "We studied every night so we didn't fail the exam.",
    "I did it so you would be happy.",
    "He missed the bus and so he was late.",
    "I think so we should go.",
    "It was so cold we stayed inside.",
])
def test_so_of_purpose_or_after_and_gets_no_comma(text):
    assert read_joins(text) == text


# ---- fix46 (s38): a lower-case chat line, "so" before "he's/we're/I'm" + an -ing verb, was read as a purpose ("…a new
# job in london so he's moving there…" → «…pour qu'il déménage…»); with its comma «…, alors il déménage…»
@pytest.mark.parametrize("text, read", [
    ("my brother got a job in london so he's moving there", "my brother got a job in london, so he's moving there"),
    ("it's raining a lot so we're staying at home today", "it's raining a lot, so we're staying at home today"),
    ("the shop was closed so we're going back tomorrow", "the shop was closed, so we're going back tomorrow"),
    ("My car broke down so I'm taking the bus.", "My car broke down, so I'm taking the bus."),
])
def test_so_before_a_present_in_ing_gets_the_comma(text, read):
    assert read_joins(text) == read


@pytest.mark.parametrize("text", [
    "She works hard so she's able to travel.",                   # no -ing verb after it
    "I think so he's coming.",                                   # after "think"
    "He's tired and so she's driving.",                          # after "and"
])
def test_so_before_a_present_without_ing_or_after_and_gets_no_comma(text):
    assert read_joins(text) == text
