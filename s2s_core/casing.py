"""Text typed in capitals, read in the case the model learned.

A model trained on ordinary sentences reads capitals as rare pieces and answers them with invented words:
"PLEASE CLOSE THE DOOR." came out as "L'ESE CLOSE DOR.", "I LOVE YOU" as "LOVEOOU", and headlines in title case
were left in English ("Ten Tips For A Better Night's Sleep" → "Dix Tips For Better Night"). So a text in capitals
is read in sentence case and its translation written in capitals again; a title-cased one is read with each
capitalised word (after the first) in lower case unless the vocabulary knows it better capitalised, as a name
("Obama Visits Paris" → "Obama visits Paris"): ``Tokenizer.usual_case`` decides, word by word.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Collection, Protocol

from .calendar_names import MONTHS, WEEKDAYS, alternation

_LETTERS = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")        # "Night's" is one word
_SENTENCE_START = re.compile(r"(^|[.!?…]\s+)([^\W\d_])")
MIN_SHOUTED_LETTERS = 4
MIN_TITLE_WORDS = 3
MIN_TITLE_SENTENCE_WORDS = 5          # so many capitalised words before a full stop: a title-cased sentence
ACRONYMS = frozenset("UK EU UN USA TV OK ID PC CEO FAQ NYC DIY".split())   # read in capitals ("the US" too)
_THE_US = re.compile(r"(?<=\bthe )us\b")
# a shouted word after "my", "your"… is a thing or a person's role, not a name: a word the vocabulary cuts alike in
# either case is read capitalised ("MY BOSS THOMAS IS ON HOLIDAY." as "My Boss Thomas…" had come out "MES BOS, THOMAS
# SONT EN VACANCES.", "MY BAG" "MON BAG"), so it is read in lower case there; not "God" ("OH MY GOD!" read
# "oh my god" came out "OU MA CHEMISE !"); not a two-letter word, an acronym ("SEND ME YOUR CV." read "your cv" came
# out "ENVOYEZ-MOI VOTRE MAL.")
_AFTER_MY = re.compile(r"(\b(?:my|your|his|her|our|their) )(?!God\b|Lord\b)([A-Z][a-z]{2,})\b")      # "OH MY GOD"
# everyday nouns the vocabulary cuts alike in either case, so ``usual_case`` reads them capitalised, as a name, in a
# shouted text: "WHERE IS THE TOILET?" had come out "OÙ SONT LES TOILETS ?", "THE KITCHEN IS ON THE LEFT." "LE
# KITCHEN…", "WHERE IS THE EXIT?" "OÙ SE TROUVE L'EXERCICE ?"; read in lower case there (a list: "THE LOUVRE", "THE
# THAMES" read so came out "LE LÈVRE", "DES CAMARADES")
EVERYDAY = frozenset("""toilet toilets bathroom kitchen beach exit stairs bakery balcony jacket dinner lunch luggage
    passport taxi elevator lift hotel museum wallet umbrella towel receipt queue password fridge oven heating
    pizza cheese bread wine beer tea shop card map bag coat shirt shoes hat pillow sink stove kettle laundry terrace
    dentist chemist butcher evening party email bed""".split())
# and everyday adjectives, verbs and nouns read so in what people shout ("I AM HUNGRY." had come out "JE SUIS
# HUNGRY.", "IT IS HOT IN HERE." "IL EST CHAUD ICI.", "HE IS TALL." "IL EST TALL.", "PLEASE KNOCK." "VEUILLEZ
# KNOCK."): each in lower case in 3 shouted lines or more, as its twin (shout34); none a first name
SHOUTED_WORDS = frozenset("""hungry thirsty hot cold cool tall fat thin bored boring dirty dry quiet loud noisy
    quick rude lazy crazy mad scared lucky ugly funny sweet spicy fresh delicious disgusting awful amazing awesome soft
    sharp knock touch hurry pull parking hate shout cry smile barking stolen midnight noon sugar salt rain sun dog
    house cake knife tail wall walls vegetables noise smell mess garbage rubbish socks eggs chicken exam""".split())
# chat spelling shouted, which shorthand.read_chat reads only in lower case (typed36: "I CANT FIND MY KEYS" had come
# out "JE TROUVE MES CLÉS", its "can't" lost, as "Cant" was read as a name)
SHOUTED_CHAT = frozenset("""cant dont wont isnt arent didnt doesnt wasnt werent havent hasnt hadnt couldnt wouldnt
    shouldnt ive youre theyre thats whats wheres hows pls plz thx idk tmrw""".split())
_READ_IN_LOWER = EVERYDAY | SHOUTED_WORDS | SHOUTED_CHAT
# a greeting typed in lower case that opens the text, read with its capital: "good morning, how are you today?" had
# come out "beau matin, comment allez-vous…", "good afternoon, how can I help you?" "Est-ce que je peux t'aider ?" (the
# greeting lost), "hi, can you help me please?" "Ici, pouvez-vous…"; now "Bonjour, …", "Salut, …". Not "good night"
# (read so, "good night, see you tomorrow" came out "Bonjour, …"), nor "hello", "hey", "good evening" (right as typed).
# And "Good night" the other way: read with its capital it came out "Bonjour" in each of 5 sentences ("Good night,
# sleep well." "Bonjour, sommeil !", "Good night, my love." "Bonjour, mon amour."), in lower case "bonne nuit" in 3
# of 3; shouted too ("GOOD NIGHT, MY LOVE.", "GOOD NIGHT EVERYONE!", "…, SEE YOU TOMORROW." had come out "BONJOUR, …")
_LOWER_GREETING = re.compile(r"^(\s*)(good (?:morning|afternoon)|hi)\b")
_GOOD_NIGHT = re.compile(r"^(\s*)Good [Nn]ight\b")
READ_IN_LOWER_CASE = re.compile(r"\s*good night\b")     # its French opens with a capital all the same
# a contraction's ending in a shouted text, read apart as a word of its own ("DON'T" had been read "Don'T", "YOU'LL"
# "You'Ll", "I'VE" "I'Ve"): in lower case, as in its sentence-case twin
_CONTRACTION = re.compile(r"(?<=[^\W\d_]['’])(?:t|s|m|re|ve|ll|d)\b", re.IGNORECASE)
SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to with".split())


# names typed in lower case, read capitalised: only words that are names whatever their case (not "nice", "polish",
# "turkey", "china", "bill"); "march", "may" and "august" only where a date has them (``_DATED_MONTH``)
# nationalities, one list for the names typed in lower case here and the nationality after a first name
# (opening_names: "Is your teacher Claire French?"); "Polish" only with its capital ("polish the shoes")
NATIONALITIES = tuple((
    "French English German Italian Spanish Portuguese Dutch Russian Chinese Japanese Korean Greek Swedish Norwegian "
    "Danish Finnish Irish Scottish Welsh British American Canadian Australian Mexican Brazilian Indian Swiss Belgian "
    "Austrian Vietnamese Thai Polish").split())
LOWER_CASE_NAMES = {name.lower(): name for name in WEEKDAYS + MONTHS if name not in ("March", "May", "August")}
LOWER_CASE_NAMES.update({n.lower(): n for n in NATIONALITIES if n != "Polish"})
# a weekday said in the plural, for each such day: "the museum is closed on mondays" had come out "…fermé de nos
# jours", "we play tennis on saturdays" "…les jours de saturage", "on sundays and wednesdays" "à des jours de soleil
# et de mariage"; capitalised, "le lundi", "le samedi", "le dimanche et le mercredi"
LOWER_CASE_NAMES.update({name.lower() + "s": name + "s" for name in WEEKDAYS})
LOWER_CASE_NAMES.update({w: w.capitalize() for w in (
    "christmas easter halloween thanksgiving hanukkah ramadan "
    "arabic european african asian hindi latin hebrew "
    "france spain germany italy england scotland ireland wales britain canada japan india russia brazil mexico "
    "australia portugal belgium switzerland austria greece sweden norway denmark finland egypt morocco america "
    "europe africa asia netherlands holland iceland korea vietnam thailand argentina peru quebec "
    "paris london berlin rome madrid tokyo montreal toronto boston chicago lyon marseille brussels amsterdam vienna "
    "venice barcelona lisbon dublin geneva prague sydney moscow beijing").split()})      # not "tom" (a cat), "john"
# lower35 (s34): more names and acronyms typed in lower case, each read wrong so ("i live in milan" → "J'habite au
# milan", "we flew to istanbul" "…pour l'étanbul", "he moved to seoul" "…en mer", "the tv is broken" "Le tissu est
# cassé", "the usa" "l'utilité", "the ceo" "le plafond", "my facebook account" "mon compte de visage", "my iphone"
# "Mon phone", "americans" "améniciens", "the germans" "les germanes"); not "google" (a verb: "just google it"),
# "youtube", "whatsapp", "ceo" (read capitalised: "la Ttube", "sur quoisappe", "l'Organisation de l'entreprise")
LOWER_CASE_NAMES.update({w: w.capitalize() for w in (
    "milan istanbul munich zurich athens kyoto osaka kobe seoul shanghai bangkok cairo warsaw stockholm copenhagen "
    "edinburgh seattle vancouver ottawa melbourne facebook instagram netflix").split()})
LOWER_CASE_NAMES.update({n.lower() + "s": n + "s" for n in NATIONALITIES + ("European", "African", "Asian")
                         if n.endswith("an")})                     # "americans", "germans", "italians", "koreans"
LOWER_CASE_NAMES.update({"tv": "TV", "usa": "USA", "dvd": "DVD", "iphone": "iPhone", "ipad": "iPad"})
LOWER_CASE_NAMES.update({"new york": "New York", "los angeles": "Los Angeles", "san francisco": "San Francisco",
                         "new zealand": "New Zealand", "hong kong": "Hong Kong"})
_LOWER_NAME = re.compile(rf"(?<![\w@#/.'’-])({alternation(LOWER_CASE_NAMES)})(?![\w@/]|['’](?!s\b)|\.\w)")
# first names typed in lower case ("i saw tom yesterday" came out "J'ai vu tom hier", "is john coming?" "La joie
# est-elle en train de venir ?"; session 34: "i saw peter yesterday" "j'ai vu du beurre", "anna is my sister" "Unna
# est ma sœur", "laura works in a bank" "Lauras travaille…", "is sophie coming?" "Le sophie vient-il…", each right
# capitalised): not after an article nor before "cat" ("a tom", "the john", "tom cats"); no name that is also an
# English word (mark, bill, will, rose, grace, jack, frank, max, nick, june, may, april, lily, holly, harry, jean)
FIRST_NAMES = tuple((
    "tom mary john alice peter anna paul david james michael sarah emma lucy sophie laura maria marie julie thomas "
    "daniel robert george william emily kate mike lisa anne olivia oliver charlotte jessica jennifer andrew richard "
    "steve linda susan helen hannah rachel rebecca natalie nicholas elizabeth margaret matthew joseph anthony kevin "
    "brian jason eric alex adam lucas louis hugo victor elena nina carlos juan ahmed mohammed").split())
_FIRST_NAME = re.compile(rf"(?<![\w@#/.'’-])(?<!\ba )(?<!\bthe )(?<!\ban )({'|'.join(FIRST_NAMES)})"
                         r"(?![\w@/]|['’](?!s\b)|\.\w)(?!\s+cats?\b)")
_DATED_MONTH = re.compile(r"\b(?P<lead>(?:in|of|by|since|until|till|from|early|late|mid|every|before|after|during) )"
                          r"(?P<month>march|may|august)"              # and what may follow a month, not a verb's object
                          r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:\d|and|or|of|to|for|at|in|on|when|we|you|he|she|they|there"
                          r"|is|was|will|until|through|this|next|last)\b)"      # not "this may help", "in may I"
                          r"|\b(?P<dated>march|may|august)(?=\s+(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})\b(?!\s+[a-z]))")


def in_case_of(model: str, word: str) -> str:
    """``word`` written in the case of ``model``: "Prends" → "Prenez", "TON" → "VOTRE", "Wasps" → "Flies"."""
    if model.isupper() and len(re.sub(r"\W", "", model)) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


# a surname or a place typed in lower case (typed36): after a title, any word ("mr dupont is in his office" had come
# out "M. dupont…", "ask mr smith for the keys" "Demandez au murth…", "mrs brown is our new neighbour" "Mme maron…",
# "dr martin will see you now" "Le martin te verra…"); not a word that goes on the title's sentence ("mr and mrs
# smith": "and"), nor Microsoft's programs ("ms word", "ms teams")
_TITLED = re.compile(r"(?<![\w@#/.'’-])(mr|mrs|ms|dr|Mr|Mrs|Ms|Dr)(\.?\s+)"
                     r"(?!(?:and|or|the|a|an|is|was|to|of|in|on|at|for|with|word|excel|teams|office|outlook|access|"
                     r"paint|edge|windows|dos|project|who)\b)([a-z][a-z'’-]*[a-z])\b")
_TITLE_BEFORE_AND = re.compile(r"(?<![\w@#/.'’-])(mr|mrs)(?=\.?\s+and\s+(?:mr|mrs|Mr|Mrs)\b)")   # "mr and mrs"
# after a place's preposition, a word the training English only ever capitalises inside a sentence (``NAME_WORDS``:
# "we live near glasgow" had come out "…à verre", "he works in cambridge" "…en cambridge", "i was born in naples"
# "…en orteille", "we drove to brighton"); not after an article ("the cache"); "nice" only where no noun follows
# ("we spent a week in nice last summer" had come out "…en bonne santé…"; not "in nice weather")
NAME_WORDS = frozenset(w.strip() for w in Path(__file__).with_name("name_words.txt").read_text().splitlines()
                       if w.strip() and not w.startswith("#")) - frozenset(
    "cache herb meme fest glade mead barb gong orient mart mustang aster jean holly harry braille".split())
_PLACED = re.compile(r"(?<![\w'’-])((?:in|to|from|near|around|outside|via|through|towards?|visit|visited|visiting|"
                     r"leave|left|leaving|reach|reached|for) )([a-z]{4,})(?![\w@/-]|['’](?!s\b)|\.\w)")
_NICE = re.compile(r"(?<![\w'’-])((?:in|to|from|near|around|visit|visited|visiting|leave|left|leaving) )nice"
                   r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:last|next|this|for|on|in|at|with|is|was|are|were|tomorrow|today|"
                   r"yesterday|soon|again|every|since|until|from|by|airport|station|train)\b)")


def read_first_names(text: str) -> str:
    """``text`` with the first names typed in lower case capitalised ("i saw peter" → "i saw Peter"), and the
    surnames and places ``_TITLED`` and ``_PLACED`` find ("mr dupont" → "Mr Dupont", "near glasgow" → "near
    Glasgow"): fold.py reads them so before it sets names aside (verbatim.py), so that "anna is my sister" is read as
    "Anna is my sister"."""
    text = _TITLE_BEFORE_AND.sub(lambda m: m.group(1).capitalize(), text)
    text = _TITLED.sub(lambda m: m.group(1).capitalize() + m.group(2) + m.group(3).capitalize(), text)
    text = _PLACED.sub(lambda m: m.group(1) + (m.group(2).capitalize() if m.group(2) in NAME_WORDS else m.group(2)),
                       text)
    text = _NICE.sub(lambda m: m.group(1) + "Nice", text)
    return _FIRST_NAME.sub(lambda m: m.group(1).capitalize(), text)


def read_lower_case_names(text: str) -> str:
    """``text`` with the names typed in lower case capitalised ("see you on friday" → "see you on Friday", "i speak
    french" → "i speak French", "in may" → "in May"): read as typed, "see you on friday" came out "tu vois le frigo",
    "i live in london" "J'habite au london", "are you coming on saturday" "venez-vous un jour satur"."""
    text = read_first_names(_LOWER_NAME.sub(lambda m: LOWER_CASE_NAMES[m.group(1)], text))
    return _DATED_MONTH.sub(lambda m: (m.group("lead") or "") + (m.group("month") or m.group("dated")).capitalize(),
                            text)


# the first word of a sentence typed in lower case, as phones leave it ("where is the station?"): the model learnt
# half its casual lines so and answers them in lower case ("tell me" → "dis-moi", "we need it" → "nous en avons
# besoin"), often in other words than for the sentence typed with its capital ("join us" → "rejoinds-nous", "Join
# us." → "Join-nous."); not a word with capitals inside ("iPhone", "eBay") nor one with digits
_LOWER_OPENING = re.compile(r"^([^\w]*?)([a-zà-ÿ][a-zà-ÿ]*)(?=[\s'’,.!?;:-]|$)")


def read_opening_capital(text: str, covers: Callable[[str], bool] = lambda c: True) -> str:
    """``text`` with the first word of its sentence capitalised where it was typed in lower case ("tell me" →
    "Tell me", "i'm late" was read "I'm late" already) and ``covers`` spells the capital: read so, the model answers
    as for the sentence written with its capital ("Dites-moi", not "dis-moi")."""
    if READ_IN_LOWER_CASE.match(text):          # "good night, sleep well" (typography.py writes its capital)
        return text
    return _LOWER_OPENING.sub(lambda m: m.group(1) + m.group(2).capitalize() if covers(m.group(2)[0].upper())
                              else m.group(), text, count=1)


class Vocabulary(Protocol):           # tokenizer.Tokenizer
    def usual_case(self, word: str) -> str: ...
    def holds(self, word: str) -> bool: ...


def shouted(text: str) -> bool:
    """Capitals only, with enough letters to tell ("OK" and "EU" are no shouting)."""
    cased = [c for c in text if c.isalpha() and c.upper() != c.lower()]
    return len(cased) >= MIN_SHOUTED_LETTERS and all(c.isupper() for c in cased) and len(_LETTERS.findall(text)) > 1


def title_cased(text: str) -> bool:
    """Three capitalised words or more, every other word a small one, either no word in lower case or a small word
    capitalised, and no full stop at the end unless the words are many or a small one is capitalised ("Terms And
    Conditions", "Happy New Year", "The Weather Is Very Nice Today."; not "Like Laurent Blanc was.", "I'm from
    Tokyo, Japan.", "Happy Valentine's Day.", whose holiday a reading in lower case lost)."""
    words = _WORDS.findall(text)
    capitalised = [w for w in words if w[0].isupper() and w[1:] == w[1:].lower()]
    small_ones = [w for w in capitalised[1:] if w.lower() in SMALL_WORDS]        # "And", "For": a title for sure
    sentence = text.rstrip().endswith(".") and len(capitalised) < MIN_TITLE_SENTENCE_WORDS and not small_ones
    return (len(capitalised) >= MIN_TITLE_WORDS and not shouted(text) and not sentence
            and all(w in capitalised or w in SMALL_WORDS for w in words)
            and (len(capitalised) == len(words) or bool(small_ones)))   # "Is Tom from Boston?" is a sentence


def caps_locked(text: str) -> bool:
    """Typed with caps lock on, a shifted first letter in lower case ("tHE WEATHER IS NICE."): the first word so,
    and most cased letters capitals."""
    words = _LETTERS.findall(text)
    cased = [c for c in text if c.isalpha() and c.upper() != c.lower()]
    return (bool(words) and len(cased) >= MIN_SHOUTED_LETTERS and len(words[0]) > 1 and words[0][0].islower()
            and words[0][1:].isupper() and sum(c.isupper() for c in cased) >= 0.7 * len(cased))


def read_case(text: str, vocab: Vocabulary, keep: Collection[str] = (), typed: str = "") -> tuple[str, bool]:
    """(the text in the case to read it in, whether it was shouted): words in ``keep`` (names standing in for
    copied spans) and ``ACRONYMS`` as they are; a text typed with caps lock on is read with its case swapped (and
    its translation not shouted). Where the text ``typed`` before its stand-ins was shouted, what is left in capitals
    is shouted however short ("CALL YOUR BOSS JULIE." read "CALL Mary." had come out "CALL MARY."). A greeting that
    opens the text is read in the case the model translates it in ("good morning," → "Good morning,", "Good night,"
    or "GOOD NIGHT," → "good night,")."""
    text, was_shouted = _read_case(text, vocab, keep, typed)
    text = _LOWER_GREETING.sub(lambda m: m.group(1) + m.group(2).capitalize(), text)
    return _GOOD_NIGHT.sub(lambda m: m.group(1) + "good night", text), was_shouted


def _read_case(text: str, vocab: Vocabulary, keep: Collection[str], typed: str) -> tuple[str, bool]:
    plain = _LETTERS.sub(lambda m: "" if m.group() in keep else m.group(), text) if keep else text
    if caps_locked(plain):
        return _read_case(_LETTERS.sub(lambda m: m.group() if m.group() in keep else m.group().swapcase(), text),
                          vocab, keep, "")
    if shouted(plain) or shouted(typed) and _LETTERS.search(plain) and plain == plain.upper() \
            or _shouted_word(plain):
        body = _LETTERS.sub(lambda m: m.group() if m.group() in keep or m.group() in ACRONYMS
                            else m.group().lower() if m.group().lower() in _READ_IN_LOWER
                            else vocab.usual_case(m.group()), text)
        body = _THE_US.sub("US", re.sub(r"\bi\b", "I", _CONTRACTION.sub(lambda m: m.group().lower(), body)))
        body = _AFTER_MY.sub(lambda m: m.group() if m.group(2) in keep else m.group(1) + m.group(2).lower(), body)
        return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), body), True
    if title_cased(plain):
        return _sentence_case(text, vocab, keep), False
    return text, False


# a word shouted alone, or as a sentence of a shouted line, read as its twin: "WELCOME!" had come out "WELCOME !",
# "SORRY!" "SORV !", "GOODBYE!" "Le GODBEE !", "HELLO!" "HELOLO !", "PUSH" "L'USH"; only these (read so, "WARNING!"
# came out «ARRÊTEZ !», "NEVER!" «N'AYEZ JAMAIS !», "PULL" «ARRÊTEZ»; "NASA", "IKEA" are acronyms, names)
_SAID_ALONE = frozenset("""welcome stop sorry thanks hello goodbye fire quiet push open caution finally help""".split())


def _shouted_word(text: str) -> bool:
    """Whether ``text`` is one of the words ``_SAID_ALONE``, alone in capitals ("WELCOME!", "SORRY, …" is no)."""
    words = _LETTERS.findall(text)
    return len(words) == 1 and words[0].isupper() and words[0].lower() in _SAID_ALONE


def _sentence_case(text: str, vocab: Vocabulary, keep: Collection[str]) -> str:
    """A title-cased text with its capitalised words after the first as the vocabulary spells them; a word the
    vocabulary also holds capitalised stays so before a name ("New York", not "new York"; "in Paris")."""
    found = list(_LETTERS.finditer(text))
    words = [m.group() for m in found]
    names = set()
    for k in range(1, len(words)):
        w = words[k]
        if w not in keep and w[0].isupper() and w[1:] == w[1:].lower():
            words[k] = vocab.usual_case(w)
            if words[k] == w:
                names.add(k)
    for k in range(len(words) - 2, 0, -1):
        was = found[k].group()
        if words[k] != was and k + 1 in names and was.lower() not in SMALL_WORDS and vocab.holds(was):
            words[k] = was
            names.add(k)
    out, pos = [], 0
    for m, w in zip(found, words):
        out += [text[pos:m.start()], w]
        pos = m.end()
    return "".join(out) + text[pos:]


def shout(text: str, keep: Collection[str] = ()) -> str:
    """``text`` in capitals, but for the words in ``keep``."""
    return _LETTERS.sub(lambda m: m.group() if m.group() in keep else m.group().upper(), text)


# the source's first word, capitalised only because it opens the sentence, and the same word after a French article
# in the translation ("Cigarettes are…" came out "Les Cigarettes sont…", "Traffic is…" "La Trafic est…") or inside
# its sentence ("Train drivers are on strike." "Les conducteurs de Train sont en grève.")
_OPENING_WORD = re.compile(r"[\W\d_]*([A-Z][a-z]{3,})\b")
_AFTER_ARTICLE = re.compile(r"(?<![\w'’])((?i:le|la|les|un|une|des|du|au|aux|ces) |[LlDd]['’])([A-ZÀ-Ý][a-zà-ÿ]{3,})\b")
# after a word of the sentence in lower case (not "Steve Jobs"), not a part of a compound name ("l'île Shut-In")
_INSIDE = re.compile(r"(?<![\w'’-])([a-zà-ÿ]+ )([A-ZÀ-Ý][a-zà-ÿ]{3,})\b(?![-'’]\w)")
# a name: "Mark's car" ("La voiture de Mark"), "Statistics Canada", "Mark Twain", and a singular word before "of",
# "and" or a comma ("Bank of Canada", "Search and Rescue", "Mark, come here."; not "Employees of UBS", "Cigarettes,
# however, …")
_NAMED = re.compile(r"['’]s\b|\s+[A-Z]|(?<![sS])(?:,|\s+(?:and|of|de)\s+[A-Z])")
# but a comma that opens an aside closed before the sentence's verb is no call: the word is the verb's subject
# ("Traffic, as usual, was terrible." kept "La Trafic, comme d'habitude, …"); it tells nothing, as without the aside
_ASIDE_THEN_VERB = re.compile(r",[^,.;:!?]{1,40},\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
                              r"|must|should|seems|seemed|remains|remained|(?!(?:need|indeed|speed)\b)[a-z]{2,}ed)\b")
# how French nouns of verbs and adjectives end ("températures", "migrants", "manifestation", "égalité"): a word the
# vocabulary cuts alike in either case ("▁T|emp|éra|ture|s") is a common noun if it ends so, not a place or a people
# ("Mongolie", "Syriens", "Hongrois", "Québécois")
_NOUN_ENDING = re.compile(r"(?:ure|tion|sion|ment|ité|eur|euse|age|ance|ence|isme|iste|ant|ent)[sx]?$")


class _Copied:
    """The source's opening word and what tells whether its copy in the translation is a common noun."""
    def __init__(self, word: str, vocab: Vocabulary):
        self.word, self.opening, self.vocab = word, word.lower(), vocab

    def common(self, french: str, inside: bool) -> bool:
        """Whether ``french`` (capitalised in the translation) is the opening word's copy, a common noun: one the
        vocabulary knows better in lower case (``usual_case``), or that it cuts alike in either case (no piece
        of its own) and that ends as a French common noun, translated or a plural ("Migrants"; not "Vincent",
        "Websites"); inside a sentence, only one the vocabulary knows in lower case and holds as a piece of its own
        there alone, or its singular if the model copied the word with a plural ending ("Train" → "train", "Band
        members" "les membres de Bands" → "bands"; not the names "usual_case" lowers for their first piece: "Fergus" =
        "fer|g|us", "Nortel", "Cheryl", "Wayne")."""
        if french.lower()[:4] != self.opening[:4]:
            return False
        one = french[:-1] if french[-1] in "sx" and french[:-1] == self.word else french   # "Band" copied "Bands"
        if inside:
            return self.vocab.holds(one.lower()) and not self.vocab.holds(one) \
                and self.vocab.usual_case(one) == one.lower()
        if self.vocab.usual_case(french) == french.lower():
            return True
        return (not inside and (french != self.word or french[-1] in "sx") and not self.vocab.holds(french)
                and bool(_NOUN_ENDING.search(french)))


def _named(source: str, end: int) -> bool:
    """Whether the source shows its opening word (ending at ``end``) as a name: ``_NAMED`` after it, but for a comma
    that opens an aside before the verb (``_ASIDE_THEN_VERB``)."""
    return bool(_NAMED.match(source, end)) and not _ASIDE_THEN_VERB.match(source, end)


def copied_capital(text: str, source: str, vocab: Vocabulary) -> str:
    """``text`` (a French translation of ``source``) without the capital the model copied from the source's opening
    word onto the same word after an article ("Les Cigarettes" → "Les cigarettes", "Les Températures") or inside
    its sentence ("les conducteurs de Train" → "…de train"): lower-cased where the vocabulary knows it better in
    lower case (``usual_case``), or where it cannot tell but the word ends as a French common noun does. A name keeps
    its capital ("La Chine", "Le Canada"), and so do peoples and places (``LOWER_CASE_NAMES``: "Les Européens", "Le
    Peru"), a word the source capitalises again further on (or its plural: "Mark went to Marks and Spencer" had
    come out "…à marks et Spencer"), and one it shows as a name ("Mark's car", "Mark,",
    "Statistics Canada")."""
    m = _OPENING_WORD.match(source)
    opening = m and m.group(1).lower()
    if not m or opening in LOWER_CASE_NAMES or opening.removesuffix("s") in LOWER_CASE_NAMES \
            or re.search(rf"\b{m.group(1)}(?:s|es)?\b", source[m.end():]) or _named(source, m.end()):
        return text
    copied = _Copied(m.group(1), vocab)
    text = _AFTER_ARTICLE.sub(lambda w: w.group(1) + w.group(2).lower() if copied.common(w.group(2), False)
                              else w.group(), text)
    return _INSIDE.sub(lambda w: w.group(1) + w.group(2).lower() if copied.common(w.group(2), True) else w.group(),
                       text)
