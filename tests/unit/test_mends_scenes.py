"""Nouns the model wrote in another sense than the English context means (mends/contexts.py, measure49, s39): "I need
to change the dressing on your wound." had come out «Je dois changer la robe sur ta blessure.» (a dress)."""
from __future__ import annotations

import pytest

from s2s_core.mends.contexts import mend
from s2s_core.typography import french


@pytest.mark.parametrize("model, source, expected", [   # what the model wrote, on the sentences written for each
    # a wound's dressing
    ("L'infirmière a changé la robe ce matin.", "The nurse changed the dressing this morning.",
     "L'infirmière a changé le pansement ce matin."),
    ("L'infirmière changera ta robe demain.", "The nurse will change your dressing tomorrow.",
     "L'infirmière changera ton pansement demain."),
    ("Mettez une robe nettoyante sur le coup.", "Please put a clean dressing on the cut.",
     "Mettez un pansement nettoyante sur le coup."),
    # a fall
    ("Après l'automne, il ne pouvait pas marcher.", "After the fall he could not walk.",
     "Après la chute, il ne pouvait pas marcher."),
    ("Elle a cassé la hanche dans un mauvais automne.", "She broke her hip in a bad fall.",
     "Elle a cassé la hanche dans une mauvaise chute."),
    ("Elle a cassé son poignet en automne l'hiver dernier.", "She broke her wrist in a fall last winter.",
     "Elle a cassé son poignet lors d'une chute l'hiver dernier."),
    ("Une tombée sur la glace peut être dangereux.", "A fall on the ice can be dangerous.",
     "Une chute sur la glace peut être dangereux."),
    # a goal scored
    ("Il a marqué l'objectif gagnant à la dernière minute.", "He scored the winning goal in the last minute.",
     "Il a marqué le but gagnant à la dernière minute."),
    ("Leur deuxième objectif était une pénalité.", "Their second goal was a penalty.",
     "Leur deuxième but était une pénalité."),
    ("Le gardien de but a permis d'atteindre un objectif facile.", "The goalkeeper let in an easy goal.",
     "Le gardien de but a permis d'atteindre un but facile."),
    # a striker
    ("Il est la meilleure grève de l'équipe.", "He is the best striker in the team.",
     "Il est le meilleur attaquant de l'équipe."),
    ("La nouvelle grève est très rapide.", "The new striker is very fast.", "Le nouvel attaquant est très rapide."),
    ("Notre grève a marqué deux buts samedi.", "Our striker scored twice on Saturday.",
     "Notre attaquant a marqué deux buts samedi."),
    # a sports training
    ("Elle s'est blessée la cheville pendant la formation.", "She hurt her ankle during training.",
     "Elle s'est blessée la cheville pendant l'entraînement."),
    ("Les joueurs ont manqué la formation de mardi.", "The players missed training on Tuesday.",
     "Les joueurs ont manqué l'entraînement de mardi."),
    # software
    ("La candidature s'est écrasée lorsque je l'ai ouvert.", "The application crashed when I opened it.",
     "L'application s'est écrasée lorsque je l'ai ouvert."),
    ("Fermez la candidature et redémarrez votre ordinateur.", "Close the application and restart your computer.",
     "Fermez l'application et redémarrez votre ordinateur."),
    ("Les examens passent sur mon ordinateur.", "The test passes on my computer.", "Les tests passent sur mon "
     "ordinateur."),
    ("Les développeurs ont écrit un nouvel examen pour la page.", "The developers wrote a new test for the page.",
     "Les développeurs ont écrit un nouveau test pour la page."),
    # a tenant
    ("Notre locateur a perdu la clé.", "Our tenant has lost the key.", "Notre locataire a perdu la clé."),
    ("Le locateur paie le loyer tous les mois.", "The tenant pays the rent every month.",
     "Le locataire paie le loyer tous les mois."),
])
def test_a_noun_is_written_in_the_sense_its_context_names(model, source, expected):
    assert mend(model, source) == expected
    assert french(model, source) == expected                                # typography.py calls it


@pytest.mark.parametrize("model, source", [   # the other senses, where the English says so
    ("Elle portait une robe de chambre.", "She wore a dressing gown."),
    ("Voulez-vous de la sauce sur votre salade ?", "Would you like some dressing on your salad?"),
    ("Les feuilles tombent en automne.", "The leaves fall in the autumn."),
    ("Je me suis cassé le bras en automne.", "I broke my arm in the fall."),             # the season (US)
    ("Notre objectif est de gagner la ligue.", "Our goal is to win the league this season."),
    ("Les travailleurs sont en grève.", "The workers are on strike again, and the strikers marched."),
    ("Elle suit une formation pour les enseignants.", "She is doing a training course for teachers."),
    ("J'ai envoyé ma candidature pour le poste.", "I sent my application for the job."),
    ("Les étudiants ont un examen demain.", "The students have a test at school tomorrow."),
    ("Le locateur et le locataire ont signé.", "The landlord and the tenant signed."),
])
def test_the_other_senses_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # right when short, wrong in longer sentences
    ("…et qu'on appelle le nombre d'urgence.", "…and call the emergency number straight away.",
     "…et qu'on appelle le numéro d'urgence."),
    ("…et appeler le nombre d'urgence à l'extérieur.", "…and call the emergency number from outside.",
     "…et appeler le numéro d'urgence à l'extérieur."),
    ("Le nombre d'urgence est écrit sur une carte.", "The emergency number is written on a card.",
     "Le numéro d'urgence est écrit sur une carte."),
    ("L'ascenseur de notre bâtiment n'a pas travaillé pendant deux semaines.",
     "The lift in our building has not worked for two weeks.",
     "L'ascenseur de notre bâtiment n'a pas fonctionné pendant deux semaines."),
    ("Le radiateur dans la chambre n'a pas travaillé tout l'hiver.", "The radiator in the bedroom has not worked all "
     "winter.", "Le radiateur dans la chambre n'a pas fonctionné tout l'hiver."),
    ("Le chauffage n'a pas travaillé depuis la semaine dernière.", "The boiler has not worked since last week.",
     "Le chauffage n'a pas fonctionné depuis la semaine dernière."),
])
def test_an_emergency_number_and_a_machine_that_has_not_worked(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Mon frère n'a pas travaillé depuis mars.", "My brother has not worked since March."),     # a person
    ("Le nombre d'urgences a doublé.", "The number of emergencies has doubled."),                 # a quantity
])
def test_a_person_who_has_not_worked_and_a_number_of_emergencies_are_left(model, source):
    assert mend(model, source) == model


def test_an_elided_de_before_the_noun_is_written_for_its_new_first_letter():
    # news (screen_cmp): "…scores a lot of goals." had «…un grand nombre d'objectifs.»: «de buts», not «d'buts»
    assert mend("…et un grand nombre d'objectifs.", "He scores a lot of goals.") == "…et un grand nombre de buts."


@pytest.mark.parametrize("model, source, expected", [   # fix50 (s39, measure50): a view of a place, not an opinion
    ("Même si l'appartement est un peu petit, il a une opinion adorable sur la rivière et le loyer est raisonnable.",
     "Although the apartment is a bit small, it has a lovely view of the river and the rent is reasonable.",
     "Même si l'appartement est un peu petit, il a une vue adorable sur la rivière et le loyer est raisonnable."),
    ("La pièce est petite, mais elle a une opinion adorable sur le port.",
     "The room is small, but it has a lovely view of the harbour.",
     "La pièce est petite, mais elle a une vue adorable sur le port."),
    ("D'après le balcon, il y a une vision adorable de la vieille ville.",
     "From the balcony there is a lovely view of the old town.",
     "D'après le balcon, il y a une vue adorable de la vieille ville."),
])
def test_fix50_a_view_of_a_place_is_une_vue(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Quelle est votre opinion du nouveau plan pour la ville ?", "What is your view of the new plan for the town?"),
    ("Ils ont des opinions différentes sur le parc.", "They have different views on the park."),
    ("De son point de vue, la rivière est propre.", "From his point of view, the river is clean."),
])
def test_fix50_an_opinion_is_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix51 (measure51): «pneu d'entrée», «de dos», «plat»
    ("Mon pneu d'entrée est plat.", "My front tyre is flat.", "Mon pneu avant est à plat."),
    ("Regarde les pneus de dos avant de partir.", "Check the back tyres before you leave.",
     "Regarde les pneus arrière avant de partir."),
    ("Les deux pneus sont plats.", "Both tyres are flat.", "Les deux pneus sont à plat."),
])
def test_fix51_a_front_back_or_flat_tyre(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Il a mal au dos.", "He has a sore back."),                              # no tyre
    ("La route est plate.", "The road is flat, and my tyres are new."),      # flat, but not the tyre
    ("Le ticket d'entrée est cher.", "The entry ticket for the wheel is expensive."),
])
def test_fix51_other_backs_and_flats_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix53 (measure52): worn tyres, brakes, shoes → «usés»
    ("Mes chaussures sont mouillées et les sols laissèrent l'eau.",
     "My shoes are worn and the soles let the water in.", "Mes chaussures sont usées et les sols laissèrent l'eau."),
    ("Les pneus sur mon vélo sont complètement veillés.", "The tyres on my bike are completely worn.",
     "Les pneus sur mon vélo sont complètement usés."),
    ("Les pneus ont l'air roulés.", "The tyres look worn.", "Les pneus ont l'air usés."),
    ("Tes freins sont portés et doivent être remplacés.", "Your buttons are worn and need to be replaced.",
     "Tes freins sont usés et doivent être remplacés."),   # "brakes" as glossary.py reads it
    ("…parce que les pneus avant sont trop mouillés et l'un des phares ne fonctionne pas.",
     "…because the front tyres are too worn and one of the headlights is not working.",
     "…parce que les pneus avant sont trop usés et l'un des phares ne fonctionne pas."),
])
def test_fix53_worn_tyres_brakes_and_shoes_are_uses(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Il a porté le même manteau depuis des années.", "He has worn the same coat for years."),   # wear a coat
    ("Elle a porté ses chaussures rouges.", "She has worn her red shoes."),
    ("Ses bottes étaient si mouillées que ses pieds étaient mouillés.",    # «mouillés» may be the wet feet
     "His boots were so worn that his feet got wet."),
    ("Les chaussures sont mouillées.", "The shoes are wet."),
])
def test_fix53_a_worn_coat_and_wet_shoes_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix53 (measure52): a machine's part → «la pièce»
    ("Je dois ordonner les parties de l'Allemagne.", "I have to order the parts from Germany.",
     "Je dois commander les pièces de l'Allemagne."),
    ("Nous avons commandé les parties d'un magasin en Italie.", "We ordered the parts from a shop in Italy.",
     "Nous avons commandé les pièces d'un magasin en Italie."),
    ("Le garage commandera la partie demain.", "The garage will order the part tomorrow.",
     "Le garage commandera la pièce demain."),
    ("Je dois commander une nouvelle partie de la machine à laver.",
     "I need to order a new part for the washing machine.",
     "Je dois commander une nouvelle pièce de la machine à laver."),
    ("Nous attendons une partie épargnée pour le lave-vaisselle.",
     "We are waiting for a spare part for the dishwasher.",
     "Nous attendons une pièce de rechange pour le lave-vaisselle."),
])
def test_fix53_a_machines_part_is_une_piece(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Une partie de la maison est très vieille.", "Part of the house is very old."),       # a part of a whole
    ("Elle a joué une petite partie au film.", "She played a small part in the film."),   # a part played
    ("Une partie de la voiture est rouillée.", "Part of the car is rusty."),
    ("Le juge a ordonné une enquête.", "The judge ordered an inquiry."),                  # ordered, but no part
])
def test_fix53_a_part_of_a_whole_and_a_judges_order_are_left(model, source):
    assert mend(model, source) == model


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
