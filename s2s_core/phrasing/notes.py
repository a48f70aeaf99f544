"""Words of thank-you notes, posts and complaints (thanks again, kind messages, welcoming us, "Best pizza in town",
"highly recommend", "please refund me", the same order paid twice, the reception's staff, the rainforest, a flight
that lands, slides sent) that the model had read as another meaning.

A post or a note drops words the model needs ("Best coffee in Paris." came out "Bois café à Paris.", "Thanks again
for the dinner!" "Encore une fois pour le dîner !", the thanks lost) or uses a word in a sense the Hansards lack
("…for the kind messages…" "…le genre de messages…", "Thanks for welcoming us." "Merci de nous être venus."); each
is read as a paraphrase it translates right. Each was kept only where its paraphrase came out right in at least three
sentences and no sentence tried came out worse.
"""

from __future__ import annotations

# what one thanks for or leaves under a post (not "kind of messages"; "kind words" came out right: "aimables paroles")
_SAID = r"(?:messages?|comments?)"
# when a shop's goods leave: today, within two days ("in less than two days" once times.py has read it), next week
_SHIP_WHEN = (r"(?=today|tomorrow|within|in\s+(?:less\s+than\s+)?\w+\s+(?:working\s+)?(?:days?|hours?|weeks?)\b|"
              r"the\s+same\s+day|next\b|on\s+[A-Z]\w*day)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Thanks again for the dinner, it was delicious!" → "Encore une fois pour le dîner…", "Thanks again for your
    # help." → "Encore une fois, pour votre aide."; "Thank you again": "Merci encore pour le dîner…"
    (r"\bthanks\s+again\b", "thank you again"),
    # "Thanks everyone for the kind messages after my accident…" → "…le genre de messages…", "She left a kind
    # comment…" → "…un commentaire…" (kind lost); "nice": "…les gentils messages…", "…un joli commentaire…"
    (rf"\bkind\s+(?={_SAID}\b)", "nice "),
    # "Happy birthday to my best friend, love you so much" → "…je t'aime autant" (as much); "very much": "…je t'aime
    # beaucoup"
    (r"\blove\s+you\s+so\s+much\b", "love you very much"),
    # "Best pizza in town" → "Bois pizza en ville", "Best coffee in Paris." → "Bois café à Paris.", "Best day ever!"
    # → "Le jour le plus jamais !"; "The best": "La meilleure pizza en ville", "Le meilleur jour !"; a post's opening
    # only (not "Best regards", "Best wishes", "Best of luck")
    (r"^best\s+(?=(?!regards|wishes|of\b)\w+(?:\s+\w+)?\s+(?:in|ever)\b)", "the best "),
    # "Best pizza in town, highly recommend this place." → "La meilleure pizza en ville recommande beaucoup…" (the
    # pizza recommends), "Highly recommend this restaurant!" → "Hautement recommande…"; "I really recommend": "…, je
    # recommande vraiment cet endroit."; a post's clause that left out its "I" ("strongly" had lost "Great hotel"),
    # before what is recommended ("Lovely hotel, highly recommend." came out "Aujourd'hui, je recommande vraiment.")
    (r"(?:^|(?<=,\s))highly\s+recommend\b(?=\s+(?:it|this|these|that|those|them|the|our|their|his|her|a|an)\b)",
     "I really recommend"),
    # "…and nobody at the reception could help us." → "…personne n'a pu nous aider." (where lost), "Please leave your
    # key at the reception." → "…au réception."; "front desk": "…personne à la réception ne pourrait nous aider."; one
    # who works there only ("Ask at the front desk." came out "…au bureau du devant.", "Call the front desk…" "…le
    # front…")
    (r"\b(nobody|no\s+one|someone|anyone|the\s+(?:staff|woman|man|lady|guy|people))\s+at\s+the\s+reception\b",
     r"\1 at the front desk"),
    # "I was charged twice…, please refund me." → "…s'il vous plait me remboursement.", "The shoes don't fit, can you
    # refund me?" → "Les chaussures ne vont pas me rafraîchir ?"; "give me my money back": "…je vous prie de me rendre
    # mon argent.", "…pouvez-vous me donner mon argent ?"; a request only ("They refused to refund me." was right, and
    # "Could you refund us?": "Pourriez-vous nous rembourser ?")
    *((rf"\b(please|can\s+you)\s+refund\s+{who}\b(?=\s*(?:[.,!?]|$))",
       rf"\1 give {who} {whose} money back") for who, whose in (("me", "my"), ("us", "our"))),
    # "I paid twice for the same order." → "…pour le même ordre.", "We received two invoices for the same order." →
    # "…le même ordre."; "purchase": "…pour le même achat."; a line about paying only (not "the same order as last
    # time": "le même ordre" is right)
    (r"^(?=.*\b(?:paid|pay|pays|charged|charge|invoices?|bills?|billed|refund\w*|money)\b)(.*?)\bfor\s+the\s+same\s+"
     r"order\b", r"\1for the same purchase"),
    # "Many thanks for welcoming us into your home, …" → "Merci d'être venus chez nous…" (the guests turned round),
    # "Thanks for welcoming us." → "Merci de nous être venus."; "receiving": "Merci de nous avoir reçus."
    (r"\bwelcoming\s+(us|me)(?:\s+(?:into|to|in)\s+(?:your|their|his|her)\s+(?:home|house|place))?\b"
     r"(?!\s+(?:into|to|in)\b)", r"receiving \1"),
    # "Scientists found a new frog in the rainforest." → "…dans la pluie.", "The Amazon rainforest is burning." →
    # "La pluie Amazon…"; "tropical forest": "…dans la forêt tropicale.", "La forêt tropicale de l'Amazon brûle."
    (r"\bthe\s+Amazon\s+rainforest\b", "the tropical forest of the Amazon"),
    (r"\brainforest(s?)\b", r"tropical forest\1"),
    # "My flight to Montreal lands at 6 in the morning…" → "Mon vol vers les terres de Montréal…"; "arrives": "Mon vol
    # à Montréal arrive à 6 heures…" (figures.py reads "flight lands" with nothing between)
    (r"\b(flight\s+(?:to|from)\s+(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)\s+lands\b", r"\1 arrives"),
    # "I'll send you the slides after lunch" → "…les escaliers…"; "presentation": "…la présentation après le
    # déjeuner" (daily.py reads the slides of a talk)
    (r"^(?!.*\bpresentations?\b)(.*?\b(?:send|email|e-mail|share|forward)(?:\s+(?:you|him|her|them|us|me|everyone))?"
     r"\s+the)\s+slides\b", r"\1 presentation"),   # not "…the slides for the presentation" (work.py's)
    # s38: a request after a clause: "Before you go to bed, please make sure that the doors are locked." → «Avant
    # d'aller au lit, s'il te plait, s'il te plaît, t'assure que…», "When you leave the office, please make sure…" the
    # same; "please check that": «…, je vous prie de vérifier que…», «…, vérifiez que…» (4 of 4; opening the line,
    # "Please make sure that…" came out right, «Je vous prie de vous assurer…»)
    (r"(?<=,\s)please\s+make\s+sure\s+(?:that\s+)?", "please check that "),
    # "Thanks for reaching out, we have refunded your order…" → "Merci d'être sortis…", "Thank you for reaching out to
    # us." → "Merci de nous être sortis."; "thanks for your message": «Merci pour votre message, nous avons
    # remboursé…», «Merci pour votre message ! Je vais y regarder.», «Merci pour votre message.»
    (r"\b(thanks|thank\s+you)((?:\s+(?:so|very)\s+much)?)\s+for\s+reaching\s+out(?:\s+to\s+(?:us|me))?\b(?!\s+to\b)",
     r"\1\2 for your message"),
    # "…we have refunded your order and you should see the money within five business days." → "…remboursé votre
    # ordre… dans cinq jours d'affaires."; "purchase", "working days": «…remboursé votre achat et vous devriez voir
    # l'argent dans cinq jours de travail» (split or not), «Nous avons remboursé votre achat», «L'argent arrivera dans
    # cinq jours de travail», «Vous le recevrez dans trois jours de travail»
    (r"\b(refunded|refund|refunding)\s+(your|the|my|our|his|her|their)\s+order\b", r"\1 \2 purchase"),
    (r"\bbusiness\s+days\b", "working days"),
    # a shop with nothing left: "We are out of stock, but we will get more on Monday." → «Nous sommes en stock…»,
    # "Sorry, we are out of stock at the moment." «…nous sommes en stock.», "I'm afraid we are currently out of
    # stock." «…que nous soyons en stock.» (the opposite); "we have no more in stock": «Nous n'avons plus en stock…»
    # (4 of 4); orders.py reads "it is out of stock" but not "we are"; not "out of stock of" («à court de ce modèle»,
    # right as typed)
    (r"\bwe\s+are\s+(currently\s+|now\s+|still\s+|temporarily\s+)?out\s+of\s+stock\b(?!\s+of\b)",
     r"we \1have no more in stock"),
    # measure52 (s40): a shop's "ship" as a verb: "Thank you for your order, it will ship tomorrow." → «…c'est le
    # navire demain.», "Your order will ship on Monday." «…va navires lundi.», "Orders ship within two days." «Les
    # ordres du navire…»; "be sent": «…sera envoyée lundi.», «Ça sera envoyé demain.», «…sont envoyés…» (a thing
    # shipped only: not "we will ship" nor "I ship", whose "expédions" came out right as typed)
    (r"(?<!\bwe\s)(?<!\bI\s)(?<!\byou\s)(?<!\bthey\s)\b(will|should|can|may|might|won['’]t|usually|normally)\s+ship\b"
     r"(?=\s+(?:today|tomorrow|within|in\s+(?:less\s+than\s+)?\w+\s+(?:days?|hours?|weeks?)|on\s+[A-Z]\w*day|"
     r"next|this|the\s+same|by|soon)\b|\s*[.!?,]|\s*$)", r"\1 be sent"),
    # "ships"/"ship" within a time: "is shipped", "are shipped" («Cet objet est expédié…», «Les commandes sont
    # expédiées…», «Votre commande est expédiée aujourd'hui.»; "is sent" had once lost the verb: «Cet objet est en…»)
    (rf"\b(orders|items|products|parcels|packages|goods)\s+ship\s+{_SHIP_WHEN}", r"\1 are shipped "),
    (rf"\b(order|item|product|parcel|package|book|dress|it|this|that)\s+ships\s+{_SHIP_WHEN}", r"\1 is shipped "),
    # "…we will send you a replacement free of charge." → «…une accusation gratuite.», "I asked for a replacement."
    # «…un remplacement.»; "a replacement article": «un article de remplacement» (6 of 6, in the long line too, where
    # "replacement item" still gave «une accusation gratuite»); a thing sent, not "a replacement for the coach", "a
    # hip replacement", "a replacement part" (a noun after it)
    (r"\b(a|the|your|my)\s+replacement(?=\s*(?:[.!?,;]|$)|\s+(?:free|today|tomorrow|soon|within|by|immediately|at\s+no|"
     r"straight\s+away|right\s+away|as\s+soon)\b)", r"\1 replacement article"),
    # "…but we expect new stock at the end of the month." → «…de nouvelles actions…» (shares), "We are waiting for
    # new stock." «…de nouvelles actions.»; "a new delivery": «une nouvelle livraison» (4 of 4); a shop's goods
    # only, after a verb of getting (not "issue new stock", the shares)
    (r"\b(expect|expects|expecting|get|gets|getting|receive|receives|receiving|waiting\s+for|wait\s+for)"
     r"\s+new\s+stock\b",
     r"\1 a new delivery"),
    # long47 (s40): "I called the shop … to ask about my order, but…" → «…pour interroger ma commande…», "I called the
    # hotel to ask about the price of a room…" «…pour interroger le prix…», "She wrote to the school to ask about the
    # lessons…" «…pour interroger les leçons…»; "ask questions about": «…pour poser des questions au sujet de ma
    # commande…» (3 of 3; "ask for information about" lost "the shop" once); a purpose before a thing, not "asked
    # about you"; not a letter's "I am writing to ask about…", which letters.py and work.py read
    (r"(?<!\bwriting\s)\bto\s+ask\s+about\s+(?=(?:the|my|our|your|his|her|their|a|an)\s)", "to ask questions about "),
    # a shop's returns (fix53, measure52): "You can return any item within thirty days." → «Tu peux ramener tout
    # article…», then once times.py reads "within" «Vous pouvez revenir à n'importe quel article…» (come back to),
    # "Customers can return any product within two weeks." → «…peuvent ramener tout produit…»; "send back": «Vous
    # pouvez renvoyer tout article en moins de trente jours.», «…peuvent retourner n'importe quel produit…»,
    # «…renvoyer tout produit que…» (3 of 5; twice the item then came out «sujet» where it was «vous reporter…»: both
    # wrong). One item only: "return any goods" came out «remettre…» where it was right, "any items" «revenir sur…»
    (r"\b(can|may|could|must|will)\s+return\s+any\s+(item|product)\b",
     r"\1 send back any \2"),
    # long48 (s40): a letter's "enclosed" → «J'ai pris une copie de mon passeport…» (taken), "I have enclosed the
    # receipt…" → «J'ai enclosé…», "Please find enclosed my application form…" → «Veuillez trouver mon formulaire…»
    # (enclosed lost); "attached": «J'ai joint une copie…», «J'ai joint le reçu…», «Veuillez trouver ci-joint…» (4 of
    # 4 with I; "We have attached a cheque" came out «Nous avons attaché…»: "we" left)
    (r"\b(I\s+have|I['’]ve|please\s+find)\s+enclosed\b", r"\1 attached"),
    # left54 (s40; long48): "We have enclosed a copy of the contract." → «Nous avons adopté…», "…the tickets…" →
    # «Nous avons consacré…» ("We have attached" came out «Nous avons attaché»); "included": «Nous avons inclus une
    # copie du contrat.», «…inclus les tickets…», «…inclus une carte du village.» (4 of 4)
    (r"\b(we\s+have|we['’]ve)\s+enclosed\b", r"\1 included"),
)
