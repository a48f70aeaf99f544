"""Lines typed on a phone or in a hurry read as the line written properly (typed36): surnames and places in lower
case, an interjection's comma, a greeting before a question, words typed as another English word, misspellings."""
from s2s_core.asked import read_asked
from s2s_core.casing import NAME_WORDS, read_first_names, read_lower_case_names
from s2s_core.mistyped import read_mistyped
from s2s_core.run_ons import read_interjection
from s2s_core.shorthand import read_chat


def test_a_surname_after_a_title_typed_in_lower_case_is_capitalised():
    assert read_first_names("mr dupont is in his office") == "Mr Dupont is in his office"
    assert read_first_names("ask mrs patel, ms garcia or dr jones") == "ask Mrs Patel, Ms Garcia or Dr Jones"
    assert read_first_names("mr and mrs smith are here") == "Mr and Mrs Smith are here"
    assert read_first_names("Mr. brown called") == "Mr. Brown called"
    for same in ("open ms word", "I use ms teams", "mr is short for mister", "Dr Who", "hmr dupont"):
        assert read_first_names(same) == same, same


def test_a_place_after_its_preposition_is_capitalised_where_the_corpus_only_capitalises_it():
    assert {"glasgow", "cambridge", "naples", "nantes", "wilson"} <= NAME_WORDS
    assert not {"nice", "brown", "bill", "turkey", "cache", "bed"} & NAME_WORDS
    assert read_lower_case_names("the train to glasgow is late") == "the train to Glasgow is late"
    assert read_lower_case_names("she lives near nantes, he works in cambridge") == \
        "she lives near Nantes, he works in Cambridge"
    assert read_lower_case_names("a week in nice last summer; the flight to nice is cancelled") == \
        "a week in Nice last summer; the flight to Nice is cancelled"
    for same in ("in nice weather", "to nice people", "clear the cache", "in bed", "go to town"):
        assert read_lower_case_names(same) == same, same


def test_an_opening_interjection_typed_without_its_comma_gets_it():
    assert read_interjection("oh no i missed the bus") == "oh no, i missed the bus"
    assert read_interjection("no i didnt") == "no, i didnt"
    assert read_interjection("ok see you later") == "ok, see you later"
    assert read_interjection("hi mum how are you") == "hi mum, how are you"
    assert read_interjection("hey Tom where are you") == "hey Tom, where are you"
    for same in ("no one came", "hey you", "hi there", "ok it", "Sorry I'm late.", "No, I did not", "well i know",
                 "yes"):
        assert read_interjection(same) == same, same


def test_a_question_after_a_greeting_is_asked():
    assert read_asked("hi mum, how are you") == "hi mum, how are you?"
    assert read_asked("hello, can you help me") == "hello, can you help me?"
    assert read_asked("hi mum, i am home") == "hi mum, i am home"


def test_a_word_typed_as_another_english_word_is_read_as_meant():
    assert read_mistyped("i dont no what to do") == "i dont know what to do"
    assert read_mistyped("i would of come, you should of told me") == "i would have come, you should have told me"
    assert read_mistyped("its to late, it was to expensive") == "its too late, it was too expensive"
    assert read_mistyped("your welcome") == "you're welcome"
    assert read_mistyped("i want to go their. their is a problem") == "i want to go there. there is a problem"
    assert read_mistyped("i need to see the doc") == "i need to see the doctor"
    assert read_mistyped("i went to the doc yesterday") == "i went to the doctor yesterday"
    assert read_mistyped("im at the doc now") == "im at the doctor's now"
    assert read_mistyped("the doc said to rest") == "the doctor said to rest"
    for same in ("no one", "I don't, no.", "your right to vote", "their own house", "send me the doc",
                 "see the doc for details", "add it to the doc", "the might of armed forces", "from early to late"):
        assert read_mistyped(same) == same, same


def test_common_misspellings_and_an_unapostrophed_its_before_a_participle():
    assert read_chat("wheres the bathroom") == "where's the bathroom"
    assert read_chat("im finaly home") == "I'm finally home"
    assert read_chat("the bus was late agian") == "the bus was late again"
    assert read_chat("its broken") == "it's broken"
    assert read_chat("its broken handle") == "its broken handle"


def test_hell_shed_and_well_typed_for_a_contraction_where_a_clause_opens_before_a_verb():
    assert read_mistyped("hell be there at six") == "he'll be there at six"
    assert read_mistyped("shed love to come") == "she'd love to come"
    assert read_mistyped("well see") == "we'll see"
    assert read_mistyped("if its sunny well go to the beach") == "if its sunny, we'll go to the beach"
    for same in ("hell is other people", "the shed is full", "well done", "well see you tomorrow", "well go home then",
                 "if it works well go ahead", "well, be careful"):
        assert read_mistyped(same) == same, same


def test_shouted_chat_spelling_no_worries_by_the_way_and_a_greeting_before_a_question():
    from s2s_core.casing import SHOUTED_CHAT
    assert {"cant", "didnt", "thats", "pls"} <= SHOUTED_CHAT
    assert read_mistyped("i dont no his number") == "i dont know his number"
    assert read_interjection("no worries see you soon") == "no worries, see you soon"
    assert read_interjection("hey how are you") == "hey, how are you"
    assert read_interjection("by the way your package arrived") == "by the way, your package arrived"
    for same in ("hi i am tom", "By the way, it works.", "hey you", "hi there"):
        assert read_interjection(same) == same, same


def test_a_shouted_contraction_without_its_apostrophe_is_read_in_lower_case_for_the_chat_reader():
    from s2s_core.casing import read_case

    class Capitalising:                   # a vocabulary that cuts every word alike in either case
        def usual_case(self, word):
            return word.capitalize()

        def holds(self, word):
            return False
    assert read_case("I CANT FIND MY KEYS", Capitalising()) == ("I cant Find My Keys", True)
    assert read_chat("I cant find my keys") == "I can't find my keys"


def test_a_when_clause_before_an_order_gets_its_comma_and_wasnt_me_its_subject():
    assert read_interjection("when youre ready call me") == "when youre ready, call me"
    assert read_interjection("when you get home text me") == "when you get home, text me"
    for same in ("when you call me", "When you are ready, call me."):
        assert read_interjection(same) == same, same
    assert read_chat("wasnt me") == "it wasn't me"
    assert read_chat("wasnt me who did it") == "wasn't me who did it"


def test_a_closing_by_the_way_is_read_opening_the_line():
    from s2s_core.run_ons import read_run_ons
    assert read_run_ons("i have a meeting at 3 by the way") == "by the way, i have a meeting at 3"
    assert read_run_ons("The keys are on the table, by the way.") == "By the way, the keys are on the table."
    assert read_run_ons("Tom called, by the way!") == "By the way, Tom called!"
    for same in ("He went by the way of the river.", "by the way", "FYI, call me ASAP, by the way."):
        assert read_run_ons(same) == same, same
