"""A list of verbs on one subject is read with the subject before each verb (s2s_core/subjects.py)."""
import pytest

from s2s_core.fold import fold
from s2s_core.subjects import read_with_subjects


@pytest.mark.parametrize("text, expected", [
    ("When we arrived at the hotel, we left our bags at the reception, had a quick lunch in the café, and then walked "
     "down to the beach.",
     "When we arrived at the hotel, we left our bags at the reception, we had a quick lunch in the café, and then we "
     "walked down to the beach."),
    ("This morning I woke up late, missed the bus, and had to run to the office.",
     "This morning I woke up late, I missed the bus, and I had to run to the office."),
    ("Last summer my sister and I took the train to Nice, rented a small car, and drove along the coast.",
     "Last summer my sister and I took the train to Nice, we rented a small car, and we drove along the coast."),
    ("I answered my emails, called two clients and went home.",                 # no comma before the last "and"
     "I answered my emails, I called two clients and I went home."),
    ("If it does not rain, we will go to the beach, have lunch by the sea, and come back before dark.",
     "If it does not rain, we will go to the beach, we will have lunch by the sea, and we will come back before dark."),
    ("When it started to snow, the children ran outside, built a snowman, and threw snowballs.",
     "When it started to snow, the children ran outside, they built a snowman, and they threw snowballs."),
    ("She opened the letter, read it twice, and left the room.",
     "She opened the letter, she read it twice, and she left the room."),
    ("I yawned, stretched, and got out of bed.",                            # a verb alone, not a feeling
     "I yawned, I stretched, and I got out of bed."),
])
def test_each_verb_of_a_list_gets_the_subject(text, expected):
    assert read_with_subjects(text) == expected


@pytest.mark.parametrize("text", [
    "I woke up late and missed the bus.",                                  # two verbs, no comma: read well whole
    "I bought apples, pears, and plums.",                                  # a list of things
    "I bought bread, dried fruit and nuts.",                               # "dried": no verb of the list
    "We saw the house, built in 1900, and it was lovely.",                 # a participle's aside
    "We can buy apples, pears, and plums.",                                # after a modal: nouns, no verbs
    "The bus stopped, waited, and left.",                                  # "the bus": no plural
    "He entered Parliament on March 30, disguised in a hood and escorted by the member for Rimouski.",   # passive
    "The government has shredded documents, lied to the police and undermined the inquiry.",   # no plural: "has"
    "In 1979, the government of the day, of which I had the honour to lead, brought a ship in and delineated the "
    "seams.",                                                              # "I" in a relative clause
    "A number of Canadians, including the three I referred to earlier, paid large sums and incurred expenses.",
    "We spent a lot of money hiring good, qualified and trained police officers.",   # adjectives
    "The tributes spoke of how hard the bishop had fought for his rights, and had given them hope.",  # another verb
    "We walked for six hours, and when we reached the top, we were tired.",          # no verb after "and"
    "What we just saw debased the House, debased this process and brought the member into disgrace.",   # "what"
    "The measures included the extension of the credit, enriched treatment of savings plans, and allowed parents to "
    "claim it.",                                                           # "enriched treatment": an adjective
    "If he wanted to do so, and had the courage to do it, he could.",     # said again, the "if" was lost
    "I would ask him to first open his book, learn what was done there and then come to the House.",   # infinitives
    "They asked for increased spending on health, increased spending on defence and increased spending on roads.",
    "Have you packed, locked the door, and turned off the lights?",       # a question: said again, statements
    "Did they arrive late, miss the train, and take a taxi?",
    "Had we known, called ahead, and booked, we would have got a table.",
    "Everyone I asked, laughed, and said no.",                            # "I" in a relative clause
    "She stood up, embarrassed, and walked out.",                        # a feeling alone: "she embarrassed"
    "I left the room, annoyed, and slammed the door.", "He sat down, exhausted, and closed his eyes.",
])
def test_other_lists_keep_their_words(text):
    assert read_with_subjects(text) == text


def test_fold_reads_the_list_so_and_names_the_reading():
    f = fold("We visited the museum, ate lunch by the river, and spent the afternoon in the old town.", lambda c: True)
    assert f.text == ("We visited the museum, we ate lunch at the edge of the river, and we spent the afternoon in the "
                      "old town.")                     # "by the river": whereabouts.py («déjeuné par la rivière»)
    assert f.reworded == ("a phrase in words the model knows", "a list of verbs with its subject before each")


@pytest.mark.parametrize("text, expected", [
    ("She still lives in Lyon, works at a bank and reads a lot.",           # a present list: "…, lisez"
     "She still lives in Lyon, she works at a bank and she reads a lot."),
    ("He works from home, cooks every evening and goes to bed early.",
     "He works from home, he cooks every evening and he goes to bed early."),
    ("My brother lives in London, teaches English and plays the guitar.",   # "brother lives": no plural
     "My brother lives in London, he teaches English and he plays the guitar."),
    ("They work hard, save their money and travel every summer.",
     "They work hard, they save their money and they travel every summer."),
    ("The guide showed us the old town, told us its history and took us to lunch.",   # "nous avons raconté"
     "The guide showed us the old town, he told us its history and he took us to lunch."),
    ("My grandmother baked a cake, wrapped it in paper and sent it to me.",
     "My grandmother baked a cake, she wrapped it in paper and she sent it to me."),
    ("The old man sat on the bench, fed the birds and read his newspaper.",
     "The old man sat on the bench, he fed the birds and he read his newspaper."),
])
def test_present_lists_and_singular_nouns_get_the_subject(text, expected):
    assert read_with_subjects(text) == expected


@pytest.mark.parametrize("text", [
    "The shop assistant wrapped the gift, took my money and thanked me.",    # a noun of no known gender
    "The singer walked on stage, thanked the audience and sang her first song.",   # "her": not "he"
    "I know you're nervous, but rest assured, you won't feel a thing.",    # "I", "we": imperatives follow
    "I live alone, work at night and sleep during the day.",
    "They need a lot of capital to operate, buy equipment and fly that equipment.",   # infinitives
    "They speak French at home, watch English films and read Spanish novels.",   # "read": "ils ont lu"
    "I apologized to her, but let us find out if it was right.",           # "let us"
    "He likes apples, pears and plums.",                                    # things
    "Mr. Speaker, I will certainly take the representations of the member, look at the issue and get back.",
])
def test_other_present_and_noun_lists_keep_their_words(text):
    assert read_with_subjects(text) == text


@pytest.mark.parametrize("text, expected", [
    ("I went to the market, bought some fruit, cooked dinner, and watched a film.",
     "I went to the market, I bought some fruit, I cooked dinner, and I watched a film."),
    ("He came home, fed the cat, cooked dinner for the kids, and went to bed.",
     "He came home, he fed the cat, he cooked dinner for the kids, and he went to bed."),
    ("They arrived late, checked in, ordered pizza, and went to sleep.",
     "They arrived late, they checked in, they ordered pizza, and they went to sleep."),
])
def test_a_verb_in_ed_with_a_bare_noun_between_two_verbs_gets_the_subject(text, expected):
    """"cooked dinner" between two verbs of the list is a verb and its object (it had come out "un dîner cooké")."""
    assert read_with_subjects(text) == expected


@pytest.mark.parametrize("text", [
    "I bought smoked salmon, cooked ham and fresh bread.",          # adjectives: no verb of the list before them
    "We ate smoked salmon, cooked ham, and fresh bread.",
    "I went to the deli, bought cheese, smoked salmon, and cooked ham.",    # no verb after: things bought
    "She ordered grilled fish, steamed rice, and baked potatoes.",
])
def test_lists_of_adjective_and_noun_keep_their_words(text):
    assert read_with_subjects(text) == text


@pytest.mark.parametrize("text, expected", [
    # the subject before the adverb: "and later he served" had lost its verb ("et plus tard, dans la Force…")
    ("He tried his luck in the theatre in the early '50s, and later served in the Air Force.",
     "He tried his luck in the theatre in the early '50s, and he later served in the Air Force."),
    ("She finished school, and later moved to Paris.", "She finished school, and she later moved to Paris."),
    ("We visited the castle, and then walked back to the hotel.",   # "then" keeps its place: "ensuite retourné"
     "We visited the castle, and then we walked back to the hotel."),
])
def test_the_subject_comes_before_later(text, expected):
    assert read_with_subjects(text) == expected


@pytest.mark.parametrize("text", [
    "He knocked, came in and sat down.",            # "he came in" had been lost: "il s'est assis et s'assit"
    "We knocked, went in and sat down.",
])
def test_a_list_of_bare_motions_keeps_its_words(text):
    assert read_with_subjects(text) == text


def test_a_list_of_motions_followed_by_more_is_read():
    """Only a list that ends the sentence is left whole: "…, but added, “it was…”" had lost its "added"."""
    assert read_with_subjects('He said he liked it, but added, "it was too long."') \
        == 'He said he liked it, but he added, "it was too long."'


@pytest.mark.parametrize("text, expected", [
    # left whole, "left" had been read as the direction ("…regardèrent autour de gauche."; "Elle sourit, saigna et
    # partit.")
    ("They arrived, looked around and left.", "They arrived, they looked around and they left."),
    ("She smiled, waved, and left.", "She smiled, she waved, and she left."),
    # left whole, the "then" had been lost ("Il est sorti et il est rentré."; read, "…, puis il est revenu.")
    ("He went out, and then came back.", "He went out, and then he came back."),
])
def test_a_list_ending_in_left_or_then_gets_the_subject(text, expected):
    assert read_with_subjects(text) == expected


# ---- long31 (s31): two verbs after ", so" joined by "and": the second had lost its person and tense
@pytest.mark.parametrize("text, expected", [
    ("It was too cold, so we stayed at home and watched a film.",
     "It was too cold, so we stayed at home and we watched a film."),      # "…et regardâmes un film"
    ("The flight was cancelled, so we spent the night at the airport and left the next morning.",
     "The flight was cancelled, so we spent the night at the airport and we left the next morning."),  # "quitta"
    ("He lives far away, so he often works late and sleeps at the office.",
     "He lives far away, so he often works late and he sleeps at the office."),   # "dormit"
    ("I woke up late, so I missed the bus and had to walk.", "I woke up late, so I missed the bus and I had to walk."),
])
def test_two_verbs_after_so_get_the_subject(text, expected):
    assert read_with_subjects(text) == expected


@pytest.mark.parametrize("text", [
    "We were hungry, so we bought bread and cheese.",              # a second noun, not a verb
    "She was tired, so she is at home and sleeps.",                # "is": not a listed verb
    "It rained, so we stayed in, and we played cards.",            # said already
    "We stayed at home and watched a film.",                       # no ", so": the model reads it whole
    "It was late, so they went home and red wine was served.",     # "red": not a verb
])
def test_other_pairs_after_so_keep_their_words(text):
    assert read_with_subjects(text) == text


# ---- long36 (s35): a list after "On Saturday we…": the day was not read as a clause's opening, the list kept its
# words and the model lost a verb ("…à la côte, le long de la plage…": "walked" lost; "…, paya le loyer et envoya…")
@pytest.mark.parametrize("text, expected", [
    ("On Saturday we took the train to the coast, walked along the beach for two hours and had lunch in a café.",
     "On Saturday we took the train to the coast, we walked along the beach for two hours and we had lunch in a café."),
    ("On Monday she called the bank, paid the rent and sent the documents to the lawyer.",
     "On Monday she called the bank, she paid the rent and she sent the documents to the lawyer."),
    ("Last weekend we rented bikes, rode along the river and had a picnic.",
     "Last weekend we rented bikes, we rode along the river and we had a picnic."),
])
def test_a_list_after_a_day_gets_the_subject(text, expected):
    assert read_with_subjects(text) == expected


def test_a_day_before_a_relative_clause_keeps_its_words():
    text = "The Sunday we spent there, walked for hours and ate well, was lovely."
    assert read_with_subjects(text) == text
