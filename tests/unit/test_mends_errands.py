"""Everyday errands at home and out (mends/errands.py, fix53, fix55, senses51, senses52): "…the bus company cancelled
our booking." had come out «…a annulé nos réserves.» (stocks), "I only have a twenty-pound note." «Je n'ai qu'une note
de vingt ans.»."""
from __future__ import annotations

import pytest

from s2s_core.mends.errands import mend


@pytest.mark.parametrize("model, source, expected", [   # fix53 (measure52): one booking → «notre réservation»
    ("…parce que l'entreprise de bus a annulé nos réserves.",
     "…because the bus company cancelled our reservation.",   # "booking" as orders.py reads it
     "…parce que l'entreprise de bus a annulé notre réservation."),
    ("La société ferry a annulé nos réserves à la dernière minute.",
     "The ferry company cancelled our reservation at the last minute.",
     "La société ferry a annulé notre réservation à la dernière minute."),
    ("L'hôtel a changé nos réservations jusqu'à une autre semaine.",
     "The hotel changed our reservation to another week.",
     "L'hôtel a changé notre réservation jusqu'à une autre semaine."),
    ("L'entreprise de bus a-t-elle annulé nos réservations ?", "Did the bus company cancel our booking?",
     "L'entreprise de bus a-t-elle annulé notre réservation ?"),
])
def test_fix53_one_booking_is_une_reservation(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("L'armée garde ses réserves dans le Nord.", "The army keeps its reserves in the north."),
    ("Nous avons annulé nos réservations.", "We cancelled our bookings."),                  # several
    ("Le magasin a des réserves pour la réservation.", "The shop has stocks for the reservation."),
])
def test_fix53_reserves_and_several_bookings_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix53 (measure52): a night shift → «la garde de nuit»
    ("La nuit commence à sept heures.", "The night shift starts at seven.", "La garde de nuit commence à sept heures."),
    ("Il a fini sa nuit à six heures du matin.", "He finished his night shift at six in the morning.",
     "Il a fini sa garde de nuit à six heures du matin."),
    ("Sa nuit était très silencieuse.", "Her night shift was very quiet.", "Sa garde de nuit était très silencieuse."),
    ("La nuit était difficile, mais les patients ont bien dormi.",
     "The night shift was hard, but the patients slept well.",
     "La garde de nuit était difficile, mais les patients ont bien dormi."),
])
def test_fix53_a_night_shift_is_une_garde_de_nuit(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Ma sœur travaille la nuit à l'hôpital.", "My sister works the night shift at the hospital."),   # right
    ("La nuit était froide.", "The night was cold."),                                  # the night itself
    ("Il travaille en équipe de nuit. La nuit dernière, il a plu.",
     "He works the night shift. Last night it rained."),
])
def test_fix53_nights_that_are_no_shift_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # senses51 (s40): a note of money came out a note, its sum lost
    ("Je n'ai qu'une note de vingt ans.", "I only have a twenty-pound note.", "Je n'ai qu'un billet de vingt livres."),
    ("Peux-tu changer une note de dix minutes ?", "Can you change a ten-pound note?",
     "Peux-tu changer un billet de dix livres ?"),
    ("Il m'a donné une note de cinquante ans.", "He gave me a fifty-euro note.",
     "Il m'a donné un billet de cinquante euros."),
    ("Puis-je payer avec une note de 50 livres ?", "Can I pay with a 50 pounds note?",
     "Puis-je payer avec un billet de 50 livres ?"),
    ("C'est une facture de cent dollars.", "This is a hundred-dollar bill.", "C'est un billet de cent dollars."),
])
def test_senses51_a_banknote_is_a_billet_with_its_sum(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Il a laissé une note sur la table.", "He left a note on the table."),                 # a written note
    ("J'ai écrit une note de deux pages.", "I wrote a note of two pages."),
    ("La note de vingt livres est sur la table.", "The twenty-pound note and the ten-pound note are here."),  # two
])
def test_senses51_other_notes_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # senses52 (s40): household senses no English reading fixed
    # a device charging
    ("Mon téléphone est en train de croître dans la cuisine.", "My phone is charging in the kitchen.",
     "Mon téléphone est en charge dans la cuisine."),
    ("Ton téléphone est-il en train de courir ?", "Is your phone charging?", "Ton téléphone est-il en charge ?"),
    ("Mon téléphone n'est pas en train de courir.", "My phone isn't charging.", "Mon téléphone n'est pas en charge."),
    # a broken fingernail
    ("Elle a cassé un clou au travail hier.", "She broke a nail at work yesterday.",
     "Elle a cassé un ongle au travail hier."),
    ("J'ai cassé un nail en ouvrant la boîte.", "I broke a nail while opening the box.",
     "J'ai cassé un ongle en ouvrant la boîte."),
    # bathroom and kitchen scales
    ("Les échelles de bain sont cassées.", "The bathroom scales are broken.",
     "Les balances de salle de bain sont cassées."),
    ("Peux-tu peser le sucre sur l'échelle ?", "Can you weigh the sugar on the scales?",
     "Peux-tu peser le sucre sur la balance ?"),
    ("L'échelle de la cuisine dit deux cents grammes.", "The kitchen scales say two hundred grams.",
     "La balance de cuisine dit deux cents grammes."),
    # a flat tyre whose flatness was dropped
    ("J'ai eu un pneu sur le chemin du travail.", "I got a flat tyre on the way to work.",
     "J'ai eu un pneu crevé sur le chemin du travail."),
    # "Mind the step"
    ("Mêle le pas quand tu pars.", "Mind the step when you go out.", "Attention à la marche quand tu pars."),
    ("Veuillez déranger le pas !", "Please mind the step!", "Veuillez faire attention à la marche !"),
    ("Poussez les marches, ils sont glissants.", "Mind the steps, they are slippery.",
     "Attention aux marches, ils sont glissants."),
    # a top worn
    ("Elle a acheté une tope rouge pour la fête.", "She bought a red top for the party.",
     "Elle a acheté un haut rouge pour la fête."),
    ("Sa nouvelle toupe a de longues manches.", "Her new top has long sleeves.",
     "Son nouveau haut a de longues manches."),
    ("Elle porte une toupie blanche.", "She is wearing a white top.", "Elle porte un haut blanc."),
    # recording a meeting or a video
    ("Peux-tu distinguer la réunion ?", "Can you record the meeting?", "Peux-tu enregistrer la réunion ?"),
    ("Veuillez remettre le cours et rendre le livre.", "Please record the lecture and return the book.",   # one
     "Veuillez enregistrer le cours et rendre le livre."),
    ("Je vais rendre une vidéo pour ma sœur.", "I will record a video for my sister.",
     "Je vais enregistrer une vidéo pour ma sœur."),
])
def test_senses52_household_senses(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Il a frappé le clou avec un marteau.", "He hit the nail with a hammer."),               # a nail that is a nail
    ("L'échelle du problème est énorme.", "The scale of the problem is huge."),
    ("Elle a pratiqué ses échelles sur le piano.", "She practised her scales on the piano."),
    ("La voiture a un pneu à plat.", "The car has a flat tyre."),                              # right already
    ("Le taureau était en train de courir vers la foule.", "The bull was charging at the crowd."),
    ("Le taureau est-il en train de courir ?", "Is the bull charging?"),
    ("Il prit le premier pas.", "He took the first step."),
    ("Nous sommes arrivés au sommet de la colline.", "We climbed to the top of the hill."),
    ("Les enfants jouaient avec une toupie.", "The children played with a spinning top."),
    ("Il a battu le record du monde.", "He broke the world record."),
    ("Je vais rendre le livre demain.", "I will return the book tomorrow."),
])
def test_senses52_look_alikes_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix55 (measure53): bookings → «réservations»
    ("Les passengers avec des réserves sur les trains annulés peuvent voyager.",
     "Passengers with reservations on cancelled trains can travel.",
     "Les passengers avec des réservations sur les trains annulés peuvent voyager."),
    ("J'ai deux réserves pour ce soir sous le nom Smith.", "I have two reservations for tonight under the name Smith.",
     "J'ai deux réservations pour ce soir sous le nom Smith."),
    ("Toutes les réserves doivent être confirmées par téléphone.", "All reservations must be confirmed by phone.",
     "Toutes les réservations doivent être confirmées par téléphone."),
    ("Toutes nos réserves ont été annulées à cause de la grève.",
     "All our reservations were cancelled because of the strike.",
     "Toutes nos réservations ont été annulées à cause de la grève."),
])
def test_fix55_bookings_are_reservations(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [   # fix55: doubts, stocks, a reserve as the English says them
    ("J'ai quelques réserves au sujet du projet.", "I have some reservations about the plan."),
    ("Il a accepté sans réserves.", "He accepted without reservations."),
    ("Nos réserves d'eau sont basses, malgré les réservations.", "Our water reserves are low, despite the bookings."),
])
def test_fix55_doubts_and_stocks_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # leftsenses60 (s41): "twenty euro note", no hyphen
    ("Je n'ai qu'une note d'euthanasie de vingt ans.", "I only have a twenty euro note.",
     "Je n'ai qu'un billet de vingt euros."),
    ("Il m'a donné un billet de dix euros euro.", "He gave me a ten euro note.",
     "Il m'a donné un billet de dix euros."),
    ("J'ai besoin d'un billet de vingt euros euro pour le taxi.", "I need a twenty euro note for the taxi.",
     "J'ai besoin d'un billet de vingt euros pour le taxi."),
])
def test_leftsenses60_a_euro_note_without_a_hyphen(model, source, expected):
    assert mend(model, source) == expected
