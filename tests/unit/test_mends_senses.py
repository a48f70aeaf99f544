"""Known words the model wrote in another sense, mended where the English says which (mends/senses.py, through
typography.french). Each French input is what the default en→fr model wrote for the English as fold.py reads it
(probed, session 33: words34)."""
from __future__ import annotations

import pytest

from s2s_core.mends.senses import mend
from s2s_core.typography import french

MENDED = [   # (English as read, French the model wrote, French mended; since s38 a ticket to a place is «pour» it)
    ("How much is a return ticket to Lyon?", "Combien coûte un ticket de retour à Lyon ?",
     "Combien coûte un billet aller-retour pour Lyon ?"),
    ("I'd like a return ticket to Paris, please.", "J'aimerais un billet de retour à Paris, s'il vous plaît.",
     "J'aimerais un billet aller-retour pour Paris, s'il vous plaît."),
    ("A return ticket costs 50 euros.", "Un billet de retour coûte 50 euros.",
     "Un billet aller-retour coûte 50 euros."),
    ("Does the room have a sea view?", "La pièce a-t-elle un point de vue de la mer ?",
     "La pièce a-t-elle une vue sur la mer ?"),
    ("I would like a room with a view over the sea.", "Je voudrais une chambre avec un point de vue sur la mer.",
     "Je voudrais une chambre avec une vue sur la mer."),
    ("Our room had a beautiful sea view.", "Notre chambre a eu une belle vue de la mer.",
     "Notre chambre a eu une belle vue sur la mer."),
    ("This shirt costs 35 euros but it was half price last week, so I think I will wait for the sales.",
     "Cette chemise coûte 35 euros, mais c'était à moitié prix la semaine dernière, je pense que j'attendrai les "
     "ventes.",
     "Cette chemise coûte 35 euros, mais c'était à moitié prix la semaine dernière, je pense que j'attendrai les "
     "soldes."),
    ("The sales start in January.", "Les ventes commencent en janvier.", "Les soldes commencent en janvier."),
    ("I bought this coat in the sales.", "J'ai acheté ce manteau dans les ventes.",
     "J'ai acheté ce manteau pendant les soldes."),
    ("Everything is less expensive during the sales.", "Tout est moins cher au cours des ventes.",
     "Tout est moins cher pendant les soldes."),
    ("Which subject do you like best at school?", "Quel sujet préfères-tu à l'école ?",
     "Quelle matière préfères-tu à l'école ?"),
    ("What is your favourite subject at school?", "Quel est votre sujet préféré à l'école ?",
     "Quelle est votre matière préférée à l'école ?"),
    ("Maths is my favourite subject.", "Les maths sont mon sujet préféré.", "Les maths sont ma matière préférée."),
    ("History was my best subject.", "L'histoire était mon meilleur sujet.", "L'histoire était ma meilleure matière."),
    ("We need about 200 grams of flour, three eggs, a little sugar and some butter for the cake.",
     "Nous avons besoin d'environ 200 grammes de farine, trois œufs, un petit sucre et un beurre pour le gâteau.",
     "Nous avons besoin d'environ 200 grammes de farine, trois œufs, un peu de sucre et du beurre pour le gâteau."),
    ("Add some butter and a little salt.", "Ajoutez un beurre et un peu de sel.",
     "Ajoutez du beurre et un peu de sel."),
    ("We need some butter.", "Nous avons besoin d'un beurre.", "Nous avons besoin de beurre."),
    ("Add a bit of butter.", "Ajoutez un peu du beurre.", "Ajoutez un peu de beurre."),
    ("Please install the latest version of your web browser before you install the extension.",
     "S'il vous plait, installez la dernière version de votre navigateur avant d'installer la prolongation.",
     "S'il vous plait, installez la dernière version de votre navigateur avant d'installer l'extension."),
    ("I installed a new extension in Chrome.", "J'ai installé une nouvelle prolongation au Chrome.",
     "J'ai installé une nouvelle extension au Chrome."),
    ("You should install the latest version of your web browser before you continue.",
     "Tu devrais installer la dernière version de ton navigateur marron avant de continuer.",
     "Tu devrais installer la dernière version de ton navigateur avant de continuer."),
    ("Try another web browser.", "Essayez un autre brun.", "Essayez un autre navigateur."),
    ("Two return tickets to London, please.", "Deux billets à Londres, s'il vous plaît.",
     "Deux billets aller-retour pour Londres, s'il vous plaît."),
    ("I forgot my password and now I can't access my account, even after I changed it twice.",
     "J'ai oublié mon mot de passe et maintenant je ne peux pas avoir accès à mon compte, même après avoir changé "
     "deux fois.",
     "J'ai oublié mon mot de passe et maintenant je ne peux pas avoir accès à mon compte, même après l'avoir changé "
     "deux fois."),
    ("My password didn't work, even after I changed it.",
     "Mon mot de passe n'a pas fonctionné, même après avoir changé.",
     "Mon mot de passe n'a pas fonctionné, même après l'avoir changé."),
    ("I felt much better after I finished it.", "Je me suis senti beaucoup mieux après avoir fini.",
     "Je me suis senti beaucoup mieux après l'avoir fini."),
    ("Please install the web browser extension.", "S'il vous plait, installez la prolongation de la flèche.",
     "S'il vous plait, installez l'extension du navigateur."),
]
KEPT = [   # (English, French that stays): the other sense, or no sense said
    ("Sales went down a lot last year.", "Les ventes ont beaucoup diminué l'année dernière."),
    ("Let's change the subject.", "Changeons de sujet."),
    ("What was the subject of the email?", "Quel était le sujet du courriel ?"),
    ("Could you pass me the butter?", "Pourriez-vous me passer le beurre ?"),
    ("We asked for an extension of the deadline.", "Nous avons demandé une prolongation."),
    ("I'd like to return the ticket.", "J'aimerais rendre le billet de retour."),
    ("From my point of view, the sea is too cold.", "De mon point de vue, la mer est trop froide."),
    ("He has brown hair and a new browser.", "Il a les cheveux bruns et un nouveau navigateur."),
    ("After I had eaten, I went out.", "Après avoir mangé, je suis sorti."),          # no object dropped
    ("I bought two tickets and a return ticket.", "J'ai acheté deux billets et un billet retour."),
]


@pytest.mark.parametrize("english, model, expected", MENDED)
def test_a_word_in_another_sense_is_mended_where_the_english_says_which(english, model, expected):
    assert mend(model, english) == expected
    assert french(model, english) == expected


@pytest.mark.parametrize("english, model", KEPT)
def test_the_other_sense_or_no_sense_said_stays(english, model):
    assert mend(model, english) == model


EXAM_MENDED = [   # story34 (s33): an exam passed, written "adopté" (adopted) or "passé" (sat): "réussi"
    ("The students who passed the exam will receive their results next week.",
     "Les étudiants qui ont adopté l'examen recevront leurs résultats la semaine prochaine.",
     "Les étudiants qui ont réussi l'examen recevront leurs résultats la semaine prochaine."),
    ("All the candidates who passed the exam were invited to an interview on Monday.",
     "Tous les candidats qui ont adopté l'examen ont été invités à une entrevue lundi.",
     "Tous les candidats qui ont réussi l'examen ont été invités à une entrevue lundi."),
    ("Only half of the class passed the exam, so the teacher was disappointed.",
     "Seulement la moitié de la classe a passé l'examen, alors le professeur fut déçu.",
     "Seulement la moitié de la classe a réussi l'examen, alors le professeur fut déçu."),
    ("The people who passed their driving test last month can now drive alone.",
     "Les gens qui ont passé leur test de conduite le mois dernier peuvent maintenant conduire seuls.",
     "Les gens qui ont réussi leur test de conduite le mois dernier peuvent maintenant conduire seuls."),
]
EXAM_KEPT = [   # an exam taken, failed, or a time spent: "passé" is right there
    ("She took the exam yesterday.", "Elle a passé l'examen hier."),
    ("He passed the test, but his friend failed it.", "Il a passé l'examen, mais son ami l'a échoué."),
    ("We passed the evening at home.", "Nous avons passé la soirée à la maison."),
]


@pytest.mark.parametrize("english, model, expected", EXAM_MENDED)
def test_an_exam_passed_is_said_reussi(english, model, expected):
    assert mend(model, english) == expected


@pytest.mark.parametrize("english, model", EXAM_KEPT)
def test_an_exam_taken_or_failed_keeps_passe(english, model):
    assert mend(model, english) == model


SIDE_MENDED = [   # words35 (s33): "on your right", written «sur votre droit» (a right in law): «droite»
    ("Turn to the left at the traffic light and the bank is on your right.",
     "Tournez à gauche au feu et la banque est sur votre droit.",
     "Tournez à gauche au feu et la banque est sur votre droite."),
    ("The hotel is on your right, after the church.", "L'hôtel est sur ton droit, après l'église.",
     "L'hôtel est sur ta droite, après l'église."),
    ("The school will be on the right.", "L'école sera à la droit.", "L'école sera à la droite."),
]
SIDE_KEPT = [   # a right in law, or no side said
    ("You have the right to vote.", "Vous avez le droit de voter."),
    ("It is on your right to decide.", "C'est sur votre droit de décider."),
    ("You are right.", "Tu as raison, sur votre droit."),
]


@pytest.mark.parametrize("english, model, expected", SIDE_MENDED)
def test_on_your_right_is_said_droite(english, model, expected):
    assert mend(model, english) == expected


@pytest.mark.parametrize("english, model", SIDE_KEPT)
def test_a_right_in_law_keeps_droit(english, model):
    assert mend(model, english) == model


def test_a_dessert_written_desert_is_mended_where_the_english_says_dessert():
    """words35 (s33): "The dessert is too sweet." had come out "Le désert a trop de sucre."."""
    assert mend("Le désert a trop de sucre.", "The dessert has too much sugar.") == "Le dessert a trop de sucre."
    assert mend("Désert ou café ?", "Dessert or coffee?") == "Dessert ou café ?"
    assert mend("Les déserts sont chauds.", "Deserts are hot.") == "Les déserts sont chauds."          # the sands
    assert mend("Le désert et le dessert.", "The desert and the dessert.") == "Le désert et le dessert."
    assert mend("Le déssert était délicieux.", "The dessert was delicious.") == "Le dessert était délicieux."


@pytest.mark.parametrize("english, model, expected", [   # words37 (s34): a kitchen's oil written as crude oil
    ("We ran out of olive oil.", "Nous n'avions plus de pétrole olive.", "Nous n'avions plus d'huile d'olive."),
    ("Fry the garlic in a little oil.", "Essaie l'ail dans un peu de pétrole.", "Essaie l'ail dans un peu d'huile."),
    ("Cook the onions in olive oil.", "Cuis les oignons dans le pétrole olive.",
     "Cuis les oignons dans l'huile d'olive."),
    ("Heat the olive oil in a saucepan.", "Mangez l'huile olive dans une casserole.",
     "Mangez l'huile d'olive dans une casserole."),
])
def test_a_kitchen_s_oil_is_written_huile(english, model, expected):
    assert mend(model, english) == expected


@pytest.mark.parametrize("english, model", [
    ("Oil prices are rising.", "Les prix du pétrole augmentent."),
    ("The car needs oil.", "La voiture a besoin de pétrole."),
    ("They found oil in the north.", "Ils ont trouvé du pétrole dans le nord."),
])
def test_crude_oil_keeps_petrole(english, model):
    assert mend(model, english) == model


# measure35 (s34): a bed, chairs or shoes "uncomfortable" had come out ill at ease («mal à l'aise») or «infortables»
@pytest.mark.parametrize("english, model, expected", [
    ("The hotel room was clean but the bed was very uncomfortable.",
     "La chambre d'hôtel était propre, mais le lit était très mal à l'aise.",
     "La chambre d'hôtel était propre, mais le lit était très inconfortable."),
    ("The chairs in the waiting room are uncomfortable.", "Les chaises dans la salle d'attente sont infortables.",
     "Les chaises dans la salle d'attente sont inconfortables."),
    ("These shoes are uncomfortable.", "Ces chaussures sont infortables.", "Ces chaussures sont inconfortables."),
    ("The bed was not comfortable.", "Le lit n'était pas à l'aise.", "Le lit n'était pas confortable."),
    ("The chairs were not comfortable at all.", "Les chaises n'étaient pas du tout à l'aise.",
     "Les chaises n'étaient pas du tout confortables."),
])
def test_an_uncomfortable_thing_is_inconfortable(english, model, expected):
    assert mend(model, english) == expected


@pytest.mark.parametrize("english, model", [
    ("He was uncomfortable on the sofa.", "Il était mal à l'aise sur le canapé."),        # a person ill at ease
    ("I feel uncomfortable.", "Je suis mal à l'aise."),
    ("The bed is comfortable.", "Le lit est à l'aise."),
])
def test_a_person_ill_at_ease_stays_mal_a_l_aise(english, model):
    assert mend(model, english) == model


def test_goals_scored_are_buts_not_aims():
    """measure38 (s35): "…Our team scored two goals in the last ten minutes." came out "…a marqué deux objectifs…"."""
    assert mend("Notre équipe a marqué deux objectifs au cours des dix dernières minutes.",
                "Our team scored two goals in the last ten minutes.") == \
        "Notre équipe a marqué deux buts au cours des dix dernières minutes."
    assert mend("Ils ont marqué trois objectifs.", "They scored three goals.") == "Ils ont marqué trois buts."
    assert mend("Il a marqué un objectif.", "He scored a goal.") == "Il a marqué un but."
    assert mend("Nous avons atteint nos objectifs.", "We reached our goals.") == "Nous avons atteint nos objectifs."


def test_done_by_hand_is_a_la_main():
    """measure38 (s35): "…so I'm washing everything by hand." came out "…alors je lave tout en main."."""
    assert mend("…alors je lave tout en main.", "…so I'm washing everything by hand.") == \
        "…alors je lave tout à la main."
    assert mend("Elle lave ses chandails à main.", "She washes her sweaters by hand.") == \
        "Elle lave ses chandails à la main."
    assert mend("La lettre a été remise en main propre.", "The letter was delivered by hand.") == \
        "La lettre a été remise en main propre."
    assert mend("Il a pris les choses en main.", "He took charge.") == "Il a pris les choses en main."


def test_an_animals_scratch_is_griffer_not_ecraser():
    """measure38 (s35): "…and the cat has scratched both arms." came out "…et le chat s'est écrasé les deux bras."."""
    assert mend("…l'ancien est tombé en morceaux et le chat s'est écrasé les deux bras.",
                "…the old one is falling apart and the cat has scratched both arms.") == \
        "…l'ancien est tombé en morceaux et le chat a griffé les deux bras."
    assert mend("Le chien m'a écrasé la jambe.", "The dog scratched my leg.") == "Le chien m'a griffé la jambe."
    assert mend("Mon chat a encore écrasé la nouvelle canapé.", "My cat has scratched the new sofa again.") == \
        "Mon chat a encore griffé la nouvelle canapé."
    assert mend("Le camion a écrasé la voiture.", "The truck crushed the car.") == "Le camion a écrasé la voiture."


def test_an_apology_is_presented_to_the_reader():
    """measure39 (s36): "We apologize for the inconvenience and we are working to fix the problem…" came out «Nous
    nous présentons des excuses pour le dérangement…»."""
    assert mend("Nous nous présentons des excuses pour le dérangement et nous travaillons.",
                "We apologize for the inconvenience and we are working.") == \
        "Nous vous présentons nos excuses pour le dérangement et nous travaillons."
    assert mend("Nous présentons nos excuses pour le délai.", "We apologize for the delay.") == \
        "Nous présentons nos excuses pour le délai."
    assert mend("Nous nous présentons des excuses.", "We introduce ourselves.") == "Nous nous présentons des excuses."


def test_a_train_to_a_place_is_not_a_train_from_it():
    """measure40 (s36): "The train to Lyon leaves at half past seven, so we should get to the station a little
    earlier." came out «Le train de Lyon part…» (short lines had «Le train pour Lyon»)."""
    assert mend("Le train de Lyon part à sept heures et demie, nous devrions donc aller à la gare un peu plus tôt.",
                "The train for Lyon leaves at half past seven, so we should get to the station a little earlier.") == \
        "Le train pour Lyon part à sept heures et demie, nous devrions donc aller à la gare un peu plus tôt."
    assert mend("Le train d'Amiens part à neuf heures.", "The train to Amiens leaves at nine.") == \
        "Le train pour Amiens part à neuf heures."
    assert mend("Les trains de Lyon sont en retard.", "The trains to Lyon are late.") == \
        "Les trains pour Lyon sont en retard."
    assert mend("Le train de Lyon arrive à midi.", "The train from Lyon arrives at noon.") == \
        "Le train de Lyon arrive à midi."
    assert mend("Le train de Lyon part pour Paris.", "The train from Lyon to Paris leaves.") == \
        "Le train de Lyon part pour Paris."


def test_a_score_in_goals_is_buts_not_aims():
    """fix41 (s37): "We won three goals to one." came out «Nous avons gagné trois objectifs à un.»."""
    assert mend("Nous avons gagné trois objectifs à un.", "We won three goals to one.") == \
        "Nous avons gagné trois buts à un."
    assert mend("Ils ont perdu deux objectifs à zéro.", "They lost by two goals to zero.") == \
        "Ils ont perdu deux buts à zéro."
    assert mend("Le match s'est terminé sans un gagnant, deux objectifs chacun.",
                "The match ended without a winner, two goals each.") == \
        "Le match s'est terminé sans un gagnant, deux buts chacun."
    assert mend("Nous avons deux objectifs à atteindre.", "We have two goals to reach.") == \
        "Nous avons deux objectifs à atteindre."                   # aims, not a score


def test_an_appointment_is_made_not_given_back():
    """measure42 (s37): "My son has had a fever since Monday, so I would like to make an appointment with a doctor as
    soon as possible." came out «…je voudrais donc rendre rendez-vous avec un médecin…» (short: «prendre»)."""
    assert mend("Mon fils a de la fièvre depuis lundi, je voudrais donc rendre rendez-vous avec un médecin.",
                "My son has had a fever since Monday, so I would like to make an appointment with a doctor.") == \
        "Mon fils a de la fièvre depuis lundi, je voudrais donc prendre rendez-vous avec un médecin."
    assert mend("Rendre un rendez-vous chez le dentiste.", "Make an appointment at the dentist.") == \
        "Prendre un rendez-vous chez le dentiste."
    assert mend("Je dois rendre le livre.", "I need to give the book back before my appointment.") == \
        "Je dois rendre le livre."
    assert mend("Il faut rendre rendez-vous.", "We must give it back.") == "Il faut rendre rendez-vous."


def test_a_meeting_moved_is_deplacee_not_moved_house():
    """measure43 (s37): "…possible to move our meeting to next Tuesday…" came out «…de déménager notre réunion…»."""
    assert mend("J'écris pour demander s'il serait possible de déménager notre réunion à mardi prochain.",
                "I'm writing to ask whether it would be possible to move our meeting to next Tuesday.") == \
        "J'écris pour demander s'il serait possible de déplacer notre réunion à mardi prochain."
    assert mend("Ils ont déménagé la réunion à trois heures.", "They moved the meeting to three o'clock.") == \
        "Ils ont déplacé la réunion à trois heures."
    assert mend("Nous déménageons la fête à samedi.", "We are moving the party to Saturday.") == \
        "Nous déplaçons la fête à samedi."
    assert mend("Nous avons déménagé la table.", "We moved the table before the meeting.") == \
        "Nous avons déménagé la table."                          # no meeting moved in the French
    assert mend("Ils ont déménagé la réunion.", "They moved house after the meeting.") == \
        "Ils ont déménagé la réunion."                           # the English moves no meeting


def test_a_retired_teacher_is_a_la_retraite():
    """measure43: "My neighbour, who is a retired teacher, …" came out «…qui est professeur de retraite…»."""
    assert mend("Mon père est professeur de retraite.", "My father is a retired teacher.") == \
        "Mon père est professeur à la retraite."
    assert mend("Notre guide était un professeur de retraite de Lyon.", "Our guide was a retired teacher from Lyon.") \
        == "Notre guide était un professeur à la retraite de Lyon."
    assert mend("Elle vit dans une maison de retraite.", "She is retired and lives in a retirement home.") == \
        "Elle vit dans une maison de retraite."                  # a home, not a trade
    assert mend("Mon père est professeur de retraite.", "My father teaches about retirement.") == \
        "Mon père est professeur de retraite."                   # no "retired"


def test_an_oven_left_on_is_left_allume():
    """measure43: "I think I left the oven on." came out «Je pense que j'ai laissé le four.» (left, abandoned)."""
    assert mend("Je pense que j'ai laissé le four.", "I think I left the oven on.") == \
        "Je pense que j'ai laissé le four allumé."
    assert mend("Elle a laissé la cuisinière et alla au lit.", "She left the stove on and went to bed.") == \
        "Elle a laissé la cuisinière allumée et alla au lit."
    assert mend("As-tu laissé le four ?", "Did you leave the oven on?") == "As-tu laissé le four allumé ?"
    assert mend("J'ai laissé le four allumé.", "I left the oven on.") == "J'ai laissé le four allumé."
    assert mend("J'ai laissé le four ouvert.", "I left the oven open.") == "J'ai laissé le four ouvert."


def test_at_the_latest_is_au_plus_tard():
    # fix45 (s37): "by Monday at the latest" came out «d'ici lundi au dernier» (at the last one)
    assert mend("Je vous enverrai la facture d'ici lundi au dernier.",
                "I will send you the invoice by Monday at the latest.") == \
        "Je vous enverrai la facture d'ici lundi au plus tard."
    assert mend("Le paquet arrivera d'ici jeudi au dernier, je pense.",
                "The package will arrive by Thursday at the latest, I think.") == \
        "Le paquet arrivera d'ici jeudi au plus tard, je pense."
    # a last moment, a top floor, or no "at the latest" in the source: as written
    assert mend("Il est arrivé au dernier moment, au plus tard.", "He came at the last moment, at the latest.") == \
        "Il est arrivé au dernier moment, au plus tard."
    assert mend("Il habite au dernier.", "He lives on the top floor.") == "Il habite au dernier."


def test_a_bank_branch_is_an_agence():
    # fix45 (s37): "…the bank… I will go to the branch after lunch." came out «…à la branche…» (a tree's)
    assert mend("J'ai appelé la banque, alors je vais aller à la branche après le déjeuner.",
                "I called the bank, so I will go to the branch after lunch.") == \
        "J'ai appelé la banque, alors je vais aller à l'agence après le déjeuner."
    assert mend("Notre banque a une branche près de la gare.", "Our bank has a branch near the station.") == \
        "Notre banque a une agence près de la gare."
    assert mend("Ma banque a fermé ma branche.", "My bank closed my branch.") == "Ma banque a fermé mon agence."
    # no bank in the French: a tree's branch stays
    assert mend("La branche est tombée sur la rive.", "The branch fell on the river bank.") == \
        "La branche est tombée sur la rive."


def test_a_dish_made_best_is_fait():
    # s38: "My grandmother makes the best apple pie in the world." came out «Ma grand-mère rend la meilleure tarte…»
    assert mend("Ma grand-mère rend la meilleure tarte aux pommes du monde.",
                "My grandmother makes the best apple pie in the world.") == \
        "Ma grand-mère fait la meilleure tarte aux pommes du monde."
    assert mend("Qui rend la meilleure pizza ?", "Who makes the best pizza?") == "Qui fait la meilleure pizza ?"
    assert mend("Elle veut rendre le meilleur gâteau.", "She wants to make the best cake.") == \
        "Elle veut faire le meilleur gâteau."
    # the best of something, or no "make the best" in the source: as written
    assert mend("Il rend le meilleur de lui-même.", "He makes the best of himself.") == \
        "Il rend le meilleur de lui-même."
    assert mend("Cela rend la meilleure soupe.", "This gives the best soup.") == "Cela rend la meilleure soupe."


def test_a_restaurant_order_is_a_commande():
    # measure46 (s38): "…the waiter forgot our order…" came out «…notre ordre…» (a command)
    assert mend("Le serveur a oublié notre ordre et nous avons attendu une heure.",
                "The waiter forgot our order and we waited an hour.") == \
        "Le serveur a oublié notre commande et nous avons attendu une heure."
    assert mend("Nous avons déjeuné dans un café, et le serveur a pris l'ordre très vite.",
                "We had lunch in a café, and the waiter took our order very quickly.") == \
        "Nous avons déjeuné dans un café, et le serveur a pris la commande très vite."
    assert mend("Au restaurant, le serveur a perdu mon ordre.", "At the restaurant, the waiter lost my order.") == \
        "Au restaurant, le serveur a perdu ma commande."
    # no meal in the source, or an order of things: as written
    assert mend("Le général a donné l'ordre d'attaquer.", "The general gave the order to attack.") == \
        "Le général a donné l'ordre d'attaquer."
    assert mend("Le serveur a servi les plats dans l'ordre.", "The waiter served the dishes in order.") == \
        "Le serveur a servi les plats dans l'ordre."


def test_a_long_line_to_wait_in_is_a_file_d_attente():
    # measure46: "…there is usually a long line in the morning." came out «…une longue ligne le matin.»
    assert mend("Il y a habituellement une longue ligne le matin.", "There is usually a long line in the morning.") == \
        "Il y a habituellement une longue file d'attente le matin."
    assert mend("Il y a toujours une longue ligne d'attente au guichet.",
                "There's always a long queue at the ticket office.") == \
        "Il y a toujours une longue file d'attente au guichet."
    assert mend("Nous sommes restés dans une longue ligne.", "We stood in a long line.") == \
        "Nous sommes restés dans une longue file d'attente."
    # a line drawn, or a line of cars: as written
    assert mend("Trace une longue ligne sous le titre.", "Draw a long line under the title.") == \
        "Trace une longue ligne sous le titre."
    assert mend("Il y avait une longue ligne de voitures.", "There was a long line of cars.") == \
        "Il y avait une longue ligne de voitures."


def test_homework_given_is_donne_not_fait():
    # measure46: "Our teacher gave us too much homework." came out «…nous a fait trop de devoirs.» (did it)
    assert mend("Notre professeur nous a fait trop de devoirs.", "Our teacher gave us too much homework.") == \
        "Notre professeur nous a donné trop de devoirs."
    assert mend("Nos professeurs nous ont fait autant de devoirs.", "Our teachers gave us so much homework.") == \
        "Nos professeurs nous ont donné autant de devoirs."
    assert mend("Mme Smith leur a fait trop de devoirs.", "Mrs Smith gave them too much homework.") == \
        "Mme Smith leur a donné trop de devoirs."
    # homework done: as written
    assert mend("J'ai fait trop de devoirs hier.", "I did too much homework yesterday.") == \
        "J'ai fait trop de devoirs hier."


def test_homework_given_is_donne_not_rendu():
    # measure47: "The teacher gave us too much homework." came out «…nous a rendu trop de devoirs.» (handed back)
    assert mend("Le professeur nous a rendu trop de devoirs.", "The teacher gave us too much homework.") == \
        "Le professeur nous a donné trop de devoirs."
    assert mend("Le professeur nous a rendu trop de devoirs hier.",
                "The teacher gave us too much homework yesterday.") == \
        "Le professeur nous a donné trop de devoirs hier."
    # homework handed back: as written
    assert mend("Le professeur nous a rendu des devoirs.", "The teacher gave us back our homework.") == \
        "Le professeur nous a rendu des devoirs."
    assert mend("Elle a rendu des devoirs.", "She gave the homework back.") == "Elle a rendu des devoirs."


def test_a_dozen_after_a_list_keeps_its_une():
    # measure46: "…three kilos of potatoes and a dozen eggs." came out «…et douzaines d'œufs.»
    assert mend("Il nous faut trois kilos de pommes de terre et douzaines d'œufs.",
                "We need three kilos of potatoes and a dozen eggs.") == \
        "Il nous faut trois kilos de pommes de terre et une douzaine d'œufs."
    assert mend("J'ai acheté du lait, du pain et douzaine d'œufs.", "I bought milk, bread and a dozen eggs.") == \
        "J'ai acheté du lait, du pain et une douzaine d'œufs."
    # dozens in the source: as written
    assert mend("Il y avait des fleurs et douzaines d'oiseaux.", "There were flowers and dozens of birds.") == \
        "Il y avait des fleurs et douzaines d'oiseaux."


def test_a_screen_is_an_ecran_not_a_creme():
    # s38: "…but the screen stopped working after two weeks." (a laptop's) came out «…mais le crème a cessé…»
    assert mend("J'ai un nouveau portable, mais le crème a cessé de fonctionner.",
                "I have a new laptop, but the screen stopped working.") == \
        "J'ai un nouveau portable, mais l'écran a cessé de fonctionner."
    assert mend("Le crème télé est très grand.", "The TV screen is very big.") == "L'écran télé est très grand."
    assert mend("Nettoie ce crème.", "Clean this screen.") == "Nettoie cet écran."
    assert mend("Il a cassé sa crème.", "He broke his screen.") == "Il a cassé son écran."
    assert mend("La couleur du crème est bleue.", "The colour of the screen is blue.") == \
        "La couleur de l'écran est bleue."
    # a cream in the source, or no screen: as written
    assert mend("Je voudrais un crème.", "I'd like a coffee with cream, it says on the screen.") == \
        "Je voudrais un crème."
    assert mend("Un crème, s'il vous plaît.", "A white coffee, please.") == "Un crème, s'il vous plaît."


def test_a_single_ticket_is_aller_simple_and_a_ticket_to_a_place_pour():
    # s38: "A single ticket to Paris, please." came out «Un billet à Paris…» (the one way lost, «à» for «pour»)
    assert mend("Un billet à Paris, s'il vous plaît.", "A single ticket to Paris, please.") == \
        "Un billet aller simple pour Paris, s'il vous plaît."
    assert mend("Combien coûte un billet unique ?", "How much does a single ticket cost?") == \
        "Combien coûte un billet aller simple ?"
    assert mend("Deux billets à Oxford.", "Two tickets to Oxford.") == "Deux billets pour Oxford."
    assert mend("Un billet aller-retour à Leeds.", "A return ticket to Leeds.") == "Un billet aller-retour pour Leeds."
    # a ticket given to someone, two tickets in the French, or no single ticket in the source: as written
    assert mend("J'ai donné mon billet à Tom.", "I gave my ticket to Tom.") == "J'ai donné mon billet à Tom."
    assert mend("Un billet et un billet.", "A single ticket and a return ticket.") == "Un billet et un billet."
    assert mend("Un billet unique.", "A unique ticket.") == "Un billet unique."
