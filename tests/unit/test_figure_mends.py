"""Dates, ages and measures the model wrote almost right (figure_mends.py and weekdays.py's "by Wednesday", through
typography.french), and round ages in words read as digits (quantities.py). Each French input is what the default
en→fr model wrote for the English as fold.py reads it (probed, session 31)."""
from __future__ import annotations

import pytest

from s2s_core.quantities import read
from s2s_core.typography import french

MENDED = [   # (English as read, the model's French, as French writes it)
    ("We'll meet on Tuesday the tenth.", "Nous nous rejoindrons mardi la dixième.", "Nous nous rejoindrons mardi 10."),
    ("The party is on Friday the third.", "La fête est vendredi.", "La fête est vendredi 3."),
    ("The show is on Saturday the sixth.", "Le spectacle est le sixième.", "Le spectacle est samedi 6."),
    ("Let's meet on Sunday the first.", "Rencontrons-nous dimanche.", "Rencontrons-nous dimanche 1er."),
    ("Call me on Monday the fifth.", "Appelle-moi lundi le cinquième.", "Appelle-moi lundi 5."),
    ("My boss is between 50 and 59 years old.", "Mon patron est de 50 à 59 ans.", "Mon patron a la cinquantaine."),
    ("She's between 20 and 23 years old.", "Elle a entre 20 à 23 ans.", "Elle a un peu plus de 20 ans."),
    ("He's between 27 and 29 years old.", "Il est de 27 à 29 ans.", "Il a presque 30 ans."),
    ("They're between 74 and 76 years old.", "Ils sont entre 74 et 76 ans.", "Ils ont environ 75 ans."),
    ("He's between 70 and 79 years old.", "Il est de 70 à 79 ans.", "Il a entre 70 et 79 ans."),
    ("It's 10 degrees colder than yesterday.", "Il fait dix degrés de froid qu'hier.",
     "Il fait dix degrés de moins qu'hier."),
    ("Today is 10 degrees colder than yesterday.", "Aujourd'hui, il y a 10 degrés plus froids qu'hier.",
     "Aujourd'hui, il y a 10 degrés de moins qu'hier."),
    ("It's 5 degrees warmer than yesterday.", "Il fait 5 degrés plus chauds qu'hier.",
     "Il fait 5 degrés de plus qu'hier."),
    ("I need 2 kilograms of potatoes.", "J'ai besoin de 2 kilogrammes de terre.",
     "J'ai besoin de 2 kilogrammes de pommes de terre."),
    ("Saturday's concert was amazing.", "Le concert du samedi était incroyable.",
     "Le concert de samedi était incroyable."),
    ("The parcel should arrive by Wednesday.", "Le paquet devrait arriver mercredi.",
     "Le paquet devrait arriver d'ici mercredi."),
    ("The report must be ready by Thursday.", "Le rapport doit être prêt par jeudi.",
     "Le rapport doit être prêt d'ici jeudi."),
    ("The password must be 8 characters long.", "Le mot de passe doit être de 8 caractéristiques.",
     "Le mot de passe doit être de 8 caractères."),
    ("The name can contain 20 characters.", "Le nom peut contenir 20 personnalités.", "Le nom peut contenir 20 caractères."),
    ("On Easter Day we eat lamb.", "Le jour du Pâques, nous mangeons de l'agneau.",
     "Le jour de Pâques, nous mangeons de l'agneau."),
]
KEPT = [   # (English, French that stays)
    ("We'll meet on Tuesday 10.", "Nous nous reverrons mardi 10."),
    ("The soil is 2 kilograms of earth.", "Le sol a 2 kilogrammes de terre."),          # no potatoes said
    ("Sunday's market is busy.", "Le marché du dimanche est animé."),                  # every Sunday's market
    ("We need an answer by Tuesday.", "Nous avons besoin d'une réponse pour mardi."),   # "pour mardi" is right
    ("Please send it by Friday.", "Veuillez l'envoyer d'ici vendredi."),
    ("It's 10 degrees today.", "Il fait dix degrés de froid aujourd'hui."),            # no comparison said
    ("By Wednesday, I leave.", "Mercredi, je pars."),
    ("The play has 12 characters.", "La pièce a 12 personnages."),
]


@pytest.mark.parametrize("english, model, expected", MENDED)
def test_a_date_an_age_or_a_measure_is_mended(english, model, expected):
    assert french(model, english) == expected


@pytest.mark.parametrize("english, model", KEPT)
def test_what_is_right_or_not_said_stays(english, model):
    assert french(model, english) == model


def test_a_round_age_in_words_is_read_in_digits():
    """"ninety years old" had come out "neuf ans", "sixty years old" "soixante-dix ans"."""
    assert read("My grandmother is ninety years old.", lambda t: True)[0] == "My grandmother is 90 years old."
    assert read("Sixty years old!", lambda t: True)[0] == "60 years old!"
    assert read("two hundred and ninety years old", lambda t: True)[0] == "two hundred and ninety years old"
    assert read("She is ninety.", lambda t: True)[0] == "She is ninety."


@pytest.mark.parametrize("english, model, expected", [   # session 32: "terrace" copied in English, in the masculine
    ("Let's sit on the terrace.", "Asseyons-nous sur le terrace.", "Asseyons-nous sur la terrasse."),
    ("Our flat has a small terrace.", "Notre appartement a un petit terrace.",
     "Notre appartement a une petite terrasse."),
    ("The restaurant has a big terrace.", "Le restaurant a une grande terrace.",
     "Le restaurant a une grande terrasse."),
    ("The terraces are full.", "Les terraces sont pleines.", "Les terrasses sont pleines."),
    ("We had coffee on the terrace.", "Nous avons pris un café au terrace.", "Nous avons pris un café à la terrasse."),
])
def test_a_terrace_copied_in_english_is_written_in_french(english, model, expected):
    assert french(model, english) == expected


@pytest.mark.parametrize("english, model, expected", [   # fix55 (measure53): a weekday's date glued to the hour
    ("Come and celebrate Tom's 30th birthday with us on Saturday 14 from eight o'clock at the Red Lion, and bring "
     "your dancing shoes!",
     "Venez célébrer le 30e anniversaire de Tom avec nous samedi 14 heures à la Red Lion et amener vos chaussures !",
     "Venez célébrer le 30e anniversaire de Tom avec nous samedi 14 à partir de huit heures à la Red Lion et amener "
     "vos chaussures !"),
    ("We are having a barbecue on Saturday 14 from six o'clock, so bring your friends.",
     "Nous avons un barbecue le samedi 14 heures, alors emmenez vos amis.",
     "Nous avons un barbecue le samedi 14 à partir de six heures, alors emmenez vos amis."),
    ("Come to the party on Saturday 14, from eight o'clock.", "Viens à la fête le samedi 14 heures à huit heures.",
     "Viens à la fête le samedi 14 à huit heures."),
])
def test_fix55_a_weekdays_date_is_not_an_hour(english, model, expected):
    assert french(model, english) == expected


@pytest.mark.parametrize("english, model", [   # fix55: the hour is 14 o'clock, or said in a.m./p.m.
    ("The appointment is on Saturday at 14:00.", "Le rendez-vous est samedi 14 heures."),
    ("The appointment is on Saturday 14 at 2 pm.", "Le rendez-vous est samedi 14 heures."),
])
def test_fix55_fourteen_hours_said_so_is_left(english, model):
    assert french(model, english) == model
