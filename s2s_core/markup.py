"""Inline markup (HTML or XML tags: ``<b>…</b>``, ``<i>``, ``<br>``, ``<a href="…">``; Markdown emphasis:
``**bold**``, ``*italic*``; double quotes around a few words after a word: ``said "yes"``) set aside before
translating and put back around the words it wrapped.

Read as text, a tag's ``<``, ``>`` and name are pieces a model trained on plain sentences has rarely seen, and
the sentence around them falls apart: "Click <b>Save</b> to keep your changes." came out as "Click utilise
l'établissement d'un produit-Save-Dépens pour tenir compte de vos changements.". So the model reads the text
without its tags, and each tag goes back by the attention the app draws: a pair of tags around the target words
that looked most at the source words it wrapped ("Cliquez sur <b>Enregistrer</b> …"), an opening tag without
its pair before the target word that looked most at the source word after it, a closing or single tag
(``<br>``) after the one that looked most at the source word before it. Without attention (or when the words
cannot be matched), a tag goes to the same relative place. A tag stays glued to its word, so the words of the
translation stay as the model wrote them; a tag that touches a letter in the source touches one in the translation
too, leaving the word's punctuation outside ("<b>now</b>!", "(<i>sic</i>)", "**important** notes." →
"notes **importantes**.").

``strip(text)`` returns the text to translate and the tags; ``put_back(translation, tags, attended)`` the
translation with them. Only tags: entities (``&amp;``) and comments are read as written.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import NamedTuple, Optional, Sequence

# a tag's attributes: a quoted value may hold ">" ('<a title="a > b">' had been cut at "a >", its "b\">" left in the
# text); no sign is read two ways
ATTRS = r"""(?:"[^"]*"|'[^']*'|[^<>"'])"""
# a tag only where its ">" comes (the lookahead, linear): the spaces "\s+", the lazy attributes and "\s*" share
# had made one that never closes cubic ("a <b" and 2,000 spaces took minutes)
TAG = re.compile(rf"<(?={ATTRS}*>)(/?)([A-Za-z][\w:.-]*)((?:\s+{ATTRS}*?)?)\s*(/?)>")
# tags that stand between words rather than inside one: "one<br>two" is two words
BREAKING = frozenset("br hr p div li ul ol tr td th table h1 h2 h3 h4 h5 h6 img section article header footer "
                     "blockquote pre".split())
# Markdown emphasis: **bold**, __bold__, *italic*, ~~struck~~ (not inside a word: "snake_case", "2*3*4")
EMPHASIS = re.compile(r"(?<![\w*~])(\*\*|__|\*|~~)(?=[^\s*~])(.+?)(?<=[^\s*~])\1(?![\w*~])")
# a word or a few in double quotes after a word ('She said "yes".'): read glued to its quote, the word fell into
# letters ("▁\" y es" → "« ys »"), so the quotes are set aside like emphasis. Not a quote that opens the text (a
# line of dialogue: '"I have fine children" she adds.' lost its verb so), nor single quotes: read without them,
# newstest's "'legally' copied" had them put back around another word
QUOTED = re.compile(r"(?<=\w )([\"“])(?=[^\s\"“”])([^\"“”.!?;:\n]{1,40}?)(?<=[^\s\"“”])([\"”])"
                    r"(?![\w\"“”])")
MAX_QUOTED_WORDS = 4
# a button's or a key's name in quotes after the word that presses it is copied with its quotes (verbatim.py), not
# set aside: 'Click on "Sign up"' came out 'Clique-toi sur « Sign et »', 'Tap "Save"' lost the button
UI_LABEL = re.compile(r"\b(?:click|tap|press|select|choose|hit)\s+(?:on\s+)?([\"“][A-Z][^\"“”\n]{0,30}[\"”])",
                      re.IGNORECASE)
# a word asked about in quotes after "how do you say" is copied with its quotes too (verbatim.py): set aside like
# any quote, its words were translated, 'How do you say "thank you" in French?' → «Comment dis-tu « merci en
# français » ?», '…say "chair"…' «…la « chaise »…»; copied: «Comment dis-tu « thank you » en français ?»; in single
# quotes too ("How do you say 'apple' in French?" had come out «Comment dis-tu qu'il y a…»), with an apostrophe
# inside (words46, s39: "How do you say 'I'm sorry' in French?" had «…que je suis désolée en français ?»). Only "in
# French": asked in another language, the word is the French reader's to translate (Tatoeba's '…"thank you" in
# Japanese?' «…« merci » en japonais ?» as typed)
SAID_WORD = re.compile(r"\bhow\s+(?:do|would|can|could|should|does)\s+(?:you|I|we|one|they|people)\s+say\s+"
                       r"([\"“][^\"“”\n]{1,40}[\"”]|['‘](?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,40}['’](?!\w))"
                       r"(?=\s+in\s+French\b)",
                       re.IGNORECASE)
# words written on something, in quotes and in title case after a verb that writes or says them, are copied with
# their quotes too (verbatim.py), as an inscription is: set aside like any quote, their words were translated in
# the sentence and fell apart ('She wrote "Happy Birthday Anna" on the card.' → «… « Happy Birthday pour » la
# carte.», '…put "Get Well Soon"…' dropped, 'The cake said "Happy Anniversary Mum and Dad".' → «« Happy Anniversaire
# et Dad »»); copied: «Elle a écrit « Happy Birthday Anna » sur la carte.». Two to six words, each capitalised but
# for small ones ("Mum and Dad"); not a sentence in quotes ('He texted me "See you soon"'), the French reader's to
# translate
_TITLED = r"[A-Z][\w'’-]*"
INSCRIPTION = re.compile(r"\b(?i:write|wrote|written|writing|writes|put|puts|putting|print|printed|engrave|engraved|"
                         r"say|says|said|saying|read|reads)\s+"                   # "Write…" opening the sentence too
                         rf"([\"“]{_TITLED}(?:\s+(?:{_TITLED}|and|of|the|a|to|in|on|for|&)){{1,5}}[\"”])(?![\w\"“”])")
# the quotes copied with their words, group 1 of each (verbatim.py stands them in; ``_marks`` leaves them be)
COPIED_QUOTES = (UI_LABEL, SAID_WORD, INSCRIPTION)
# an element to copy whole: code, and a script or a style, whose words are no prose ("<script>alert(1)</script>"
# had come out "L'aclerte <script>Runt(1)</script>")
CODE = re.compile(rf"<(?P<el>code|kbd|samp|tt|var|script|style)\b{ATTRS}*>[^<]*</(?P=el)>", re.IGNORECASE)
SINGLE = frozenset("br hr img wbr input meta link area base col embed source track param".split())
_CLOSING_PUNCT = ".,;:!?…)]}\"'»%"
_OPENING_PUNCT = "([{\"'«¿¡"


class Tag(NamedTuple):
    raw: str                 # the tag as written
    after: bool              # True: glued after its target word (closing, single); False: before it (opening)
    words: tuple             # source words it is placed by (an open/close pair: the words it wraps)
    punct: bool              # it touches a letter or digit: punctuation at the target word's edge stays outside
                             # ("<b>now</b>!" → "<b>maintenant</b> !"); not so "<p>Hello.</p>" → "<p>Bonjour.</p>"
    edge: bool = False       # it opens or closes the whole text: it does so in the translation too


class Markup(NamedTuple):
    tags: tuple              # of Tag, in source order
    words: int               # words (whitespace-separated, as '▁' groups) in the text without tags (after
                             # ``moved``: in the text the model reads)


NONE = Markup((), 0)


def strip(text: str, kept: Sequence[tuple[int, int]] = ()) -> tuple[str, Markup]:
    """``text`` without its tags (a space where one stood between words), and the tags with their places; none
    taken inside the spans ``kept`` (a quoted sentence translated on its own, speech.py)."""
    marks = _marks(text, kept)
    if not marks:
        return text, NONE
    plain, found = [], []
    pos = 0
    for start, end, name, kind in marks:
        plain.append(text[pos:start])
        sofar = "".join(plain)
        glued = bool(sofar) and not sofar[-1].isspace()
        started = len(sofar.split())               # words begun before the tag
        hugs = text[start - 1:start] if kind == "close" else text[end:end + 1]    # the character it touches
        punct = hugs.isalnum()
        edge = not text[:start].strip() if kind == "open" else kind == "close" and not text[end:].strip()
        found.append(_Found(name, kind, started - glued, started - 1, text[start:end], punct, edge))
        if name in BREAKING and glued and end < len(text) and not text[end].isspace():
            plain.append(" ")
        pos = end
    plain.append(text[pos:])
    rest = re.sub(r"[ \t]+", " ", "".join(plain)).strip()
    n = len(rest.split())
    if not n:
        return text, NONE                # nothing but tags: read them as they are
    return rest, Markup(_placed(found, n), n)


def _marks(text: str, kept: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str, str]]:
    """(start, end, name, open | close | single) of each HTML tag and Markdown emphasis mark, in order."""
    marks = []
    if "<" in text:
        for m in TAG.finditer(text):
            name = m.group(2).lower()
            kind = "single" if m.group(4) == "/" or name in SINGLE else "close" if m.group(1) else "open"
            marks.append((m.start(), m.end(), name, kind))
    if any(c in text for c in "*_~"):
        for m in EMPHASIS.finditer(text):
            mark = m.group(1)
            marks += [(m.start(), m.start() + len(mark), mark, "open"), (m.end() - len(mark), m.end(), mark, "close")]
    if any(c in text for c in "\"“"):
        tags = [(a, b) for a, b, *_ in marks]
        for m in QUOTED.finditer(text):
            in_tag = any(a <= m.start() < b for a, b in tags)
            if len(m.group(2).split()) <= MAX_QUOTED_WORDS and not in_tag:
                marks += [(m.start(), m.start() + 1, "quote", "open"), (m.end() - 1, m.end(), "quote", "close")]
    code = [m.span() for m in CODE.finditer(text)] if "<" in text else []     # copied whole (verbatim.py)
    code += [m.span(1) for pattern in COPIED_QUOTES for m in pattern.finditer(text)]
    code += kept
    marks = sorted(m for m in marks if not any(a <= m[0] < b for a, b in code))
    return [m for k, m in enumerate(marks) if not k or m[0] >= marks[k - 1][1]]     # overlapping: the first


class _Found(NamedTuple):
    name: str
    kind: str                # open | close | single
    next_word: int           # the word that starts at or after the tag (its own word if it stands inside one)
    last_word: int           # the last word begun before it (-1: none)
    raw: str
    punct: bool
    edge: bool


def _pairs(found: list) -> dict[int, int]:
    """Opening tag index ↔ closing tag index, matched by name as HTML nests them."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, f in enumerate(found):
        if f.kind == "open":
            stack.append(i)
        elif f.kind == "close":
            j = next((k for k in reversed(stack) if found[k].name == f.name), None)
            if j is not None:
                stack = stack[:stack.index(j)]
                pairs[j], pairs[i] = i, j
    return pairs


def _placed(found: list, n: int) -> tuple:
    """Each tag with the source words it is placed by: a matched pair by the words between them."""
    pairs = _pairs(found)
    tags = []
    for i, f in enumerate(found):
        j = pairs.get(i)
        if j is not None:
            first, last = (f.next_word, found[j].last_word) if f.kind == "open" else (found[j].next_word, f.last_word)
            if first <= last:
                tags.append(Tag(f.raw, f.kind == "close", tuple(range(first, last + 1)), f.punct, f.edge))
                continue
        if f.kind == "open" and f.next_word < n:
            tags.append(Tag(f.raw, False, (f.next_word,), f.punct, f.edge))
        elif f.last_word >= 0:
            tags.append(Tag(f.raw, True, (min(f.last_word, n - 1),), f.punct, f.edge))
        else:
            tags.append(Tag(f.raw, False, (0,), f.punct))
    return tuple(tags)


def moved(markup: Markup, typed: str, read: str) -> Markup:
    """``markup`` (from ``strip``, whose text is ``typed``) for ``read``, the same text in other words: each tag's
    words carried over by aligning the two texts' words. Readings (phrasing/, shorthand…) add and drop words, and a
    tag placed by its word's number landed on another word: "Click <b>Save</b>" read "Click on Save" had come out
    "Cliquez <b>sur</b> Save"; now it wraps "Save" (and "Turn <b>left</b>" read "Turn to the left" "left").
    Aligning (difflib) needs nothing from the readings, which stay as they are for text without tags."""
    new = read.split()
    if not markup.tags or not new or len(typed.split()) != markup.words:
        return markup
    spans = _spans(typed.split(), new)
    return Markup(tuple(_carried(tag, spans, len(new)) for tag in markup.tags), len(new))


def _spans(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """For each of ``old``'s words, the ``new`` words it became (start, end): itself where both have it (in any case
    or punctuation), its share of a reworded run ("ASAP" → "as soon as possible"), none (start = end, where it
    stood) where it was dropped."""
    def key(word: str) -> str:
        return re.sub(r"\W", "", word.lower()) or word
    spans = []
    matcher = SequenceMatcher(None, [key(w) for w in old], [key(w) for w in new], autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        for i in range(i2 - i1):
            spans.append((j1 + i * (j2 - j1) // (i2 - i1), j1 - (-(i + 1) * (j2 - j1) // (i2 - i1))))
    return spans


def _carried(tag: Tag, spans: Sequence[tuple[int, int]], n: int) -> Tag:
    """``tag`` placed by the new words its words became; where they were all dropped, by the word after them (an
    opening tag) or before them (a closing one)."""
    start, end = spans[min(tag.words)][0], spans[max(tag.words)][1]
    if end > start:
        return tag._replace(words=tuple(range(start, end)))
    return tag._replace(words=(max(start - 1, 0) if tag.after else min(start, n - 1),))


def put_back(text: str, markup: Markup, attended: Optional[Sequence[int]] = None) -> str:
    """``text`` with each tag glued to the target word chosen for it (``attended``: for each source word, the
    target word that looked most at it, see ``fold.attended_words``; used when it matches both texts)."""
    tokens = text.split()
    if not markup.tags or not tokens:
        return text
    m, n = len(tokens), markup.words
    use = attended is not None and len(attended) == n and n and max(attended) < m

    def target(k: int) -> int:
        return _worded(tokens, attended[k] if use else min(int((k + 0.5) * m / n), m - 1))

    before: dict[int, list[Tag]] = {}
    after: dict[int, list[Tag]] = {}
    spans = _apart({t.words: [min(map(target, t.words)), max(map(target, t.words))] for t in markup.tags
                    if t.after and not t.edge and any(not o.after and o.words == t.words for o in markup.tags)}, m)
    for tag in markup.tags:
        if tag.edge:                                     # "<p>…</p>" around it all: the first and last word
            (after.setdefault(m - 1, []) if tag.after else before.setdefault(0, [])).append(tag)
            continue
        places = spans.get(tag.words) or [target(k) for k in tag.words]
        if tag.raw in QUOTES and not _says_something(tokens[min(places):max(places) + 1]):
            continue                                     # the quoted word was dropped: no quotes around "est"
        (after.setdefault(max(places), []) if tag.after else before.setdefault(min(places), [])).append(tag)
    out = []
    for k, token in enumerate(tokens):
        for tag in reversed(before.get(k, [])):          # innermost first: "<b><i>" stays in that order
            token = _glue_before(token, tag)
        for tag in after.get(k, []):
            token = _glue_after(token, tag)
        out.append(token)
    return " ".join(out)


def _apart(spans: dict[tuple, list[int]], m: int) -> dict[tuple, list[int]]:
    """Target spans (first, last word) of tag pairs, keyed by the source words they wrap, with two that wrap
    different source words kept apart (``m`` target words): by attention they had crossed ("so <b>call back</b>
    <i>later</i>" → "<b>rappelez-vous <i>plus</b></i> tard", no longer HTML; now "<b>rappelez-vous</b> <i>plus</i>
    tard"); two on the same words, the second goes on to the word after."""
    for a, b in ((a, b) for a in spans for b in spans if max(a) < min(b)):
        first, second = sorted((spans[a], spans[b]))
        if second[0] > first[1]:
            continue                                     # apart already
        if first[0] < second[0]:
            first[1] = second[0] - 1
        elif first[1] < second[1]:
            second[0] = first[1] + 1
        elif first[1] + 1 < m:
            spans[b][:] = [first[1] + 1] * 2
    return spans


def _worded(tokens: Sequence[str], k: int) -> int:
    """``k``, or the nearest token before it (else after) with a letter or digit where ``tokens[k]`` is only a sign:
    attention had put "<b>cats</b>!" around French's spaced "!" ("J'aime les chats <b></b>!")."""
    if any(c.isalnum() for c in tokens[k]):
        return k
    near = [j for j in range(k - 1, -1, -1)] + [j for j in range(k + 1, len(tokens))]
    return next((j for j in near if any(c.isalnum() for c in tokens[j])), k)


QUOTES = ('"', "“", "”")
FUNCTION_WORDS = frozenset("est c'est ou et le la les l' un une de du des d' à au aux en que qui ce se sa son "
                           "ses on y is or and the a an of to it ist oder und der die das ein eine".split())


def _says_something(tokens: Sequence[str]) -> bool:
    """Whether target words a pair of quotes would wrap hold a word of their own: where the model dropped the
    quoted word, attention put the quotes around "est", "ou" or a "?" (« Air » et « c'est » des homophones)."""
    words = [t.strip(_CLOSING_PUNCT + _OPENING_PUNCT).lower() for t in tokens]
    return any(w and any(c.isalpha() for c in w) and w not in FUNCTION_WORDS for w in words)


def _glue_before(token: str, tag: Tag) -> str:
    lead = len(token) - len(token.lstrip(_OPENING_PUNCT)) if tag.punct else 0
    return token[:lead] + tag.raw + token[lead:]


def _glue_after(token: str, tag: Tag) -> str:
    core = token.rstrip(_CLOSING_PUNCT + " ") if tag.punct else token
    if not core:                                         # the token is all punctuation ("!" in "important !")
        core = token
    return core + tag.raw + token[len(core):]


_SHIELDED = re.compile(f"(?P<code>{CODE.pattern})|{TAG.pattern}", re.IGNORECASE)
_SHIELD, _CODE_SHIELD = 0xE000, 0xA000     # private-use characters; Yi syllables, letters without a case


def shield(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with each tag as ``<`` + a private-use character + ``>``, a code element (``CODE``) as a letter
    without a case, and them: French post-edits read the words, not the tags ('<a href="x">' had become '<a href=«
    x »>', "<p>Salut" "<P>Salut", "<script>alert(1)</script>" "<script>Alert(1)</script>")."""
    tags: list[str] = []

    def one(m: re.Match) -> str:
        tags.append(m.group())
        k = len(tags) - 1
        return chr(_CODE_SHIELD + k) if m.group("code") else "<" + chr(_SHIELD + k) + ">"
    return (_SHIELDED.sub(one, text), tuple(tags)) if "<" in text else (text, ())


def unshield(text: str, tags: Sequence[str]) -> str:
    """``text`` with the tags ``shield`` took out written back as typed."""
    if not tags:
        return text
    last = len(tags) - 1
    held = rf"<([{chr(_SHIELD)}-{chr(_SHIELD + last)}])>|([{chr(_CODE_SHIELD)}-{chr(_CODE_SHIELD + last)}])"
    return re.sub(held, lambda m: tags[ord(m.group(1) or m.group(2)) - (_SHIELD if m.group(1) else _CODE_SHIELD)],
                  text)


def split_off(markup: Markup, k: int) -> tuple[Markup, tuple]:
    """``markup`` (after ``moved``) without the tags on its first ``k`` words, which a mark written without the
    model took ("<b>Warning:</b> the line's engaged." → "Attention : " and "the line's busy."), and those tags;
    the rest on the words after them. Left on the text, they went onto its first word ("Attention : <b>la</b>
    ligne…")."""
    if not k or not markup.tags:
        return markup, ()
    taken = tuple(t for t in markup.tags if max(t.words) < k)
    kept = tuple(t._replace(words=tuple(w - k for w in t.words if w >= k)) for t in markup.tags if max(t.words) >= k)
    return Markup(kept, max(markup.words - k, 0)), taken


def glued(words: Sequence[str], spans: Sequence[tuple[int, int]], tags: Sequence[Tag]) -> str:
    """``words`` (a mark written without the model) with ``tags`` glued round the words their source words became
    (``spans``: for each source word, its first and last word here): "<b>Warning:</b>" → "<b>Attention :</b>"."""
    out = list(words)
    for tag in [t for t in tags if t.after] + [t for t in reversed(tags) if not t.after]:    # "<b><i>" kept so
        ks = [k for k in tag.words if k < len(spans)]
        if not ks or not out:
            continue
        if tag.after:
            k = min(spans[max(ks)][1], len(out) - 1)
            out[k] = _glue_after(out[k], tag)
        else:
            k = min(spans[min(ks)][0], len(out) - 1)
            out[k] = _glue_before(out[k], tag)
    return " ".join(out)
