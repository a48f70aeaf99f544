"""Addresses, handles, code and paths: read as a name the model copies, written back where the name went."""
from __future__ import annotations

from s2s_core import verbatim
from s2s_core.fold import fold, restore

NAMES = ("Tom", "Mary")
ascii_only = str.isascii


def test_what_is_copied_and_what_is_not():
    text = ("Visit https://www.example.com/help?q=1. Mail anna.smith@example.org, ping @anna_s #travel, "
            "run `pip install x` in /usr/local/bin or C:\\Users\\anna.")
    text += " Type <code>ls -l</code> or <KBD>Ctrl</KBD>."
    found = [text[a:b] for a, b in verbatim.spans(text)]
    assert found == ["https://www.example.com/help?q=1", "anna.smith@example.org", "@anna_s", "#travel",
                     "`pip install x`", "/usr/local/bin", "C:\\Users\\anna", "<code>ls -l</code>", "<KBD>Ctrl</KBD>"]
    for plain in ("and/or 1/2 km/h", "I am #1", "C# and F#", "a@b", "Email me at 5 pm.", "social /Christian democrats"):
        assert verbatim.spans(plain) == []
    text = "Go to google.com, shop.example.fr or example.com/faq."                   # no http, no www
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["google.com", "shop.example.fr", "example.com/faq"]
    for plain in ("e.g. this", "Mr.Smith", "node.js and index.html", "version 3.5."):
        assert verbatim.spans(plain) == [], plain


def test_phone_numbers_and_dates_are_copied_and_other_numbers_are_not():
    text = ("Call +33 6 12 34 56 78, (555) 987-6543, 555-123-4567 or 06 12 34 56 78 on 12/05/2026, 7/4/25, "
            "12.05.2026 or 2026-01-15 (see www.a.org/2026-01-15).")
    found = [text[a:b] for a, b in verbatim.spans(text)]
    assert found == ["+33 6 12 34 56 78", "(555) 987-6543", "555-123-4567", "06 12 34 56 78", "12/05/2026",
                     "7/4/25", "12.05.2026", "2026-01-15", "www.a.org/2026-01-15"]
    for plain in ("1,000,000 and 2 500 000 in 2011", "at 10:30 or 14:45", "1/2 and 10/20", "3-1", "1.2.10",
                  "32/13/2026", "13/13/2026", "2026-13-01", "+5 points", "09.30 10.30", "12/05/2026/x"):
        assert verbatim.spans(plain) == [], plain


def test_words_glued_to_digits_are_copied_and_codes_in_capitals_are_left_to_the_model():
    text = "The password is sunshine2024, the address 221B Baker Street, London NW1 6XE, v2.1, ticket #45821."
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["sunshine2024", "221B", "NW1 6XE", "v2.1", "#45821"]
    assert verbatim.spans("Call 07700 900123.") == [(5, 17)]                       # a UK mobile number
    assert verbatim.spans("Meet in room B12 3PM") == []                           # no postcode ends in "PM"
    for plain in ("an A320, flight AF1234, CO2, 3D, 4K, 5G, iPhone15", "in the 21st century, in the 1990s, at 9pm, 5kg",
                  "MH370, 10AM, B2B, 1080p"):
        assert verbatim.spans(plain) == [], plain
    text = "Order #A-5521 was cancelled."                         # read "#A" and "-5521": "Ton ordre a #A été annulé."
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["#A-5521"]
    text = "Your reference is K9F2XQ; use SAVE20."                # read "K9F2Q", "Utilise le Code SAVE20 ."
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["K9F2XQ", "SAVE20"]


def test_a_street_address_is_copied_and_goes_back_with_au():
    """"My address is 12 Church Street." had come out «Mon adresse est de 12 Églises.», "I live at 45 Park Road."
    «J'habite à 45 heures du Parc.»: a numbered street stands in as a name, "à Tom" goes back as "au 45 Park Road"."""
    text = "My parents live at 9 Queen Street, we live at 14 Elm Grove."
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["9 Queen Street", "14 Elm Grove"]
    for plain in ("The museum is on Baker Street.", "Turn into Park Road.", "I bought 3 Park tickets."):
        assert verbatim.spans(plain) == [], plain
    text, stand_ins = verbatim.protect("I live at 45 Park Road.", NAMES)
    assert text == "I live at Tom."
    assert verbatim.unprotect("Je vis à Tom.", stand_ins)[0] == "Je vis au 45 Park Road."
    assert verbatim.unprotect("Mon adresse est Tom.", stand_ins)[0] == "Mon adresse est 45 Park Road."


def test_names_stand_in_and_go_back():
    text, stand_ins = verbatim.protect("Send it to tom@x.org or Mary before Friday.", NAMES)
    assert text == "Send it to Tom or Mary before Friday."        # not "Mary": the text uses it
    assert stand_ins == (verbatim.StandIn("Tom", "tom@x.org"),)
    assert verbatim.unprotect("Envoie-le à Tom ou Mary avant vendredi.", stand_ins) == (
        "Envoie-le à tom@x.org ou Mary avant vendredi.", [])
    assert verbatim.unprotect("Envoie-le avant vendredi.", stand_ins)[1] == list(stand_ins)       # dropped
    assert verbatim.protect("see www.a.org", ()) == ("see www.a.org", ())                         # no names
    assert verbatim.stand_in_names(lambda n: n not in ("Mary", "Jane")) == ("Tom", "John", "Jack", "Paul")
    assert verbatim.stand_in_names(lambda n: n != "Jane") == verbatim.NAMES   # "Jane" in pieces, known as "Mary" is


def test_a_date_stands_in_as_a_weekday_and_goes_back_with_the_article_french_gives_it():
    days = (("Friday", "vendredi"), ("Monday", "lundi"))
    text, stand_ins = verbatim.protect("From 12/05/2026 to 15/05/2026, call 555-123-4567.", NAMES, days)
    assert text == "From Friday to Monday, call Tom."
    assert stand_ins == (verbatim.StandIn("Friday", "12/05/2026", "vendredi"),
                         verbatim.StandIn("Monday", "15/05/2026", "lundi"),
                         verbatim.StandIn("Tom", "555-123-4567", phone=True))
    assert verbatim.unprotect("De vendredi à lundi, appelle Tom.", stand_ins) == (
        "Du 12/05/2026 au 15/05/2026, appelle 555-123-4567.", [])
    assert verbatim.unprotect("Appelle-moi à Tom.", stand_ins[2:])[0] == "Appelle-moi au 555-123-4567."
    friday = stand_ins[:1]
    for french, back in [("La réunion est vendredi.", "La réunion est le 12/05/2026."),
                         ("Né le vendredi.", "Né le 12/05/2026."), ("Valide jusqu'à vendredi.", "Valide jusqu'au 12/05/2026."),
                         ("Vendredi était bon.", "Le 12/05/2026 était bon."), ("D'ici ce vendredi.", "D'ici le 12/05/2026."),
                         ("LA RÉUNION EST VENDREDI.", "LA RÉUNION EST LE 12/05/2026."),
                         ("LA RÉUNION EST LE VENDREDI.", "LA RÉUNION EST LE 12/05/2026.")]:
        assert verbatim.unprotect(french, friday) == (back, []), french
    assert verbatim.unprotect("La réunion est demain.", friday)[1] == list(friday)            # dropped
    assert verbatim.unprotect("Vendredi.", friday)[0] == "12/05/2026."        # alone ("Date: 12/05/2026"): no "Le"
    assert verbatim.protect("On Friday or 12/05/2026.", (), days)[0] == "On Friday or Monday."  # a free weekday
    assert verbatim.protect("On 12/05/2026.", NAMES)[0] == "On Tom."                       # no weekdays: a name
    assert verbatim.protect("On 01.02.2026.", NAMES, days)[1][0].written == "vendredi"     # a date, not a phone
    assert verbatim.stand_in_days(False, lambda d: True) == ()                             # target not French
    assert verbatim.stand_in_days(True, lambda d: d != "Friday")[0] == ("Monday", "lundi")


def test_a_date_without_its_year_is_copied_after_a_word_that_dates_it():
    """Read as written, "The inspection is on 10/04." came out "L'inspection est de 10/04."."""
    text = "The inspection is on 10/04, payment due 15/03, or by 31/12."
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["10/04", "15/03", "31/12"]
    for plain in ("It works for 2/3 of the people.", "rated 4/5", "on 13/13", "on 10/4.5", "on 10/04/20x",
                  "Bake for 1/2 an hour.", "From 1/2 to 3/4 of a cup.", "Fill the jar by 3/4", "after 2/3 days"):
        assert verbatim.spans(plain) == [], plain


def test_a_span_whose_name_was_dropped_goes_back_by_the_attention_and_leftovers_are_set_aside():
    f = fold("Write to a@b.org before noon.", ascii_only, NAMES)
    assert f.text == "Write to Tom before noon."
    assert restore("Écris à Tom avant midi.", f) == "Écris à a@b.org avant midi."
    # the model dropped "Tom": the address goes after the word that looked most at "Tom" ("Écris")
    assert restore("Écris avant midi.", f, attended=[0, 0, 0, 1, 2]) == "Écris a@b.org avant midi."
    f = fold("See x.org@a.io and www.b.org and www.c.org", ascii_only, ("Tom",))      # one name for three
    assert f.text == "See Tom and and" and [run for *_, run in f.aside] == ["www.b.org", "www.c.org"]
    assert restore("Voir Tom et et", f) == "Voir x.org@a.io et www.b.org et www.c.org"
    f = fold("Pay before 01/02/2027.", ascii_only, NAMES, days=(("Friday", "vendredi"),))
    assert f.text == "Pay before Friday."
    assert restore("Payez avant vendredi.", f) == "Payez avant le 01/02/2027."
    assert restore("Payez avant.", f) == "Payez avant 01/02/2027."                # dropped: put back at its place


def test_a_stand_ins_piece_is_labelled_with_its_span():
    stand_ins = [verbatim.StandIn("Tom", "a@b.org"), verbatim.StandIn("Friday", "12/05/2026", "vendredi")]
    pieces = ["▁Write", "▁to", "▁Tom", "▁on", "▁Friday", "▁Friday", "</s>"]      # a second "Friday": the text's
    assert verbatim.labelled(pieces, stand_ins) == ["▁Write", "▁to", "▁a@b.org", "▁on", "▁12/05/2026", "▁Friday",
                                                     "</s>"]
    target = ["▁Écris", "▁à", "▁Tom", "▁Vendredi", "▁vendredi", "</s>"]             # what the model wrote
    assert verbatim.labelled_target(target, stand_ins) == ["▁Écris", "▁à", "▁a@b.org", "▁12/05/2026", "▁vendredi",
                                                           "</s>"]


def test_menu_paths_and_key_combinations_are_copied():
    """Read as text, "Go to Settings > Wi-Fi." came out "Va à Settings  ..", "Press Ctrl+C" garbled."""
    text = "Click File > Save As, then press Ctrl+C or Ctrl + Shift + V; open Settings > Privacy > Location Services."
    assert [text[a:b] for a, b in verbatim.spans(text)] == [
        "File > Save As", "Ctrl+C", "Ctrl + Shift + V", "Settings > Privacy > Location Services"]
    for plain in ("5 > 3 is true", "The Shift key", "x > y", "Remember: Quality > Quantity.", "Family > Money",
                  "OUR 100TH ANNIVERSARY", "I HAVE 2KIDS."):
        assert verbatim.spans(plain) == [], plain


def test_a_button_named_in_quotes_is_copied_with_its_quotes():
    """Set aside as quoted words, 'Click on "Sign up"' came out 'Clique-toi sur « Sign et »'."""
    text = 'Click on "Sign up", then tap “Save”. She said "yes".'
    assert [text[a:b] for a, b in verbatim.spans(text)] == ['"Sign up"', "“Save”"]
    assert len(fold(text, lambda c: c.isascii()).markup.tags) == 2                   # only "yes" is set aside


def test_a_word_asked_about_after_how_do_you_say_is_copied_with_its_quotes():
    """Set aside as quoted words, 'How do you say "thank you" in French?' came out «Comment dis-tu « merci en
    français » ?» (measure48, s38): the word asked about is translated, and the question makes no sense."""
    text = 'How do you say "thank you" in French? How would I say ‘cheers’ in French? She said "yes".'
    assert [text[a:b] for a, b in verbatim.spans(text)] == ['"thank you"', "‘cheers’"]
    assert len(fold(text, lambda c: c.isascii()).markup.tags) == 2                   # only "yes" is set aside
    read, stand_ins = verbatim.protect("How do you say 'apple' in French?", NAMES)
    assert [s.span for s in stand_ins] == ["'apple'"] and "'apple'" not in read
    # an apostrophe inside the single quotes (words46, s39: "How do you say 'I'm sorry' in French?" had come out
    # «Comment dis-tu que je suis désolée en français ?»)
    text = "How do you say 'I'm sorry' in French? How would you say 'it's raining' in French?"
    assert [text[a:b] for a, b in verbatim.spans(text)] == ["'I'm sorry'", "'it's raining'"]
    assert verbatim.spans("He said 'I'm tired' and left. How do you say 'I'm' in Spanish?") == []
    for plain in ('What does "merci" mean?', 'He did not say "thank you".', "How do you say it in French?",
                  'How do you say "thank you" in Japanese?'):           # «« merci » en japonais» as typed
        assert verbatim.spans(plain) == [], plain


def test_words_written_on_something_in_title_case_are_copied_with_their_quotes():
    """Set aside as quoted words, 'She wrote "Happy Birthday Anna" on the card.' came out «Elle a écrit « Happy
    Birthday pour » la carte.» and '…put "Get Well Soon"…' lost the words (s42)."""
    text = ('Please write "Happy Birthday Anna" on the cake. The sign says “Staff Only”. '
            'The cake said "Happy Anniversary Mum and Dad". She said "yes".')
    assert [text[a:b] for a, b in verbatim.spans(text)] == ['"Happy Birthday Anna"', "“Staff Only”",
                                                              '"Happy Anniversary Mum and Dad"']
    assert len(fold(text, lambda c: c.isascii()).markup.tags) == 2                   # only "yes" is set aside
    text = 'Write "Good Luck Tom" on the card.'                                       # the verb opening the sentence
    assert [text[a:b] for a, b in verbatim.spans(text)] == ['"Good Luck Tom"']
    # a sentence, one word, a title after a verb that neither writes nor says, words not all capitalised
    for plain in ('He texted me "See you soon" last night.', 'She wrote "Hello" on the board.',
                  'We watched "The Lion King" again.', 'They wrote "Happy birthday" on it.'):
        assert verbatim.spans(plain) == [], plain


def test_a_day_of_the_month_stands_in_as_a_weekday_and_goes_back_as_its_number():
    """Read as written, "See you on the 21st." came out "On se voit au XXIe." and "on the 3rd" "au troisième"."""
    text = "Closed from the 24th to the 26th; open again on the 1st, by the 3rd at noon. Payday is the 25th."
    read, stand_ins = verbatim.protect(text, NAMES, verbatim.DAYS_FR)
    assert [s.span for s in stand_ins] == ["the 24th", "the 26th", "the 1st", "the 3rd", "the 25th"]
    assert verbatim.spans(text) == []              # copied as typed only as a weekday (not for other targets)
    for plain in ("on the 2nd floor", "for the 3rd time", "Take it to the 3rd.", "on the 32nd.", "the 21st century",
                  "on the 3rd and 4th floors", "She was the 2nd to arrive.", "by the 5th of each month",
                  "That's the 3rd in a row!", "She was the 1st in her family.", "He is the 2nd in the championship."):
        assert verbatim.protect(plain, NAMES, verbatim.DAYS_FR) == (plain, ()), plain
    days = verbatim.DAYS_FR
    read, stand_ins = verbatim.protect("We are closed from the 24th to the 26th.", NAMES, days)
    assert read == "We are closed from Friday to Monday."
    assert verbatim.unprotect("Nous sommes fermés de vendredi à lundi.", stand_ins)[0] == \
        "Nous sommes fermés du 24 au 26."
    read, _ = verbatim.protect("I arrived on the 3rd and left on the 7th.", NAMES, days)
    assert read == "I arrived on Friday and left on Monday."                          # had lost "the 3rd"
    read, stand_ins = verbatim.protect("Pay before the 1st.", NAMES, days)
    assert verbatim.unprotect("Payez avant vendredi.", stand_ins)[0] == "Payez avant le 1er."
    assert verbatim.labelled_target(["▁Payez", "▁avant", "▁vendredi", "."], stand_ins) == \
        ["▁Payez", "▁avant", "▁1er", "."]
    assert verbatim.labelled(["▁Pay", "▁before", "▁Friday", "."], stand_ins) == ["▁Pay", "▁before", "▁the 1st", "."]
    assert verbatim.protect("Pay before the 1st.", NAMES) == ("Pay before the 1st.", ())   # no French weekdays


def test_a_day_the_translation_dropped_goes_back_in_french():
    f = fold("See you on the 21st.", ascii_only, NAMES, days=verbatim.DAYS_FR)
    assert f.text == "See you on Friday."
    assert restore("On se voit.", f) == "On se voit le 21."


def test_a_family_word_that_addresses_someone_stands_in_as_a_name():
    """Read as typed, "I love you, Mum." came out "Je t'aime, Mum.", "thanks mum" "merci" (dropped), "love u mum"
    "Je t'adore le musée": the word is read as a name the model copies, between commas as French writes it."""
    from s2s_core.letters import FAMILY
    read = lambda text: verbatim.protect(text, NAMES, (), FAMILY)[0]            # noqa: E731
    for text, model_reads in (("I love you, Mum.", "I love you, Tom."), ("Love you, Mom.", "Love you, Tom."),
                              ("love u mum, see u tonight", "love u, Tom, see u tonight"),
                              ("night dad, love you", "night, Tom, love you"), ("miss you grandma", "miss you, Tom"),
                              ("ok mum i will", "ok, Tom, i will"), ("Mum, can you come?", "Tom, can you come?"),
                              ("Sorry, Dad.", "Sorry, Tom."), ("I'm on my way, Mum.", "I'm on my way, Tom."),
                              ("Mum! Come here!", "Tom! Come here!"), ("no dad, not yet", "no, Tom, not yet"),
                              ("Please mum, can I go?", "Please, Tom, can I go?"), ("love you bro", "love you, Tom"),
                              ("Don't worry, Mom, I'm fine.", "Don't worry, Tom, I'm fine."),
                              # "thanks" read "thank you" ("Thanks, Tom, …" had lost its "Merci" or the name)
                              ("thanks mum", "thank you, Tom"),
                              ("Thanks auntie, the cake was lovely.", "Thank you, Tom, the cake was lovely."),
                              ("thx mum, you're the best", "thank you, Tom, you're the best"),
                              ("Thanks, Dad!", "Thank you, Tom!")):
        assert read(text) == model_reads, text
    for plain in ("My mum is a teacher.", "Your dad called this morning.", "Mum said we can go.", "Dad is home.",
                  "Tell mum I'll be late.", "The mum of the bride cried.", "Mom and Dad are at work.",
                  "I asked dad for money.", "I miss my mum.", "Thanks to my dad, I can drive.", "Thanks Uncle Bob!",
                  "I invited my aunt, uncle, and cousin.", "Dad, Mum and I went to Paris.", "No dad would do that.",
                  "Last night dad came home late.", "thanks mum and dad", "Mum's cake was great.", "Say bye to mum.",
                  "pls dad just this once", "Many thanks, Tom.", "Hi mum, can you call me?", "Okay, Mom will drive.",
                  "yes mum will drive", "No, Dad didn't call.", "Sorry, mum's the word."):
        assert read(plain) == plain, plain
    # the subject with an aside between commas, or a word of a list, calls no one ("Grandma, 92, died yesterday." had
    # been read "Tom, 92, died yesterday.", "bishop, father, brother." "bishop, father, Tom.")
    for plain in ("Grandma, 92, died yesterday.", "Dad, who was a teacher, died last year.",
                  "Grandpa, a war veteran, never talked about it.", "Dad, a doctor, works nights.",
                  "Mum, aged 80, lives alone.", "Mama, the musical, opens tonight.", "Please mom.",
                  "Pope, cardinal, bishop, father, brother.", "Bread, eggs, mum."):
        assert read(plain) == plain, plain
    for text, model_reads in (("Papa, the cat died.", "Tom, the cat died."),
                              ("Grandma, who are you talking to?", "Tom, who are you talking to?"),
                              ("yes, ok, mum!", "yes, ok, Tom!"),
                              ("Please, Mom, let me go.", "Please, Tom, let me go.")):
        assert read(text) == model_reads, text
    assert verbatim.protect("I love you, Mum.", NAMES) == ("I love you, Mum.", ())       # not for another target
    assert verbatim.protect("Thanks, Tom and mum!", NAMES, (), FAMILY)[0] == "Thanks, Tom and mum!"


def test_a_family_word_goes_back_in_french_capitalised_where_it_opens_a_sentence():
    from s2s_core.letters import FAMILY
    text, stand_ins = verbatim.protect("Mum, can you come? Love you, dad.", NAMES, (), FAMILY)
    assert text == "Tom, can you come? Love you, Mary."
    assert stand_ins == (verbatim.StandIn("Tom", "Mum", french="maman"), verbatim.StandIn("Mary", "dad", french="papa"))
    assert [s.back for s in stand_ins] == ["maman", "papa"]
    assert verbatim.unprotect("Tom, tu peux venir ? Je t'aime, Mary.", stand_ins) == (
        "Maman, tu peux venir ? Je t'aime, papa.", [])
    assert verbatim.unprotect("Je t'aime, Tom.", stand_ins[:1])[0] == "Je t'aime, maman."      # lower case inside
    assert verbatim.unprotect("« Tom ! »", stand_ins[:1])[0] == "« Maman ! »"
    shouted = verbatim.protect("THANKS MUM!", NAMES, (), FAMILY)[1]
    assert verbatim.unprotect("MERCI, Tom !", shouted)[0] == "MERCI, MAMAN !"                # typed in capitals
    assert verbatim.labelled_target(["▁Merci", ",", "▁Tom", "▁!"], stand_ins[:1]) == ["▁Merci", ",", "▁maman", "▁!"]
    assert verbatim.labelled(["▁Tom", ",", "▁can"], stand_ins[:1]) == ["▁Mum", ",", "▁can"]     # as typed


def test_a_family_word_the_translation_dropped_goes_back_in_french():
    from s2s_core.letters import FAMILY
    f = fold("thanks mum", ascii_only, NAMES, family=FAMILY)
    assert f.text == "thank you, Tom" and "thanks as “thank you”" in f.reworded
    assert restore("merci, Tom", f) == "merci, maman"
    assert restore("merci", f) == "merci maman"                              # dropped: put back at its place
    assert fold("thanks mum", ascii_only, NAMES).text == "thanks mom"      # no family given: no stand-in (shorthand)


def test_a_sum_or_an_equation_in_digits_is_copied():
    """"2+2=4" came out "2, en vertu de l'article 22", "She wrote 3*4=12" "3 3412", "If 10 - 3 = 7" "Si 10 - [...]"."""
    text = "2+2=4, 3*4=12, 10 - 3 = 7, 5x5=25, 1.5 + 2.5 = 4, and what is 2+2? Or 3 × 4?"
    assert [text[a:b] for a, b in verbatim.spans(text)] == \
        ["2+2=4", "3*4=12", "10 - 3 = 7", "5x5=25", "1.5 + 2.5 = 4", "2+2", "3 × 4"]
    for plain in ("aged 6-12", "24/7", "5+ years", "2x a day", "a 1920x1080 screen", "x = 5", "the score was 3-2",
                  "rated 4/5 = good", "In 2020 20 people came."):
        assert verbatim.spans(plain) == [], plain
    f = fold("I know that 2 + 2 = 4.", ascii_only, NAMES)
    assert f.text == "I know that Tom." and restore("Je sais que Tom.", f) == "Je sais que 2 + 2 = 4."


def test_a_feast_day_stands_in_as_a_weekday_and_goes_back_as_french_names_it():
    """Session 32: "We go to church on Palm Sunday." had come out "…sur Palm dimanche.", "Good Friday is a holiday
    here." "Le bon vendredi…", "Ash Wednesday is in February." "Le mercredi est en février."."""
    days = verbatim.DAYS_FR
    read, stand_ins = verbatim.protect("We go to church on Palm Sunday.", NAMES, days)
    assert read == "We go to church on Friday." and stand_ins[0].day == "dimanche des Rameaux"
    assert verbatim.unprotect("Nous allons à l'église vendredi.", stand_ins)[0] == \
        "Nous allons à l'église le dimanche des Rameaux."
    for typed, french, back in [
            ("Good Friday is a holiday here.", "Lundi est un jour férié ici.",
             "Le vendredi saint est un jour férié ici."),
            ("The bank is closed until Good Friday.", "La banque est fermée jusqu'à lundi.",
             "La banque est fermée jusqu'au vendredi saint."),
            ("We eat pancakes on Shrove Tuesday.", "Nous mangeons des crêpes vendredi.",
             "Nous mangeons des crêpes le mardi gras."),
            ("PALM SUNDAY IS NEXT WEEK.", "VENDREDI EST LA SEMAINE PROCHAINE.",
             "LE DIMANCHE DES RAMEAUX EST LA SEMAINE PROCHAINE.")]:
        assert verbatim.unprotect(french, verbatim.protect(typed, NAMES, days)[1])[0] == back, typed
    f = fold("Lent begins on Ash Wednesday.", ascii_only, NAMES, days=days)
    assert restore("Le carême commence.", f) == "Le carême commence le mercredi des Cendres."     # dropped: said
    for plain in ("We had a good Friday at work.", "I ate a palm on Sunday.", "Good Fridays are rare."):
        assert verbatim.protect(plain, NAMES, days)[1] == (), plain
    assert verbatim.protect("We go to church on Palm Sunday.", NAMES) == ("We go to church on Palm Sunday.", ())


# -- shout34: web addresses typed in capitals ------------------------------------------------------------------------
def test_a_web_address_typed_in_capitals_is_copied_as_typed():
    # read as words: "VISIT WWW.EXAMPLE.COM…" had come out "VISIT WW.EXAMPLE. LA COLOMBIE-BRITANNIQUE…",
    # "ORDER ON AMAZON.COM TODAY!" "L'ORDRE DE L'ARTICLE AMAZON."
    for text, address in (("VISIT WWW.EXAMPLE.COM FOR MORE INFORMATION.", "WWW.EXAMPLE.COM"),
                          ("CHECK OUT HTTPS://EXAMPLE.ORG/NEWS.", "HTTPS://EXAMPLE.ORG/NEWS"),
                          ("ORDER ON AMAZON.COM TODAY!", "AMAZON.COM"),
                          ("FOLLOW US ON WWW.FACEBOOK.COM/OURSHOP!", "WWW.FACEBOOK.COM/OURSHOP")):
        assert [text[a:b] for a, b in verbatim.spans(text)] == [address], text
    assert verbatim.spans("WWW IS OLD. HTTP IS A PROTOCOL.") == []
