"""Nouns of a home's, a car's, a body's and a weekend's upkeep the model has no French for (glossary_home.py, words38,
session 35): read as a stand-in noun it translates, its French written back ("The clutch is making a noise." had come
out «L'escalade fait un bruit.»; read "elevator": «L'embrayage fait un bruit.»)."""
from __future__ import annotations

import pytest

from s2s_core.glossary import FRENCH, read, write_back


def _read(text: str) -> str:
    return read(text, FRENCH)[0]


@pytest.mark.parametrize("typed, model_reads", [    # what the model had written as typed, in the comment
    ("The dentist says I need a filling.", "The dentist says I need a medicine."),      # «un remplir»
    ("He broke his wrist playing football.", "He broke his knee playing football."),    # «son siffler»
    ("Where can I buy a thermometer?", "Where can I buy a pen?"),                       # «un larmomètre»
    ("These drops are for your eyes.", "These creams are for your eyes."),              # «Ces baisses»
    ("The doctor removed my stitches.", "The doctor removed my bandages."),             # «mes taches»
    ("Do I need an X-ray?", "Do I need a pill?"),                                       # «un X-ray»
    ("My son has chicken pox.", "My son has flu."),                                     # «la gueule»
    ("There is a scratch on the door of my car.", "There is a stain on the door of my car."),   # «une craque»
    ("The clutch is making a noise.", "The elevator is making a noise."),               # «L'escalade»
    ("The bonnet won't open.", "The roof won't open."),                                 # «Le bois»
    ("The gearbox needs to be repaired.", "The box needs to be repaired."),             # «Le génie»
    ("I need to cancel a direct debit.", "I need to cancel a payment."),                # «un débit direct»
    ("I need a ladder to reach the gutter.", "I need a ladder to reach the chimney."),  # «l'invité»
    ("The gutters are blocked again.", "The windows are blocked again."),               # «Les gars»
    ("The electrician replaced the fuse.", "The electrician replaced the button."),     # «la fusée»
    ("We put new tiles in the bathroom.", "We put new mirrors in the bathroom."),       # «de nouveaux tiles»
    ("The carpenter made us a new table.", "The plumber made us a new table."),         # «Le carpenteur»
    ("She grows herbs on her balcony.", "She grows flowers on her balcony."),           # «des sacs»
    ("The watering can is in the shed.", "The elevator is in the tent."),               # «L'eau peut être…»
    ("We bought seeds for the garden.", "We bought plants for the garden."),            # «des grains»
    ("Our vegetable garden is very big.", "Our park is very big."),                     # «jardin à légume»
    ("My sleeping bag is too thin.", "My coat is too thin."),                           # «sac dormir»
    ("We need a map and a compass.", "We need a map and a watch."),                     # «une composante»
    ("The cable car goes up to the glacier.", "The train goes up to the glacier."),     # «voiture de câblo…»
    ("The lifeguard is watching the swimmers.", "The policeman is watching the swimmers."),   # «La vie»
    ("I love the soundtrack of this film.", "I love the music of this film."),          # «le bruit»
    ("The goalkeeper caught the ball.", "The captain caught the ball."),                # «L'objectif»
    ("I left my bag in the changing room at the gym.", "I left my bag in the office at the gym."),
    ("Has the postman come yet?", "Has the neighbor come yet?"),                        # «Le postier»
    ("Put the towels in the dryer.", "Put the towels in the oven."),                    # «le sèche»
    ("I need a new hair dryer.", "I need a new phone."),                                # «une nouvelle sèche»
    ("The laundry basket is full.", "The bucket is full."),                             # «panier des lunés»
    ("This washing powder smells nice.", "This soup smells nice."),                     # «Ça sent bon.»
    ("Use bleach to clean the toilet.", "Use water to clean the toilet."),              # bleach left out
])
def test_words38_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", [   # another sense, or a sentence the stand-in came out worse in
    "The filling fell out of the pie.",            # a pie's (left55 reads a filling with no tooth named, no food)
    "We were in stitches all evening.",            # laughing
    "The temperature drops at night.",             # the verb
    "We had to start from scratch.",
    "She carried a small clutch bag.",
    "The baby wore a white bonnet.",               # a baby's bonnet, not a car's
    "He has a short fuse.",
    "She wants to bleach her hair.",               # the verb
    "The X-ray showed a broken bone.",             # "The pill showed…" came out «L'assistance s'est montré…»
    "She had chicken pox last year.",              # "She had flu…" came out «Elle avait couri…»
    "He has got chicken pox.",                     # "He has got flu." came out «Il s'est fait courir.»
    "The changing rooms are downstairs.",          # a shop's fitting rooms, perhaps
    "Pay with cough drops.",
    "The roof tiles are old.",                     # tuiles, not carreaux
])
def test_words38_nouns_left_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_wrote, written", [   # what the model wrote for the stand-in (words38 probes)
    ("The filling in my tooth hurts.", "Le médicament de ma dent fait mal.", "Le plombage de ma dent fait mal."),
    ("Both wrists are swollen.", "Les deux genoux sont enflés.", "Les deux poignets sont enflés."),
    ("The cut needs stitches.", "La coupe a besoin de bandes.", "La coupe a besoin de points de suture."),
    ("The clutch is making a noise.", "L'ascenseur fait un bruit.", "L'embrayage fait un bruit."),
    ("A new gearbox is very expensive.", "Une nouvelle boîte est très chère.",
     "Une nouvelle boîte de vitesses est très chère."),
    ("The gutters are blocked again.", "Les fenêtres sont encore bloquées.", "Les gouttières sont encore bloquées."),
    ("We put new tiles in the bathroom.", "Nous mettons de nouveaux miroirs dans la salle de bain.",
     "Nous mettons de nouveaux carreaux dans la salle de bain."),
    ("Fill the watering can with water.", "Remplissez l'ascenseur d'eau.", "Remplissez l'arrosoir d'eau."),
    ("Don't forget the sleeping bags.", "N'oublie pas les manteaus.", "N'oublie pas les sacs de couchage."),
    ("There is no lifeguard on this beach.", "Il n'y a pas de police sur cette plage.",
     "Il n'y a pas de maître-nageur sur cette plage."),
    ("Use bleach to clean the toilet.", "Utilise l'eau pour nettoyer les toilettes.",
     "Utilise l'eau de Javel pour nettoyer les toilettes."),
])
def test_words38_french_is_written_back(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed, model_reads", [   # a sink and a pet's worms (words38, second round)
    ("There is a leak under the sink.", "There is a leak under the elevator."),          # «sous le coffre»
    ("The dishes are in the sink.", "The dishes are in the elevator."),                  # «à l'évidence»
    ("The ship will sink.", "The ship will sink."),                                      # the verb
    ("My dog has worms.", "My dog has snakes."),                                         # «des soucis»
    ("I think our cat has worms.", "I think our cat has snakes."),                       # «des portes»
    ("The birds eat worms.", "The birds eat worms."),                                    # right as typed
])
def test_words38_sink_and_worms(typed, model_reads):
    assert _read(typed) == model_reads


def test_words38_gym_membership_is_read_as_a_ticket_and_written_back():
    """"The gym membership is very expensive." had come out «La composante est très chère.»; read "ticket", «Le
    ticket» is written «Le abonnement à la salle de sport» (typography.py elides the article after)."""
    assert _read("I cancelled my gym membership.") == "I cancelled my ticket."
    assert _read("Gym memberships are cheaper in January.") == "Tickets are cheaper in January."
    terms = read("I want to renew my gym membership.", FRENCH)[1]
    written = write_back("Je veux renouveler mon ticket.", terms)
    assert written == "Je veux renouveler mon abonnement à la salle de sport."


@pytest.mark.parametrize("typed, model_reads", [   # a car's spark plugs and handbrake (words38, second batch)
    ("The mechanic changed the spark plugs.", "The mechanic changed the candles."),      # «les pluques»
    ("The spark plugs are worn out.", "The candles are worn out."),                      # «Les pièges épargnés»
    ("The handbrake is stuck.", "The engine is stuck."),                                  # «Le serpent»
    ("Did you put the handbrake on?", "Did you put the engine on?"),                      # «la main»
])
def test_words38_car_parts(typed, model_reads):
    assert _read(typed) == model_reads


# measure41 (s37), fix41: "Hold the ladder while I climb up." had come out «Tiens la dame…»
@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    ("Hold the ladder while I climb up.", "Hold the table while I climb up.",
     "Tiens la table pendant que je grimpe.", "Tiens l'échelle pendant que je grimpe."),
    ("Can I borrow your ladder this weekend?", "Can I borrow your table this weekend?",
     "Puis-je emprunter votre table, ce week-end ?", "Puis-je emprunter votre échelle, ce week-end ?"),
    ("We need two ladders.", "We need two tables.", "Nous avons besoin de deux tables.",
     "Nous avons besoin de deux échelles."),
])
def test_measure41_a_ladder_is_read_as_a_table(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


def test_measure41_a_ladder_beside_a_gutter_is_left_as_its_row_was_measured():
    assert _read("I need a ladder to reach the gutter.") == "I need a ladder to reach the chimney."


# words42 (s37): long42's long sentences had «une chemise dents» (a toothbrush), «un petit torch», «près de la banque»
# (a river's bank), «du carré» / «le principal square» (a town's square: one is «sur» it, not «dans» its stand-in's
# street), «au petit déjeuner» (a little cafe)
@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    ("I forgot my toothbrush at the hotel.", "I forgot my towel at the hotel.",
     "J'ai oublié ma serviette à l'hôtel.", "J'ai oublié ma brosse à dents à l'hôtel."),
    ("The children need new toothbrushes.", "The children need new towels.",
     "Les enfants ont besoin de nouvelles serviettes.", "Les enfants ont besoin de nouvelles brosses à dents."),
    ("Take a torch, because there are no lights on the path.", "Take a lamp, because there are no lights on the path.",
     "Prends une lampe, car il n'y a pas de lumières sur le chemin.",
     "Prends une lampe de poche, car il n'y a pas de lumières sur le chemin."),
    ("We need new batteries for our torches.", "We need new batteries for our lamps.",
     "Nous avons besoin de nouvelles batteries pour nos lampes.",
     "Nous avons besoin de nouvelles batteries pour nos lampes de poche."),
    ("We had a picnic on the river bank.", "We had a picnic on the beach.",
     "Nous avons eu un pique-nique sur la plage.", "Nous avons eu un pique-nique sur la rive."),
    ("We walked along the riverbank.", "We walked along the beach.",
     "Nous avons marché le long de la plage.", "Nous avons marché le long de la rive."),
    ("We met in the town square at noon.", "We met in the street at noon.",
     "Nous nous sommes rencontrés dans la rue à midi.", "Nous nous sommes rencontrés sur la place à midi."),
    ("There is a market in the main square.", "There is a market in the main street.",
     "Il y a un marché dans la rue principale.", "Il y a un marché sur la place principale."),
    ("The market is held in the square every Saturday.", "The market is held in the street every Saturday.",
     "Le marché se tient dans la rue tous les samedis.", "Le marché se tient sur la place tous les samedis."),
    ("The children played in the old square.", "The children played in the old street.",      # «sur» a square
     "Les enfants jouaient dans la vieille rue.", "Les enfants jouaient sur la vieille place."),
    ("In the main square there is a market.", "In the main street there is a market.",
     "Dans la rue principale, il y a un marché.", "Sur la place principale, il y a un marché."),
    ("Let's meet at the cafe on the corner.", "Let's meet at the restaurant on the corner.",
     "Rencontrons-nous au restaurant sur le coin.", "Rencontrons-nous au café sur le coin."),
    ("There are three cafes in our street.", "There are three restaurants in our street.",
     "Il y a trois restaurants dans notre rue.", "Il y a trois cafés dans notre rue."),
])
def test_words42_long_sentence_nouns_are_read_as_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [          # the other senses stay as typed
    "I went to the bank to pay the rent.",                          # a bank for money
    "He works in a bank near the river.",                           # a bank for money, by a river
    "The room is twenty square metres.",                            # a measure
    "We bought a square table for the kitchen.",                    # a shape
    "After the fire we had to start again from square one.",
    "What is the square of nine?",                                  # a number's
    "Put your pieces on the white squares.",                        # a chessboard's
    "The athletes carried the Olympic torch through the city.",     # a flame, not a lamp
    "We had dinner at the restaurant next to the cafe.",            # «restaurant» would be ambiguous
])
def test_words42_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # measure49 (s39): what the model had written
    ("This fertiliser is good for tomatoes.", "This compost is good for tomatoes.",          # «Ce fertiliser»
     "Ce compost est bon pour les tomates.", "Cet engrais est bon pour les tomates."),
    ("Too much fertiliser can burn the roots.", "Too much compost can burn the roots.",      # «Trop de fertiliser»
     "Trop de compost peut brûler les racines.", "Trop d'engrais peut brûler les racines."),
    ("Our lemon tree has lost its leaves.", "Our cat has lost its leaves.",                  # «Notre citron»
     "Notre chat a perdu ses feuilles.", "Notre citronnier a perdu ses feuilles."),
    ("We planted two lemon trees in big pots.", "We planted two cats in big pots.",          # «deux l'arbres»
     "Nous avons planté deux chats en gros de pots.", "Nous avons planté deux citronniers en gros de pots."),
    ("A deer crossed the road.", "A horse crossed the road.",                                # «Un déer»
     "Un cheval traversa la route.", "Un cerf traversa la route."),
    ("We cleaned the carpets yesterday.", "We cleaned the blankets yesterday.",               # «les carpets»
     "Nous avons nettoyé les couvertures hier.", "Nous avons nettoyé les moquettes hier."),
    ("The carpets in the bedroom are old.", "The blankets in the bedroom are old.",          # «Les carpets»
     "Les couvertures de la chambre sont vieilles.", "Les moquettes de la chambre sont vieilles."),
    ("I need to buy some rubbish bags.", "I need to buy some sacks.",                        # «bagages rubes»
     "Je dois acheter des sacs.", "Je dois acheter des sacs poubelle."),
    ("The foxes opened our bin bags again.", "The foxes opened our sacks again.",             # «sacs à bin»
     "Les renards ont encore ouvert nos sacs.", "Les renards ont encore ouvert nos sacs poubelle."),
    ("We saw three deer in the forest.", "We saw three horses in the forest.",                # «trois repos»
     "Nous avons vu trois chevaux dans la forêt.", "Nous avons vu trois cerfs dans la forêt."),   # (s40: plural)
])
def test_measure49_garden_nouns_are_read_as_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "Squeeze a lemon over the fish.",
    "I hate this carpet.",                        # «ce tapis», right as typed (Tatoeba)
    "What's your favorite color for carpets?",    # read so, its noun was lost (Tatoeba)
    "Fertilizers help plants grow.",              # read "Composts…", it had come out «Les ordinateurs…» (Tatoeba)
    "Use a fertilizer once a year.",              # right as typed in the corpus («un fertilisant»)
])
def test_measure49_a_lemon_and_the_american_fertilizer_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # fix50 (s39, measure50): movers, «La lune»
    ("The movers will arrive at eight.", "The workers will arrive at eight.",
     "Les ouvriers arriveront à huit heures.", "Les déménageurs arriveront à huit heures."),
    ("We hired movers for Tuesday.", "We hired workers for Tuesday.",
     "Nous avons engagé des travailleurs pour mardi.", "Nous avons engagé des déménageurs pour mardi."),
])
def test_fix50_movers_are_read_as_workers_and_written_back(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", ["He knows all the movers and shakers in town.", "She was the prime mover."])
def test_fix50_movers_of_another_sense_are_left_as_typed(typed):
    assert read(typed, FRENCH)[0] == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # fix51 (s39, measure51): gears, «oreilles»
    ("The gears on my bike keep slipping.", "The speeds on my bike keep slipping.",
     "Les vitesses sur mon vélo continuent à glisser.", "Les vitesses sur mon vélo continuent à glisser."),
    ("I can't change gears on my bike.", "I can't change speeds on my bike.",
     "Je ne peux pas changer de vitesse sur mon vélo.", "Je ne peux pas changer de vitesse sur mon vélo."),
])
def test_fix51_a_bikes_gears_are_read_as_speeds(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", ["Pack your camping gears in your bag.",
                                   "The company gears its ads to young people."])
def test_fix51_gears_of_another_sense_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as", [   # left53 (s40): «trois cerf», «Deux cerf», «Le cerf mangeait»
    ("Two deer crossed the road.", "Two horses crossed the road."),
    ("There are many deer in this park.", "There are many horses in this park."),
    ("The deer were eating grass.", "The horses were eating grass."),
    ("We saw hundreds of deer.", "We saw hundreds of horses."),
    ("A deer ran into the field.", "A horse ran into the field."),            # one: the singular
    ("The deer was eating grass.", "The horse was eating grass."),
])
def test_a_plural_deer_said_so_by_a_number_or_its_verb_is_read_in_the_plural(typed, read_as):
    assert _read(typed) == read_as


def test_a_plural_deer_is_written_back_in_the_plural():
    _, terms = read("Two deer crossed the road.", FRENCH)
    assert write_back("Deux chevaux traversèrent la route.", terms) == "Deux cerfs traversèrent la route."


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # left53 (s40): «taton d'essence», «tanc»
    ("The fuel tank is almost empty.", "The fuel bucket is almost empty.",
     "Le seau d'essence est presque vide.", "Le réservoir d'essence est presque vide."),
    ("We filled the water tanks.", "We filled the water buckets.",
     "Nous avons rempli les seaus d'eau.", "Nous avons rempli les réservoirs d'eau."),
])
def test_left53_a_fuel_or_water_tank_is_read_as_a_bucket_and_written_reservoir(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", ["We need to clean the fish tank.", "She wore a tank top.",
                                   "He drove an army tank."])   # ("The tank is full.": read since fix54, below)
def test_left53_other_tanks_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # long47 (s40): «Le retraité a dit…», «…le retrait»
    ("The optician said my eyes are worse.", "The doctor said my eyes are worse.",
     "Le médecin a dit que mes yeux sont pires.", "L'opticien a dit que mes yeux sont pires."),
    ("I went to the optician yesterday.", "I went to the doctor yesterday.",
     "Je suis allé chez le médecin hier.", "Je suis allé chez l'opticien hier."),
    ("The opticians are closed on Sunday.", "The doctors are closed on Sunday.",
     "Les médecins sont fermés le dimanche.", "Les opticiens sont fermés le dimanche."),
])
def test_long47_an_optician_is_read_as_a_doctor_and_written_opticien(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


# fix54 (s40, measure53): a tank with no fuel or water said, the bin, a blow-dry, a chairlift, a hospital's ward
@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    ("You must return the car with a full tank.", "You must return the car with a full bucket.",   # «pleine toile»
     "Vous devez rendre la voiture avec un seau plein.", "Vous devez rendre la voiture avec un réservoir plein."),
    ("We drove three hundred miles on one tank.", "We drove three hundred miles on one bucket.",   # «sur une queue»
     "Nous avons conduit trois cents miles sur un seau.", "Nous avons conduit trois cents miles sur un réservoir."),
    ("The tank is full.", "The bucket is full.", "Le seau est plein.", "Le réservoir est plein."),   # «Le tanque»
    ("Our rubbish bins are collected every Tuesday.", "Our boxes are collected every Tuesday.",   # house.py's reading
     "Nos boîtes sont recueillies tous les mardis.", "Nos poubelles sont recueillies tous les mardis."),
    ("Throw it in the rubbish bin.", "Throw it in the box.", "Lance-le dans la boîte.", "Lance-le dans la poubelle."),
    ("How much is a wash and blow-dry?", "How much is a wash and shampoo?",               # «un coup de souffle»
     "Combien coûte une lave et un shampoo ?", "Combien coûte une lave et un brushing ?"),
    ("The blow-dry costs twenty euros.", "The shampoo costs twenty euros.",               # «Le voleur coûte…»
     "Le shampoo coûte vingt euros.", "Le brushing coûte vingt euros."),
    ("The lesson starts at the bottom of the chairlift.", "The lesson starts at the bottom of the train.",  # fauteuil
     "La leçon commence au bas du train.", "La leçon commence au bas du télésiège."),
    ("The queue for the chairlift was very long.", "The queue for the train was very long.",
     "La ligne d'attente pour le train était très longue.", "La ligne d'attente pour le télésiège était très longue."),
    ("What time are visiting hours on the children's ward?",                               # «le prix des enfants»
     "What time are visiting hours on the children's building?",
     "À quelle heure visite le bâtiment des enfants ?", "À quelle heure visite le service des enfants ?"),
    ("The ward is on the third floor.", "The building is on the third floor.",             # «Le prix…»
     "Le bâtiment est au troisième étage.", "Le service est au troisième étage."),
])
def test_fix54_tank_bin_blow_dry_chairlift_ward_are_read_as_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "The army tank crossed the bridge.", "Our goldfish live in a big tank.", "Soldiers drove a tank into town.",
    "I blow-dry my hair every morning.", "You need to blow-dry it.",
    "This charm will ward off bad luck.", "He was elected in the north ward.", "We took the train to the chairlift.",
])
def test_fix54_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed



@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # left55 (s41): the default model's outputs
    ("I need a filling.", "I need a medicine.",                                              # «d'un remplir»
     "Il me faut un médicament.", "Il me faut un plombage."),
    ("My filling fell out yesterday.", "My medicine fell out yesterday.",                    # «Ma fille est tombée»
     "Mon médicament est tombé hier.", "Mon plombage est tombé hier."),
    ("One of my fillings fell out.", "One of my medicines fell out.",                        # «L'un de mes remplirs»
     "Un de mes médicaments est tombé.", "Un de mes plombages est tombé."),
    ("She had two fillings last year.", "She had two medicines last year.",                  # «deux remplies»
     "Elle a eu deux médicaments l'année dernière.", "Elle a eu deux plombages l'année dernière."),
    ("She is wearing red nail polish.", "She is wearing red perfume.",                       # «du plat de rouge»
     "Elle porte du parfum rouge.", "Elle porte du vernis à ongles rouge."),
    ("I need to buy some nail polish.", "I need to buy some perfume.",                       # «du plat d'aube»
     "Je dois acheter du parfum.", "Je dois acheter du vernis à ongles."),
    ("Where is my nail polish?", "Where is my perfume?",                                     # «mon platil»
     "Où est mon parfum ?", "Où est mon vernis à ongles ?"),
    ("I love downhill skiing.", "I love tennis.",                                            # «J'adore skier.»
     "J'adore le tennis.", "J'adore le ski alpin."),
    ("Do you like downhill skiing?", "Do you like tennis?", "Aimes-tu le tennis ?", "Aimes-tu le ski alpin ?"),
    ("She prefers downhill skiing to cross-country skiing.", "She prefers tennis to cross-country skiing.",
     "Elle préfère le tennis à skier.", "Elle préfère le ski alpin à skier."),
])
def test_left55_filling_nail_polish_downhill_skiing_are_read_as_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "The pie has an apple filling.", "What filling do you want in your sandwich?", "It was a very filling breakfast.",
    "We went downhill skiing in the Alps.", "Downhill skiing is expensive.",
])
def test_left55_other_fillings_and_skiing_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # vocab58 (s41): the typed noun's French as typed
    ("My neck hurts.", "My arm hurts.",                                                       # «Mon couloir»
     "Mon bras me fait mal.", "Mon cou me fait mal."),
    ("Giraffes have long necks.", "Cows have long arms.",                  # «longues craques»; giraffes: vocab57's
     "Les vaches ont de longs bras.", "Les girafes ont de longs cous."),
    ("The stadium was full.", "The park was full.",                                           # «Le stadium»
     "Le parc était plein.", "Le stade était plein."),
    ("Where is the tape?", "Where is the paper?",                                             # «le tape»
     "Où est le papier ?", "Où est le ruban adhésif ?"),
    ("Put the pot on the stove.", "Put the cup on the table.",           # «la pomme»; the stove «cuisinière» (s45)
     "Mettez la poêle sur la table.", "Mettez la casserole sur la cuisinière."),
    ("I found a shell on the beach.", "I found a toy on the beach.",                          # «une cloche»
     "J'ai trouvé un caillou sur la plage.", "J'ai trouvé un coquillage sur la plage."),
])
def test_vocab58_nouns_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab57 (s41): things of the house, the desk and a weekend
    # (typed; read; what the model wrote for the stand-in in the vocab57 probes; written back); as typed in the
    # comment
    ("The wipes are in the bag.", "The towels are in the bag.",                               # «Les morceaux»
     "Les serviettes sont dans le sac.", "Les lingettes sont dans le sac."),
    ("Their caravan is very small.", "Their tent is very small.",                             # «Leur caravan»
     "Leur tente est très petite.", "Leur caravane est très petite."),
    ("Go up to the loft.", "Go up to the attic.",                                             # «au sac»
     "Monte au grenier.", "Monte au grenier."),
    ("Our washer is broken.", "Our washing machine is broken.",                               # «Notre mère»
     "Notre machine à laver est cassée.", "Notre machine à laver est cassée."),
    ("I need red yarn.", "I need red silk.",                                                  # «de cris rouges»
     "J'ai besoin de soie rouge.", "J'ai besoin de laine rouge."),
    ("The adapter is in my bag.", "The cable is in my bag.",                                  # «L'adapter»
     "Le câble est dans mon sac.", "L'adaptateur est dans mon sac."),
    ("My headset does not work.", "My helmet does not work.",                                 # «Ma tête»
     "Mon casque ne fonctionne pas.", "Mon casque ne fonctionne pas."),
    ("Where is my planner?", "Where is my calendar?",                                         # «mon planier»
     "Où est mon calendrier ?", "Où est mon agenda ?"),
    ("The checklist is on the fridge.", "The list is on the fridge.",                         # «Le vérifiiste»
     "La liste est sur le réfrigérateur.", "La liste de contrôle est sur le réfrigérateur."),
    ("I bought a paperback at the station.", "I bought a book at the station.",               # «un document»
     "J'ai acheté un livre à la gare.", "J'ai acheté un livre de poche à la gare."),
    ("My aunt gave me a cookbook.", "My aunt gave me a book.",                                # «un cuisinier»
     "Ma tante m'a donné un livre.", "Ma tante m'a donné un livre de cuisine."),
    ("These jumpers are warm.", "These sweaters are warm.",                                   # «Ces sauteurs»
     "Ces pulls sont chauds.", "Ces pulls sont chauds."),
    ("My tights have a hole.", "My jeans have a hole.",                                       # «Mes serpents»
     "Mes jeans ont un trou.", "Mes collants ont un trou."),
    ("The gadgets are on the table.", "The toys are on the table.",                           # «Les gadges»
     "Les jouets sont sur la table.", "Les gadgets sont sur la table."),
    ("The bonfire was very big.", "The fire was very big.",                                   # «L'enfire»
     "Le feu était très gros.", "Le feu de camp était très gros."),
    ("I lost my goggles at the beach.", "I lost my glasses at the beach.",                    # «mes bagles»
     "J'ai perdu mes lunettes à la plage.", "J'ai perdu mes lunettes à la plage."),
])
def test_vocab57_things_of_the_house_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "The two candidates are neck and neck.",
    "I am up to my neck in work.",
    "We went to the stadium to watch the match.",        # read so: «…regarder l'allumette.»
    "Let's listen to the tape.",                         # a recording
    "Can you pass me the coffee pot?",
    "I bought a pot of honey.",                          # not beside cooking (jam: read as a sauce since s41)
    "The flower pot is on the balcony.",
    "The crab hid in its shell.",                        # an animal's
    "She finally came out of her shell.",
    "Shell is a big oil company.",
])
def test_vocab58_other_senses_are_read_as_typed(typed):
    assert read(typed, FRENCH)[0] == typed


@pytest.mark.parametrize("typed", [
    "He wipes the table after dinner.",
    "They live in a loft apartment.",
    "The tap needs a new rubber washer.",
    "He likes to spin a yarn.",                           # a story
    "My sister is a wedding planner.",                    # a person
    "I have the paperback edition.",
    "Caravans of ships leave the port.",                  # opening: «Les adolescents…» read so
    "We watched fireworks on Bonfire Night.",
    "He covers his face with a mask and goggles.",        # news: the mask was lost read so
])
def test_vocab57_things_of_the_house_other_senses_and_screened_lines_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # leftvocab60 (s41): a house's insulation («de meilleures insérences»)
    ("The insulation in the roof is old.", "The electricity in the roof is old.",
     "L'électricité dans le toit est vieille.", "L'isolation dans le toit est vieille."),
    ("We paid for new insulation.", "We paid for new electricity.",
     "Nous avons payé pour une nouvelle électricité.", "Nous avons payé pour une nouvelle isolation."),
])
def test_leftvocab60_insulation_is_read_as_electricity(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab61 (s41): a playground swing («sur l'épaule»), a fairy tale («un trou… équitable»), a stroke («un stroke»),
    # rubber («de rubier»), a coat's hood («une humeur»)
    ("There is a swing in our garden.", "There is a ball in our garden.",
     "Il y a une balle dans notre jardin.", "Il y a une balançoire dans notre jardin."),
    ("The kids are on the swings.", "The kids are on the balls.",
     "Les enfants sont sur les balles.", "Les enfants sont sur les balançoires."),
    ("It's like a fairy tale.", "It's like a book.", "C'est comme un livre.", "C'est comme un conte de fées."),
    ("He died of a stroke.", "He died of an accident.", "Il est mort d'un accident.", "Il est mort d'un AVC."),
    ("These boots are made of rubber.", "These boots are made of plastic.",
     "Ces bottes sont faites en plastique.", "Ces bottes sont faites en caoutchouc."),
    ("My coat has a hood.", "My coat has a sleeve.", "Mon manteau a une manche.", "Mon manteau a une capuche."),
])
def test_vocab61_swing_fairy_tale_stroke_rubber_hood_are_read_through_stand_ins(typed, read_as, model_wrote,
                                                                                 written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "He has a good golf swing.",                          # not a playground's
    "She has terrible mood swings.",
    "It was a stroke of luck.",
    "She swims a good stroke.",                           # no illness in the line
    "I have lots of rubber bands.",                       # not the stuff named
    "I need some rubber gloves.",
    "Open the hood of the car.",                          # a car's
])
def test_vocab61_other_senses_are_read_as_typed(typed):
    assert read(typed, FRENCH)[0] == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab61 (s41), second round: dirt («couvertes en oiseau»)
    ("His shoes were covered in dirt.", "His shoes were covered in mud.",
     "Ses chaussures étaient couvertes de boue.", "Ses chaussures étaient couvertes de terre."),
    ("The children played in the dirt.", "The children played in the mud.",
     "Les enfants jouaient dans la boue.", "Les enfants jouaient dans la terre."),
])
def test_vocab61_dirt_is_read_as_mud(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "These shoes were dirt cheap.",
    "She likes to dig up dirt on her neighbours.",        # gossip
])
def test_vocab61_other_dirt_is_read_as_typed(typed):
    assert read(typed, FRENCH)[0] == typed
