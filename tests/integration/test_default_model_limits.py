"""The shipped default model under hostile or odd input: bounded answers and honest warnings (issue 15)."""
import time
from pathlib import Path

import pytest

from s2s_core import Translator
from s2s_core.limits import RequestLimits
from s2s_core import trust
from s2s_core.trust import LOW_CONFIDENCE, UNREADABLE_SOURCE, UNSURE_WORD

DEFAULT = Path(__file__).resolve().parents[2] / "checkpoints" / "en-fr-transformer.pt"


@pytest.fixture(scope="module")
def tr() -> Translator:
    return Translator.from_checkpoint(DEFAULT)


@pytest.fixture(scope="module")
def translated(tr, request):
    """``translated(text)``: ``text``'s beam-5 translation, from one ``translate_batch`` call over the ``text`` of
    every selected test here that asks for it: the sentences one by one took 3.4x the CPU (17.4 s → 5.1 s for 153
    of them), each the same text, notes and warnings (``translate_batch`` and ``translate`` agree: checked below)."""
    wanted = [item.callspec.params for item in request.session.items if item.module is request.module
              and "translated" in item.fixturenames and hasattr(item, "callspec")]
    texts = list(dict.fromkeys(params["text"] for params in wanted if "text" in params))
    done = dict(zip(texts, tr.translate_batch(texts, beam_size=5)))     # a line it refuses: that test fails

    def get(text: str):
        if text not in done:
            done[text] = tr.translate_batch([text], beam_size=5)[0]
        return done[text]
    return get


@pytest.mark.parametrize("text", ["x" * 5000, "a\U0001F600" * 200], ids=["5000 x", "200 emoji"])
def test_huge_or_unreadable_input_is_answered_with_a_message_within_10_s(tr, text):
    """Time is the behaviour here (it took 139 s and up to 78 s before the caps)."""
    assert tr.limits == RequestLimits()          # the defaults (no S2S_MAX_INPUT_* set for the tests)
    start = time.perf_counter()
    with pytest.raises(ValueError, match="too long .* Please translate it in smaller parts"):
        tr.translate(text, beam_size=5)
    assert time.perf_counter() - start <= 10


def test_another_script_gets_the_unreadable_source_warning_and_emoji_alone_a_message(tr):
    assert tr.translate("Привет, как дела?").best.warnings[0] == UNREADABLE_SOURCE
    with pytest.raises(ValueError, match="Nothing to translate"):      # it had answered "À l'éventualité de l'ACDI…"
        tr.translate("\U0001F600\U0001F44D", beam_size=5)


def test_emoji_in_a_sentence_are_set_aside_and_come_back_with_the_translation(tr):
    t = tr.translate("The cat \U0001F408 sleeps on the sofa. Happy birthday! \U0001F389", beam_size=5)
    assert len(t.sentences) == 2 and "\U0001F408" not in "".join(t.source_tokens)        # the model reads words
    first, second = (s.best.text for s in t.sentences)
    assert first.startswith("Le chat \U0001F408 ") and second.endswith(" \U0001F389")    # each where it stood
    assert t.best.warnings == [] and "anniversaire" in second


def test_inline_tags_are_set_aside_and_wrap_the_translated_words(tr):
    """Read as text, "<b>" broke the sentence ("C'est l'établissement d'un programme d'établissement…")."""
    t = tr.translate("This is <b>very</b> important.", beam_size=5)
    assert "b>" not in "".join(t.source_tokens) and t.best.text == "C'est <b>très</b> important."
    assert t.best.warnings == []
    assert "<i>le Monde</i>" in tr.translate("I read <i>Le Monde</i> every morning.", beam_size=5).best.text


def test_addresses_and_handles_are_copied_not_translated(tr):
    """Read as text they broke the sentence ("…à l'anna. L'example renommée d'example.org avant vendredi.")."""
    t = tr.translate("Send an email to anna.smith@example.org before Friday.", beam_size=5)
    assert t.best.text == "Envoyez un courriel à anna.smith@example.org avant vendredi."
    assert t.notes and "anna.smith@example.org (the model read the name “Tom” in its place" in t.notes[0]
    assert "▁anna.smith@example.org" in t.source_tokens and "▁Tom" in t.read_tokens      # shown as typed
    from s2s_core import attribution
    maps = attribution.compare(tr, t, methods=("attention", "grad_x_input"))      # from the pieces read
    assert all(m.shape == (len(t.best.tokens), len(t.source_tokens)) for m in maps.values())
    best = tr.translate("Follow us @openai and use #travel.", beam_size=5).best.text
    assert "@openai" in best and "#travel" in best and best.index("@openai") < best.index("#travel")


def test_dates_and_phone_numbers_are_copied_as_typed(tr):
    """Read as digits they came out garbled: "le 12/02026", "à l'article 633 66 78", "0800 1236"."""
    t = tr.translate("The meeting is on 12/05/2026 at 10:30.", beam_size=5)
    assert t.best.text == "La réunion est le 12/05/2026 à 10 h 30."       # a weekday stood in: "le", not "sur"
    assert "12/05/2026 (the model read the weekday “Friday” in its place: it takes a date's article)" \
        in t.notes[0]
    assert "▁12/05/2026" in t.source_tokens and "▁Friday" in t.read_tokens
    assert "▁vendredi" in t.best.tokens and "▁12/05/2026" in t.best.shown_tokens       # the maps' target row too
    assert "jusqu'au 31/12/2026" in tr.translate("The offer is valid until 31/12/2026.", beam_size=5).best.text
    call = tr.translate("Call me at +33 6 12 34 56 78 tomorrow.", beam_size=5)
    assert "au +33 6 12 34 56 78 demain" in call.best.text
    t = tr.translate("Let's meet at 7:30 pm tomorrow.", beam_size=5)
    assert t.best.text == "Rencontrons-nous à 19 h 30 demain."
    assert "The model read: «Let's meet at 19:30 tomorrow.» (times on the 24-hour clock)" in t.notes[0]   # read so
    assert "sunshine2024" in tr.translate("The password is sunshine2024.", beam_size=5).best.text   # was "de20224"


def test_unit_symbols_and_negative_numbers_are_read_in_a_form_the_model_knows(tr):
    """Read as typed: "L'hôtel est à 14 genoux.", "Le paquet pèse 2 h5.", "…tombée dans des degrés Celsius…"."""
    assert tr.translate("The hotel is 2 km away.", beam_size=5).best.text == "L'hôtel est à 2 kilomètres."
    assert tr.translate("The package weighs 2.5 kg.", beam_size=5).best.text == "Le paquet pèse 2,5 kilogrammes."
    assert "-5 degrés Celsius" in tr.translate("The temperature dropped to -5°C last night.", beam_size=5).best.text
    t = tr.translate("Dr. Smith arrived at 10 a.m. yesterday.", beam_size=5)
    assert t.best.text == "Le docteur Smith est arrivé à 10 heures hier." and not t.best.warnings   # no "00" missing
    assert "(times on the 24-hour clock)" in t.notes[0]
    assert tr.translate("The town has 1,250 inhabitants.", beam_size=5).best.text == \
        "La ville compte 1 250 habitants."                                # was "1,250": 1.25 to a French reader
    assert tr.translate("I am not sure what to say...", beam_size=5).best.text.endswith("dire...")
    assert "dit « oui »" in tr.translate('She said "yes" immediately.', beam_size=5).best.text   # was « ys »
    assert tr.translate("Kids aged 6-12 are welcome.", beam_size=5).best.text == \
        "Les enfants âgés de 6 à 12 ans sont bienvenus."                  # was "de 12 ans" ("612", repaired)
    assert tr.translate("The total is 45,90 €.", beam_size=5).best.text == "Le total est de 45,90 euros."   # 4590
    assert tr.translate("We're closed on Dec. 25.", beam_size=5).best.text == "Nous sommes fermés le 25 décembre."
    assert tr.translate("The 2nd floor is closed.", beam_size=5).best.text == "Le deuxième étage est fermé."
    assert not tr.translate("I have 2 brothers.", beam_size=5).best.warnings        # "deux frères": not missing
    assert "; heureusement, un chauffeur" in tr.translate(   # a clause read in lower case: "malheureusement"
        "When I arrived at the airport, I realized that I had left my passport at the hotel; fortunately, a taxi "
        "driver helped me get it back in time.", beam_size=5).best.text
    assert tr.translate("The U.N. was founded in 1945.", beam_size=5).best.text == \
        "L'ONU a été fondée en 1945."                                    # was "Les États-Unis ont été trouvés"
    assert tr.translate("Ms. Lee will call you ASAP.", beam_size=5).best.text.startswith("Mme Lee")   # "Maîtrise"
    assert tr.translate("Step 2: Add the flour.", beam_size=5).best.text.startswith("Étape 2 : Ajoutez")   # Steille
    assert tr.translate("The store closes at 12am.", beam_size=5).best.text == "Le magasin se ferme à minuit."
    mail = tr.translate("Hi Tom,\n\nThe meeting is cancelled.\n\nBest regards,\nAnna", beam_size=5)
    assert mail.best.text.startswith("Bonjour Tom,\n\n") and "\n\nCordialement,\n" in mail.best.text   # "Salutez"
    assert not mail.best.warnings or "Cordialement" not in trust.named_words(mail.best)
    assert mail.best.text.endswith("Cordialement,\nAnna")                                 # not "D'unna"
    letter = tr.translate("Dear Mr. Smith,\n\nThank you for your letter. Can you send me the form?", beam_size=5)
    assert "votre lettre. Pouvez-vous" in letter.best.text                    # was "ta lettre. Pouvez-vous"
    assert all(w in letter.best.text for w in trust.named_words(letter.best))   # not the model's "Darme"
    assert [t.best.text for t in tr.translate_batch(["Anna"], beam_size=5, previous="Best regards,")] == ["Anna"]
    order = tr.translate("Thank you for your order! Your package will arrive on Tuesday.", beam_size=5, n_best=1)
    assert order.best.text == "Merci pour votre commande ! Votre paquet arrivera mardi."   # was "Ton paquet"
    streamed = list(tr.translate_iter(                                  # as the app's paragraphs: one form too
        "Dear Mr. Smith,\n\nThank you for your letter. Can you send me the form?", beam_size=5))
    assert streamed[1].best.text == "Merci pour votre lettre." and "«vous», as the rest of the text" in \
        " ".join(streamed[1].notes)                                         # was "Merci pour ta lettre."
    assert tr.translate("We are open Mon-Fri.", beam_size=5).best.text == \
        "Nous sommes ouverts du lundi au vendredi."                         # was "ouverts au Mon-Fri"


def test_what_a_demo_visitor_types_in_recipes_posts_cards_and_prices(tr):
    """Found by readers typing recipes, reviews, posts and cards (session 22); each was wrong as shown."""
    def fr(text):
        return tr.translate(text, beam_size=5).best.text
    assert fr("Hello Mr. and Mrs. Smith,\nThank you for the invitation.").startswith("Bonjour M. et Mme Smith,\n")
    assert fr("Happy Friday! 🎉 #weekend") == "Bon vendredi ! 🎉 #weekend"                # "Veuillez vendredi !"
    assert fr("It costs $9.99.").endswith("9,99 $.")                                     # was "99 $."
    assert fr("Ingredients:\n- 2 eggs").startswith("Ingrédients :\n")                 # "Les ingréients :"
    assert fr("Saturday night was fun.").startswith("Samedi")                           # "samedi soir"
    assert "Ajoutez les œufs. Mettez au four pendant 30 minutes." in \
        fr("Mix the flour and the butter. Add the eggs. Bake for 30 minutes.")      # "Prends 30 minutes.", "Prenez…"
    assert "Settings > Wi-Fi" in fr("Go to Settings > Wi-Fi.")                          # "Settings  .."
    assert "au moins 3 ans" in fr("Requirements: 3+ years of experience.")              # "3 500 années"
    assert fr("Hi Paul, I hope you are well.").startswith("Bonjour Paul, j'espère")      # "Hi Paul, J'espère"
    letter = fr("Dear Mr. Brown, thank you for your letter. Can you call me tomorrow?")
    assert letter.startswith("Bonjour M. Brown, merci pour votre lettre.") and "Pouvez-vous" in letter   # "ta"


def test_capitals_and_titles_are_read_in_the_case_the_model_knows(tr):
    """Read as typed: "L'ESE CLOSE DOR.", "Comment apprendre les foires en paris" (lower-cased wholesale)."""
    assert tr.translate("PLEASE CLOSE THE DOOR.", beam_size=5).best.text == \
        "FERMEZ LA PORTE, JE VOUS PRIE."                   # "please": "vous" (register.polite), was "FERME… TE PRIE."
    assert tr.tokenizer.usual_case("IS") == "is"          # one piece in lower case, "I|s" capitalised: was "Is"
    t = tr.translate("How To Learn French In Paris", beam_size=5)
    assert t.best.text == "Comment apprendre le français à Paris"
    assert t.source_tokens[:5] == ["▁How", "▁to", "▁learn", "▁French", "▁in"]      # names keep their capital
    assert tr.translate("The Weather Is Very Nice Today.", beam_size=5).best.text == \
        "Il fait très beau aujourd'hui."                                  # was "…le manteau est Very Nicee."
    assert tr.translate("tHE WEATHER IS VERY NICE TODAY.", beam_size=5).best.text == \
        "Il fait très beau aujourd'hui."                                  # caps lock on: was "Le TCERES ETERS…"


def test_a_repaired_number_is_said(tr):
    """The model writes "1 000" for "1,000,000"; the text says "1 000 000" and a note says why the tokens differ."""
    from s2s_core.translator import NUMBER_NOTE
    t = tr.translate("He won 1,000,000 euros.", beam_size=5)
    assert "1 000 000" in t.best.text and NUMBER_NOTE in t.notes
    assert NUMBER_NOTE not in tr.translate("He won 1,000 euros.", beam_size=5).notes
    t = tr.translate("The ticket costs $45.99 and the hotel is €120 per night.", beam_size=5)
    assert "45,99 $" in t.best.text and "45,999" in "".join(t.best.tokens).replace("▁", " ")
    assert "45,99" in trust.named_words(t.best)                        # named as the text has it, not "45,999"


@pytest.mark.parametrize("text, model, written", [
    ("The laptop costs $2,499.", "2 999", "2 499 $"),
    ("It costs £12,995.", "1295", "12 995 livres"),
    ("There were 17,452 runners in the marathon.", "1742", "17 452 coureurs"),
])
def test_a_garbled_big_number_is_written_as_the_source_has_it(translated, text, model, written):
    """The model garbles a long number's digits ("$2,499" → "2 999 $"); the one number it misses and the one it
    made up match one for one, so the text has the source's number, no missing-number warning, and a note."""
    t = translated(text)
    best = t.best
    assert written in best.text and trust.MISSING_NUMBER not in best.warnings
    assert any(n.startswith("The number was written as in the source") and model in n for n in t.notes)


def test_a_plain_sentence_gets_no_warning_and_a_doubtful_one_does(tr):
    assert tr.translate("I like cats.", beam_size=5).best.warnings == []
    assert LOW_CONFIDENCE in tr.translate("asdkjh qweoiu zxcmnb", beam_size=5).best.warnings


def test_a_guessed_word_is_flagged_and_named(tr):
    """"shrimp" is rare in the training data: the model guesses ("l'évidence") and says so ("shellfish", the
    example until session 34, is read through a stand-in now: «fruits de mer», glossary.py)."""
    best = tr.translate("I am allergic to shrimp.", beam_size=5).best
    unsure = trust.unsure_words(best.tokens, best.token_log_probs)
    assert UNSURE_WORD in best.warnings and len(unsure) == 1
    assert unsure[0] in best.text and not {"Je", "suis", "allergique"} & set(unsure)


def test_evaluate_lists_the_unsure_words(tmp_path, capsys):
    import json

    from s2s_core.cli import main
    test = tmp_path / "t.tsv"
    test.write_text("I like cats.\tJ'aime les chats.\nI am allergic to shrimp.\tJe suis allergique aux "
                    "crevettes.\n", encoding="utf-8")
    assert main(["evaluate", "--checkpoint", str(DEFAULT), "--test", str(test), "--beam", "5", "--json",
                 "--list-warnings", "unsure_word"]) == 0
    out = capsys.readouterr()
    listed = [json.loads(line) for line in out.err.splitlines() if line.startswith("{")]
    assert [r["line"] for r in listed] == [2] and json.loads(out.out)["warnings"]["unsure_word"] == 1
    assert listed[0]["unsure_words"] and all(w in listed[0]["translation"] for w in listed[0]["unsure_words"])


def test_the_n_best_list_holds_distinct_translations(tr):
    """"Où est la gare ?" came twice (its "?" spelled "▁?" once and "?" once), the copy flagged as unsure."""
    t = tr.translate("Where is the train station?", beam_size=5, n_best=5)
    texts = [h.text for h in t.hypotheses]
    assert len(set(texts)) == len(texts) == 4 and texts[0] == "Où est la gare ?"          # 5 searched
    assert [h.score for h in t.hypotheses] == sorted((h.score for h in t.hypotheses), reverse=True)


def test_a_message_to_a_friend_says_tu_throughout(tr):
    """Chat spelling marks a message to a friend: "did u get my msg? call me back pls" had come out "Avez-vous reçu
    mon message ? rappelez-moi, s'il vous plaît"; a list of errands mixed "achète" with "ramassez"."""
    assert tr.translate("did u get my msg? call me back pls", beam_size=5).best.text == \
        "As-tu reçu mon message ? Rappelle-moi, s'il te plaît"
    streamed = [s.best.text for s in tr.translate_iter("r u coming tonight? let me know", beam_size=5)]
    assert streamed[0].startswith("Viens-tu") and streamed[1].startswith("Fais-moi")       # was "faites-moi"
    assert tr.translate("buy milk\npick up the kids\ncall grandma", beam_size=5).best.text.startswith("Achetez")
    assert "Pouvez-vous" in tr.translate("Can you send me the invoice please?", beam_size=5).best.text   # no chat


def test_a_family_member_called_by_name_is_written_as_french_calls_them(tr):
    """Read as typed, "I love you, Mum." came out "Je t'aime, Mum.", "love u mum, see u tonight" "Je t'adore le
    musée, …", "thanks mum" "merci" and "Mum, can you pick me up at six?" "Pardon, pouvez-vous…"."""
    t = tr.translate("I love you, Mum.", beam_size=5)
    assert t.best.text == "Je t'aime, maman."
    assert t.notes[0] == ("Written as French calls the family: “Mum” written “maman” (the model read the name “Tom” "
                          "in its place).")
    assert "▁Tom" in t.read_tokens and "▁maman" in t.best.labels                  # the heatmap says it
    assert tr.translate("love u mum, see u tonight", beam_size=5).best.text.startswith("Je t'aime, maman, ")
    assert tr.translate("thanks mum", beam_size=5).best.text == "Merci, maman"       # its capital (lower35)
    assert tr.translate("Mum, can you pick me up at six?", beam_size=5).best.text.startswith("Maman, ")
    assert tr.translate("Mom and Dad are at work.", beam_size=5).notes == []       # not called: read as typed


def test_everyday_phrases_the_model_turned_around_are_read_as_a_paraphrase(tr):
    """"Sorry, the blue jacket is out of stock." had come out "…la veste bleue est en stock." (the very opposite), "We
    were charged twice for the hotel." "Nous avons été accusés deux fois…", "book a table" "livrer une table"."""
    t = tr.translate("Sorry, the blue jacket is out of stock.", beam_size=5)
    assert t.best.text == "Désolé, la veste bleue n'est pas disponible."
    assert "(a phrase in words the model knows)" in t.notes[0]                                 # the note says so
    assert tr.translate("We were charged twice for the hotel.", beam_size=5).best.text == \
        "Nous avons payé deux fois pour l'hôtel."
    assert "réserver une table" in tr.translate("Could you book a table for three?", beam_size=5).best.text


def test_health_phrases_the_model_misread_are_read_as_a_paraphrase(tr):
    """"I'm feeling a bit under the weather today." had come out "…un peu sous le temps…", "I've been put on hold for
    twenty minutes." "On m'a mis la garde…", "He was taken to hospital…" "Il a été pris à l'hôpital…" (health.py)."""
    def fr(text):
        return tr.translate(text, beam_size=5).best.text
    assert fr("I'm feeling a bit under the weather today.") == "Je me sens un peu malade aujourd'hui."
    assert fr("I've been put on hold for twenty minutes.") == \
        "J'attends depuis vingt minutes au téléphone."            # still on hold (was «J'ai attendu…», over)
    assert fr("He was taken to hospital last night.") == "Il a été transporté à l'hôpital la nuit dernière."
    assert fr("I need to get my eyes tested.") == "Je dois faire examiner mes yeux."
    assert fr("My heart was pounding.") == "Mon cœur battait très vite."


def test_feelings_the_model_misread_are_read_as_a_paraphrase(tr):
    """"You're a lifesaver." had come out "Tu es une vie.", "That's too bad." "C'est trop mauvais.", "I'm dreading the
    meeting." "Je prépare la réunion.", "You're pulling my leg." "Vous me tirez à la jambe." (feelings.py)."""
    def fr(text):
        return tr.translate(text, beam_size=5).best.text
    assert fr("You're a lifesaver.") == "Tu m'as sauvé la vie."
    assert fr("That's too bad.") == "C'est dommage."
    assert fr("I'm dreading the meeting.") == "J'ai peur de la réunion."
    assert fr("You're pulling my leg.") == "Tu te moques de moi."
    assert fr("I've had enough of this.") == "J'en ai assez."
    assert fr("Lucky you!") == "Vous avez de la chance !"


def test_the_capital_of_an_opening_common_noun_is_not_copied_into_the_translation(tr):
    """"Cigarettes are bad for you." had come out "Les Cigarettes sont…" (the English capital copied); a name
    keeps its capital."""
    assert tr.translate("Cigarettes are bad for you.", beam_size=5).best.text.startswith("Les cigarettes ")
    assert tr.translate("China is big.", beam_size=5).best.text == "La Chine est grande."
    assert tr.translate("Europeans like to drink wine.", beam_size=5).best.text.startswith("Les Européens ")


def test_one_form_of_address_inside_a_sentence_and_in_a_request_with_please(tr):
    """Both forms in one sentence, and "tu" for a polite request (register.unmix, register.polite)."""
    def fr(text):
        return tr.translate(text, beam_size=5).best.text
    assert fr("Wait here and don't move.") == "Attendez ici et ne bougez pas."              # "…ne bouge pas."
    assert fr("Put your bag here and wait for me.") == "Mets ton sac ici et attends-moi."    # "Mettez votre sac…"
    assert fr("Tell me what you saw and don't lie to me.").endswith("ne me mens pas.")   # "ne me mentez pas."
    assert fr("Please mute your microphone.") == "Éteignez votre microphone, s'il vous plaît."   # "Éteins ton…"
    assert fr("Please call me back, mate.") == "Rappelle-moi, s'il te plaît."              # a friend: left
    assert fr("pls call me back").startswith("Rappelle-moi")                              # chat: "tu"
    # no alternative in one form: the other form's words turned (register._by_words)
    assert fr("Write your name and sign at the bottom.") == "Écrivez votre nom et signez au fond."   # "signe"
    assert fr("Switch off the light and go to sleep.") == "Éteignez la lumière et allez dormir."     # "Éteins"
    assert fr("If you see Tom, please tell him to call me.").startswith("Si vous voyez Tom, ")      # "Si tu vois"
    # "your dad" is a mention, not someone called: "vous" for the request (had stayed "Dis à ton père…")
    assert fr("Please tell your dad I called.") == "Dites à votre père que j'ai appelé, s'il vous plaît."
    assert fr("Dad, please help me.").startswith("Papa, s'il te plaît")                 # called: "tu"


@pytest.mark.parametrize("n_best", [1, 3])
def test_translate_batch_keeps_the_form_of_address_as_translate_does(tr, n_best):
    """The French model's register choices (unmix, polite, one form through a line) alike in ``translate`` and
    ``translate_batch`` (tests/unit's batch test runs a tiny model whose target is not French: it never gets
    there); a chat paragraph after chat ones (``form``) stays "tu" with only the «tu» note."""
    lines = ["Wait here and don't move.", "Please mute your microphone.", "Put your bag here and wait for me.",
             "did u get my msg? call me back pls", "Thank you for your letter. Could you send me the invoice?"]
    for line, b in zip(lines, tr.translate_batch(lines, beam_size=5, n_best=n_best)):
        one = tr.translate(line, beam_size=5, n_best=n_best)
        assert [h.text for h in b.hypotheses] == [h.text for h in one.hypotheses] and b.notes == one.notes, line
    chat = tr.translate_batch(["Please mute your microphone."], beam_size=5, one_text=True, form="familiar")[0]
    assert chat.best.text.startswith("Éteins ton") and not any("«vous»" in n for n in chat.notes)


def test_british_spellings_the_model_misread_are_read_the_american_way(tr):
    """The model knows "recognize" and "apologize" (3,641 and 940 times in its corpus) but hardly their British forms:
    "…that I don't recognise." had come out "…que je ne recoge pas.", "I apologise for the delay." "Je veux
    apologiser…", "a grey suit" "un costume vert", "in gaol" "à la gaise" (spelling.py). A name stays ("Earl Grey")."""
    def fr(text):
        return tr.translate(text, beam_size=5).best.text
    t = tr.translate("I apologise for the delay.", beam_size=5)
    assert t.best.text == "Je m'excuse pour le délai."
    assert "(British spelling the American way)" in t.notes[0]                                 # the note says so
    assert fr("I recognised him at once.") == "Je l'ai immédiatement reconnu."
    assert fr("He wore a grey suit and a red tie.") == "Il portait un costume gris et une cravate rouge."
    assert fr("He spent ten years in gaol.") == "Il a passé dix ans en prison."
    assert "reconnais pas" in fr("There's a payment on my statement that I don't recognise.")
    assert fr("Would you like some Earl Grey tea?") == "Voudriez-vous du thé Earl Grey ?"


@pytest.mark.parametrize("text, expected", [
    ("Athens is a beautiful city.", "Athènes est une belle ville."),            # "Les thénènes est une belle ville."
    ("Sicily is an island.", "La Sicile est une île."),                            # "Socieusement est une île."
    ("Anna is my sister.", "Anna est ma sœur."),                                   # "Unna est ma sœur."
    ("Sarah called me yesterday.", "Sarah m'a appelé hier."),                      # "Dirah m'a appelé hier."
    ("Carlos and Maria live in Madrid.", "Carlos et Maria vivent à Madrid."),      # "Les carlos et Maria…"
])
def test_a_name_that_opens_the_sentence_is_copied_and_a_city_written_in_french(tr, translated, text, expected):
    """The model mangled a name it read first in the sentence; it copies the name that stands in for it."""
    t = tr.translate(text, beam_size=5)
    assert t.best.text == expected
    assert translated(text).best.text == expected


@pytest.mark.parametrize("text, expected", [
    ("Where is Thomas?", "Où est Thomas ?"),                                       # "Où est le Thomas ?"
    ("Where's Thomas?", "Où est Thomas ?"),                                        # "Où est le Thomas ?" too
    ("Tell Sophie I said hello.", "Dis à Sophie que j'ai dit bonjour."),            # "Téléphie, j'ai dit bonjour."
    ("My friend Ahmed is coming tomorrow.", "Mon ami Ahmed vient demain."),         # "Mon ami vient demain."
    ("Can Sophia come with us?", "Sophia peut-elle venir avec nous ?"),             # "Le Sophia peut-il venir…"
    ("She works in Kenya.", "Elle travaille au Kenya."),                            # "Elle travaille à Kenya."
    ("He grew up in Hungary.", "Il a grandi en Hongrie."),                          # "Il a grandi à Hungary."
    ("We visited Sicily and Sardinia.", "Nous avons visité la Sicile et la Sardaigne."),   # "…Sicily et Sardinia."
    ("We are travelling to Colombia in May.", "Nous voyageons en Colombie en mai."),       # "…à Colombie en mai."
    ("Grey clouds are gathering over the hills.", "Les nuages gris se rassemblent sur les collines."),  # "de grain"
    ("Grey is my favourite colour.", "Le gris est ma couleur préférée."),           # "Gray est ma couleur préférée."
    ("My colleague Thomas will present the results of the survey at the meeting tomorrow.",   # "Mon collègue, Thomas"
     "Mon collègue Thomas présentera les résultats de l'enquête à la réunion demain."),
    ("My colleague Thomas will present the results.", "Mon collègue Thomas présentera les résultats."),   # "de Thomas"
    ("My brother Thomas lives in Lyon.", "Mon frère Thomas vit à Lyon."),           # "Mon frère vit à Lyon."
    ("My colleague Sarah is on holiday this week.", "Ma collègue Sarah est en vacances cette semaine."),  # "de Sarah"
    ("I went to the cinema with my brother Thomas.", "Je suis allé au cinéma avec mon frère Thomas."),  # "mes frères"
    ("My wife Sophie works in a bank.", "Ma femme Sophie travaille dans une banque."),  # "Ma femme sophie"
    ("Hello, my name is Sarah.", "Bonjour, je m'appelle Sarah."),   # "Salut, mon nom est Sarah."; «Bonjour,»: s35
    ("WHERE IS THOMAS?", "OÙ EST THOMAS ?"),                                       # "OÙ EST LE THOMAS ?"
    ("MY FRIEND AHMED IS COMING TOMORROW.", "MON AMI AHMED VIENT DEMAIN."),        # "MON AMI VIENT DEMAIN."
    ("SHE WORKS IN KENYA.", "ELLE TRAVAILLE AU KENYA."),                            # "ELLE TRAVAILLE À KENYA."
])
def test_a_name_or_a_region_inside_the_sentence_and_grey_are_written_right(translated, text, expected):
    """The model mangled a first name or a region inside the sentence and read an opening "Grey" as a name; it
    copies the name or the country that stands in for it, and reads "Black" for the colour."""
    assert translated(text).best.text == expected


@pytest.mark.parametrize("text, expected", [
    ("Gray sent me a letter.", "Gray m'a envoyé une lettre."),                    # "Le gris m'a envoyé…"
    ("Gray knew the answer.", "Gray connaissait la réponse."),                    # "Le gris connaissait…"
    ("I met Brittany at the gym.", "J'ai rencontré Brittany à la gym."),          # "…rencontré la Bretagne…"
    ("We're going to Brittany in August.", "Nous allons en Bretagne en août."),
    ("Is this Emma's bag or Laura's?", "Est-ce le sac d'Emma ou de Laura ?"),    # "de Emma" (Laura read "Jane")
])
def test_a_name_that_is_also_a_colour_or_a_place_stays_a_name(translated, text, expected):
    """Read as the colour or the region, "Gray" before a verb and "Brittany" the woman had come out "Le gris…" and
    "la Bretagne"; a name with a vowel after "de" had lost its elision (verbatim.py)."""
    assert translated(text).best.text == expected


@pytest.mark.parametrize("text, expected", [
    ('She wrote "Happy Birthday Anna" on the card.', "Elle a écrit « Happy Birthday Anna » sur la carte."),
    ('Could you write "Happy Retirement Paul" on the cake?',
     "Pourriez-vous écrire « Happy Retirement Paul » sur le gâteau ?"),
    ('The card says "Thank You For Everything".', "La carte dit « Thank You For Everything »."),
])
def test_words_written_on_a_card_or_a_cake_are_copied(translated, text, expected):
    """Translated in the sentence, an inscription fell apart: «Elle a écrit « Happy Birthday pour » la carte.», «La
    carte dit « merci à merci ».» (s42; markup.INSCRIPTION, mends/objects.py)."""
    assert translated(text).best.text == expected


@pytest.mark.parametrize("text, expected", [
    ('He texted me "See you soon".', "Il m'a envoyé un message : « À bientôt »."),     # «un « message : bientôt »»
    ('The shirt says "I love Paris".', "La chemise dit : « J'adore Paris »."),         # «« que j'aime Paris »»
    ('She replied "Thank you very much".', "Elle répondit : « Merci beaucoup »."),     # «« beaucoup à » merci»
    ('My mother always says "Better late than never".',
     "Ma mère dit toujours : « Il vaut mieux tard que jamais »."),                     # «« Better plus tard… »»
    ('"I forgot," she said.', "Elle a dit : « J'ai oublié »."),                       # «« J'ai oublié, » elle a dit.»
    ('"I am tired," she said.', "Elle a dit : « Je suis fatiguée »."),               # «« Je suis fatiguée, » a dit.»
    ('"Thank you," she said with a smile.', "Elle a dit avec un sourire : « Merci »."),   # «« C'est avec un sourire. »»
    ('"Shut up," he whispered.', "Il chuchota : « Ferme-la »."),                       # «« Suite, » s'est chuchoté.»
    ('"Don\'t forget your umbrella," my grandmother reminded me.',                       # «« Don n'oublie pas… » ma
     "Ma grand-mère m'a rappelé : « N'oublie pas ton parapluie »."),                 # grand-mère m'a rappelé.»
    ('"If you want," said Tom, "I can drive you home."',                               # «« Si tu veux, » a dit à
     "Tom a dit : « Si tu veux, je peux te conduire à la maison. »"),                 # Tom, « Je peux… »»
    ('She said "I\'m late. Sorry!"', "Elle a dit : « Je suis en retard. Désolé ! »"),   # cut inside the quote
    ('The sign on the door said "We\'re closed. Come back tomorrow."',             # «Le signe…», «Reviens demain !
     "Le panneau sur la porte a dit : « Nous sommes fermés. Reviens demain ! »"),   # (no closing quote)
    ('I said "good night" to my parents and went to bed.',                           # «« une bonne nuit »»
     "J'ai dit « bonne nuit » à mes parents et suis allé au lit."),
    ("He said 'It's not my fault' and left.", "Il a dit « Ce n'est pas de ma faute » et partit."),   # single quotes:
    ("‘Can you help me?’ asked Tom.", "Tom a demandé : « Peux-tu m'aider ? »"),         # «Il a dit Ça n'est pas…»
    ("I can't remember how to say \"Thank you\" in German.",                          # a word asked about: as before
     "Je n'arrive pas à me rappeler comment dire « merci » en allemand."),
])
def test_a_sentence_in_quotes_is_translated_on_its_own(translated, text, expected):
    """Read in the sentence around it, a quoted sentence fell apart (speech.py, s43)."""
    t = translated(text)
    assert t.best.text == expected
    assert ("Translated on its own" in " ".join(t.notes)) == ("German" not in text)


def test_each_quote_of_a_line_gets_its_own_french(translated):
    """Each quoted sentence goes back as its own translation, a quote of two sentences as both."""
    french = translated('She said "I\'m late. Sorry!" and he texted "Ok. See you."').best.text
    assert "« Je suis en retard. Désolé ! »" in french and "À plus" in french, french


@pytest.mark.parametrize("text, wanted", [
    ("This morning I woke up late, missed the bus, and had to run all the way to the office because I had a meeting "
     "at nine.", ("j'ai raté le bus", "j'ai dû courir")),                    # "raté le bus et a dû courir"
    ("After the meeting, I answered my emails, called two clients, wrote a short report for my boss, and finally "
     "went home at seven.", ("j'ai appelé deux clients", "j'ai écrit un bref rapport")),   # "ont écrit"
    ("Last summer my sister and I took the train from Paris to Marseille, rented a small car, and drove along the "
     "coast for a whole week.", ("nous avons loué une petite voiture",)),    # "a loué une petite voiture"
    ("When I was in hospital, my friends visited me every day, brought me books and flowers, and made me laugh.",
     ("ils m'ont apporté des livres",)),                                     # "m'a amené des livres"
])
def test_a_list_of_verbs_on_one_subject_keeps_the_subjects_person(translated, text, wanted):
    """Read whole, each verb after the first had lost its subject and come out in another person (subjects.py)."""
    t = translated(text)
    assert all(w in t.best.text for w in wanted), t.best.text
    assert "(a list of verbs with its subject before each)" in t.notes[0]


@pytest.mark.parametrize("text", ["Take two tablets in the morning and four in the evening.",
                                  "Give the dog one cup in the morning and two in the afternoon."])
def test_a_number_of_things_in_the_evening_is_no_hour(translated, text):
    """A count after "and" was read as an hour (day_halves.py): "…le matin et 16 h.", "…le matin et 14 heures."."""
    best = translated(text).best.text
    assert not any(hour in best for hour in ("14 h", "16 h")), best


@pytest.mark.parametrize("text, wanted", [
    ("The guide showed us the old town, told us its history and took us to lunch.",
     ("il nous a raconté son histoire",)),                                   # "nous avons raconté son histoire"
    ("He writes books, gives talks and lives in Paris.", ("il vit à Paris",)),   # "et des vies à Paris"
    ("She loves music, sings in a choir and plays the piano.", ("elle chante dans une chorale",)),   # "chanter"
    ("Our guide met us at the hotel, drove us to the lake and told us stories about the region.",
     ("il nous a raconté des histoires",)),                                  # "nous avons parlé des histoires"
])
def test_a_present_list_or_a_singular_noun_keeps_its_person(translated, text, wanted):
    """A present list ("he writes…, gives…") and a past one on a singular noun ("the guide showed…, told…") had
    lost their subject after the first verb; read with "he"/"she" before each (subjects.py)."""
    t = translated(text)
    assert all(w in t.best.text for w in wanted), t.best.text


@pytest.mark.parametrize("text, wanted", [
    ("Please fill in the form, sign it and send it back to us.", "signez-le et renvoyez-la"),   # "et la renvoyer"
    ("Please take a seat, fill in this form and wait for your name to be called.", "et attendre que"),  # "attendez"
    ("Choose a colour, pick a size and add the shirt to your basket.", "et ajoutez la chemise"),   # "ajouter"
    ("Go to the station, buy a ticket and wait on platform two.", "Va à la gare, achète un"),      # "acheter"
])
def test_the_steps_of_a_list_of_instructions_keep_one_form(translated, text, wanted):
    """The steps after the first had come out in the infinitive or the other imperative (steps.py)."""
    t = translated(text)
    assert wanted in t.best.text, t.best.text
    assert any(n.startswith("Each step of the list in one form") for n in t.notes)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Has the puppy had all his shots?", "vaccins", "coups"),
    ("The goldfish died this morning.", "poisson rouge", "L'or"),
    ("I booked an appointment at the vet for Tuesday.", "clinique vétérinaire", "ancien combattant"),
    ("The dog is wearing a new collar.", "collier", "entraîneur"),
    ("Don't overwater the cactus.", "trop d'eau", "sur-le-champ"),
    ("The vet gave him some tablets.", "animaux", "ancien combattant"),
    ("Every evening, after dinner, we take the dog for a walk.", "Chaque soir", "Tout ce soir"),
])
def test_a_pets_or_a_gardens_phrase_keeps_its_meaning(translated, text, wanted, unwanted):
    """A puppy's shots had come out "coups" (blows), a goldfish "l'or" (gold), the vet "l'ancien combattant" (a
    veteran); read as a paraphrase the model knows (phrasing/animals.py)."""
    best = translated(text).best.text
    assert wanted in best and unwanted not in best, best


@pytest.mark.parametrize("text, wanted, lost", [   # readings that had made these worse in session 28 (worse29, s29)
    ("Algeria is a Third World country that is sinking deeper and deeper, and is on the brink of civil war.",
     "coule de plus en plus", "plus profond et plus profond"),                 # the verb lost through any subject
    ("He knocked, came in and sat down.", "entra", "il s'est assis et"),        # "he came in" lost when said again
    ("He tried his luck in the theatre in the early fifties, and later worked in a bank.",
     "il a travaillé", "il travaillait"),                                      # "and later he worked": a tense lost
    ("Wash up.", "Lave-toi", "vaisselle"), ("I want to wash up first.", "me laver", "vaisselle"),   # oneself
    ("You cook and I'll wash up.", "la vaisselle", "te laverai"),               # the dishes where a meal is said
    ("If you're wrong, admit it. If you're right, be quiet.", "Si vous avez tort, admettez-le.", "l'admets"),
    ("If you're wrong, admit it.", "admets-le", "l'admets"),                   # the pronoun after the imperative
])
def test_what_last_sessions_readings_had_made_worse_reads_right(translated, text, wanted, lost):
    t = translated(text)
    assert wanted in t.best.text and lost not in t.best.text, t.best.text


@pytest.mark.parametrize("text, wanted", [
    ("A thunderstorm is coming, we should go inside.", "Une tempête arrive"),      # "Une épongée arrive"
    ("What terrible weather!", "Quel temps affreux !"),                            # "Quel beau temps !"
    ("My back is sunburnt.", "Mon dos est brûlé par le soleil."),                  # "…est abasourdi."
    ("We're having a heatwave.", "Nous avons une vague de chaleur."),              # "…un chauffage."
    ("It's drizzling.", "Il pleut un peu."),                                       # "C'est en train de décrire."
    ("It's minus five outside.", "Il fait -5 degrés dehors."),                     # "Il est minuscule cinq…"
])
def test_weather_phrases_the_model_misread_are_read_as_a_paraphrase(translated, text, wanted):
    """Weather, beach and mountain phrases the model had read as another meaning (weather.py; "minus five":
    quantities.py)."""
    assert wanted in translated(text).best.text


@pytest.mark.parametrize("text, wanted", [
    ("The drummer was amazing last night.", "Le percussionniste était incroyable"),   # "Le drumeau"
    ("My son takes violin lessons every Tuesday.", "des cours de violon"),            # "des leçons de viol"
    ("The rehearsal went really well.", "La répétition s'est vraiment bien passée."),  # "La remède"
    ("Two tickets for the eight o'clock showing, please.", "la séance de huit heures"),  # "l'exercice huit heures"
    ("I didn't get the ending.", "Je n'ai pas compris la fin."),                       # "Je n'ai pas eu la fin."
    ("I have two left feet.", "Je danse très mal."),                                   # "J'ai deux pieds de reste."
])
def test_arts_and_hobbies_the_model_misread_are_read_as_a_paraphrase(translated, text, wanted):
    """Music, films, theatre and hobbies the model had read as another meaning (phrasing/arts.py)."""
    t = translated(text)
    assert wanted in t.best.text, t.best.text


@pytest.mark.parametrize("text, wanted", [
    ("My boss Thomas is on holiday.", "Mon patron Thomas est en vacances."),            # "…en vacances à Thomas."
    ("My boss Thomas is very strict.", "Mon patron Thomas est très strict."),           # "Mon Thomas patron…"
    ("My boss Sophie is very kind.", "Ma patronne Sophie est très gentille."),          # "…très gentil à Sophie."
    ("My neighbour Sophie has two cats.", "Ma voisine Sophie a deux chats."),           # "Mon voisin a deux chats."
    ("My neighbour Claire is nice.", "Ma voisine Claire est sympa."),                   # "Mon voisin Claire"
    ("My best friend Julia is getting married.", "Ma meilleure amie Julia se marie."),  # "Mon meilleur ami Julia"
    ("My cousin Sarah is tall.", "Ma cousine Sarah est grande."),                       # "Mon cousin Sarah est grand."
    ("Sarah and Claire are my best friends.", "Sarah et Claire sont mes meilleures amies."),   # "meilleurs amis"
    ("HAPPY BIRTHDAY, EMMA!", "JOYEUX ANNIVERSAIRE, EMMA !"),                           # "Joyeux anniversaire, EMMA"
    ("Mary is waiting for Sophie.", "Mary attend Sophie."),                              # "Mary attend sophie Sophie."
])
def test_names_after_my_boss_women_named_and_a_second_woman(translated, text, wanted):
    """A name after "my boss"/"my neighbour" read between commas, a woman named in the feminine, a shouted wish in
    capitals, a second woman's name read as "Jane" (opening_names.py, verbatim.py, name_forms.py, fold.py)."""
    assert translated(text).best.text == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Put the plates back in the cupboard.", "dans le placard"),          # "dans le jardin"
    ("What's the score?", "Quel est le résultat"),                        # "Quelle est la crème ?"
    ("We're going to London by coach.", "en bus"),                        # "par entraîneur"
    ("He left in a huff.", "de mauvaise humeur"),                         # "dans un coutum"
    ("Check-out is at 11.", "Le départ est à 11"),       # "Leheck-out est à 11 heures." (fix55: was "quitter notre
                                                           # chambre", a receptionist's "we")
    ("My brother is such a pain.", "irritant"),                           # "une telle douleur"
    ("I need to book a haircut.", "rendez-vous au coiffeur"),             # "livrer un coup de cheveux"
])
def test_words_left_by_the_s28_phrase_tables_are_read_as_a_paraphrase(translated, text, wanted):
    """Everyday words session 28's tables had left wrong, read in words the model knows (phrasing/*.py)."""
    assert wanted in translated(text).best.text


@pytest.mark.parametrize("text, wanted, lost", [
    ("The movie is about to start, so please turn off your phone and sit down.", "sur le point de", "parle de"),
    ("The film is about ninety minutes long, so we'll be home by ten.", "environ", "parle de"),
    ("He was late showing up for work again this morning.", "en retard pour le travail", "session"),
    ("The finale of the fireworks was the best part of the evening.", "dernière partie", "épisode"),
    ("I didn't get the movie tickets because they were already sold out.", "obtenu", "compris"),
    ("She's a new single mum and she listens to the radio all day.", "mère célibataire", "chanson"),
    ("We've got into Beijing at last after a very long flight.", "Nous sommes à Pékin", "commencé"),
])
def test_arts_phrases_that_mean_something_else_are_left_as_typed(translated, text, wanted, lost):
    """An arts reading (phrasing/arts.py) fired where its phrase means something else and made a right sentence
    wrong: "The movie is about to start" had come out "Le film parle de démarrer"."""
    t = translated(text)
    assert wanted in t.best.text and lost not in t.best.text, t.best.text


@pytest.mark.parametrize("text, wanted", [
    ("I have a stiff neck.", "J'ai une douleur dans le cou."),                     # "J'ai un colou."
    ("I've got a bruise on my leg.", "J'ai une marque bleue sur la jambe."),       # "J'ai un bruit à la jambe."
    ("He broke his arm skiing.", "Il s'est cassé le bras en skiant."),             # "…le ski du bras."
    ("My dad is very easy-going.", "Mon père est très détendu."),                  # "…très facile."
    ("He has a short temper.", "Il se met facilement en colère."),                 # "Il a un petit températ."
    ("She's very down-to-earth.", "Elle a les deux pieds sur terre."),             # "Elle est très au-dessous."
    ("Why are you so moody today?", "de si mauvaise humeur"),                      # "…si d'humeur…"
    ("My sister is so bossy.", "Ma sœur aime vraiment donner des ordres."),        # "Ma sœur est si patronne."
])
def test_body_phrases_the_model_misread_are_read_as_a_paraphrase(translated, text, wanted):
    """Looks, aches and character phrases the model had read as another meaning (body.py)."""
    assert wanted in translated(text).best.text


@pytest.mark.parametrize("text, wanted", [
    ("I'm a size 38.", "Je fais du 38."),                                        # "J'ai 38 ans."
    ("I wear a size 38.", "Je porte du 38."),                                    # "Je porte 38 ans."
    ("My son is in fourth grade.", "quatrième année"),                           # "au quatrième rang"
    ("It was minus twenty-five last night.", "-25 degrés"),                      # "minuscule 25 ans"
    ("My flat is on the tenth floor.", "au dixième étage"),                      # "au dix étage"
    ("It costs 5 quid.", "5 livres"),                                            # "5 heures"
    ("We stayed for a fortnight.", "deux semaines"),                             # "pour une fortune"
    ("My son is six.", "Mon fils a six ans."),                                   # "Mon fils est six heures."
    ("The final score was two nil.", "2-0"),                                     # "L'écore finale était deux nids."
    ("The party is on Saturday the 12th.", "samedi 12"),                         # "La fête est le douzième."
    ("It costs a tenner.", "dix livres"),                                        # "un locateur"
])
def test_everyday_numbers_s29_come_out_as_said(translated, text, wanted):
    """Sizes, grades, minus in words, floors, quid, a fortnight, a bare age (figures.py,
    negatives.py, typography.py, ordinals.py)."""
    assert wanted in translated(text).best.text


def test_an_ordinal_floor_in_french_words_raises_no_missing_number(tr):
    """"We live on the 12th floor." → "Nous vivons au douzième étage." had been flagged "a number missing"."""
    assert trust.MISSING_NUMBER not in tr.translate("We live on the 12th floor.", beam_size=5).best.warnings


@pytest.mark.parametrize("text,rare", [
    ("I got seasick on the ferry to the island.", "seasick"),     # «Je me suis mis à bord du traversier…»
    ("He sells wicker baskets at the market.", "wicker"),         # «…des paniers de poulet…»
    ("She left her yoga mat in the car.", "mat"),                 # «Elle a laissé son yoga…»
])
def test_a_word_the_model_barely_saw_is_named_rare(translated, text, rare):
    """rare55, s41: the model writes another word for it, fluently; the rare-word warning names it (rare_words.py)."""
    best = translated(text).best
    assert trust.RARE_WORD in best.warnings and trust.named_rare_words(best) == [rare]


def test_a_glossary_stand_in_is_not_a_rare_word(translated):
    """"pushchair" is read as "suitcase" and written back «poussette»: the model never read the rare word."""
    assert trust.RARE_WORD not in translated("The baby fell asleep in his pushchair.").best.warnings


@pytest.mark.parametrize("text,wanted,lost", [
    ("I would like to book a table for tonigth.", "ce soir", "tonige"),
    ("Thank you for your hepl.", "aide", "casque"),
    ("Hello, how are you today?", "comment ça va", "êtes-vous"),
    ("That costs an arm and a leg.", "fortune", "jambe"),
    ("What do you do for a living?", "profession", "vie"),
    ("The project is on track and within budget.", "comme prévu", "voie"),
    ("Can you tell me were the toilets are?", "où", "que les toilettes"),
])
def test_what_a_first_demo_visitor_types_comes_out_right(translated, text, wanted, lost):
    """Demo probe s29 (150 sentences a first visitor types): a typo ("tonigth" → "le tonige"), "how are you" after
    a greeting ("comment êtes-vous"), sayings read word for word ("un bras et une jambe", "pour votre vie")."""
    t = translated(text)
    assert wanted in t.best.text and lost not in t.best.text, t.best.text


@pytest.mark.parametrize("text, wanted", [
    ("Is my neighbour Sophie coming?", "Ma voisine Sophie vient-elle ?"),          # "Mon voisin est-il, Sophie venez ?"
    ("Did my boss Thomas call?", "Mon patron Thomas a-t-il appelé ?"),             # "…a-t-il appelé, Thomas ?"
    ("Has my boss Michael left?", "Mon patron Michael est-il parti ?"),            # "…est, Michael partit ?"
    ("Is my neighbour Hassan still sick?", "Mon voisin Hassan est-il encore malade ?"),   # "…est-il Hassan encore…"
    ("Is my partner Julia coming to the party?", "ma partenaire Julia vient à la fête"),  # "…à Julia la fête"
    ("MY BOSS THOMAS IS ON HOLIDAY.", "MON PATRON THOMAS EST EN VACANCES."),      # "MES BOS, THOMAS SONT…"
    ("I LOST MY BAG.", "MON SAC"),                                                 # "J'AI PERDU MON BAG."
    ("OH MY GOD!", "DIEU"),                                                        # not "OU MA CHEMISE !"
])
def test_my_boss_and_a_name_in_a_question_or_shouted(translated, text, wanted):
    """In a question "my boss NAME" stands in as one name, back as French says it (opening_names.asked_kin); a shouted
    word after "my" is read in lower case (casing.py)."""
    assert wanted in translated(text).best.text


@pytest.mark.parametrize("text, wanted, lost", [
    ("Do you have a table for four tonight?", "quatre personnes", "heures"),
    ("It's my round.", "mon tour", "ronde"),
    ("The meat is undercooked.", "pas assez", "La viande est cuisinée."),
    ("Can I have a doggy bag?", "boîte", "chien"),
    ("Is this gluten-free?", "sans gluten", "doux"),
    ("Can I have the sauce on the side?", "séparément", "côté"),
    ("Compliments to the chef.", "compliments", "rendez-vous"),
])
def test_eating_out_phrases_the_model_misread_are_read_as_a_paraphrase(translated, text, wanted, lost):
    """Restaurant probe s29 (204 sentences of eating out): "a table for four" had come out "…pour quatre heures",
    "It's my round." "C'est ma ronde.", "undercooked" "cuisinée" (restaurant.py reads each as a paraphrase)."""
    t = translated(text)
    assert wanted in t.best.text and lost not in t.best.text, t.best.text


@pytest.mark.parametrize("text,wanted,lost", [
    ("If the client does not approve the budget by the end of the month, we will postpone the project.",
     "avant la fin du mois", "de la fin"),
    ("The rent went up by ten percent.", "augmenté de dix", "monta"),
    ("If you need help, just ask.", "demandez-moi", "demandez-vous"),
    ("Can you recomend a good restaurant?", "recommander", "rejoindre"),
    ("We are flying to Rome next week.", "en avion", "volons"),
    ("He flew to Paris.", "en avion", "endormi"),
    ("Can you help me with my luggage?", "porter mes bagages", "faire mes bagages"),
    ("what time does the museum open", "ouvre-t-il", "ouvre-t-il le musée"),
])
def test_a_second_demo_visitor_deadline_rise_offer_and_typo(translated, text, wanted, lost):
    """Demo probe demo29b (s29): "by the end of the month" after approve ("de la fin du mois"), "went up by ten
    percent" ("monta à"), "just ask" ("demandez-vous", ask yourself), "recomend" ("rejoindre"), "flying to"
    ("volons"), help with luggage ("faire mes bagages", to pack)."""
    t = translated(text).best.text
    assert wanted in t and lost not in t, t


@pytest.mark.parametrize("text, wanted", [
    ("<script>alert(1)</script> <b>bold</b> & done", "<script>alert(1)</script> <b>"),   # "<script><b>l'alliance…"
    ("Run <script>alert(1)</script> now.", "<script>alert(1)</script> maintenant"),  # "L'aclerte <script>Runt(1)…"
    ('Please read <a href="https://x.com">this page</a> today.', '<a href="https://x.com">cette page</a>'),  # href=« »
    ("<p>Hello, how are you?</p>", "<p>S"),                                          # "<P>Salut"
    ("I like <b>cats</b>!", "<b>chats</b> !"),                                        # "chats <b></b>!"
])
def test_markup_pasted_from_a_page_keeps_its_tags_as_typed(translated, text, wanted):
    """Tags go back as typed around the words they wrapped; a script's text is copied, not translated (markup.py)."""
    out = translated(text).best.text
    assert wanted in out and out.count("<") == text.count("<"), out


@pytest.mark.parametrize("text, wanted", [
    ("Click <b>Save</b> to keep your changes.", "Cliquez sur <b>Save</b> pour garder vos changements."),   # "Click…"
    ("Press Enter to continue.", "Appuyez sur Entrée pour continuer."),                  # "L'énergie à continuer."
    ("Tap Settings to change the language.", "Appuyez sur Settings pour changer la langue."),   # "Voyager de…"
    ("Select File, then click Open.", "Sélectionnez File, puis cliquez sur Open."),      # "Select File, puis monte…"
    ("Click OK.", "Cliquez sur OK."),                                                    # "Click OK."
    ("<b>Warning:</b> the line's engaged.", "<b>Attention :</b> la ligne est occupée."),  # "Attention : <b>la</b>…"
    ("Loading…", "Chargement…"),                                                         # "Arrête…"
])
def test_a_help_texts_steps_are_said_as_french_help_texts_say_them(translated, text, wanted):
    """UI probe ui31 (s31): the step written without the model, the button kept as typed, the model reading what it
    is for (ui_steps.py); a tag round a label goes round its French words."""
    assert translated(text).best.text == wanted


@pytest.mark.parametrize("text, wanted", [
    ("There is a wasp in the kitchen.", "Il y a une guêpe dans la cuisine."),          # "…un tapis…"
    ("The wasps are everywhere this summer.", "Les guêpes sont partout"),              # "Les fumeurs…"
    ("We saw a rainbow after the rain.", "un arc-en-ciel après la pluie"),             # "un sous-fond…"
    ("The screen is broken.", "L'écran est cassé."),                                   # "La crème est cassée."
    ("We called a locksmith.", "Nous avons appelé un serrurier."),                    # "…une serrure."
    ("She has freckles.", "Elle a des taches de rousseur."),                          # "Elle a des valises."
    ("I heard an owl last night.", "J'ai entendu un hibou"),                          # "…un owl…"
    ("The christening is on Sunday.", "Le baptême est dimanche."),                    # "La chimie est dimanche."
    ("Snails are slow.", "Les escargots sont lents."),                                # "Les ongles sont lentes."
])
def test_an_everyday_noun_the_model_lacks_is_written_in_french_through_its_stand_in(translated, text, wanted):
    """Glossary s32 (glossary.py): the noun read as a stand-in of the same gender, number and elision, the stand-in's
    French written back; the heatmap's source shows the noun typed, not the stand-in."""
    t = translated(text)
    assert wanted in t.best.text, t.best.text
    typed = {w.lstrip("▁").lower() for w in t.source_tokens}
    assert typed & {"wasp", "wasps", "rainbow", "screen", "locksmith", "freckles", "owl", "christening", "snails"}


@pytest.mark.parametrize("text, wanted", [
    ("HELLO, MY NAME IS SARAH.", "SALUT, JE M'APPELLE SARAH."),                  # "SALUT, MON NOM EST SARAH."
    ("HAVE YOU MET DR. MARTIN?", "AS-TU RENCONTRÉ LE DR MARTIN ?"),             # "…RENCONTRÉ M. MARTIN ?"
    ("MY FRIEND SOPHIE IS A DOCTOR.", "MON AMIE SOPHIE EST MÉDECIN."),
    ("GOOD MORNING, HOW ARE YOU TODAY?", "BONJOUR, COMMENT ALLEZ-VOUS AUJOURD'HUI ?"),   # "COMMENT ÊTES-VOUS"
    ("Hello, my name is Peter and I am a teacher.", "Bonjour, je m'appelle Peter. Je suis enseignant."),  # no hello
    ("Hello, my name is John Smith and I am the new manager.", "Bonjour, je m'appelle John Smith."),
])
def test_a_shouted_line_is_mended_as_its_twin_and_a_greeting_before_my_name_is_kept(translated, text, wanted):
    """Shout33 s33: the French of a shouted line mended in sentence case, then shouted (fold.shout_back); "Hello,"
    before "my name is Peter and I…" (read as two sentences) translated on its own (clauses.introduced)."""
    assert wanted in translated(text).best.text, translated(text).best.text


@pytest.mark.parametrize("text, wanted, lost", [
    ("The TV won't turn on.", "ne s'allume pas", "allumera"),                              # «La télé ne allumera pas.»
    ("My phone won't charge.", "ne se recharge pas", "commandera"),
    ("The app won't open.", "ne s'ouvre pas", "ouvrira"),
    ("He won't start until Monday.", "ne commencera pas", "démarre"),                      # a person: a future
    ("I'll have the steak and my wife will have the fish.", "ma femme prendra le poisson", "aura"),
    ("We will visit the museum.", "visiter le musée", "rendrons visite"),
    ("The museum is closed today, so we will visit it on Tuesday.", "le voir", "le rendrons"),
    ("I can't come to work today because my stomach has hurt since last night.",
     "j'ai mal à l'estomac depuis hier soir", "s'est fait mal"),
    ("My children are playing in the garden while I read a book.", "pendant que je lis", "j'ai lu"),
    ("We were stuck for two hours in the middle of nowhere because our car broke down in the mountains.",
     "tombée en panne", "tombée dans"),
])
def test_verbs_a_visitor_types_are_read_in_their_sense(translated, text, wanted, lost):
    """Verbs probe verbs33 (s33): a machine that "won't" refuses now (mends/verbs.py), "will have" a dish is an
    order, a place is visited, a stomach aches since a time (phrasing/verbs.py), "while I read" in the present and a
    car that broke down keeps "en panne" (mends/verbs.py)."""
    t = translated(text).best.text
    assert wanted in t and lost not in t, t


@pytest.mark.parametrize("text, wanted", [
    ("The heating in our flat has not worked since Monday, so we have been sleeping with three blankets every "
     "night.", ", donc nous dormons"),                                           # "…depuis lundi, nous dormons…"
    ("We walked along the beach at sunset, and then we sat on the sand and watched the boats come back.",
     ", puis nous nous sommes assis"),                                           # "…soleil et nous nous sommes…"
    ("We arrived at the campsite late in the evening, and then we had to put up the tent in the dark.",
     ", puis "),                                                                 # "…le soir et nous avons dû…"
])
def test_a_long_sentence_that_lost_its_link_is_read_again_clause_by_clause(translated, text, wanted):
    """seams.py: read whole, the link was lost («donc», «puis»); read again cut at it, each clause a sentence of
    its own, joined with the French link, with a note that says so."""
    t = translated(text)
    assert wanted in t.best.text and any("lost a link word" in n for n in t.notes), (t.best.text, t.notes)


@pytest.mark.parametrize("text, wanted", [
    ("DEAR MRS. BROWN, THANK YOU FOR YOUR LETTER.", "MERCI POUR VOTRE LETTRE."),              # was «TA LETTRE»
    ("I AM HUNGRY.", "J'AI FAIM."),                                                        # "JE SUIS HUNGRY."
    ("HE IS TALL.", "IL EST GRAND."),                                                      # "IL EST TALL."
    ("I HATE MONDAYS.", "JE DÉTESTE LES LUNDIS."),                                         # "J'AI LE LUNDI."
    ("PLEASE KNOCK.", "FRAPPER"),                                                          # "VEUILLEZ KNOCK."
    ("GOOD NIGHT, SLEEP WELL.", "BONNE NUIT, DORMIR BIEN."),                               # "…, SLEEP WELL."
    ("VISIT WWW.EXAMPLE.COM FOR MORE INFORMATION.", "WWW.EXAMPLE.COM POUR PLUS D'INFORMATIONS."),
    ("FOLLOW US ON WWW.FACEBOOK.COM/OURSHOP!", "SUIVEZ-NOUS SUR WWW.FACEBOOK.COM/OURSHOP !"),   # "WWW.BOOK.COM/…"
    ("SORRY! I DIDN'T SEE YOU.", "DÉSOLÉ !"),                                               # "SORV !"
])
def test_a_shouted_line_reads_as_its_twin_letters_everyday_words_greetings_addresses(translated, text, wanted):
    """Shout34 s33: a shouted formal greeting says «vous» (address_forms), everyday words the vocabulary cuts alike
    read in lower case (casing.SHOUTED_WORDS), a shouted greeting's message no name (letters), a web address in
    capitals copied (verbatim), a listed word shouted alone read as its twin (casing._SAID_ALONE)."""
    assert wanted in translated(text).best.text, translated(text).best.text


# ---- kept35 (s34): a word the best French of a long sentence dropped, kept by the beam's next best (no new search)
@pytest.mark.parametrize("text, wanted", [
    ("The cat has been sick again since Sunday, and it does not want to eat or drink anything at all.",
     "Le chat est encore malade depuis dimanche"),                            # «Le chat est malade depuis…»
    ("The children were playing in the garden again all afternoon and now their clothes are very dirty.",
     "Les enfants jouaient à nouveau dans le jardin"),                        # «Les enfants jouaient dans…»
    ("Our teacher was ill on Monday, so the students watched a long film about the history of France in the "
     "classroom instead.", "dans la salle de classe plutôt."),               # «…dans la salle de classe.»
    ("The committee will meet again next week to discuss the new budget proposal for the schools of our small "
     "city.", None),                                       # benchmarks/latency.py: no hypothesis keeps it, left
])
def test_a_word_dropped_in_a_long_sentence_is_kept_by_the_next_best_hypothesis(translated, text, wanted):
    """kept_words.py: the best French lost "again"/"instead"; the beam's next best, within a small score margin and
    otherwise the same sentence, keeps it and is shown first with a note; where none does, nothing changes."""
    t = translated(text)
    noted = any("lost the word" in n for n in t.notes)
    assert (wanted in t.best.text and noted) if wanted else not noted, (t.best.text, t.notes)


@pytest.mark.parametrize("text, wanted", [
    ("Hello, can you help me?", "Bonjour, peux-tu m'aider ?"),                 # «Eh bien, pouvez-vous m'aider ?»
    ("Hello, I'm looking for a present for my mother, something not too expensive.",
     "Bonjour, je cherche un cadeau pour ma mère"),                           # «Je cherche un cadeau…»: no hello
])
def test_hello_before_a_message_is_kept(translated, text, wanted):
    """Session 35: "Hello," before a message of four words or more is a clause of its own (clauses.hello_before),
    written «Bonjour,» (letters.py) with no doubt flagged; read whole, the model lost it or said «Salut»."""
    t = translated(text)
    assert t.best.text.startswith(wanted) and UNSURE_WORD not in t.best.warnings, (t.best.text, t.best.warnings)


# ---- long36 (s35): long sentences: a closing time read in front (fronting.py), a list after "On Saturday we…"
# (subjects.py), a run of orders that lost a verb read one order at a time (orders.py)
@pytest.mark.parametrize("text, wanted, lost", [
    ("We bought a second-hand table for the kitchen at the market on Sunday, and my brother helped us carry it "
     "home.", "au marché", "cuisine dimanche"),                               # "at the market" had been lost
    ("Our team has finished the first part of the project, and we hope to present the results to the director in "
     "early June.", "au début de juin", "directeur du début"),                # «…au directeur du début de juin»
    ("Storms are expected in the north in the evening, and the temperatures will fall below zero during the night.",
     "pendant la soirée", "nord du soir"),
    ("On Saturday we took the train to the coast, walked along the beach for two hours and had lunch in a small "
     "fish restaurant.", "nous avons marché", "côte, le long"),               # "walked" had been lost
    ("When you leave the station, turn left, walk past the church and take the second street on the right after "
     "the bakery.", "passez l'église", "gauche, l'église"),                   # "walk past" had been lost
    ("Press the green button, wait until the light turns blue and then choose the programme you want.",
     "Appuyez", "Au bouton"),                                                  # "press" had been lost
])
def test_a_long_sentence_keeps_its_phrases_and_verbs(translated, text, wanted, lost):
    """A phrase or a verb a long sentence read whole had lost or bound to the wrong word."""
    t = translated(text).best.text
    assert wanted in t and lost not in t, t


# ---- long39 (s36): a long sentence that lost a word of lost_words.py read again clause by clause (seams.py), and
# hundreds of millions in digits (quantities.py)
@pytest.mark.parametrize("text, wanted, lost", [
    ("I wanted to let you know that the train was cancelled this morning, so I will be about an hour late for our "
     "meeting.", "une heure de retard", "je serai donc en retard"),             # "about an hour" had been lost
    ("The plumber came to fix the heating on Monday, but the radiator in the bedroom upstairs is still cold and "
     "makes a strange noise.", "à l'étage", "la chambre est"),                  # "upstairs" had been lost
    ("The new hospital, which cost more than two hundred million euros, will open its doors to patients at the end "
     "of the year.", "200 millions d'euros", "deux cents euros"),
    ("Could you tell me how to get to the railway station from here, because I have to catch a train in twenty "
     "minutes?", "dans vingt minutes", "train de vingt"),                      # a time from now read in front
    ("First, wash the vegetables and cut them into small pieces, then put them in a large pan with a little oil and "
     "salt.", "coupe", "les a coup"),                                          # an order had been told as done
    ("Walk along the river until you see a big red building, then turn left and the museum is right in front of "
     "you.", "tournez à gauche", "tournez et"),                                # "left" had been lost
])
def test_a_long_sentence_keeps_a_word_it_had_lost(translated, text, wanted, lost):
    """A word a long sentence read whole had lost with no trace: read again in parts, or its number in digits."""
    t = translated(text).best
    assert wanted in t.text and lost not in t.text and "missing_word" not in {w.code for w in t.warnings}, t.text


# ---- measure41 (s37), fix41: a first visitor's words read in another sense or not known, phrases read literally, "so"
# read as a purpose, a bare age, a long sentence whose reading in parts lost its verb
@pytest.mark.parametrize("text, wanted, lost", [
    ("Is there a bakery near the hotel?", "boulangerie", "boisson"),            # glossary_errands.py: "bank"
    ("The software crashed again this morning.", "logiciel", "canapé"),         # "program"
    ("Can you hold the ladder for me?", "échelle", "dame"),                     # glossary_home.py: "table"
    ("He drives a lorry for a supermarket.", "camion", "lore"),                 # phrasing/transport.py
    ("Can I pay cash?", "en liquide", "payer liquide"),
    ("We won three goals to one.", "trois buts à un", "objectifs"),             # mends/senses.py
    ("They wouldn't let me on the plane because my passport had expired.", "entrer dans l'avion", "sur l'avion"),
    ("My grandfather is 92 and still drives.", "a 92 ans", "est de 92"),
    ("The hotel was full so we slept in the car.", "donc", "de manière à"),   # joins.py: its comma
    ("The neighbours upstairs are having a party again and the noise is unbearable, so I can't sleep.",
     "ont une fête", "sont à nouveau une fête"),                                # seams.py: the verb kept
])
def test_measure41_meaning_errors_are_mended(translated, text, wanted, lost):
    t = translated(text).best.text
    assert wanted in t and lost not in t, t


# ---- long42 (s37): a word lost_words.py had not seen lost (an "again" beside a "not" of another clause, a lifetime,
# the countryside, a forecast): the long sentence is read again in parts, which keeps it
@pytest.mark.parametrize("text, wanted, lost", [
    ("We got lost in the forest because the path was not marked, and it was dark when we finally found the road "
     "again.", "trouvé la route à nouveau", "trouvé la route."),
    ("I have lived in the same street all my life, and I know the names of almost all the people who live here.",
     "rue toute ma vie", "même rue, et"),
    ("My colleague was late for the meeting because his train stopped for an hour in the middle of the countryside.",
     "campagne", "milieu du pays"),
    ("We wanted to go hiking on Saturday, but the weather forecast said there would be strong winds and heavy rain "
     "all day.", "prévisions", "le temps a dit"),
])
def test_long42_a_long_sentence_keeps_a_word_the_lost_word_check_had_not_seen(translated, text, wanted, lost):
    t = translated(text)
    assert wanted in t.best.text and lost not in t.best.text, t.best.text
    assert any("lost a word" in n for n in t.notes), t.notes


# ---- long43 (s38): a long sentence that lost no link and no listed word, whose least sure word was a guess, is read
# again in parts and kept where the parts' least sure word is 1.4× as sure (seams.py ``surer_in_parts``)
@pytest.mark.parametrize("text, wanted, lost", [
    ("My colleague is leaving the company at the end of the month, so we are organising a small party for her on "
     "Friday after work.", "une petite fête pour elle", "parti pour son travail"),
    ("While I was waiting for the bus this morning, an old woman asked me for directions, and we ended up talking "
     "for almost half an hour.", "fini par parler", "fini de parler"),
    ("My son got very good marks in mathematics this term, but his teacher says that he talks too much in class and "
     "does not finish his homework.", "ce trimestre", "mathématiques, mais"),
    ("I will be working from home on Thursday because the builders are coming to fix the roof, but you can reach me "
     "by phone all day.", "viennent réparer", "arrivent à réparer"),
])
def test_long43_a_long_sentence_with_a_guessed_word_is_read_in_parts(translated, text, wanted, lost):
    t = translated(text)
    assert wanted in t.best.text and lost not in t.best.text, t.best.text
    assert any("unsure of" in n and "clause by clause" in n for n in t.notes), t.notes


@pytest.mark.parametrize("text, kept, lost", [
    # read in parts, "recipe" was lost («m'a envoyé une tarte aux pommes»), though its least sure word was surer
    ("My aunt sent me a recipe for apple pie, but I did not have enough butter, so I used oil instead and it was "
     "still quite good.", "recipe", "envoyé une tarte"),
    # read in parts, «ce qui était honteux» and "driven" lost: its least sure word only 1.36× as sure
    ("The restaurant was closed when we arrived, which was a shame because we had driven for an hour to eat there "
     "with our friends.", "dommage", "honteux"),
])
def test_long43_a_reading_in_parts_that_lost_a_word_or_was_not_much_surer_is_not_kept(translated, text, kept, lost):
    t = translated(text).best.text
    assert kept in t and lost not in t, t


# ---- long44 (s38): a long sentence that lost a word no check had seen (a loud noise, a thing bought online, a steep
# road, a van): the French is the model's, but the missing-word warning now names the word
@pytest.mark.parametrize("text, word", [
    ("The neighbours upstairs play loud music every Friday night until two in the morning, and we cannot sleep at "
     "all.", "loud"),
    ("I ordered a pair of shoes online on Monday, but the company sent the wrong size, so I have to send them back "
     "and wait for another pair.", "online"),
    ("We washed the car and checked the oil and the tyres before we drove to the mountains, because the road there "
     "is long and steep.", "steep"),
    ("Our neighbour parks his van in front of our garage almost every evening, although we have asked him many "
     "times not to do it.", "van"),
])
def test_long44_a_word_a_long_sentence_lost_is_named_in_the_warning(translated, text, word):
    t = translated(text).best
    assert "missing_word" in {w.code for w in t.warnings}, t.text
    assert word in trust.missing_words(text, t.text), t.text


@pytest.mark.parametrize("text, order", [
    ("Pour the water into the glass.", "Versez l'eau"),                 # was «Remets l'eau…»
    ("Heat the soup for five minutes.", "Chauffez la soupe"),           # «Achetez la soupe…»
    ("Sweep the stairs.", "Balayez les escaliers"),                     # «Passe les escaliers.»
    ("Hang the picture above the sofa.", "Accrochez la photo"),         # «Attends la photo…»
    ("Park near the entrance.", "Garez-vous près"),                     # «Parcs près de l'entrée.»
    ("Print this page.", "Imprimez cette page"),                        # «Arrivez cette page.»
    ("Delete this file.", "Supprimez ce fichier"),                      # «Appuie ce fichier.»
    ("Copy this sentence.", "Copiez cette phrase"),                     # «Choisissez cette phrase.»
    ("Iron the sheets.", "Repassez les draps"),                         # «Trouve les draps.»
])
def test_an_order_opening_with_a_verb_the_model_misreads_keeps_its_verb(translated, text, order):
    """imper46, s38: read after "Please" («Veuillez verser…») and written back as the order (openers.py)."""
    french = translated(text).best.text
    assert french.startswith(order) and "Veuillez" not in french and "plaît" not in french


# ---- long45 (s39): in long sentences, "not … until" a time came out «…jusqu'à…» (a calque: not up to then) and "to
# volunteer" «je bénévole», «se porte volontaire» (offers to); read "not … before" and "work as a volunteer"
# (phrasing/times.py, work.py)
@pytest.mark.parametrize("text, wanted, lost", [
    ("The plumber did not come until Friday, so we had no hot water for three days.", "pas venu avant vendredi",
     "jusqu'à"),
    ("My husband did not get home until midnight because his train was cancelled.", "avant minuit", "jusqu'à"),
    ("I can't pay you until Monday, because my salary arrives at the end of the week.", "payer avant lundi",
     "jusqu'à"),
    ("I volunteer at the library every Tuesday afternoon, and I help children with their homework.",
     "travaille comme bénévole", "volontaire"),
    ("She volunteers at the hospital on Fridays because she wants to become a nurse.", "travaille comme bénévole",
     "volontaire"),
    ("If you want to volunteer with the red cross, you have to do a training course first.",
     "travailler comme bénévole", "bénévoler"),
])
def test_long45_not_until_and_to_volunteer_are_read_in_words_the_model_knows(translated, text, wanted, lost):
    french = translated(text).best.text
    assert wanted in french and lost not in french, french


# ---- s39: what a reading before translation or a mend after it keeps, each case where the model had lost its
# meaning: an ordinal in words («au dix-sept mai» for "the eighteenth of May", «la trentaine de décembre», «notre
# vingtième anniversaire» for the twenty-fifth, «est venu quatre-vingts»; ordinals.read_spelled), a year or a number
# in words («Je suis né en dix-sept ans.», «deux mille cents euros» for 2,500, «trois cents et vingt»;
# number_words.py), a wish in a sentence («une nouvelle année heureuse», «une mercieuse de Noël»;
# letters.happy_new_year, phrasing/events.py), what a food is free of («de la bière à l'alcool» for "alcohol-free
# beer", «pain gluten»; phrasing/food.py)
@pytest.mark.parametrize("text, wanted", [
    ("The meeting is on the eighteenth of May.", "18 mai"),
    ("We arrive on the twenty-first of June.", "21 juin"),
    ("It was the thirty-first of December.", "31 décembre"),
    ("This is our twenty-fifth wedding anniversary.", "25e anniversaire"),
    ("Her birthday is on the eighteenth.", "le 18"),
    ("He came fourteenth in the race.", "14e place"),
    ("I was born in nineteen eighty-five.", "en 1985"),
    ("It happened in twenty nineteen.", "en 2019"),
    ("He sold his car for two thousand five hundred euros.", "2 500 euros"),
    ("About three hundred and twenty people came.", "320 personnes"),
    ("The wedding cost twelve thousand five hundred pounds.", "12 500 livres"),
    ("The office is closed until Monday, and we wish you a happy new year.", "une bonne année"),
    ("We wish you a merry Christmas and a happy new year.", "un bon Noël et une bonne année"),
    ("We only sell alcohol-free beer.", "bière sans alcool"),
    ("We need gluten-free bread.", "pain sans gluten"),
    ("I need a sugar-free drink.", "sans sucre"),
    ("The coffee is caffeine-free.", "sans caféine"),
])
def test_s39_readings_keep_what_the_sentence_says(translated, text, wanted):
    french = translated(text).best.text
    assert wanted in french, french


# ---- s39: a service's noun opening its sentence without "the" came out as another word («La mort prend deux
# jours.» for "Delivery takes two days.", «L'énergie…» for "Entry…"); read with "the" (phrasing/orders.py)
@pytest.mark.parametrize("text, wanted", [
    ("Delivery takes two days.", "La livraison"),
    ("Payment must be made before the end of the week.", "Le paiement"),
    ("Cancellation must be made 24 hours in advance.", "L'annulation"),
    ("Entry was free for children under twelve.", "L'entrée"),
])
def test_a_service_noun_opening_a_sentence_keeps_its_sense(translated, text, wanted):
    french = translated(text).best.text
    assert french.startswith(wanted), french


def test_a_quote_beside_a_glossary_noun_and_the_other_models_read_quotes_as_before(translated):
    """A glossary noun's label and a quote's together (a glossary.Term has no quote: it had raised); the GRU and the
    en→de models keep reading quotes in the sentence (the GRU wrote the quote's name as «Com», s43)."""
    t = translated('She said "A wasp stung me".')
    assert "guêpe" in t.best.text and "Translated on its own" in " ".join(t.notes), t.best.text
    for name in ("en-fr-gru-bahdanau.pt", "en-de-multi30k-transformer.pt"):
        other = Translator.from_checkpoint(DEFAULT.with_name(name))
        assert not other.said_alone
        assert "Translated on its own" not in " ".join(other.translate('"I am tired," she said.').notes)


@pytest.mark.parametrize("text, wanted", [   # what still goes on, in the present with «depuis» (ongoing.py, s44)
    ("How long have you lived here?", "Depuis combien de temps vivez-vous ici ?"),          # was «avez-vous vécu»
    ("I've been coughing for a week.", "Je tousse depuis une semaine."),                    # was «J'ai toussé pendant»
    ("She has worked at the bank since 2015.", "Elle travaille à la banque depuis 2015."),  # was «a travaillé»
    ("I've been waiting for twenty minutes.", "J'attends depuis vingt minutes."),           # was «J'ai attendu»
    ("I lived in Lyon for three years.", "J'ai vécu à Lyon pendant trois ans."),            # over: left
    ("I haven't slept for two days.", "Je n'ai pas dormi depuis deux jours."),              # a negative: left
])
def test_what_still_goes_on_is_said_in_the_present(translated, text, wanted):
    assert translated(text).best.text == wanted


@pytest.mark.parametrize("text, wanted", [   # everyday verbs the model lacks (verbs45, s45)
    ("He is snoring again, and I can't sleep.", "Il ronfle à nouveau"),      # was «Il est à nouveau ennuyeux»
    ("Why are you yawning? Are you bored?", "Pourquoi bâillez-vous ?"),      # was «…tu jawnais ?»
    ("I'm grating some cheese for the pasta.", "Je râpe du fromage"),        # was «Je prends du fromage»
    ("Grandpa is dozing off in his armchair.", "Grand-père s'endort"),      # was «…en train de s'envoler»
    ("We rescheduled the meeting to next Thursday.", "Nous avons reporté la réunion"),   # «Nous rencontrâmes…»
    ("Don't spoil the ending of the film for me!", "Ne gâche pas la fin"),   # another sense: left
    ("We took a taxi back to the hotel.", "Nous avons pris un taxi pour retourner"),   # was «…ramené un taxi…»
    ("I warmed the baby's bottle.", "J'ai réchauffé le biberon"),           # was «…la bouteille du bébé»
])
def test_everyday_verbs_the_model_lacks_are_written_in_french(translated, text, wanted):
    t = translated(text)
    assert t.best.text.startswith(wanted), t.best.text


def test_a_verb_read_as_a_stand_in_is_labelled_as_typed_and_as_written(translated):
    """The heatmap's pieces name the verb typed and the French written back, not the stand-in and its French."""
    t = translated("He is snoring again.")
    assert "▁snoring" in t.source_tokens and "▁dancing" not in t.source_tokens
    assert "▁ronfle" in t.best.labels and "Verbs the model has no French for" in " ".join(t.notes)
