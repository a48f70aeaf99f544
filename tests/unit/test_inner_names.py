"""A first name or a region inside a sentence stands in as a name or a country the model copies (opening_names.py,
verbatim.py), and "Grey" that opens a sentence before a noun is read as "Black" (spelling.py)."""
from s2s_core.fold import fold, restore
from s2s_core.opening_names import inner_names
from s2s_core.spelling import GRAY_FR, read_gray_opening
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

ONE_PIECE = ("Peter", "Tom", "Mary", "John", "France", "Canada", "Alberta", "Manitoba")   # the model knows them

VOCAB = Vocab(ONE_PIECE, as_typed=True)


def test_a_first_name_or_a_region_inside_the_sentence_is_found_with_its_kind():
    # read as typed: "Où est le Thomas ?", "Téléphie, j'ai dit bonjour.", "Elle travaille à Kenya."
    assert inner_names("Where is Thomas?") == [(9, 15, "man")]
    assert inner_names("Tell Sophie I said hello.") == [(5, 11, "woman")]
    assert inner_names("Yesterday Fatima bought a car.") == [(10, 16, "woman")]
    assert inner_names("I stayed at Sophie's house.") == [(12, 18, "woman")]
    assert inner_names("She works in Kenya.") == [(13, 18, "land_m")]
    assert inner_names("We visited Sicily and Sardinia.") == [(11, 17, "land"), (22, 30, "land")]
    assert inner_names("Anna is here.") == []                       # the opening name is opening_names's


def test_a_name_inside_a_longer_name_or_after_a_title_is_left_alone():
    for text in ("My name is Claire Dupont.", "Have you spoken to Mr. Thomas?", "He went to St. Thomas yesterday.",
                 "I met Anne Sophie Mutter.", "Jean Sophie is here.", "I drink a Burgundy wine.",
                 "The Normandy beaches are long.", '"Sophie," he said.', "I met Thomas de Lorme.",
                 "Ask thomas.", "Email sophie@example.org today.", "Mr. Don Julien spoke.", "Calamity Jane ran.",
                 "Queen Elizabeth I ruled.", "He works in Croatia.", "My daughter Jessica sang.",
                 "Thank you, Céline, for your help.", "We met in Victoria.", "The Oscar nominations are out."):
        assert inner_names(text) == [], text


def test_a_name_inside_the_sentence_stands_in_and_comes_back():
    f = fold("Where is Thomas?", COVERS, NAMES, VOCAB)
    assert f.text == "Where is Tom?"
    assert restore("Où est Tom ?", f) == "Où est Thomas ?"
    f = fold("Tell Sophie I said hello.", COVERS, NAMES, VOCAB)
    assert f.text == "Tell Mary I said hello."
    assert restore("Dis à Marie que j'ai dit bonjour.", f) == "Dis à Sophie que j'ai dit bonjour."
    f = fold("Is Nathalie coming with Thomas and Hugo?", COVERS, NAMES, VOCAB)
    assert f.text == "Is Mary coming with Tom and John?"


def test_a_region_inside_the_sentence_comes_back_as_french_says_it_there():
    cases = (("She works in Kenya.", "Elle travaille au Canada.", "Elle travaille au Kenya."),
             ("He grew up in Hungary.", "Il a grandi en France.", "Il a grandi en Hongrie."),
             ("I love Andalusia.", "J'aime la France.", "J'aime l'Andalousie."),
             ("The economy of Hungary grows.", "L'économie de la France croît.", "L'économie de la Hongrie croît."),
             ("She comes from Andalusia.", "Elle vient de France.", "Elle vient d'Andalousie."),
             ("We visited Sicily and Sardinia.", "Nous avons visité la France et l'Alberta.",
              "Nous avons visité la Sicile et la Sardaigne."),
             ("Tea from Kenya and Nigeria.", "Du thé du Canada et du Manitoba.", "Du thé du Kenya et du Nigeria."),
             ("Wine from Hungary or Sardinia.", "Du vin de France ou d'Alberta.", "Du vin de Hongrie ou de Sardaigne."))
    for text, model, written in cases:
        f = fold(text, COVERS, NAMES, VOCAB)
        assert restore(model, f) == written, text


def test_a_region_that_opens_the_sentence_stands_in_as_a_country():
    # read as "Mary is fueling…", it had come out "L'Algérie carburant Islamiste…" (the terrorism lost)
    f = fold("Algeria is fueling terrorism.", COVERS, NAMES, VOCAB)
    assert f.text == "France is fueling terrorism."
    assert restore("La France alimente le terrorisme.", f) == "L'Algérie alimente le terrorisme."


def test_grey_that_opens_a_sentence_before_a_noun_is_read_as_black_and_written_grey():
    # read as the name "Gray": "Les nuages de grain se rassemblent…", "Gray est ma couleur préférée."
    assert read_gray_opening("Grey clouds are gathering.", GRAY_FR) == ("Black clouds are gathering.",
                                                                         {**GRAY_FR, "Black": "Grey"})
    assert read_gray_opening("Grey is my favourite colour.", GRAY_FR)[0] == "Black is my favourite colour."
    for text in ("Mrs. Grey likes tea.", "Grey lives in Leeds.", "Grey suits you.", "Grey is my neighbour.",
                 "I drink Earl Grey.", "Grey clouds and black smoke.", "Grey Cup tickets are sold."):
        assert read_gray_opening(text, GRAY_FR) == (text, {}), text
    assert read_gray_opening("Grey clouds are gathering.", {}) == ("Grey clouds are gathering.", {})   # not French
    f = fold("Grey clouds are gathering.", COVERS, NAMES, VOCAB, colours=GRAY_FR)
    assert f.text == "Black clouds are gathering."
    assert restore("Les nuages noirs se rassemblent.", f) == "Les nuages gris se rassemblent."
    assert restore("De la fumée noire.", f) == "De la fumée grise."
    assert "a colour as one the model knows" in f.reworded


def test_grey_before_a_verb_in_the_past_or_an_object_is_a_name_and_stays():
    # read "Black": "Gray sent me a letter." came out "Le gris m'a envoyé une lettre.", "Grey won the election."
    # "Le gris a gagné l'élection." (as typed: "Gray m'a envoyé…", "Gray a gagné…")
    for text in ("Gray sent me a letter.", "Grey won the election.", "Gray met his wife in Paris.",
                 "Grey thinks so too.", "Gray knew the answer.", "Grey went home early.", "Gray took the bus."):
        assert read_gray_opening(text, GRAY_FR) == (text, {}), text
    for text in ("Grey smoke rose from the chimney.", "Grey hair suits you.", "Grey wolves are endangered."):
        assert read_gray_opening(text, GRAY_FR)[0].startswith("Black "), text


def test_a_name_that_is_also_a_place_stands_in_as_the_one_it_is_there():
    # "I met Brittany at the gym." had come out "J'ai rencontré la Bretagne à la gym.", "a drive from Sofia to
    # Varna" "une voiture de six Sofia heures"
    assert inner_names("I met Brittany at the gym.") == [(6, 14, "woman")]
    assert inner_names("I went out with Brittany last night.") == [(16, 24, "woman")]
    f = fold("I met Brittany at the gym.", COVERS, NAMES, VOCAB)
    assert restore("J'ai rencontré Marie à la gym.", f) == "J'ai rencontré Brittany à la gym."
    for text in ("It is a drive from Sofia to Varna.", "I say to little baby Hannah, welcome.", "She's a Leo.",
                 "All of Kenya celebrated.",
                 "Everyone in Nigeria knows him."):
        assert inner_names(text) == [], text
    assert inner_names("We're going to Brittany in August.") == [(15, 23, "land")]
    assert inner_names("Tell Sofia hello.") == [(5, 10, "woman")]


def test_a_name_with_a_vowel_comes_back_elided_where_the_stand_in_was_not():
    # "a letter by Alice" read "by Mary" came out "une lettre de Alice" (as typed: "d'Alice")
    f = fold("I quote a letter from Alice.", COVERS, NAMES, VOCAB)
    assert restore("Je cite une lettre de Marie.", f) == "Je cite une lettre d'Alice."
    f = fold("I think Ethan is right.", COVERS, NAMES, VOCAB)
    assert restore("Je pense que Tom a raison.", f) == "Je pense qu'Ethan a raison."
    f = fold("A gift from Sophie.", COVERS, NAMES, VOCAB)
    assert restore("Un cadeau de Marie.", f) == "Un cadeau de Sophie."


def test_a_name_after_an_opening_contraction_is_found():
    """"Where's Thomas?" came out "Où est le Thomas ?" (and "Isn't Sophie coming?" "N'arrive-t-on pas au sophie ?"):
    the contraction was taken for the first part of a longer name, where "Where is Thomas?" was read."""
    assert inner_names("Where's Thomas?") == [(8, 14, "man")]
    assert inner_names("Where’s Thomas?") == [(8, 14, "man")]                       # a typographic apostrophe
    assert inner_names("Isn't Sophie coming?") == [(6, 12, "woman")]
    assert inner_names("Can't Ahmed come?") == [(6, 11, "man")]
    for kept in ("Sophie's Thomas is here.", "O'Brien Thomas", "Where's Mr. Thomas?"):   # a name's part, a title
        assert inner_names(kept) == [], kept


def test_a_name_after_a_verb_of_saying_is_left_as_typed():
    """'"We are happy," says Anna.' read through "Mary" came out "« Nous sommes heureux, dit à Anna." (the quote's end
    lost, Anna spoken to); typed as is, the model writes "…, » dit Anna."."""
    for text in ('"We are happy," says Anna.', '"I am tired," said Sophie.', '"Where are you?" asked Thomas.'):
        assert inner_names(text) == [], text
    assert inner_names("Tell Sophie I said hello.") == [(5, 11, "woman")]


def test_a_name_the_model_turns_english_stands_in_though_the_vocabulary_holds_it():
    # demo31 (s31): read as typed, "I saw Marie yesterday." came out "J'ai vu Mary hier." (the model knows "Marie")
    vocab = Vocab((*ONE_PIECE, "Marie"), as_typed=True)
    f = fold("I saw Marie yesterday.", COVERS, NAMES, vocab)
    assert f.text == "I saw Mary yesterday."
    assert restore("J'ai vu Mary hier.", f) == "J'ai vu Marie hier."
    assert fold("I saw Peter yesterday.", COVERS, NAMES, vocab).text == "I saw Peter yesterday."   # known, kept
