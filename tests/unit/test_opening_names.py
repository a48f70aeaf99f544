"""A first name or a city that opens a sentence stands in as a name the model copies (opening_names.py)."""
from s2s_core.fold import fold, restore
from s2s_core.opening_names import opening_names
from s2s_core.reading_notes import stand_in_note
from s2s_core.verbatim import NAMES, protect

from name_vocab import COVERS, Vocab

# names a vocabulary holds as one piece: the model knows them
ONE_PIECE = ("David", "George", "Peter", "Tom", "Mary", "France", "Canada", "Alberta", "Manitoba")


VOCAB = Vocab(ONE_PIECE, as_typed=True)


def known(name: str) -> bool:
    return VOCAB.holds(name)


def test_a_name_or_a_city_that_opens_the_sentence_is_found_with_its_kind():
    assert opening_names("Anna is my sister.") == [(0, 4, "woman")]
    assert opening_names("Thomas is late again.") == [(0, 6, "man")]
    assert opening_names("Munich is famous for its beer.") == [(0, 6, "city")]
    assert opening_names("Prague is very old.") == [(0, 6, "woman")]            # "Prague est vieille"
    assert opening_names("Carlos and Maria live in Madrid.") == [(0, 6, "man")]


def test_a_name_inside_a_longer_name_or_the_sentence_is_left_alone():
    for text in ("Anna Smith is here.", "Anne Hébert wrote it.", "Thomas A. Edison slept little.",
                 "Samuel de Champlain came.", "Emma, Liam and Noah are here.", "George's made a point.",
                 "I love you, Anna.", "Brussels sprouts are good.", "St. Thomas is a town.", "Rose is a flower.",
                 "Nice is sunny."):
        assert opening_names(text) == [], text


def test_a_name_that_qualifies_the_noun_the_sentence_is_about_is_left_alone():
    # "Victoria station is very busy." had come out "Victoria est très occupée." (the station lost), "Burgundy wine
    # is excellent." "La Bourgogne est excellente.", "Seville oranges are bitter." "Séville oranges est amer."
    for text in ("Victoria station is very busy.", "Burgundy wine is excellent.", "Normandy beaches are famous.",
                 "Stockholm syndrome is real.", "Seville oranges are bitter.", "Max speed is 100.",
                 "Munich airport was closed.", "Munich airport closed yesterday.", "Victoria station reopened today.",
                 "Max out the volume."):
        assert opening_names(text) == [], text
    for text in ("Anna really is tired.", "Anna too is here.", "Sicily is where Tom grew up.", "Anna and Tom are here.",
                 "Carlos and I went to Munich.", "Anna, come here!", "Anna has worked here.", "Anna got married.",
                 "Anna seemed tired.", "Anna likes cats.", "Athens was hot."):
        assert opening_names(text) != [], text


def test_a_name_in_quotes_or_brackets_is_left_alone():
    # '"Anna is here," he said.' had come out "« Maire Anna est ici, »", "(Athens is old.)" "(L'Athens motion est
    # vieille.)"; as typed, the model wrote them right
    for text in ('"Anna is here," he said.', "“Athens is old,” she said.", "«Anna est là»", "(Anna is here.)"):
        assert opening_names(text) == [], text


def test_a_woman_stands_in_as_mary_a_man_and_a_city_as_another_name():
    assert protect("Anna is tired.", NAMES, known=known)[0] == "Mary is tired."
    assert protect("Thomas is tired.", NAMES, known=known)[0] == "Tom is tired."
    assert protect("Munich is big.", NAMES, known=known)[0] == "Tom is big."
    assert protect("Mary and Anna are here.", NAMES, known=known)[0] == "Mary and Jane are here."   # a second woman


def test_a_name_the_vocabulary_holds_as_a_piece_is_read_as_typed():
    assert protect("David is tired.", NAMES, known=known) == ("David is tired.", ())
    assert protect("Anna is tired.", NAMES)[0] == "Anna is tired."        # no vocabulary to ask: nothing changes


def test_the_name_is_written_back_where_the_translation_put_its_stand_in():
    f = fold("Sarah called me yesterday.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary called me yesterday."
    assert restore("Mary m'a appelé hier.", f) == "Sarah m'a appelé hier."


def test_a_city_comes_back_under_its_french_name():
    for city, french in (("Athens", "Athènes"), ("Brussels", "Bruxelles"), ("Warsaw", "Varsovie")):
        f = fold(f"{city} is a beautiful city.", COVERS, NAMES, VOCAB)
        name = f.text.split()[0]
        assert name in NAMES
        assert restore(f"{name} est une belle ville.", f) == f"{french} est une belle ville."
        assert f"{city} as “{french}”" in stand_in_note(f)                  # the note says how it was written


def test_a_region_comes_back_with_its_article_in_place_of_the_models():
    f = fold("Sicily is an island.", COVERS, NAMES, VOCAB)
    assert f.text == "France is an island."
    assert restore("La France est une île.", f) == "La Sicile est une île."
    assert restore("France est une île.", f) == "La Sicile est une île."


def test_a_woman_s_stand_in_the_model_wrote_in_french_is_found_too():
    f = fold("Anna and Peter are married.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary and Peter are married."
    assert restore("Marie et Peter sont mariés.", f) == "Anna et Peter sont mariés."
