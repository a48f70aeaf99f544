"""Numbers, prices, temperatures, dates and place names as a French reader expects them (a probe of what demo
visitors type, session 27)."""
from __future__ import annotations

from s2s_core.numbers import repair
from s2s_core.place_names import french_places
from s2s_core.quantities import read
from s2s_core.typography import french


def _read(text: str) -> tuple[str, tuple]:
    return read(text, lambda sign: False)[:2]


def test_a_grouped_price_with_a_digit_too_many_is_written_as_the_source_has_it():
    # "The laptop costs $1,299." had come out "Le portable coûte 1,2999." (a 9 too many, the dollar lost)
    assert repair("Le portable coûte 1,2999.", "The laptop costs $1,299.") == "Le portable coûte 1,299 $."
    assert french(repair("Le portable coûte 1,2999.", "The laptop costs $1,299."), "The laptop costs $1,299.") \
        == "Le portable coûte 1 299 $."
    assert repair("Il coûte 1 29 euros.", "It costs 1,299 euros.") == "Il coûte 1 299 euros."     # one too few
    assert repair("1,2999 ou 3,4555", "1,299 or 3,455") == "1,2999 ou 3,4555"     # two missing: which is which?


def test_a_price_said_with_its_cents_after_the_currency_is_read_in_digits():
    # "It costs two euros fifty." had come out "Ça coûte deux euros cinquante ans."
    assert _read("It costs two euros fifty.")[0] == "It costs 2.50 euros."
    assert _read("The bus costs 2 euros 50.")[0] == "The bus costs 2.50 euros."
    assert _read("That's five pounds twenty each.")[0] == "That's 5.20 pounds each."
    assert _read("one euro five")[0] == "1.05 euros"
    assert _read("I gave 5 pounds 20 people.")[0] == "I gave 5 pounds 20 people."          # a count follows


def test_minus_before_a_temperature_is_read_as_the_sign():
    # "dropped to minus 5 degrees" had come out "tombée en minuscule 5 degrés"
    assert _read("The temperature dropped to minus 5 degrees.") == \
        ("The temperature dropped to 5 degrees.", (("5", 0),))
    assert _read("It was minus 20 outside.") == ("It was 20 degrees outside.", (("20", 0),))   # "-40 ans"
    assert _read("10 minus 5 is 5 degrees.")[1] == ()                   # a sum
    assert _read("Ten minus 5 is 5 degrees.")[1] == ()
    assert _read("Our score was minus 5.")[1] == ()                     # no temperature


def test_a_quarter_past_the_hour_before_from_is_a_time():
    # "leaves at a quarter past ten from platform 4" had come out "part à un quart de la voie 4" (the hour lost)
    assert _read("The train leaves at a quarter past ten from platform 4.")[0] == \
        "The train leaves at 10:15 from platform 4."


def test_centimetres_in_british_spelling_are_read_as_the_model_knows_them():
    # "has grown 8 centimetres" had come out "a grandi 8 centimes"
    assert _read("He has grown 8 centimetres.")[0] == "He has grown 8 centimeters."
    assert _read("It is 1 centimetre long.")[0] == "It is 1 centimeter long."
    assert _read("The centimetre is small.")[0] == "The centimetre is small."


def test_a_date_range_from_the_first():
    assert french("Nous serons en Espagne du 1 à 15 août.", "x") == "Nous serons en Espagne du 1er au 15 août."
    assert french("du 2 à 15 août", "x") == "du 2 au 15 août"
    assert french("de 3 à 5 jours", "x") == "de 3 à 5 jours"                # no month: not a date


def test_mister_and_nouvel_as_french_writes_them():
    assert french("dire à M Taylor que", "tell Mr Taylor that") == "dire à M. Taylor que"
    assert french("Il a M A.", "He has M A.") == "Il a M A."              # no "Mr" in the source
    assert french("J'ai acheté un nouveau iPhone hier.", "x") == "J'ai acheté un nouvel iPhone hier."
    assert french("Notre nouveau appartement est grand.", "x") == "Notre nouvel appartement est grand."
    assert french("C'est un beau hôtel.", "x") == "C'est un bel hôtel."
    for kept in ("Il fait beau aujourd'hui.", "Le nouveau est arrivé.", "un nouveau héros", "de nouveaux amis"):
        assert french(kept, "x") == kept


def test_place_names_the_model_copied_are_written_in_french():
    assert french("Emma a déménagé à Edinburgh.", "Emma moved to Edinburgh.") == "Emma a déménagé à Édimbourg."
    assert french_places("Emma a déménagé à Edinburgh.", "Emma moved to Edinburgh.") == "Emma a déménagé à Édimbourg."
    assert french_places("Lisbon est plus chaud.", "Lisbon is warmer.") == "Lisbonne est plus chaud."
    assert french_places("Ma sœur vit au Hamburg.", "My sister lives in Hamburg.") == "Ma sœur vit à Hambourg."
    assert french_places("un appartement au Manchester", "a flat in Manchester") == "un appartement à Manchester"
    assert french_places("Il joue au Manchester United.", "He plays in Manchester United.") == \
        "Il joue au Manchester United."                                 # a club, not the city
    assert french_places("près du lac Genève", "near Lake Geneva") == "près du lac Léman"
    assert french_places("le long des Thames", "along the Thames") == "le long de la Tamise"
    assert french_places("Les Thames sont longs.", "The Thames is long.") == "La Tamise est longs."
    assert french_places("à Edinburgh", "in Edimbourg") == "à Edinburgh"      # not in the source: left
    assert french_places("New Hamburg", "New Hamburg council") == "New Hamburg"     # a longer name (Ontario)
    assert french_places("À Lisbonne", "In Lisbon we ate well.") == "À Lisbonne"


def test_an_age_said_with_is_takes_avoir_in_french():
    # "My grandmother is 90." had come out "Ma grand-mère est 90 ans."
    assert french("Ma grand-mère est 90 ans.", "My grandmother is 90.") == "Ma grand-mère a 90 ans."
    assert french("Je suis 30 ans.", "I am 30.") == "J'ai 30 ans."
    assert french("Le vin est 10 ans.", "The wine is 10 years old.") == "Le vin a 10 ans."
    assert french("C'est 5 ans.", "It is 5.") == "C'est 5 ans."                       # no subject to have it
    assert french("Il est 5 ans plus tard.", "He is 5.") == "Il est 5 ans plus tard."
    assert french("Elle est 5 ans.", "She left 5 years ago.") == "Elle est 5 ans."    # no age in the source


def test_a_bare_amount_paid_takes_the_decimal_comma():
    # "I paid 3.50 for a sandwich." had come out "J'ai payé 3.50 pour un sandwich."
    assert french("J'ai payé 3.50 pour un sandwich.", "I paid 3.50 for a sandwich.") == \
        "J'ai payé 3,50 pour un sandwich."
    assert french("Python 3.5 est bien.", "Python 3.5 is good.") == "Python 3.5 est bien."


def test_an_address_and_a_phone_number_take_au():
    # "I live at 42 Baker Street." had come out "Je vis à 42 Baker Street.", "Call me on 555-0123." "…à 555-0123."
    assert french("Je vis à 42 Baker Street.", "I live at 42 Baker Street.") == "Je vis au 42 Baker Street."
    assert french("Appelle-moi à 555-0123.", "Call me on 555-0123.") == "Appelle-moi au 555-0123."
    assert french_places("Envoyez la lettre à 10 Downing.", "Send the letter to 10 Downing Street.") == \
        "Envoyez la lettre au 10 Downing Street."                     # the street's word put back
    assert french_places("à 12 ans et à 1 000 000", "at 12 and 1 000 000") == "à 12 ans et à 1 000 000"
