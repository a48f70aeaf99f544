"""Numbers in everyday sentences (session 29): temperatures said "minus twenty-five", sizes, floors, grades."""
from __future__ import annotations

import pytest

from s2s_core.quantities import read


def _read(text: str) -> tuple[str, tuple]:
    text, negatives, _ = read(text, lambda s: False)
    return text, negatives


def test_minus_before_a_compound_number_word_is_read_as_the_sign():
    # "It was minus twenty-five last night." had come out "C'était minuscule 25 ans la nuit dernière."
    assert _read("It was minus twenty-five last night.") == ("It was 25 degrees last night.", (("25", 0),))
    assert _read("It is minus thirty-two degrees.") == ("It is 32 degrees.", (("32", 0),))


def test_minus_said_of_the_weather_with_it_is_a_temperature():
    assert _read("It was minus 25 last night.") == ("It was 25 degrees last night.", (("25", 0),))
    assert _read("It'll drop to minus 10 tonight.") == ("It'll drop to 10 degrees tonight.", (("10", 0),))
    assert _read("It is 10 minus 5.")[1] == ()                               # a sum
    assert _read("Ten minus three is seven.")[1] == ()


def test_a_size_the_model_wrote_as_an_age_is_said_as_a_size():
    from s2s_core.typography import french
    # "I'm a size 38." had come out "J'ai 38 ans.", "I wear a size 38." "Je porte 38 ans."
    assert french("J'ai 38 ans.", "I'm a size 38.") == "Je fais du 38."
    assert french("Je porte 38 ans.", "I wear a size 38.") == "Je porte du 38."
    assert french("Je porte des chaussures en taille 9 heures.", "I wear shoes in size 9.") == \
        "Je porte des chaussures en pointure 9."
    assert french("Ma taille est 42.", "My shoe size is 42.") == "Ma pointure est 42."
    assert french("J'ai 38 ans.", "I'm 38 years old, size 12.") == "J'ai 38 ans."          # an age said
    assert french("Il a 12 ans.", "He is 12.") == "Il a 12 ans."                             # no size


def test_a_year_at_school_and_a_floor_take_their_ordinal_forms():
    from s2s_core.typography import french
    assert french("Ma fille est au cinquième année de l'école.", "My daughter is in the fifth year of school.") == \
        "Ma fille est en cinquième année de l'école."
    # "My flat is on the tenth floor." had come out "Mon appartement est au dix étage."
    assert french("Mon appartement est au dix étage.", "My apartment is on the tenth floor.") == \
        "Mon appartement est au dixième étage."
    assert french("L'immeuble a dix étages.", "The building has ten floors.") == "L'immeuble a dix étages."


def test_an_ordinal_in_digits_written_in_french_words_is_no_missing_number():
    from s2s_core import trust
    # "We live on the 12th floor." → "Nous vivons au douzième étage." had been flagged "a number missing"
    assert trust.missing_numbers(["We live on the 12th floor ."], "Nous vivons au douzième étage.") == []
    assert trust.missing_numbers(["She is in the 7th year of school ."], "Elle est en septième année.") == []
    assert trust.missing_numbers(["We live on the 12th floor ."], "Nous vivons au onzième étage.") == ["12"]


def test_an_hour_that_repeats_the_size_keeps_its_heures():
    from s2s_core.typography import french
    # "I'm a size 12 and I'll be there at 12." had come out "…à 12." (hunt29c): the 12 of the hour is no size
    assert french("Je suis une taille 12 et je serai là-bas à 12 heures.", "I'm a size 12 and I'll be there at 12.") \
        == "Je suis une taille 12 et je serai là-bas à 12 heures."
    assert french("Elle porte une taille de 10 et part à 10 heures ce soir.",
                  "She wears a size 10 and leaves at 10 tonight.") == \
        "Elle porte une taille de 10 et part à 10 heures ce soir."
    assert french("Je porte 38 ans.", "I wear a size 38.") == "Je porte du 38."                 # said once: a size


def test_a_hat_size_beside_a_shoe_size_stays_a_taille():
    from s2s_core.typography import french
    # "The shoe size is 9 and the hat size is 9." had come out "…la pointure du chapeau…" (hunt29c)
    assert french("La taille est de 9 et la taille du chapeau est de 9.", "The shoe size is 9 and the hat size is 9.") \
        == "La taille est de 9 et la taille du chapeau est de 9."


# --- session 30 (numbers30): everyday numbers a demo visitor types ---
def test_a_measure_the_model_wrote_as_a_time_keeps_its_decimal():
    from s2s_core.number_repairs import repair
    # "It's 2.5 km from here." had come out "Il est 14 h5 kilomètres d'ici." ("2.5" read as a time)
    assert repair("Il est 14 h5 kilomètres d'ici.", "It's 2.5 kilometres from here.") == \
        "Il est 2,5 kilomètres d'ici."
    assert repair("C'est 3 h5 kilomètres de la gare.", "It's 3.5 kilometres from the station.") == \
        "C'est 3,5 kilomètres de la gare."
    assert repair("Le train part à 6 h 45.", "The train leaves at 6.45.") == "Le train part à 6 h 45."   # a time
    assert repair("Il part à 14 h 30, à 2 kilomètres.", "He leaves at 14:30, 2 kilometres away.") == \
        "Il part à 14 h 30, à 2 kilomètres."


def test_a_currency_the_source_does_not_name_is_left_out():
    from s2s_core.number_repairs import repair
    # "Petrol costs 1.80 per litre." had come out "…1,80 $ par litre", "…grew by 2.5 million." "…millions de dollars"
    assert repair("L'essence coûte 1,80 $ par litre.", "Gasoline costs 1.80 per litre.") == \
        "L'essence coûte 1,80 par litre."
    assert repair("Elle a augmenté de 2,5 millions de dollars.", "It grew by 2.5 million.") == \
        "Elle a augmenté de 2,5 millions."
    assert repair("Ça coûte 5 $.", "It costs $5.") == "Ça coûte 5 $."
    assert repair("Ça coûte 3 millions de dollars.", "It costs 3 million dollars.") == "Ça coûte 3 millions de dollars."


def test_a_price_for_each_one_is_said_piece():
    from s2s_core.typography import french
    # "The tickets cost 120 dollars each." had come out "…120 dollars chaque fois" (each time)
    assert french("Les tickets coûtent 120 dollars chaque fois.", "The tickets cost 120 dollars each.") == \
        "Les tickets coûtent 120 dollars pièce."
    assert french("Les pommes coûtent 2 euros chacun.", "The apples cost 2 euros each.") == \
        "Les pommes coûtent 2 euros pièce."
    assert french("Je paie 5 euros chaque fois.", "I pay 5 euros each time.") == "Je paie 5 euros chaque fois."


def test_the_ground_floor_is_no_ground():
    from s2s_core.typography import french
    # "The shop is on the ground floor." had come out "Le magasin est sur le sol."
    assert french("Le magasin est sur le sol.", "The shop is on the ground floor.") == \
        "Le magasin est au rez-de-chaussée."
    assert french("Il est tombé sur le sol.", "He fell on the ground.") == "Il est tombé sur le sol."


def test_a_gate_a_platform_or_a_bus_by_its_number_is_no_age_nor_hour():
    from s2s_core.typography import french
    # "Please go to gate 14." had come out "…à la porte 14 ans", "Our flight leaves from gate 12." "…de porte 12"
    assert french("Veuillez vous rendre à la porte 14 ans.", "Please go to door 14.") == \
        "Veuillez vous rendre à la porte 14."
    assert french("Notre vol part de porte 12.", "Our flight leaves from door 12.") == "Notre vol part de la porte 12."
    assert french("J'ai pris le bus 9 heures.", "I took the bus 9.") == "J'ai pris le bus 9."
    assert french("Il a pris le bus à 9 heures.", "He took the bus at 9 o'clock.") == "Il a pris le bus à 9 heures."
    # "The train leaves from platform 4." (read "track 4") had come out "Le train part de pistage 4."
    assert french("Le train part de pistage 4.", "The train leaves from track 4.") == "Le train part de la voie 4."
    assert french("Le train part du plate-forme 4.", "The train leaves from track 4.") == "Le train part de la voie 4."
    assert french("Il court sur la piste 4.", "He runs in lane 4.") == "Il court sur la piste 4."


def test_the_tens_the_model_misreads_alone_are_read_in_digits():
    # demo31 (s31): "I waited forty minutes" had come out "trente minutes", "It costs eighty euros." "huit euros",
    # "Seventy people came" "Soixante personnes"
    assert read("I waited forty minutes for the bus.", lambda c: True)[0] == "I waited 40 minutes for the bus."
    assert read("It costs eighty euros.", lambda c: True)[0] == "It costs 80 euros."
    assert read("Seventy people came.", lambda c: True)[0] == "70 people came."
    for text in ("One hundred and forty people came.", "I am forty.", "She is in her forties.", "twenty minutes"):
        assert read(text, lambda c: True)[0] == text, text


# ---- session 35: a multiplied hundred that ends its number takes an "s"
@pytest.mark.parametrize("written, wanted", [
    ("Elles nous coûtent plus de quatre cent euros.", "Elles nous coûtent plus de quatre cents euros."),
    ("Il a deux cent millions de fans.", "Il a deux cents millions de fans."),      # "millions": a noun
    ("Il a payé quatre cent deux euros.", "Il a payé quatre cent deux euros."),     # another number after it
    ("deux cent mille habitants", "deux cent mille habitants"),                     # "mille": no noun
    ("neuf cent cinquante", "neuf cent cinquante"),
    ("Cent euros, s'il vous plaît.", "Cent euros, s'il vous plaît."),               # not multiplied
])
def test_a_multiplied_hundred_that_ends_its_number_is_plural(written, wanted):
    from s2s_core.numbers import mended
    assert mended(written, "") == wanted


# ---- session 36 (long39): hundreds of millions and billions said in words, read as digits
@pytest.mark.parametrize("text, wanted", [
    # "…which cost more than two hundred million euros, will open…" had come out «…plus de deux cents euros…»
    ("It cost more than two hundred million euros.", "It cost more than 200 million euros."),
    ("Nearly a hundred million people watched.", "Nearly 100 million people watched."),
    ("Five Hundred Million dollars", "500 million dollars"),
    # "two billion euros" had come out «deux milliards de dollars»
    ("They will spend two billion euros.", "They will spend 2 billion euros."),
    ("one billion", "one billion"),                                             # «un milliard» came out right
    ("two thousand two hundred million", "two thousand two hundred million"),   # inside a larger number word
    ("two hundred thousand people", "two hundred thousand people"),             # «deux cent mille» came out right
    ("two million euros", "two million euros"),
])
def test_hundreds_of_millions_and_billions_are_read_as_digits(text, wanted):
    assert _read(text)[0] == wanted
