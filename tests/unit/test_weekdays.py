"""The article before a French weekday as the English names the day (weekdays.py, through typography.french).
Each French input is what the default en→fr model wrote for the English (probed, session 30)."""
from __future__ import annotations

import pytest

from s2s_core.typography import french

ONE_DAY = [   # (English, the model's French, as French writes it)
    ("I'll see you on Sunday.", "Je te verrai le dimanche.", "Je te verrai dimanche."),
    ("Are you free on Friday?", "Êtes-vous libre le vendredi ?", "Êtes-vous libre vendredi ?"),
    ("What are you doing on Saturday?", "Que faites-vous le samedi ?", "Que faites-vous samedi ?"),
    ("My birthday is on Sunday.", "Mon anniversaire est le dimanche.", "Mon anniversaire est dimanche."),
    ("The flight was cancelled on Sunday.", "Le vol fut annulé le dimanche.", "Le vol fut annulé dimanche."),
    ("Call me on Friday afternoon.", "Appelle-moi le vendredi après-midi.", "Appelle-moi vendredi après-midi."),
    ("What did you do on Sunday?", "Qu'avez-vous fait le dimanche ?", "Qu'avez-vous fait dimanche ?"),
    ("We'll have a party on Saturday evening.", "Nous aurons une fête le samedi soir.",
     "Nous aurons une fête samedi soir."),
    ("Next Friday is a holiday.", "Le vendredi prochain est un jour férié.", "Vendredi prochain est un jour férié."),
    ("On Sunday we went to the beach.", "Le dimanche, nous sommes allés à la plage.",
     "Dimanche, nous sommes allés à la plage."),
    ("Is the meeting still on for Wednesday?", "La réunion est-elle toujours prévue pour le mercredi ?",
     "La réunion est-elle toujours prévue pour mercredi ?"),
    ("We can meet on Sunday if you want.", "Nous pouvons nous rencontrer le dimanche si vous voulez.",
     "Nous pouvons nous rencontrer dimanche si vous voulez."),
]
A_DAY = [
    ("I was born on a Sunday.", "Je suis né le dimanche.", "Je suis né un dimanche."),
    ("He died on a Tuesday.", "Il est mort sur un mardi.", "Il est mort un mardi."),
    ("She was married on a Saturday.", "Elle était mariée samedi.", "Elle était mariée un samedi."),
]
HABIT = [
    ("We usually eat fish on Friday.", "Nous mangeons habituellement du poisson vendredi.",
     "Nous mangeons habituellement du poisson le vendredi."),
    ("We always go to the market on Saturday.", "Nous allons toujours au marché samedi.",
     "Nous allons toujours au marché le samedi."),
    ("On Friday nights we watch movies.", "Vendredi soir, nous regardons des films.",
     "Le vendredi soir, nous regardons des films."),
]
WEEKEND = [
    ("See you at the weekend.", "À le week-end.", "À ce week-end."),
    ("See you on the weekend.", "On se voit le week-end.", "On se voit ce week-end."),
    ("What are you doing on the weekend?", "Que faites-vous le week-end ?", "Que faites-vous ce week-end ?"),
    ("I'll visit my parents at the weekend.", "Je vais rendre visite à mes parents au week-end.",
     "Je vais rendre visite à mes parents ce week-end."),
    ("We went to the beach at the weekend.", "Nous sommes allés à la plage au week-end.",
     "Nous sommes allés à la plage ce week-end."),
    ("I usually work at the weekend.", "Je travaille habituellement au week-end.",
     "Je travaille habituellement le week-end."),
]
KEPT = [      # a habit, a date, "the Sunday", a day already right: as the model wrote it
    ("I go to church on Sundays.", "Je vais à l'église le dimanche."),
    ("I go jogging on Sunday mornings.", "Je vais courir le dimanche matin."),
    ("On Mondays I go swimming.", "Le lundi, je vais nager."),
    ("She usually visits her mother on Sunday.", "Elle rend habituellement visite à sa mère le dimanche."),
    ("I never work on Sunday.", "Je ne travaille jamais le dimanche."),
    ("The library is closed on Sunday.", "La bibliothèque est fermée le dimanche."),
    ("The concert is on Friday 12 May.", "Le concert est le vendredi 12 mai."),
    ("We met on Sunday, 5 March.", "Nous nous sommes rencontrés le dimanche 5 mars."),
    ("See you Saturday 25 at 2.", "On se voit le samedi 25 à 14 heures."),
    ("The Monday after the holiday was quiet.", "Le lundi après les vacances était silencieux."),
    ("We play football every Sunday.", "Nous jouons au football tous les dimanches."),
    ("Are you coming round for Sunday roast?", "Venez-vous pour le dimanche ?"),
    ("I'll see you on Monday or Tuesday.", "Je te verrai lundi ou mardi."),
    ("Since Monday, nothing has changed.", "Depuis lundi, rien n'a changé."),
    ("We moved here on a Friday in June.", "Nous avons déménagé ici un vendredi en juin."),
    ("We'll go hiking next weekend.", "Nous irons en randonnée le week-end prochain."),
    ("The shop is open on weekends.", "Le magasin est ouvert le week-end."),
    ("The meeting is on 3 May.", "La réunion est le 3 mai."),
    ("I was born in May.", "Je suis né en mai."),
    ("He plays golf on Sunday.", "Il joue au golf le dimanche."),        # the present simple: a habit as often
    ("I work on Saturday.", "Je travaille le samedi."),
    ("On Sunday mornings we have pancakes.", "Le dimanche matin, nous avons des pancakes."),
    ("Every Friday we eat pizza.", "Chaque vendredi, nous mangeons de la pizza."),
    ("On Friday night we will watch a movie.", "Vendredi soir, nous regarderons un film."),
]


@pytest.mark.parametrize("english, model, expected", ONE_DAY + A_DAY + HABIT + WEEKEND)
def test_the_article_before_a_day_says_one_day_or_a_habit_as_the_english_does(english, model, expected):
    assert french(model, english) == expected


@pytest.mark.parametrize("english, model", KEPT)
def test_a_habit_a_date_and_a_right_day_stay_as_written(english, model):
    assert french(model, english) == model


# -- review30b: "On a Sunday, …" opening the sentence -------------------------------------------------------------
@pytest.mark.parametrize("french, source, expected", [
    ("Le dimanche, je suis né.", "On a Sunday, I was born.", "Un dimanche, je suis né."),
    ("Sur un mardi, il est mort.", "On a Tuesday, he died.", "Un mardi, il est mort."),
    ("Je suis né le dimanche.", "I was born on a Sunday.", "Je suis né un dimanche."),
])
def test_a_day_opening_the_sentence_is_not_le_un(french, source, expected):
    from s2s_core import weekdays
    assert weekdays.mend(french, source) == expected


# -- review30b: the verb "a" before "le week-end" is no "à" ------------------------------------------------------
def test_the_verb_a_before_le_week_end_is_left():
    from s2s_core import weekdays
    assert weekdays.mend("Elle a le week-end libre.", "She is free at the weekend.") == "Elle a le week-end libre."
    assert weekdays.mend("À le week-end !", "See you at the weekend!") == "À ce week-end !"


# -- preps34 (s33): an hour on a weekday as a habit --------------------------------------------------------------
def test_an_hour_on_thursdays_is_le_jeudi_not_du_jeudi():
    """"…open until nine on Thursdays." (read "until nine o'clock on Thursdays", attach.py) came out "…jusqu'à neuf
    heures du jeudi." (Thursday's nine o'clock); French says "le jeudi"; one Thursday, or a Thursday's date, left."""
    from s2s_core import weekdays
    model = "Il reste ouvert jusqu'à neuf heures du jeudi."
    assert weekdays.mend(model, "It stays open until nine o'clock on Thursdays.") == \
        "Il reste ouvert jusqu'à neuf heures le jeudi."
    assert weekdays.mend(model, "It stays open until nine o'clock on Thursday.") == model
    assert weekdays.mend("Le marché du jeudi ouvre à neuf heures.",
                         "The Thursday market opens at nine o'clock on Thursdays.") == \
        "Le marché du jeudi ouvre à neuf heures."
