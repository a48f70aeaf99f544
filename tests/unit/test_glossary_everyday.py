"""Everyday nouns of the kitchen, clothes and the supermarket the model has no French for (glossary_everyday.py,
words43, session 38): read as a stand-in noun it translates, its French written back ("The cashier was very polite."
had come out «Le château était très polie.»)."""
from __future__ import annotations

import pytest

from s2s_core.glossary import FRENCH, read, write_back


def _read(text: str) -> str:
    return read(text, FRENCH)[0]


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # (typed; read; what the model wrote for the stand-in in the words43 probes; written back)
    ("Put the bananas in the blender.", "Put the bananas in the oven.",                       # «le métier»
     "Mettez les bananes dans le four.", "Mettez les bananes dans le mixeur."),
    ("There is no more flour.", "There is no more soup.",                                     # «de promenade»
     "Il n'y a plus de soupe.", "Il n'y a plus de farine."),
    ("This peach is sweet.", "This pear is sweet.",                                           # «Cette poire»
     "Cette poire est sucrée.", "Cette pêche est sucrée."),
    ("Do you like peaches?", "Do you like apples?",                                           # «les pièges»
     "Aimes-tu les pommes ?", "Aimes-tu les pêches ?"),
    ("My zipper is stuck.", "My pocket is stuck.",                                            # «Mon zipper»
     "Ma poche est coincée.", "Ma fermeture éclair est coincée."),
    ("My sneakers are dirty.", "My shoes are dirty.",                                         # «Mes sèches»
     "Mes chaussures sont sales.", "Mes baskets sont sales."),
    ("The cashier gave me the wrong change.", "The waiter gave me the wrong change.",          # «Le château»
     "Le serveur m'a donné le mauvais changement.", "Le caissier m'a donné le mauvais changement."),
    ("The trolley is full.", "The basket is full.",                                           # «Le trolley»
     "Le panier est plein.", "Le chariot est plein."),
    ("There are no trolleys left.", "There are no bags left.",                                # «sac», singular
     "Il n'y a plus de sac.", "Il n'y a plus de chariots."),
    ("I carried the groceries home.", "I carried the boxes home.",                            # «les grocers»
     "J'ai porté les boîtes à la maison.", "J'ai porté les courses à la maison."),
    ("The box has a width of 30 centimetres.", "The box has a depth of 30 centimetres.",      # s38: «une sauve»
     "La boîte a une profondeur de 30 centimètres.", "La boîte a une largeur de 30 centimètres."),
    ("I need an eraser.", "I need a ruler.",                                                  # «d'un efface»
     "J'ai besoin d'une règle.", "J'ai besoin d'une gomme."),
    ("Tom borrowed my eraser.", "Tom borrowed my ruler.",                                     # «ma galerie»
     "Tom a emprunté ma règle.", "Tom a emprunté ma gomme."),
    ("I would like to cancel my subscription.", "I would like to cancel my ticket.",          # measure48: «ma
     "Je voudrais annuler mon ticket.", "Je voudrais annuler mon abonnement."),               # subscription»
    ("How much does the subscription cost?", "How much does the ticket cost?",                # «la sous-scription»
     "Combien coûte le billet ?", "Combien coûte l'abonnement ?"),
])
def test_words43_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Your zipper is open.",                              # a fly: «Votre braguette est ouverte.» as typed
    "Don't forget to pull your zipper up.",
    "Flour the tin before you pour the batter.",         # the verb
    "Coat the chicken with flour.",                      # «avec de la farine» as typed; read so «…de la soupe»
    "Add the flour and the eggs.",                       # «Ajoutez la farine…» as typed
    "We took the trolley bus to the centre.",            # a tram
    "He is completely off his trolley.",
    "She works at a grocery store.",                     # the singular is read as typed
    "I planted a peach tree in my yard.",                # «un pêcher» as typed; read so «un pêche»
    "The width and the depth of the box.",               # s38: the stand-in already there
    "They put erasers on pencils.",                      # the plural: "rulers" may come out as rules
])
def test_words43_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # long46 (s39): the librarian («La bibliothèque à notre école…») and a laundry one takes clothes to («la lance»)
    ("I asked the librarian where the maps were.", "I asked the secretary where the maps were.",
     "J'ai demandé à la secrétaire où étaient les cartes.", "J'ai demandé à la bibliothécaire où étaient les cartes."),
    ("The new librarians are very kind.", "The new secretaries are very kind.",
     "Les nouveaux secrétaires sont très gentils.", "Les nouveaux bibliothécaires sont très gentils."),
    ("I took my shirts to the laundry.", "I took my shirts to the bakery.",
     "J'ai apporté mes chemises à la boulangerie.", "J'ai apporté mes chemises à la laverie."),
    ("The laundry near the station is cheap.", "The bakery near the station is cheap.",
     "La boulangerie près de la gare est bon marché.", "La laverie près de la gare est bon marché."),
    # a hall named by its use or size («l'hôtel de concert», «L'hôtel village»)
    ("The concert hall was full.", "The concert room was full.",
     "La pièce de concert était pleine.", "La salle de concert était pleine."),
    ("The village hall is too small.", "The village room is too small.",
     "La chambre du village est trop petite.", "La salle du village est trop petite."),
])
def test_long46_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Can you fold the laundry?",                         # the clothes to wash, not the place
    "The laundry is dry.",
    "I hang the laundry outside when it is sunny.",
    "Put the laundry in the machine.",
    "Leave your umbrella in the hall.",                 # a house's hall: «dans le hall» as typed
    "We met at the town hall.",                         # «l'hôtel de ville» as typed
    "She sang at Carnegie Hall.",
])
def test_long46_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # fix51 (s39, measure51): pupils, «chiots»
    ("There are thirty pupils in my class.", "There are thirty students in my class.",
     "Il y a trente étudiants de ma classe.", "Il y a trente élèves de ma classe."),
    ("The school trip costs ten euros per pupil.", "The school trip costs ten euros per student.",
     "Le voyage scolaire coûte dix euros par étudiant.", "Le voyage scolaire coûte dix euros par élève."),
])
def test_fix51_pupils_are_read_as_students_and_written_back(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", ["His pupils were dilated.", "The pupil of the eye shrinks in light.",
                                   "The pupils of her eyes are huge."])
def test_fix51_an_eyes_pupils_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # left52 (s40): a download, a bug
    ("The download is very slow today.", "The transfer is very slow today.",                  # «Le décharge»
     "Le transfert est très lent aujourd'hui.", "Le téléchargement est très lent aujourd'hui."),
    ("Is the download finished yet?", "Is the transfer finished yet?",                        # «Le sacréload»
     "Le transfert est-il déjà terminé ?", "Le téléchargement est-il déjà terminé ?"),
    ("The downloads are free for members.", "The transfers are free for members.",            # «Les télécharges»
     "Les transferts sont gratuits pour les membres.", "Les téléchargements sont gratuits pour les membres."),
    ("We found a bug in the login page.", "We found a problem in the login page.",            # «un câlin»
     "Nous avons trouvé un problème en page de login.", "Nous avons trouvé un bug en page de login."),
])
def test_left52_download_and_bug_are_read_as_stand_ins_and_written_back(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", ["Please download the file.", "I downloaded the song yesterday.",
                                   "There is a bug on the wall.", "I caught a stomach bug on holiday.",
])
def test_left52_the_verb_and_an_insect_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # left53 (s40): what food or a shop is free of
    ("Is this milk without fat?", "Is this milk without sugar?",                              # «sans gros»
     "Ce lait est-il sans sucre ?", "Ce lait est-il sans matières grasses ?"),
    ("Do you have milk without lactose?", "Do you have milk without gluten?",                 # «sans lait»
     "Avez-vous du lait sans gluten ?", "Avez-vous du lait sans lactose ?"),
    ("We bought perfume at the duty-free shop.", "We bought perfume at the bakery.",         # «boutique de service»
     "Nous avons acheté du parfum à la boulangerie.", "Nous avons acheté du parfum à la boutique hors taxes."),
    ("The duty-free shops are expensive.", "The banks are expensive.",
     "Les banques sont chères.", "Les boutiques hors taxes sont chères."),
    ("The toll-free number is on the card.", "The phone number is on the card.",            # «numéro de tolllle»
     "Le numéro de téléphone est sur la carte.", "Le numéro gratuit est sur la carte."),
    ("He bought a hands-free kit for his car.", "He bought a device for his car.",           # «une chasse de main»
     "Il a acheté un dispositif pour sa voiture.", "Il a acheté un kit mains libres pour sa voiture."),
])
def test_left53_free_of_and_free_to_use_nouns_are_read_as_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", ["The fat cat slept on the sofa.", "He is getting fat.", "Trim the fat off.",
                                   "Are you lactose intolerant?"])     # «tolérants» read so: the opposite
def test_left53_fat_not_after_without_and_lactose_intolerance_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # senses51 (s40): a phone case, a funfair, fines
    ("The case on my phone is broken.", "The box on my phone is broken.",                    # «Le cas»
     "La boîte sur mon téléphone est cassée.", "La coque sur mon téléphone est cassée."),
    ("I need a new case for my phone.", "I need a new box for my phone.",                    # «un nouveau cas»
     "J'ai besoin d'une nouvelle boîte pour mon téléphone.", "J'ai besoin d'une nouvelle coque pour mon téléphone."),
    ("We won a teddy bear at the fair.", "We won a teddy bear at the party.",                # «à la justesse»
     "Nous avons gagné un ours à la fête.", "Nous avons gagné un ours à la fête foraine."),
    ("The fair was full of people.", "The party was full of people.",                        # «L'équité»
     "La fête était pleine de monde.", "La fête foraine était pleine de monde."),
    ("He has had four speeding tickets this year.", "He has had four fines this year.",      # «billets de vitesse»
     "Il a eu quatre amendes cette année.", "Il a eu quatre amendes pour excès de vitesse cette année."),
])
def test_senses51_a_phone_case_a_funfair_and_speeding_tickets_are_read_as_stand_ins(typed, read_as, model_wrote,
                                                                                    written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "In that case, I will call you on my phone.", "Just in case, bring your phone.",
    "The police found his phone at the scene of the case.", "She keeps her glasses in a case.",
    "That is a fair price for a phone.", "It's not fair!", "She has fair hair.", "We went to a book fair at the park.",
    "Speeding tickets are expensive here.",                       # opening: «Les frais…» read so
])
def test_senses51_other_cases_fairs_and_an_opening_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed,read_as,model_wrote,written", [   # long48 (s40): «Ecotlande», «Scotlande»
    ("They moved to Scotland last year.", "They moved to Ireland last year.",
     "Ils ont déménagé en Irlande l'année dernière.", "Ils ont déménagé en Écosse l'année dernière."),
    ("Scotland is beautiful.", "Ireland is beautiful.", "L'Irlande est belle.", "L'Écosse est belle."),
    ("The best whisky comes from Scotland.", "The best whisky comes from Ireland.",
     "Le meilleur whisky vient d'Irlande.", "Le meilleur whisky vient d'Écosse."),
])
def test_long48_scotland_is_read_as_ireland_and_written_ecosse(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab55 (s41): everyday words of wordfreq's top 12,000 that Tatoeba's English lacks; (typed; read; what the
    # model wrote for the stand-in in the vocab55 probes; written back); as typed in the comment
    ("The company changed its logo.", "The company changed its symbol.",                      # «son brouillard»
     "L'entreprise a changé son symbole.", "L'entreprise a changé son logo."),
    ("Open the settings on your phone.", "Open the parameters on your phone.",                # «les oreilles»
     "Ouvrez les paramètres sur votre téléphone.", "Ouvrez les paramètres sur votre téléphone."),
    ("The doctor gave me a diagnosis.", "The doctor gave me a result.",                       # «un diagnosis»
     "Le médecin m'a donné un résultat.", "Le médecin m'a donné un diagnostic."),
    ("The dose is too high.", "The portion is too high.",                                     # «L'ose»
     "La partie est trop élevée.", "La dose est trop élevée."),
    ("There is a poster on the wall.", "There is a picture on the wall.",                     # «une posture»
     "Il y a une photo au mur.", "Il y a une affiche au mur."),
    ("He needs a new liver.", "He needs a new heart.",                                        # «un nouveau saur»
     "Il a besoin d'un nouveau cœur.", "Il a besoin d'un nouveau foie."),
    ("The workshop starts at ten.", "The course starts at ten.",                               # «Le boulot»
     "Le cours commence à dix heures.", "L'atelier commence à dix heures."),
    ("Children need help after a trauma.", "Children need help after a shock.",               # «un traumatoire»
     "Les enfants ont besoin d'aide après un choc.", "Les enfants ont besoin d'aide après un traumatisme."),
    ("This cartoon is very funny.", "This film is very funny.",                               # «Cette carton»
     "Ce film est très drôle.", "Ce dessin animé est très drôle."),
    ("The cathedral is very old.", "The tower is very old.",                                  # «La cathédérale»
     "La tour est très vieille.", "La cathédrale est très vieille."),
    ("The cord is too short for the lamp.", "The cable is too short for the lamp.",           # «Le cord»
     "Le câble est trop court pour la lampe.", "Le fil est trop court pour la lampe."),
    ("My therapist helps me a lot.", "My doctor helps me a lot.",                             # «Mon théâtre»
     "Mon médecin m'aide beaucoup.", "Mon thérapeute m'aide beaucoup."),
    ("The carnival is in February.", "The festival is in February.",                          # «La carnival»
     "Le festival est en février.", "Le carnaval est en février."),
])
def test_vocab55_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # vocab55's second round (s41)
    ("The graduation is in June.", "The ceremony is in June.",                                # «La graduelle»
     "La cérémonie est en juin.", "La remise des diplômes est en juin."),
    ("The inn has ten rooms.", "The church has ten rooms.",                                   # «L'ennuie»
     "L'église a dix chambres.", "L'auberge a dix chambres."),
    ("My shorts are too big.", "My jeans are too big.",                                       # «Mes manques»
     "Mes jeans sont trop grands.", "Mes shorts sont trop grands."),
    ("Would you like a soda?", "Would you like a juice?",                                     # «un bonda»
     "Voudriez-vous un jus ?", "Voudriez-vous un soda ?"),
    ("These recipes are easy.", "These cards are easy.",                                      # «Ces rcipes»
     "Ces cartes sont faciles.", "Ces recettes sont faciles."),
    ("The dough is too dry.", "The soup is too dry.",                                         # «La toux»
     "La soupe est trop sèche.", "La pâte est trop sèche."),
    ("The berries are ripe.", "The apples are ripe.",                                         # «Les abeilles»
     "Les pommes sont mûres.", "Les baies sont mûres."),
    ("My bra is too small.", "My sweater is too small.",                                      # «Mon verre»
     "Mon chandail est trop petit.", "Mon soutien-gorge est trop petit."),
    ("Can I use this coupon?", "Can I use this ticket?",                                      # «ce coup»
     "Puis-je utiliser ce ticket ?", "Puis-je utiliser ce coupon ?"),
    ("Diabetes is a serious illness.", "Cancer is a serious illness.",                        # «Les diabètes»
     "Le cancer est une maladie grave.", "Le diabète est une maladie grave."),
    ("The accessories are in the box.", "The objects are in the box.",                        # «Lesaccessibilités»
     "Les objets sont dans la boîte.", "Les accessoires sont dans la boîte."),
    ("I listen to a podcast every morning.", "I listen to a programme every morning.",        # «un livre»
     "J'écoute un programme tous les matins.", "J'écoute un podcast tous les matins."),
])
def test_vocab55_second_round_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "The story has two settings: Paris and London.",      # not a machine's
    "I need an extension cord.",                          # «une corde prolongée» as typed, «une prolongation» read so
    "The baby's umbilical cord was cut.", "Pull the cord to stop the bus.",
    "My son draws a cartoon every day.",                  # a drawn one: «…tire un film…» read so
    "We stayed at the Red Lion Inn.",                     # a name's
    "Add a spoon of baking soda.",
    "After the graduation ceremony we had dinner.",
    "I have no dough left to pay the rent.",              # money
])
def test_vocab55_other_senses_and_names_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # vocab55's third round (s41)
    ("He could not hide his grief.", "He could not hide his pain.",                           # «ses griefs»
     "Il ne pouvait pas cacher sa douleur.", "Il ne pouvait pas cacher sa peine."),
    ("My son was a victim of bullying.", "My son was a victim of harassment.",                # «de enterrements»
     "Mon fils était une victime de harcèlement.", "Mon fils était une victime de harcèlement."),
    ("Do you have a pad and a pen?", "Do you have a notebook and a pen?",                     # «un papa»
     "Avez-vous un cahier et un stylo ?", "Avez-vous un bloc-notes et un stylo ?"),
    ("Let's sit in the lounge.", "Let's sit in the living room.",                             # «au déjeuner»
     "Asseyons-nous dans le salon.", "Asseyons-nous dans le salon."),
])
def test_vocab55_third_round_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Bullying is a big problem in schools.",              # opening: «L'alcool…» read so
    "He is bullying the other children.",                 # the verb
    "I need a new mouse pad.", "We waited in the departure lounge.", "They lounge around all day.",
    "Grief drove her mad.",                               # opening: «Pain a conduit…» read so
    "Everyone was united in grief.",                      # the Challenge's line lost a word read so
])
def test_vocab55_third_round_verbs_and_other_pads_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # vocab56 (s41): vocab55's list, words 155-285
    # (typed; read; what the model wrote for the stand-in in vocab56's probes; written back)
    ("The quiz was easy.", "The test was easy.",                                              # «L'incidence»
     "L'examen était facile.", "L'examen était facile."),
    ("Where is my insulin?", "Where is my aspirin?",                                          # «mon insulin»
     "Où est mon aspirine ?", "Où est mon insuline ?"),
    ("This tutorial is very clear.", "This guide is very clear.",                             # «Cette tutoriale»
     "Ce guide est très clair.", "Ce tutoriel est très clair."),
    ("My daughter goes to kindergarten.", "My daughter goes to school.",                      # «à la gentille»
     "Ma fille va à l'école.", "Ma fille va à l'école maternelle."),
    ("This soap makes a lot of foam.", "This soap makes a lot of cream.",                     # «de chance»
     "Ce savon fait beaucoup de crème.", "Ce savon fait beaucoup de mousse."),
    ("The newborn sleeps all day.", "The baby sleeps all day.",                               # «Le nouveauborn»
     "Le bébé dort toute la journée.", "Le nouveau-né dort toute la journée."),
    ("I hate algebra.", "I hate history.",                                                    # «l'algebra»
     "Je déteste l'histoire.", "Je déteste l'algèbre."),
    ("He turned on the stereo.", "He turned on the radio.",                                   # «l'essentiel»
     "Il alluma la radio.", "Il alluma la chaîne stéréo."),
    ("He suffers from dementia.", "He suffers from depression.",                              # «la démentie»
     "Il souffre de dépression.", "Il souffre de démence."),
    ("Add one gram of salt.", "Add one kilo of salt.",                                        # «une note»
     "Ajoutez un kilo de sel.", "Ajoutez un gramme de sel."),
    ("The syrup is too sweet.", "The honey is too sweet.",                                    # «Le syllule»
     "Le miel est trop sucré.", "Le sirop est trop sucré."),
    ("The bride wore a white gown.", "The bride wore a white dress.",                         # «une vague»
     "La mariée portait une robe blanche.", "La mariée portait une robe blanche."),
    ("The amusement park is closed in winter.", "The zoo is closed in winter.",               # «parc d'amusement»
     "Le zoo est fermé en hiver.", "Le parc d'attractions est fermé en hiver."),
    ("He drinks too much cola.", "He drinks too much juice.",                                 # «de couleur»
     "Il boit trop de jus.", "Il boit trop de cola."),
    ("The flavour is too strong.", "The taste is too strong.",                                # «Le flavage»
     "Le goût est trop fort.", "Le goût est trop fort."),
    ("I need a new razor.", "I need a new knife.",                                            # «un nouveau razor»
     "J'ai besoin d'un nouveau couteau.", "J'ai besoin d'un nouveau rasoir."),
    ("The rug is dirty.", "The carpet is dirty.",                                             # «Le rug»
     "Le tapis est sale.", "Le tapis est sale."),
    ("The gravel was wet.", "The sand was wet.",                                              # «La tombe»
     "Le sable était mouillé.", "Le gravier était mouillé."),
    ("My son collects stickers.", "My son collects stamps.",                                  # «les bâtons»
     "Mon fils collectionne les timbres.", "Mon fils collectionne les autocollants."),
    ("My uncle works in a brewery.", "My uncle works in a farm.",                             # «un coup d'œil»
     "Mon oncle travaille dans une ferme.", "Mon oncle travaille dans une brasserie."),
    ("The cocoa is too hot.", "The chocolate is too hot.",                                    # «L'entraîneur»
     "Le chocolat est trop chaud.", "Le cacao est trop chaud."),
    ("There is grease on my shirt.", "There is sauce on my shirt.",                           # «du vert»
     "Il y a de la sauce sur ma chemise.", "Il y a de la graisse sur ma chemise."),
    ("She sent me a greeting card.", "She sent me a postcard.",                               # «carte de vertige»
     "Elle m'a envoyé une carte postale.", "Elle m'a envoyé une carte de vœux."),
    ("Unplug all the appliances.", "Unplug all the devices.",                                 # «les opposants»
     "Déconnecte tous les dispositifs.", "Déconnecte tous les appareils."),
    ("The costumes are in the box.", "The suits are in the box.",                             # «Les coûts»
     "Les costumes sont dans la boîte.", "Les costumes sont dans la boîte."),
])
def test_vocab56_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "We went to a pub quiz.", "He won a TV quiz show.",   # not a school's
    "Rabid dogs foam at the mouth.",                      # the verb: «…crèmes…» read so
    "She had a newborn baby.",                            # the adjective
    "I like music in stereo.", "The stereo sound is great.",
    "Corn syrup is very sweet.",                          # the corn syrup line lost its words read so
    "She wore her dressing gown.", "Patients wear a hospital gown.",
    "I drink Coca-Cola.", "The cola made my tongue tingle.",   # not beside a drink: «…mon piège.» read so
    "My favorite flavor is chocolate.",                   # «Mon parfum préféré…» as typed
    "Flavour the sauce with salt.",                       # the verb
    "Be careful with the razor blade.", "He swept it under the rug.", "The rug was pulled from under us.",
    "Grease the tin with butter.", "It takes some elbow grease.",
])
def test_vocab56_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab57 (s41): words 286-416 of vocab55's list
    # (typed; read; what the model wrote for the stand-in in the vocab57 probes; written back); as typed in the
    # comment
    ("Her hubby is a doctor.", "Her husband is a doctor.",                                    # «Sa feuille»
     "Son mari est médecin.", "Son mari est médecin."),
    ("I saw a giraffe at the zoo.", "I saw a cow at the zoo.",                                # «un gâchis»
     "Je vis une vache au zoo.", "Je vis une girafe au zoo."),
    ("I had diarrhea all night.", "I had fever all night.",                                   # «de la diplomatie»
     "J'ai eu de la fièvre toute la nuit.", "J'ai eu de la diarrhée toute la nuit."),
    ("Do you play squash?", "Do you play tennis?",                                            # «au douceur»
     "Joues-tu au tennis ?", "Joues-tu au squash ?"),
    ("The hotel has many bookings.", "The hotel has many reservations.",                      # «de livres»
     "L'hôtel a de nombreuses réserves.", "L'hôtel a de nombreuses réservations."),
    ("I saw an advert for a new car.", "I saw an advertisement for a new car.",               # «un advert»
     "J'ai vu une annonce pour une nouvelle voiture.", "J'ai vu une publicité pour une nouvelle voiture."),
])
def test_vocab57_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # leftvocab60 (s41): vocab55's and vocab56's leftovers (typed; read; the model's French, read so; written back)
    ("My belly hurts after that big meal.", "My back hurts after that big meal.",              # «Ma ceinture»
     "Mon dos me fait mal après ce gros repas.", "Mon ventre me fait mal après ce gros repas."),
    ("She lay on her belly on the beach.", "She lay on her back on the beach.",                # lost
     "Elle était allongée sur le dos sur la plage.", "Elle était allongée sur le ventre sur la plage."),
    ("The cow had a calf this morning.", "The cow had a horse this morning.",                  # «un coche»
     "La vache avait un cheval ce matin.", "La vache avait un veau ce matin."),
    ("The calves are in the field.", "The horses are in the field.",
     "Les chevaux sont dans le champ.", "Les veaux sont dans le champ."),
    ("The child blew a big bubble.", "The child blew a big ball.",                             # «une grosse balle»
     "L'enfant souffla une grosse balle.", "L'enfant souffla une grosse bulle."),
    ("There is one bean left on the plate.", "There is one egg left on the plate.",            # «un registre»
     "Il reste un œuf sur l'assiette.", "Il reste un haricot sur l'assiette."),
    ("Tom ate a can of beans.", "Tom ate a can of eggs.",                                      # «d'haricots» undone
     "Tom a mangé une boîte d'œufs.", "Tom a mangé une boîte de haricots."),
    ("The spa is closed on Mondays.", "The sauna is closed on Mondays.",                       # «Le spas»
     "Le sauna est fermé le lundi.", "Le spa est fermé le lundi."),
    ("I take my daughter to the nursery every day.", "I take my daughter to the school every day.",   # «l'infirmière»
     "Je prends ma fille à l'école tous les jours.", "Je prends ma fille à la crèche tous les jours."),
    ("The front bumper is broken.", "The front engine is broken.",                             # «Le registre»
     "Le moteur de devant est cassé.", "Le pare-chocs de devant est cassé."),
    ("The bird ate a berry.", "The bird ate a strawberry.",                                    # «un litre»
     "L'oiseau mangea une fraise.", "L'oiseau mangea une baie."),
    ("He is allergic to peanut butter.", "He is allergic to honey.",                           # «au beurre»
     "Il est allergique au miel.", "Il est allergique au beurre de cacahuète."),
])
def test_leftvocab60_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # (typed; read; what the model wrote for the stand-in in the british60 probes, s41; written back)
    ("The pavement is wet.", "The path is wet.",                                              # «L'assiette»
     "Le chemin est mouillé.", "Le trottoir est mouillé."),
    ("Don't ride your bike on the sidewalk.", "Don't ride your bike on the path.",            # «sur le truc»
     "Ne faites pas de vélo sur le chemin.", "Ne faites pas de vélo sur le trottoir."),
    ("The baby needs a clean nappy.", "The baby needs a clean towel.",                        # «une sieste»
     "Le bébé a besoin d'une serviette propre.", "Le bébé a besoin d'une couche propre."),
    ("We are out of diapers.", "We are out of towels.",                                       # «d'armes»
     "Nous sommes à court de serviettes.", "Nous sommes à court de couches."),
    ("I took a paracetamol for my headache.", "I took a medicine for my headache.",           # «paracéamètre»
     "J'ai pris un médicament pour mon mal de tête.", "J'ai pris un paracétamol pour mon mal de tête."),
])
def test_british60_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Diarrhea can be dangerous for babies.",              # opening: «Plusieurs peuvent…» read so
    "Squash is a fast game.",                             # not played: «Les adolescents…» read so
    "I cooked a squash for dinner.",                      # the vegetable
    "My hubby and I used to travel.",                     # "used to" was lost read so
    "I had never seen a giraffe till I was ten.",         # "till" was lost read so
])
def test_vocab57_nouns_other_senses_and_screened_lines_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, kept", [
    ("She has a pain in her belly button.", "belly"), ("A pot belly is common.", "belly"),
    ("I hurt my calf playing football.", "calf"),                  # the leg's: no farm word beside it
    ("Wrap it in bubble wrap.", "paper"), ("My daughter loves bubble baths.", "bubble"),   # glossary_errands' wrap
    ("I drink coffee beans.", "beans"), ("Don't spill the beans.", "beans"),
    ("The plant nursery sells roses.", "nursery"), ("She sings nursery rhymes.", "nursery"),
    ("We had a bumper harvest this year.", "bumper"), ("The kids love bumper cars.", "bumper"),
])
def test_leftvocab60_other_senses_are_read_as_typed(typed, kept):
    assert kept in _read(typed)


@pytest.mark.parametrize("typed", [
    "He is a sidewalk musician.", "We sat in a sidewalk café.",   # a compound: the word lost read so (Tatoeba)
    "The baby has nappy rash.",
])
def test_british60_other_uses_are_read_as_typed(typed):
    assert _read(typed) == typed
