"""Generated counterfactual edits of an English source sentence, each a :class:`Variant` with a short
label ("she → he"), for probing a model: does the feminine survive, does the plural, the negation?

The rules are a small table, English only, and deliberately simple — probes, not a grammar:

- **gender** — the pairs in ``GENDER`` (he ↔ she, man ↔ woman, brother ↔ sister …); ``her`` becomes
  ``his`` before a noun-like word, else ``him``.
- **swap** — each occupation in ``OCCUPATIONS`` for each other one; a/an before it follows the new word.
- **number** — pronouns (I ↔ we, it/he/she → they, they → it …) and nouns: regular English plurals
  plus ``IRREGULAR``; a/an → two, this ↔ these, that ↔ those (right before the noun or one word
  before); the first be/have/do form within three words after it agrees (is ↔ are …). Generated
  variants touch only the nouns listed in ``NOUNS``/``OCCUPATIONS``/``GENDER``; a word the user
  selects is changed by the rules whatever it is.
- **tense** — forms of be, have and do only: is → was / will be, was → is / will be, has → had …
- **negation** — after the first auxiliary (is → is not, can → cannot), else do-support after a
  subject pronoun (I like → I don't like, she likes → she doesn't like); removing it undoes these
  and the contractions (I don't like → I like, isn't → is, didn't → did).
- **drop** — any word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

KINDS = ("gender", "number", "tense", "negation", "swap", "drop")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_GENDER_PAIRS = ("he she", "him her", "his her", "himself herself", "man woman", "men women", "boy girl",
                 "boys girls", "father mother", "fathers mothers", "brother sister", "brothers sisters",
                 "son daughter", "sons daughters", "husband wife", "husbands wives", "king queen", "kings queens",
                 "uncle aunt", "nephew niece", "grandfather grandmother", "gentleman lady", "mr mrs",
                 "actor actress", "waiter waitress", "dad mum", "sir madam", "boyfriend girlfriend")
GENDER = {**{f: m for m, f in (p.split() for p in _GENDER_PAIRS)},
          **{m: f for m, f in (p.split() for p in _GENDER_PAIRS)}, "hers": "his"}
OCCUPATIONS = ("doctor", "nurse", "engineer", "teacher", "lawyer", "secretary", "scientist", "cook")
NOUNS = ("cat", "dog", "book", "car", "house", "child", "friend", "student", "apple", "bird", "tree", "city",
         "letter", "box", "person", "horse", "table", "chair", "room", "key", "song", "movie", "picture",
         "flower", "glass", "bottle", "day", "week", "year", "hour", "minute", "question", "problem", "idea",
         "baby", "boy", "girl", "man", "woman", "brother", "sister", "son", "daughter", "window", "door")
IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet",
             "tooth": "teeth", "mouse": "mice", "goose": "geese", "wife": "wives", "knife": "knives",
             "life": "lives", "leaf": "leaves", "wolf": "wolves", "sheep": "sheep", "fish": "fish"}
_SINGULAR_OF = {p: s for s, p in IRREGULAR.items()}
PRONOUN_NUMBER = {"i": "we", "me": "us", "my": "our", "mine": "ours", "myself": "ourselves", "it": "they",
                  "its": "their", "itself": "themselves", "he": "they", "she": "they", "him": "them",
                  "his": "their", "himself": "themselves", "herself": "themselves", "we": "i", "us": "me",
                  "our": "my", "ours": "mine", "ourselves": "myself", "they": "it", "them": "it", "their": "its",
                  "themselves": "itself"}      # "her" → "their" before a noun-like word, else "them"
_PLURAL_PRONOUNS = {"we", "us", "our", "ours", "ourselves", "they", "them", "their", "themselves"}
_DET_PLURAL = {"a": "two", "an": "two", "one": "two", "this": "these", "that": "those"}
_DET_SINGULAR = {"these": "this", "those": "that", "two": "a", "three": "a", "several": "a", "many": "a"}
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
          "hasn't": "haven't", "doesn't": "don't", "am": "are"}
_AGREE_BACK = {p: s for s, p in _AGREE.items() if s != "am"}
ADVERBS = {"also", "always", "never", "often", "still", "really", "sometimes", "usually", "already", "just"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their", "its",
               "one", "two", "three", "some", "many", "several", "every", "each", "no"}
IRREGULAR_PAST = {"saw": "see", "went": "go", "made": "make", "said": "say", "took": "take", "came": "come",
                  "got": "get", "knew": "know", "thought": "think", "told": "tell", "gave": "give", "found": "find",
                  "left": "leave", "felt": "feel", "ate": "eat", "ran": "run", "wrote": "write", "bought": "buy",
                  "brought": "bring", "heard": "hear", "met": "meet", "lost": "lose", "slept": "sleep",
                  "spoke": "speak", "won": "win", "had": "have", "did": "do", "began": "begin", "drank": "drink"}
_I_FORMS = {"are": "am", "aren't": "am not", "were": "was", "weren't": "wasn't"}
_SUBJECTS = {"i", "you", "we", "they", "he", "she", "it"}
_MODALS = {"can", "could", "will", "would", "should", "must", "may", "might", "shall"}
_BE = {"is", "are", "am", "was", "were"}
_NEGATED: dict[str, str] = {
            "don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is", "aren't": "are", "wasn't": "was",
            "weren't": "were", "can't": "can", "cannot": "can", "won't": "will", "wouldn't": "would",
            "couldn't": "could", "shouldn't": "should", "haven't": "have", "hasn't": "has", "hadn't": "had",
            "mustn't": "must"}
_CONTRACTED = {v: k for k, v in _NEGATED.items() if k != "cannot"}
_NOT_NOUNS = {"a", "an", "the", "to", "and", "or", "but", "in", "on", "at", "for", "with", "from", "by", "of",
              "about", "again", "too", "very", "so", "now", "today", "yesterday", "tomorrow", "that", "this",
              "up", "down", "out", "back", "off", "because", "if", "when", "then", "there", "here", "all", "more",
              "much", "well", "not", "never", "as", "into", "over", "after", "before", "is", "was", "are",
              "were", "will", "can", "home", "it"}


@dataclass(frozen=True)
class Variant:
    label: str      # what changed, e.g. "she → he", "a cat → two cats", "drop “tired”"
    text: str       # the edited sentence
    kind: str       # one of KINDS
    index: int      # position of the edited word in source_words(original text)


def source_words(text: str) -> list[str]:
    """The words a user can select (letters, with inner apostrophes: "don't" is one word)."""
    return WORD.findall(text)


def word_edits(text: str, index: int) -> list[Variant]:
    """Every edit of the word at ``index`` (of :func:`source_words`) the rules know, drop included."""
    s = _Sentence(text)
    if not 0 <= index < len(s.words):
        raise IndexError(f"word {index} out of range (the sentence has {len(s.words)} words)")
    edits = [("gender", _gender(s, index)), ("number", _number(s, index, after_determiner=True))]
    edits += [("tense", e) for e in _tense(s, index)]
    edits += [("negation", _negation_at(s, index)), *[("swap", e) for e in _swaps(s, index)]]
    edits.append(("drop", {index: ""}))
    return _unique(s, [(kind, index, e) for kind, e in edits])


def variants(text: str, drops: bool = True) -> list[Variant]:
    """Generated variants of the whole sentence, by kind: gender, number, tense, negation (one, at the
    first place it applies), occupation swaps, then (``drops``) each word dropped."""
    s = _Sentence(text)
    found: list[tuple[str, int, Optional[dict]]] = []
    for kind in KINDS:
        for i in range(len(s.words)):
            if kind == "gender":
                found.append((kind, i, _gender(s, i)))
            elif kind == "number":
                found.append((kind, i, _number(s, i, after_determiner=False)))
            elif kind == "tense":
                found += [(kind, i, e) for e in _tense(s, i)]
            elif kind == "swap":
                found += [(kind, i, e) for e in _swaps(s, i)]
            elif kind == "drop" and drops:
                found.append((kind, i, {i: ""}))
        if kind == "negation":
            found.append(_sentence_negation(s))
    return _unique(s, found)


# -- the sentence and how edits apply ----------------------------------------------------------------
class _Sentence:
    def __init__(self, text: str):
        self.text = text
        self.spans = list(WORD.finditer(text))
        self.words = [m.group() for m in self.spans]
        self.lower = [w.lower().replace("’", "'") for w in self.words]

    def word(self, i: int) -> str:
        return self.lower[i] if 0 <= i < len(self.lower) else ""

    def adjacent(self, i: int) -> bool:
        """Words i and i+1 are separated by spaces only (no punctuation between them)."""
        return i + 1 < len(self.spans) and not self.text[self.spans[i].end():self.spans[i + 1].start()].strip()

    def cased(self, i: int, new: str) -> str:
        """``new`` in the case of word i ("She" → "He", "SHE" → "HE"); "I" stays upper case."""
        old = self.words[i]
        if new == "i" or new.startswith("i'"):
            return "I" + new[1:]
        if len(old) > 1 and old.isupper():
            return new.upper()
        if old[0].isupper() and (old != "I" or i == 0):
            return new[:1].upper() + new[1:]
        return new

    def apply(self, edits: dict[int, str]) -> str:
        """The text with word i replaced by ``edits[i]`` ('' drops it and one neighbouring space; when
        that was the capitalised first word, the next word starts the sentence)."""
        if edits.get(0) == "" and self.words[0][:1].isupper() and len(self.words) > 1 and 1 not in edits:
            edits = {**edits, 1: self.words[1][:1].upper() + self.words[1][1:]}
        out, pos = [], 0
        for i in sorted(edits):
            start, end = self.spans[i].start(), self.spans[i].end()
            new = self.cased(i, edits[i]) if edits[i] else ""
            if not new and end < len(self.text) and self.text[end] == " ":
                end += 1
            elif not new and start > pos and self.text[start - 1] == " ":
                start -= 1
            out += [self.text[pos:start], new]
            pos = end
        return "".join(out + [self.text[pos:]])

    def label(self, kind: str, edits: dict[int, str]) -> str:
        lo, hi = min(edits), max(edits)
        if kind == "drop":
            return f"drop “{self.words[lo]}”"
        new = [self.cased(i, edits[i]) if i in edits else self.words[i] for i in range(lo, hi + 1)]
        return f"{' '.join(self.words[lo:hi + 1])} → {' '.join(w for w in new if w) or '∅'}"


def _unique(s: _Sentence, found) -> list[Variant]:
    out, seen = [], {s.text}
    for kind, i, edits in found:
        if not edits:
            continue
        text = s.apply(edits)
        if text not in seen:
            seen.add(text)
            out.append(Variant(s.label(kind, edits), text, kind, i))
    return out


def _split(word: str) -> tuple[str, str]:
    """"she's" → ("she", "'s"); words without an apostrophe → (word, "")."""
    k = word.find("'")
    return (word, "") if k < 0 else (word[:k], word[k:])


def _noun_follows(s: _Sentence, i: int) -> bool:
    return s.adjacent(i) and s.word(i + 1) not in _NOT_NOUNS


# -- gender and swaps ---------------------------------------------------------------------------------
def _gender(s: _Sentence, i: int) -> Optional[dict]:
    base, suffix = _split(s.lower[i])
    new = ("his" if _noun_follows(s, i) else "him") if base == "her" else GENDER.get(base)
    return {i: new + suffix} if new else None


def _swaps(s: _Sentence, i: int) -> list[dict]:
    word = s.lower[i]
    plurals = {plural(o): o for o in OCCUPATIONS}
    base = plurals.get(word, word)
    if base not in OCCUPATIONS:
        return []
    out = []
    for other in OCCUPATIONS:
        if other != base:
            new = plural(other) if word in plurals else other
            out.append(_with_article({i: new}, s, i - 1, new))
    return out


def _with_article(edits: dict, s: _Sentence, j: int, next_word: str) -> dict:
    """a/an at word j follows the word after it."""
    if s.word(j) in ("a", "an"):
        edits[j] = "an" if next_word[:1] in "aeiou" else "a"
    return edits


# -- number ------------------------------------------------------------------------------------------
def plural(noun: str) -> str:
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def singular(noun: str) -> str:
    if noun in _SINGULAR_OF:
        return _SINGULAR_OF[noun]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "zes", "ches", "shes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else noun


def _is_plural(noun: str) -> bool:
    return noun in _SINGULAR_OF or (noun not in IRREGULAR and singular(noun) != noun)


_KNOWN_NOUNS = set(NOUNS) | set(OCCUPATIONS) | {"father", "mother", "husband", "wife", "king", "queen", "uncle",
                                                  "aunt", "actor", "actress", "waiter", "waitress"}


def _known_noun(word: str) -> bool:
    return word in _KNOWN_NOUNS or singular(word) in _KNOWN_NOUNS


def _number(s: _Sentence, i: int, after_determiner: bool) -> Optional[dict]:
    """Pronouns and listed nouns; with ``after_determiner`` also any word right after a determiner."""
    base, suffix = _split(s.lower[i])
    if base in PRONOUN_NUMBER or base == "her":
        new = _pronoun_number(s, i, base)
        to_plural = new in _PLURAL_PRONOUNS
        suffix = {"'s": "'re", "'m": "'re"}.get(suffix, suffix) if to_plural else \
            {"'re": "'m" if new == "i" else "'s"}.get(suffix, suffix)          # it's → they're → it's
        edits = {i: new + suffix}
    elif s.word(i - 1) in ("every", "each", "another"):
        return None
    elif _known_noun(base) or (after_determiner and base not in _NOT_NOUNS and s.word(i - 1) in DETERMINERS
                                and s.adjacent(i - 1)):
        to_plural = not _is_plural(base)
        new = plural(base) if to_plural else singular(base)
        if new == base:
            return None
        edits = {i: new + suffix}
        _determiner(s, i, to_plural, edits)
    else:
        return None
    _agreement(s, i, to_plural, new, edits)
    return edits


def _pronoun_number(s: _Sentence, i: int, base: str) -> str:
    if base == "her":
        return "their" if _noun_follows(s, i) else "them"
    nxt = s.word(i + 1) if s.adjacent(i) else ""
    if base == "it" and i > 0 and not (nxt in _AGREE or nxt in _MODALS or _looks_present(nxt)):
        return "them"                       # an object: give it to her → give them to her
    return PRONOUN_NUMBER[base]


def _determiner(s: _Sentence, i: int, to_plural: bool, edits: dict) -> None:
    """a/an → two, this ↔ these, that ↔ those … right before the noun (or one word before it)."""
    table = _DET_PLURAL if to_plural else _DET_SINGULAR
    for j in (i - 1, i - 2):
        if j < 0 or not s.adjacent(j):
            return
        if s.word(j) in table:
            edits[j] = table[s.word(j)]
            if edits[j] == "a" and (edits.get(j + 1) or s.word(j + 1))[:1] in tuple("aeiou"):
                edits[j] = "an"
            return


def _agreement(s: _Sentence, i: int, to_plural: bool, new: str, edits: dict) -> None:
    """A be/have/do form right after word i (or after an adverb in -ly or ADVERBS) follows its new number."""
    k = i + 1
    if s.adjacent(i) and (s.word(k).endswith("ly") or s.word(k) in ADVERBS):
        k += 1
    if not s.adjacent(k - 1):
        return
    verb = s.word(k)
    if to_plural and verb in _AGREE:
        edits[k] = _AGREE[verb]
    elif not to_plural and verb in _AGREE_BACK:
        if new != "i":
            edits[k] = _AGREE_BACK[verb]
        elif verb in _I_FORMS:                # we are → I am; we have → I have
            edits[k] = _I_FORMS[verb]
    elif s.word(i) in _SUBJECTS and _looks_present(verb):       # she likes → they like, they like → it likes
        third_before, third_after = s.word(i) in ("he", "she", "it"), new in ("he", "she", "it")
        if third_before != third_after:
            edits[k] = third_person(verb) if third_after else base_form(verb)


def _looks_present(word: str) -> bool:
    """A word after a subject pronoun that can be read as a simple-present verb."""
    return bool(word) and word not in _NOT_NOUNS and word not in _MODALS and word not in IRREGULAR_PAST \
        and word not in _BE and "'" not in word and not word.endswith("ed")


# -- tense --------------------------------------------------------------------------------------------
def _present(s: _Sentence, i: int, verb: str) -> str:
    """Present form of be/have/do (verb = "be" | "have" | "do") for the subject before word i."""
    subject = s.word(i - 1)
    plural_subject = subject in ("you", "we", "they") or (subject not in _SUBJECTS and _is_plural(subject))
    if verb == "be":
        return "am" if subject == "i" else "are" if plural_subject else "is"
    third = not plural_subject and subject != "i"
    return {"have": "has", "do": "does"}[verb] if third else verb


def _tense(s: _Sentence, i: int) -> list[dict]:
    w, nxt = s.lower[i], s.word(i + 1)
    if w in ("is", "am", "are", "isn't", "aren't"):
        past = {"is": "was", "am": "was", "are": "were", "isn't": "wasn't", "aren't": "weren't"}[w]
        return [{i: past}, {i: "won't be" if w.endswith("n't") else "will be"}]
    if w in ("was", "were", "wasn't", "weren't"):
        present = _present(s, i, "be") + ("n't" if w.endswith("n't") else "")
        return [{i: present.replace("amn't", "am not")}, {i: "won't be" if w.endswith("n't") else "will be"}]
    if w in ("has", "have"):
        return [{i: "had"}, {i: "will have"}]
    if w == "had":
        return [{i: _present(s, i, "have")}, {i: "will have"}]
    if w in ("do", "does", "don't", "doesn't"):
        return [{i: "didn't" if w.endswith("n't") else "did"}]
    if w in ("did", "didn't"):
        return [{i: _present(s, i, "do") + ("n't" if w == "didn't" else "")}]
    if w == "will" and nxt in ("be", "have") and s.adjacent(i):
        past = "had" if nxt == "have" else "were" if _present(s, i, "be") == "are" else "was"
        return [{i: _present(s, i, nxt), i + 1: ""}, {i: past, i + 1: ""}]
    return []


# -- negation -----------------------------------------------------------------------------------------
def third_person(verb: str) -> str:
    """like → likes, watch → watches, try → tries, have → has."""
    return {"have": "has", "do": "does", "go": "goes"}.get(verb) or plural(verb)


def base_form(verb: str) -> str:
    """likes → like, watches → watch, tries → try, has → have."""
    return {"has": "have", "does": "do", "goes": "go"}.get(verb) or singular(verb)


def _is_auxiliary(s: _Sentence, i: int) -> bool:
    w = s.lower[i]
    if w in _BE or w in _MODALS or w in ("do", "does", "did"):
        return True
    after = s.word(i + 1)      # have/has/had as an auxiliary: before a participle only
    return w in ("have", "has", "had") and (after == "been" or after.endswith("ed") or after.endswith("en"))


def _negation_at(s: _Sentence, i: int) -> Optional[dict]:
    """Add or remove a negation at word i: an auxiliary, a negated form, 'not', or a verb after a
    subject pronoun."""
    w, prev = s.lower[i], s.word(i - 1)
    if w in _NEGATED:
        if w in ("don't", "doesn't") and prev in _SUBJECTS and s.adjacent(i):
            return {i: "", i + 1: third_person(s.word(i + 1)) if w == "doesn't" else s.word(i + 1)}
        return {i: _NEGATED[w]}
    if w == "not" and i > 0 and _is_auxiliary(s, i - 1):
        return _remove_not(s, i - 1)
    if _is_auxiliary(s, i):
        if s.word(i + 1) == "not":
            return _remove_not(s, i)
        if s.word(i + 1) in _SUBJECTS and w in _CONTRACTED:        # a question: can you → can't you
            return {i: _CONTRACTED[w]}
        return {i: "cannot" if w == "can" else w + " not"}
    if prev in _SUBJECTS and s.adjacent(i - 1):
        if w in IRREGULAR_PAST:
            return {i: f"didn't {IRREGULAR_PAST[w]}"}
        if _looks_present(w):                # regular past tenses are left alone (no dictionary of stems)
            return {i: f"doesn't {base_form(w)}" if prev in ("he", "she", "it") else f"don't {w}"}
    return None


def _remove_not(s: _Sentence, aux: int) -> dict:
    """is not → is; after a subject pronoun, do not like → like and does not like → likes."""
    if s.lower[aux] in ("do", "does") and s.word(aux - 1) in _SUBJECTS and s.adjacent(aux + 1):
        verb = s.word(aux + 2)
        return {aux: "", aux + 1: "", aux + 2: third_person(verb) if s.lower[aux] == "does" else verb}
    return {aux: s.lower[aux], aux + 1: ""}


def _sentence_negation(s: _Sentence) -> tuple[str, int, Optional[dict]]:
    """The first negation that applies: at an auxiliary or a negated form first, else do-support."""
    verbs = [i for i in range(len(s.words)) if s.lower[i] in _NEGATED or s.lower[i] == "not" or _is_auxiliary(s, i)]
    for i in verbs + [i for i in range(len(s.words)) if i not in verbs]:
        edits = _negation_at(s, i)
        if edits:
            return "negation", i, edits
    return "negation", 0, None
