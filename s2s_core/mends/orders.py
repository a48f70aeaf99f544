"""An order's verb the model wrote as another verb, mended in its French by what the English (``source``) orders
(the verbs it gets right after "Please" are read so instead: openers.py).

Some verbs of recipes and chores come out as another verb wherever they open an order, bare, after "Please" or after
"First,", and no English reading tried came out right (imper46, words44/45, s38: "mix", "beat", "let … melt",
"agitate", "put" all failed): "Grate the cheese." came out «Attrape le fromage !», "Please grate some carrots."
«Veuillez attraper quelques carottes.», "Melt the butter in a pan." «Mettez le beurre…», "First, melt the butter…"
«Tout d'abord, repasser le beurre…», "Whisk the eggs with the sugar." «Mangez les œufs…», "Spread the butter on the
bread." «Montrez le beurre…», "Shake the bottle before use." «Faites la bouteille…», "Store the cheese in the
fridge." «Déortez le fromage…», "Rinse your mouth with water." «Restez la bouche d'eau.», "Scan the QR code…"
«Continuez le code…», "Forward the invoice to the accountant." «Rendez la facture…» (words46, s39). The French
slot that holds the order's verb is plain to find: the first word, the infinitive after «Veuillez», or the word after
«Tout d'abord,/D'abord,/Premièrement,» or «, puis», so that word is set to the English verb's French in the same form
(«Râpe», «Râpez», «râper»): «Râpe le fromage !», «Veuillez râper quelques carottes.», «Faites fondre le beurre…». Only
where the English verb opens the order before a determiner ("Spread the word", "Shake hands", "Store hours" are not
read), and never where the model's verb is already one French says for it («Rincez le riz», «Mélangez le lait»).
words47 (s39) added the recipe and chore verbs peel, drain, scrub, chop, boil, fry, bake, roast, season, sprinkle,
mop, unplug (read "disconnect"), restart, upload, download and update, a label's "Shake well", and the slot after
«, alors» (set to «, puis»).
"""
from __future__ import annotations

import re

# the English order's verb → its French (vous imperative, tu imperative, infinitive) and the verbs French says for it
_FRENCH = {"grate": (("Râpez", "Râpe", "râper"), ("râp",)),
           "melt": (("Faites fondre", "Fais fondre", "faire fondre"), ("fond", "faites fondre", "fais fondre")),
           "whisk": (("Fouettez", "Fouette", "fouetter"), ("fouett", "mélang", "batt")),
           # "Whisk" opening a step is read "mix" before (phrasing/food.py), which came out «Mangez les œufs…»
           "mix": (("Mélangez", "Mélange", "mélanger"), ("mélang", "fouett", "batt", "mix")),
           "spread": (("Étalez", "Étale", "étaler"), ("étal", "tartin")),
           "shake": (("Secouez", "Secoue", "secouer"), ("secou", "agit")),
           "store": (("Conservez", "Conserve", "conserver"), ("conserv", "rang", "gard")),
           "rinse": (("Rincez", "Rince", "rincer"), ("rinc",)),
           # "Scan the QR code…" had «Continuez le code…», "Please scan your ticket…" «Veuillez voler votre billet…»
           "scan": (("Scannez", "Scanne", "scanner"), ("scann", "numéris")),
           # "Forward the invoice to the accountant." had «Rendez la facture…»
           "forward": (("Transférez", "Transfère", "transférer"), ("transf", "transmet", "envo", "fai", "redirig")),
           # words47 (s39): "Peel the potatoes." had «Mettez les pommes de terre.», "First, peel the carrots." «Tout
           # d'abord, peluche les carottes.»; «Pelez» is right too, «peluche» is not
           "peel": (("Épluchez", "Épluche", "éplucher"), ("éplu", "pelez", "pèle", "peler", "enl", "retir")),
           # "Drain the pasta." had «Traduis les pâtes.», "Please drain the rice." «Veuillez bourrer le riz.»
           "drain": (("Égouttez", "Égoutte", "égoutter"), ("égoutt", "vid")),
           # "Scrub the potatoes." had «Fublisez les pommes de terre.», "First, scrub the pan." «…mettez la poêle.»
           "scrub": (("Frottez", "Frotte", "frotter"), ("frott", "récur", "bross")),
           # "First, chop the garlic." had «Premièrement, tupes l'ail.», "Chop the onions, then…" «Choisissez…»
           "chop": (("Hachez", "Hache", "hacher"), ("hach", "coup", "émin")),
           # "First, boil the potatoes." had «D'abord, bouilliez…», ", then boil the potatoes" «puis bouillit…»
           "boil": (("Faites bouillir", "Fais bouillir", "faire bouillir"), ("faites bouillir", "fais bouillir")),
           # "Please fry the eggs." had «S'il te plaît, frics les œufs.», "First, fry the bacon." «D'abord, fais-y…»
           "fry": (("Faites frire", "Fais frire", "faire frire"), ("frire", "faites frire", "fais frire", "cui",
                                                                   "fais revenir", "faites revenir", "poêl")),
           # "Please bake the bread." had «Remettez le pain…», ", then bake the cake" «puis coupez le gâteau»
           "bake": (("Faites cuire", "Fais cuire", "faire cuire"), ("cui", "faites cuire", "fais cuire", "enfourn")),
           # "Roast the chicken." had «Donne le poulet.», "Please roast the vegetables." «Veuillez allumer…»
           "roast": (("Faites rôtir", "Fais rôtir", "faire rôtir"), ("rôt", "faites rôtir", "fais rôtir", "grill",
                                                                   "fais griller", "faites griller")),
           # "Season the soup." had «Fouillez la soupe.», "First, season the meat." «Premièrement, saisir la viande.»
           "season": (("Assaisonnez", "Assaisonne", "assaisonner"), ("assaison", "sal", "poivr")),
           # "Sprinkle the cheese on top." had «Déprenez le fromage en haut.», "First, sprinkle…" «…fouille le sucre.»
           # («sucre le gâteau»: "Please sprinkle the sugar on the cake." sugared the cake, left as it was)
           "sprinkle": (("Saupoudrez", "Saupoudre", "saupoudrer"), ("saupoudr", "parsem", "sucr", "sale", "salez")),
           # "Please mop the kitchen." had «Veuillez mettre la cuisine.», "… then mop the hallway" «puis lâche…»
           "mop": (("Lavez", "Lave", "laver"), ("lav", "nettoy", "pass")),
           # "unplug" is read "disconnect" before (phrasing/tech.py): "First, unplug the computer." had «Premièrement,
           # disconnez l'ordinateur.», ", then unplug the television" «puis disconnez…»; «Déconnecte» is right enough
           "disconnect": (("Déconnectez", "Déconnecte", "déconnecter"), ("déconnect", "débranch")),
           # "Please restart your phone." had «Répondez votre téléphone…», "First, restart the router." «…restez…»;
           # «Éteignez l'ordinateur et allumez-le à nouveau» is right
           "restart": (("Redémarrez", "Redémarre", "redémarrer"), ("redémarr", "relanc", "étei", "rallum")),
           # "Upload the photos." had «Utilise les photos.», "Please upload the document." «Veuillez remuer…»
           "upload": (("Téléversez", "Téléverse", "téléverser"), ("télévers", "télécharg", "envoy")),
           # "Download the app." had «Déglisez le programme.», "First, download the form." «…décharge le formulaire.»
           "download": (("Téléchargez", "Télécharge", "télécharger"), ("télécharg",)),
           # "Please update the spreadsheet…" had «Veuillez remettre le tableur…», "Please update your password."
           # «Veuillez mettre votre mot de passe.»; "Update the app." «Installez la nouvelle version…» is right
           "update": (("Mettez à jour", "Mets à jour", "mettre à jour"), ("mettez à jour", "mets à jour",
                                                                         "mettre à jour", "actualis", "install"))}
_DET = r"(?:the|a|an|some|your|my|our|his|her|their|this|that|these|those|all|both|half|two|three|four|five|it|them)"
_VERB = (r"(?P<verb>grate|melt|whisk|mix|spread|shake|store|rinse|scan|forward|peel|drain|scrub|chop|boil|fry|bake|"
         r"roast|season|sprinkle|mop|disconnect|restart|upload|download|update)")
# where the English order opens: the sentence (after "Please"), "First(,)" or ", then"; a label's "Shake well" too
# ("Shake well before use." had «Faites bien avant d'utiliser.», "Please shake well…" «Veuillez vous serrer bien…»)
_ORDER = re.compile(rf"(?:^\W*(?:please\s+)?|^\W*(?P<first>first(?:\s+of\s+all)?)\s*,?\s+|"
                    rf"(?P<then>,\s*(?:and\s+)?then)\s+|(?P<and>(?<=[a-z])\s+and)\s+)"    # fix54: "and"
                    rf"{_VERB}\s+(?!the\s+word\b)(?:{_DET}|(?<=shake\s)well)\b",
                    re.IGNORECASE)
# the French slot of each: the opening word (or «Veuillez» + an infinitive with its clitic, or the word after «S'il vous
# plaît,»: "Please shake the rug outside." had «S'il vous plaît, serrez le rug dehors.»), the word after the
# French "first", the word after «, puis/, ensuite»
_WORD = (r"(?P<word>[a-zàâçéèêëîïôûùœA-ZÀÂÇÉÈÊÎÔÛ][\w’-]*"
         r"(?:\s+(?:fondre|bouillir|frire|cuire|rôtir|revenir|griller|à\s+jour))?)")
_SLOTS = {"open": re.compile(r"^(?P<lead>\W*(?:Veuillez\s+(?:vous\s+|me\s+|m['’]|te\s+|t['’])?|"
                             rf"S['’]il\s+(?:vous|te)\s+pla[iî]t\s*,\s*)?){_WORD}"),
          "first": re.compile(rf"^(?P<lead>\W*(?:Tout\s+d['’]abord|D['’]abord|Premièrement|En\s+premier|Avant\s+tout)"
                              rf"\s*,?\s+){_WORD}"),
          # «, alors» too ("Cook the pasta, then drain the water." had «…, alors économise l'eau.»), «, puis» if mended
          "then": re.compile(rf"(?P<lead>,\s*(?:puis|ensuite|et\s+puis|et\s+ensuite|(?P<so>alors))\s+){_WORD}"),
          # fix54 (s40): a second order after "and": "Slice the tomatoes and grate the cheese." had «Coupez les
          # tomates et attrapez le fromage.», "Peel the carrots and whisk the eggs." «…et mangez les œufs.»; the
          # word after the first «et» (left where it is «les», «la»…: "and fry them" had «et les frics»)
          "and": re.compile(rf"(?P<lead>\s+et\s+){_WORD}")}
# what follows a verb the model wrote in the tu imperative (the order's object): «Attrape le fromage», «Réveille la…»
_OBJECT = re.compile(r"\s+(?:le|la|les|l['’]|un|une|des|du|de|votre|vos|ton|ta|tes|ce|cet|cette|ces|quelques|bien)\b")
# spread out, not on ("Spread your fingers." had «Montrez vos doigts.»; «Étalez vos doigts» is no better), nor news
_SPREAD_OUT = re.compile(r"\W*(?:\w+\s+)?(?:\w+\s+)?(?:fingers|toes|arms|legs|wings|hands|feet|word|news|rumou?rs?|"
                         r"love|joy|cheer|risk|cost|payments?|load)\b", re.IGNORECASE)
_NOT_VERB = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "je", "il", "elle", "on", "nous", "ils", "elles",
             "ce", "cette", "ces", "votre", "vos", "ton", "ta", "tes", "mon", "ma", "mes", "si", "quand", "mais", "et",
             "vous", "tu", "pour", "dans", "sur", "avec", "en", "à", "au", "aux", "avant", "après", "ne", "n", "c",
             "ça", "cela", "que", "qu", "quel", "quelle", "il", "y"}


def _said(word: str, verb: str) -> str:
    """The French of ``verb`` in the form the model's ``word`` has: "-ez" the vous imperative, an infinitive ending
    after «Veuillez», «d'abord» or «puis», else the tu imperative."""
    vous, tu, inf = _FRENCH[verb][0]
    low = word.lower()
    # an infinitive in -re is «mettre», «prendre», «dire», not a tu order like «élabore», «sucre», «montre» ("Cut the
    # bread, then bake the rolls." had «puis élabore les roules», not to be «puis faire cuire»)
    infinitive = low.endswith(("er", "ir", "dre", "ttre", "ire", "aître"))
    return vous if low.endswith("ez") or low in ("faites", "dites") else inf if infinitive else tu


def _slot(french: str, key: str, verb: str) -> str:
    """``french`` with the word in its ``key`` slot set to ``verb``'s French, where that word is a verb the model
    wrote for another (not a determiner or a pronoun, not already a verb French says for ``verb``)."""
    m = _SLOTS[key].search(french)
    if not m:
        return french
    word, clitic = m.group("word"), ""
    head, hyphen, tail = word.partition("-")
    if tail.lower() in ("moi", "nous", "le", "la", "les", "lui", "leur"):    # «Ouvrez-moi le courriel»: «-moi» kept
        word, clitic = head, hyphen + tail
    low = word.lower()
    first = re.split(r"['’\s]", low)[0]
    if first in _NOT_VERB or any(low.startswith(ok) for ok in _FRENCH[verb][1]):
        return french
    veuillez = "veuillez" in m.group("lead").lower()
    if not (low.endswith("ez") or veuillez and low.endswith(("er", "ir", "re")) or _OBJECT.match(french, m.end())):
        return french
    said = _said(word, verb) if not veuillez else _FRENCH[verb][0][2]
    if key == "open" and not veuillez and said == _FRENCH[verb][0][2]:     # «Entre le beurre»: a tu order, not «Faire»
        said = _FRENCH[verb][0][1]
    if re.search(r"vous\s+pla[iî]t", m.group("lead")) and said == _FRENCH[verb][0][1]:   # «S'il vous plaît, sucre»
        said = _FRENCH[verb][0][0]
    opening = key == "open" and not veuillez and not m.group("lead").rstrip().endswith(",")   # «S'il vous plaît, »
    said = said[:1].upper() + said[1:] if opening else said[:1].lower() + said[1:]
    lead = m.group("lead")
    if key == "then" and m.group("so"):                  # «, alors égoutte l'eau»: "then" is «puis» in a recipe's steps
        lead = lead[:m.start("so") - m.start()] + "puis" + lead[m.end("so") - m.start():]
    if veuillez:                       # «Veuillez vous serrer bien» → «Veuillez secouer bien»: the clitic was the slip
        lead = re.sub(r"(Veuillez)\s+.*$", r"\1 ", lead, flags=re.S)
    # the object the model's verb took with «à» takes none: "Please restart the router." had «Répondez au routeur…»
    rest = re.sub(r"^\s+au(x?)\s+", lambda a: " les " if a.group(1) else " le ", french[m.end():]) if not clitic \
        else french[m.end():]
    if veuillez and re.match(r"\s+bien\b", rest):           # «Veuillez secouer bien avant…»: «Veuillez bien secouer»
        said, rest = "bien " + said, rest.lstrip()[len("bien"):]
    return french[:m.start()] + lead + said + clitic + rest


# "Log in to your account." had «L'accès à votre compte.», "Please log in to the website." «S'il vous plaît, accès au
# site web.», ", then log in to your account" «puis a accès à votre compte» (no verb; "sign in", "log on", "connect
# to" all failed, words46): the noun «accès» in an order's slot is set to «connectez-vous», before «à/au/aux».
# "log in to" is read "access" before (phrasing/orders.py); only an account, a site or an app is logged in to
_LOG_IN = re.compile(r"(?:^\W*(?:please\s+)?|^\W*first(?:\s+of\s+all)?\s*,?\s+|,\s*(?:and\s+)?then\s+)"
                     r"(?:log\s*in(?:\s+to|to)|access)\s+(?:my|your|our|his|her|their|the)\s+(?:online\s+)?"
                     r"(?:accounts?|website|site|app|portal|platform|program|system|intranet|inbox|email)\b",
                     re.IGNORECASE)
_ACCESS = re.compile(r"(?P<lead>^\W*|^\W*S['’]il\s+vous\s+pla[iî]t\s*,\s*|^\W*(?:Tout\s+d['’]abord|D['’]abord|"
                     r"Premièrement)\s*,?\s+|,\s*(?:puis|ensuite|alors)\s+)(?:(?:l['’]|a\s+)?accès|L['’]accès|"
                     r"Accès)(?=\s+(?:à|au|aux)\b)")


def _logged_in(text: str, source: str) -> str:
    """«L'accès à votre compte.» → «Connectez-vous à votre compte.» where the source's order opens "log in to"."""
    if not _LOG_IN.search(source):
        return text

    def one(m: re.Match) -> str:
        lead = m.group("lead")
        said = "Connectez-vous" if not lead.strip() else "connectez-vous"
        return lead + said
    return _ACCESS.sub(one, text, count=1)


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with the verb of each order ``source`` opens with grate, melt,
    whisk (read "mix"), spread, shake, store, rinse, scan, forward or a verb words47 added (bare, after "Please",
    "First," or ", then") in French: «Attrape le fromage !» → «Râpe le fromage !», «Tout d'abord, repasser le
    beurre…» → «Tout d'abord, faire fondre le beurre…»."""
    for m in _ORDER.finditer(source):
        if m.group("verb").lower() == "spread" and _SPREAD_OUT.match(source, m.end("verb")):
            continue
        key = "first" if m.group("first") else "then" if m.group("then") else "and" if m.group("and") else "open"
        text = _slot(text, key, m.group("verb").lower())
    return _logged_in(text, source)
