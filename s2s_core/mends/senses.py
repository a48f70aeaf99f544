"""Known words the model wrote in another sense than the English means, mended where the English says which
(mends.STEPS runs ``mend``; ``source`` is the English as the model read it, fold.py).

No English reading tried came out right for these (words34, s33: "round-trip" → "billet ronde", "a room facing the
sea" → "…qu'une chambre soit confrontée à la mer", "Maths is my favourite subject" → "mon sujet préféré"), so the
French word is mended where the source names the sense:
- a return ticket: "Combien coûte un ticket de retour à Lyon ?" → "…un billet aller-retour à Lyon ?";
- a sea view: "La pièce a-t-elle un point de vue de la mer ?" → "…une vue sur la mer ?";
- the sales of a shop: "j'attendrai les ventes" → "j'attendrai les soldes" ("wait for the sales");
- a school subject: "Quel sujet préfères-tu à l'école ?" → "Quelle matière préfères-tu à l'école ?";
- some butter, a little sugar: "trois œufs, un petit sucre et un beurre" → "…un peu de sucre et du beurre";
- a browser's extension: "avant d'installer la prolongation" → "avant d'installer l'extension";
- a browser: "Essayez un autre brun." → "Essayez un autre navigateur." ("Try a different browser.");
- what was done "after I changed it": "même après avoir changé deux fois" → "même après l'avoir changé deux fois";
- an exam passed (story34, s33): "Les étudiants qui ont adopté l'examen…" (adopted), "…la moitié de la classe a passé
  l'examen…" (sat it) → "…ont réussi l'examen…", "…a réussi l'examen…";
- the side (words35, s33): "…la banque est sur votre droit." → "…sur votre droite." ("on your right");
- a dessert (words35): "Le désert a trop de sucre." → "Le dessert a trop de sucre." ("The dessert is too sweet.");
- a kitchen's oil (words37, s34): "Nous n'avions plus de pétrole olive." → "…plus d'huile d'olive." ("We ran out of
  olive oil."), "…dans un peu de pétrole." → "…dans un peu d'huile." (not a car's oil nor its price).
- an uncomfortable bed (measure35, s34): "…le lit était très mal à l'aise." → "…le lit était très inconfortable.";
- a match's goals (measure38, s35): "Notre équipe a marqué deux objectifs…" → "…deux buts…" ("scored two goals");
  a score (fix41, s37): "…trois objectifs à un." → "…trois buts à un." ("We won three goals to one.");
- done by hand (measure38): "…alors je lave tout en main." → "…tout à la main.", "Elle lave ses chandails à main." →
  "…à la main." (not "remis en main propre", handed over);
- an animal's scratch (measure38): "…et le chat s'est écrasé les deux bras." (crushed) → "…et le chat a griffé les deux
  bras.", "Le chien m'a écrasé la jambe." → "Le chien m'a griffé la jambe." ("The dog scratched my leg.").
- an apology (measure39, s36): "We apologize for the inconvenience and we are working…" → "Nous nous présentons des
  excuses…" (we present ourselves) → "Nous vous présentons nos excuses…" (short, it came out «Nous présentons nos
  excuses…»; read "We are sorry for", "…for the late reply" came out «…la réponse ces derniers temps»).
- a train to a place (measure40, s36): "The train to Lyon leaves at half past seven, so we should…" → "Le train de Lyon
  part…" (from Lyon) → "Le train pour Lyon part…" (not where the source also says "from Lyon").
- an appointment made (measure42, s37): "…so I would like to make an appointment with a doctor as soon as possible."
  → "…je voudrais donc rendre rendez-vous…" (give back) → "…prendre rendez-vous…" (short, it came out right).
- a meeting moved (measure43, s37): "…possible to move our meeting to next Tuesday…" → "…de déménager notre réunion…"
  (move house), "They moved the meeting to three o'clock." → "Ils ont déménagé la réunion…" → "…déplacer…", "…ont
  déplacé…" (no English reading tried came out right: "change" «changer la réunion», "postpone" says a delay).
- a retired teacher (measure43): "My father is a retired teacher." → "…professeur de retraite." (a teacher of
  retirement) → "…professeur à la retraite." (only after a trade: «maison de retraite» is French).
- a stove left on (measure43): "I think I left the oven on." → "…j'ai laissé le four." (left it, abandoned), "She left
  the stove on…" → "…la cuisinière et…" → "…le four allumé.", "…la cuisinière allumée…" (no English reading tried
  came out right: "still on" «encore», "running" «courir», "turned on" «tourner»; "the light on" was right).
- a deadline (fix45, s37): "…the invoice by Monday at the latest." → "…d'ici lundi au dernier." (at the last one) →
  "…d'ici lundi au plus tard." (3 sentences of 3 with "by <day>"; "by tomorrow", "at six" came out right).
- a bank's office (fix45): "…so I will go to the branch after lunch." (the bank named before) → "…à la branche…" (a
  tree's, a trade's) → "…à l'agence…" (only where the French names a bank too: a river's bank is «rive»).
- a dish someone makes best (s38): "My grandmother makes the best apple pie in the world." → "Ma grand-mère rend la
  meilleure tarte…" (renders) → "…fait la meilleure tarte…" ("My dad makes the best burgers", "Who makes the best
  pizza…?" the same; "makes great coffee", "makes amazing pasta" came out right, «fait»; "cooks", "bakes" came out
  «cuisine la plus la tarte», «gâte»).
- a restaurant's order (measure46, s38): "…but the waiter forgot our order…" → "…a oublié notre ordre…" → "…notre
  commande…" (only where the source orders food: a waiter, a café, a meal; short, the model wrote «commande»).
- a queue (measure46): "…there is usually a long line in the morning." → "…une longue ligne…" → "…une longue file
  d'attente…" ("a long queue" had come out «une longue ligne d'attente»; not "draw a long line").
- homework given (measure46): "Our teacher gave us too much homework." → "…nous a fait trop de devoirs." (did it) →
  "…nous a donné trop de devoirs." (5 of 5 "gave … too much/so much homework" had «fait»); «rendu» (handed back,
  measure47, 3 of 3 "The teacher gave us too much homework…") likewise, not where it was given back.
- a dozen after a list (measure46): "…three kilos of potatoes and a dozen eggs." → "…et douzaines d'œufs." → "…et
  une douzaine d'œufs." ("twelve eggs" came out right too, but says a little more than "a dozen").
- a single ticket (s38): "A single ticket to Paris, please." → "Un billet à Paris…" (the one way lost), "a single
  ticket" "un billet unique" → "un billet aller simple" (as the return ticket's "aller-retour"); a ticket to a
  place is «pour» it ("Two tickets to Oxford" «Deux billets à Oxford» → «Deux billets pour Oxford»).
- a screen (s38): "…but the screen stopped working after two weeks." (a laptop's) → "…mais le crème a cessé…", "The TV
  screen is very big." → "Le crème télé…" → "l'écran" (only where the source says "screen" and no cream: «un crème» is
  a coffee).
"""
from __future__ import annotations

import re

from .. import determiners
from .mail import as_commande

_RETURN_EN = re.compile(r"\b(?:return|round[- ]trip)\s+tickets?\b", re.IGNORECASE)
_RETURN_FR = re.compile(r"\b(billet|ticket)(s?) (?:de retour|ronde?s?|aller et retour)\b")


def _return_ticket(text: str, source: str) -> str:
    """"un ticket de retour" → "un billet aller-retour" where the source says "return ticket" (a ticket there and
    back, not a ticket home)."""
    if not _RETURN_EN.search(source):
        return text
    text = _RETURN_FR.sub(lambda m: ("B" if m.group(1)[0].isupper() else "b") + f"illet{m.group(2)} aller-retour",
                          text)
    bare = re.findall(r"\bbillets?\b", text)     # "Deux billets à Londres" (the return lost): "…billets aller-retour…"
    if len(bare) == 1 and "retour" not in text:
        text = re.sub(r"\b(billets?)\b", r"\1 aller-retour", text)
    return text


# a single ticket (s38): "A single ticket to Paris, please." → «Un billet à Paris…», "a one-way ticket" the same (the
# one way lost), "a single ticket" also «un billet unique»
_SINGLE_EN = re.compile(r"\b(?:single|one[- ]way)\s+tickets?\b", re.IGNORECASE)
_SINGLE_FR = re.compile(r"\b([Bb]illet|[Tt]icket)(s?)(?: (?:uniques?|simples?|à sens unique|d'aller))?\b(?! aller)")


def _single_ticket(text: str, source: str) -> str:
    """«un billet à Paris», «un billet unique» → «un billet aller simple» where the source says "single ticket" or
    "one-way ticket" and the French one ticket word (a ticket there only)."""
    if not _SINGLE_EN.search(source) or len(_SINGLE_FR.findall(text)) != 1 or re.search(r"\b(?:aller|retour)\b", text):
        return text
    return _SINGLE_FR.sub(lambda m: ("B" if m.group(1)[0].isupper() else "b") + f"illet{m.group(2)} aller simple", text)


# a ticket to a place (s38): «Un billet aller simple à Paris», «Deux billets à Oxford» for "…tickets to Oxford"
# (not a ticket given to someone: "I gave my ticket to Tom." is «à Tom»)
_TICKET_TO_EN = re.compile(r"^(?!.*\b(?:gave|give|gives|giving|given|sent|send|sends|hand|hands|handed|sold|sell|sells|"
                           r"show|showed|shown|pass|passed|lent|lend|offer|offered)\b[^.!?]*\btickets?\s+to\b)"
                           r".*\btickets?\s+to\s+(?-i:[A-Z])", re.IGNORECASE | re.DOTALL)
_TICKET_AT_FR = re.compile(r"\b([Bb]illets?(?: aller(?:-retour| simple))?) à (?=[A-ZÉÈÎ])")


_SEA_VIEW_EN = re.compile(r"\b(?:sea|ocean)\s+views?\b|\bviews?\s+(?:of|over|on|onto)\s+the\s+(?:sea|ocean)\b",
                          re.IGNORECASE)
_POINT_OF_VIEW_FR = re.compile(r"\b(un|d['’]un|le|du|au)?\s*point de vue (?:de|sur) (la mer|l['’]océan)\b")


def _sea_view(text: str, source: str) -> str:
    """"un point de vue de la mer" (a standpoint) → "une vue sur la mer", "une vue de la mer" → "une vue sur la mer"
    where the source says a sea view."""
    if not _SEA_VIEW_EN.search(source):
        return text
    text = _POINT_OF_VIEW_FR.sub(lambda m: f"{determiners.written(m.group(1), 'vue', True) if m.group(1) else ''}"
                                           f"vue sur {m.group(2)}", text)
    return re.sub(r"\bvue de (la mer|l['’]océan)\b", r"vue sur \1", text)


# the sales of a shop: waited for, shopped in, starting; not a firm's sales ("Sales fell last year.")
_SALES_EN = re.compile(r"\b(?:wait(?:ing|ed)?\s+(?:for|until)|in|during|till|until|before|after)\s+the\s+"
                       r"(?:(?:january|summer|winter|christmas|new\s+year['’]?s?|spring|big)\s+)?sales\b|"
                       r"\bthe\s+(?:(?:january|summer|winter|christmas|spring)\s+)?sales\s+"
                       r"(?:start|begin|are\s+on|end)",
                       re.IGNORECASE)
_SALES_FR = re.compile(r"\b(?:dans|pendant|au cours) (les|des) ventes\b|\b([Ll]es|[Dd]es|aux) ventes\b")


def _sales(text: str, source: str) -> str:
    """"j'attendrai les ventes" → "j'attendrai les soldes", "dans les ventes" → "pendant les soldes" where the
    source says a shop's sales."""
    if not _SALES_EN.search(source):
        return text
    return _SALES_FR.sub(lambda m: f"{m.group(2)} soldes" if m.group(2) else "pendant les soldes", text)


_SCHOOL_EN = re.compile(r"\b(?:school|class|lessons?|favou?rite|best|worst|maths?|history|science|geography|"
                        r"physics|chemistry|biology|French|English|German|Spanish|teacher|exam|study|studies)\b",
                        re.IGNORECASE)
_SUBJECT_EN = re.compile(r"\bsubjects?\b", re.IGNORECASE)
_TOPIC_EN = re.compile(r"\b(?:change|changed|changing)\s+the\s+subject\b|\bsubject\s+(?:of|to)\b", re.IGNORECASE)
_SUJET_FR = re.compile(r"\b(?:([Qq]uel|[Ll]e|[Uu]n|[Mm]on|[Tt]on|[Ss]on|[Cc]e|[Dd]u|[Aa]u)\s+)?"
                       r"(?:(meilleur|pire|seul|premier|dernier)\s+)?sujet(s?)\b(?:\s+(préféré|favori)s?)?")
# the adjectives' feminine (the determiner's is determiners.written's)
_FEMININE = {"meilleur": "meilleure", "pire": "pire", "seul": "seule", "premier": "première", "dernier": "dernière",
             "préféré": "préférée", "favori": "favorite"}


def _in_case(word: str, said: str) -> str:
    """``said`` with ``word``'s first capital."""
    return said[:1].upper() + said[1:] if word[:1].isupper() else said


def _subject(text: str, source: str) -> str:
    """"Quel sujet préfères-tu à l'école ?" → "Quelle matière…", "mon sujet préféré" → "ma matière préférée" where
    the source says a school subject (not "change the subject", "the subject of the email")."""
    if not (_SUBJECT_EN.search(source) and _SCHOOL_EN.search(source)) or _TOPIC_EN.search(source):
        return text

    def feminine(m: re.Match) -> str:
        many = m.group(3)
        words = [determiners.written(m.group(1), "matière", True).strip()] if m.group(1) else []
        words += [_in_case(m.group(2), _FEMININE[m.group(2).lower()])] if m.group(2) else []
        words += ["matière" + many] + ([_FEMININE[m.group(4)] + many] if m.group(4) else [])
        return " ".join(words)
    text = _SUJET_FR.sub(feminine, text)
    return re.sub(r"\b([Qq]uel) (est|était|sera)( (?:votre|ta|sa|leur|notre|la) matière)\b", r"\1le \2\3", text)


# some butter, a little sugar: a mass noun the model counted ("un beurre", "un petit sucre", "d'un beurre")
_MASS = {"butter": ("beurre", "du "), "sugar": ("sucre", "du "), "salt": ("sel", "du "), "milk": ("lait", "du "),
         "cheese": ("fromage", "du "), "flour": ("farine", "de la "), "cream": ("crème", "de la "),
         "oil": ("huile", "de l'"), "water": ("eau", "de l'")}


def _some(text: str, source: str) -> str:
    """"un beurre" → "du beurre", "d'un beurre" → "de beurre", "un petit sucre" → "un peu de sucre" where the
    source says "some butter", "a little sugar" ("a bit of", "some more")."""
    for english, (french, partitive) in _MASS.items():
        if not re.search(rf"\b(?:some|a\s+little|a\s+bit\s+of|a\s+little\s+bit\s+of)\s+(?:more\s+)?{english}\b",
                         source, re.IGNORECASE):
            continue
        text = re.sub(rf"\bun(?:e)? (?:petite? |peu d['’]un(?:e)? |peu du |peu de la )({french})\b", r"un peu de \1",
                      text)
        text = re.sub(rf"\b[dD]['’]un(?:e)? ({french})\b", lambda m: "de " + m.group(1)
                      if french[0] not in "aeiouéh" else "d'" + m.group(1), text)
        text = re.sub(rf"\b([Uu]n(?:e)?) ({french})\b", lambda m: _in_case(m.group(1), partitive) + m.group(2), text)
    return text


_EXTENSION_EN = re.compile(r"\bextensions?\b(?=.*\b(?:browser|install|add|download|plug-?in|Chrome|Firefox)\b)|"
                           r"\b(?:browser|install|add|download|Chrome|Firefox)\b.*\bextensions?\b", re.IGNORECASE)
_EXTENSION_FR = re.compile(r"\b(?:([Ll]a|[Dd]e|[Cc]ette|[Uu]ne|[Ss]a|[Vv]otre|[Tt]a|[Mm]a)\s+)?prolongation(s?)\b")


def _extension(text: str, source: str) -> str:
    """"la prolongation" → "l'extension" where the source installs a browser's extension (not a deadline's)."""
    if not _EXTENSION_EN.search(source) or re.search(r"\bdeadline|\bvisa|\bcontract", source, re.IGNORECASE):
        return text

    def said(m: re.Match) -> str:
        word = m.group(1)
        if word and word.lower() in ("la", "de") and not m.group(2):
            return word[0] + "'extension"
        return (f"{word} " if word else "") + "extension" + m.group(2)
    return _EXTENSION_FR.sub(said, text)


# what the model wrote for "browser" (a colour, an arrow) or beside "navigateur" ("navigateur marron", "navigateur de
# navigation"); masculine as «navigateur», "la flèche" turned
_BROWSER_BESIDE = re.compile(r"\b(navigateurs?) (?:brun|marron|bruns|de navigation|de site web|web)\b")
_BROWSER_FOR = re.compile(r"\b(le|un|votre|ton|mon|son|notre|leur|ce|du|au|autre|quel|nouveau|de|d['’]un) "
                          r"(?:brun|marron)\b(?! (?:et|ou)\b)", re.IGNORECASE)
_BROWSER_ARROW = re.compile(r"\b(la|de la|à la|une|votre|ta|ma|sa|cette) flèche\b", re.IGNORECASE)


def _browser(text: str, source: str) -> str:
    """"installez la dernière version de ton navigateur marron" → "…de ton navigateur", "Essayez un autre brun." →
    "Essayez un autre navigateur.", "la prolongation de la flèche" → "…du navigateur" where the source says
    "browser" (and no colour, no arrow: "a brown browser" is nobody's)."""
    if not re.search(r"\bbrowsers?\b", source, re.IGNORECASE) or re.search(r"\b(?:brown|arrow)", source, re.I):
        return text
    text = _BROWSER_BESIDE.sub(r"\1", text)
    text = _BROWSER_FOR.sub(lambda m: f"{m.group(1)} navigateur", text)
    return _BROWSER_ARROW.sub(lambda m: determiners.written(m.group(1), "navigateur", False) + "navigateur", text)


_AFTER_IT_EN = re.compile(r"\bafter\s+(?:I|we|you|he|she|they)\s+(?:\w+ed|reset|put|set|cut|shut)\s+it\b", re.I)
_AFTER_FR = re.compile(r"\b([Aa]près) avoir (\w+(?:é|i|is|it|u|ert))\b")


def _after_it(text: str, source: str) -> str:
    """"même après avoir changé deux fois" → "même après l'avoir changé…" where the source says "after I changed it"
    (the object the model dropped; "reset it" is read "changed it", phrasing/tech.py)."""
    if len(_AFTER_IT_EN.findall(source)) != 1 or len(_AFTER_FR.findall(text)) != 1:
        return text
    return _AFTER_FR.sub(r"\1 l'avoir \2", text)


_PASSED_EN = re.compile(r"\bpassed\s+(?:the|his|her|their|my|our|your|all\s+(?:the|his|her|their|my|our|your))\s+"
                        r"(?:final\s+|driving\s+|entrance\s+)?(?:exams?|tests?)\b", re.IGNORECASE)
_PASSED_FR = re.compile(r"\b(ai|as|a|avons|avez|ont|avait|avaient) (?:passé|adopté)(?=s? "
                        r"(?:l['’]examen|les examens|le test|les tests|son examen|ses examens|leur examen|"
                        r"leurs examens|leur test|son test|mon examen|notre examen|votre examen)\b)")


def _exam_passed(text: str, source: str) -> str:
    """"Les étudiants qui ont adopté l'examen…" → "…qui ont réussi l'examen…", "…a passé l'examen…" (sat it) →
    "…a réussi l'examen…" where the source says it was passed (not "failed", not "took": no "pass" in the source)."""
    if not _PASSED_EN.search(source) or re.search(r"\bfail", source, re.IGNORECASE):
        return text
    return _PASSED_FR.sub(r"\1 réussi", text)


_SIDE_EN = re.compile(r"\bon\s+(?:your|the)\s+right\b(?!\s+(?:to|of)\b)", re.IGNORECASE)
_SIDE_FR = re.compile(r"\b(sur|à) (votre|ta|ton|la) droit\b(?=\s*(?:[.,;:!?]|$))")


def _side(text: str, source: str) -> str:
    """"…la banque est sur votre droit." (a right in law) → "…sur votre droite." where the source says "on your
    right" (the side; not "the right to vote": a «droit» before a sign only)."""
    if not _SIDE_EN.search(source):
        return text
    return _SIDE_FR.sub(lambda m: f"{m.group(1)} {'ta' if m.group(2) == 'ton' else m.group(2)} droite", text)


def _dessert(text: str, source: str) -> str:
    """"Le désert a trop de sucre.", "Le déssert était…" → "Le dessert…" where the source says "dessert" and no
    "desert" (the sands)."""
    if not re.search(r"\bdesserts?\b", source, re.I) or re.search(r"\bdeserts?\b", source, re.I):
        return text
    return re.sub(r"\b([Dd])és?sert(s?)\b", r"\1essert\2", text)          # also «déssert»


# cooking oil (words37, s34): "We ran out of olive oil." → "…plus de pétrole olive.", "Fry the garlic in a little oil."
# → "…un peu de pétrole." (crude oil); a kitchen's oil only, not a car's, a lamp's, a painting's or a market's
_COOKING_OIL_EN = re.compile(r"\b(?:olive|vegetable|sunflower|cooking|frying|coconut|sesame|rapeseed|canola|peanut|"
                             r"walnut)\s+oil\b|\boil\b(?=.*\b(?:pan|fry|fried|frying|cook\w*|heat|garlic|onions?|"
                             r"salad|recipe|tablespoons?|teaspoons?|spoon|butter|saucepan|drizzle|bake|roast|vinegar|"
                             r"dressing|pasta|dough|chips|chicken|vegetables)\b)|"
                             r"\b(?:pan|fry|fried|frying|cook\w*|heat|garlic|onions?|saucepan|vinegar|dressing)\b"
                             r"(?=.*\boil\b)", re.IGNORECASE)
_CRUDE_OIL_EN = re.compile(r"\b(?:cars?|engines?|prices?|barrels?|crude|gas|petrol|rigs?|compan(?:y|ies)|industry|"
                           r"wells?|spills?|lamps?|paint\w*|massage|skin|hair|motor|fuel|tanker)\b", re.IGNORECASE)
_PETROLE_FR = (("du pétrole", "de l'huile"), ("le pétrole", "l'huile"), ("de pétrole", "d'huile"),
               ("au pétrole", "à l'huile"), ("ce pétrole", "cette huile"), ("un pétrole", "une huile"),
               ("pétrole", "huile"))


def _cooking_oil(text: str, source: str) -> str:
    """"un peu de pétrole" → "un peu d'huile", "pétrole olive" → "huile d'olive" where the source cooks with oil
    (not a car's nor crude oil: "The car needs oil.")."""
    if not _COOKING_OIL_EN.search(source) or _CRUDE_OIL_EN.search(source):
        return text
    text = re.sub(r"\b(?:pétrole d['’]olive|pétrole olive|olive pétrole|huile olive)\b",
                  lambda m: _in_case(m.group()[:1], "pétrole d'olive"), text, flags=re.IGNORECASE)
    for french, said in _PETROLE_FR:
        text = re.sub(rf"\b{french}\b", lambda m, s=said: _in_case(m.group()[:1], s), text, flags=re.IGNORECASE)
    return text


# a thing one sits, sleeps or walks in that is "uncomfortable" (measure35, s34), not a person ill at ease
_UNCOMFORTABLE_EN = re.compile(r"\b(?:bed|beds|mattress|pillow|sofa|couch|chairs?|seats?|armchair|shoes|boots|"
                               r"trousers|jeans)\b[^.!?]*\b(?:uncomfortable|not\s+(?:very\s+)?comfortable)\b",
                               re.IGNORECASE)
_UNCOMFORTABLE_FR = re.compile(r"\b(?P<neg>ne |n['’])?(?P<be>sont|étaient|seront|sera|est|était)"
                               r"(?P<adv>(?: [\w-]+){0,3}?) "
                               r"(?P<said>mal à l['’]aise|infortables?|à l['’]aise)(?![\w-])")


def _uncomfortable(text: str, source: str) -> str:
    """"…le lit était très mal à l'aise." (a person ill at ease) → "…le lit était très inconfortable." where the
    source says a bed, a chair or shoes are uncomfortable ("Ces chaussures sont infortables." → "…inconfortables.",
    "Le lit n'était pas à l'aise." → "…pas confortable.")."""
    if not _UNCOMFORTABLE_EN.search(source):
        return text

    def one(m: re.Match) -> str:
        plural = "s" if m.group("be") in ("sont", "étaient", "seront") else ""
        if m.group("said").startswith("à") != bool(m.group("neg")):     # "est à l'aise", "n'est pas mal à l'aise"
            return m.group()
        said = "confortable" if m.group("neg") else "inconfortable"
        return f"{m.group('neg') or ''}{m.group('be')}{m.group('adv')} {said}{plural}"
    return _UNCOMFORTABLE_FR.sub(one, text)


_GOALS_EN = re.compile(r"\b(?:scor\w*|conceded?|conceding|let\s+in)\s+(?:\w+\s+){0,3}?goals?\b", re.IGNORECASE)
_GOALS_FR = re.compile(r"\b(?P<verb>marqu\w*|encaiss\w*|concédé\w*)(?P<between>(?: [\w'’-]+){0,3}?) "
                       r"objectif(?P<s>s?)\b")


# a score in goals (fix41, s37): "We won three goals to one." came out «…trois objectifs à un.», "They lost by two
# goals to zero." «…deux objectifs à zéro.», "…two goals each." «…deux objectifs chacun.»; «buts» after the number
# (a number after "to" and «à»: not "two goals to reach", «deux objectifs à atteindre»)
_SCORE_NUMBER = r"(?:\d{1,2}|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
_SCORE_EN = re.compile(rf"\b{_SCORE_NUMBER}\s+goals?\s+(?:to\s+{_SCORE_NUMBER}|each|apiece)\b", re.IGNORECASE)
_NOMBRE = r"(?:\d{1,2}|zéro|aucun|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_SCORE_FR = re.compile(rf"\b(?P<n>{_NOMBRE}) objectif(?P<s>s?)(?= (?:(?:à|contre) {_NOMBRE}|chacun)\b)")


def _goals(text: str, source: str) -> str:
    """"Notre équipe a marqué deux objectifs…" (aims) → "…deux buts…" where the source says goals were scored
    ("Our team scored two goals in the last ten minutes."); after the verb of the score only. So too a score said in
    goals ("We won three goals to one.": «…trois objectifs à un» → «…trois buts à un»), after its number."""
    if _SCORE_EN.search(source):
        text = _SCORE_FR.sub(lambda m: f"{m.group('n')} but{m.group('s')}", text)
    if not _GOALS_EN.search(source):
        return text
    return _GOALS_FR.sub(lambda m: f"{m.group('verb')}{m.group('between')} but{m.group('s')}", text)


_BY_HAND_FR = re.compile(r"(?<![\w'’-])(?:en|à) main\b(?! propres?\b)")
_SCRATCH_EN = re.compile(r"\b(?:cats?|kittens?|dogs?|puppy|puppies)\b[^.!?]*\bscratch(?:ed|es)?\b", re.IGNORECASE)
_CRUSHED_FR = re.compile(r"\b(?:s['’]est|s['’]était|(?P<have>a|ont|avait|avaient)) (?P<adv>(?:encore|déjà|aussi) )?"
                         r"écrasée?s?\b")


def _by_hand(text: str, source: str) -> str:
    """"je lave tout en main" → "je lave tout à la main" where the source says "by hand"."""
    return _BY_HAND_FR.sub("à la main", text) if re.search(r"\bby\s+hand\b", source, re.IGNORECASE) else text


def _scratched(text: str, source: str) -> str:
    """"le chat s'est écrasé les deux bras" → "le chat a griffé les deux bras" where the source says a cat or a dog
    scratched (the model's "écraser" is a crush)."""
    if not _SCRATCH_EN.search(source):
        return text
    return _CRUSHED_FR.sub(lambda m: f"{m.group('have') or 'a'} {m.group('adv') or ''}griffé", text)


# a train to a place (measure40, s36): "The train to Lyon leaves at half past seven, so we should…" (read "train for
# Lyon", fix39) came out «Le train de Lyon part…» (the train from Lyon) where short lines had «Le train pour Lyon»
_TRAIN_TO_EN = re.compile(r"\b(?:train|bus|coach|ferry|flight|plane)(?:e?s)?\s+(?:to|for)\s+((?-i:[A-Z])[\w-]+)",
                          re.IGNORECASE)


def _train_to(text: str, source: str) -> str:
    """«le train de Lyon» → «le train pour Lyon» where the source says the train goes to Lyon (not "from")."""
    for place in {m.group(1) for m in _TRAIN_TO_EN.finditer(source)}:
        if not re.search(rf"\bfrom\s+{re.escape(place)}\b", source):
            text = re.sub(rf"\b((?:train|bus|car|ferry|vol|avion)s?) (?:de |d['’])(?={re.escape(place)}\b)",
                          r"\1 pour ", text)
    return text


# "We apologize for…": «Nous nous présentons des excuses» (measure39)
_APOLOGY_EN = re.compile(r"\bapologi[sz]e\b", re.IGNORECASE)
_APOLOGY_FR = re.compile(r"\b([Nn]ous) nous présentons (?:des|nos) excuses\b")


# "make an appointment" (measure42): «je voudrais rendre rendez-vous» in a longer sentence, never French for it
_APPOINTMENT_EN = re.compile(r"\bappointments?\b", re.IGNORECASE)
_GIVEN_BACK_FR = re.compile(r"\b([Rr])endre (un |le )?rendez-vous\b")


# a meeting moved to another time (measure43): "move" read as moving house, «déménager notre réunion»
_MOVED_EN = re.compile(r"\bmov(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:meetings?|appointments?|party|parties|class|classes|"
                       r"lessons?|calls?|interviews?|dinner|lunch|match|game|events?|reservations?|bookings?)\b",
                       re.IGNORECASE)
_EVENT_FR = (r"(?:réunions?|rendez-vous|fêtes?|cours|rencontres?|entrevues?|entretiens?|dîners?|déjeuners?|matchs?|"
             r"parties?|soirées?|séances?|appels?|réservations?|leçons?|événements?)")
_MOVED_FR = re.compile(r"\b([Dd])éménag(\w*)(?= (?:la |le |les |l['’]|notre |votre |leur |nos |vos |leurs |cette |ce |"
                       rf"ces |sa |son |ses |ma |mon |mes |ta |ton |tes ){_EVENT_FR}\b)")


def _moved(text: str, source: str) -> str:
    """«déménager la réunion» → «déplacer la réunion» where the source moves a meeting, an appointment… (the verb's
    ending kept: «ont déménagé» → «ont déplacé», «déménageons» → «déplaçons»)."""
    if not _MOVED_EN.search(source):
        return text

    def moved(m: re.Match) -> str:
        ending = m.group(2)
        soft = ending[:1] == "e" and ending[1:2] in ("a", "o", "â")     # «déménageons»: «déplaçons»
        return f"{m.group(1)}éplaç{ending[1:]}" if soft else f"{m.group(1)}éplac{ending}"
    return _MOVED_FR.sub(moved, text)


# a retired teacher (measure43): «professeur de retraite» (the model's own «infirmier à la retraite» elsewhere)
_RETIRED_EN = re.compile(r"\bretired\b", re.IGNORECASE)
_RETIRED_FR = re.compile(r"\b(professeure?s?|enseignante?s?|institut(?:eur|rice)s?|infirmi(?:er|ère)s?|"
                         r"médecins?|docteurs?|ingénieure?s?|policiers?|policières?|pompiers?|soldats?|militaires?|"
                         r"pilotes?|juges?|fonctionnaires?|agriculteurs?|fermiers?|mineurs?|marins?|comptables?|"
                         r"avocate?s?|ouvriers?|ouvrières?|directeurs?|directrices?|facteurs?|boulangers?|"
                         r"bibliothécaires?|journalistes?|architectes?|dentistes?) de retraite\b")


def _retired(text: str, source: str) -> str:
    """«professeur de retraite» → «professeur à la retraite» where the source says "retired" (after a person's trade
    only: «maison de retraite», «régime de retraite» are French)."""
    return _RETIRED_FR.sub(r"\1 à la retraite", text) if _RETIRED_EN.search(source) else text


# a stove left on (measure43): «j'ai laissé le four» (the "on" lost)
_LEFT_ON_EN = re.compile(r"\b(?:leave|left|leaves|leaving)\s+(?:the|my|your|his|her|our|their)\s+(?:\w+\s+)?"
                         r"(?:oven|stove|cooker|iron|hob|grill|heater)s?\s+on\b", re.IGNORECASE)
_LEFT_ON_FR = re.compile(r"\b(laiss\w*) (le |la |l['’]|les |mon |ma |mes |ton |ta |son |sa |ses |notre |votre |"
                         r"leur |nos |vos |leurs )(fours?|cuisinières?|fers?(?: à repasser)?|plaques?|radiateurs?|"
                         r"grils?|grills?|chauffages?|cuiseurs?)\b(?! (?:allum|branch|en marche))")
_FEMININE_FR = ("cuisinière", "plaque")


def _left_on(text: str, source: str) -> str:
    """«j'ai laissé le four» → «j'ai laissé le four allumé» where the source left the oven, the stove, the iron… on
    (agreed: «la cuisinière allumée», «les fours allumés»)."""
    if not _LEFT_ON_EN.search(source):
        return text

    def on(m: re.Match) -> str:
        noun = m.group(3)
        ending = ("e" if noun.startswith(_FEMININE_FR) else "") + ("s" if noun.split(" ")[0].endswith("s") else "")
        return f"{m.group(1)} {m.group(2)}{noun} allumé{ending}"
    return _LEFT_ON_FR.sub(on, text)


# a deadline (fix45): «d'ici lundi au dernier» for "by Monday at the latest"
_LATEST_EN = re.compile(r"\bat\s+the\s+latest\b", re.IGNORECASE)
_LATEST_FR = re.compile(r"\bau dernier\b(?=\s*(?:[.,;:!?)»]|$))")   # not «au dernier moment», «au dernier étage»


def _latest(text: str, source: str) -> str:
    """«au dernier» → «au plus tard» where the source says "at the latest" and nothing follows it in the clause."""
    return _LATEST_FR.sub("au plus tard", text) if _LATEST_EN.search(source) else text


# a bank's branch (fix45): «Notre banque a une branche près de la gare.»
_BRANCH_EN = re.compile(r"\bbranch(?:es)?\b", re.IGNORECASE)
_BANK_FR = re.compile(r"\bbanques?\b", re.IGNORECASE)
_BRANCH_FR = re.compile(r"\b(?:([Ll])a |([MmTtSs])a )?branche(s?)\b")


def _bank_branch(text: str, source: str) -> str:
    """«la branche» → «l'agence», «ma branche» → «mon agence» where the source says "branch" and the French names a
    bank («banque»)."""
    if not (_BRANCH_EN.search(source) and _BANK_FR.search(text)):
        return text

    def agency(m: re.Match) -> str:
        before = f"{m.group(1)}'" if m.group(1) else f"{m.group(2)}on " if m.group(2) else ""
        return f"{before}agence{m.group(3)}"
    return _BRANCH_FR.sub(agency, text)


# a dish someone makes best (s38): «Ma grand-mère rend la meilleure tarte» for "makes the best apple pie"
_MAKES_BEST_EN = re.compile(r"\b(?:make|makes|making|made)\s+the\s+best\b(?!\s+(?:of|use)\b)", re.IGNORECASE)
_RENDERS_BEST_FR = re.compile(r"\b([Rr])(end|ends|endent|endre|endait|endaient)(?= (?:le|la|les) meilleur(?:e|s|es)?\b"
                              r"(?! (?:de|d['’]|du|des)\b))")
_MADE = {"end": "ait", "ends": "ais", "endent": "ont", "endre": "aire", "endait": "aisait", "endaient": "aisaient"}
# a restaurant's order (measure46, s38): "…served fresh fish, but the waiter forgot our order…" → «…a oublié notre
# ordre…», "…and the waiter took our order very quickly." «…a pris l'ordre…» (a command); short, «commande»
_ORDER_EN = re.compile(r"\borders?\b", re.IGNORECASE)
_MEAL_EN = re.compile(r"\b(?:waiter|waitress|waiters|waitresses|restaurants?|caf[eé]s?|menus?|meals?|dishe?s?|"
                      r"pizzas?|food|lunch|dinner|breakfast|kitchen|chef|takeaway|starters?|desserts?)\b",
                      re.IGNORECASE)


def _meal_order(text: str, source: str) -> str:
    """«notre ordre» → «notre commande», «l'ordre» → «la commande» where the source orders at a restaurant (a waiter,
    a café, a meal…) and says "order"."""
    return as_commande(text) if _ORDER_EN.search(source) and _MEAL_EN.search(source) else text


# a queue (measure46): "…there is usually a long line in the morning." → «…une longue ligne le matin.», "There's
# always a long line at the ticket office…" «…une longue ligne au guichet…»; "queue" «une longue ligne d'attente»
_QUEUE_EN = re.compile(r"\b(?:there(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+(?:(?:usually|always|often|still|"
                       r"already|never|sometimes)\s+)?(?:an?\s+)?(?:(?:very|really|huge|big)\s+)?long\s+"
                       r"(?:lines?|queues?)|(?:wait\w*|st[oa]{2}d|stand\w*|queu\w*)\s+in\s+(?:a|the)\s+"
                       r"(?:very\s+)?long\s+(?:line|queue))\b(?!\s+of\b)", re.IGNORECASE)
_LIGNE_FR = re.compile(r"\blongue(s?) ligne(s?)(?: d['’]attente)?\b")


def _queue(text: str, source: str) -> str:
    """«une longue ligne» → «une longue file d'attente» where the source waits in a long line (or queue): "there is a
    long line", "we stood in a long line" (not "draw a long line", "a long line of cars")."""
    return _LIGNE_FR.sub(r"longue\1 file\2 d'attente", text) if _QUEUE_EN.search(source) else text


# homework given (measure46): "Our teacher gave us too much homework." → «Notre professeur nous a fait trop de
# devoirs.» (did homework for us), "Mrs Smith gave them too much homework again." «…leur a fait trop de devoirs.»
# (measure47) and «rendu» (handed back): "The teacher gave us too much homework." → «Le professeur nous a rendu
# trop de devoirs.» (also with "today", "yesterday": 3 of 3); not where it was given back ("gave back our
# homework", «rendit nos devoirs», is right)
_GAVE_HOMEWORK_EN = re.compile(r"\bg[ai]ve[ns]?\b(?!\s+(?:\w+\s+)?back\b)[^.!?;]*\bhomework\b(?!\s+back\b)",
                               re.IGNORECASE)
_MADE_HOMEWORK_FR = re.compile(r"\b(ai|as|a|avons|avez|ont|avait|avaient) (?:fait|rendu) (?=(?:trop|autant|tant|"
                               r"beaucoup|plein|peu|moins|plus) de devoirs\b|des devoirs\b)")


def _homework_given(text: str, source: str) -> str:
    """«nous a fait trop de devoirs» → «nous a donné trop de devoirs» where the source says a teacher gave it."""
    return _MADE_HOMEWORK_FR.sub(r"\1 donné ", text) if _GAVE_HOMEWORK_EN.search(source) else text


# a dozen after a list (measure46): "We need three kilos of potatoes and a dozen eggs." → «…et douzaines d'œufs.», "I
# bought milk, bread and a dozen eggs." «…et douzaine d'œufs.» (its «une» lost: alone it was right)
_DOZEN_EN = re.compile(r"\ba\s+dozen\b", re.IGNORECASE)
_DOZEN_FR = re.compile(r"(\bet|,) douzaines? (?=d['’]|de )")


def _dozen(text: str, source: str) -> str:
    """«et douzaines d'œufs» → «et une douzaine d'œufs» where the source says "a dozen"."""
    return _DOZEN_FR.sub(r"\1 une douzaine ", text) if _DOZEN_EN.search(source) else text


# a screen (s38): «le crème a cessé de fonctionner» for "the screen stopped working"
_SCREEN_EN = re.compile(r"^(?!.*\bcream).*\bscreens?\b", re.IGNORECASE | re.DOTALL)
_CREAM_FR = re.compile(r"\b([Ll][ea]|[Uu]ne?|[Cc]e|[Cc]ette|[Dd]u|[Dd]e la|[MmTtSs](?:on|a)|[Nn]otre|[Vv]otre|[Ll]eur) "
                       r"crème\b")


def _screen(text: str, source: str) -> str:
    """«le crème» → «l'écran», «un crème» → «un écran», «ce crème» → «cet écran», «mon crème» → «mon écran» where the
    source says "screen" and no cream."""
    if not _SCREEN_EN.search(source):
        return text
    return _CREAM_FR.sub(lambda m: determiners.written(m.group(1), "écran", False) + "écran", text)


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with the senses above mended where ``source`` says them."""
    if not source:
        return text
    text = _subject(_sales(_sea_view(_single_ticket(_return_ticket(text, source), source), source), source), source)
    text = _TICKET_AT_FR.sub(r"\1 pour ", text) if _TICKET_TO_EN.search(source) else text     # «…billet pour Paris»
    text = _after_it(_browser(_extension(_some(text, source), source), source), source)
    text = _cooking_oil(_dessert(_side(_exam_passed(text, source), source), source), source)
    text = _scratched(_by_hand(_goals(_uncomfortable(text, source), source), source), source)
    text = _train_to(text, source)
    if _APPOINTMENT_EN.search(source):            # «rendre rendez-vous» → «prendre rendez-vous»
        text = _GIVEN_BACK_FR.sub(lambda m: f"{'P' if m.group(1) == 'R' else 'p'}rendre {m.group(2) or ''}rendez-vous",
                                  text)
    text = _bank_branch(_latest(_left_on(_retired(_moved(text, source), source), source), source), source)
    if _MAKES_BEST_EN.search(source):             # «rend la meilleure tarte» → «fait la meilleure tarte»
        text = _RENDERS_BEST_FR.sub(lambda m: ("F" if m.group(1) == "R" else "f") + _MADE[m.group(2)], text)
    text = _screen(_dozen(_homework_given(_queue(_meal_order(text, source), source), source), source), source)
    return _APOLOGY_FR.sub(r"\1 vous présentons nos excuses", text) if _APOLOGY_EN.search(source) else text
