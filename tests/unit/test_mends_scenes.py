"""Nouns the model wrote in another sense than the scene the English names means (mends/scenes.py, measure49, s39):
"I need to change the dressing on your wound." had come out «Je dois changer la robe sur ta blessure.» (a dress)."""
from __future__ import annotations

import pytest

from s2s_core.mends.scenes import mend
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


@pytest.mark.parametrize("source, model, expected", [   # vocab58 (s41): «un lien Internet» is «une connexion»
    ("The internet connection is slow today.", "Le lien Internet est lent aujourd'hui.",
     "La connexion Internet est lente aujourd'hui."),
    ("My internet connection keeps dropping.", "Mon lien d'Internet ne cesse de tomber.",
     "Ma connexion Internet ne cesse de tomber."),
    ("Is there an internet connection in the hotel?", "Y a-t-il un lien Internet dans l'hôtel ?",
     "Y a-t-il une connexion Internet dans l'hôtel ?"),
    ("The wifi connection is very bad here.", "Le lien Wi-Fi est très mauvais ici.",
     "La connexion Wi-Fi est très mauvaise ici."),
])
def test_an_internet_connection_is_une_connexion_and_what_it_is_agrees(source, model, expected):
    assert mend(model, source) == expected


def test_a_link_that_is_not_a_connection_is_left():
    assert mend("Le lien est cassé.", "The link is broken.") == "Le lien est cassé."
@pytest.mark.parametrize("model, source, expected", [   # leftsenses60 (s41): a bar of chocolate, a cast, dates
    ("J'ai mangé un bar de chocolat.", "I ate a bar of chocolate.", "J'ai mangé une barre de chocolat."),
    ("J'ai acheté deux bars de chocolat pour les enfants.", "I bought two bars of chocolate for the kids.",
     "J'ai acheté deux barres de chocolat pour les enfants."),
    ("Elle m'a donné un barreau au chocolat.", "She gave me a chocolate bar.", "Elle m'a donné une barre au chocolat."),
    ("Il a un château sur son bras cassé.", "He has a cast on his broken arm.", "Il a un plâtre sur son bras cassé."),
    ("Le médecin a retiré mon château hier.", "The doctor took off my cast yesterday.",
     "Le médecin a retiré mon plâtre hier."),
    ("J'aime les dates avec mon café.", "I like dates with my coffee.", "J'aime les dattes avec mon café."),
    ("Nous avons mangé des dates et des figues.", "We ate dates and figs.",
     "Nous avons mangé des dattes et des figues."),
])
def test_leftsenses60_a_noun_in_its_everyday_sense(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Nous sommes allés au bar pour un verre et un bar de chocolat.",
     "We went to the bar for a drink and a chocolate bar."),
    ("Le château du film est excellent.", "The cast of the film is excellent."),
    ("Le château est près de la rivière.", "The castle is near the river."),
    ("Quelles sont les dates de l'examen ?", "What are the dates of the exam?"),
    ("Nous avons choisi les dates du voyage autour d'un café.", "We chose the dates for the trip over coffee."),
])
def test_leftsenses60_other_senses_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # leftsenses60 (s41): a TV show, a period
    ("Nous avons regardé un spectacle de cuisine à la télévision.", "We watched a cooking show on TV.",
     "Nous avons regardé un programme de cuisine à la télévision."),
    ("Le spectacle sur deux est ennuyeux.", "The show on channel two is boring.",
     "Le programme sur deux est ennuyeux."),
    ("J'ai ma période.", "I have my period.", "J'ai mes règles."),
    ("Elle a sa période aujourd'hui.", "She has her period today.", "Elle a ses règles aujourd'hui."),
    ("J'ai eu ma période ce matin.", "I got my period this morning.", "J'ai eu mes règles ce matin."),
])
def test_leftsenses60_a_tv_show_and_a_period(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Nous avons vu un spectacle au théâtre.", "We saw a show at the theatre."),
    ("Ce spectacle est très populaire.", "This show is very popular."),                 # no TV named: left
    ("Ma période au bureau était courte.", "My period in office was short."),
    ("C'est une période d'essai.", "It is a trial period."),
])
def test_leftsenses60_a_stage_show_and_a_span_of_time_are_left(model, source):
    assert mend(model, source) == model
