"""A long run of orders whose French lost a verb, read again one order at a time (orders.py)."""
import pytest

from s2s_core import seams
from s2s_core.clauses import Clause
from s2s_core.orders import order_clauses, orders, verbs_lost

STATION = ("When you leave the station, turn left, walk past the church and take the second street on the right "
           "after the bakery.")
PRESS = "Press the green button, wait until the light turns blue and then choose the programme you want."


def test_a_run_of_orders_is_found_after_its_opening_clause():
    assert orders(STATION) == ["turn", "walk", "take"]
    assert orders(PRESS) == ["press", "wait", "choose"]


@pytest.mark.parametrize("text", [
    "Go straight ahead until you reach the roundabout, then take the third exit and the hotel is on your left.",
    "Please remember to lock the back door and to turn off the lights in the kitchen before you go to bed.",
    "Turn left, walk past the church and take the second street.",                   # short: read well whole
    "Could you turn left, walk past the church and take the second street on the right?",   # a question
    "We took the lift to the fifth floor, walked to the end and knocked on the last door on the right.",
])
def test_other_sentences_are_no_run_of_orders(text):
    assert orders(text) == [] and order_clauses(text) == [Clause(text)]


def test_a_verb_the_french_lacks_is_counted():
    assert verbs_lost(STATION, "Lorsque vous quittez la gare, tournez à gauche, l'église et prenez la seconde rue "
                               "sur droite après la boulangerie.") == 1                # "walk" lost
    assert verbs_lost(STATION, "Lorsque vous quittez la gare, tournez à gauche, passez l'église et prenez la "
                               "deuxième rue à droite après la boulangerie.") == 0
    assert verbs_lost(PRESS, "Au bouton verte, attends jusqu'à ce que la lumière soit bleue et choisit ensuite le "
                             "programme que tu veux.") == 1                             # "press" lost
    assert verbs_lost(PRESS, "Appuyez sur le bouton vert, attendez… puis choisissez le programme.") == 0


def test_each_order_is_read_alone_and_joined_with_its_link():
    parts = order_clauses(PRESS)
    assert [p.text for p in parts] == ["Press the green button,", "wait until the light turns blue",
                                       "and then choose the programme you want."]
    assert [seams.as_read(p) for p in parts] == ["Press the green button.", "Wait until the light turns blue.",
                                                 "Choose the programme you want."]
    assert seams.fit("Choisissez le programme que vous voulez.", parts[2]) == "puis choisissez le programme que " \
                                                                              "vous voulez."
    assert seams.or_split([Clause(PRESS)], "orders") == parts
    assert len(seams.or_split([Clause(PRESS)], True)) == 1          # no ", and I…" link seam in it
