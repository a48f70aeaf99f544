"""Ordinals read as the model knows them, and the note that names a reading that only changed their endings."""
from __future__ import annotations

from s2s_core.ordinals import ENDINGS, endings, mend_places, read_ordinals, read_spelled
from s2s_core.typography import french


def test_endings_names_only_a_change_of_endings():
    typed = "The 21st century and my 33rd birthday."
    assert endings(typed, read_ordinals(typed)) == ENDINGS + "“21st” as “21th” and “33rd” as “33th”"
    assert endings("He came 2nd.", read_ordinals("He came 2nd.")) == ""                  # words changed too
    # nothing changed, nothing to name ("came 100th." had been named "ordinals with the ending the model knows: ")
    for typed in ("came 0th.", "finished 0th", "It rains."):
        assert read_ordinals(typed) == typed and endings(typed, typed) == ""


def test_ordinals_from_100th_are_read_with_th():
    """"101st" was left as typed ("He finished 101st." → "Il a fini 101st."); read "101th" the model writes
    "101e" ("in 101th place" → "en 101e place", "101th floor" → "101e étage"); "1,001st" keeps its comma."""
    assert read_ordinals("He finished 101st.") == "He finished in 101th place."
    assert read_ordinals("He finished 112th in the race.") == "He finished in 112th place in the race."
    assert read_ordinals("It is his 101st birthday.") == "It is his 101th birthday."
    assert read_ordinals("She was the 1,001st visitor.") == "She was the 1,001th visitor."
    assert read_ordinals("the 2nd and 3rd floors") == "the second and third floors"              # as before
    typed = "His 101st birthday."
    assert endings(typed, read_ordinals(typed)) == ENDINGS + "“101st” as “101th”"


def test_came_first_for_someone_is_a_priority_not_a_place():
    """"Family always came 1st for him", read "finished in first place", came out "a toujours fini à la première
    place"; a place in a race is still read so."""
    assert read_ordinals("Family always came 1st for him.") == "Family always came first for him."
    assert read_ordinals("His kids came 1st for him.") == "His kids came first for him."
    assert read_ordinals("She came 2nd in the race.") == "She finished in second place in the race."
    assert read_ordinals("She came 3rd.") == "She finished in third place."
    assert read_ordinals("She came 3rd for her country.") == "She finished in third place for her country."
    assert read_ordinals("Work came 1st for her.") == "Work came first for her."
    # hunt s27: a contest said after it is a place ("She always came 1st in her class" had come out "…est toujours
    # venue en premier…", "He usually came 1st at the local races" "…il est venu aux courses locales")
    assert read_ordinals("She always came 1st in her class.") == "She always finished in first place in her class."
    assert read_ordinals("He usually came 1st at the local races.") == \
        "He usually finished in first place at the local races."
    assert read_ordinals("Tom came 1st for us in the relay.") == "Tom finished in first place for us in the relay."


def test_the_endings_label_carries_its_own_note():
    """The translator had told this reading by its label's prefix and cut its note out of the label's words."""
    typed = "The 21st century and my 33rd birthday."
    label = endings(typed, read_ordinals(typed))
    assert label.note == ("The model read “21st” as “21th” and “33rd” as “33th”, the ending it knows for ordinals: "
                          "the heatmap shows that reading.")


def test_a_garbled_race_place_is_rebuilt_after_fini():
    """QA s27: "came 4th" (read "finished in fourth place") came out "à quatre heures" (at four o'clock), "en huit
    heures", "achevé la cinquième place" (no auxiliary), "de la nième place", "à septième endroits"."""
    cases = {("Elle a fini à quatre heures.", "She finished in fourth place."): "Elle a fini à la quatrième place.",
             ("Mon cheval a fini en huit heures.", "My horse finished in eighth place."):
                 "Mon cheval a fini à la huitième place.",
             ("Il achevé la cinquième place.", "He finished in fifth place."): "Il a fini à la cinquième place.",
             ("Ils achevé la cinquième place.", "They finished in fifth place."): "Ils ont fini à la cinquième place.",
             ("Ils ont fini de la nième place.", "They finished in ninth place."): "Ils ont fini à la neuvième place.",
             ("Nous avons terminé à septième endroits.", "We finished in seventh place."):
                 "Nous avons terminé à la septième place.",
             ("Il a encore fini en sixième place.", "He finished in sixth place again."):
                 "Il a encore fini à la sixième place.",
             ("Votre équipe a fini en ninthlèse.", "Your team finished in ninth place."):
                 "Votre équipe a fini à la neuvième place.",
             ("Il a fini en 12 heures.", "He finished in 12th place."): "Il a fini à la 12e place."}
    for (fr, source), mended in cases.items():
        assert mend_places(fr, source) == mended
    assert french("Nous avons terminé la quatrième place dans la course.",
                  "We finished in fourth place in the race.") == "Nous avons terminé à la quatrième place dans la course."


def test_a_race_place_is_left_alone_without_one_place_in_the_source():
    """Nothing changes where the source says no place, a time ("heures" may be its hour), two places, or another
    number than the French's."""
    kept = [("Il a fini à quatre heures.", "He finished at four."),
            ("Il a fini à quatre heures.", "He finished in fourth place at 4 pm."),
            ("Elle a fini en huit heures dans la course à midi.", "She finished in eighth place in the race at noon."),
            ("Il a fini en huit heures.", "He finished in fourth place."),
            ("Vous avez fini en ninthlèse.", "You finished in eighth place."),
            ("Il a fini à la quatrième place et j'ai terminé le cinquième endroit.",
             "He finished in fourth place and I finished in fifth place."),
            ("Nous avons terminé le travail en huit heures.", "We finished the work in eight hours.")]
    for fr, source in kept:
        assert mend_places(fr, source) == fr


def test_an_ordinal_in_the_thousands_is_read_through_a_stand_in_the_model_writes_right():
    """"the 2,000th visitor" came out "les 2 000 visiteurs" and "the 1,000th visitor" "le mille visiteur"; read
    "50th" (the model writes "le 50e visiteur", "à la 50e place"), the number goes back as French writes it; where
    the text has a "50" of its own, "60th" ("…2,000th visitor and got 50 euros" had been left "les 2 000 visiteurs")."""
    from s2s_core import verbatim
    from s2s_core.fold import fold, restore
    from s2s_core.reading_notes import reading, reading_notes
    days = verbatim.DAYS_FR
    f = fold("She was the 2,000th visitor.", str.isascii, ("Tom",), days=days)
    assert f.text == "She was the 50th visitor."
    assert restore("Elle était le 50e visiteur.", f) == "Elle était le 2 000e visiteur."
    assert "2,000 as “2 000e” (the model read the ordinal “50th” in its place" in reading_notes(f, "")[0]
    race = fold("He finished 1,000th in the marathon.", str.isascii, ("Tom",), days=days)
    assert race.text == "He finished in 50th place in the marathon."
    assert reading(race) == "He finished in 1,000th place in the marathon."
    assert restore("Il a fini en 50e place dans le marathon.", race) == "Il a fini à la 1 000e place dans le marathon."
    big = fold("Our 50,000th computer and 1,000,000th visitor.", str.isascii, ("Tom",), days=days)
    assert big.text == "Our 50th computer and 1,000,000th visitor."                        # the first only
    assert restore("Notre 50e ordinateur, encore le 50e.", big) == "Notre 50 000e ordinateur, encore le 50 000e."
    for kept in ("The 2,345th of 50, 60 and 70 teams.", "It was 1,000 people.", "the 1000th time"):
        assert fold(kept, str.isascii, ("Tom",), days=days).text == kept, kept      # every stand-in its own; none
    own = fold("She was the 2,000th visitor and got 50 euros.", str.isascii, ("Tom",), days=days)
    assert own.text == "She was the 60th visitor and got 50 euros."          # a "50" of its own: "60th" stands in
    assert restore("Elle était le 60e visiteur et a eu 50 euros.", own) == \
        "Elle était le 2 000e visiteur et a eu 50 euros."
    both = fold("The 2,345th of 50 or 60 teams.", str.isascii, ("Tom",), days=days)
    assert both.text == "The 70th of 50 or 60 teams."
    assert fold("the 2,000th visitor", str.isascii, ("Tom",)).text == "the 2,000th visitor"   # not French: no days


def test_a_century_written_with_another_ordinal_is_written_as_the_source_says():
    """measure44: "…which was built in the nineteenth century, …" came out "…au dix-septième siècle…" (a wrong fact
    that looks right), "the fifteenth century" "le quinzeième siècle", "in the 19th century" in a long line "au XIe
    siècle"; "en dix-huitième siècle" for "in the eighteenth century"."""
    assert french("Le musée, qui a été construit au dix-septième siècle, est fermé.",
                  "The museum, which was built in the nineteenth century, is closed.") == \
        "Le musée, qui a été construit au XIXe siècle, est fermé."
    assert french("Des usines ont été construites ici dans le dix-septième siècle.",
                  "Factories were built here in the nineteenth century.") == \
        "Des usines ont été construites ici au XIXe siècle."
    assert french("Ce château date du quinzeième siècle.", "This castle dates from the fifteenth century.") == \
        "Ce château date du XVe siècle."
    assert french("Le musée a été construit au XIe siècle.", "The museum was built in the 19th century.") == \
        "Le musée a été construit au XIXe siècle."
    assert french("Le tableau a été fait en dix-huitième siècle.", "The painting was made in the eighteenth "
                  "century.") == "Le tableau a été fait au dix-huitième siècle."


def test_a_right_century_and_two_centuries_are_left_as_written():
    for fr, en in (("Notre maison date du XIXe siècle.", "Our house dates from the 19th century."),
                   ("Au vingtième siècle, le village a changé.", "In the twentieth century, the village changed."),
                   ("Le pont date du 16e siècle.", "The bridge dates from the 16th century."),
                   ("aux XVIIe et XVIIIe siècles", "in the 17th and 18th centuries"),    # two: no guess
                   ("au dix-septième siècle", "in the last century")):          # no number said
        assert french(fr, en) == fr


def test_an_ordinal_in_words_is_read_in_digits_as_a_date_or_a_race_place_or_a_compound():
    """s39: «au dix-sept mai» for "on the eighteenth of May", «la trentaine de décembre» for "the thirty-first of
    December", «notre vingtième anniversaire» for the twenty-fifth; in digits the model writes the number. Left in
    words where the model knows it: "my twelfth birthday", "the twentieth century", "came first" (a priority or,
    read "1st", «a fini d'abord»)."""
    assert read_spelled("The meeting is on the eighteenth of May.") == "The meeting is on the 18th of May."
    assert read_spelled("It was the thirty-first of December.") == "It was the 31st of December."
    assert read_spelled("Her exam is on the fifth.") == "Her exam is on the 5th."
    assert read_spelled("The first of May is a holiday.") == "The 1st of May is a holiday."
    assert read_spelled("the twenty second of May") == "the 22nd of May"
    assert read_spelled("our twenty-fifth wedding anniversary") == "our 25th wedding anniversary"
    assert read_spelled("He came fourteenth in the race.") == "He came 14th in the race."
    for left in ("It is my twelfth birthday.", "In the twentieth century.", "She came first in the race.",
                 "Family always came first for him.", "Wait a second.", "On the second day, we rested.",
                 "the twenty-first-century city", "twenty first-class tickets", "my eleventh floor flat"):
        assert read_spelled(left) == left


def test_a_race_place_from_second_and_a_birthday_from_thirteenth_in_words_are_read_in_digits():
    """left53 (s40): "came third" «est venue troisièmement», "finished second" «a terminé une seconde»; "his
    thirteenth birthday" «son treize ans», "sixteenth birthday" «sixième»; "my 12th birthday" «dixième»: "twelfth"."""
    assert read_spelled("She came third in the race.") == "She came 3rd in the race."
    assert read_spelled("Our team finished second in the league.") == "Our team finished 2nd in the league."
    assert read_spelled("I finished fifth out of thirty runners.") == "I finished 5th out of thirty runners."
    assert read_spelled("His thirteenth birthday is next Saturday.") == "His 13th birthday is next Saturday."
    assert read_spelled("Her sixteenth birthday party.") == "Her 16th birthday party."
    assert read_ordinals("For my 12th birthday I got a bike.") == "For my twelfth birthday I got a bike."
    assert read_ordinals("She came 3rd in the race.") == "She finished in third place in the race."
    for left in ("It is my twelfth birthday.", "He came first in his class.", "Wait a second.",
                 "The third birthday cake.", "We are planning his 11th birthday party."):
        assert read_spelled(left) == read_ordinals(left) == left
