"""Short chat messages to family and friends read and written as a French reader expects: "see you" after a comma
is "on se voit", a clause that drops its "I", "I'm" or "I'll" ("…, miss u", "running late", "call u later") is read
with it, "mum" as "mom"; chat formulas ("night night", "no worries", "how are you?") written in French."""
from __future__ import annotations

from s2s_core.letters import see_you, written_fr
from s2s_core.shorthand import read_chat


def test_see_you_after_a_comma_is_on_se_voit():
    """"love you mom, see you tonight" had come out "Je t'aime maman, voire-tu ce soir", "love u mum, see u
    tonight" "…, vois-tu ce soir", "ok, see you tomorrow" "D'accord, te vois demain"."""
    assert see_you("Je t'aime maman, voire-tu ce soir", "I love you mom, see you tonight") == \
        "Je t'aime maman, on se voit ce soir"
    assert see_you("Je t'aime maman, vois-tu ce soir", "I love you mom, see you tonight") == \
        "Je t'aime maman, on se voit ce soir"
    assert see_you("Je t'aime maman, voire ce soir !", "I love you mom, see you tonight!") == \
        "Je t'aime maman, on se voit ce soir !"
    assert see_you("D'accord, te vois demain", "OK, see you tomorrow") == "D'accord, on se voit demain"
    assert see_you("merci, vous voyez à 8 heures", "thanks, see you at 8") == "merci, on se voit à 8 heures"
    assert see_you("merci, c'est génial, tu vois demain", "thanks, great, see u tomorrow") == \
        "merci, c'est génial, on se voit demain"
    assert see_you("merci pour tout, tu vois demain", "thanks, for all, see you tomorrow") == \
        "merci pour tout, on se voit demain"                 # one comma fewer in French: the one it follows


def test_see_you_that_is_no_greeting_is_left():
    for text, source in (("Je peux te voir d'ici", "I can see you from here"),
                         ("Oui, je peux te voir d'ici", "Yes, I can see you from here"),
                         ("maman, laisse-moi te voir", "mom, let me see you"),
                         ("as-tu vu ta mère", "did you see your mom"),
                         ("D'accord, je viendrai te voir", "OK, I'll come and see you"),
                         ("Non, tu vois", "No, see you?"),                  # a question
                         ("Eh bien, tu vois ?", "Well, see you?"),
                         ("d'ici, voyez-vous", "bye, see you"),             # at the very end
                         ("Regarde, tu vois, c'est simple", "Look, you see, it's simple")):
        assert see_you(text, source) == text, source


def test_a_clause_after_a_comma_without_its_i_is_read_with_it():
    """"thx for the pic, miss u xx" had come out "merci pour la photo, manquez-vous bisous"."""
    assert read_chat("thx for the pic, miss u xx") == "thanks for the picture, I miss you xx"
    assert read_chat("ok, love u") == "OK, I love you" and read_chat("thanks, love you") == "thanks, I love you"
    assert read_chat("thanks, hope ur well") == "thanks, I hope you're well"
    assert read_chat("ugh, need coffee") == "ugh, I need coffee" and read_chat("ok, got it") == "OK, I got it"
    assert read_chat("thanks for dinner, cant wait to see u again") == \
        "thanks for dinner, I can't wait to see you again"
    assert read_chat("cake, love it") == "cake, I love it"


def test_a_comma_before_a_word_that_is_no_clause_of_mine_is_left():
    for same in ("thanks, love", "sorry, love, I forgot", "xx, love your mom", "hey, got a minute",
                 "hey, miss you?", "Mr Smith, Miss Jones", "faith, hope and love",
                 "eggs, milk, love it", "If in doubt, think it over", "ok, need help?", "Well, I love you"):
        assert read_chat(same) == same.replace("ok,", "OK,"), same


def test_mum_is_read_mom():
    """"love u mum" had come out "Je t'adore le musée", "did you see your mum" "avez-vous vu votre musée"."""
    assert read_chat("love u mum") == "I love you mom" and read_chat("did you see your mum") == "did you see your mom"
    assert read_chat("Mum says hi") == "Mom says hi" and read_chat("ask the mums") == "ask the moms"
    assert read_chat("my mum's car") == "my mom's car"
    for same in ("mum's the word", "keep mum about it", "she kept mum", "MUM", "chrysanthemum", "the mummy"):
        assert read_chat(same) == same, same


def test_a_chat_line_that_leaves_out_more_than_i_is_read_with_it():
    """"running late" had come out "courez tard", "call u later" "appelez-vous plus tard", "be home soon" "soyez
    bientôt à la maison", "gotta go" "dois y aller", "sounds good" "l'air bien", "nearly there" "Arrêtez-y"."""
    for typed, read in (("running late, start without me", "I'm running late, start without me"),
                        ("Running 10 mins late", "I'm running 10 mins late"),
                        ("stuck in traffic", "I'm stuck in traffic"), ("nearly there", "I'm nearly there"),
                        ("on my way", "I'm on my way"), ("ok, on my way", "OK, I'm on my way"),
                        ("thinking of you xx", "I'm thinking of you xx"), ("leaving now", "I'm leaving now"),
                        ("waiting outside", "I'm waiting outside"),
                        ("in a meeting, call u later", "I'm in a meeting, I'll call you later"),
                        ("call u back", "I'll call you back"), ("meet u there", "I'll meet you there"),
                        ("be home soon", "I'll be home soon"), ("gotta go", "I have to go"),
                        ("sorry, just saw this", "sorry, I just saw this"), ("just woke up", "I just woke up"),
                        ("sounds good", "that sounds good"), ("Sounds like a plan", "That sounds like a plan"),
                        ("ok, sounds good", "OK, that sounds good"),
                        # reworded: "off to bed" had come out "descendez au lit", "I'm off to bed" "Je ne suis pas à
                        # me coucher", "made it home" "la confectionna à la maison", "phone about to die"
                        # "téléphonez à mourir", "cant make it sorry" "ne peut pas être désolé"
                        ("off to bed", "I'm going to bed"), ("just leaving", "I'm leaving now"),
                        ("made it home", "I got home"), ("phone about to die", "my phone is about to die"),
                        ("cant make it sorry", "I can't make it, sorry"),
                        ("running late sorry", "I'm running late, sorry"),
                        # a question without "do you", "did you", "are you"
                        ("need anything?", "do you need anything?"),
                        ("I'm going to the shops, need anything?", "I'm going to the shops, do you need anything?"),
                        ("get home ok?", "did you get home OK?"), ("home safe?", "are you home safe?"),
                        ("u alright?", "are you all right?"), ("tysm", "thanks so much"), ("ofc", "of course"),
                        # "text me" had come out "mange-moi", "pick u up at 8" "ramenez-vous à 8 heures", "be there
                        # in 10 mins" "y a-t-il dans dix minutes", "see u in 10" "on se voit en 10 ans", "home in 5"
                        # "à la maison en 5 ans", "love you loads mum" "J'aime ta maman", "got it thanks" "Je l'ai
                        # merci"
                        ("text me", "send me a message"), ("pls text me later", "please send me a message later"),
                        ("pick u up at 8", "I'll pick you up at 8"),
                        ("be there in 10 mins", "I'll be there in 10 mins"),
                        ("see u in 10", "see you in 10 minutes"), ("home in 5", "I'll be home in 5 minutes"),
                        ("back in 5!", "I'll be back in 5 minutes!"), ("love you loads mum", "I love you lots mom"),
                        ("got it thanks", "I got it, thanks"),
                        # "great to see you today" had come out "pour te voir aujourd'hui", "Good to see you, Tom"
                        # "Bonjour de te voir, Tom"
                        ("great to see you today", "it's great to see you today"),
                        ("Good to see you, Tom", "It's good to see you, Tom")):
        assert read_chat(typed) == read, typed


def test_a_line_whose_subject_is_said_or_that_is_no_chat_is_left():
    for same in ("running late?", "I am running late", "They were running late", "On my way to work, I saw a fox",
                 "Thinking of you makes me smile", "Be there at 7!", "Waiting outside is not allowed",
                 "In a meeting room we talked", "I was just leaving", "he made it home", "they took off to bed",
                 "it sounds good", "Home safe, thanks", "I'm so sorry", "eggs, milk, stuck in traffic",
                 "I'll call you later", "Back in 1990, when the Prime Minister was fighting", "I was born in 10",
                 "chapter 3 is in 10", "I will text me", "loads of fun", "in 10", "Be there at 7!",
                 "Great to see you?", "It was great to see you",
                 "text me when you land"):
        assert read_chat(same) == same, same


def test_a_chat_formula_is_written_as_french_writes_it():
    """"night night" had come out "la nuit nuit", "morning!" "Le matin !", "no worries" "aucun souci ne se soucie",
    "no thanks" "aucun souvenir", "safe travels" "voyages en sécurité", "have fun!" "t'amuse-toi !", "talk later"
    "parle plus tard", "feel better soon xx" "se sentez bientôt mieux bisous", "how are you?" "comment êtes-vous ?",
    "hey how are u" "c'est comme ça que tu es"."""
    for line, french in (("night night", "Bonne nuit"), ("morning!", "Bonjour!"), ("morning Tom!", "Bonjour Tom!"),
                         ("night xx", "Bonne nuit, bisous"), ("feel better soon xx", "Bon rétablissement, bisous"),
                         ("love you xx", "Je t'aime, bisous"), ("happy bday! xx", "Joyeux anniversaire! Bisous"),
                         ("no worries", "Pas de souci"), ("No worries!", "Pas de souci!"), ("no thanks", "Non merci"),
                         ("yes please", "Oui, volontiers"), ("safe travels", "Bon voyage"),
                         ("have a safe flight", "Bon vol"), ("have fun!", "Amuse-toi bien!"),
                         ("enjoy ur day", "Bonne journée"), ("talk later", "À plus tard"),
                         ("how are you?", "Comment ça va?"), ("hey how are u", "Salut, comment ça va"),
                         ("hi, how are you?", "Bonjour, comment ça va?"),
                         ("Hi! How are you?", "Bonjour! Comment ça va?"),
                         # "bye xx" had come out "dessus bisous", "sure thing" "Ce n'est pas vrai", "will do" "le
                         # fera", "fingers crossed" "les doigts traversèrent les doigts"
                         ("bye xx", "Au revoir, bisous"), ("Bye!", "Au revoir!"), ("sure thing", "Bien sûr"),
                         ("will do", "Ça marche"), ("fingers crossed", "Je croise les doigts"),
                         ("no rush", "Rien ne presse"), ("hey whats up", "Salut, quoi de neuf"),
                         ("whats up?", "Quoi de neuf?"), ("Long time no see!", "Ça fait longtemps!")):
        assert written_fr(line) == french, line
    for line in ("Morning", "Morning.", "Night", "the night xx", "how are you feeling?", "how are you, Tom?",
                 "what's up with him?",
                 "Hi Tom xx", "thx xx", "It was a long time no see for us"):
        assert written_fr(line) is None, line


def test_ur_opening_a_capitalised_clause_is_youre():
    """A clause after a greeting is read with a capital ("hi mum, hope ur ok" → "Hope ur ok"): "ur" was read
    "your" there ("Bonjour maman, espérons ton bien"), and the message kept no "I"."""
    assert read_chat("Hope ur ok") == "I hope you're OK" and read_chat("But ur late") == "But you're late"
    assert read_chat("Thanks for ur help") == "Thanks for your help"


def test_prose_that_only_opens_like_a_chat_line_gets_no_subject():
    """Well-formed English read as a chat line that left out its "I": "Running late is rude." had been read "I'm
    running late is rude.", "Just got married, the couple left for Hawaii." "I just got married, the couple…", "In
    a meeting, the CEO said…" "I'm In a meeting, the CEO said…", "He finished, got home, and slept." "He finished, I
    got home, and slept.", "If you like it, love it." "If you like it, I love it."."""
    for same in ("Running late is rude.", "Leaving now would be a mistake.", "Call you later is what he always says.",
                 "Have to go is not proper English.", "Great to see you is what she said.",
                 "Running late again, the bus finally arrived.", "Just got married, the couple left for Hawaii.",
                 "In a meeting, the CEO said the company would expand.", "Be home soon, the letter said.",
                 "Stuck in traffic for hours, the drivers grew angry.", "Heading home, the soldiers sang.",
                 "Can't come to terms with it, she left.", "Just finished my homework, Tom went out.",
                 "Home safe? The question haunted her.", "She said, running late again, that she'd call.",
                 "When the meeting ended, sounds good was all he said.", "Tom arrived, just got his coat, and left.",
                 "He finished, got home, and slept.", "Tom finally got home, got back to work the next day.",
                 "Mary was tired, need sleep was written all over her face.", "If you like it, love it.",
                 "After dinner, love your neighbour as yourself.", "However, miss the bus and you're stuck.",
                 "Love me, love my dog.",
                 "It is not the time to sit back and tell a committee to take the issue, wallow around with it, hope "
                 "it goes away and make some minor tinkering changes.",
                 "Everybody, particularly our friends out west and those in Ontario, need to travel this country."):
        assert read_chat(same) == same, same
    assert read_chat("Mum says hi, miss u") == "Mom says hi, I miss you"        # she says it now: the writer misses
    assert read_chat("Just landed, call u later") == "I just landed, I'll call you later"


def test_a_chat_reading_that_changes_the_meaning_is_left():
    """"Off to bed with you!", "Off to bed, kids!" (orders) had been read "I'm going to bed…", a heading "Running
    late: a guide for commuters" "I'm running late: …", "Text me your address." "Send
    me a message your address.", "In a meeting." "I'm In a meeting.", "Just arrived in Paris, the minister met the
    president." "I just arrived…"."""
    for same in ("Off to bed with you!", "Text me your address.", "Please text me the code.", "Off to bed, kids!",
                 "Off to bed now, children.", "Running late: a guide for commuters", "Can't sleep: five tips",
                 "Stuck in traffic: why our roads are failing", "Call you back: the art of the phone",
                 "Just arrived in Paris, the minister met the president."):
        assert read_chat(same) == same, same
    assert read_chat("In a meeting.") == "I'm in a meeting." and read_chat("off to bed") == "I'm going to bed"
    assert read_chat("text me later") == "send me a message later"


def test_its_before_a_preposition_or_an_adjective_that_ends_its_clause_is_its():
    """"its at my place" came out "chez moi" (the verb lost), "its in the fridge" "le frigo dans le frigo", "its near
    the station" "son près de la gare", "its cheap" "le bon marché"."""
    assert read_chat("its at my place") == "it's at my place"
    assert read_chat("ok its in the fridge, its cheap lol") == "OK it's in the fridge, it's cheap lol"
    assert read_chat("I think its near the station") == "I think it's near the station"
    assert read_chat("its outside") == "it's outside" and read_chat("its inside the box") == "it's inside the box"
    assert read_chat("Its for you") == "It's for you" and read_chat("its his fault") == "it's his fault"
    for same in ("The firm and its in-house team.", "They moved its cheap labour abroad.", "We know its new owner.",
                 "The city and its near neighbours", "and its inside pocket",
                 "Its big day came.", "The dog wagged its tail at me.",
                 "Lyon and its old and narrow lanes.", "The inn is small, but its warm and cosy rooms are full."):
        assert read_chat(same) == same, same       # two adjectives before a noun: "Lyon et c'est vieux et…"
    assert read_chat("so its cheap and easy to use") == "so it's cheap and easy to use"
    # a preposition before where or what it is, not a noun's modifier ("The label and its up and coming artists." had
    # been read "it's up…": "c'est en train de venir des artistes")
    for chat, read in (("its up to you", "it's up to you"), ("its on sale now", "it's on sale now"),
                       ("its out of stock lol", "it's out of stock lol"), ("its up and running", "it's up and running"),
                       ("if its on, tell me", "if it's on, tell me"), ("its like 5 pm", "it's like 5 pm")):
        assert read_chat(chat) == read, chat
    for same in ("The band and its up and coming singers.", "The hall and its on site parking.",
                 "The park and its under used paths.", "The store and its for sale signs.",
                 "The app and its like counter."):
        assert read_chat(same) == same, same
    assert read_chat("its great and i love it") == "it's great and I love it"


def test_an_invitation_typed_without_its_question_mark_is_asked():
    """"wanna grab lunch tmrw" had been read "I want to grab lunch tomorrow" ("Je veux déjeuner demain"), "u free
    tonight" came out "tu libres ce soir", "fancy a coffee" "fablissez un café"."""
    assert read_chat("wanna grab lunch tmrw") == "do you want to grab lunch tomorrow?"
    assert read_chat("u free tonight") == "are you free tonight?" and read_chat("U busy") == "Are you busy?"
    assert read_chat("fancy a coffee") == "do you fancy a coffee?"
    assert read_chat("fancy a coffee?") == "do you fancy a coffee?"
    assert read_chat("Want to watch a movie later lol") == "Do you want to watch a movie later? lol"
    assert read_chat("hey u free tonight") == "hey, are you free tonight?"
    assert read_chat("fancy a drink later x") == "do you fancy a drink later? xx"    # "…? x" came out "…? [.]"
    assert read_chat("hey, want to come") == "hey, do you want to come?"        # asked, no "I" (``_SUBJECTLESS``)
    for said in ("wanna go home", "want to sleep", "want to go to bed", "fancy that", "you free me",
                 "wanna grab lunch tmrw? i can do 1"):
        assert "?" not in read_chat(said).replace("tomorrow?", ""), said
    assert read_chat("wanna go home") == "I want to go home"
    assert read_chat("u busy rn") == "are you busy right now?" and read_chat("you home yet") == "are you home yet?"
    assert read_chat("want to come too") == "I want to come too"                          # the writer's wish
    for same in ("Want to come? Then sign up here.", "You free spirits, listen.", "Fancy a game, he said.",
                 "I want to come with you.", "You free spirits are welcome", "You busy people should rest"):
        assert read_chat(same) == same, same


def test_a_long_run_of_spaces_is_read_in_a_moment():
    """The chat readings tried each of their phrases from every space of a run (quadratic): 2,000 spaces took
    seconds in fold.py, 6,000 over half a minute. Each now starts where its white space does."""
    import time
    start = time.perf_counter()
    assert read_chat(" " * 6000 + "running late") == " " * 6000 + "I'm running late"
    assert time.perf_counter() - start < 3.0


def test_a_common_misspelling_is_read_as_the_word():
    """Demo probe s29: "a table for tonigth" had come out "pour le tonige", "Thank you for your hepl." "Merci pour
    votre casque.", "I beleive you are right." "Je parie que…"."""
    assert read_chat("I would like to book a table for tonigth.") == "I would like to book a table for tonight."
    assert read_chat("Thank you for your hepl.") == "Thank you for your help."
    assert read_chat("I beleive you are right.") == "I believe you are right."
    assert read_chat("Beleive me.") == "Believe me."
    assert read_chat("The Goverment Building") == "The Goverment Building"        # capitals stay: a name


def test_recommend_misspelt_is_read_as_the_word():
    """Demo probe demo29b (s29): "Can you recomend a good restaurant?" had come out "Pouvez-vous rejoindre…"."""
    assert read_chat("Can you recomend a good restaurant?") == "Can you recommend a good restaurant?"
    assert read_chat("It was reccomend by a friend, highly recomended.") == \
        "It was recommend by a friend, highly recommended."


def test_hows_typed_without_its_apostrophe_is_read_how_s():
    """Demo probe demo30 (s30): "hows your mom doing" had come out "comment ta mère fait-elle" (read "how's…": "comment
    va ta mère")."""
    assert read_chat("hows your mom doing") == "how's your mom doing"
    assert read_chat("Hows it going?") == "How's it going?"


def test_typos_of_a_demo_are_read_as_the_word():
    """Demo probe demo32 (s32): "cna you send me the report…" had come out "m'envoyez-vous…" (the asking lost), "the
    atachment is missing" "l'apprentissage…", "an emial" "un miémide"."""
    assert read_chat("cna you send me the report before tomorow?") == "can you send me the report before tomorrow?"
    assert read_chat("I recieved your email but the atachment is missing.") == \
        "I received your email but the attachment is missing."
    assert read_chat("Please open the attachement.") == "Please open the attachment."
    assert read_chat("Send me an emial tommorrow.") == "Send me an email tomorrow."
    assert read_chat("The CNA report is late.") == "The CNA report is late."      # capitals stay
