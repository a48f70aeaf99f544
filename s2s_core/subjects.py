"""A list of verbs that share one subject, read with the subject said again before each verb.

A long sentence that tells a day or a trip strings verbs on one subject: "we left our bags at the reception, had a
quick lunch in the café next door, and then walked down to the beach". Read so, the default model lost the subject
after the first verb and guessed a person and a tense for each of the others ("nous avons laissé nos sacs…, avait
un déjeuner rapide…, puis nous sommes entrés vers la plage"; "ma sœur et moi avons pris le train…, a loué une
petite voiture et a grimpé la côte"; "j'ai répondu…, appelé deux clients, ont écrit un bref rapport…"). Said with
its subject before each verb ("…, we had a quick lunch…, and then we walked…"), each verb came out in the
subject's person: "nous avons déjeuné rapidement…, et nous avons ensuite marché jusqu'à la plage". Read so: a
list of verbs cut by commas whose last opens with "and" or "but" (or follows an "and" inside the last item), each
in the past ("-ed" or a common irregular past) or, after a modal ("will", "can"…), a common bare verb; on a
personal pronoun, "… and I" ("we") or a plural noun ("the children": "they") that opens a clause. Lists of things
("I bought apples, pears, and plums"), participles ("…, escorted by…"), adjectives ("good, qualified and trained
officers") and verbs inside a relative clause ("the three I referred to, paid…") keep their words.
A present list is read so too, on "he", "she", "they", a plural or a listed singular noun ("She still lives in Lyon,
works at a bank and reads a lot.": "…, cuisinière chaque soir", "chanter dans une chorale" had come out), and a past
one on a singular noun whose French gender the model keeps ("The guide showed us…, told us…" had come out "…, nous
avons raconté…"; "the guide": "he", "the nurse": "she"; "the shop assistant" keeps its words). Not on "I" or "we"
in the present: what follows is often an imperative or an infinitive ("…, but rest assured").
"""
from __future__ import annotations

import re
from typing import Optional

_IRREGULAR = ("ate|began|read|cut|drew|fed|hung|"
              "bought|brought|built|came|caught|chose|drank|drove|fell|felt|flew|forgot|found|gave|got|"
              "grew|had|heard|held|kept|knew|left|lost|made|met|paid|put|ran|rang|rode|said|sang|sat|saw|sent|"
              "slept|sold|spent|spoke|stood|swam|took|taught|thought|threw|told|understood|went|woke|won|wrote")
PAST_VERB = rf"(?:{_IRREGULAR}|(?!(?:need|speed|seed|bed|red|shed|feed|indeed|hundred)\b)[a-z]{{2,}}ed)"
_BARE = ("go|come|have|take|make|get|buy|visit|see|eat|call|send|stay|leave|book|pay|bring|meet|try|help|check|"
         "clean|cook|walk|swim|drive|write|read|watch|play|find|put|give|tell|ask|start|finish|open|close|wait|"
         "rent|spend|show|return|move|sleep|drink|sit|spend|look|buy|fly|ride|travel|pick|prepare|answer|learn")
# verbs a present list is read with: "she still lives in Lyon, works at a bank and reads a lot" (their "-s" form after
# "he", "she" or a singular noun; bare after "I", "we", "they"): the model had written "lisez", "cuisinière", "chanter"
_VERBS = set(_BARE.split("|")) | set(
    "live|work|teach|cook|sing|dance|run|study|share|know|remember|forget|arrive|welcome|sell|repair|water|talk|"
    "coach|save|grow|keep|feed|wake|love|like|speak|plan|discuss|bake|love|drink|listen|smoke|paint|draw|wash|"
    "teach|fix|care|laugh|smile|cry|hate|want|need|use|write|sleep|rest|shop|train|climb|cycle|jog".split("|"))
_MODAL = r"(?:will|would|can|could|should|might|must)"
# a plural subject ("they"): "The students listened…, took notes, and asked…"; a noun in "-s" after "the", "our"…
# (not "the bus", "the boss", "the news"), or "children", "people", "kids"
_MANY = (r"(?:^|(?<=, )|(?<=; )|(?<=\bso )|(?<=\band )|(?<=\bthen )|(?<=\bwhen ))"      # opening a clause
         r"(?:[Tt]he|[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Tt]hese|[Tt]hose)\s+(?:[a-z]+\s+)?"
         r"(?:children|people|kids|(?!(?:has|was|does|this|its|[a-z]*(?:ss|us|is|news|ics))\b)[a-z]+s)")
# a singular noun whose French the model writes in one gender: "The guide showed us…, told us…" had come out "…, nous
# avons raconté…"; read "…, he told us…" ("il nous a raconté"). Only nouns listed: "the nurse" is "elle", "the
# teacher" is "il" ("le professeur"); another noun ("the shop assistant") keeps its words
_HE = ("man|boy|father|dad|brother|son|husband|uncle|grandfather|grandpa|guide|waiter|driver|doctor|pilot|chef|"
       "policeman|farmer|postman|plumber|mayor|baker|manager|boss|teacher|friend|neighbour|neighbor|child|dog|cat|"
       "singer|captain|soldier|priest|judge|customer|writer|author|king|cook|gardener|journalist|student")
_SHE = "woman|girl|mother|mum|mom|sister|daughter|wife|aunt|grandmother|grandma|lady|queen|nurse|waitress|actress"
_ONE = (r"(?:^|(?<=, )|(?<=; )|(?<=\bso )|(?<=\band )|(?<=\bthen )|(?<=\bwhen ))"
        r"(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir)\s+(?:(?!and\b)[a-z]+\s+)?"
        rf"(?:(?P<he>{_HE})|(?P<she>{_SHE}))")
_PAIR = r"(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z]+)(?:\s+[a-z]+)?\s+and\s+I"      # "my sister and I": "we"
_SUBJECT = re.compile(rf"\b(?:(?P<pron>I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Yy]ou)|{_PAIR}|{_ONE}|(?P<many>{_MANY}))\s+"
                      rf"(?P<modal>{_MODAL}\s+)?(?:(?:then|also|just|first|still|often|usually|always|now)\s+)?"
                      rf"(?P<verb>\w+)\b")
# what comes before a subject that opens a clause: nothing, a comma, a word that opens a sentence ("Yesterday I…"), a
# conjunction or a time ("This morning I…", "On Saturday we…"); not a noun whose relative clause it opens ("the
# comments I made, …", "the government, of which I had the honour to lead, brought…"), nor a word like "everyone"
# ("Everyone I asked, laughed, and said no." had been read "…, I laughed, and I said no.")
_OPENS = re.compile(r"(?:^|^\W*(?!(?:what|which|who|whom|whose|"
                    r"every(?:one|body|thing)|some(?:one|body|thing)|any(?:one|body|thing)|nobody|nothing|all|those)\s)"
                    r"\w+\s+|[,;:]\s*|"
                    r"\b(?:when|so|and|but|then|because|where|after|before|while|as|since|once|until|that|though|"
                    r"although|today|yesterday|morning|afternoon|evening|night|summer|winter|"
                    r"spring|autumn|week|month|year|lunch|dinner|breakfast|finally|first|later|now)\s+|"
                    r"\b(?<!the )(?<!a )(?<!that )(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|"
                    r"sunday)\s+)$", re.I)                    # not "The Sunday we spent there, …": a relative
_IF = re.compile(r"\bif\s+$", re.I)
# a subject after its auxiliary asks a question ("Have you packed, locked the door, and turned off the lights?"):
# said again, the question came out as statements ("…, vous avez verrouillé la porte et vous éteignez…")
_ASKED = re.compile(r"\b(?:have|has|had|did|do|does|will|would|can|could|should|shall|are|were|is|was)\s+$", re.I)
_INFINITIVE = re.compile(rf"\bto\s+(?:\w+\s+)?(?:{_BARE})\b")      # "ask him to (first) open…"
_AUXILIARY = re.compile(r"\b(?:am|is|are|was|were|been|has|have|had|will|would)\b")
# what follows a verb in "-ed" of the list: an object's determiner or pronoun, a particle, a preposition, an adverb
# a plural or nothing ("rented a car", "walked down to…", "stretched,"); not a noun ("…, enriched treatment of…":
# an adjective)
_AFTER_ED = re.compile(r"\s*$|\s+(?:the|a|an|my|your|his|her|its|our|their|this|that|these|those|some|any|all|every|"
                       r"each|no|many|much|more|several|two|three|four|five|six|seven|eight|nine|ten|\d+|me|you|him|it|"
                       r"us|them|myself|ourselves|themselves|himself|herself|to|in|on|at|for|with|from|into|onto|up|"
                       r"down|out|off|back|over|around|through|across|along|away|about|home|there|here|again|together|"
                       r"twice|hard|late|early|\w+ly|[a-z]+[^s\W]s)\b")     # "played cards"
_BARE_WORD = re.compile(r"\s+(?:and|or)\b")    # "good, qualified and trained officers": adjectives, no verbs
# a word in "-ed" alone between commas that says how the subject felt, not what it did ("She stood up, embarrassed,
# and walked out."): these verbs take an object, so alone they are adjectives (read "…, she embarrassed, and she
# walked out", it had come out "elle s'est embarrassée"; "he exhausted": "il s'est épuisé"; "I annoyed": "j'ai claqué")
_FELT = re.compile(r"\s*(?P<felt>(?:annoy|embarrass|exhaust|tir|surpris|excit|bor|scar|frighten|terrifi|worri|"
                   r"confus|reliev|disappoint|amaz|astonish|shock|stunn|startl|pleas|satisfi|delight|thrill|puzzl|"
                   r"frustrat|irritat|amus|asham|horrifi|alarm|depress|stress|distress|humiliat|offend|overwhelm|"
                   r"intimidat|impress|disgust|bewilder|daz|soak|drench|determin|convinc|defeat|injur|wound|"
                   r"outrag|enrag|infuriat|disturb|agitat|exasperat)ed)\s*$")
# the subject is said after "and" and before "later" ("…, and he later served in…"): said after it ("and later he
# served"), the model had lost the verb ("et plus tard, dans la Force aérienne") or written another tense ("il
# travaillait"). Before "then" it had lost the "then" ("and we then walked": "nous avons ensuite retourné")
_LINK = r"(?P<conj>(?:and|but)\s+)?(?P<adverb>(?:then|finally|later|also)\s+)?"
_ITEM = re.compile(rf"\s*(?P<link>{_LINK})(?P<verb>[a-z]+)\b")
# an item of bare verbs: any verb (not only a motion) alone or with its particle, perhaps two joined by "and" ("came
# in and sat down"). A list whose later items are all so ("He knocked, came in and sat down.") is left whole: the
# model reads it well ("Il frappa, entra et s'assit."); said again, "he came in" had been lost ("il s'est assis…")
_PARTICLE = r"(?:\s+(?:in|out|up|down|back|off|away|over|around|inside|outside))?"
# not "left" (whole, "They arrived, looked around and left." had become "…regardèrent autour de gauche."), nor one after
# "then" (whole, "He went out, and then came back." had lost its "then": "et il est rentré")
_BARE_VERB = r"(?!left\b)[a-z]+"
_BARE_VERBS = re.compile(rf"\s*(?:(?:and|but)\s+)?{_BARE_VERB}{_PARTICLE}(?:\s+and\s+{_BARE_VERB}{_PARTICLE})?"
                          r"\s*[.!]?\s*")
_INNER_AND = re.compile(r"\s+and\s+(?P<link>(?:(?:then|finally|later|also)\s+)?)(?P<verb>[a-z]+)\b")


def _subject_at(step: re.Match) -> int:
    """Where the subject goes in a list's item ``step``: before its verb, or before "later" after "and" or "but"."""
    later = step.group("conj") and (step.group("adverb") or "").strip() == "later"
    return step.end("conj") if later else step.start("verb")


def _third(word: str) -> bool:
    """Whether ``word`` is the "-s" form of a listed verb: "lives", "watches", "studies", "goes", "has"."""
    return word in ("has", "does", "goes") or word.endswith("s") and (
        word[:-1] in _VERBS or word.endswith("es") and word[:-2] in _VERBS
        or word.endswith("ies") and word[:-3] + "y" in _VERBS)


def _is_verb(word: str, mode: str) -> bool:
    """Whether ``word`` is a verb of a list in ``mode``: "past", "bare" (after a modal: a common bare verb; a
    present after "I", "we", "they": a listed verb) or "s" (a present after "he", "she", a singular noun)."""
    if mode == "s":
        return _third(word)
    if mode == "present":       # not "read", "put": "they read Spanish novels" had come out "ils ont lu"
        return word in _VERBS and not re.fullmatch(_IRREGULAR, word)
    return bool(re.fullmatch(_BARE if mode == "bare" else PAST_VERB, word))


def _mode(m: re.Match) -> Optional[str]:
    """The kind of list the subject ``m`` opens, by its first verb: "bare" after a modal, "past", "s" (a present
    after "he", "she" or a singular noun), "present" (after "I", "we", "they", "you", a plural), or None."""
    verb, pron = m.group("verb"), m.group("pron")
    if m.group("modal"):
        return "bare" if _is_verb(verb, "bare") else None
    if _is_verb(verb, "past"):
        return "past"
    single = pron in ("he", "He", "she", "She") or m.group("he") or m.group("she")
    if not single and pron not in ("they", "They") and not m.group("many"):
        return None         # "I know…, but rest assured", "we listen…, and I let me say": "I", "we" lists misread
    return ("s" if single else "present") if _is_verb(verb, "s" if single else "present") else None


def _said_before(item: str, at: int, said: str) -> str:
    """``item`` with ``said`` (the subject, and its modal) put before its verb at ``at``."""
    return item[:at] + said + " " + item[at:]


def _subject_said(text: str, m: re.Match) -> Optional[str]:
    """The subject ``m`` as said again before each verb of its list ("we", "I will", "they"), or None where it
    opens no such list: its verb is none of the list's, it does not open a clause, it follows "if" (said again,
    "if he wanted to, and had the courage" lost its "si") or its auxiliary in a question ("Have you packed, locked
    the door…?"), or its first item has another verb ("…how the bishop had fought…, and had given…") or an
    infinitive the list goes on ("I would ask him to open…, learn…")."""
    modal, before, first = m.group("modal"), text[:m.start()], text[m.end():].split(",")[0]
    if not _mode(m) or not _OPENS.search(before) or _IF.search(before) or _ASKED.search(before) \
            or _AUXILIARY.search(first) or modal and _INFINITIVE.search(first) \
            or _mode(m) in ("s", "present") and re.search(r"\bto\s+\w+\s*$", first):
        return None         # "They need capital to operate, buy equipment and fly it": infinitives
    pron = m.group("pron")
    if re.search(r"\bher(?:self)?\b" if m.group("he") else r"\b(?:his|him|himself)\b" if m.group("she") else "^$",
                 text[m.end():]):
        return None                       # "The singer…, sang her first song": not "he"
    said = "I" if pron == "I" else pron.lower() if pron else "they" if m.group("many") else "he" if m.group("he") \
        else "she" if m.group("she") else "we"
    return said + " " + modal.strip() if modal else said


# a verb in "-ed" before a noun with no determiner, between two verbs of a list already read ("…, bought some fruit,
# cooked dinner, and watched a film." had come out "…un dîner cooké et regarda un film."): a verb with its object,
# not an adjective ("smoked salmon, cooked ham and fresh bread" has no verb before it). Only verbs listed: read so,
# "…, swam in the sea, played volleyball, and ate ice cream" lost its "swam"
_ED_VERBS = ("cooked", "baked", "fixed", "painted", "prepared", "ordered", "watched")
_ED_NOUN = re.compile(r"\s+[a-z]+(?:\s+(?:for|with|at|in|on)\s+[\w\s]+)?\s*$")


def _between_verbs(item: str, step: Optional[re.Match], mode: str, first: str, done: list, after: str) -> bool:
    """Whether ``item`` ("cooked dinner") is a verb in "-ed" with a bare noun as object, after a verb of the list
    (``done`` has one beyond its first) and before another (``after``: "and watched a film")."""
    if not step or mode != "past" or len(done) < 2 or step.group("verb") not in _ED_VERBS \
            or not _ED_NOUN.match(item, step.end()):
        return False
    nxt = _ITEM.match(after)
    return _is_item(after, nxt, mode, first)


def _is_item(item: str, step: Optional[re.Match], mode: str, first: str) -> bool:
    """Whether ``item`` (``step``: its opening) is a verb of the list: not an adjective ("asked for increased X,
    increased Y"; "…, enriched treatment of…"), one of a list of adjectives ("good, qualified and trained"), nor a
    feeling alone ("…, embarrassed, and walked out": ``_FELT``)."""
    if not step or not _is_verb(step.group("verb"), mode) or _BARE_WORD.match(item, step.end()) \
            or re.search(rf"\b{step.group('verb')}\b", first):
        return False
    if mode != "past" or not step.group("verb").endswith("ed"):
        return True
    return bool(_AFTER_ED.match(item, step.end())) and not _FELT.fullmatch(item, step.start("verb"))


def _one_chain(text: str, m: re.Match) -> str:
    """``text`` with the list of verbs that follows the subject ``m`` said with the subject before each, or as it
    is where that is no such list (``read_with_subjects``)."""
    said = _subject_said(text, m)
    if not said:
        return text
    mode, items = _mode(m), text[m.end():].split(",")
    done, ended = [items[0]], False
    for at, item in enumerate(items[1:], 2):
        step = _ITEM.match(item)
        after = items[at] if at < len(items) else ""
        if not _is_item(item, step, mode, items[0]) and not _between_verbs(item, step, mode, items[0], done, after):
            break
        done.append(_said_before(item, _subject_at(step), said))
        ended = step.group("link").startswith(("and", "but"))
        if ended:
            break
    inner = None if ended or len(done) < 2 else _INNER_AND.search(done[-1])    # "…, called two clients and went home"
    if inner and _is_verb(inner.group("verb"), mode):
        done[-1], ended = _said_before(done[-1], inner.start("verb"), said), True
    if not ended or re.search(rf"\b{PAST_VERB}\s+by\b", ",".join(done[1:])) \
            or len(done) == len(items) and all(map(_BARE_VERBS.fullmatch, items[1:])):  # "…, escorted by…"; bare verbs
        return text
    return text[:m.end()] + ",".join(done + items[len(done):])


# ", so" + a pronoun and two verbs joined by "and", no comma between: at the end of a long sentence the model gave the
# second verb another tense or person ("…, so we stayed at home and watched a film" → "…et regardâmes un film", "…,
# so we spent the night at the airport and left…" → "…et quitta le matin suivant", "so he often works late and
# sleeps…" → "…et dormit au bureau"); said again ("and we watched") each came out right
_SO_PAIR = re.compile(r"(,\s+so\s+(?P<pron>I|we|he|she|they)\s+(?:(?:often|usually|always|just|then|also)\s+)?"
                      r"(?P<first>[a-z]+)\b[^,;:.!?]*?\s+and\s+)(?=(?P<second>[a-z]+)\b)")


def _pair_said(m: re.Match) -> str:
    """The pair's "…and " with its pronoun said again where both verbs are past, or "-s" presents after "he" or
    "she"; a word in "-ed" as the second only with an object or a preposition after it ("and boiled eggs": a noun)."""
    first, second, single = m.group("first"), m.group("second"), m.group("pron") in ("he", "she")
    past = _is_verb(first, "past") and _is_verb(second, "past") and (
        not second.endswith("ed") or bool(_AFTER_ED.match(m.string, m.end("second"))))
    present = single and _third(first) and _third(second)
    return m.group(1) + m.group("pron") + " " if past or present else m.group(0)


def read_with_subjects(text: str) -> str:
    """``text`` with each list of verbs on one subject ("we left our bags…, had lunch…, and then walked…") said
    with the subject before each verb ("…, we had lunch…, and then we walked…"); the model gave the verbs after
    the first another person and tense. Two verbs after ", so" are read so too (``_SO_PAIR``)."""
    start, text = 0, _SO_PAIR.sub(_pair_said, text)
    while True:
        m = _SUBJECT.search(text, start)
        if not m:
            return text
        text, start = _one_chain(text, m), m.end()
