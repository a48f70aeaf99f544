"""french_words.py / trust.NOT_FRENCH: a word of the translation that is not French (made up by the model, or English
left as typed) is named (warn54, s40: «…dans un barnage à proximité.», «…mon assignement…», «La vanelle…», «…en
Ecotlande…», «…le pitch est inondé.» had no such warning; the sentences here are new)."""
import numpy as np
import pytest

from s2s_core import trust
from s2s_core.french_words import known, not_french
from s2s_core.results import Hypothesis


@pytest.mark.parametrize("source, french, odd", [
    ("The cobbler mended the heels of my boots.", "Le passe-temps a remporté les chauffettes de mes bottes.",
     ["chauffettes"]),
    ("There is a wasp nest under the roof of the garage.", "Il y a un nœur de guêpe sous le toit du garage.", ["nœur"]),
    ("I found a woodlouse in the bathtub.", "J'ai trouvé un boiso dans la baignoire.", ["boiso"]),
    ("If it breaks, the shop will send us another one.", "Si elle casse, le magasin nous envoiera une autre.",
     ["envoiera"]),
    ("We bought a hammock for the garden.", "Nous avons acheté un hammock pour le jardin.", ["hammock"]),   # English
    ("The football pitch is flooded.", "Le terrain de football pitch est inondé.", ["pitch"]),
    ("My cousin lives in Scotland.", "Mon cousin vit en Ecotlande.", ["Ecotlande"]),                 # a name made up
    ("Monks live in silence.", "Les monks vivent en silence.", ["monks"]),     # the input's first word, in lower case
    ("Our ferret sleeps in the shed; the ferret is old.", "Notre furetto dort dans l'abri ; le furetto est vieux.",
     ["furetto"]),                                                                                  # named once
])
def test_a_word_that_is_not_french_is_named(source, french, odd):
    assert not_french(source, french) == odd


@pytest.mark.parametrize("source, french", [
    ("Our neighbour Anna lives across the road.", "Notre voisine Anna vit de l'autre côté de la rue."),   # a name
    ("Mr Dupont called from Ottawa.", "M. Dupont a appelé d'Ottawa."),
    ("Do you ship to Canada?", "Est-ce que vous expédiez au Canada ?"),      # a verb form the list lacks: «expédier»
    ("Water the plants, please.", "Arrosez les plantes, s'il vous plaît."),
    ("We laugh a lot.", "Nous rions beaucoup."),                            # «rire»
    ("Too many sweets are bad for you.", "Trop de sucres, c'est mauvais pour toi."),    # a plural: «sucre»
    ("We visited ancient Egypt.", "Nous avons visité l'ancienne Egypte."),   # no accent on a capital
    ('How do you say "hammock" in French?', "Comment dit-on « hammock » en français ?"),   # quoted: the user's
    ("I gave him his painkillers.", "Je lui ai donné ses antidouleurs."),   # the glossary's French
    ("I like cats.", "J'aime les chats."), ("", ""),
])
def test_a_french_word_a_name_or_a_word_of_the_input_is_not_named(source, french):
    assert not_french(source, french) == []


def test_a_noun_made_a_verb_is_named_though_the_noun_is_french():
    assert "moustique" in known() and "moustiquer" not in known()
    assert not_french("I just got bitten by a mosquito.", "Je viens de moustiquer par un moustique.") == ["moustiquer"]


def _hypothesis(text, n):
    return Hypothesis(text, ["▁x"] * n, list(range(n)), -1.0, -0.5, [-0.1] * n, np.zeros((n, 1)), None, [])


def test_the_not_french_warning_fires_and_names_the_word():
    from ui.result import _warning_line
    source = ["▁The", "▁reception", "▁is", "▁in", "▁a", "▁barn", ".", "</s>"]
    h = _hypothesis("La réception est dans un barnage.", 7)
    h.warnings = trust.assess(h, source)
    assert trust.NOT_FRENCH in h.warnings
    assert trust.named_not_french(h, source) == ["barnage"]
    assert _warning_line(trust.NOT_FRENCH, h, source) == f"{trust.NOT_FRENCH.message} Not French: «barnage»."
    h.text = "La réception est dans une grange."
    assert trust.NOT_FRENCH not in trust.assess(h, source)
