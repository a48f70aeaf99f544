"""Sentences quoted as said: found, read with a name in their place and written back as their own translation."""
from __future__ import annotations

from s2s_core import speech, verbatim
from s2s_core.name_forms import in_her_words
from s2s_core.fold import fold, restore
from s2s_core.reading_notes import stand_in_note
from s2s_core.sentences import split_sentences

NAMES = ("Tom", "Mary", "John")


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in speech.spoken(text)]


def test_a_sentence_quoted_after_a_verb_that_says_it_is_found():
    """Read in its sentence, 'He texted me "See you soon".' came out «Il m'a envoyé un « message : bientôt ».»."""
    assert quoted('He texted me "See you soon".') == ["See you soon"]
    assert quoted('The shirt says “I love Paris”. She replied, "Thank you very much."') == [
        "I love Paris", "Thank you very much."]
    assert quoted('He shouted "Help!" and ran. She told him: "Go home".') == ["Help!", "Go home"]
    assert quoted('Note: "Back in ten minutes".') == ["Back in ten minutes"]            # after a colon
    assert quoted('my mum just texted "where are u??"') == ["where are u??"]           # typed in lower case
    # in single quotes, as British English writes speech, an apostrophe inside (s43: read as typed, 'He said 'It's not
    # my fault' and left.' came out «Il a dit Ça n'est pas de ma faute et partit.»)
    assert quoted("She said 'I'm so tired'. Mum says ‘Never go to bed angry’.") == ["I'm so tired",
                                                                                  "Never go to bed angry"]
    assert quoted("He said 'It's not my fault' and left the boys' room.") == ["It's not my fault"]
    assert quoted('He said, "So long, my friends," and left.') == ["So long, my friends"]   # not the comma
    for plain in ('She said "yes".', 'He said "Hello" twice.',                 # one word, no sign: set aside
                  'We watched "The Lion King" again.',                         # no verb that says it
                  "I can't remember how to say \"Thank you\" in German.",    # a word asked about
                  'He said "ok".'):                                            # one word in lower case
        assert quoted(plain) == [], plain


def test_a_quote_that_opens_the_sentence_is_read_after_who_said_it():
    """'"I forgot," she said.' had come out «« J'ai oublié, » elle a dit.», '"Shut up," he whispered.' «« Suite, »
    s'est chuchoté.»."""
    first = speech.speaker_first
    assert first('"I forgot," she said.') == 'She said: "I forgot".'
    assert first('"Where are you going?" he asked.') == 'He asked: "Where are you going?"'
    assert first('"Hi there!" said Tom.') == 'Tom said: "Hi there!"'
    assert first("'I forgot,' she said.") == 'She said: "I forgot".'                  # single quotes: read double
    # more verbs, whom it was said to, who said it after the verb (s43: «« Don n'oublie pas ton parapluie » ma
    # grand-mère m'a rappelé.», «« La chemise est trop petite, » s'est plainte.»)
    assert first('"Don\'t forget your umbrella," my grandmother reminded me.') == \
        'My grandmother reminded me: "Don\'t forget your umbrella".'
    assert first('"You did a great job," the manager told Sofia.') == 'The manager told Sofia: "You did a great job".'
    assert first('"Is this seat taken?" a young man asked me.') == 'A young man asked me: "Is this seat taken?"'
    assert first('"Let\'s order pizza!" shouted the kids.') == 'The kids shouted: "Let\'s order pizza!"'
    assert first('"Thank you so much," said the shy young man.') == 'The shy young man said: "Thank you so much".'
    assert first('"Dinner is ready," Mum called from the kitchen.', lambda name: False) == \
        'Mum called from the kitchen: "Dinner is ready".'
    assert first('"I love this song," my sister said.') == 'My sister said: "I love this song".'
    assert first('"Thank you," she said with a smile.') == 'She said with a smile: "Thank you".'
    assert first('"I am not hungry," Kenji said quietly.') == 'Kenji quietly said: "I am not hungry".'   # «tranquille»
    assert speech.quoted_sentences('"I forgot," she said.') == ["I forgot"]
    # a quote that goes on after who said it, read as one («« Je sais qu'elle a dit : « Je ne peux pas… »» as typed)
    assert first('"I know," she said, "but I can\'t come."') == 'She said: "I know, but I can\'t come."'
    assert first('"Wait!" he shouted, "we forgot the keys."') == 'He shouted: "Wait! We forgot the keys."'
    # a surname the model does not know (news: «Cela dit», «Manner a dit»), a full name, a quote going on after
    unknown = {"Wentzler"}.__contains__
    for kept in ('"You have to pay attention," says Wentzler.', '"We help," says Nathalie Savard.',
                 '"No," he said. "I will not go."', '"Yes," she said. "And then we left the house."'):
        assert speech.speaker_first(kept, lambda name: not unknown(name)) == kept, kept
    assert speech.speaker_first('"Trust me," Wentzler said.', lambda name: False) == '"Trust me," Wentzler said.'
    assert speech.speaker_first('"Trust me," Anna said.', lambda name: False) == 'Anna said: "Trust me".'  # listed


def test_the_quote_stands_in_as_a_mans_name_behind_a_colon_and_goes_back_as_its_french():
    said = {"See you soon": "À bientôt", "Where is the station?": "Où est la gare ?"}
    read, stand_ins = verbatim.protect('He texted me "See you soon".', NAMES, said=said)
    assert read == 'He texted me: "Tom".' and stand_ins[0].said and stand_ins[0].french == "À bientôt"
    read, others = verbatim.protect('Tom asked "Where is the station?"', NAMES, said=said)
    assert read == 'Tom asked: "John"' and others[0].name == "John"     # not "Mary": in quotes, «Maire»
    assert verbatim.protect("He texted me 'See you soon'.", NAMES, said=said)[0] == 'He texted me: "Tom".'
    read, _ = verbatim.protect('My boss wrote "See you soon" in his email.', NAMES, said=said)
    assert read == 'My boss wrote "Tom" in his email.'     # no colon before words that go on
    assert verbatim.protect('He texted me "See you soon".', NAMES) == ('He texted me "See you soon".', ())
    back = verbatim.unprotect
    assert back("Il m'a envoyé un message : « Tom ».", stand_ins)[0] == "Il m'a envoyé un message : « À bientôt »."
    _, asked = verbatim.protect('He asked "Where is the station?"', NAMES, said=said)
    for model in ("Il a demandé : « Tom ».", 'Il a demandé : « Tom." »', "Il a demandé : « Tom ? »"):
        assert back(model, asked)[0] == "Il a demandé : « Où est la gare ? »", model
    # a closing quote the model left out goes back after the quote, before the comma
    assert speech.said_after("Il a dit : « ", ", mais il…", "Qu'on change la loi") == " », mais il…"


def test_the_quote_is_not_set_aside_as_quoted_words_and_the_note_says_it_was_translated_alone():
    text = 'He texted me "See you soon".'
    covers = str.isascii
    assert len(fold(text, covers, NAMES).markup.tags) == 2        # without its translation: set aside as before
    folded = fold(text, covers, NAMES, said={"See you soon": "A bientot"})
    assert folded.markup.tags == () and folded.text == 'He sent me a message: "Tom".'   # (phrasing/phone.py)
    assert restore('Il m\'a envoyé un message : « Tom ».', folded) == "Il m'a envoyé un message : « A bientot »."
    assert stand_in_note(folded) == ("Translated on its own, as a sentence: “See you soon” as “A bientot” (the "
                                     "model read the name “Tom” in its place).")
    # the name dropped by the translation: the quote's French goes back in its quotes where the name was read
    assert restore("Il m'a envoyé un message.", folded) == "Il m'a envoyé un message « A bientot »."
    folded = fold('"I forgot," she said.', covers, NAMES, said={"I forgot": "J'ai oublié"})
    assert folded.text == 'She said: "Tom".' and "who speaks before the quote" in folded.reworded


def test_a_quote_of_two_sentences_stays_whole_and_a_sentence_after_a_quote_is_cut():
    """'She said "I'm late. Sorry!"' had been cut inside the quote; 'the waiter asked us, "…a pint?" Having no idea
    how much…' read as one sentence."""
    assert split_sentences('She said "I\'m late. Sorry!" Then she left.') == ['She said "I\'m late. Sorry!"',
                                                                            "Then she left."]
    assert split_sentences('He asked, "A half or a pint?" Having no idea, we asked.') == [
        'He asked, "A half or a pint?"', "Having no idea, we asked."]
    assert split_sentences('"Stop!" Tom said. "Why?" she asked.') == ['"Stop!" Tom said.', '"Why?" she asked.']
    assert split_sentences('She asked "Is it free?" Nobody answered.') == ['She asked "Is it free?"',
                                                                          "Nobody answered."]
    assert split_sentences('The "quote is odd. It never closes.') == ['The "quote is odd.', "It never closes."]


def test_what_a_woman_says_of_herself_is_in_the_feminine():
    """Translated alone, '"I am tired," she said.' had come out «Elle a dit : « Je suis fatigué ».»."""
    for before in ('She said: "', 'My sister texted me "', 'Anna asked, "', 'the waitress replied "'):
        assert speech.woman_speaks(before), before
    for before in ('He said: "', 'She knows. He said "', 'Tom asked "', 'I told her "'):
        assert not speech.woman_speaks(before), before
    assert in_her_words("Je suis fatigué.") == "Je suis fatiguée."
    assert in_her_words("J'étais très content et je suis prêt !") == "J'étais très contente et je suis prête !"
    assert in_her_words("Il est fatigué. Je ne suis pas là.") == "Il est fatigué. Je ne suis pas là."
    _, stand_ins = verbatim.protect('She said "I am tired".', NAMES, said={"I am tired": "Je suis fatigué"})
    assert stand_ins[0].french == "Je suis fatiguée"


def test_the_quotes_name_is_labelled_with_the_quote_where_it_is_glued_to_its_quotes():
    """Read in quotes, the name falls into pieces ('"Tom"' → "▁\"", "T", "om"): heatmaps and token strips showed
    "T", "om" in place of the quote."""
    _, stand_ins = verbatim.protect('He texted me "See you soon".', NAMES, said={"See you soon": "À bientôt"})
    assert verbatim.labelled(["▁He", "▁texted", "▁me", ":", '▁"', "T", "om", '"', "."], stand_ins) == [
        "▁He", "▁texted", "▁me", ":", '▁"', "▁See you soon", verbatim.GLUED, '"', "."]
    assert verbatim.labelled_target(["▁Il", "▁a", "▁dit", ":", "▁«", "T", "om", "▁»", "."], stand_ins) == [
        "▁Il", "▁a", "▁dit", ":", "▁«", "▁À bientôt", verbatim.GLUED, "▁»", "."]
    # not a name's letters inside a word, nor another stand-in's name glued to something
    assert verbatim.labelled(["▁A", "Tom", "s"], stand_ins) == ["▁A", "Tom", "s"]
    _, mail = verbatim.protect("Mail a@b.org now.", NAMES)
    assert verbatim.labelled(['▁"', "T", "om", '"'], mail) == ['▁"', "T", "om", '"']
