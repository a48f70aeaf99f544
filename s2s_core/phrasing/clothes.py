"""Phrases of clothes shops, sizes, laundry, getting dressed, shoes and hair the model had read as another meaning.

The model learnt "come in" as arriving, "jumper" as one who jumps, "fly" as an insect or a thief and "trainers" as
trains, so a shopper's "Does this come in a medium?" came out "Est-ce que ça arrive en moyenne ?"; each phrase is read
as a paraphrase the model translates right ("Do you have this in size medium?": "Avez-vous ceci en taille
moyenne ?"), only where it speaks of clothes.
"""

from __future__ import annotations

# clothes a line speaks of as too loose or shrunk
_ONE_GARMENT = (r"(?:sweater|jumper|shirt|dress|skirt|top|jacket|coat|pullover|cardigan|blouse|hoodie|belt|hat|"
                r"waistband|collar)")
_GARMENTS = r"(?:jeans|trousers|pants|socks|shorts|leggings|clothes|shoes|boots|gloves|sleeves)"
_WHOSE = r"(?:my|your|his|her|our|their|the|this|that|these|those)"
# a sweater's colour or kind before "jumper" ("a red jumper"), not a ski or a queue's jumper
_JUMPER_KIND = (r"(?:(?:red|blue|green|black|white|grey|gray|pink|yellow|navy|warm|woolly|wool|woollen|thick|new|old|"
                r"christmas|knitted)\s+)?")

_PRICE = r"(?:\bcosts?\b|\bprice\b|\beuros?\b|\bdollars?\b|\bpounds?\b|[$€£])"
PHRASES = (
    # a size or a colour asked for: "Does this come in a medium?" → "Est-ce que ça arrive en moyenne ?", "Does it come
    # in black?" → "Cela arrive-t-il en noir ?"; said "Do you have it in…" ("L'avez-vous en noir ?"); not "Good things
    # come in small packages"
    (r"\bdoes\s+(this|it|that)\s+come\s+in\b(?=\s+(?:an?\s+(?:small|medium|large)\b|(?:a\s+)?(?:smaller|larger|"
     r"bigger)\b|black|white|red|blue|green|grey|gray|pink|yellow|brown|navy|beige|another\s+colou?r|other\s+"
     r"colou?rs|(?:a\s+)?different\s+colou?r|size))", r"do you have \1 in"),
    # a size said alone at a question's end: "Have you got this in a small?" → "…dans un petit ?", "…in a large?" →
    # "…dans un large ?"; said "in the small size" ("dans la petite taille"), "in size medium" ("en taille moyenne")
    (r"\bin\s+an?\s+(small|large)(?=\s*(?:[?.!]|$))", r"in the \1 size"),
    (r"\bin\s+an?\s+medium(?=\s*(?:[?.!]|$))", "in size medium"),
    # "Where are the fitting rooms?" → "Où sont les chambres de bonne taille ?"; said "Where can I try clothes on?"
    # ("Où puis-je essayer des vêtements ?"); not a changing room, which may be a pool's or a team's
    (r"\bwhere(?:\s+(?:is|are)|['’]s)\s+the\s+fitting\s+rooms?(?=\s*\?)", "where can I try clothes on"),
    # "It's too loose." → "C'est trop louable.", "They're too loose." → "Ils sont trop bourrés."; said "too wide"
    # ("trop large"), the way clothes too loose are said; only clothes ("rules too loose" are not)
    (rf"\b((?:it['’]s|it\s+is|they['’]re|they\s+are|{_WHOSE}\s+(?:\w+\s+)?(?:{_ONE_GARMENT}\s+is|{_GARMENTS}\s+are))"
     r"\s+(?:a\s+bit\s+|a\s+little\s+|far\s+|way\s+)?too)\s+loose\b", r"\1 wide"),
    # "Put on a jumper, it's cold." → "Mets un sauter…"; said "sweater" ("chandail"); not a ski jumper, queue jumpers
    # nor jumper cables
    (rf"\b(a|my|your|his|her|this|that|warm|woolly|wool|woollen|thick|new|old)\s+({_JUMPER_KIND})jumper(s?)\b"
     r"(?!\s+cables?)", r"\1 \2sweater\3"),
    # shrunk in the wash: "My sweater shrank." → "Mon chandail brille.", "My trousers shrank." → "Mon pantalon
    # brille.", "It shrank in the wash." → "Ça s'est révolté dans le lavage."; said "has become smaller" ("est devenu
    # plus petit"), the wash "the washing machine"; not a T-shirt nor jeans (came out right, "a rétréci") nor incomes
    (rf"\b({_WHOSE}\s+(?:new\s+|favou?rite\s+|wool\s+|woollen\s+)?{_ONE_GARMENT})\s+shrank\b",
     r"\1 has become smaller"),
    (rf"\b({_WHOSE}\s+(?:new\s+|favou?rite\s+)?(?:trousers|pants|socks|shorts|leggings|clothes))\s+shrank\b",
     r"\1 have become smaller"),
    (r"\b(it|they)\s+shrank(?=\s+in\s+the\s+wash\b)", r"\1 became smaller"),
    # jeans in the wash (words37, s34): "These jeans shrank in the wash." → "Ces jeans brillent dans le lave." ("My
    # jeans shrank." alone came out right)
    (rf"\b({_WHOSE}\s+(?:new\s+|favou?rite\s+)?jeans)\s+shrank(?=\s+in\s+the\s+wash\b)", r"\1 have become smaller"),
    (r"\b(become|became)\s+smaller\s+in\s+the\s+wash\b", r"\1 smaller in the washing machine"),
    # "Your fly is open!" → "Votre voleur est ouvert !", "Your zip is down." → "Votre zipe…"; said "zipper is open"
    # ("Votre braguette est ouverte !")
    (r"\b(your|my|his)\s+(?:(?:fly|flies|zip)\s+(?:is|are)\s+(?:open|undone|down)|zipper\s+is\s+(?:undone|down))\b",
     r"\1 zipper is open"),
    # "My socks don't match." → "Mes chaussettes ne marchent pas."; said "are not the same" ("…ne sont pas les
    # mêmes")
    (r"\b(socks|shoes|earrings|gloves)\s+(?:don['’]t|do\s+not)\s+match\b(?!\s+(?:the|my|your|his|her|this|that)\b)",
     r"\1 are not the same"),
    # "I'll be ready in five minutes, I'm just getting changed." → "…je vais juste changer."; said "changing my
    # clothes" ("je change simplement mes vêtements")
    (r"\b(I['’]m|I\s+am)\s+(just\s+)?getting\s+changed\b", r"\1 \2changing my clothes"),
    # "I need to fold the laundry." → "J'ai besoin de plier la livre."; said "the clothes" ("plier les vêtements")
    (r"\b(fold|folding|folded|iron|ironing|ironed|hang\s+up|hanging\s+up|hung\s+up)\s+the\s+laundry\b",
     r"\1 the clothes"),
    # "Can this be machine washed?" → "Cette machine peut-elle être lavée ?", "Is this machine washable?" → "Cette
    # machine est-elle lavable ?"; said "Can I wash it in the machine?" ("Puis-je le laver dans la machine ?")
    (r"\b(?:can\s+(this|it)\s+be\s+machine[- ]washed|is\s+(this|it)\s+machine[- ]washable)\b",
     r"can I wash \1\2 in the machine"),
    # "Hang your coat on the hook." → "Mangez votre manteau sur le crochet."; said "Put your coat on…" ("Mets ton
    # manteau au crochet.")
    (r"\bhang\s+(?:up\s+)?(your|my|his|her|the)\s+coat\s+on\b", r"put \1 coat on"),
    # "I bought a new pair of trainers." → "…une nouvelle paire de trains."; said "sports shoes" ("chaussures
    # sportives"); not an athlete's trainers (coaches)
    (r"\b(pair\s+of|my|your|new|old|dirty|white|running)\s+trainers\b", r"\1 sports shoes"),
    # "It's a bit pricey." → "C'est un peu prix."; said "expensive" ("C'est un peu cher.")
    (r"\bpricey\b", "expensive"), (r"\bpricier\b", "more expensive"),
    # "Could you hem these trousers?" → "Pourriez-vous admettre ces pantalons ?"; said "shorten" ("raccourcir"); not a
    # skirt, a dress or jeans ("shorten my skirt" came out "manger ma jupe")
    (r"\bhem\s+(these|those|the|my|this|her|his|your|our)\s+(trousers|pants|sleeves)\b", r"shorten \1 \2"),
    # "Hang your dress in the wardrobe." → "…dans le robe."; said "closet" ("dans le placard"); only a piece of
    # furniture things go in or come from, not what one wears ("her wardrobe" of clothes: "garde-robe")
    (r"\b(in|into|inside|from|of)\s+(the|my|your|his|her|our|their)\s+wardrobe\b", r"\1 \2 closet"),
    # "Is this real leather?" → "Est-ce là un vrai papa ?", "Is this jacket real leather?" → "…vraie cuire ?"; said
    # "made of leather" ("Cette veste est-elle faite de cuir ?")
    (r"\b(is|are)\s+(this|that|it|these|those)((?:\s+\w+)?)\s+(?:real|genuine)\s+leather\b",
     r"\1 \2\3 made of leather"),
    # "Ask the shop assistant." → "Demande l'assistant au magasin."; said "salesperson" ("Demandez au vendeur…")
    # s38: "You will need comfortable walking shoes…" → «…besoin de promener des chaussures…», "Do you have walking
    # shoes in size 40?" → «As-tu des chaussures en pointure ?», "new walking boots" → «nouvelles bottes» (walking
    # lost); "shoes for walking": «chaussures (confortables) pour marcher» (3 of 3)
    (r"\bwalking\s+(shoes|boots|sandals)\b", r"\1 for walking"),
    (r"\bshop\s+assistants\b", "salespeople"), (r"\bshop\s+assistant\b(?!['’])", "salesperson"),
    # "I need to book a haircut." → "…livrer un coup de cheveux.", "I booked a haircut for Friday." → "J'ai réservé
    # les cheveux…"; said "make an appointment at the hairdresser" ("prendre rendez-vous au coiffeur")
    *((rf"\b{book}\s+a\s+haircut\b", rf"{make} an appointment at the hairdresser")
      for book, make in (("book", "make"), ("booked", "made"), ("booking", "making"))),
    # "I recieved the wrong color, I ordered blue not green." → "…j'ai commandé le bleu." ("not green" lost), "…I
    # ordered a medium not a large." → "…une moyenne."; a comma: «…j'ai commandé le bleu, pas vert», «J'ai commandé un
    # petit, pas un grand», «Elle a demandé du thé, pas du café», «J'ai commandé le rouge, pas le bleu»
    (r"\b((?:ordered|wanted|asked\s+for|chose|booked)\s+(?!(?:it|them|this|that|him|her)\b)(?:(?:a|an|the)\s+)?"
     r"[\w-]+(?:\s+one)?)\s+not\s+(?=(?:(?:a|an|the)\s+)?[\w-]+(?:\s+one)?\s*(?:[.!?]|$))", r"\1, not "),
    # "This jacket costs 89 euros but it is on sale today." → "…mais elle est en vente aujourd'hui." (for sale);
    # the day first, "less expensive": «…mais aujourd'hui, c'est moins cher», «…mais c'est aujourd'hui moins cher»
    # ("…but it is cheaper today." came out «…plus cher…»: the opposite), «Ces chaussures sont moins chères cette
    # semaine» (a price said before it: "Tickets are on sale now" are to be had)
    (rf"^(?=.*{_PRICE}.*\bon\s+sale\b)(.*?)\b(it|they)\s+(is|are)\s+on\s+sale\s+(today|this\s+week|now)\b",
     r"\1\4 \2 \3 less expensive"),
    # the next size up: "Do you have this shirt in a larger size?" → «As-tu cette chemise en taille ?» (larger lost);
    # "a bigger size": «…dans une plus grande taille ?», «J'ai besoin d'une taille plus grande…», «…ces chaussures
    # dans une taille plus grande ?» (3 of 3)
    (r"\b(a|the)\s+larger\s+size\b", r"\1 bigger size"),
    # a garment's zip (measure49, s39): "The zip on my bag is broken." → "Le zipe sur mon sac…", "My zip is stuck." →
    # "Mon zipe…", "…the zip broke the first time I wore it…" → "…le zipe a cassé…"; said "zipper", which the
    # glossary writes «fermeture éclair» ("Ma fermeture éclair est coincée."); a noun after a determiner only, not a
    # zip code, a zip file or a zip tie
    (rf"\b({_WHOSE}|a|new|broken)\s+zip(s?)\b(?!\s+(?:codes?|files?|folders?|archives?|drives?|ties?|lock|bags?)\b)"
     r"(?![-.]\w)", r"\1 zipper\2"),
    # casual clothes (vocab55, s41): "You can wear casual clothes on Friday." → «…des vêtements casuels…», "He always
    # wears casual shoes." → «…des chaussures casuelles.», "The dress code is casual." → «…est casuel.»; said
    # "informal": «…des vêtements informels…», «…des chaussures informelles.», «Le code vestimentaire est informel.»
    (r"\bcasual(?=\s+(?:clothes|clothing|wear|shoes|outfits?|dress|dresses|look|style|jackets?|shirts?|trousers|"
     r"jeans|trainers|sneakers|attire)\b)", "informal"),
    (r"\b(dress\s+code\s+(?:is|was|will\s+be)\s+)casual\b", r"\1informal"),
    # a hair salon (vocab55, s41): "She works in a hair salon." → «…un salon de cheveux.», "The hair salon opens at
    # nine." → «Le salon de cheveux…»; said "hairdresser's": «Elle travaille chez un coiffeur.», «J'ai rendez-vous
    # chez le coiffeur.», «Le coiffeur ouvre à neuf heures.» (a beauty salon came out right as typed)
    (r"\b(?:in|at)\s+(a|the|my|her|his|your|our|their)\s+hair\s+salon\b", r"at \1 hairdresser's"),
    (r"\bhair\s+salon(s?)\b", r"hairdresser's"),
    # vocab58 (s41): "She is a fashion designer." → «C'est une mode de conception.», "My sister works as a fashion
    # designer." «…comme un designer.», "The fashion designer showed her new dresses." «La mode designer…»; said
    # "stylist": «C'est un styliste.», «Ma sœur travaille comme styliste.», «Le styliste a montré ses nouvelles
    # robes.» (3 of 3)
    (r"\bfashion\s+designer(s?)\b", r"stylist\1"),
)
PHRASES += (   # vocab56 (s41): vocab55's list, words 155-285
    # lightweight: "This jacket is lightweight." → «…est en surpoids.» (the opposite), "The new laptop is lightweight."
    # «…en surpoids.», "I need a lightweight bag." «…un bagage éclairé.», "Bring a lightweight coat." «…un manteau
    # étroit.»; after "be" said "does not weigh much" ("light" came out «lumière»): «Cette veste ne pèse pas
    # beaucoup.», «Le nouveau portable ne pèse pas beaucoup.», «Mon vélo ne pèse pas beaucoup.» (3 of 3); before a
    # noun "light": «…un sac léger.», «…un manteau léger.» (2 of 2); not after "are" (vocab56's fresh "These hiking
    # boots are very lightweight." was right as typed, «…très légères.», and read so «…ne pèse pas beaucoup.»)
    (r"\b(?:is|['’]s)\s+(?:very\s+|really\s+|so\s+|quite\s+)?lightweight\b", "does not weigh much"),
    (r"\b(?:was|were)\s+(?:very\s+|really\s+|so\s+|quite\s+)?lightweight\b", "did not weigh much"),
    (r"\blightweight\s+(?=[a-z])", "light "),
    # Canadian words (british60, s41): a toque: "Wear your toque, it's freezing." → «Portez votre tour…», "I lost my
    # toque." «…mon toilette.», "She knitted me a toque." «…une toquette.»; "wool hat": «…votre chapeau de laine…»,
    # «J'ai perdu mon chapeau de laine.», «Elle m'a tricoté un chapeau de laine.» (3 of 3); not a chef's toque
    (r"(?<!\bchef['’]s\s)(?<!\bwhite\s)\btoque(s?)\b", r"wool hat\1"),
    # running shoes one owns: "I'll wear my runners for the hike." → «…mes coureurs…», "My runners are wet." «Mes
    # coureurs…», "Put your runners on." «Mettez vos coureurs.»; "sneakers" (the glossary writes «baskets»): «…mes
    # baskets pour la randonnée.», «Mes baskets sont mouillées.», «Mettez vos baskets !» (3 of 3); not athletes
    (r"\b(my|your|his|her|our|their|new|old)\s+runners\b", r"\1 sneakers"),
)
