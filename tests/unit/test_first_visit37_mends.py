"""measure37 (s35): what a first visitor's probe found wrong, mended before or after the model (pure strings)."""
from __future__ import annotations

import pytest

from s2s_core.clauses import split_clauses
from s2s_core.glossary import FRENCH, read, write_back
from s2s_core.mends.jobs import mend as mend_jobs
from s2s_core.letters import see_you, written_fr
from s2s_core.place_names import french_places
from s2s_core.mends.terms import mend as mend_terms


@pytest.mark.parametrize("typed, split", [
    ("hey, long time no see!", ["hey,", "long time no see!"]),          # «Hé, il est long qu'on ne voit pas !»
    ("oh, happy birthday!", ["oh,", "happy birthday!"]),
    ("no problem, long time no see!", ["no problem,", "long time no see!"]),
])
def test_a_chat_word_before_a_line_written_whole_is_cut_off_it(typed, split):
    assert [c.text for c in split_clauses(typed, 8)] == split
    assert written_fr(split[0]) is not None and written_fr(split[1]) is not None


@pytest.mark.parametrize("typed", ["hey, how are you?", "ok, I will do it.", "oh, I forgot my keys.", "hey, wait!"])
def test_a_chat_word_before_other_words_is_left_whole(typed):
    assert len(split_clauses(typed, 8)) == 1


def test_the_models_other_forms_of_see_you_are_on_se_voit():
    """"no problem, see you tomorrow" came out «Pas de problème, vous voient demain»."""
    assert see_you("Pas de problème, vous voient demain", "no problem, see you tomorrow") == \
        "Pas de problème, on se voit demain"
    assert see_you("Pas de problème, te voient demain !", "no problem, see you tomorrow!") == \
        "Pas de problème, on se voit demain !"
    assert see_you("Pas de problème, vous voir lundi !", "no problem, see you on Monday!") == \
        "Pas de problème, on se voit lundi !"
    assert see_you("Ils voient la mer.", "They see the sea.") == "Ils voient la mer."


@pytest.mark.parametrize("french, source, mended", [
    ("…pendant que nous étions à Portugal.", "…while we were in Portugal.", "…pendant que nous étions au Portugal."),
    ("Nous avons passé deux semaines en Portugal.", "We spent two weeks in Portugal.",
     "Nous avons passé deux semaines au Portugal."),
    ("En Portugal, il fait chaud.", "In Portugal it is hot.", "Au Portugal, il fait chaud."),
    ("Je vais à Japon.", "I go to Japan.", "Je vais au Japon."),
    ("Il vit à Canada.", "He lives in Canada Square.", "Il vit à Canada."),        # a street's name
    ("Il vit à Mexico.", "He lives in Mexico.", "Il vit à Mexico."),              # a city of the same name
])
def test_a_masculine_country_takes_au(french, source, mended):
    assert french_places(french, source) == mended


@pytest.mark.parametrize("french, source, mended", [
    ("Mon frère Thomas travaille comme infirmière dans un hôpital.",
     "My brother Thomas works as a nurse in a hospital.",
     "Mon frère Thomas travaille comme infirmier dans un hôpital."),
    ("C'est une infirmière.", "He is a nurse.", "C'est un infirmier."),
    ("Mon fils veut devenir infirmière.", "My son wants to become a nurse.", "Mon fils veut devenir infirmier."),
    ("Thomas est infirmière à l'hôpital.", "Tom is a nurse at the hospital.", "Thomas est infirmier à l'hôpital."),
    ("Mon frère a parlé à l'infirmière.", "My brother talked to the nurse.", "Mon frère a parlé à l'infirmière."),
    ("Ma sœur est infirmière.", "My sister is a nurse.", "Ma sœur est infirmière."),
    ("La femme de mon frère est infirmière.", "My brother's wife is a nurse.",
     "La femme de mon frère est infirmière."),
    ("Il dit que Marie est infirmière.", "He says Mary is a nurse.", "Il dit que Marie est infirmière."),
])
def test_a_mans_job_is_written_in_the_masculine(french, source, mended):
    assert mend_jobs(french, source) == mended


@pytest.mark.parametrize("french, source, mended", [
    ("Le magasin est fermé en vacances publiques.", "The shop is closed on public holidays.",
     "Le magasin est fermé les jours fériés."),
    ("…sauf les vacances publiques.", "…except on public holidays.", "…sauf les jours fériés."),
    ("Les banques sont fermées en vacances bancaires.", "Banks are closed on bank holidays.",
     "Les banques sont fermées les jours fériés."),
    ("Lundi est une vacance publique.", "Monday is a public holiday.", "Lundi est un jour férié."),
    ("Nous partons en vacances.", "We are going on holiday.", "Nous partons en vacances."),
    ("Il a joué brillantment.", "He played brilliantly.", "Il a joué brillamment."),
])
def test_set_terms_are_written_as_french_says_them(french, source, mended):
    assert mend_terms(french, source) == mended


@pytest.mark.parametrize("typed, model_wrote, written", [
    ("Our goalkeeper is injured.", "Notre capitaine est blessé.", "Notre gardien de but est blessé."),
    ("A fire broke out in a warehouse near the port.", "Un incendie s'est déclaré dans un garage près du port.",
     "Un incendie s'est déclaré dans un entrepôt près du port."),
    ("He works in a warehouse.", "Il travaille dans un garage.", "Il travaille dans un entrepôt."),
])
def test_goalkeeper_and_warehouse_are_read_through_stand_ins(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


@pytest.mark.parametrize("french, source, mended", [
    ("…à nourrir les poulets et à choisir des pommes.", "…feeding the chickens and picking apples.",
     "…à nourrir les poulets et à cueillir des pommes."),
    ("J'ai passé la matinée à choisir des fleurs.", "I spent the morning picking flowers.",
     "J'ai passé la matinée à cueillir des fleurs."),
    ("Elle est allée choisir des champignons.", "She went picking mushrooms.",
     "Elle est allée cueillir des champignons."),
    ("Il choisit des pommes au marché.", "He chooses apples at the market.", "Il choisit des pommes au marché."),
    ("Il choisit une équipe.", "He is picking a team.", "Il choisit une équipe."),
])
def test_fruit_and_flowers_picked_are_gathered(french, source, mended):
    assert mend_terms(french, source) == mended


@pytest.mark.parametrize("french, source, mended", [
    ("Mon frère travaille comme infirmier dans un hôpital Marseille et doit souvent travailler la nuit.",
     "My brother works as a nurse in a hospital in Marseille and often has to work at night.",
     "Mon frère travaille comme infirmier dans un hôpital à Marseille et doit souvent travailler la nuit."),
    ("Elle travaille dans une banque Lyon.", "She works in a bank in Lyon.", "Elle travaille dans une banque à Lyon."),
    ("Il travaille à l'hôpital Necker.", "He works at the Necker hospital.", "Il travaille à l'hôpital Necker."),
    ("Nous avons dormi à l'hôtel Paris.", "We slept in Hotel Paris.", "Nous avons dormi à l'hôtel Paris."),
])
def test_a_place_in_a_city_keeps_its_a(french, source, mended):
    assert french_places(french, source) == mended


def test_one_kind_act_is_said_in_the_past_tense():
    """"Our neighbour kindly fed the cat." (read "had the kindness to feed") came out «…avait la gentillesse de…»."""
    assert mend_terms("Notre voisin avait la gentillesse de nourrir le chat.",
                      "Our neighbour had the kindness to feed the cat.") == \
        "Notre voisin a eu la gentillesse de nourrir le chat."
    assert mend_terms("Ils avaient la gentillesse de nous aider.", "They had the kindness to help us.") == \
        "Ils ont eu la gentillesse de nous aider."
    assert mend_terms("Il avait la gentillesse de tous.", "He had the kindness of a saint.") == \
        "Il avait la gentillesse de tous."


def test_a_mans_job_after_cette_is_elided_as_cet():
    # determiners40: the job's determiner comes from determiners.written, which elides «ce» before a vowel
    assert mend_jobs("C'est cette infirmière.", "He is a nurse.") == "C'est cet infirmier."
