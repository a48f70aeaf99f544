"""An adjective before a noun in the noun's gender: the model wrote «Bonne anniversaire à mon meilleur ami» ("Happy
birthday…") and «Merci pour les belles messages» ("the nice messages"). Before a noun whose gender is known
(``noun_genders.txt``, agreement.py) a handful of adjectives that French puts before the noun ("bon", "beau",
"petit", "nouveau", "mauvais", "grand", "joli", "premier", "dernier") take its gender, in the adjective's own
number: «Bon anniversaire», «les beaux messages», «une nouvelle voiture», «votre première visite»; before a vowel
"bel", "nouvel" («un bel endroit»).

Left alone: an adjective after a determiner in the other gender («une belle message»: which word was meant is not
known), after a word that is no determiner («elle est belle femme», «il fait bon temps»…), before an "h" where the
form would be "bel"/"nouvel" (an aspirated "h": «beau héros»), before a hyphen («grand-mère») or a noun in the other
number («bonne messages»), "nouveau" after "de"/"à" («de nouveau ensemble»: "again").
"""
from __future__ import annotations

import re

from .agreement import LETTERS, VOWELS, genders

# adjective → (masculine, masculine before a vowel, feminine, masculine plural, feminine plural)
_FORMS = (("bon", "bon", "bonne", "bons", "bonnes"), ("beau", "bel", "belle", "beaux", "belles"),
          ("petit", "petit", "petite", "petits", "petites"), ("nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"),
          ("mauvais", "mauvais", "mauvaise", "mauvais", "mauvaises"), ("grand", "grand", "grande", "grands", "grandes"),
          ("joli", "joli", "jolie", "jolis", "jolies"))
# ask34 (s33): "This is your first visit to Paris, isn't it?" → «C'est votre premier visite…», "Is this your first
# visit to Rome?" → «Est-ce votre premier visite…»: "première visite"
_FORMS += (("premier", "premier", "première", "premiers", "premières"),
           ("dernier", "dernier", "dernière", "derniers", "dernières"))
# form → (its forms, gender, plural: True, False or None for "mauvais", either)
_ADJECTIVES: dict[str, tuple[tuple[str, ...], str, bool | None]] = {}
for _forms in _FORMS:
    for _i, _form in enumerate(_forms):
        _plural = None if _forms[0] == _forms[3] and _i in (0, 3) else _i >= 3
        _ADJECTIVES.setdefault(_form, (_forms, "f" if _i in (2, 4) else "m", _plural))
_PAIR = re.compile(rf"(?<![{LETTERS}'’-])(?P<adj>(?i:{'|'.join(sorted(_ADJECTIVES, key=len, reverse=True))}))"
                   rf"\s+(?P<noun>[{LETTERS}]+)(?![{LETTERS}'’-])")
# what may stand before the adjective: the line's or a clause's start, a determiner, a preposition or a degree
_BEFORE = re.compile(r"(?:^|[.!?,;:«»\"(]\s*|(?<![\w'’-])(?i:les|des|de|mes|tes|ses|nos|vos|leurs|ces|quels|quelles"
                     r"|le|la|un|une|du|au|aux|mon|ma|ton|ta|son|sa|notre|votre|leur|ce|cet|cette|quel|quelle|très|si"
                     r"|trop|plus|aussi|assez|pour|sans|avec|en|par|sur)\s+|(?<![\w-])(?i:[ld]|qu)['’])$")
_GENDERED = re.compile(r"(?<![\w'’-])(?i:(?P<m>le|un|du|au|mon|ton|son|ce|cet|quel)"
                       r"|(?P<f>la|une|ma|ta|sa|cette|quelle))\s+(?:(?i:très|si|trop|plus|aussi|assez)\s+)?$")
_NOT_NOUNS = frozenset(("sans", "vers"))     # listed, mostly prepositions: «de nouvelles sans un préavis» (Hansard)
_ADVERB = re.compile(r"(?<![\w'’-])(?i:de|à)\s+$")          # «de nouveau», «à nouveau»: "again", no adjective


def _noun(word: str) -> tuple[str, bool | None] | None:
    """(gender, plural) of the listed noun ``word`` ("messages" → ("m", True), "temps" → ("m", None): either); None
    where it is not listed or is also an adjective."""
    table, low = genders(), word.lower()
    if low in _NOT_NOUNS:
        return None
    stems = [low[:-1], low[:-3] + "al"] if low[-1:] in "sx" else []
    for stem, number in [(low, None if low[-1:] in "sx" else False)] + [(s, True) for s in stems]:
        found = table.get(stem)
        if found:
            return (found[0], number) if "a" not in found[1] else None
    return None


def _form(adj: str, noun: str, before: str) -> str:
    """``adj`` in the gender of ``noun`` (``before`` the text before it), as typed where it is not sure."""
    forms, gender, plural = _ADJECTIVES[adj.lower()]
    found = _noun(noun)
    if not found or not _BEFORE.search(before) or noun[0].isupper() and before.strip() or _ADVERB.search(before) \
            and adj.lower() == "nouveau":
        return adj                                       # «de nouveau ensemble»: "again"
    plural = found[1] if plural is None else plural
    if plural is None or found[1] is not None and found[1] != plural:
        return adj                                       # «bonne messages»: the number is not sure either
    det = _GENDERED.search(before)
    if det and ("m" if det["m"] else "f") != found[0]:
        return adj                                       # «une belle message»: the determiner says otherwise
    if found[0] == "f":
        new = forms[4] if plural else forms[2]
    elif plural:
        new = forms[3]
    elif noun[0] in "hH" and forms[0] != forms[1]:
        return adj                                       # «beau héros», «bel homme»: an "h" either way
    else:
        new = forms[1] if noun[0].lower() in VOWELS else forms[0]
    if new == adj.lower():
        return adj
    return new.upper() if adj.isupper() and len(adj) > 1 else new.capitalize() if adj[0].isupper() else new


# adjectives in "-al" whose masculine plural is "-aux", written "-als" by the model: "Nos voisins sont très amicals."
# ("Our neighbours are very friendly."; 5 lines of the last eval), «des clés originals», «partials»; not those whose
# plural is "-als" (banal, fatal, final, natal, naval, glacial, bancal; idéal either way)
_AL_STEMS = ("amic", "origin", "parti", "norm", "spéci", "loc", "nation", "internation", "princip", "soci", "génér",
             "ég", "lég", "roy", "mondi", "centr", "loy", "brut", "tropic", "vertic", "horizont", "médic", "région",
             "provinci", "fédér", "municip", "commerci", "libér", "famili", "mor", "ment", "orient", "radic", "rur",
             "sentiment", "tot", "vit", "élector", "continent", "expériment", "fondament", "minér", "music", "or",
             "spati", "triomph", "matin", "anorm", "géni")
_AL_PLURAL = re.compile(rf"(?<![{LETTERS}'’-])({'|'.join(sorted(set(_AL_STEMS), key=len, reverse=True))})als"
                        rf"(?![{LETTERS}'’-])", re.IGNORECASE)


def mend(text: str) -> str:
    """``text`` with each listed adjective before a known noun in the noun's gender: "Bonne anniversaire !" → "Bon
    anniversaire !", "les belles messages" → "les beaux messages"; an "-al" adjective's plural in "-aux" ("très
    amicals" → "très amicaux")."""
    def one(m: re.Match) -> str:
        return _form(m["adj"], m["noun"], text[:m.start()]) + m.group()[len(m["adj"]):]
    text = _AL_PLURAL.sub(lambda m: m.group(1) + ("AUX" if m.group().isupper() else "aux"), text) \
        if "als" in text.lower() else text
    return _PAIR.sub(one, text)
