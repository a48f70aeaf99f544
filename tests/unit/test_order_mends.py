"""An order's verb the model wrote as another verb, set in French (order_mends.py, words46, session 39): "Grate the
cheese." had come out «Attrape le fromage !», "Melt the butter in a pan." «Mettez le beurre dans une poêle.»."""
from __future__ import annotations

import pytest

from s2s_core.order_mends import mend


@pytest.mark.parametrize("source, said, mended", [
    ("Grate the cheese.", "Attrape le fromage !", "Râpe le fromage !"),                            # tu, kept
    ("Please grate some carrots.", "Veuillez attraper quelques carottes.", "Veuillez râper quelques carottes."),
    ("First, grate the cheese.", "D'abord, attrapez le fromage.", "D'abord, râpez le fromage."),
    ("Melt the butter in a pan.", "Mettez le beurre dans une poêle.", "Faites fondre le beurre dans une poêle."),
    ("Please melt the chocolate slowly.", "Veuillez m'arrêter le chocolat lentement.",
     "Veuillez faire fondre le chocolat lentement."),                                             # the clitic too
    ("First, melt the butter in a pan.", "Tout d'abord, repasser le beurre dans une poêle.",
     "Tout d'abord, faire fondre le beurre dans une poêle."),                                     # the infinitive
    ("Melt the butter, then add the flour.", "Entre le beurre, puis ajoute la farine.",
     "Fais fondre le beurre, puis ajoute la farine."),                                            # «Entre»: tu
    ("Mix the eggs with the sugar.", "Mangez les œufs avec le sucre.", "Mélangez les œufs avec le sucre."),
    ("First, whisk the eggs.", "Premièrement, chuchotez les œufs.", "Premièrement, fouettez les œufs."),
    ("Please whisk the cream.", "Veuillez rouler la crème.", "Veuillez fouetter la crème."),
    ("Spread the butter on the bread.", "Montrez le beurre sur le pain.", "Étalez le beurre sur le pain."),
    ("Toast the bread, then spread the butter on it.", "Grille le pain, puis répandit le beurre dessus.",
     "Grille le pain, puis étale le beurre dessus."),
    ("Store the cheese in the fridge.", "Déortez le fromage dans le frigo !",
     "Conservez le fromage dans le frigo !"),
    ("Please store the bags in the garage.", "Veuillez magasiner les sacs dans le garage.",
     "Veuillez conserver les sacs dans le garage."),
    ("Shake the bottle before use.", "Faites la bouteille avant d'utiliser.",
     "Secouez la bouteille avant d'utiliser."),                                                   # «Faites»: vous
    ("Shake the jar, then open it.", "Réveille le pot, puis ouvre-le.", "Secoue le pot, puis ouvre-le."),
    ("Please rinse the glasses.", "Veuillez ramener les verres.", "Veuillez rincer les verres."),
    ("First, rinse the rice.", "D'abord, montez le riz.", "D'abord, rincez le riz."),
    ("Scan the QR code with your phone.", "Continuez le code QR avec votre téléphone.",
     "Scannez le code QR avec votre téléphone."),
    ("Please scan your ticket at the gate.", "Veuillez voler votre billet au portail.",
     "Veuillez scanner votre billet au portail."),
    ("Forward the invoice to the accountant.", "Rendez la facture au comptable.",
     "Transférez la facture au comptable."),
    ("Forward the email to me, please.", "Ouvrez-moi le courriel s'il vous plaît.",
     "Transférez-moi le courriel s'il vous plaît."),                                              # «-moi» kept
    ("Please shake the rug outside.", "S'il vous plaît, serrez le tapis dehors.",
     "S'il vous plaît, secouez le tapis dehors."),                                                # not «Secouez»
])
def test_the_order_s_verb_is_said_in_french(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("Rinse the rice before cooking it.", "Rincez le riz avant de le cuisiner."),     # already right
    ("Whisk the milk and the flour together.", "Mélangez le lait et la farine."),      # right enough: «mélanger»
    ("Melt the butter in a pan.", "Le beurre fond dans une poêle."),                  # no verb in the slot
    ("Spread your fingers.", "Montrez vos doigts."),                                  # spread out, not on
    ("Spread the word.", "Montrez le mot !"),                                         # news spread
    ("Shake hands with him.", "Réveille la main avec lui."),                          # no determiner: not read
    ("Store hours are from nine to five.", "Les heures du magasin sont de neuf à cinq."),   # a noun
    ("Please forward this message to the team.", "Veuillez transmettre ce message à l'équipe."),   # right
    ("The snow is melting.", "La neige fond."),                                      # no order
    ("Can you grate the lemon zest?", "Peux-tu attraper le citron ?"),                 # not opening an order
    ("Melt the butter in a pan.", "Pour le beurre dans une poêle."),                    # no verb: «Pour»
])
def test_other_french_is_left(source, said):
    assert mend(said, source) == said
