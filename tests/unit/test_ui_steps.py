"""A help text's steps written as French help texts say them, the model reading only their purpose (ui_steps.py),
tags on a label or a step glued round its French words, lone button words written as French interfaces write them
(session 31). Pure strings: the model's part is a translation typed here."""
from __future__ import annotations

import pytest

from s2s_core import typography, ui_steps
from s2s_core.fold import fold, restore
from s2s_core.typography import LABELS


def _covers(c: str) -> bool:
    return ord(c) < 128 or c in "éèàùâêîôûçœ«»…’"


@pytest.mark.parametrize("typed, french, rest, end", [
    # the model had written "Click <b>Save</b> pour garder…", "L'énergie à continuer.", "Select File, puis monte Open."
    ("Click Save to keep your changes.", "Cliquez sur Save", "in order to keep your changes.", ""),
    ("Press Enter to continue.", "Appuyez sur Entrée", "in order to continue.", ""),
    ("Tap Settings to change the language.", "Appuyez sur Settings", "in order to change the language.", ""),
    ("Select File, then click Open.", "Sélectionnez File, puis cliquez sur Open", "", "."),
    ("Click OK.", "Cliquez sur OK", "", "."),
    ("Click on Delete to remove the file.", "Cliquez sur Delete", "in order to remove the file.", ""),
    ("Please click Next.", "Veuillez cliquer sur Next", "", "."),
    ("Hit Backspace", "Appuyez sur Retour arrière", "", ""),
    ("Click Delete and then click Close!", "Cliquez sur Delete, puis cliquez sur Close", "", "!"),
    # a language as French says it ("Choisissez French pour…"; the model alone: "Choisissez le français…")
    ("Choose French to learn a new language.", "Choisissez le français", "in order to learn a new language.", ""),
    ("Press F5 to refresh.", "Appuyez sur F5", "in order to refresh.", ""),
    # a step placed in a list: "Then press Enter to continue." had come out "Puis, exhorte l'énergie à continuer."
    ("Then press Enter to continue.", "Puis appuyez sur Entrée", "in order to continue.", ""),
    ("Next click OK.", "Ensuite, cliquez sur OK", "", "."),
    ("Finally, select File, then click Open.", "Enfin, sélectionnez File, puis cliquez sur Open", "", "."),
])
def test_a_step_that_opens_a_line_is_said_as_french_help_texts_say_it(typed, french, rest, end):
    steps = ui_steps.read(typed)
    assert (steps.french, steps.rest, steps.end) == (french, rest, end)
    assert len(steps.spans) == len(steps.typed.split())


@pytest.mark.parametrize("typed", [
    "Click here to continue.", "Select a file.", "I clicked Save but nothing happened.",
    "Press the green button to start.",
    "Click Save and wait.", "Choose Tom's car for the trip, it is bigger.", "Select Committee on Finance",
    "Click The link.", "Open the menu and choose Settings.", "Select All to copy everything.",
    "Press Secretary to the Prime Minister.", "Press Release.", "Click Next to the next page.",
])
def test_no_step_is_read_where_no_button_is_named_or_more_follows(typed):
    assert ui_steps.read(typed) is None


def test_a_step_is_written_round_the_translation_of_its_purpose_its_tags_on_the_name():
    f = fold("Click <b>Save</b> to keep your changes.", _covers, labels=LABELS)
    assert (f.mark, f.text) == ("Cliquez sur <b>Save</b> ", "in order to keep your changes.")
    assert not f.markup.tags
    assert restore("pour garder vos changements.", f) == "Cliquez sur <b>Save</b> pour garder vos changements."
    assert fold("Click Save to keep your changes.", _covers).text == "Click Save to keep your changes."  # no French
    f = fold("- Click <b>OK</b>.", _covers, labels=LABELS)
    assert f.written == "- Cliquez sur <b>OK</b>."


def test_a_tag_round_a_label_goes_round_its_french_words_not_onto_the_next_word():
    # "<b>Warning:</b> the line's engaged." had come out "Attention : <b>la</b> ligne est occupée."
    f = fold("<b>Warning:</b> the line's engaged.", _covers, labels=LABELS)
    assert f.mark == "<b>Attention :</b> " and not f.markup.tags
    assert restore("la ligne est occupée.", f) == "<b>Attention :</b> la ligne est occupée."
    f = fold("<i>Tip:</i> press Enter to search.", _covers, labels=LABELS)
    assert f.mark == "<i>Astuce :</i> appuyez sur Entrée "
    f = fold("Note: the <b>shop</b> is closed.", _covers, labels=LABELS)      # a tag after the label stays on its word
    assert f.mark == "Remarque : " and [t.words for t in f.markup.tags] == [(1,), (1,)]


def test_a_quoted_button_that_stands_in_as_a_name_is_written_back_in_the_step():
    f = fold('Click on "Sign up", then tap “Save”.', _covers, names=("Tom", "Mary"), labels=LABELS)
    assert f.written == 'Cliquez sur "Sign up", puis appuyez sur “Save”.'     # as typed: typography writes «»


@pytest.mark.parametrize("line, written", [
    ("Loading…", "Chargement…"), ("Loading...", "Chargement..."), ("Settings", "Paramètres"), ("Cancel", "Annuler"),
    ("Accept cookies", "Accepter les cookies"), ("Reject all", "Tout refuser"), ("Save", "Enregistrer"),
    ("next", ""), ("Settings…", ""), ("Help", ""), ("Save the date", ""),
])
def test_a_button_word_alone_is_written_as_french_interfaces_write_it(line, written):
    assert ui_steps.written_line(line) == written
    if written:
        assert fold(line, _covers, labels=LABELS).written == written


# session 32: a step on "the Save button", "the button", "the screen", "twice"; a "when/if/once" clause after a step
# (the model had written "Cliquez le Saveton…", "Appuyez le bouton à démarrer.", "Passe l'odeur deux fois à
# zoomène.", "Passe quand tu as fini.", "Click Save et Close.")
@pytest.mark.parametrize("typed, french, rest, end", [
    ("Click the Save button to keep your changes.", "Cliquez sur le bouton Save", "in order to keep your changes.", ""),
    ("Press the button to start.", "Appuyez sur le bouton", "in order to start.", ""),
    ("Tap the screen twice to zoom.", "Appuyez deux fois sur l'écran", "in order to zoom.", ""),
    ("Press the Enter key to confirm.", "Appuyez sur la touche Entrée", "in order to confirm.", ""),
    ("Click on the Next button.", "Cliquez sur le bouton Next", "", "."),
    ("Tap Done when you have finished.", "Appuyez sur Done", "when you have finished.", ""),
    ("Click Cancel, if you change your mind.", "Cliquez sur Cancel", "if you change your mind.", ""),
    ("Press Enter once everything is correct.", "Appuyez sur Entrée", "once everything is correct.", ""),
    ("Click Save and Close.", "Cliquez sur Save and Close", "", "."),
])
def test_a_step_on_a_named_thing_or_with_a_when_clause_is_said_as_french_help_texts_say_it(typed, french, rest, end):
    steps = ui_steps.read(typed)
    assert (steps.french, steps.rest, steps.end) == (french, rest, end)
    assert len(steps.spans) == len(steps.typed.split())
    assert all(0 <= a <= b < len(steps.french.split()) for a, b in steps.spans)


@pytest.mark.parametrize("typed", [
    "Click Save and Close the door.", "Press the Save key.", "Select the button twice.", "Click Save when ready.",
    "Press the screen door.", "Click Save and then wait.", "Tap Done when ready.",
])
def test_no_step_on_a_thing_is_read_where_no_button_is_named_or_more_follows(typed):
    assert ui_steps.read(typed) is None


def test_a_when_clause_after_a_step_is_read_by_the_model_as_typed():
    f = fold("Tap Done when you have finished.", _covers, labels=LABELS)
    assert (f.mark, f.text) == ("Appuyez sur Done ", "when you have finished.")
    assert restore("quand vous avez fini.", f) == "Appuyez sur Done quand vous avez fini."



@pytest.mark.parametrize("typed, french, rest", [   # "Cliquez l'icon pour réduire le fichier.", "Tiens le lien à…"
    ("Click the icon to download the file.", "Cliquez sur l'icône", "in order to download the file."),
    ("Tap the Settings icon to change the language.", "Appuyez sur l'icône Settings",
     "in order to change the language."),
    ("Tap the link to join the meeting.", "Appuyez sur le lien", "in order to join the meeting."),
])
def test_an_icon_or_a_link_is_said_as_french_help_texts_say_it(typed, french, rest):
    steps = ui_steps.read(typed)
    assert (steps.french, steps.rest) == (french, rest) and len(steps.spans) == len(steps.typed.split())


# session 32 (mends32): a lower-case "click on" opening a line is read "Click on" ("click on the blue button…" had come
# out «monte sur le bouton bleu…»); "click the", "press", "tap" and "click" inside a line are left as typed
@pytest.mark.parametrize("typed, read", [
    ("click on the blue button at the bottom of the page", "Click on the blue button at the bottom of the page"),
    ("click on the link in the email", "Click on the link in the email"),
    ("click on your name at the top of the page", "Click on your name at the top of the page"),
    ("click the button below to confirm", "click the button below to confirm"),
    ("press the red button to stop", "press the red button to stop"),
    ("clicking on the link", "clicking on the link"),
    ("then click on the link", "then click on the link"),
    ("click once", "click once"),
])
def test_a_lower_case_click_on_that_opens_a_line_is_read_with_its_capital(typed, read):
    assert ui_steps.read_click_on(typed) == read
    folded = fold(typed, _covers)
    assert folded.text == read and (ui_steps.CLICK_ON[0] in folded.reworded) == (typed != read)


# session 32 (mends32): "cliquer sur" in the French («Cliquez le lien dans le courriel» had come out for "Click on the
# link in the email", «Clique-toi sur la photo» for "click on the picture"); "clique" the noun is left
@pytest.mark.parametrize("written, mended", [
    ("Cliquez le lien dans le courriel", "Cliquez sur le lien dans le courriel"),
    ("Cliquez votre nom au sommet de la page", "Cliquez sur votre nom au sommet de la page"),
    ("Cliquez la photo que vous aimez", "Cliquez sur la photo que vous aimez"),
    ("Double-cliquez l'icône.", "Double-cliquez sur l'icône."),
    ("Clique-toi sur la photo pour le faire plus grand", "Clique sur la photo pour le faire plus grand"),
    ("Cliquez sur le bouton bleu", "Cliquez sur le bouton bleu"),
    ("Cliquez ici pour continuer", "Cliquez ici pour continuer"),
    ("La clique le soutient.", "La clique le soutient."),
])
def test_cliquer_is_followed_by_sur(written, mended):
    assert ui_steps.mend_click(written) == mended
    assert typography.french(written, "") == typography.french(mended, "")
