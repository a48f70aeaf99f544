"""Nouns the model has no French for: read as a stand-in noun it translates, its French written back (glossary.py)."""
from __future__ import annotations

import pytest

from s2s_core import glossary, verbatim
from s2s_core.fold import fold, restore
from s2s_core.glossary import FRENCH, read, write_back
from s2s_core.pieces import GLUED


def _read(text: str) -> str:
    return read(text, FRENCH)[0]


@pytest.mark.parametrize("typed, model_reads", [
    ("There is a wasp in the kitchen.", "There is a mouse in the kitchen."),
    ("The wasps are everywhere.", "The flies are everywhere."),
    ("Wasps built a nest.", "Flies built a nest."),                           # the typed word's capital kept
    ("An owl was sitting on the roof.", "A pigeon was sitting on the roof."),   # "an" before the stand-in: "a"
    ("The children found a snail.", "The children found a bird."),
    ("We saw a rainbow after the rain.", "We saw an airplane after the rain."),  # "a" → "an"
    ("The screen is broken.", "The computer is broken."),
    ("She has freckles.", "She has glasses."),
    ("Chop the onions.", "Chop the eggs."),
    ("There was hail this morning.", "There was snow this morning."),
])
def test_a_noun_the_model_lacks_is_read_as_its_stand_in(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", [
    "Hail a taxi.",                          # a verb: not the weather
    "They hail from Ohio.",
    "Hail to the king!",
    "Mould the clay into a ball.",
    "Drill a hole in the wall.",             # no determiner before a word that is also a verb
    "Duck!",
    "The TV screen is broken.",              # a device's screen: "TV computer" would read wrong
    "Please screen the calls.",
    "Mr Hedge is here.",                     # a capital inside a sentence: a name
    "The wasp and the mouse are here.",      # the text already has the stand-in: «souris» would be ambiguous
    "I bought a new duvet cover.",
    "There is a waspish tone.",              # not a part of a longer word
])
def test_a_word_that_is_not_the_noun_or_whose_stand_in_is_ambiguous_is_read_as_typed(typed):
    assert _read(typed) == typed


def test_two_nouns_with_one_stand_in_read_only_the_first():
    text, terms = read("A wasp and a frog.", FRENCH)             # both would be "mouse"
    assert text == "A mouse and a frog." and [t.span for t in terms] == ["wasp"]


@pytest.mark.parametrize("typed, model_wrote, written", [
    ("There is a wasp in the kitchen.", "Il y a une souris dans la cuisine.", "Il y a une guêpe dans la cuisine."),
    ("The wasps are everywhere.", "Les mouches sont partout.", "Les guêpes sont partout."),
    ("Owls hunt at night.", "Les pigeons chassent la nuit.", "Les hiboux chassent la nuit."),       # "hiboux"
    ("She has freckles.", "Elle a des lunettes.", "Elle a des taches de rousseur."),
    ("Chop the onions.", "Coupe les oeufs.", "Coupe les oignons."),                                # "oeufs" too
    ("Frogs are green.", "Les vaches sont vertes.", "Les grenouilles sont vertes."),
    ("The frog jumped.", "La souris a sauté.", "La grenouille a sauté."),
    ("The screen is broken.", "L'ORDINATEUR EST CASSÉ.", "L'ÉCRAN EST CASSÉ."),       # shouted (fold.restore)
    ("The rainbow was beautiful.", "L'avion était beau.", "L'arc-en-ciel était beau."),
    ("The hedgehog and the owl.", "Le lapin et le pigeon.", "Le hérisson et le hibou."),           # two, in order
])
def test_the_stand_ins_french_is_written_back_as_the_nouns_in_its_number_and_case(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


def test_a_stand_in_the_model_did_not_write_leaves_the_translation_as_it_is():
    assert write_back("Il y a un vol dans la cuisine.", read("There is a wasp.", FRENCH)[1]) == \
        "Il y a un vol dans la cuisine."


def test_fold_reads_the_stand_in_for_a_french_target_only_and_restore_writes_the_noun_back():
    folded = fold("There is a wasp in the kitchen.", lambda c: True, glossary=FRENCH)
    assert folded.text == "There is a mouse in the kitchen."
    assert restore("Il y a une souris dans la cuisine.", folded) == "Il y a une guêpe dans la cuisine."
    assert fold("There is a wasp in the kitchen.", lambda c: True).text == "There is a wasp in the kitchen."


def test_heatmaps_label_the_stand_ins_pieces_with_the_typed_noun_and_its_french():
    terms = read("Wasps are everywhere.", FRENCH)[1]
    assert verbatim.labelled(["▁Fl", "ies", "▁are", "▁everywhere", "."], terms) == \
        ["▁Wasps", GLUED, "▁are", "▁everywhere", "."]                 # not "Flies": the word typed
    assert verbatim.labelled_target(["▁Les", "▁mouches", "▁sont"], terms) == ["▁Les", "▁guêpes", "▁sont"]


def test_the_note_names_each_noun_its_stand_in_and_its_french():
    note = glossary.note(read("The screen is broken.", FRENCH)[1])
    assert "screen" in note and "“computer”" in note and "«écran»" in note


@pytest.mark.parametrize("typed", [
    "The goat cheese is good.",              # read "cow cheese": "La chèvre est bonne." (typed: "Le fromage de chèvre")
    "I'm a dead duck!",                      # an idiom: "Je suis un canard mort !" (as typed: "Je suis mort !")
    "The drill sergeant shouted at us.",     # read "lamp sergeant": "La perceuse nous a crié dessus."
    "We had a fire drill.",
    "She's a night owl.",
    "The hedge fund lost money.",
    "My screen saver is a photo.",
])
def test_a_noun_that_names_another_thing_with_the_word_around_it_is_read_as_typed(typed):
    assert _read(typed) == typed


def test_a_determiner_the_model_wrote_in_the_wrong_gender_takes_the_stand_ins_before_the_noun_goes_back():
    terms = read("Put some lettuce in the sandwich.", FRENCH)[1]        # read "salad": the model wrote "un salade"
    assert write_back("Mettez un salade dans le sandwich.", terms) == "Mettez une laitue dans le sandwich."


def test_leeks_are_read_as_melons_and_written_back_as_poireaux():
    text, terms = read("Add the leeks.", FRENCH)                      # as typed: "Ajoutez les jambes."
    assert text == "Add the melons." and write_back("Ajoutez les melons.", terms) == "Ajoutez les poireaux."


# session 32 (nouns32): more household, office, kitchen, garden nouns; as typed the model wrote another word
@pytest.mark.parametrize("typed, model_reads", [
    ("Turn on the projector, please.", "Turn on the phone, please."),            # as typed: «le projet»
    ("We visited an art gallery in Paris.", "We visited an art library in Paris."),  # «une tribune d'art»
    ("Can I borrow your stapler?", "Can I borrow your envelope?"),                # «votre arme»
    ("Send the document to the printer.", "Send the document to the envelope."),  # «l'imprimant»
    ("I need a colander.", "I need a cup."),                                      # «d'un copain»
    ("Put the bread in the toaster.", "Put the bread in the oven."),              # «à la toaster»
    ("Caterpillars become butterflies.", "Cows become butterflies."),             # «Les chateurs»
    ("The pumpkin is very big.", "The banana is very big."),                      # «La peau»
    ("There are lizards in the garden.", "There are snakes in the garden."),      # «des bibliothèques»
    ("The cushions are dirty.", "The bags are dirty."),                           # «Les cushons»
    ("A beetle crawled on my hand.", "A cat crawled on my hand."),                # «Une parie»
    ("I don't like celery.", "I don't like rice."),                               # «le violonclé»
    ("I lost the blue folder.", "I lost the blue book."),                         # «la grippe bleue»
    ("I picked raspberries in the garden.", "I picked strawberries in the garden."),  # «des baguettes»
    ("I bought frozen peas.", "I bought frozen grapes."),                         # «de la poise gelée»
    ("Clean the floor with the mop.", "Clean the floor with the towel."),         # «le bouchon»
    ("He wore a white apron.", "He wore a white coat."),                          # «un but blanc»
    ("Add some parsley to the soup.", "Add some salt to the soup."),              # «un parsley»
    ("Add a pinch of cinnamon.", "Add a pinch of sauce."),                        # «un peu d'étonnant»
    ("Screens are everywhere in this office.", "Computers are everywhere in this office."),  # «Les accidents»
    ("Ducks are swimming on the lake.", "Chickens are swimming on the lake."),    # «Les chances»
])
def test_more_everyday_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed, translation, written", [
    ("The stapler is empty.", "L'enveloppe est vide.", "L'agrafeuse est vide."),
    ("The gallery opens at ten.", "La bibliothèque ouvre à dix heures.", "La galerie ouvre à dix heures."),
    ("Put the bread in the toaster.", "Mets le pain dans le four.", "Mets le pain dans le grille-pain."),
    ("The peas are cold.", "Les raisins sont froids.", "Les petits pois sont froids."),
    ("The mop is in the corner.", "La serviette est dans le coin.", "La serpillière est dans le coin."),
    ("The cake has too much cinnamon.", "Le gâteau a trop de sauce.", "Le gâteau a trop de cannelle."),
    ("The beetles ate the roses.", "Les chats mangèrent les roses.", "Les scarabées mangèrent les roses."),
])
def test_more_everyday_nouns_are_written_back_in_french(typed, translation, written):
    assert write_back(translation, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", [
    "Mop the floor, please.",                # a verb: no determiner before it
    "He screens the calls.",                 # the verb in the plural's spelling: not opening a sentence
    "She bought a cinnamon roll.",           # "a sauce roll" would read wrong
])
def test_a_verb_or_a_compound_among_the_new_nouns_is_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed", [
    "Peas are good for you.",                # as typed «Les pois sont bons…»; read "Grapes…": «Les grains…»
    "Pumpkin pie is my favourite dessert.",  # read "Banana pie": «Bana est mon dessert préféré.»
    "Raspberry jam is delicious.",           # read "Strawberry jam": «Strawberry est délicieux.»
    "She has a mop of curly hair.",          # not the floor's mop
])
def test_where_a_new_noun_read_through_its_stand_in_came_out_worse_it_is_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_reads", [
    ("Pass the flour through a sieve.", "Pass the flour through a bowl."),       # as typed: «une gorgée»
    ("Where is the ladle?", "Where is the spoon?"),                               # «la dame»
    ("Do you have a corkscrew?", "Do you have a knife?"),                         # «un équipage»
    ("The key is under the doormat.", "The key is under the carpet."),            # «sous la porte»
    ("We saw a badger last night.", "We saw a fox last night."),                  # «un mauvais colère»
    ("Badgers live in groups.", "Rabbits live in groups."),                       # "Foxes…" came out «Les enfants»
    ("There are worms in the garden.", "There are snakes in the garden."),        # «des oeufs»
    ("An acorn fell on my head.", "A lemon fell on my head."),                    # «Un acorn»
    ("The cauliflower is fresh.", "The cheese is fresh."),                        # «Le caulifais»
    ("I ate a plum.", "I ate a pear."),                                           # «un plombier»
    ("The plums are ripe.", "The apples are ripe."),                              # «Les plumes»; "pears": «oreilles»
    ("Put a paperclip on the pages.", "Put a pencil on the pages."),              # «un papier»
    ("Where is my highlighter?", "Where is my pen?"),                             # «mon porte-monnaie»
])
def test_kitchen_office_and_garden_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed, translation, written", [
    ("Where is the ladle?", "Où est la cuillère ?", "Où est la louche ?"),
    ("I made cauliflower soup.", "J'ai fait de la soupe au fromage.", "J'ai fait de la soupe au chou-fleur."),
    ("The badgers dig holes.", "Les lapins creusent des trous.", "Les blaireaux creusent des trous."),
    ("The bird caught a worm.", "L'oiseau attrapa un serpent.", "L'oiseau attrapa un ver."),
    ("She bought plums at the market.", "Elle a acheté des pommes au marché.", "Elle a acheté des prunes au marché."),
])
def test_kitchen_office_and_garden_nouns_are_written_back_in_french(typed, translation, written):
    assert write_back(translation, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", ["Sieve the flour into a bowl.", "Ladle the soup into bowls.",
                                   "Don't badger me about it.", "He wormed his way into the family."])
def test_the_new_nouns_that_are_also_verbs_are_read_only_after_a_determiner(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_reads", [
    ("There were ducks on the pond.", "There were chickens on the pond."),        # as typed: «des poussières»
    ("Many screens were broken.", "Many computers were broken."),                 # «Beaucoup de cris»
    ("There are hedges everywhere.", "There are fences everywhere."),             # «des héges»
])
def test_a_plural_after_there_are_or_many_is_a_noun_even_where_the_word_is_also_a_verb(typed, model_reads):
    assert _read(typed) == model_reads


# words34 (s33): "turtle" (the twin of "tortoise": "un énorme turtle"), "router" ("la route"), "nuts" ("pas dingue",
# "aux noirs"), "unlimited mileage" ("des milages démités")
@pytest.mark.parametrize("typed, model_reads", [
    ("We saw a huge turtle.", "We saw a huge mouse."),
    ("Turtles can live for a hundred years.", "Cows can live for a hundred years."),
    ("Have you tried restarting the router?", "Have you tried restarting the phone?"),
    ("Please make sure there are no nuts in my dish.", "Please make sure there are no carrots in my dish."),
    ("I'm allergic to nuts.", "I'm allergic to carrots."),
    ("Does the price include unlimited mileage?", "Does the price include driver?"),
])
def test_words34_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed, translation, written", [
    ("The turtle is swimming in the pond.", "La souris est en train de nager dans l'étang.",
     "La tortue est en train de nager dans l'étang."),
    ("Where is the router?", "Où est le téléphone ?", "Où est le routeur ?"),
    ("Does this cake contain nuts?", "Ce gâteau contient-il des carottes ?", "Ce gâteau contient-il des noix ?"),
    ("Is unlimited mileage included?", "Le chauffeur est-il inclus ?", "Le kilométrage illimité est-il inclus ?"),
])
def test_words34_nouns_are_written_back_in_french(typed, translation, written):
    assert write_back(translation, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", ["You're nuts!", "This noise drives me nuts.", "He went nuts.",
                                   "She is nuts about him.", "Tighten the nuts and bolts."])
def test_nuts_that_mean_crazy_or_a_bolts_nuts_are_left(typed):
    assert _read(typed) == typed


# session 33 (nouns33): nouns left last session and everyday ones a visitor types; as typed the model wrote another word
@pytest.mark.parametrize("typed, model_reads", [
    ("A moth flew around the lamp.", "A butterfly flew around the lamp."),        # as typed: «Une mote»
    ("She put a walnut in the cake.", "She put an apple in the cake."),           # «un réveillant»
    ("The spinach is fresh.", "The vegetables is fresh."),                        # «L'espinage»
    ("There is a pebble in my shoe.", "There is a toy in my shoe."),              # «un poignard»
    ("A crow stole my sandwich.", "A pigeon stole my sandwich."),                 # «Une foule»
    ("Two sparrows were fighting.", "Two pigeons were fighting."),                # «Deux sparons»
    ("The lambs are playing in the grass.", "The birds are playing in the grass."),  # «Les lambes»
    ("Ginger is good for a cold.", "Sugar is good for a cold."),                  # «Aller est bon…»
    ("We ate blueberries for dessert.", "We ate strawberries for dessert."),      # «des bleus»
    ("Add a little vinegar.", "Add a little wine."),                              # «vinegare»
    ("The children love sausages.", "The children love carrots."),                # «les sausages»
    ("Almonds are very healthy.", "Oranges are very healthy."),                   # «Les Almonds»
    ("Where is the tray?", "Where is the desk?"),                                 # «le piège»
    ("The jug is in the fridge.", "The bottle is in the fridge."),                # «Le jug»
    ("The teapot is broken.", "The bottle is broken."),                           # «Le thapot»
    ("The rake is behind the house.", "The hat is behind the house."),            # «La fusée»
    ("There are daisies everywhere.", "There are roses everywhere."),             # «des plats»
    ("The sunflowers are in the garden.", "The bushes are in the garden."),       # «Les soleils»
    ("My slippers are under the bed.", "My socks are under the bed."),            # «Mes chaussettes»
    ("His elbow is swollen.", "His knee is swollen."),                            # «Son harcèlement»
    ("I have a pain in my heel.", "I have a pain in my foot."),                   # «ma circonscription»
    ("The drizzle lasted all day.", "The rain lasted all day."),                  # «La dizzaine»
    ("Sleet is falling.", "Snow is falling."),                                    # «Le sommeil»
    ("Put the avocado in the salad.", "Put the egg in the salad."),               # «l'avocade»
    ("The pineapple is on the table.", "The egg is on the table."),               # «Le papillon»
])
def test_nouns33_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed, translation, written", [
    ("There are moths in the wardrobe.", "Il y a des papillons dans le placard.",
     "Il y a des papillons de nuit dans le placard."),
    ("Walnuts are expensive.", "Les pommes sont chères.", "Les noix sont chères."),
    ("These pebbles are smooth.", "Ces jouets sont doux.", "Ces cailloux sont doux."),
    ("The lambs are playing.", "Les oiseaux jouent.", "Les agneaux jouent."),
    ("The salad needs more vinegar.", "La salade a besoin de plus de vins.",          # the model's «vins» too
     "La salade a besoin de plus de vinaigre."),
    ("My elbow hurts.", "Mon genoux me fait mal.", "Mon coude me fait mal."),     # the model's «genoux»: one elbow
    ("Sleet is falling.", "La neige tombe.", "La neige fondue tombe."),
    ("Pineapples grow in hot countries.", "Les œufs poussent…", "Les ananas poussent…"),
])
def test_nouns33_nouns_are_written_back_in_french(typed, translation, written):
    assert write_back(translation, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", [
    "As the crow flies, it is ten kilometres.",  # an idiom
    "Daisy is my sister.",                       # a name opening a sentence
    "She wore high heels.",                      # shoes, not feet
    "Heel!",
    "The cat is ginger.",                        # a colour
    "She has ginger hair.",
    "Drizzle the oil over the salad.",           # a verb
    "We had lamb chops for dinner.",
    "He ate a sausage roll.",
    "Rake the leaves.",
    "The walnut tree is old.",                   # "apple tree": «pommier», no «pomme» to write back
    "We drove through sleet and snow.",          # the stand-in "snow" is there already
])
def test_nouns33_other_senses_and_idioms_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_reads", [
    ("Put the glasses in the dishwasher.", "Put the bowls in the dishwasher."),   # as typed: «les lunettes»
    ("Please wash the glasses.", "Please wash the bowls."),
    ("Fill the glasses with water.", "Fill the bowls with water."),
    ("Can you put the glasses on the table?", "Can you put the bowls on the table?"),
])
def test_drinking_glasses_are_read_as_bowls_where_the_kitchen_or_a_drink_says_so(typed, model_reads):
    text, terms = read(typed, FRENCH)
    assert text == model_reads and write_back("Mettez les bols ici.", terms) == "Mettez les verres ici."


@pytest.mark.parametrize("typed", [
    "I need new glasses.",                        # no kitchen, no drink: the spectacles
    "She cleaned her glasses.",
    "Put your glasses on.",
    "Put the glasses on.",
    "I left my glasses on the kitchen table.",    # his own: the spectacles
    "We drank two glasses of wine.",              # already «deux verres de vin» as typed
])
def test_spectacles_and_glasses_of_a_drink_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_reads", [
    ("Moles live underground.", "Cows live underground."),                        # as typed: «Les mères»
    ("A mole dug up the lawn.", "A mouse dug up the lawn."),
    ("The bee is on the flower.", "The mouse is on the flower."),                  # «Le bœu»
    ("The tablecloth is dirty.", "The towel is dirty."),                          # «La table»
    ("I don't like mustard.", "I don't like sauce."),                             # «la cour»
    ("This garlic is very strong.", "This alcohol is very strong."),              # «Cette gare»
])
def test_nouns33_more_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", [
    "There is a mole on her cheek.",             # the skin's: «grain de beauté», not «taupe»
    "She is a queen bee.",
    "A bee stung my finger.",                    # read "A mouse stung…": «…me brouillait le doigt» (as typed «piqué»)
    "Bees are busy.",                            # the plural came out right as typed
    "We ordered garlic bread.",
])
def test_nouns33_more_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


# the screen (glossary._screen, pattern_screen.Screen): only the entries whose needed words the text holds are tried
def _typed_forms() -> list[str]:
    forms = [f for entry in FRENCH for f in entry.english if f]
    return [t for f in forms for t in (f"The {f} is here.", f"{f.capitalize()} are here.", f"A {f.upper()}!")]


def test_the_screen_keeps_every_entry_whose_noun_the_text_holds():
    for text in _typed_forms() + ["There is a wasp in the kitchen.", "Wasps and frogs.", "İSTANBUL"]:
        kept = set(glossary._screen(FRENCH).candidates(glossary.folded(text)))
        assert {i for i, entry in enumerate(FRENCH) if glossary._pattern(entry).search(text)} <= kept, text


def test_every_entry_is_screened_by_a_word_it_needs():
    assert all(glossary.needs(glossary._pattern(entry)) for entry in FRENCH)


def test_no_stand_in_is_a_noun_read_after_it_so_the_text_is_screened_as_typed():
    for j, entry in enumerate(FRENCH):
        read_before = [s for earlier in FRENCH[:j] for s in earlier.stand_in if s]
        assert not [s for s in read_before if glossary._pattern(entry).search(s)], entry.english


@pytest.mark.parametrize("text", [
    "Put the glasses in the cupboard, she has freckles, a wasp and a frog are in the kettle.",
    "WASPS AND OWLS.", "Mr Hedge drilled a hole.", "There were ducks on the pond.",
] + _typed_forms()[::9])
def test_the_screened_read_is_the_loop_over_every_entry(text, monkeypatch):
    screened = read(text, FRENCH), read(text, FRENCH, shouted=True)
    monkeypatch.setattr(glossary, "_screen", lambda entries: glossary.Screen([() for _ in entries]))   # try all
    assert (read(text, FRENCH), read(text, FRENCH, shouted=True)) == screened


@pytest.mark.parametrize("typed, model_reads", [
    ("Where is the grater?", "Where is the fork?"),                               # as typed: «la gras»
    ("My hoodie is in the wash.", "My sweater is in the wash."),                  # «Mon humeur»
    ("The baby lost a mitten.", "The baby lost a sock."),                         # «une miten»
    ("He had a hip operation.", "He had a hand operation."),                      # «de randonnée»
    ("The robin is on the fence.", "The pigeon is on the fence."),                # «Le voleur»
    ("Two magpies sat on the roof.", "Two cows sat on the roof."),                # «Deux cartes»
    ("A woodpecker is knocking on the tree.", "A pigeon is knocking on the tree."),
    ("The otters are playing in the water.", "The cows are playing in the water."),  # «Les ottes»
    ("A beaver is swimming in the lake.", "A rabbit is swimming in the lake."),   # «Un mensonge»
    ("The peacock opened its tail.", "The chicken opened its tail."),             # «Le pacock»
    ("Wash the radishes.", "Wash the lemons."),                                   # «les évêques»
    ("The mango is too hard.", "The banana is too hard."),                        # «Le mango»
    ("The coconuts are heavy.", "The bananas are heavy."),                        # «Les cocautes»
    ("Grapefruits are sour.", "Melons are sour."),                                # «Les grains»
    ("Add a little basil to the sauce.", "Add a little pepper to the sauce."),    # «basil»
    ("The gale knocked down the fence.", "The storm knocked down the fence."),
    ("Close the shutters at night.", "Close the curtains at night."),             # «les fermes»
    ("Where are your wellies?", "Where are your boots?"),                         # «tes biens»
])
def test_nouns33_second_round_nouns_are_read_as_their_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed, translation, written", [
    ("She lent me her hoodie.", "Elle m'a prêté son chandail.", "Elle m'a prêté son sweat à capuche."),
    ("Robins come in winter.", "Les pigeons viennent en hiver.", "Les rouges-gorges viennent en hiver."),
    ("I need new wellies.", "J'ai besoin de nouvelles bottes.", "J'ai besoin de nouvelles bottes en caoutchouc."),
    ("I had half a grapefruit.", "J'ai eu une moitié de melon.", "J'ai eu une moitié de pamplemousse."),
])
def test_nouns33_second_round_nouns_are_written_back_in_french(typed, translation, written):
    assert write_back(translation, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", [
    "Robin is my brother.",                      # a name
    "Basil is my uncle.",
    "She made a mango smoothie.",                # read "banana smoothie": «une chaussure de banana»
    "I drank coconut milk.",
    "There is a fig tree in the garden.",        # "banana tree": «bananier», no «banane» to write back
    "Hip hop is my favourite music.",
    "The camera shutter is broken.",             # one shutter: a camera's
])
def test_nouns33_second_round_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed", [
    "Ginger the cat is asleep.",                 # read "Sugar the cat": «Le gingembre du chat»
    "Use a little elbow grease.",
    "Avocado toast is popular.",                 # read "Egg toast": «Les jouets économiques sont populaires.»
])
def test_nouns33_misfires_found_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_reads", [
    ("My shoes are wet because I stepped in a puddle.", "My shoes are wet because I stepped in a river."),  # «j'ai
    ("He stepped in a puddle on the way to school.", "He stepped in a river on the way to school."),  # flaque»
    ("She stepped in the puddles.", "She stepped in the rivers."),
    ("A car drove through a puddle.", "A car drove through a pool."),      # "river" here: «un fleuve»
    ("There is a big puddle in front of the door.", "There is a big pool in front of the door."),
])
def test_a_puddle_stepped_in_is_read_as_a_river_and_elsewhere_as_a_pool(typed, model_reads):
    text, terms = read(typed, FRENCH)
    assert text == model_reads and [t.back for t in terms] in (["flaque"], ["flaques"])


def test_drinking_glasses_are_read_so_after_the_phrase_tables_read_cupboard_as_closet():
    folded = fold("Put the glasses in the cupboard next to the fridge.", lambda c: True, glossary=FRENCH)
    assert "bowls" in folded.text          # as typed «Mettez les lunettes à côté du frigo.»


# demo34 (s33): a bank's, a garage's, an airline's and a postman's nouns the model had no French for
@pytest.mark.parametrize("typed, model_reads", [
    ("The brakes make a strange noise.", "The buttons make a strange noise."),          # «Les bruits font…»
    ("My car failed because of the brakes.", "My car failed because of the buttons."),
    ("The airline gave us a voucher for a meal.", "The bank gave us a receipt for a meal."),   # «un vide»; nouns34
    ("Can I use this voucher in the shop?", "Can I use this receipt in the shop?"),
    ("I need to check my balance.", "I need to check my receipt."),                    # «mon équilibre»
    ("What is the balance of my account?", "What is the receipt of my account?"),
    ("I used my card and looked at my statement.", "I used my card and looked at my receipt."),   # «déclaration»
    ("The bank sends me a statement every month.", "The bank sends me a receipt every month."),
    ("I made a transfer to my landlord for the rent.", "I made a cheque to my landlord for the rent."),
    ("He left a card in the letterbox.", "He left a card in the box."),               # «dans la lettre»
])
def test_demo34_banking_garage_and_post_nouns_are_read_as_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", [
    "He brakes too late.",                       # the verb
    "The brake pedal is soft.",                  # a part named by the brake
    "She lost her balance and fell.",            # no bank: one's balance
    "The minister made a statement this morning.",
    "The player asked for a transfer to another club.",
])
def test_demo34_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_wrote, written", [
    ("The brakes make a strange noise.", "Les boutons font un bruit étrange.", "Les freins font un bruit étrange."),
    ("I need to check my balance.", "Je dois vérifier mon reçu.", "Je dois vérifier mon solde."),
    ("The bank sends me a statement every month.", "La banque m'envoie un reçu chaque mois.",
     "La banque m'envoie un relevé chaque mois."),
    ("The airline gave us a voucher.", "La compagnie nous a donné un reçu.", "La compagnie nous a donné un bon."),
    ("I made a transfer to my landlord for the rent.", "J'ai fait un chèque à mon propriétaire pour le loyer.",
     "J'ai fait un virement à mon propriétaire pour le loyer."),
    ("He left a card in the letterbox.", "Il a laissé une carte dans la boîte.",
     "Il a laissé une carte dans la boîte aux lettres."),
])
def test_demo34_stand_ins_are_written_back_as_the_nouns(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


# nouns34 (s33): a garden's, a kitchen's, a station's and a traveller's nouns the model had no French for
@pytest.mark.parametrize("typed, model_reads", [
    ("I need a new SIM card.", "I need a new map."),                    # «une carte d'assurance-emploi»
    ("I bought two SIM cards.", "I bought two maps."),
    ("There is a fountain in the park.", "There is a statue in the park."),     # «une montagne»
    ("Put the saucepan on the stove.", "Put the bottle on the table."),   # «le saucepan»; the stove read "table" (s45)
    ("Put your coat on a hanger.", "Put your coat on a hat."),                  # «une colère»
    ("There are no hangers in the closet.", "There are no hats in the closet."),
    ("He watered the flowers with a hose.", "He watered the flowers with a bucket."),   # «une récolte»
    ("The tools are in the shed.", "The tools are in the tent."),
    ("We built a new shed.", "We built a new tent."),                           # «une nouvelle d'elle»
    ("There are sheds in every garden.", "There are tents in every garden."),
    ("He dug a hole with a spade.", "He dug a hole with a fork."),              # «un chat»
    ("There was mist over the lake.", "There was smoke over the lake."),        # «Il y avait du lac.»
    ("I like hazelnuts.", "I like bananas."),
    ("She ate a hazelnut.", "She ate a banana."),
    ("The pharmacist gave me some pills.", "The plumber gave me some pills."),  # «La pharmacie…»
    ("I sent a registered letter.", "I sent a card."),                          # «une lettre inscrit»
    ("We have a vegetable patch.", "We have a garden."),                        # «un patin de légumes»
    ("Is there a dress code?", "Is there a theme?"),                            # «un code de robe»
    ("The platform is crowded, the train is late.", "The corner is crowded, the train is late."),   # «Le programme»
    ("The station has four platforms.", "The station has four corners."),       # «quatre plates»
    ("Which airline did you fly with?", "Which bank did you fly with?"),        # «À quel air…»
    ("She works for an airline.", "She works for a bank."),
])
def test_nouns34_nouns_are_read_as_stand_ins(typed, model_reads):
    assert _read(typed) == model_reads


def test_a_babys_bottle_is_read_as_a_glass_and_written_biberon():
    """verbs45 (s45): a baby's bottle had come out «bouteille»; a bottle of wine beside a baby is one."""
    typed = "The baby burps after his bottle."
    assert _read(typed) == "The baby burps after his glass."
    assert write_back("Le bébé rote après son verre.", read(typed, FRENCH)[1]) == "Le bébé rote après son biberon."
    wine = "We opened a bottle of wine for the baby's birth."
    assert _read(wine) == wine
    assert _read("Pass me the bottle.") == "Pass me the bottle."


def test_a_stove_is_read_as_a_table_and_written_cuisiniere():
    """verbs45 (s45): "…on the stove" had come out «sur le cuisinier» (the cook); a wood stove is left."""
    typed = "The soup is on the stove."
    assert _read(typed) == "The soup is on the table."
    assert write_back("La soupe est sur la table.", read(typed, FRENCH)[1]) == "La soupe est sur la cuisinière."
    assert _read("We sat by the wood stove.") == "We sat by the wood stove."


@pytest.mark.parametrize("typed", [
    "SIM cards are cheap here.",                 # opening: "Maps" came out «Les mapes»
    "Hose the car down.",                        # the verb
    "She shed a tear.",
    "Trees shed their leaves.",
    "Sheds are cheap.",                          # opening: "Tents" came out «Les choses»
    "Let's call a spade a spade.",
    "The windows mist up.",
    "I love hazelnut spread.",
    "The platform is crowded.",                  # no train: a stage's, a computer's platform
    "It is a new platform for developers.",
    "The train leaves from platform 4.",         # the phrase tables read "track 4"
    "It is a cheap airline.",                    # "a cheap bank": «une banque chère»
    "Airline tickets are expensive.",
])
def test_nouns34_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, model_wrote, written", [
    ("I need a new SIM card.", "J'ai besoin d'une nouvelle carte.", "J'ai besoin d'une nouvelle carte SIM."),
    ("There are two fountains in the square.", "Il y a deux statues dans le carré.",
     "Il y a deux fontaines dans le carré."),
    ("The saucepan is hot.", "La bouteille est chaude.", "La casserole est chaude."),
    ("The hanger is broken.", "Le chapeau est cassé.", "Le cintre est cassé."),
    ("The hose is in the garden.", "Le seau est dans le jardin.", "Le tuyau est dans le jardin."),
    ("The shed is old.", "La tente est vieille.", "La cabane est vieille."),
    ("The spade is in the garden.", "La fourchette est dans le jardin.", "La bêche est dans le jardin."),
    ("We walked in the mist.", "Nous avons marché dans la fumée.", "Nous avons marché dans la brume."),
    ("The cake has hazelnuts in it.", "Le gâteau a des bananes.", "Le gâteau a des noisettes."),
    ("Ask the pharmacist.", "Demandez au plombier.", "Demandez au pharmacien."),
    ("The registered letter arrived yesterday.", "La carte est arrivée hier.",
     "La lettre recommandée est arrivée hier."),
    ("The vegetable patch is behind the house.", "Le jardin est derrière la maison.",
     "Le potager est derrière la maison."),
    ("The dress code is formal.", "Le thème est formel.", "Le code vestimentaire est formel."),
    ("The station has four platforms.", "La gare a quatre coins.", "La gare a quatre quais."),
    ("The airline lost my luggage.", "La banque a perdu mes bagages.", "La compagnie aérienne a perdu mes bagages."),
])
def test_nouns34_stand_ins_are_written_back_as_the_nouns(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed, model_reads, model_wrote, written", [
    ("I write with a fountain pen.", "I write with a pencil.", "J'écris avec un crayon.",        # «un stylo fou»
     "J'écris avec un stylo-plume."),
    ("Fountain pens are expensive.", "Pencils are expensive.", "Les crayons sont chers.",
     "Les stylos-plumes sont chers."),
])
def test_a_fountain_pen_is_a_pen_not_a_fountain(typed, model_reads, model_wrote, written):
    """Read as "fountain" + "pen" its note named a fountain; as typed it came out «un stylo fou», «stylo ronde»."""
    assert _read(typed) == model_reads
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", ["I don't care a fig about it!", "Yanni's fig jam is almost ready.",
                                   "Grilled shrimp with garlic sauce."])
def test_an_idiom_s_fig_fig_jam_and_garlic_sauce_are_read_as_typed(typed):
    """The Tatoeba Challenge test (session 33): "I don't care a fig" had come out «Je me fiche de ça !», read with
    "banana" «Je me fiche à une figue à ce propos !»; "fig jam" «la camarade de banana»; "garlic sauce" lost its
    sauce («de l'ail sur les nouilles»)."""
    assert _read(typed) == typed


# -- latency34: the glossary's patterns are compiled where a text screens them in, not all on the first translation --
def test_only_the_screened_in_patterns_are_compiled():
    glossary._pattern.cache_clear()
    glossary._screen.cache_clear()
    text, terms = glossary.read("There is a wasp in the kitchen.", FRENCH)
    assert text == "There is a mouse in the kitchen." and [t.span for t in terms] == ["wasp"]
    compiled = [entry.english for entry in FRENCH if glossary._pattern(entry)._compiled is not None]
    assert 1 <= len(compiled) <= 3 < len(FRENCH), compiled


# words37 (s34): untargeted probes of office, gadget and kitchen sentences; as typed "I'm allergic to shellfish."
# «…aux étagois», "The keyboard doesn't work anymore." «La clef…», "The new intern…" «Le nouvel entrepôt…», "The pan
# is very hot." «La panne…»
@pytest.mark.parametrize("typed, model_reads, model_wrote, written", [
    ("I'm allergic to shellfish.", "I'm allergic to vegetables.", "Je suis allergique aux légumes.",
     "Je suis allergique aux fruits de mer."),
    ("She doesn't like prawns.", "She doesn't like carrots.", "Elle n'aime pas les carottes.",
     "Elle n'aime pas les crevettes."),
    ("My keyboard is broken.", "My piano is broken.", "Mon piano est cassé.", "Mon clavier est cassé."),
    ("She sent me a spreadsheet.", "She sent me a document.", "Elle m'a envoyé un document.",
     "Elle m'a envoyé un tableur."),
    ("I need to submit my timesheet.", "I need to submit my report.", "Je dois soumettre mon rapport.",
     "Je dois soumettre mon relevé d'heures."),
    ("We have two new interns this summer.", "We have two new colleagues this summer.",
     "Nous avons deux nouveaux collègues cet été.", "Nous avons deux nouveaux stagiaires cet été."),
    ("Take the tram to the old town.", "Take the bus to the old town.", "Prends le bus jusqu'à la vieille ville.",
     "Prends le tram jusqu'à la vieille ville."),
    ("The gloves are made of wool.", "The gloves are made of silk.", "Les gants sont faits de soie.",
     "Les gants sont faits de laine."),
    ("My tablet won't switch on.", "My radio won't switch on.", "Ma radio ne s'allume pas.",
     "Ma tablette ne s'allume pas."),
    ("My webcam is broken.", "My radio is broken.", "Ma radio est cassée.", "Ma webcam est cassée."),
    ("The touchscreen is not responding.", "The computer is not responding.", "L'ordinateur ne répond pas.",
     "L'écran tactile ne répond pas."),
    ("The pasta is ready.", "The noodles is ready.", "Les nouilles sont prêtes.", "Les pâtes sont prêtes."),
    ("Wash the pan after dinner.", "Wash the cup after dinner.", "Lave la tasse après le dîner.",
     "Lave la poêle après le dîner."),
    ("We need a frying pan.", "We need a cup.", "Nous avons besoin d'une tasse.", "Nous avons besoin d'une poêle."),
    ("I attached the slides from the presentation.", "I attached the photos from the presentation.",
     "J'ai joint les photos de la présentation.", "J'ai joint les diapositives de la présentation."),
    ("The payslip shows the wrong amount.", "The card shows the wrong amount.", "La carte montre le mauvais montant.",
     "La fiche de paie montre le mauvais montant."),
    ("Can you pass me the cutting board?", "Can you pass me the towel?", "Pouvez-vous me passer la serviette ?",
     "Pouvez-vous me passer la planche à découper ?"),
    ("The coach driver was very friendly.", "The bus driver was very friendly.",
     "Le chauffeur de bus était très amical.", "Le chauffeur de car était très amical."),
    ("Where is the ticket office?", "Where is the desk?", "Où est le bureau ?", "Où est le guichet ?"),
])
def test_words37_nouns_are_read_as_their_stand_ins_and_written_back(typed, model_reads, model_wrote, written):
    assert _read(typed) == model_reads
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


# senses51 (s40): a coach from one town to another, full of tourists, broken down on the motorway («L'entraîneur…»)
@pytest.mark.parametrize("typed, model_reads", [
    ("We took a coach from London to Oxford.", "We took a bus from London to Oxford."),
    ("Our coach was full of tourists from Japan.", "Our bus was full of tourists from Japan."),
    ("The coach broke down on the highway.", "The bus broke down on the highway."),    # phrasing's "motorway"
])
def test_senses51_a_coach_between_towns_is_read_bus(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", ["The coach drove from Paris to Lyon with the team.",
                                   "The coach broke down in tears after the match."])
def test_senses51_a_team_coach_is_read_as_typed(typed):
    assert _read(typed) == typed


# senses59 (s41): a coach taken or caught: "We took the coach to London." «Nous avons pris l'entraîneur à Londres.»,
# "Let's catch the coach at nine." «Prenons l'entraîneur…»; read "bus", «car» written: «Nous avons pris le car…»
@pytest.mark.parametrize("typed, model_reads", [
    ("We took the coach to London.", "We took the bus to London."),
    ("We'll take the coach to Bristol.", "We'll take the bus to Bristol."),
    ("Let's catch the coach at nine.", "Let's catch the bus at nine."),
])
def test_senses59_a_coach_taken_is_read_bus(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", ["The players took the coach to court after the match.",
                                   "We missed the coach's speech at training."])
def test_senses59_a_team_coach_taken_is_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed", [
    "The keyboard shortcut is Ctrl+C.",                  # "piano shortcut"
    "The children love the slides in the park.",         # a playground's slides
    "Take one tablet twice a day.",                      # a pill
    "I bought a laptop with a touchscreen.",             # «ordinateur portable» would be written back
    "Peter Pan is a famous story.",                      # a name
    "The cameraman will pan across the crowd.",          # a verb
    "Put the pasta sauce in the fridge.",                # the sauce's
    "The trams run every ten minutes.",                  # read "buses": «Le bus court…»
    "Steel wool cleans the pan well.",                   # not wool; the pan not after its compound
    "The coach of the team was angry.",                  # a trainer
    "The coach trained the team at the station.",
])
def test_words37_other_senses_are_read_as_typed_where_it_is_so(typed):
    text = _read(typed)
    assert all(w not in text for w in ("piano", "photos", "radio", "computer", "noodles", "bus", "silk")), text


# measure35 (s34): "…an old apple tree." had come out "…un vieux arbre." (the apple lost), "une vieille pomme"
@pytest.mark.parametrize("typed, model_reads, model_wrote, written", [
    ("They have a big garden and an old apple tree.", "They have a big garden and an old dog.",
     "Ils ont un gros jardin et un vieux chien.", "Ils ont un gros jardin et un vieux pommier."),
    ("We planted two apple trees last spring.", "We planted two dogs last spring.",
     "Nous avons planté deux chiens le printemps dernier.", "Nous avons planté deux pommiers le printemps dernier."),
    ("The children are playing under the apple tree.", "The children are playing under the dog.",
     "Les enfants jouent sous le chien.", "Les enfants jouent sous le pommier."),
])
def test_an_apple_tree_is_read_as_its_stand_in_and_written_back_pommier(typed, model_reads, model_wrote, written):
    assert _read(typed) == model_reads
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("typed", ["I ate an apple.", "The apple pie is delicious.", "The walnut tree is old."])
def test_an_apple_or_another_tree_is_read_as_typed(typed):
    assert _read(typed) == typed


# measure35 (s34): "…especially landscapes and old buildings." had come out "…surtout les terres…"
def test_a_landscape_is_read_as_a_field_and_written_back_paysage():
    typed = "My favourite hobby is painting, especially landscapes and old buildings."
    assert _read(typed) == "My favourite hobby is painting, especially fields and old buildings."
    model = "Mon passe-temps préféré est la peinture, surtout les champs et les vieux bâtiments."
    assert write_back(model, read(typed, FRENCH)[1]) == ("Mon passe-temps préféré est la peinture, surtout les "
                                                         "paysages et les vieux bâtiments.")
    assert write_back("Quel beau champ !", read("What a beautiful landscape!", FRENCH)[1]) == "Quel beau paysage !"


# ---- session 35: a noun written back that opens with a vowel where its stand-in does not ("warehouse" read "garage")
def test_the_words_before_a_noun_written_back_elide_before_its_vowel():
    """"I went to the warehouse." had come out «Je suis allé au entrepôt.»."""
    for typed, model, wanted in [
            ("I went to the warehouse.", "Je suis allé au garage.", "Je suis allé à l'entrepôt."),
            ("The warehouse is closed.", "Le garage est fermé.", "L'entrepôt est fermé."),
            ("He came out of the warehouse.", "Il est sorti du garage.", "Il est sorti de l'entrepôt."),
            ("This warehouse is huge.", "Ce garage est énorme.", "Cet entrepôt est énorme."),
            ("The boxes are in the warehouse.", "Les boîtes sont dans le garage.", "Les boîtes sont dans l'entrepôt.")]:
        _, terms = read(typed, FRENCH)
        assert write_back(model, terms) == wanted, typed
    _, terms = read("There is a hedgehog in the garden.", FRENCH)       # an aspirated h: «le hérisson»
    assert write_back("Il y a le lapin dans le jardin.", terms) == "Il y a le hérisson dans le jardin."


# ---- session 36 (measure39): a sport's final, a builder, a screen after an adjective
@pytest.mark.parametrize("typed, model_wrote, written", [
    ("Who won the tennis final yesterday?", "Qui a gagné la course de tennis hier ?",
     "Qui a gagné la finale de tennis hier ?"),
    ("They lost the final against Spain.", "Ils ont perdu la course contre l'Espagne.",
     "Ils ont perdu la finale contre l'Espagne."),
    ("The builder says it will cost about 3,000 euros.", "Le plombier dit qu'il coûtera environ 3 000 euros.",
     "L'entrepreneur dit qu'il coûtera environ 3 000 euros."),
    ("We are waiting for the builders to come back.", "Nous attendons que les plombiers reviennent.",
     "Nous attendons que les entrepreneurs reviennent."),
    ("This phone has a bright screen.", "Ce téléphone a un ordinateur brillant.", "Ce téléphone a un écran brillant."),
    ("This tablet has a big screen.", "Cette tablette a un grand ordinateur.", "Cette tablette a un grand écran."),
])
def test_measure39_nouns_are_read_as_their_stand_ins_and_written_back(typed, model_wrote, written):
    """"Who won the tennis final yesterday?" had come out «…le match de tennis…», "the builder says" «le bâtiment
    dit», "a bright screen" «une crème brillante»."""
    _, terms = read(typed, FRENCH)
    assert terms and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "The final exam is on Monday.", "The decision is final, we won the match.", "Final results are out.",
    "I used a website builder to make my page.", "I want a laptop with a great screen.",
    "We watched the final episode.", "Who will win the World Cup final?",
])
def test_measure39_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


# ---- session 37 (measure42): pine trees, a wheelchair, a grilled chicken
@pytest.mark.parametrize("typed, model_reads, model_wrote, written", [
    ("I still remember the smell of the pine trees.", "I still remember the smell of the dogs.",
     "Je me souviens encore de l'odeur des chiens.", "Je me souviens encore de l'odeur des pins."),
    ("They cut down the old pine tree last winter.", "They cut down the old dog last winter.",
     "Ils ont coupé le vieux chien l'hiver dernier.", "Ils ont coupé le vieux pin l'hiver dernier."),
    ("The pines along the coast are old.", "The dogs along the coast are old.",
     "Les chiens le long de la côte sont vieux.", "Les pins le long de la côte sont vieux."),
    ("One of us is in a wheelchair.", "One of us is in an armchair.",
     "L'un d'entre nous est dans un fauteuil.", "L'un d'entre nous est dans un fauteuil roulant."),
    ("We need two wheelchairs at the gate.", "We need two armchairs at the gate.",
     "Nous avons besoin de deux fauteuils à la porte.", "Nous avons besoin de deux fauteuils roulants à la porte."),
    ("I would like a grilled chicken with rice.", "I would like a fish with rice.",
     "Je voudrais un poisson avec du riz.", "Je voudrais un poulet grillé avec du riz."),
    ("Is the grilled chicken spicy?", "Is the fish spicy?", "Le poisson est-il épicé ?",
     "Le poulet grillé est-il épicé ?"),
])
def test_measure42_nouns_are_read_as_their_stand_ins_and_written_back(typed, model_reads, model_wrote, written):
    """"…the smell of the pine trees." had come out «…l'odeur des pinces.», "…one of us is in a wheelchair." «…dans
    une roue.», "…a grilled chicken with rice…" «…une sourissée avec du riz…»."""
    text, terms = read(typed, FRENCH)
    assert text == model_reads and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "He pines for his home town.",                  # the verb
    "Is there wheelchair access to the museum?",    # read "armchair access": «l'accès à l'arme»
    "Wheelchairs are available at the entrance.",   # read so: «Les armées…»
    "Giving wheelchairs priority in lifts is normal.",    # read so: «…des armes à feu»
    "She travels alone in an electric wheelchair.",  # read so: «…une arme électrique»
    "I would like a grilled chicken salad.",        # the salad's
    "I like fish and grilled chicken.",             # «poisson» would be ambiguous
])
def test_measure42_other_senses_are_read_as_typed(typed):
    assert _read(typed) == typed


# ---- session 37 (measure43): a playground
@pytest.mark.parametrize("typed, model_reads, model_wrote, written", [
    ("My son fell in the playground and hurt his knee.", "My son fell in the park and hurt his knee.",
     "Mon fils est tombé dans le parc et s'est blessé le genou.",
     "Mon fils est tombé dans le terrain de jeux et s'est blessé le genou."),
    ("There is a small playground behind the school.", "There is a small park behind the school.",
     "Il y a un petit parc derrière l'école.", "Il y a un petit terrain de jeux derrière l'école."),
    ("The playground is closed for repairs.", "The park is closed for repairs.",
     "Le parc est fermé pour les réparations.", "Le terrain de jeux est fermé pour les réparations."),
])
def test_measure43_playground_is_read_as_park_and_written_back(typed, model_reads, model_wrote, written):
    """"…my son had fallen in the playground…" had come out «…dans la pièce…», "The kids are playing in the
    playground." «…dans la ronde.»."""
    text, terms = read(typed, FRENCH)
    assert text == model_reads and write_back(model_wrote, terms) == written


def test_measure43_playground_beside_a_park_is_read_as_typed():
    assert _read("The playground is next to the park.") == "The playground is next to the park."   # «parc» ambiguous


def test_the_note_says_apart_a_noun_whose_stand_in_the_model_did_not_write():
    """measure51, s39: "…a hotel room and a meal voucher.", "voucher" read "receipt", came out «…une réception
    repas.» and the note had said «bon» was written back."""
    terms = read("The airline gave me a voucher.", FRENCH)[1]
    written = "La banque m'a donné une réception."                  # the bank's stand-in written, not the receipt's
    note = glossary.note(terms, written)
    assert "written back: airline" in note and "«compagnie aérienne»" in note
    assert "nothing was written back: voucher (read as “receipt”)" in note and "«bon»" not in note
    assert "voucher" not in glossary.note(terms, "La banque m'a donné un reçu.").split("written back:")[0]
    assert "nothing was written back" not in glossary.note(terms, "La banque m'a donné un reçu.")
