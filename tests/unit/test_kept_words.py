"""kept_words.py: a droppable word the French lacks is found (lost34/kept34, s33), and the beam's next best that keeps
it, and is otherwise the same sentence, is shown first (kept35, s34: no second search)."""
import pytest

from s2s_core.kept_words import KEPT_NOTE, MARGIN, _AGAIN_FR, dropped_words, keeping, same_but_word

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
    assert dropped_words(text, french) == lost


# --- kept34: "instead", a statement's closing time phrase (block from h-kept34) ---
MUSEUM = ("We wanted to go to the beach this afternoon, but it started raining, so we visited the old museum in the "
          "town instead.")
RUNS = ("Before he goes to work at the hospital, my husband runs for half an hour in the park near our house every "
        "morning.")
MAIL = ("Could you please send me the new timetable for the trains and the prices of the tickets for next month by "
        "email?")
CAMP = "We went camping with our friends in a beautiful forest near the lake in the north of the country last weekend."


@pytest.mark.parametrize("text, french, lost", [
    (MUSEUM, "…, alors nous avons visité le vieux musée en ville.", ["instead"]),
    (MUSEUM, "…, alors nous avons visité le vieux musée en ville plutôt.", []),
    (MUSEUM.replace("town instead", "town instead of the beach"), "…le vieux musée en ville.", []),   # "instead of"
    (RUNS, "Avant d'aller au travail à l'hôpital, mon mari court… près de notre maison.", ["every morning"]),
    (RUNS, "…, mon mari court… près de notre maison tous les matins.", []),
    (RUNS.replace("every morning.", "every morning when it is sunny."), "…près de notre maison.", []),  # not closing
    (MAIL, "Pourriez-vous m'envoyer la nouvelle heure… pour le mois prochain ?", []),  # "by email" untracked
    (CAMP, "Nous sommes allés camper… au nord du pays.", ["last weekend"]),
    (CAMP, "Nous sommes allés camper… au nord du pays le week-end dernier.", []),
    ("My uncle and his friends go fishing on the small lake behind the old mill near their village every Saturday.",
     "Mon oncle et ses amis vont pêcher sur le petit lac derrière le vieux moulin près de leur village.",
     ["every Saturday"]),
    ("I usually clean the whole house, do the washing and cook for the next few days with my husband at the weekend.",
     "Je nettoie habituellement toute la maison… avec mon mari le week-end.", []),
])
def test_kept34_instead_and_a_closing_time_phrase_are_tracked(text, french, lost):
    assert dropped_words(text, french) == lost


# --- kept35 (s34): the beam's next best that keeps the word, no second search ---
CAT = "The cat has been sick again since Sunday, and it does not want to eat or drink anything at all."
CAT_FR = "Le chat est malade depuis dimanche, et il ne veut rien manger ou boire du tout."
INVOICE_FR = ("Pourriez-vous, je vous prie, m'envoyer la facture parce que j'ai supprimé le premier courriel par "
              "erreur hier ?")


def hyp(text, score):
    from s2s_core.results import Hypothesis
    return Hypothesis(text, [], [], score, score, [], None)


@pytest.mark.parametrize("best, other, same", [
    (CAT_FR, CAT_FR.replace("est malade", "est encore malade"), True),
    ("…alors nous avons visité le vieux musée en ville.", "…alors nous avons visité le vieux musée de la ville "
     "plutôt.", True),                                                                # short words only
    ("Ma mère m'a appelé aujourd'hui pour me demander quand…", "Ma mère m'a appelé à nouveau aujourd'hui pour "
     "demander quand…", True),                                                        # one more word
    (INVOICE_FR, INVOICE_FR.replace("facture parce", "facture à nouveau parce").replace("j'ai supprimé",
     "j'ai su supprimer"), False),                                                   # a verb garbled
    ("…pourriez-vous en prendre un autre près de la fenêtre ?", "…pourriez-vous en prendre encore une fois près de la "
     "fenêtre ?", False),                                                            # "another one" lost
])
def test_the_next_best_is_the_same_sentence_but_the_word(best, other, same):
    import re
    form = re.compile(r"\b(?:plutôt)\b") if "plutôt" in other else _AGAIN_FR
    assert same_but_word(best, other, form) is same


def test_the_first_next_best_within_the_margin_that_keeps_the_word_is_picked():
    keeps = CAT_FR.replace("est malade", "est encore malade")
    assert keeping(CAT, [hyp(CAT_FR, -0.50), hyp(CAT_FR + " !", -0.501), hyp(keeps, -0.503)]) == (2, "again")
    assert keeping(CAT, [hyp(CAT_FR, -0.50), hyp(keeps, -0.50 - MARGIN - 0.01)]) is None        # too far below
    assert keeping(CAT, [hyp(keeps, -0.50), hyp(CAT_FR, -0.51)]) is None                     # the best keeps it
    assert keeping(CAT, [hyp(CAT_FR, -0.50)]) is None and keeping(CAT, []) is None
    slow = "My laptop is very slow again today, and I think I need to buy a new one before the end of the year."
    first = "Mon ordinateur portable est encore très lent et je pense qu'il faut en acheter un nouveau avant la fin."
    assert keeping(slow, [hyp(first, -0.5), hyp("Aujourd'hui, " + first.replace(" encore", "")[0].lower() +
                                                first.replace(" encore", "")[1:], -0.51)]) is None   # «encore» lost


def test_a_sentence_whose_best_lost_the_word_is_led_by_the_next_best_with_a_note():
    """No second search: the hypotheses are reordered and a note says why; a sentence cut in parts is left alone."""
    from s2s_core.results import Translation
    from s2s_core.translator import _kept_first
    keeps = CAT_FR.replace("est malade", "est encore malade")
    t = Translation(CAT, [], [hyp(CAT_FR, -0.5), hyp(CAT_FR + " !", -0.51), hyp(keeps, -0.52)])
    split = Translation(CAT, [], [hyp(CAT_FR, -0.5), hyp(keeps, -0.51)], sentences=[Translation(CAT, [], [])])
    _kept_first([CAT, CAT], [t, split])
    assert [h.text for h in t.hypotheses] == [keeps, CAT_FR, CAT_FR + " !"]
    assert t.notes == [KEPT_NOTE.format(word="again")] and split.best.text == CAT_FR and not split.notes
