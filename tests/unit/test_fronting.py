"""A time that closes a long clause after another phrase, read at the front of its clause (fronting.py)."""
import pytest

from s2s_core.fold import fold
from s2s_core.fronting import read_during, read_fronted


@pytest.mark.parametrize("text, expected", [
    # «…un gâteau d'hier…»
    ("Our neighbours brought us a lemon cake yesterday to say hello.",
     "Yesterday, our neighbours brought us a lemon cake to say hello."),
    # «…au directeur du début de juin»
    ("Our team has finished the first part, and we hope to present the results to the director in early June.",
     "Our team has finished the first part, and in early June, we hope to present the results to the director."),
    # «…pour la cuisine dimanche, et…»: "at the market" lost
    ("We bought a second-hand table for the kitchen at the market on Sunday, and my brother helped us carry it.",
     "On Sunday, we bought a second-hand table for the kitchen at the market, and my brother helped us carry it."),
    # «…à notre bureau, la semaine dernière, pour…»: "in Paris" lost
    ("My aunt sent a big box of chocolates to our office in Paris last week to thank us for our help.",
     "Last week, my aunt sent a big box of chocolates to our office in Paris to thank us for our help."),
    ("I sent the signed contract to the lawyer in London last Friday, but he has not answered yet.",
     "Last Friday, I sent the signed contract to the lawyer in London, but he has not answered yet."),
])
def test_a_closing_time_after_a_phrase_is_read_in_front(text, expected):
    assert read_fronted(text) == expected


@pytest.mark.parametrize("text", [
    "My boss asked me to send the report to the client on Monday, but I forgot to do it.",   # the asking: not Monday
    "We talked about the concert on Saturday evening with our friends from the choir.",      # not at the end
    "I prepared all the slides for the meeting on Friday, and I printed them too.",          # which meeting
    "Please bring the documents to my office on Friday, because I need them for the meeting.",   # an order
    "The children who played in the garden yesterday afternoon were very tired at dinner.",  # a relative clause
    "I will stay at my sister's flat in Paris until next Friday, and then I will go home.",  # "until"
    "We went to the cinema on Sunday.",                                                      # short: read well
    "My friend who works at the hospital told me that they need volunteers on weekends.",    # "that", "weekends"
    "Did you send the parcel to your brother in Canada last week or not?",                   # a question
    "We left home early and had breakfast at a small café by the sea yesterday.",            # "and" before it
    "I booked a table at the Italian restaurant near the station next Friday.",              # the table's time
    "I would like to complain about the noise from the flat upstairs last night.",           # the noise's time
    "I want you to go by plane to Boston tomorrow and call me from the hotel.",              # the going's time
    # read "This month, the price… has risen again," the model lost "again" («…a augmenté,»)
    "The price of petrol has risen again this month, and many people say they cannot afford it.",
])
def test_other_times_keep_their_place(text):
    assert read_fronted(text) == text


@pytest.mark.parametrize("text, expected", [
    ("Storms are expected in the north in the evening.", "Storms are expected in the north during the evening."),
    ("It will be sunny on the coast in the morning, but clouds will come.",
     "It will be sunny on the coast during the morning, but clouds will come."),
])
def test_a_part_of_the_day_after_a_place_is_read_during(text, expected):
    assert read_during(text) == expected


@pytest.mark.parametrize("text", [
    "My father reads the newspaper in the garden in the morning before work.",   # not closing its clause
    "We usually meet in the evening.",                                           # no place before it
])
def test_other_parts_of_the_day_keep_their_words(text):
    assert read_during(text) == text


def test_fold_reads_the_time_in_front_and_says_so():
    f = fold("Our neighbours brought us a lemon cake yesterday to say hello.", lambda c: True)
    assert f.text.startswith("Yesterday, our neighbours")
    assert "a time at the front of its clause, or read “during”" in f.reworded


def test_a_clause_with_a_two_word_name_keeps_its_time_at_the_end():
    """Session 35: "The employees of Air France were on strike last summer." read with "Last summer," in front came
    out «…les employés de la France aérienne…» (read as typed: «…de l'Air France…»)."""
    from s2s_core.fronting import read_fronted
    typed = "The employees of Air France were on strike last summer."
    assert read_fronted(typed) == typed


# ---- long39 (s36): a time from now that closes a clause after its object is read at the clause's front
@pytest.mark.parametrize("text, wanted", [
    # «…je dois attraper un train de vingt minutes ?»
    ("Could you tell me how to get to the railway station from here, because I have to catch a train in twenty "
     "minutes?", "Could you tell me how to get to the railway station from here, because in twenty minutes, I have "
     "to catch a train?"),
    # «…car nous devons quitter la maison en dix minutes et vous…»
    ("Please hurry up and get dressed, because we have to leave the house in ten minutes and you are not ready yet.",
     "Please hurry up and get dressed, because in ten minutes, we have to leave the house and you are not ready yet."),
    # «…la version finale d'une heure ou d'autres.»
    ("I am still at the office finishing the report, but I will send you the final version in an hour or so.",
     "I am still at the office finishing the report, but in about an hour, I will send you the final version."),
    ("We will send you the signed contract in an hour, as we promised on the phone.",
     "In an hour, we will send you the signed contract, as we promised on the phone."),
])
def test_long39_a_time_from_now_after_an_object_is_read_in_front(text, wanted):
    from s2s_core.fronting import read_soon
    assert read_soon(text) == wanted


@pytest.mark.parametrize("text", [
    "I will be there in five minutes, so please wait for me at the entrance of the museum.",   # no object before it
    "I can finish the whole report in two hours if nobody calls me today.",                    # a duration
    "We will call you again in three hours when we land in Rome tonight.",                     # "again" lost in front
    "We waited for the bus in the rain for twenty minutes and then walked home.",              # past, a duration
    "The shop closes in fifteen minutes, so if you want bread you should go now.",
    "She wrote the whole letter to her grandmother in ten minutes yesterday.",
    "I will send it.",
])
def test_long39_a_time_that_is_a_duration_or_not_after_an_object_stays(text):
    from s2s_core.fronting import read_soon
    assert read_soon(text) == text
