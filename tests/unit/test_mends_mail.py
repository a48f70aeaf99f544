"""Words of work e-mails and shop messages the model wrote in another sense, mended where the English says which
(mends/mail.py, through typography.french). Each French input is what the default en→fr model wrote (probed, mail46,
s38)."""
from __future__ import annotations

import pytest

from s2s_core.mends.mail import mend
from s2s_core.typography import french

MENDED = [   # (English as read, French the model wrote, French mended)
    # a business quarter
    ("Please find attached the report for last quarter.", "Veuillez trouver ci-joint le rapport pour le dernier quart.",
     "Veuillez trouver ci-joint le rapport pour le dernier trimestre."),
    ("Our sales went up by ten percent this quarter.", "Nos ventes ont augmenté de dix pour cent ce quart.",
     "Nos ventes ont augmenté de dix pour cent ce trimestre."),
    ("Our budget for next quarter is smaller.", "Notre budget pour le prochain quart est plus petit.",
     "Notre budget pour le prochain trimestre est plus petit."),
    # an online order
    ("Your order has been shipped and will arrive within three working days.",
     "Votre ordre a été expédiée et arrivera dans trois jours de travail.",
     "Votre commande a été expédiée et arrivera dans trois jours ouvrables."),
    ("Your order number is 4521, please keep it to track your parcel.",
     "Votre numéro d'ordre est 4521, veuillez le garder pour suivre votre paquet.",
     "Votre numéro de commande est 4521, veuillez le garder pour suivre votre paquet."),
    ("Our orders are shipped from Germany.", "Nos ordres sont expédiés de l'Allemagne.",
     "Nos commandes sont expédiés de l'Allemagne."),
    # working days after a number
    ("The parcel should arrive in five working days.", "Le paquet devrait arriver en cinq jours de travail.",
     "Le paquet devrait arriver en cinq jours ouvrables."),
    ("Delivery takes two to four business days.", "La livraison prend deux à quatre jours de travail.",
     "La livraison prend deux à quatre jours ouvrables."),
    # a job's position, and what was said of it
    ("We are pleased to offer you the position of project manager.",
     "Nous sommes heureux de vous offrir la position du directeur du projet.",
     "Nous sommes heureux de vous offrir le poste de directeur du projet."),
    ("The position of sales manager is still open.", "La position de gestion des ventes est encore ouverte.",
     "Le poste de gestion des ventes est encore ouvert."),
    ("I would like to apply for the position of teacher.", "Je voudrais postuler la position de l'instituteur.",
     "Je voudrais postuler au poste de l'instituteur."),
    ("The position is based in Lyon.", "La position est fondée à Lyon.", "Le poste est basé à Lyon."),
    # based in; a letter's aim
    ("The team is based in Paris but travels a lot.", "L'équipe est fondée à Paris mais voyage beaucoup.",
     "L'équipe est basée à Paris mais voyage beaucoup."),
    ("I am writing to apply for the job of receptionist.", "J'écris à postuler pour le travail de réception.",
     "J'écris pour postuler pour le travail de réception."),
]

LEFT = [   # (English, French as written): another sense, left
    ("I will call you in a quarter of an hour.", "Je t'appellerai dans un quart d'heure."),
    ("The team scored ten points in the last quarter of the game.", "L'équipe a marqué dix points au dernier quart."),
    ("He ate a quarter of the cake this quarter.", "Il a mangé un quart du gâteau ce quart."),   # no business
    ("In order to ship your package, we need your address.", "Pour expédier votre paquet, nous avons besoin de votre "
     "adresse, dans l'ordre."),
    ("The general gave the order to attack.", "Le général a donné l'ordre d'attaquer."),
    ("Please put the items in order.", "Veuillez mettre les articles dans l'ordre."),
    ("His working days are very long.", "Ses jours de travail sont très longs."),
    ("Stay in that position for ten seconds.", "Restez dans cette position pour dix secondes."),
    ("The company's position on this issue is clear.", "La position de l'entreprise sur cette question est claire."),
    ("The company was founded in Paris and is based in Lyon.", "L'entreprise a été fondée à Paris."),
]


@pytest.mark.parametrize("source, written, mended", MENDED)
def test_a_mail_word_is_mended_where_the_source_says_its_sense(source, written, mended):
    assert mend(written, source) == mended


@pytest.mark.parametrize("source, written", LEFT)
def test_another_sense_is_left_as_written(source, written):
    assert mend(written, source) == written


def test_the_mends_run_in_the_french_pass_before_agreement():
    # «Votre commande a été envoyé» (the order's «ordre» was masculine) is put in the feminine after the mend
    assert french("Votre ordre a été expédié et arrivera dans trois jours de travail.",
                  source="Your order has been shipped and will arrive in three working days.") == \
        "Votre commande a été expédiée et arrivera dans trois jours ouvrables."
