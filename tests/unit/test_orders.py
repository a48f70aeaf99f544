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


# ---- long39 (s36): an order told as done is read again too; "First," may open the run
VEGETABLES = ("First, wash the vegetables and cut them into small pieces, then put them in a large pan with a little "
              "oil and salt.")


def test_an_order_told_as_done_asks_for_a_reading_one_order_at_a_time():
    from s2s_core.orders import orders_turned
    assert orders(VEGETABLES) == ["wash", "cut", "put"]               # "First," opened it: no run before
    told = ("Tout d'abord, lave les légumes et les a coupés dans de petits morceau, puis les mettait dans une grande "
            "poêle avec un peu d'huile et de sel.")
    ordered = ("Premièrement, lave les légumes et coupe-les en petits morceaux, puis mettez-les dans une grande poêle "
               "avec un peu d'huile et de sel.")
    assert orders_turned(VEGETABLES, told) == 2 and orders_turned(VEGETABLES, ordered) == 0
    assert orders_turned("Take the chicken out of the fridge and put it on the table.", "…et l'a mise…") == 0
    # not a run of orders: two verbs and under twelve words
    assert verbs_lost("Open the box, remove the plastic, then connect the cable to the back.",
                      "Ouvrez la boîte, enlève le plastique, puis relie le câble à l'arrière.") == 0   # «enlève»


def test_an_order_read_alone_loses_its_exclamation_mark_and_then_reads_puis():
    parts = order_clauses(VEGETABLES)
    assert [p.text for p in parts] == ["First, wash the vegetables", "and cut them into small pieces,",
                                       "then put them in a large pan with a little oil and salt."]
    assert seams.as_read(parts[2]) == "Put them in a large pan with a little oil and salt."
    assert seams.fit("Mettez-les dans une grande poêle.", parts[2]) == "puis mettez-les dans une grande poêle."
    assert seams.fit("Coupe-les en petits morceaux\u202f!", parts[1]) == "et coupe-les en petits morceaux,"
