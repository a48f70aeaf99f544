"""The present of a French verb from the past the model wrote it in (french_present.py): only what it can write for
sure, None for the rest."""
import pytest

from s2s_core.french_present import from_imperfect, from_participle, from_simple_past

PARTICIPLES = [   # (participle, person 0–5, present)
    ("toussé", 0, "tousse"), ("travaillé", 5, "travaillent"), ("étudié", 3, "étudions"), ("rénové", 3, "rénovons"),
    ("attendu", 2, "attend"), ("vécu", 4, "vivez"), ("connu", 2, "connaît"), ("été", 3, "sommes"), ("eu", 0, "ai"),
    ("nourri", 1, "nourris"), ("fini", 5, "finissent"), ("appartenu", 2, "appartient"), ("plu", 2, "pleut"),
]
STEMS = [   # first-group stems that change where the ending is mute, and «-ons» after c and g
    ("acheté", 0, "achète"), ("acheté", 3, "achetons"), ("levé", 5, "lèvent"), ("gelé", 2, "gèle"),
    ("appelé", 2, "appelle"), ("appelé", 4, "appelez"), ("jeté", 5, "jettent"), ("rejeté", 0, "rejette"),
    ("préféré", 2, "préfère"), ("préféré", 3, "préférons"), ("célébré", 5, "célèbrent"), ("protégé", 3, "protégeons"),
    ("essayé", 0, "essaie"), ("nettoyé", 5, "nettoient"), ("envoyé", 2, "envoie"), ("essayé", 4, "essayez"),
    ("mangé", 3, "mangeons"), ("voyagé", 3, "voyageons"), ("commencé", 3, "commençons"), ("commencé", 0, "commence"),
    ("réservé", 2, "réserve"), ("fermé", 0, "ferme"), ("regretté", 2, "regrette"), ("créé", 0, "crée"),
]
NONE = [   # no verb, or a form this does not write
    ("allé", 2), ("passé", 0), ("cueilli", 0), ("plu", 0), ("table", 0), ("bébé", 2),
]


@pytest.mark.parametrize("pp, person, present", PARTICIPLES)
def test_the_present_from_a_participle(pp, person, present):
    assert from_participle(pp, person) == present


@pytest.mark.parametrize("pp, person, present", STEMS)
def test_a_first_group_stem_changes_as_the_grammar_says(pp, person, present):
    assert from_participle(pp, person) == present


@pytest.mark.parametrize("pp, person", NONE)
def test_what_it_cannot_write_for_sure_is_none(pp, person):
    assert from_participle(pp, person) is None


def test_the_present_from_an_imperfect():
    assert [from_imperfect(w, p) for w, p in [("nageais", 0), ("peignait", 2), ("nourrissait", 2), ("mangeait", 2),
                                              ("commençait", 2), ("étais", 0), ("avaient", 5)]] == \
        ["nage", "peint", "nourrit", "mange", "commence", "suis", "ont"]
    assert [from_imperfect(w, 0) for w in ("allait", "fait", "jamais", "français", "pouvait")] == [None] * 5


def test_the_present_from_a_simple_past():
    assert from_simple_past("tricota") == ("tricote", 2)
    assert from_simple_past("tricotèrent") == ("tricotent", 5)
    assert from_simple_past("pizza") is None and from_simple_past("cinéma") is None
