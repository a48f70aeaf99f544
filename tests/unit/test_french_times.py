"""Time phrases the model wrote almost right, as French writes them: "It's quarter to nine." had come out "C'est neuf
heures moins le quart.", "What time is it?" "À quelle heure est-il ?", "an hour and a half" "une heure et demi",
"every 20 minutes" "tous les 20 minutes"."""
from __future__ import annotations

import pytest

from s2s_core.typography import french

MENDED = [   # (the model's French, the source as the model read it, as French writes it)
    ("C'est neuf heures moins le quart.", "It's 8:45.", "Il est neuf heures moins le quart."),
    ("C'est 5 h 45.", "It's 5:45.", "Il est 5 h 45."),
    ("C'était presque 19 heures.", "It was almost 19:00.", "Il était presque 19 heures."),
    ("À quelle heure est-il ?", "What time is it?", "Quelle heure est-il ?"),
    ("À quelle heure est-il à Londres ?", "What time is it in London?", "Quelle heure est-il à Londres ?"),
    ("Sais-tu à quelle heure il est ?", "Do you know what time it is?", "Sais-tu quelle heure il est ?"),
    ("Le vol prend une heure et demi.", "The flight takes an hour and a half.", "Le vol prend une heure et demie."),
    ("Le bus arrive tous les 20 minutes.", "The bus comes every 20 minutes.", "Le bus arrive toutes les 20 minutes."),
    ("Il sort tous les deux semaines.", "It comes out every two weeks.", "Il sort toutes les deux semaines."),
    ("Nous dînons autour de 19 heures.", "We eat dinner around 19:00.", "Nous dînons vers 19 heures."),
    ("Le jour après-demain est un jour férié.", "The day after tomorrow is a holiday.",
     "Après-demain est un jour férié."),
    ("L'examen est au 1er mai.", "The exam is on the 1 of May.", "L'examen est le 1er mai."),
    ("Il est rentré à 15 heures du matin.", "He came home at 3 in the morning.", "Il est rentré à 3 heures du matin."),
    ("Nous sommes là à 13 heures du matin.", "We are here at 1 in the morning.", "Nous sommes là à 1 heure du matin."),
    ("La fête va de 19 h 30 à 22 h 30.", "The party is from 19:30 to 22:00.", "La fête va de 19 h 30 à 22 h."),
    ("entre 20 heures et 22:00.", "between 20:00 and 22:00.", "entre 20 heures et 22 h."),
    ("Le dîner est entre 19 h et 20.", "Dinner is between 19:00 and 20:00.", "Le dîner est entre 19 h et 20 h."),
]
KEPT = [   # (French, source): right as it is
    ("C'est deux heures en voiture.", "It's two hours by car."),             # a length, not the time
    ("C'est midi.", "It's noon."),
    ("À quelle heure est la réunion ?", "What time is the meeting?"),         # asks when
    ("Il est midi et demi.", "It's 12:30."),
    ("Ils sont tous les deux partis.", "They both left."),
    ("Tous les jours à 7 heures.", "Every day at 7."),
    ("Il a reporté la réunion au 3 mai.", "He moved the meeting to May 3."),
    ("à 16 heures de l'après-midi", "at 4 in the afternoon"),
    ("La réunion est à 22 h 30.", "The meeting is at 22:30 or 22:00."),
    ("Il a travaillé 14 heures du matin au soir.", "He worked 14 hours from morning to night."),   # a length
    ("Elle a travaillé 15 heures du matin jusqu'à minuit.", "She worked 15 hours, from morning until midnight."),
    ("Le vol dure autour de 3 heures.", "The flight lasts around 3 hours."),
    ("Il y a entre 19 h et 20.", "There are between 19:00 and 20."),
    ("Le train part à 2:00.", "The train leaves at 12:00."),                 # "2:00" is no "12:00": as typed
    ("Il part à 1 h 30.", "He leaves at 11:00 or 1:30."),
]


@pytest.mark.parametrize("text,source,mended", MENDED)
def test_a_time_phrase_is_written_as_french_writes_it(text, source, mended):
    assert french(text, source) == mended


@pytest.mark.parametrize("text,source", KEPT)
def test_a_right_time_phrase_is_kept(text, source):
    assert french(text, source) == text


# names33 (s32): shouted, the French is in capitals when it is mended ("WHAT TIME IS IT?" → "À QUELLE HEURE EST-IL ?")
@pytest.mark.parametrize("text,source,mended", [
    ("À QUELLE HEURE EST-IL ?", "WHAT TIME IS IT?", "QUELLE HEURE EST-IL ?"),
    ("EXCUSEZ-MOI, À QUELLE HEURE EST-CE ?", "EXCUSE ME, WHAT TIME IS IT?", "EXCUSEZ-MOI, QUELLE HEURE EST-IL ?"),
    ("À QUELLE HEURE EST-IL OUVERT ?", "WHAT TIME IS IT OPEN?", "À QUELLE HEURE EST-IL OUVERT ?"),   # asks when
])
def test_a_shouted_what_time_is_it_asks_the_time(text, source, mended):
    assert french(text, source) == mended
