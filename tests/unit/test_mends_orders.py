"""An order's verb the model wrote as another verb, set in French (mends/orders.py, words46, session 39): "Grate the
cheese." had come out «Attrape le fromage !», "Melt the butter in a pan." «Mettez le beurre dans une poêle.»."""
from __future__ import annotations

import pytest

from s2s_core.mends.orders import mend


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


# words47 (s39): more recipe and chore verbs, outputs the default model gave for sentences written for the survey
@pytest.mark.parametrize("source, said, mended", [
    ("Peel the potatoes.", "Mettez les pommes de terre.", "Épluchez les pommes de terre."),
    ("First, peel the carrots.", "Tout d'abord, peluche les carottes.", "Tout d'abord, épluche les carottes."),
    ("Drain the pasta.", "Traduis les pâtes.", "Égoutte les pâtes."),
    ("Please drain the rice.", "Veuillez bourrer le riz.", "Veuillez égoutter le riz."),
    ("Cook the pasta, then drain the water.", "Cuis les pâtes, alors économise l'eau.",
     "Cuis les pâtes, puis égoutte l'eau."),                                                      # «alors» → «puis»
    ("Please scrub the floor.", "S'il vous plaît, mettez le sol.", "S'il vous plaît, frottez le sol."),
    ("First, chop the garlic.", "Premièrement, tupes l'ail.", "Premièrement, hache l'ail."),
    ("Chop the garlic, then fry the onions.", "Chop l'ail, puis fricsez les oignons.",
     "Hache l'ail, puis faites frire les oignons."),
    ("Please boil the eggs.", "Veuillez bouillir les œufs.", "Veuillez faire bouillir les œufs."),
    ("First, boil the potatoes.", "D'abord, bouilliez les pommes de terre.",
     "D'abord, faites bouillir les pommes de terre."),
    ("First, fry the bacon.", "D'abord, fais-y le bacon.", "D'abord, fais frire le bacon."),
    ("Please bake the bread.", "Remettez le pain, s'il vous plaît.", "Faites cuire le pain, s'il vous plaît."),
    ("Cut the bread, then bake the rolls.", "Coupe le pain, puis élabore les roules.",
     "Coupe le pain, puis fais cuire les roules."),                                               # «élabore»: tu
    ("Roast the chicken.", "Donne le poulet.", "Fais rôtir le poulet."),
    ("Please roast the vegetables.", "Veuillez allumer les légumes.", "Veuillez faire rôtir les légumes."),
    ("Season the soup.", "Fouillez la soupe.", "Assaisonnez la soupe."),
    ("First, season the meat.", "Premièrement, saisir la viande.", "Premièrement, assaisonner la viande."),
    ("Sprinkle the cheese on top.", "Déprenez le fromage en haut.", "Saupoudrez le fromage en haut."),
    ("Please sprinkle some salt on the fish.", "S'il vous plaît, prends un peu de sel sur le poisson.",
     "S'il vous plaît, saupoudrez un peu de sel sur le poisson."),                                # vous after «vous»
    ("Please mop the kitchen.", "Veuillez mettre la cuisine.", "Veuillez laver la cuisine."),
    ("First, disconnect the computer.", "Premièrement, disconnez l'ordinateur.",       # "unplug" is read "disconnect"
     "Premièrement, déconnectez l'ordinateur."),
    ("Please restart the router.", "Répondez au routeur, s'il vous plaît.",
     "Redémarrez le routeur, s'il vous plaît."),                                                  # «au» → «le»
    ("Upload the photos.", "Utilise les photos.", "Téléverse les photos."),
    ("Download the app.", "Déglisez le programme.", "Téléchargez le programme."),
    ("Please update your password.", "Veuillez mettre votre mot de passe.",
     "Veuillez mettre à jour votre mot de passe."),
    ("Save the file, then update the list.", "Enregistrez le fichier, puis remettez la liste.",
     "Enregistrez le fichier, puis mettez à jour la liste."),
    ("Shake well before use.", "Faites bien avant d'utiliser.", "Secouez bien avant d'utiliser."),
    ("Please shake well before opening.", "Veuillez vous serrer bien avant d'ouvrir.",
     "Veuillez bien secouer avant d'ouvrir."),
])
def test_more_chore_verbs_are_said_in_french(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("Please peel the apples.", "Veuillez éplucher les pommes."),                     # already right
    ("Chop the onions.", "Coupe les oignons en petits morceaux."),
    ("Bake the cake for forty minutes.", "Cuis le gâteau dans le four pendant 40 minutes."),
    ("Boil the water.", "Fais bouillir l'eau."),
    ("Fry the onions.", "Cuis les oignons."),
    ("Please unplug the charger.", "Veuillez déconnecter le chargeur."),
    ("Restart the computer.", "Éteignez l'ordinateur et allumez-le à nouveau."),
    ("Update the software.", "Installez la nouvelle version du logiciel."),
    ("Please download the file.", "Veuillez télécharger le fichier."),
    ("Open the windows, then water the plants.", "Ouvrez les fenêtres, alors arrosez les plantes."),   # not a verb here
    ("Wash the rice, then drain it.", "Lave le riz, puis allume-la."),                 # a clitic before: not read
    ("The well is deep; shake it.", "Le puits est profond ; secoue-le."),
    ("Please sprinkle the sugar on the cake.", "S'il vous plaît, sucre le gâteau."),      # sugared: right enough
])
def test_other_chore_french_is_left(source, said):
    assert mend(said, source) == said


# words47 (s39): "log in to" (read "access" by phrasing/orders.py) came out as the noun «accès»
@pytest.mark.parametrize("source, said, mended", [
    ("Access your account.", "L'accès à votre compte.", "Connectez-vous à votre compte."),
    ("Please access the website.", "S'il vous plaît, accès au site web.",
     "S'il vous plaît, connectez-vous au site web."),
    ("First, access the app.", "Premièrement, l'accès au programme.", "Premièrement, connectez-vous au programme."),
    ("Open the website, then access your account.", "Ouvrez le site web, puis a accès à votre compte.",
     "Ouvrez le site web, puis connectez-vous à votre compte."),
    ("Log in to your account.", "L'accès à votre compte.", "Connectez-vous à votre compte."),   # as typed too
])
def test_logging_in_is_said_in_french(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("Access to your account is blocked.", "L'accès à votre compte est bloqué."),      # the noun
    ("Access the files.", "L'accès aux fichiers."),                                    # not an account, site or app
    ("I can't access my account.", "Je ne peux pas avoir accès à mon compte."),
])
def test_access_is_left(source, said):
    assert mend(said, source) == said


# fix54 (s40, measure53): a second order after "and" ("Slice the tomatoes and grate the cheese." had «…et attrapez le
# fromage.»): the word after «et» set to the verb's French
@pytest.mark.parametrize("source, said, mended", [
    ("Slice the tomatoes and grate the cheese.", "Coupez les tomates et attrapez le fromage.",
     "Coupez les tomates et râpez le fromage."),
    ("Add the sugar and whisk the eggs until light.", "Ajoutez le sucre et chuchotez les œufs jusqu'à la lumière.",
     "Ajoutez le sucre et fouettez les œufs jusqu'à la lumière."),
    ("Wash the rice and drain the water.", "Lave le riz et décoller l'eau.", "Lave le riz et égoutter l'eau."),
    ("Open the window and shake the rug.", "Ouvrez la fenêtre et éteint le rug.",
     "Ouvrez la fenêtre et secoue le rug."),
])
def test_fix54_an_order_after_and_is_said_in_french(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("Peel the onions and fry them gently.", "Épluchez les oignons et les frics."),        # a clitic: not read
    ("Cut the bread and melt the butter.", "Coupe le pain et fondit le beurre."),          # «fond…»: right enough
    ("Wash the potatoes and peel the carrots.", "Lave les pommes de terre et retirent la peau des carottes."),
])
def test_fix54_other_french_after_and_is_left(source, said):
    assert mend(said, source) == said

