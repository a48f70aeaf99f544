"""Nouns of errands and occasions the model has no French for (glossary_errands.py, words36, session 34): read as a
stand-in noun it translates, its French written back ("My dog has fleas." had come out «Mon chien a des flics.»)."""
from __future__ import annotations

import pytest

from s2s_core.glossary import FRENCH, read, write_back


def _read(text: str) -> str:
    return read(text, FRENCH)[0]


@pytest.mark.parametrize("typed, model_reads", [
    ("I'm allergic to shellfish.", "I'm allergic to vegetables."),                 # «aux étagois»
    ("I'm allergic to penicillin.", "I'm allergic to soup."),                     # «à un crayon»
    ("Painkillers didn't help.", "Eggs didn't help."),                            # «Les gardiens»
    ("Apply the ointment twice a day.", "Apply the cream twice a day."),          # «Appuie le four»
    ("These lozenges taste of honey.", "These bananas taste of honey."),          # «Ces loups»
    ("This cough syrup tastes awful.", "This medicine tastes awful."),            # «Cette toux»
    ("These new shoes gave me blisters.", "These new shoes gave me oranges."),
    ("Is there a postbox near here?", "Is there a box near here?"),               # «une carte postale»
    ("The mailbox is full.", "The box is full."),
    ("The courier will come tomorrow morning.", "The driver will come tomorrow morning."),   # «Les coureurs»
    ("Here is your tracking number.", "Here is your phone number."),             # «numéro de pistage»
    ("Wrap the vase in bubble wrap.", "Wrap the vase in paper."),                 # «dans la bague»
    ("Take the second exit at the roundabout.", "Take the second exit at the bridge."),   # «à la ronde»
    ("I need new windscreen wipers.", "I need new tools."),                        # «décrèmes de vent»
    ("Turn on the wipers, it's raining.", "Turn on the tools, it's raining."),     # «les soleils»
    ("I have to clean the windscreen.", "I have to clean the mirror."),           # «le vent»
    ("There is a crack in the wall.", "There is a stain in the wall."),           # «un sac»
    ("Is there a socket near the table?", "Is there a lamp near the table?"),     # «un chaussette»
    ("Can you pass me the wrench?", "Can you pass me the key?"),                  # «la réveille»
    ("Where did you put the spanner?", "Where did you put the key?"),
    ("We chose a new wallpaper for the bedroom.", "We chose a new paper for the bedroom."),   # «murpère»
    ("My dog has fleas.", "My dog has flies."),                                   # «des flics»
    ("A slug ate my strawberries.", "A mouse ate my strawberries."),              # «Un licencie»
    ("She has two parrots.", "She has two pigeons."),                             # «deux parrottes»
    ("The guinea pigs are hungry.", "The rabbits are hungry."),                   # «Les cochons de la gare»
    ("Change the cat's litter every day.", "Change the cat's soup every day."),   # «l'allurer»
    ("I bought a new leash for the puppy.", "I bought a new rope for the puppy."),   # «un nouveau déjeuner»
    ("Where is my paintbrush?", "Where is my pencil?"),                           # «ma peinture»
    ("Pottery is very relaxing.", "Dance is very relaxing."),
    ("I need a new easel for painting.", "I need a new desk for painting."),      # «une nouvelle ère»
    ("He bought a new fishing rod.", "He bought a new key."),                     # «corde de pêche»
    ("The flower beds are full of weeds.", "The fields are full of weeds."),      # «Les lits de fleur»
    ("We planted tulips in the flower bed.", "We planted tulips in the garden."),
    ("The treadmill at the gym is broken.", "The carpet at the gym is broken."),  # «Le couloir»
    ("The lockers are next to the showers.", "The drawers are next to the showers."),   # «Les serrures»
    ("The bridesmaids wore pink dresses.", "The queens wore pink dresses."),      # «Les mariés»
    ("The honeymoon was wonderful.", "The party was wonderful."),                 # «Le miel»
    ("She lifted her veil.", "She lifted her hat."),                              # «son chemin»
    ("He rented a tuxedo for the wedding.", "He rented a suit for the wedding."),   # «un tuedo»
    ("Our toddler is learning to walk.", "Our baby is learning to walk."),        # «Notre todler»
    ("The baby has a rash on his face.", "The baby has an allergy on his face."),   # «un rasseau»
    ("Can it cause drowsiness?", "Can it cause fatigue?"),                        # «la noyade»
    ("My GP is on holiday.", "My doctor is on holiday."),                         # «Mon PPE»
    ("GPs are very busy in winter.", "Doctors are very busy in winter."),         # «Les Jeux»
    ("The waiting room is on the left.", "The kitchen is on the left."),          # «La chambre d'attente»
    ("My account balance is low.", "My receipt is low."),                         # «Mon compte rendu»
    ("Where is my seatbelt?", "Where is my belt?"),                               # «mon siège»
    ("A string on my violin broke.", "A rope on my violin broke."),               # «Une fusillade»
    ("Do you have any plasters?", "Do you have any books?"),                      # «des assiettes»
    ("We ran out of wrapping paper.", "We ran out of fabric."),                   # «plus de papier»
    ("Where are my scarves?", "Where are my socks?"),                             # «mes cicatrices»
])
def test_words36_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed, model_wrote, written", [   # what the model wrote for the stand-in (words36 probes)
    ("I'm allergic to shellfish.", "Je suis allergique aux légumes.", "Je suis allergique aux fruits de mer."),
    ("The doctor gave me penicillin.", "Le médecin m'a donné de la soupe.",
     "Le médecin m'a donné de la pénicilline."),
    ("Take a painkiller if it hurts.", "Prends un œuf si ça fait mal.", "Prends un antidouleur si ça fait mal."),
    ("Is there a postbox near here?", "Y a-t-il une boîte près d'ici ?",
     "Y a-t-il une boîte aux lettres près d'ici ?"),
    ("I didn't get a tracking number.", "Je n'ai pas reçu de numéro de téléphone.",
     "Je n'ai pas reçu de numéro de suivi."),
    ("There is a roundabout at the end of the road.", "Il y a un pont à la fin de la route.",
     "Il y a un rond-point à la fin de la route."),
    ("The wipers don't work.", "Les outils ne fonctionnent pas.", "Les essuie-glaces ne fonctionnent pas."),
    ("The vase has a crack.", "Le vase a une tache.", "Le vase a une fissure."),
    ("The cat is covered in fleas.", "Le chat est couvert en mouche.", "Le chat est couvert en puces."),
    ("Our guinea pig lives in a hutch.", "Notre lapin vit dans une cage.", "Notre cochon d'Inde vit dans une cage."),
    ("I forgot my fishing rod at home.", "J'ai oublié ma clé à la maison.",
     "J'ai oublié ma canne à pêche à la maison."),
    ("I put some compost on the flower beds.", "J'ai mis du compost sur les champs.",
     "J'ai mis du compost sur les parterres."),
    ("She asked me to be her bridesmaid.", "Elle m'a demandé d'être sa reine.",
     "Elle m'a demandé d'être sa demoiselle d'honneur."),
    ("The groom wore a tuxedo.", "Le mari portait un costume.", "Le mari portait un smoking."),
    ("I have a rash on my arm.", "J'ai une allergie sur le bras.", "J'ai une éruption cutanée sur le bras."),
    ("You should see a GP.", "Tu devrais voir un médecin.", "Tu devrais voir un médecin généraliste."),
    ("Fasten your seatbelts.", "Attachez vos ceintures.", "Attachez vos ceintures de sécurité."),
    ("The plasters are in the drawer.", "Les livres sont dans le tiroir.", "Les pansements sont dans le tiroir."),
    ("Where is the wrapping paper?", "Où est le tissu ?", "Où est le papier cadeau ?"),
    ("The scarves are on sale.", "Les chaussettes sont en vente.", "Les écharpes sont en vente."),
])
def test_words36_stand_ins_are_written_back_as_the_nouns(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", [
    "He explained it in a roundabout way.",          # read "bridge": «d'une manière de rond-point»
    "I heard a crack.",                              # a sound: «J'ai entendu une fissure»
    "Don't drop litter in the park.",                # rubbish, not a cat's litter
    "We need a flea collar for the dog.",            # read "mouse collar": «une puce pour le chien», the collar lost
    "The ball hit him in the eye socket.",
    "Change the wallpaper on your phone.",           # a screen's, not a room's
    "Don't do anything rash.",                       # the adjective
    "Tie the parcel with string.",                   # a ball of string, not an instrument's
    "We need to plaster the wall.",                  # the verb
    "The plaster on the wall is cracked.",           # a wall's plaster
])
def test_words36_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


def test_on_their_honeymoon_is_read_as_typed_and_other_honeymoons_through_the_stand_in():
    """Read "on their party", "Mr. and Mrs. West are on their honeymoon." came out «M. et Mme Ouest font partie de
    leur parti» (Tatoeba Challenge test); as typed the model says «sur leur lune de miel»."""
    assert _read("Mr. and Mrs. West are on their honeymoon.") == "Mr. and Mrs. West are on their honeymoon."
    assert _read("Our honeymoon was wonderful.") == "Our party was wonderful."


@pytest.mark.parametrize("typed,read_as,model_wrote,written", [
    # measure36 (s34): "…book a double room…" had come out «une chambre deux», "…open the browser." «le maron», "…a
    # new exhaust." «une nouvelle épuste»
    ("I would like to reserve a double room for three nights.", "I would like to reserve a kitchen for three nights.",
     "Je voudrais réserver une cuisine pour trois nuits.", "Je voudrais réserver une chambre double pour trois nuits."),
    ("We need two double rooms.", "We need two kitchens.", "Il nous faut deux cuisines.",
     "Il nous faut deux chambres doubles."),
    ("My laptop crashes whenever I open the web browser.", "My laptop crashes whenever I open the program.",
     "Mon portable plante quand j'ouvre le programme.", "Mon portable plante quand j'ouvre le navigateur."),
    ("Which browser do you use?", "Which program do you use?", "Quel programme utilisez-vous ?",
     "Quel navigateur utilisez-vous ?"),
    ("It needs a new exhaust.", "It needs a new engine.", "Il a besoin d'un nouveau moteur.",
     "Il a besoin d'un nouveau pot d'échappement."),
    ("The exhaust pipe is broken.", "The engine is broken.", "Le moteur est cassé.", "Le pot d'échappement est cassé."),
])
def test_measure36_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Don't exhaust yourself before the race.",        # the verb
    "Exhaust fumes are bad for your health.",         # «gaz d'échappement», not a pipe's fumes
    "The double bed is comfortable.",
    "They have three double rooms left.",             # read "kitchens left": «Ils sont partis de trois chambres…»
    "Install the browser extension.",                 # «l'extension du navigateur» as typed
    "Do you want to install this free browser add-on?",
])
def test_measure36_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    ("My laptop keeps freezing whenever I open more than two tabs.",
     "My laptop keeps freezing whenever I open more than two documents.",
     "Mon ordinateur portable continue de bloquer chaque fois que j'ouvre plus de deux documents.",
     "Mon ordinateur portable continue de bloquer chaque fois que j'ouvre plus de deux onglets."),   # «tabons»
    ("Close the tab you don't need.", "Close the document you don't need.",
     "Fermez le document dont vous n'avez pas besoin.", "Fermez l'onglet dont vous n'avez pas besoin."),
    ("I have too many tabs open in my browser.", "I have too many documents open in my program.",
     "J'ai trop de documents ouverts dans mon programme.", "J'ai trop d'onglets ouverts dans mon navigateur."),
])
def test_measure38_a_browsers_tabs_are_read_through_a_stand_in(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Press the Tab key to go to the next field.",
    "The police kept tabs on him for years.",
    "Put the drinks on my tab, please.",             # a bar's tab: nothing opened on a screen
])
def test_measure38_other_tabs_are_read_as_typed(typed):
    assert _read(typed) == typed


def test_measure38_a_passwords_characters_are_read_through_a_stand_in():
    """"The password must contain at least eight characters…" came out «…huit personnages…» (a story's)."""
    text, terms = read("The password must contain at least eight characters and one figure.", FRENCH)
    assert text == "The password must contain at least eight symbols and one figure."
    assert write_back("Le mot de passe doit contenir au moins huit symboles et un chiffre.", terms) == \
        "Le mot de passe doit contenir au moins huit caractères et un chiffre."
    assert _read("The main character dies at the end.") == "The main character dies at the end."


def test_measure38_a_signal_failure_is_read_through_a_stand_in():
    """"…because of a signal failure near London…" came out «…à cause d'un échec à proximité de Londres…»."""
    text, terms = read("The train was delayed because of a signal failure near London.", FRENCH)
    assert text == "The train was delayed because of a strike near London."
    assert write_back("Le train a été retardé à cause d'une grève près de Londres.", terms) == \
        "Le train a été retardé à cause d'une panne de signalisation près de Londres."


# measure40 (s36): a flea market, a capital letter, a tow truck had come out «au marché du fleuve», «une lettre de
# capital», «le camion de tour»
@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    ("He spends every Sunday morning at the flea market.", "He spends every Sunday morning at the supermarket.",
     "Il passe tous les dimanches matin au supermarché.", "Il passe tous les dimanches matin au marché aux puces."),
    ("There are two flea markets in our town.", "There are two supermarkets in our town.",
     "Il y a deux supermarchés dans notre ville.", "Il y a deux marchés aux puces dans notre ville."),
    ("Every sentence starts with a capital letter.", "Every sentence starts with a key.",
     "Chaque phrase commence par une clé.", "Chaque phrase commence par une majuscule."),
    ("Your password needs an uppercase letter.", "Your password needs a key.",
     "Votre mot de passe a besoin d'une clé.", "Votre mot de passe a besoin d'une majuscule."),
    ("We called a tow truck.", "We called a taxi.", "Nous avons appelé un taxi.",
     "Nous avons appelé un camion de dépannage."),
])
def test_measure40_compound_nouns_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


def test_measure40_lone_words_are_left():
    for typed in ("We went to the market.", "I wrote her a letter.", "The truck is parked outside.",
                  "Their capital is Paris."):
        assert _read(typed) == typed


# measure41 (s37), fix41: a bakery and software had come out «une boisson», «un serpât», «un bâillon», «du canapé»
@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    ("Is there a bakery near the hotel?", "Is there a bank near the hotel?",
     "Y a-t-il une banque près de l'hôtel ?", "Y a-t-il une boulangerie près de l'hôtel ?"),
    ("There are two bakeries in the village.", "There are two banks in the village.",
     "Il y a deux banques dans le village.", "Il y a deux boulangeries dans le village."),
    ("The software crashed again this morning.", "The program crashed again this morning.",
     "Le programme a cessé de fonctionner de nouveau ce matin.",
     "Le logiciel a cessé de fonctionner de nouveau ce matin."),
    ("My brother writes software for a bank.", "My brother writes programs for a bank.",
     "Mon frère écrit des programmes pour une banque.", "Mon frère écrit des logiciels pour une banque."),
    ("We use free software at school.", "We use free programs at school.",
     "Nous utilisons des programmes gratuits à l'école.", "Nous utilisons des logiciels gratuits à l'école."),
    ("Is this software free?", "Is this program free?", "Ce programme est-il gratuit ?",
     "Ce logiciel est-il gratuit ?"),
    # s38: "This bakery makes the best bread." had come out «Ce bâillon…», "My favourite bakery…" «Mon serré préféré…»
    ("This bakery makes the best bread.", "This bank makes the best bread.",
     "Cette banque fait le meilleur pain.", "Cette boulangerie fait le meilleur pain."),
    ("My favourite bakery is near the park.", "My favourite bank is near the park.",
     "Ma banque préférée est près du parc.", "Ma boulangerie préférée est près du parc."),
])
def test_measure41_bakery_and_software_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


def test_measure41_software_of_a_firm_and_a_bakery_beside_a_bank_are_left():
    for typed in ("He works for a software company.", "Install the software update.",
                  "The bakery is opposite the bank.",          # "bank" already there: its French would be ambiguous
                  "She works at that bakery."):                # «dans cette boulangerie» came out right
        assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # left53 (s40): «Le magasin…», «Le vélo…»
    ("Is the bike shop open today?", "Is the supermarket open today?",
     "Le supermarché est-il ouvert aujourd'hui ?", "Le magasin de vélos est-il ouvert aujourd'hui ?"),
    ("He works in a bicycle shop.", "He works in a supermarket.",
     "Il travaille dans un supermarché.", "Il travaille dans un magasin de vélos."),
])
def test_left53_a_bike_shop_is_read_as_a_supermarket_and_written_back(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # measure52 (s40): what the model wrote for each
    ("Your parcel has been sent.", "Your package has been sent.",                   # «Ta coll…»
     "Ton paquet a été envoyé.", "Ton colis a été envoyé."),
    ("The removal van is coming at eight", "The truck is coming at eight",           # «La vanelle…»
     "Le camion arrive à huit heures", "Le camion de déménagement arrive à huit heures"),
    ("The farmer keeps his hay in the barn.", "The farmer keeps his hay in the farm.",   # «…la barbe.»
     "L'agriculteur garde son foin dans la ferme.", "L'agriculteur garde son foin dans la grange."),
    ("We would like a cabin with a balcony, please.", "We would like a room with a balcony, please.",   # «un taxi»
     "Nous aimerions une chambre avec un balcon, s'il vous plaît.",
     "Nous aimerions une cabine avec un balcon, s'il vous plaît."),
    ("The mummies were found in a tomb.", "The statues were found in a tomb.",     # «Les musées…»
     "Les statues furent trouvées dans un tombeau.", "Les momies furent trouvées dans un tombeau."),
    ("The teacher gave us a new assignment.", "The teacher gave us a new project.",   # «…un nouvel assignement.»
     "Le professeur nous a donné un nouveau projet.", "Le professeur nous a donné un nouveau devoir."),
    ("The fans ran onto the pitch after the match.", "The fans ran onto the field after the match.",   # «l'étagère»
     "Les fans couraient sur le champ après le match.", "Les fans couraient sur le terrain après le match."),
])
def test_measure52_nouns_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


def test_measure52_other_senses_are_left():
    for typed in ("We stayed in a log cabin in the mountains.",       # a hut: «une cabane», not «une cabine»
                  "Mummy, can I have a biscuit?",                     # a mother (kids.py)
                  "My new assignment at work starts on Monday.",      # a job's
                  "He gave a sales pitch to the board.",              # not a field
                  "The barn is full of hay.",                         # right as typed («…pleine de foin.»)
                  "Please parcel out the sweets."):                   # a verb
        assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # fix53 (s40): «à l'écart des feuilles»
    ("We lost the away match on Saturday.", "We lost the game on Saturday.",
     "Nous avons perdu le match samedi.", "Nous avons perdu le match à l'extérieur samedi."),
    ("The fans travelled by train to the away match.", "The fans travelled by train to the game.",
     "Les fans ont voyagé en train au match.", "Les fans ont voyagé en train au match à l'extérieur."),
    ("Our next away match is in Leeds.", "Our next game is in Leeds.",
     "Notre prochain match est à Leeds.", "Notre prochain match à l'extérieur est à Leeds."),
])
def test_fix53_an_away_match_through_a_stand_in(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


def test_fix53_an_away_match_opening_a_sentence_and_a_match_away_are_left():
    for typed in ("Away matches are always harder for young players.",   # «Les filles…» through "Games"
                  "The match was played far away."):
        assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # vocab58 (s41): the typed noun's French as typed
    ("Our host made a wonderful dinner.", "Our uncle made a wonderful dinner.",               # «Notre dîner»
     "Notre oncle a fait un merveilleux dîner.", "Notre hôte a fait un merveilleux dîner."),
    ("My phone needs an update.", "My phone needs a repair.",                                 # «mise en place»
     "Mon téléphone a besoin d'une réparation.", "Mon téléphone a besoin d'une mise à jour."),
    ("I enjoyed our chat.", "I enjoyed our conversation.",                                    # «notre chapitre»
     "J'ai apprécié notre conversation.", "J'ai apprécié notre conversation."),
    ("We eat turkey at Christmas.", "We eat meat at Christmas.",                              # «de larquie»
     "Nous mangeons de la viande à Noël.", "Nous mangeons de la dinde à Noël."),
    ("The bars close at two in the morning.", "The restaurants close at two in the morning.", # «Les barreaux»
     "Les restaurants se ferment à deux heures du matin.", "Les bars se ferment à deux heures du matin."),
    ("The lab is closed today.", "The office is closed today.",                               # «La libée»
     "Le bureau est fermé aujourd'hui.", "Le laboratoire est fermé aujourd'hui."),
])
def test_vocab58_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "He thanked the host for the party.",                # «l'hôte» as typed
    "We are faced with a host of problems.",
    "Please update the app.",                            # the verb
    "I chat with my friends online.",
    "Turkey is a beautiful country.",                    # the country
    "Well, let's talk turkey.",
    "I love chocolate bars.",
    "He spent ten years behind bars.",
    "We visited two bars and a restaurant.",            # the restaurant's French would be ambiguous
    "The lab results are ready.",
])
def test_vocab58_other_senses_are_read_as_typed(typed):
    assert read(typed, FRENCH)[0] == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # leftvocab60 (s41): a wine tasting («un goût de vin»)
    ("We went to a wine tasting in Bordeaux.", "We went to a party in Bordeaux.",
     "Nous sommes allés à une fête à Bordeaux.", "Nous sommes allés à une dégustation de vin à Bordeaux."),
    ("The wine tasting starts at six.", "The party starts at six.",
     "La fête commence à six heures.", "La dégustation de vin commence à six heures."),
])
def test_leftvocab60_a_wine_tasting_is_read_as_a_party(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab61 (s41): a bat one hits with («une chauve»), an auction («L'auction»)
    ("He hit the ball with a bat.", "He hit the ball with a racket.",
     "Il a frappé la balle avec une raquette.", "Il a frappé la balle avec une batte."),
    ("The auction starts at noon.", "The sale starts at noon.",
     "La vente commence à midi.", "La vente aux enchères commence à midi."),
])
def test_vocab61_a_bat_and_an_auction_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "A bat flew into the cave.",                          # the animal
    "We hit it off right off the bat.",
    "They sold the painting at an auction.",              # «…à vendre.» read so
])
def test_vocab61_other_bats_and_auctions_are_read_as_typed(typed):
    assert read(typed, FRENCH)[0] == typed
