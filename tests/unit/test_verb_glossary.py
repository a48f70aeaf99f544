"""Verbs the model has no French for, read as a stand-in verb and written back (verb_glossary.py)."""
import pytest

from s2s_core.verb_glossary import VERBS, labels, note, read, write_back
from s2s_core.french_words import not_french

READ = [   # (typed, read, the verbs as typed)
    ("He is snoring again.", "He is dancing again.", ["snoring"]),
    ("My brother sneezes every time.", "My brother dances every time.", ["sneezes"]),
    ("She sulked all afternoon.", "She danced all afternoon.", ["sulked"]),
    ("Don't mumble, please.", "Don't dance, please.", ["mumble"]),
    ("I'm grating some cheese.", "I'm cutting some cheese.", ["grating"]),
    ("I sprained my ankle.", "I cut my ankle.", ["sprained"]),
    ("Grandparents spoil their grandchildren.", "Grandparents watch their grandchildren.", ["spoil"]),
    ("Scrub your hands.", "Wash your hands.", ["Scrub"]),
    ("Why didn't the plumber unclog the drain?", "Why didn't the plumber wash the drain?", ["unclog"]),   # a verb
    ("Snoring keeps me awake.", "Dancing keeps me awake.", ["Snoring"]),
    # two verbs: the second takes the next stand-in; a text with "dance" already: "cry"
    ("He snores and she coughs.", "He dances and she cries.", ["snores", "coughs"]),
    ("I dance when I sneeze.", "I dance when I cry.", ["sneeze"]),
]
LEFT = [   # a noun, another sense, or no verb of the table
    "I have a bad cough.", "His snoring keeps me awake.", "She gave a deep sigh.", "He coughed up the money.",
    "You need to burp the baby.", "Don't spoil the ending!", "The food will spoil.", "a price hike",
    "I dance and cry.", "I'm itching to go.", "He had one sip of wine.", "He's just a harmless flirt.",
    "Let's unpack that idea.", 'My nickname is "Itch".', "I itch everywhere.", "He unpacked as soon as he arrived.",
    "He heeds not - stirs not.", "Don't stir up trouble.", "I love hiking.", "We went hiking.", "He's raking it in.",
    "It is grating on me.",
]


@pytest.mark.parametrize("typed, read_as, spans", READ)
def test_a_verb_the_model_lacks_is_read_as_its_stand_in(typed, read_as, spans):
    text, terms = read(typed)
    assert text == read_as and [t.span for t in terms] == spans


@pytest.mark.parametrize("typed", LEFT)
def test_a_noun_or_another_sense_is_left(typed):
    assert read(typed) == (typed, ())


WRITTEN = [   # (typed, the model's French for the reading, written back)
    ("He is snoring again.", "Il danse à nouveau.", "Il ronfle à nouveau."),
    ("My grandfather snored all night.", "Mon grand-père a dansé toute la nuit.",
     "Mon grand-père a ronflé toute la nuit."),
    ("I think I'm going to sneeze.", "Je pense que je vais danser.", "Je pense que je vais éternuer."),
    ("I sneeze a lot.", "Je danse beaucoup.", "J'éternue beaucoup."),                  # «je» elided
    ("I don't sneeze, I cough.", "Je ne danse pas, je pleure.", "Je n'éternue pas, je tousse."),
    ("Why are you yawning?", "Pourquoi dansez-vous ?", "Pourquoi bâillez-vous ?"),     # inverted
    ("Scrub your hands.", "Lave-toi les mains.", "Frotte-toi les mains."),
    ("She sprained her wrist.", "Elle s'est coupée le poignet.", "Elle s'est foulée le poignet."),
    ("She sulked all day.", "Elle bouda toute la journée.", "Elle bouda toute la journée."),   # none to write
    ("She sulked in the dance hall.", "Elle pleurait dans la salle de danse.",
     "Elle boudait dans la salle de danse."),   # read "cried": «danse» is the hall's
    ("She sulked all day.", "Elle dansait dans la salle.", "Elle boudait dans la salle."),   # «dans» left
    ("My back itched all day.", "Mon dos dansait toute la journée.", "Mon dos démangeait toute la journée."),  # «ge»
]


@pytest.mark.parametrize("typed, french, written", WRITTEN)
def test_the_stand_ins_french_is_written_as_the_verbs(typed, french, written):
    assert write_back(french, read(typed)[1]) == written


def test_the_heatmap_and_the_note_name_both_verbs():
    _, terms = read("He is snoring again.")
    assert [(t.target, t.back) for t in labels("Il danse à nouveau.", terms)] == [("danse", "ronfle")]
    assert "snoring (read as “dancing”, written «ronfler»)" in note(terms, "Il danse à nouveau.")
    assert "nothing was written back: snoring" in note(terms, "Il est à nouveau ennuyeux.")


def test_every_verb_written_back_is_french():
    """The written-back infinitives are words the not-French warning knows, with their forms."""
    for verb in VERBS:
        stem = verb.french[:-2]
        assert not not_french("", f"{verb.french} {stem}e {stem}é {stem}ait {stem}ons {stem}erons"), verb.french
