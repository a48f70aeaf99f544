"""kept_words.py (lost34, s33): a droppable word the French lacks is found, re-read in a form that keeps it, and the
re-reading taken only if it keeps the word and loses nothing else."""
import pytest

from s2s_core.kept_words import KEPT_NOTE, keeps_all, lost_words, readings

DOG = "My neighbour's dog was barking all night again and I could not sleep before three in the morning."
DOG_FR = "Le chien de mon voisin aboyait toute la nuit et je n'ai pas pu dormir avant trois heures du matin."


@pytest.mark.parametrize("text, french, lost", [
    (DOG, DOG_FR, ["again"]),
    (DOG, "Le chien de mon voisin aboyait encore toute la nuit et je n'ai pas pu dormir avant trois heures.", []),
    ("The printer in our office is not working again and nobody knows how to fix it before the meeting.",
     "L'imprimante de notre bureau ne fonctionne pas à nouveau et personne ne sait le réparer avant la réunion.", []),
    ("We painted the living room in white last month and now it looks much brighter and bigger than before.",
     "Nous avons peint le salon en blanc le mois dernier et il semble beaucoup plus brillant que auparavant.",
     ["bigger"]),
    ("My laptop is very slow again today, and I think I need to buy a new one before the end of the year.",
     "Mon ordinateur portable est encore très lent et je pense qu'il faut l'acheter un nouveau avant la fin.",
     ["today"]),
    ("I forgot it again.", "Je l'ai oublié.", []),                               # short: kept there, not checked
    ("We will try once again after lunch because the line was busy all morning at the bank.",
     "Nous réessaierons après le déjeuner parce que la ligne était occupée toute la matinée à la banque.", []),
])
def test_a_word_is_lost_only_where_the_french_lacks_every_form_of_it(text, french, lost):
    assert lost_words(text, french) == lost


@pytest.mark.parametrize("text, word, read", [
    (DOG, "again", ["My neighbour's dog was barking all night once again and I could not sleep before three in the "
                    "morning.", "Again, my neighbour's dog was barking all night and I could not sleep before three "
                    "in the morning."]),
    ("Could you please send me the invoice again because I deleted the first email by mistake yesterday?", "again",
     ["Could you please send me the invoice once again because I deleted the first email by mistake yesterday?"]),
    ("The shop was closed when we arrived, so we will go back on Tuesday when it opens again at nine.", "again",
     ["The shop was closed when we arrived, so we will go back on Tuesday when it opens once again at nine."]),
    ("I lost my keys again on the way home, and now I have to wait outside.", "again",
     ["I lost my keys once again on the way home, and now I have to wait outside.",
      "Again, I lost my keys on the way home, and now I have to wait outside."]),
    ("Now it looks much brighter and bigger than before.", "bigger", ["Now it looks much bigger and brighter than "
                                                                      "before."]),
    ("My laptop is very slow today, and I think I need a new one.", "today",
     ["Today, my laptop is very slow, and I think I need a new one."]),
])
def test_a_lost_word_is_read_again_in_front_or_firmer(text, word, read):
    """In front only before a statement's subject, and only a word of its first clause (after "when…" in front
    it would say the shop was closed again)."""
    assert readings(text, word) == read


def test_a_re_reading_is_taken_only_if_it_keeps_the_word_and_loses_nothing_else():
    assert keeps_all(DOG, DOG_FR, "Encore une fois, " + DOG_FR[0].lower() + DOG_FR[1:], "again")
    assert not keeps_all(DOG, DOG_FR, DOG_FR, "again")                          # still lost
    slow = "My laptop is very slow again today, and I think I need to buy a new one before the end of the year."
    first = "Mon ordinateur portable est encore très lent et je pense qu'il faut l'acheter un nouveau avant la fin."
    assert not keeps_all(slow, first, "Aujourd'hui, mon ordinateur portable est très lent et je pense qu'il faut "
                                      "l'acheter un nouveau avant la fin.", "today")     # «encore» lost
    leak = "The washing machine in the basement is leaking again, and there is water all over the floor near the door."
    assert not keeps_all(leak, "La machine à laver dans le sous-sol est à récidiver, et il y a de l'eau partout dans "
                               "le sol près de la porte.", "La machine à laver dans le sous-sol conduit encore une "
                               "fois, et il y a de l'eau dans le sol près de la porte.", "again")   # «partout» lost
    assert not keeps_all(DOG, DOG_FR, "Encore une fois, le chien de mon voisin aboyait toute la nuit et je n'ai pas "
                                      "pu dormir avant 4 heures du matin.", "again")             # a number changed
    boss = "My boss wants me to travel to Berlin again next week, but I have already been there twice this month."
    assert not keeps_all(boss, "Mon patron veut que je voyage à Berlin la semaine prochaine, mais j'y ai déjà été deux "
                               "fois ce mois-ci.", "Mon patron veut que je voyage à Berlin encore une fois à Berlin la "
                               "semaine prochaine, mais j'y ai déjà été deux fois ce mois-ci.", "again")  # said twice


def test_a_french_that_lost_a_word_is_searched_again_in_a_form_that_keeps_it(tiny_checkpoint, monkeypatch):
    """The tiny model writes no «encore»: the sentence is searched again read "once again" and "Again, …" in one
    search (then the tiny model's garble of one may be cut at its seam, clauses.py); its French keeps nothing, so the
    first French stays, without the note."""
    from s2s_core import Translator
    tr = Translator.from_checkpoint(tiny_checkpoint)
    monkeypatch.setattr(tr, "french", True)          # the second pass is measured for French only
    read = []
    search = tr._search
    monkeypatch.setattr(tr, "_search", lambda ids, *a, **k: read.append(list(ids)) or search(ids, *a, **k))
    t = tr.translate(DOG, beam_size=2, n_best=1, max_length=4)
    assert len(read) >= 2 and [i[:-1] for i in read[1]] == [tr.tokenizer.encode(r) for r in readings(DOG, "again")]
    assert t.source == DOG and KEPT_NOTE.format(word="again") not in t.notes
    read.clear()
    tr.translate("We were late, so the shop was closed when we arrived at the market on Friday.", beam_size=2,
                 n_best=1, max_length=4)
    assert len(read) == 1                            # nothing droppable: one search
