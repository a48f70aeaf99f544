"""Everyday phrases the model turned into another meaning, read as a paraphrase it translates right ("The shoes are
out of stock." had come out "Les chaussures sont en stock.")."""
from __future__ import annotations

import re

import pytest

from s2s_core.fold import fold
from s2s_core.phrasing import PHRASES, read_phrases

READ = [   # (typed, read): each entry of PHRASES read at least once
    ("The lamp is out of stock.", "The lamp is not available."),
    ("We got charged twice for the tickets.", "We paid twice for the tickets."),
    ("I've been charged two times.", "I've paid two times."),
    ("Please book a table for six.", "Please reserve a table for six."),
    ("We booked two rooms.", "We reserved two rooms."),
    ("Booking me a taxi is kind.", "Reserving me a taxi is kind."),
    ("Our booking is for Tuesday.", "Our reservation is for Tuesday."),
    ("I can't log into my email.", "I can't access my email."),
    ("You can place an order online.", "You can order online."),
    ("He placed an order for a lamp.", "He ordered a lamp."),
    ("Placing another order is easy.", "Ordering is easy."),
    ("Dispatched within a day.", "Sent within a day."),
    ("Your order has been dispatched.", "Your order has been sent."),
    ("We dispatched your order today.", "We sent your order today."),
    ("Her payment went through.", "Her payment was made."),
    ("Both payments went through.", "Both payments were made."),
    ("Disputing the charge takes time.", "Disputing the payment takes time."),
    ("Dinner's running an hour late.", "Dinner's an hour late."),
    ("Tom is currently on leave.", "Tom is currently on holiday."),
    ("Warranty included.", "Guarantee included."),
    ("Both warranties ended.", "Both guarantees ended."),
    ("Can someone get back to us?", "Can someone reply to us?"),
    ("Nobody got back to me.", "Nobody replied to me."),
    ("The chairs arrived damaged.", "The chairs arrived in bad condition."),
    ("Wrong items again!", "Wrong products again!"),
    ("Keep everyone posted.", "Keep everyone informed."),
    ("Is the museum within walking distance?", "Is the museum close enough to walk to?"),
    ("Please reset your password.", "Please change your password."),
    ("Could we reset the password?", "Could we change the password?"),
    ("Her cheque bounced.", "Her cheque was refused."),
    ("Two checks bounced.", "Two cheques were refused."),
    ("The check bounced.", "The cheque was refused."),
    ("The web site is down.", "The web site doesn't work."),
]
LEFT = [   # looks like one, but is not
    "Sorry, we're out of stock of that one.",            # a shop out of stock: "à court de stock" as it was
    "An out-of-stock item.",
    "He was charged twice with theft.",                  # a court's charge
    "She has been charged twice.",
    "I read the book a friend gave me.",                 # the noun
    "Booking.com has it.",
    "How do I log in?",
    "I'll place the order form here.",
    "We want to get back to work.",
    "He is on sick leave.",
    "Please leave on time.",
    "The ball bounced.",
    "The sun is down.",
    "I reset my password yesterday.",                    # a past "reset": "change" would be present
    "It's within walking distance of the station.",
    "The running time is late at night.",
    # a reading that changed the meaning: "He dispatched the enemy" had been read "He sent the enemy", "The site is
    # down the road" "The site doesn't work the road", "Check bounced off the wall" "Check was refused off the
    # wall", "He placed an order of monks" "He ordered of monks", "I was charged twice with murder" "I paid twice
    # with murder", "The payment went through the wrong account" "…was made the wrong account", "dispute this charge
    # of negligence" "…this payment of negligence", "keep him posted at the border" "…informed at the border"
    "He dispatched the enemy with a single blow.", "The knight dispatched the dragon.",
    "The site is down the road from the school.", "The construction site is down by the river.",
    "Check bounced off the wall.", "He placed an order of monks in the abbey.", "She placed an order to stop.",
    "I was charged twice with murder.", "We were charged twice by the police.",
    "The payment went through the wrong account.", "Please dispute this charge of negligence.",
    "They keep him posted at the border.", "Within walking distance, there were three shops.",
]


def test_there_is_a_reading_for_each_entry():
    for phrase, _ in PHRASES:
        assert any(re.search(phrase, typed, re.IGNORECASE) for typed, _ in READ), phrase


@pytest.mark.parametrize("typed,read", READ)
def test_each_phrase_is_read_as_its_paraphrase_with_its_capital(typed, read):
    assert read_phrases(typed) == read


@pytest.mark.parametrize("typed", LEFT)
def test_what_only_looks_like_a_phrase_is_left_alone(typed):
    assert read_phrases(typed) == typed


def test_the_reading_is_named_in_the_note():
    f = fold("The shoes are out of stock.", lambda c: True)
    assert f.text == "The shoes are not available." and f.reworded == ("a phrase in words the model knows",)
    assert fold("The shoes are not available.", lambda c: True).reworded == ()
