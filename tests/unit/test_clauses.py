"""s2s_core.clauses: where long sentences are cut, and how a clause's translation is fitted back."""
from __future__ import annotations

from s2s_core.clauses import LONG_SENTENCE_PIECES, Clause, as_read, fit, split_clauses

LONG = LONG_SENTENCE_PIECES + 1
AUDITS = ("As yet, we have only observed it within the process of preparing future audits - we have launched our "
          "new system, with which we have processed almost 14 thousand contracts - that is where changes will be "
          "seen; the limits changed, and so on.")


def texts(clauses):
    return [c.text for c in clauses]


def test_a_sentence_that_is_not_long_is_never_cut():
    assert split_clauses(AUDITS, LONG_SENTENCE_PIECES) == [Clause(AUDITS, True, True)]


def test_a_long_sentence_is_cut_after_semicolons_and_before_spaced_dashes():
    got = split_clauses(AUDITS, LONG)
    assert texts(got) == [
        "As yet, we have only observed it within the process of preparing future audits",
        "- we have launched our new system, with which we have processed almost 14 thousand contracts",
        "- that is where changes will be seen;",
        "the limits changed, and so on."]
    assert [(c.first, c.last) for c in got] == [(True, False), (False, False), (False, False), (False, True)]
    assert " ".join(texts(got)) == AUDITS          # nothing lost, nothing added


def test_hyphens_commas_and_short_clauses_are_not_cut():
    text = "The well-known author, who lives in Paris, France, wrote it - twice; and then a long tail of words here."
    assert texts(split_clauses(text, LONG)) == ["The well-known author, who lives in Paris, France, wrote it - twice;",
                                                "and then a long tail of words here."]
    # a short last clause stays with the one before; every dash kind counts
    long_middle = "one two three four five – six seven eight nine ten eleven twelve thirteen fourteen — end"
    assert texts(split_clauses(long_middle, LONG)) == [
        "one two three four five", "– six seven eight nine ten eleven twelve thirteen fourteen — end"]
    assert texts(split_clauses("no seams here at all, only commas, and more commas", LONG)) == [
        "no seams here at all, only commas, and more commas"]


def test_fit_drops_a_full_stop_the_clause_lacks_and_a_capital_it_does_not_open_with():
    middle = Clause("- we have launched our new system", first=False, last=False)
    assert fit("- Nous avons lancé notre système.", middle) == "- nous avons lancé notre système"
    assert fit("Nous avons lancé notre système.", Clause("that is where", False, True)) == \
        "nous avons lancé notre système."                                        # the last clause keeps its stop
    assert fit("À Paris.", Clause("in Paris we met", first=True, last=False)) == "À Paris"   # the first keeps its capital
    assert fit("à Paris...", Clause("in Paris", False, False)) == "à Paris..."   # an ellipsis is not a full stop
    assert fit("ONU a dit.", Clause("the UN said.", False, False)) == "ONU a dit."     # capitals, and the source's stop
    assert fit("Paris est belle", Clause("Paris is nice", False, False)) == "Paris est belle"   # the source opens upper
    assert fit("«Non», dit-il", Clause("\"no\", he said", False, False)) == "«non», dit-il"


def test_a_dash_that_closes_an_aside_is_not_cut():
    giants = ("The Web Giants — Google, Apple, Facebook, Amazon and Microsoft — track everywhere you go when you "
              "carry your smartphone thanks to GPS.")
    assert texts(split_clauses(giants, LONG)) == [giants]
    shop = ("Our shop, which opened in 1987 - long before the internet - sells more than 3,000 books and a good "
            "many maps of the region.")                        # cut, it had lost its verb ("… - en vendant plus …")
    assert texts(split_clauses(shop, LONG)) == [shop]
    # after the aside is closed, a later dash cuts again
    text = ("It was Islam – at places like Al-Azhar University – that carried the light of learning for centuries "
            "- paving the way for the Renaissance in Europe.")
    assert texts(split_clauses(text, LONG)) == [
        "It was Islam – at places like Al-Azhar University – that carried the light of learning for centuries",
        "- paving the way for the Renaissance in Europe."]


def test_a_double_hyphen_is_a_dash_seam_too():
    text = ("As yet we have only observed it within the process of preparing audits -- we have launched a new "
            "system that processed fourteen thousand contracts.")
    assert texts(split_clauses(text, LONG)) == [
        "As yet we have only observed it within the process of preparing audits",
        "-- we have launched a new system that processed fourteen thousand contracts."]
    assert fit("Nous avons lancé un système.", Clause("-- we have launched", False, True)) == "nous avons lancé un système."


def test_a_clause_that_does_not_open_its_sentence_is_read_with_a_capital():
    """Read in lower case, "…; fortunately, a taxi driver helped me" came out "malheureusement" (the default model)."""
    assert as_read(Clause("fortunately, a taxi driver helped.", first=False)) == "Fortunately, a taxi driver helped."
    assert as_read(Clause("- and then it rained.", first=False)) == "- And then it rained."
    for same in (Clause("fortunately, it works."), Clause("iPhone sales rose.", first=False),
                 Clause("Paris is far.", first=False), Clause("42 people came.", first=False)):
        assert as_read(same) == same.text


def test_a_dash_between_numbers_is_no_seam():
    """"…open from Monday to Saturday 9 - 6 and on Sundays…" was cut inside "9 - 6" ("9 à 9 heures - 6")."""
    long = ("The little bakery on the corner of our street is open from Monday to Saturday 9 - 6 and on Sundays from "
            "eight until noon, when the whole neighbourhood queues for fresh bread and croissants")
    assert split_clauses(long, LONG_SENTENCE_PIECES + 1) == [Clause(long)]


def test_a_clause_that_opens_with_i_is_written_in_lower_case_after_the_one_before():
    """"Hi Paul, I hope you are well." came out "Bonjour Paul, J'espère…"."""
    assert fit("J'espère que vous allez bien.", Clause("I hope you are well.", first=False)) == \
        "j'espère que vous allez bien."
    assert fit("Paris est belle.", Clause("Paris is beautiful.", first=False)) == "Paris est belle."   # a name


def test_the_dashes_of_a_long_aside_are_not_cut_where_a_verb_follows_it():
    """Cut at the closing dash, "Our guide - a young woman … - explained the history…" lost its subject: "Notre guide
    - une jeune femme qui avait grandi dans la région - explique l'histoire" (now "- a expliqué l'histoire")."""
    guide = ("Our guide - a young woman who had grown up in the region - explained the history of the castle and "
             "showed us the room where the king used to sleep.")
    library = ("The new library - with its large windows, comfortable chairs and quiet rooms - has become the "
               "favourite place of students in the city.")
    grandma = ("My grandmother - who turned ninety last week and lives alone in the village - still walks to the "
               "market every morning and cooks for us.")
    for text in (guide, library, grandma):
        assert texts(split_clauses(text, LONG)) == [text]
    # a long aside followed by a clause with its own subject is still cut (Hansards: "Earlier today - and I am
    # trying … - the Speaker said…" read whole lost "le Président")
    earlier = ("Earlier today - and I am trying to be helpful for the future and to you, Your Honour - the Speaker "
               "said that those who were not recognized today will be recognized first tomorrow.")
    assert texts(split_clauses(earlier, LONG)) == [
        "Earlier today - and I am trying to be helpful for the future and to you, Your Honour",
        "- the Speaker said that those who were not recognized today will be recognized first tomorrow."]
    walked = ("We walked up to the old castle on the hill - a young woman who had grown up in the region "
              "- and then we came back down to the village for dinner.")
    assert texts(split_clauses(walked, LONG)) == [
        "We walked up to the old castle on the hill", "- a young woman who had grown up in the region",
        "- and then we came back down to the village for dinner."]
    # a list between the dashes, or a question after them, is cut as before
    countries = ("They will be here because a core group of countries - Austria, Belgium, Canada, Ireland, Germany, "
                 "Mexico, the Netherlands, the Philippines and Switzerland - came together with hope and resolve.")
    assert len(split_clauses(countries, LONG)) == 3
    five = ("The Famous Five - Emily Murphy, Nellie McClung, Irene Parlby, Louise McKinney and Henrietta Muir Edwards "
            "- were, as we know, the driving force behind the Persons Case.")          # read whole: "Muirs-Île-…"
    assert len(split_clauses(five, LONG)) == 2
    question = ("On the day you decided what increases in rates of pay would be included in this bill - and I add "
                "them up to be 5.15 per cent - did you know that the corporation had offered more?")
    assert len(split_clauses(question, LONG)) == 3
    boyle = ("In fact, the late Willard Boyle - a physicist who worked at Bell Labs, where the laser was invented in "
             "1960, and who himself developed the first continuous laser (helium-neon) in 1962 - told us that "
             "initially the laser was rather seen as a \"lab gadget\".")           # newstest2013: an aside of 26 words
    assert len(split_clauses(boyle, LONG)) == 3
    indeed = ("We walked up to the old castle on the hill - a young woman who had grown up in the region "
              "- indeed we came back down to the village for dinner.")
    assert len(split_clauses(indeed, LONG)) == 3


def test_fit_puts_back_the_semicolon_of_the_seam():
    """"One has yet to be inspected as it is at sea; it is expected to return…" (Hansards, cut there) came out
    "…comme il est en mer on s'attend…"."""
    head = Clause("It makes no difference when you get to them;", first=True, last=False)
    for model in ("Ça ne fait aucune différence", "Ça ne fait aucune différence.", "Ça ne fait aucune différence,"):
        assert fit(model, head) == "Ça ne fait aucune différence ;"
    assert fit("Ça ne fait aucune différence ;", head) == "Ça ne fait aucune différence ;"
    # only a semicolon the source has, and never at the sentence's end
    assert fit("Ça ne fait aucune différence", Clause("It makes no difference", True, False)) == \
        "Ça ne fait aucune différence"
    assert fit("c'est fini.", Clause("it is over;", False, True)) == "c'est fini."
    # one semicolon, not after the model's own mark: "Il y a deux options : ;" and "Vraiment ? ;" had come out
    two = Clause("There are two options;", first=True, last=False)
    assert fit("Il y a deux options :", two) == "Il y a deux options ;"
    assert fit("Il y a deux options\u202f:", two) == "Il y a deux options ;"
    for model in ("Vraiment ?", "Vraiment !", "Vraiment…"):
        assert fit(model, Clause("Really;", first=True, last=False)) == model
    # the model's own ";" after a comma: a Hansard list's "Sheila Genaille, Edmonton, Alberta;" had come out
    # "…en Alberta,;"
    alberta = Clause("Sheila Genaille, Edmonton, Alberta;", first=False, last=False)
    for model in ("Sheila Genaille, Edmonton, en Alberta,;", "Sheila Genaille, Edmonton, en Alberta, ;",
                  "Sheila Genaille, Edmonton, en Alberta;"):
        assert fit(model, alberta) == "Sheila Genaille, Edmonton, en Alberta ;"


def test_fit_writes_a_french_article_or_pronoun_in_lower_case_inside_the_sentence():
    """"…this solution; Great Britain is opposed…" (newstest2012, cut there) came out "…; La Grande-Bretagne est
    contre…"; a title that opens a clause would too ("Senator Ghitter is…" → "Le sénateur Ghitter est…")."""
    after = dict(first=False, last=True)
    assert fit("Le sénateur Ghitter est ici.", Clause("Senator Ghitter is here.", **after)) == \
        "le sénateur Ghitter est ici."
    assert fit("L'Ontario est loin.", Clause("Ontario is far.", **after)) == "l'Ontario est loin."
    assert fit("Nous sommes partis.", Clause("We left.", **after)) == "nous sommes partis."
    # names keep their capital, and so does the article of a name ("The Hague"), and the sentence's first word
    for same, source in (("Paris est loin.", "Paris is far."), ("La Haye est loin.", "The Hague is far."),
                         ("Londres est loin.", "London is far."), ("Lucie est partie.", "Lucie left."),
                         # a name the source writes with a French article ("le Mans est une ville" had come out)
                         ("Le Mans est une ville.", "Le Mans is a city."), ("La Paz est haute.", "La Paz is high."),
                         ("L'Oréal a dit.", "L'Oréal said.")):
        assert fit(same, Clause(source, **after)) == same
    assert fit("Le sénateur est ici.", Clause("Senator Ghitter is here.", first=True, last=True)) == \
        "Le sénateur est ici."


# ---- shout33 (s33): a "Hello," before "my name is Peter and I…" is a clause of its own
def test_hello_before_my_name_and_i_is_a_clause_of_its_own():
    from s2s_core.clauses import greets, introduced
    from s2s_core.reading_notes import parts_note
    # read whole as "Hello, my name is Peter. I am a teacher." (phrasing/people.py), the model dropped "Hello"
    assert split_clauses("Hello, my name is Peter and I am a teacher.", 12) == [
        Clause("Hello,", True, False), Clause("my name is Peter and I am a teacher.", False, True)]
    assert introduced("Hello, my name is John Smith, and I'm the new manager.") == 6
    assert introduced("Hello, my name is Peter.") == 0                      # one sentence: read whole
    assert introduced("Hello, my name is long and I hate it.") == 0         # no name
    assert introduced("Hi, my name is Anna and I work in a bank.") == 0     # kept its greeting
    assert introduced("HELLO, MY NAME IS PETER AND I AM A TEACHER.") == 0   # "HELLO," alone read as typed
    assert split_clauses("Hello, my name is Peter and I am a teacher.", 12, greetings=False) == [
        Clause("Hello, my name is Peter and I am a teacher.")]
    assert greets("Hello,") and greets("Hi Paul,") and not greets("my name is Peter")
    assert parts_note(split_clauses("Hello, my name is Peter and I am a teacher.", 12)).startswith("The greeting")


# ---- session 35: "Hello," before a message is a clause of its own, written «Bonjour,»
def test_hello_before_a_message_is_a_clause_of_its_own():
    """Read whole, "Hello, can you help me?" had come out «Eh bien, pouvez-vous m'aider ?» and "Hello, I'm looking for
    a present…" «Je cherche un cadeau…» (the greeting lost); "Hello," alone was flagged as a word the model doubted."""
    from s2s_core.clauses import hello_before
    from s2s_core.letters import written_fr
    assert split_clauses("Hello, can you help me?", 8) == [
        Clause("Hello,", True, False), Clause("can you help me?", False, True)]
    assert split_clauses("Good morning, I have an appointment at ten.", 8)[0] == Clause("Good morning,", True, False)
    assert hello_before("hello, can u help me") == 6
    for whole in ("Hello, how are you?", "Hello, how are you today?", "Hello, is anyone there?",
                  "Good morning, everyone. Today we start.", "Hello, Tom is here with me.", "HELLO, CAN YOU HELP ME?",
                  "Hello, Can you help me?", "Good evening, I would like a room.", "Good morning, how are you today?"):
        assert hello_before(whole) == 0, whole
    assert hello_before("Hello, I am here now.") == 6                     # "I" opens a message, it calls no one
    assert written_fr("Hello,") == "Bonjour," and written_fr("Good afternoon,") == "Bonjour,"
