"""A first visitor's phrases (measure47, session 38) the model read word for word, read in words it knows.

The eighth probe of 100 first-visit sentences found "We are out of stock, but…" come out «Nous sommes en stock…» (the
opposite), "The shop keeper told me…" «L'autoroute m'a dit…», "…asked us to design their mobile app" «…désigner…»,
"…a French address…" «…une adresse en français…», "…mistakes with the past tense." «…la tense passée.», "…the
corrected version…" «…la version exacte…», "i just started learning french" «je viens d'apprendre le français» (the
opposite of a beginner), "…ask a stranger for directions." «…demander un étranger aux instructions.», "…because my
parents are visiting…" «…mes parents sont visités…». Each is read as a paraphrase that came out right in at least
three sentences written for it, none screened worse. (sense_mends.py writes «donné» for "gave … homework". "A French
address" read "an address in France" was dropped on merge: 4 written sentences had come out right as typed,
«adresse française», and one read so lost its "to register".)
"""
from __future__ import annotations

_WHO_VISITS = r"(?:parents|mum|mom|dad|mother|father|grandparents|grandma|grandmother|grandpa|grandfather|sisters?|"\
              r"brothers?|aunt|uncle|cousins?|friends?|in-laws|family|son|daughter|kids|children)"
_AFTER_VISITING = r"(?=\s*(?:[.,!?;]|$)|\s+(?:and|but|so|because|from|this|next|on|for|until|tomorrow|today|tonight|" \
                  r"soon|again|at|in)\b)"

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # a shop with nothing left: "We are out of stock, but we will get more on Monday." → «Nous sommes en stock…»,
    # "Sorry, we are out of stock at the moment." «…nous sommes en stock.», "I'm afraid we are currently out of
    # stock." «…que nous soyons en stock.» (the opposite); "we have no more in stock": «Nous n'avons plus en stock…»
    # (4 of 4); orders.py reads "it is out of stock" but not "we are"; not "out of stock of" («à court de ce modèle»,
    # right as typed)
    (r"\bwe\s+are\s+(currently\s+|now\s+|still\s+|temporarily\s+)?out\s+of\s+stock\b(?!\s+of\b)",
     r"we \1have no more in stock"),
    # a shop's keeper: "The shop keeper told me…" → «L'autoroute m'a dit…», «Le poil m'a dit…», "The shopkeeper was
    # very friendly." «Le magasin était…», "Our neighbour is a shopkeeper." «…un cuisinier.»; "shop owner":
    # «Le propriétaire…», «…un propriétaire de magasin.» (4 of 5; "asked the shop owner for a bag" stayed garbled)
    (r"\bshop[\s-]?keeper(s?)\b", r"shop owner\1"),
    # to design a thing: "…asked us to design their mobile app" → «…de diminuer leur programme…», "She wants to design
    # her own clothes." «…désigner ses propres vêtements.» (to designate); "conceive": «…concevoir…» (3 of 3); "He
    # designed the house" had «conçu» and is left
    (r"\b(to|can\s+you|could\s+you|will\s+you|would\s+you)\s+design(?=\s+(?:a|an|the|my|our|your|his|her|their|its|"
     r"this|that|some|new)\b)", r"\1 conceive"),
    # a verb's tense: "…mistakes with the past tense." → «…la tense passée.», "The past tense in French is
    # difficult." «L'assistance en français…», "Can you explain the future tense?" «…l'avenir tendue ?»; "the past",
    # "the future": «le passé», «l'avenir», «le présent et le passé» (5 of 5)
    (r"\bthe\s+(past|present|future)\s+tense\b", r"the \1"),
    (r"\b(past|present|future)\s+tense\s+and\s+the\s+(past|present|future)\s+tense\b", r"\1 and the \2"),
    # a text put right: "…I will send you the corrected version…" → «…la version exacte…», "Did you get the corrected
    # invoice?" «…la facture correcte ?» (one without errors, not one put right); "revised": «la version révisée», «la
    # facture révisée», «la copie révisée» (4 of 4); not "the corrected tests" (a teacher's marking)
    (r"\bcorrected(?=\s+(?:version|copy|invoice|draft|document|file|text|report|quote|contract|translation)s?\b)",
     "revised"),
    # a beginner: "hi, i just started learning french" → «Salut, je viens d'apprendre le français» (have learnt
    # it); "have just begun to learn": «j'ai juste commencé à apprendre le français», «…à apprendre le piano.» (5 of
    # 5); "I just started learning the piano." had «J'ai commencé…» too, which it keeps in meaning
    (r"\b(I|we|you|they)\s+just\s+started\s+learning\b", r"\1 have just begun to learn"),
    (r"\b(he|she)\s+just\s+started\s+learning\b", r"\1 has just begun to learn"),
    # the way: "…I had to ask a stranger for directions." → «…demander un étranger aux instructions.», "We asked a
    # policeman for directions." «…à un policier des instructions.»; "ask X the way": «…demander le chemin à un
    # étranger.», «…le chemin à un policier.», «…le chemin à une femme.» (4 of 4); not a bare "ask for directions"
    # ("Let's ask the way." came out «Parlons du chemin.»), nor "for directions to" (directions.py reads it after
    # "me", "us"…; after a noun, "asked a policeman the way to the hotel" lost the policeman)
    (r"\b(ask(?:ed|ing|s)?\s+(?:a|an|the|some|this|that)\s+(?:\w+\s+)?\w+|ask(?:ed|ing|s)?\s+(?:someone|somebody|"
     r"anyone|anybody|him|her|them|people))\s+for\s+directions\b(?!\s+to\b)", r"\1 the way"),
    # visitors: "…because my parents are visiting and I have to pick them up…" → «…mes parents sont visités…», "My
    # parents are visiting next week." «Mes parents visitent…», "Our friends are visiting from Canada." «Nos amis
    # visitent le Canada.»; "coming to see me / us": «…viennent me voir…», «Nos amis viennent du Canada pour nous
    # voir.» (4 of 4); only with nothing visited after it
    (rf"\b(my\s+{_WHO_VISITS})\s+(is|are)\s+visiting(\s+me)?{_AFTER_VISITING}", r"\1 \2 coming to see me"),
    (rf"\b(our\s+{_WHO_VISITS})\s+(is|are)\s+visiting(\s+us)?{_AFTER_VISITING}", r"\1 \2 coming to see us"),
    (rf"\b(my\s+{_WHO_VISITS})\s+(is|are)\s+visiting\s+us{_AFTER_VISITING}", r"\1 \2 coming to see us"),
)
