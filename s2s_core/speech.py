"""Words quoted as said, asked, texted or written ('He texted me "See you soon".'), translated on their own.

Read inside its sentence, a quoted sentence fell apart: 'He texted me "See you soon".' → «Il m'a envoyé un «
message : bientôt ».», 'The shirt says "I love Paris".' → «La chemise dit « que j'aime Paris ».», 'She replied
"Thank you very much".' → «Elle répondit « beaucoup à » merci.». Alone, each comes out right («À bientôt», «J'adore
Paris», «Merci beaucoup»). So the translator translates each quoted sentence on its own (``spoken``), the sentence
around it reads a name in its place, behind a colon where the quote ends the sentence, as French introduces speech
('He texted me: "Tom".' → «Il m'a envoyé un message : « Tom ».»), and the name goes back as the quote's French
(verbatim.py): «Il m'a envoyé un message : « À bientôt ».».

A quote that opens the sentence, with who said it after ('"I am tired," she said.', '"Hi," said Tom.'), is read
with who said it first ('She said: "I am tired".', ``speaker_first``): read as typed, '"I am tired," she said.' lost
its "elle" («« Je suis fatiguée, » a dit.») and '"Where are you going?" he asked.' came out «… ? » Il a demandé.».

What a woman says of herself goes back in the feminine ('"I am tired," she said.' → «Elle a dit : « Je suis
fatiguée ».»; name_forms.in_her_words): translated alone, the quote did not know who said it. A quote of two
sentences is kept whole when the paragraph is cut into sentences (sentences.py) and its sentences translated each on
its own ('She said "I'm late. Sorry!"' → «Elle a dit : « Je suis en retard. Désolé ! »»).

A quote in single quotes, as British English writes speech ('He said 'It's not my fault' and left.': read as typed,
«Il a dit Ça n'est pas de ma faute et partit.»), is read in double ones.

Only a quote of two words or more, or one with its "!" or "?" ('He shouted "Help!"'), that starts with a capital
(in double quotes after a verb, in lower case too: 'my mum just texted "where are u??"', its French kept so): a word
in quotes ('She said "yes".') is set aside and read in the sentence (markup.py), and words written in title case ('She
wrote "Happy Birthday Anna"') or a button's name are copied (markup.COPIED_QUOTES). Only the en→fr Transformer reads
quotes so (``Translator.said_alone``).
"""
from __future__ import annotations

import re
from typing import Callable

from .opening_names import MEN, WOMEN

_SAYS = (r"say|says|said|saying|ask|asks|asked|reply|replies|replied|answer|answers|answered|shout|shouts|shouted|"
         r"yell|yells|yelled|scream|screams|screamed|whisper|whispers|whispered|cry|cries|cried|add|adds|added|"
         r"write|writes|wrote|written|text|texts|texted|message|messaged|read|reads|tell|tells|told|mutter|muttered|"
         r"exclaim|exclaimed|announce|announced|explain|explained|tweet|tweeted|post|posted|comment|commented|"
         r"insist|insisted|sing|sang|sings|repeat|repeated|promise|promised|warn|warned")
_TO_WHOM = r"(?:\s+(?:to\s+)?(?:me|him|her|us|them|you|everyone|everybody))?(?:\s+(?:back|again|aloud|loudly|quietly))?"
# in double quotes, or in single ones as British English writes speech, an apostrophe inside ('I'm tired')
# ('my mum just texted "where are u??"' in lower case as a phone types it; not single-quoted: 'he said 'no' so')
_QUOTES = (r"[\"“](?P<said>[A-Za-z][^\"“”\n]{0,200}?)[\"”](?![\w\"“”])",
           r"['‘](?P<said>[A-Z](?:[^'‘’\"“”\n]|(?<=\w)['’](?=\w)){0,200}?)['’](?!\w)")
# a quote after a verb that says it: 'He texted me "See you soon".', 'The sign says "Do not disturb".'
# or after a colon ('She said with a smile: "Thank you".', as ``speaker_first`` reads it)
_SAID_BY = rf"\b(?i:{_SAYS}){_TO_WHOM}\s*[,:]?"             # "He texted me", "She replied,", "Grandpa told us:"
SPOKEN = tuple(re.compile(rf"(?:{_SAID_BY}|(?<=\w):)\s+{q}") for q in _QUOTES)
# a quote that opens the sentence, who said it after: '"I am tired," she said.', '"Hi!" said Tom.', how after
# that ('"Thank you," she said with a smile.': read as typed «« C'est avec un sourire. »»)
# who said it: a pronoun, "my sister", "the waiter" or a first name (``speaker_first`` says which); not a surname
# (news: '"…," says Wentzler.' read 'Wentzler says: …' lost the name, «Cela dit», «Manner a dit»)
_WHO = (r"(?:he|she|I|we|they|you|He|She|We|They|You|(?P<name>[A-Z][a-z]+)"
        r"|(?i:my|his|her|our|their|the|a|an)(?: [a-z]+){1,2}?)")          # "my sister", "a young man"
TOLD = (r"(?:said|asked|replied|answered|shouted|yelled|screamed|whispered|cried|added|explained|insisted|says|asks|"
        r"exclaimed|called|reminded|complained|told|begged|admitted|agreed|warned|promised|laughed|sighed|muttered)")
_FAMILY = frozenset("Mum Mom Mummy Mommy Dad Daddy Grandma Grandpa Granny Nan Mama Papa".split())   # '"…," Mum called.'
_NOUN_WORDS = r"(?: (?!(?:with|in|at|on|from|to|as|while|and|before|after|a|an|the)\b)[a-z]+){1,3}"
# whom it was said to, after the verb: "…," my grandmother reminded me. "…," the manager told Sofia.
_WHOM = r"(?P<whom>\s+(?:me|him|her|us|them|[A-Z][a-z]+))?"
# the quote may go on after who said it ('"I know," she said, "but I can't come."': read as typed «« Je sais qu'elle
# a dit : « Je ne peux pas venir ce soir. »»), read as one quote ('She said: "I know, but I can't come."')
_DOUBLE, _SINGLE = r"[^\"“”\n]", r"(?:[^'‘’\"“”\n]|(?<=\w)['’](?=\w))"
_OPENING_QUOTES = ((rf"[\"“](?P<said>[A-Z]{_DOUBLE}{{0,200}}?)(?P<sign>[,.!?]?)[\"”]",
                    rf"[\"“](?P<more>{_DOUBLE}{{1,200}}?)[\"”]"),
                   (rf"['‘](?P<said>[A-Z]{_SINGLE}{{0,200}}?)(?P<sign>[,.!?]?)['’]",
                    rf"['‘](?P<more>{_SINGLE}{{1,200}}?)['’]"))
FRONTED = tuple(re.compile(rf"\s*{q}\s*,?\s+"
                           rf"(?:(?P<who>{_WHO})\s+(?P<verb>{TOLD}){_WHOM}|(?P<verb2>{TOLD})\s+"
                           rf"(?P<who2>[A-Z][a-z]+|the{_NOUN_WORDS})(?!\s+[A-Z]))"    # "…," said the shy young man.
                           rf"(?:\s*,\s*{more}\s*|(?P<how>(?:,?\s+[\w'’-]+){{0,4}})\s*(?P<end>[.!]?)\s*)"
                           ) for q, more in _OPENING_QUOTES)                                  # how: "…, smiling."
MIN_WORDS = 2
# words asked about ('how to say "Thank you" in German'): the French reader's to translate in the sentence («comment
# dire « merci » en allemand»), or copied (markup.SAID_WORD)
_HOW_TO_SAY = re.compile(r"\bhow\s+(?:to|do|does|did|would|can|could|should)\s+(?:\w+\s+)?$", re.IGNORECASE)


def said_alone(said: str) -> bool:
    """Whether the quoted ``said`` is translated on its own: two words or more, or one word with its "!" or "?"."""
    words = said.split()
    return len(words) >= MIN_WORDS or bool(words) and said.rstrip()[-1:] in "!?"


def speaker_first(text: str, known: Callable[[str], bool] = lambda name: True) -> str:
    """``text`` with a quote that opens it read after who said it ('"I am tired," she said.' → 'She said: "I am
    tired".'), where that is a pronoun, a person ("my sister") or a first name of opening_names' lists or that
    ``known`` says the model knows; as it is if it has none."""
    m = FRONTED[0].fullmatch(text) or FRONTED[1].fullmatch(text)
    if not m or not said_alone(m.group("said") + m.group("sign") + (m.group("more") or "")):
        return text
    who, verb = (m.group("who"), m.group("verb")) if m.group("who") else (m.group("who2"), m.group("verb2"))
    name = m.group("name") or (m.group("who2") or "")[:1].isupper() and m.group("who2")
    if name and name not in WOMEN | MEN | _FAMILY and not known(name):
        return text
    verb += m.group("whom") or "" if m.group("who") else ""       # "My grandmother reminded me:"
    sign = m.group("sign") if m.group("sign") in "!?" else ""
    who = who[0].upper() + who[1:]
    how = m.group("how") or ""
    if re.fullmatch(r"\s+\w+ly", how):          # "Kenji quietly said:" (read "said quietly:", «a dit tranquille»)
        who, how = f"{who}{how}", ""
    if m.group("more"):                         # 'She said: "I know, but I can't come."'
        more = m.group("more")
        more = more[0].upper() + more[1:] if sign else more           # '"Wait!" he said, "we…"': "Wait! We…"
        return f'{who} {verb}: "{m.group("said")}{sign or ","} {more}"'
    return f'{who} {verb}{how}: "{m.group("said")}{sign}"' + ("" if sign else m.group("end") or ".")


_WOMAN = (r"(?:\b(?i:she|(?:my|his|her|your|our|their|the|a|an)\s+(?:\w+\s+)?(?:mother|mum|mom|sister|wife|"
          r"daughter|girlfriend|aunt|grandmother|grandma|granny|niece|woman|girl|lady|waitress))"
          rf"|\b(?:{'|'.join(sorted(WOMEN))}))")
_WOMAN_SAYS = re.compile(rf"{_WOMAN}\s+(?:\w+\s+){{0,2}}?(?i:{_SAYS}|sent)\b[^\"“.!?]*[\"“]?$")


def woman_speaks(before: str) -> bool:
    """Whether the quote after ``before`` is said by a woman ('She said: "', 'My sister texted me "', 'Anna asked
    "'): its French is hers (name_forms.in_her_words)."""
    return bool(_WOMAN_SAYS.search(before))


_OPEN_SPEECH = re.compile(rf"{_SAID_BY}\s+[\"“][A-Z][^\"“”\n]*$")      # (double quotes only)


def opens_speech(text: str) -> bool:
    """Whether ``text`` ends inside a quote that a verb says ('She said "I'm late.')."""
    return bool(_OPEN_SPEECH.search(text))


def spoken(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted sentence in ``text`` to translate on its own (the words between the quotes, but
    a comma that closes them: '"Either you vote…, or I keep full powers," these powers…')."""
    spans = sorted(m.span("said") for pattern in SPOKEN for m in pattern.finditer(text)
                   if said_alone(m.group("said")) and not _HOW_TO_SAY.search(text, 0, m.start()))
    spans = [(a, b) for k, (a, b) in enumerate(spans) if not k or a >= spans[k - 1][1]]
    return [(a, b - text[a:b].endswith(",")) for a, b in spans]


def quoted_sentences(text: str, known: Callable[[str], bool] = lambda name: True) -> list[str]:
    """The quoted sentences of ``text`` as the translator reads it (``speaker_first``), to translate on their own."""
    read = speaker_first(text, known)
    return [read[a:b] for a, b in spoken(read)]


def read_quote(before: str, name: str, after: str) -> tuple[str, str, int]:
    """``before`` a quote (up to its opening quote) and the ``name`` read for it as the model reads them: in double
    quotes (single ones read so: 'He said 'Tom'.' came out «Il a dit Tom.»), a colon after the word that says it where
    the quote ends the sentence (``after``: from its closing quote on), as French introduces speech ('He texted me "'
    → 'He texted me: "'), not before words that go on ('My boss wrote "Good job" in his email.'); with how many
    characters of ``after`` they took (a single closing quote)."""
    single = before[-1:] in "'‘"
    if single:
        before, name = before[:-1] + '"', name + '"'
    if re.match(r"[\"”'’]\s*[.!?…]*\s*$", after):
        before = re.sub(r"(?<=\w)\s*,?(\s+[\"“])$", r":\1", before)
    return before, name, int(single)


def said_after(before: str, after: str, french: str) -> str:
    """What follows a quote's ``french`` (from the model's closing quote on): the closing quote as French writes it
    where the quote opened with « (and put there where the model left it out: «« Qu'on modifie cette loi, mais il…»),
    a comma after it, the model's sign before it left out and no full stop after it where the French ends on its own
    sign (read 'Father always says: "Tom"', the model wrote «Tom."» and «Tom" »: «… « Faites de votre mieux. »», not
    «… mieux." »»; «… : « Où est la gare ? »», not «… ? ».»)."""
    opened = re.search(r"«\s*$", before)
    closing = re.match(r"\s*[.!?…]*\s*(,?)\s*([\"”»])(?:\s*[\"”»](?!\s*\w))*", after)       # «Tom" »: one
    if not closing:
        return " »" + after if opened else after
    rest = after[closing.end():]
    rest = re.sub(r"^\s*\.", "", rest) if french.rstrip()[-1:] in ".!?…" else rest
    return (" »" if opened else closing.group(2)) + closing.group(1) + rest
