"""Nouns of a home's, a car's, a body's and a weekend's upkeep the model has no French for (dentist, garage, bank,
DIY, garden, gym, camping, films, laundry), as rows that glossary.py turns into its ``Entry`` s.

A first visitor's sentences in these situations (words38, session 35) came out with another noun: "The clutch is
making a noise." → "L'escalade fait un bruit.", "The bonnet won't open." → "Le bois ne s'ouvrira pas.", "The
electrician replaced the fuse." → "…la fusée.", "I need a ladder to reach the gutter." → "…l'invité.", "Where can I
buy a thermometer?" → "…un larmomètre ?"; read "elevator", "roof", "button", "chimney", "pen": «embrayage», «capot»,
«fusible», «gouttière», «thermomètre». Each row was kept only where the noun came out wrong as typed and right through
its stand-in in at least 3 sentences, and no sentence tried came out worse. A row is (typed, stand-in, French, the
stand-in's French as the model writes it), each "singular/plural", and the ``Entry`` options it takes.
"""
from __future__ import annotations

_TEETH = r"(?i:\b(?:dentists?|tooth|teeth|molars?|cavit(?:y|ies)|dental)\b)"         # a tooth's filling, not a pie's
# left55 (s41): a tooth's filling said without a tooth too ("I need a filling." → «J'ai besoin d'un remplir.», "My
# filling fell out yesterday." → «Ma fille est tombée…», "She had two fillings last year." → «…deux remplies…»; read
# "medicine": «Il me faut un plombage.», «Mon plombage est tombé hier.», «Elle a eu deux plombages…», «J'ai perdu un
# plombage en mangeant des bonbons.»): any line that names no pie, cake or cushion it fills
_FILLED = (rf"(?:{_TEETH}|(?i:^(?!.*\b(?:pies?|cakes?|tarts?|pastr(?:y|ies)|sandwich(?:es)?|chocolates?|cream|jam|"
           r"fruit|apples?|meat|cheese|bak\w*|recipes?|cook\w*|oven|dough|cushions?|pillows?|duvets?|quilts?|"
           r"mattress\w*|sofa|toys?|forms?|gaps?|cracks?|holes?|walls?|jobs?|posts?|roles?|vacanc\w*|tank|cup|"
           r"glass|bottle|stomach|meal|dish|sweet|chocolate|dumplings?|ravioli|tacos?|burritos?)\b)))")
_NOT_A_FILLING = r"\s+(?:breakfast|meal|lunch|dinner|dish|snack|food|station|stations|out\s+(?:the|a|this|forms?))\b"
_EYES = r"(?i:\b(?:eyes?|ears?|nose|nasal|pharmac\w*|prescri\w*|doctor|bottle|twice|three\s+times|daily)\b)"
_WOUND = (r"(?i:\b(?:cuts?|wounds?|doctor|nurse|hospital|forehead|head|chin|lip|hand|finger|knee|leg|arm|scar|needs?|"
          r"removed?|surgery|operation)\b)")
_NOT_WORN = r"^(?!.*\b(?:bab(?:y|ies)|hats?|wear\w*|wore|worn|knit\w*|woolly|wool|Easter|sun|bees?|girl|lace)\b)"
_HOUSE = r"(?i:\b(?:roofs?|ladder|leaves|leak\w*|rain\w*|clean\w*|clear\w*|blocked|clogged|overflow\w*|house)\b)"
_ROOMS = (r"(?i:\b(?:bathroom|kitchen|shower|floor|walls?|toilets?|grout|ceramic|laid|lay|tiler)\b)")  # not a roof's
_GROWN = (r"(?i:\b(?:grows?|grew|grown|growing|garden\w*|balcony|pots?|plant\w*|fresh|dried|window\w*|kitchen|"
          r"chop\w*|cook\w*|sprinkle|soup|sauce|salad)\b)")
_SOWN = r"(?i:\b(?:sow\w*|plant\w*|garden\w*|grow\w*|flowers?|vegetables?|birds?|packets?|soil|pots?)\b)"
# a town's square: "the/main/old/village… square", not a chessboard's ("the squares where…" had come out «les
# places»), "square metres", "a square table", "square one", "the square of" a number nor "square root"
_TOWN_SQUARE = (r"(?i:^(?!.*\b(?:chess\w*|board|pieces?|grid|white|black)\b)"
                r".*\b(?:the|main|old|central|village|market|town|city)\s+squares?\b(?!\s*(?:-|metres?|meters?|"
                r"feet|foot|miles?|kilometres?|km|cm|inch\w*|root|one|tables?|box\w*|shapes?|pieces?|meals?|"
                r"of)\b))")      # "of": a number's square ("the square of nine"), and a town's named before
_GAME = (r"(?i:\b(?:gym|pool|swim\w*|team|match|players?|football|rugby|sports?|showers?|stadium|club|lockers?|"
         r"changed|changing\s+into)\b)")                       # a team's or a pool's, not a shop's fitting room
# the verb "blow-dry", after a subject, "to", a modal or "and/then" after one
_BLOW_DRIED = (r"(?i:\b(?:to|I|you|we|they|he|she|will|would|can|could|should|must|please|usually|always|then|"
               r"didn['’]t|don['’]t|doesn['’]t|never)\s+)$")
ROWS = (
    # the dentist and the doctor: «d'un remplir», «Il a cassé son siffler», «un larmomètre», «Ces baisses sont pour vos
    # yeux», «Les coupes ont besoin de stacles», «Ai-je besoin d'un X-ray ?», «Mon fils a la gueule» (chicken pox)
    ("filling/fillings", "medicine/medicines", "plombage/plombages", "médicament/médicaments",
     {"noun_only": True, "only_with": _FILLED, "not_before": _NOT_A_FILLING}),
    ("wrist/wrists", "knee/knees", "poignet/poignets", "genou|genoux/genoux", {}),
    ("thermometer/thermometers", "pen/pens", "thermomètre/thermomètres", "stylo/stylos", {}),
    ("/drops", "/creams", "/gouttes", "/crèmes",
     {"only_with": _EYES, "not_after": r"(?i:\b(?:cough|it|price|prices|temperature|rain|he|she|that|this)\s+)$"}),
    ("stitch/stitches", "bandage/bandages", "point de suture/points de suture",
     "bande|pansement|bandage/bandes|pansements|bandages",
     {"only_with": _WOUND, "not_after": r"(?i:\bin\s+)$"}),                       # "in stitches": laughing
    ("X-ray/X-rays", "pill/pills", "radio/radios", "pilule/pilules",            # "The pill showed…": «L'assistance»
     {"not_before": r"\s+(?:show\w*|reveal\w*|found|find)\b"}),
    # "chickenpox" is read "chicken pox" (phrasing/kids.py); "Flu is common…" came out «Le feu…», "She had flu…"
    # «Elle avait couri…»: only one who has it (or is with it)
    ("chicken pox/", "flu/", "varicelle/", "grippe/",
     {"only_with": r"(?i:\b(?:has|have|with)\s+(?:the\s+)?chicken\s+pox\b)"}),     # "has got flu": «s'est fait courir»
    # the car: «une craque sur la porte», «L'escalade fait un bruit», «Le bois ne s'ouvrira pas», «Le génie»
    ("scratch/scratches", "stain/stains", "rayure/rayures", "tache/taches",
     {"noun_only": True, "not_after": r"(?i:\bfrom\s+)$",                          # "start from scratch"
      "only_with": r"(?i:\b(?:cars?|doors?|paint|bonnet|bumper|screen|phone|lens|glasses|table|floor|wing)\b)"}),
    ("clutch/", "elevator/", "embrayage/", "ascenseur/",
     {"noun_only": True, "not_before": r"\s+(?:bags?|purses?)\b"}),
    ("bonnet/", "roof/", "capot/", "toit/", {"only_with": _NOT_WORN}),      # a car's, not a baby's bonnet
    ("gearbox/gearboxes", "box/boxes", "boîte de vitesses/boîtes de vitesses", "boîte/boîtes", {}),
    # «Le mécanicien a changé les pluques.», «Le serpent est coincé.» (a handbrake)
    ("spark plug/spark plugs", "candle/candles", "bougie/bougies", "bougie/bougies", {}),
    ("handbrake/handbrakes", "engine/engines", "frein à main/freins à main", "moteur/moteurs", {}),
    # the bank: «un débit direct»
    ("direct debit/direct debits", "payment/payments", "prélèvement automatique/prélèvements automatiques",
     "paiement/paiements", {}),
    # measure41 (s37), kept in fix41: "Can I borrow your ladder this weekend?" «…votre dame…», "Hold the ladder while
    # I climb up." «Tiens la dame…», "Can you hold the ladder for me?" «…la dame ?», "The painters arrived with their
    # ladders." «…leurs dames.»; read "table" (feminine; «la table» written «l'échelle»): «…votre table…», «Tiens la
    # table…», «…tenir la table ?», «…leurs tables.» ("plate" had «…le sommet de l'assistance», "chair" «…une chaise
    # plus longtemps», "rope" «…leurs oppes», and worse lines in the corpus screen); not beside a gutter, read with
    # "ladder" as typed where its row was measured ("I need a ladder to reach the gutter."; before the gutter's row,
    # which reads "gutter" as "chimney")
    ("ladder/ladders", "table/tables", "échelle/échelles", "table/tables",
     {"only_with": r"(?i:^(?!.*\bgutters?\b))"}),
    # DIY: «l'invité» (a gutter), «la fusée», «de nouveaux tiles», «Le carpenteur»
    ("gutter/gutters", "chimney/windows", "gouttière/gouttières", "cheminée/fenêtres",   # "chimneys": «chimneys»
     {"only_with": _HOUSE}),
    ("fuse/fuses", "button/buttons", "fusible/fusibles", "bouton/boutons",
     {"noun_only": True, "not_after": r"(?i:\bshort\s+)$"}),                    # "a short fuse"
    ("/tiles", "/mirrors", "/carreaux", "/miroirs", {"only_with": _ROOMS}),
    # "There is a leak under the sink." → «…sous le coffre.», "The dishes are in the sink." → «…à l'évidence.»
    ("sink/sinks", "elevator/elevators", "évier/éviers", "ascenseur/ascenseurs",
     {"noun_only": True, "only_with": r"(?i:\b(?:under|in|into|below|beside|from)\s+the\s+sinks?\b)"}),
    ("carpenter/carpenters", "plumber/plumbers", "menuisier/menuisiers", "plombier/plombiers", {}),
    # the garden: «des sacs sur son balcon» (herbs), «L'eau peut être dans la cabane», «des grains»
    ("/herbs", "/flowers", "/herbes aromatiques", "/fleurs", {"only_with": _GROWN}),
    ("watering can/watering cans", "elevator/elevators", "arrosoir/arrosoirs", "ascenseur/ascenseurs", {}),
    ("/seeds", "/plants", "/graines", "/plantes", {"only_with": _SOWN}),
    ("vegetable garden/vegetable gardens", "park/parks", "potager/potagers", "parc/parcs", {}),   # "garden" is in it
    # camping and the beach: «les sacs dormir», «une composante» (a compass), «La voiture de câblodistribution», «La
    # garde de vie»
    ("sleeping bag/sleeping bags", "coat/coats", "sac de couchage/sacs de couchage", "manteau/manteaux|manteaus",
     {}),   # "bag"
    ("compass/compasses", "watch/watches", "boussole/boussoles", "montre/montres", {"noun_only": True}),
    ("cable car/cable cars", "train/trains", "téléphérique/téléphériques", "train/trains", {}),
    ("lifeguard/lifeguards", "policeman/policemen", "maître-nageur/maîtres-nageurs", "policier|police/policiers", {}),
    # films and sport: «le bruit de ce film» (a soundtrack), «l'objectif de notre équipe», «Les pièces de change»
    ("soundtrack/soundtracks", "music/", "bande originale/bandes originales", "musique/", {}),
    ("goalkeeper/goalkeepers", "captain/captains", "gardien de but/gardiens de but", "capitaine/capitaines", {}),
    ("gym membership/gym memberships", "ticket/tickets",                  # «La composante est très chère.»
     "abonnement à la salle de sport/abonnements à la salle de sport", "ticket|billet/tickets|billets", {}),
    ("changing room/changing rooms", "office/offices", "vestiaire/vestiaires", "bureau/bureaux", {"only_with": _GAME}),
    # "My dog has worms." → «Mon chien a des soucis.» (glossary.py reads "worms" after a determiner only)
    ("/worms", "/snakes", "/vers", "/serpents",
     {"only_with": r"(?i:\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|vet|horses?)\b.*"
                   r"\b(?:has|have|had|got)\s+worms\b)"}),
    # pets and laundry: «aboie à la poste» (the postman), «le sèche», «Le panier des lunés», «Nous n'avions plus lavé»
    # (washing powder), «Utilise pour nettoyer…» (bleach left out)
    ("postman/postmen", "neighbor/neighbors", "facteur/facteurs", "voisin/voisins", {}),
    ("hair dryer/hair dryers", "phone/phones", "sèche-cheveux/sèche-cheveux", "téléphone/téléphones", {}),
    ("dryer/", "oven/", "sèche-linge/", "four/", {"not_after": r"(?i:\b(?:hair|blow|spin)\s+)$"}),
    ("laundry basket/laundry baskets", "bucket/buckets", "panier à linge/paniers à linge", "seau/seaux",   # "basket"
     {}),
    ("washing powder/", "soup/", "lessive/", "soupe/", {}),
    ("bleach/", "water/", "eau de Javel/", "eau/",
     {"not_before": r"\s+(?:the|my|your|his|her|its|our|their|it|them|a)\b"}),      # "bleach my hair": the verb
    # a child's playground (measure43, s37): "…my son had fallen in the playground…" → «…dans la pièce…», "The kids are
    # playing in the playground." «…dans la ronde.», "There is a small playground behind the school." «…une petite
    # tournée…»; read "park": «…dans le parc…», «un petit parc…» (Quebec's «terrain de jeux» keeps «parc»'s gender)
    ("playground/playgrounds", "park/parks", "terrain de jeux/terrains de jeux", "parc/parcs", {}),
    # long words of long sentences (words42, s37; long42 found them wrong in its 80): "I had to buy a toothbrush…" →
    # «une chemise dents», "I forgot my toothbrush at the hotel." «…mes dents…», "She keeps her toothbrush in a glass…"
    # «sa dentaine»; read "towel": «ma serviette», «de nouvelles serviettes»…
    ("toothbrush/toothbrushes", "towel/towels", "brosse à dents/brosses à dents", "serviette/serviettes", {}),
    # "…with only one small torch." «un petit torch», "Take a torch…" «Prends un torch», "…we found an old torch…" «un
    # vieux joueur»; read "lamp": «une petite lampe», «Prends une lampe», «une vieille lampe» (not the Olympic flame)
    ("torch/torches", "lamp/lamps", "lampe de poche/lampes de poche", "lampe/lampes",
     {"noun_only": True, "not_after": r"(?i:\b(?:olympic|blow)\s+)$"}),
    # a river's bank: "…ducks swimming near the bank." «…près de la banque.», "We had a picnic on the river bank."
    # «…sur la banque de rivière.», "…climbed up the muddy bank." «…la banque boue.»; read "beach": «sur la plage»,
    # «le long de la plage» («rive» keeps «plage»'s gender). "bank" alone is not read: "bakery" and "airline" are read
    # "bank" (glossary_errands.py, glossary.py), so a row for it would read their stand-in again
    ("river bank/river banks", "beach/beaches", "rive/rives", "plage/plages", {}),
    ("riverbank/riverbanks", "beach/beaches", "rive/rives", "plage/plages", {}),
    # a town's square: "We met in the town square at noon." «Nous nous sommes rencontrés à midi.» (lost), "…a market in
    # the main square." «…dans le principal square.», "…from the square in front of the town hall…" «…du carré…»;
    # read "street": «dans la rue principale», «dans la rue» (written «place»; «dans la place» where «sur la place»
    # would be idiomatic); not a shape, a number's square, square metres, "square one"
    ("town square/town squares", "street/streets", "place/places", "rue/rues", {}),
    ("main square/main squares", "main street/main streets", "place principale/places principales",
     "rue principale/rues principales", {}),                     # "main" is no adjective a determiner reads past
    ("square/squares", "street/streets", "place/places", "rue/rues", {"noun_only": True, "only_with": _TOWN_SQUARE}),
    # "…lunch at the little cafe near the river." «…au petit déjeuner…», "Let's meet at the cafe on the corner."
    # «…la caféte…», "The cafe opens at seven." «La cafée…», "three cafes" «trois cafes»; read "restaurant":
    # «au restaurant», «Le restaurant ouvre…» (both masculine, no elision: «au café», «Le café ouvre…»)
    ("cafe/cafes", "restaurant/restaurants", "café/cafés", "restaurant/restaurants", {}),
    # the garden (measure49, s39): "Can you recommend a good fertiliser for lemon trees?" → «…un bon fertilier pour les
    # citrons ?», "This fertiliser is good for tomatoes." «Ce fertiliser…», "fertilizer" «Ce fertilisateur…»; read
    # "compost" (masculine): «Ce compost…», written «Cet engrais…»; in the singular only ("Fertilizers help plants
    # grow." read "Composts…" came out «Les ordinateurs…»), and not the American spelling, which came out right in the
    # corpus ("Use a fertilizer once a year…" «Utilise un fertilisant…»)
    ("fertiliser/", "compost/", "engrais/engrais", "compost/composts", {}),
    # "We planted two lemon trees…" → «…deux l'arbres…», "Our lemon tree has lost its leaves." «Notre citron…» (the
    # fruit); read "cat" (as the apple tree is read "dog", glossary.py): written «citronnier»
    ("lemon tree/lemon trees", "cat/cats", "citronnier/citronniers", "chat/chats", {}),
    # "…but the deer ate most of the young leaves…" → «…le couloir a mangé…», "A deer crossed the road…" «Un déer…»,
    # "We saw three deer…" «…trois repos…»; read "horse": «Un cheval traversa…», written «cerf», as the model wrote
    # it where it knew it (Tatoeba: "The archer killed the deer." «…le cerf.»); the same word in the plural: read
    # "horse", «trois cheval» is written «trois cerf», the number lost, not the animal; so (s40, left53) the plural,
    # the same word, is read "horses" where a number or a verb says so (glossary._said_many): «trois cerfs»
    ("deer/deer", "horse/horses", "cerf/cerfs", "cheval/chevaux", {}),
    # "Please do not leave rubbish bags in the hallway." → «…les bagages rubes…», "I need to buy some rubbish bags."
    # «…des bagages rubes.», "Put the bin bags outside…" «…les bagages…» (luggage); read "sacks": «les sacs», written
    # «sacs poubelle» ("garbage", "plastic", "trash" bags came out «bagages» too; "bags" is in the typed words, so the
    # glossary would not read it: "sacks")
    ("rubbish bag/rubbish bags", "sack/sacks", "sac poubelle/sacs poubelle", "sac/sacs", {}),
    ("bin bag/bin bags", "sack/sacks", "sac poubelle/sacs poubelle", "sac/sacs", {}),
    # moving house (fix50, s39, measure50): "The movers will arrive at eight o'clock on Saturday." → «La lune
    # arrivera…» (the moon), "We hired movers for Tuesday." → «…des lunes…», "How much do the movers cost?" →
    # «Combien coûte la lune ?»; read "workers" («Les ouvriers arriveront…», «…des travailleurs pour mardi»), written
    # «déménageurs» (not "movers and shakers", nor "prime movers")
    ("mover/movers", "worker/workers", "déménageur/déménageurs", "ouvrier|travailleur/ouvriers|travailleurs",
     {"not_before": r"\s+and\s+shakers\b", "not_after": r"(?i:\bprime\s+)$"}),
    # a bike's gears (fix51, s39, measure51): "…the gears keep slipping when I climb hills…" → «…les oreilles
    # continuent de glisser…» (ears); read "speeds" («Les vitesses sur mon vélo…», «…changer de vitesse…», «Mon vélo a
    # 21 vitesses.»), written «vitesses»; only a bike's or a car's ("camping gears" is kit)
    ("/gears", "/speeds", "/vitesses", "/vitesses",
     {"only_with": r"(?i:\b(?:bikes?|bicycles?|cycl\w*|chain|pedal\w*|hills?|uphill|car|gearbox|shift\w*|chang\w*|"
                   r"slipp\w*|lowest|highest|twenty|eighteen|twenty-one|21|18|24)\b)"}),
    # a fuel or water tank (s40, left53; long46): "The fuel tank is almost empty." → «Le taton d'essence…», "How big
    # is your petrol tank?" «Quelle taille fait ton essence ?», "The water tank in the attic…" lost; read "bucket"
    # (masculine, as «réservoir»): «Le seau d'essence…», «…ton seau d'essence ?», «Le seau d'eau…» (3 of 3), written
    # «réservoir»; not a fish tank («aquarium» as typed), a think tank, a tank top, an army's tank
    # fix54 (s40, measure53) widened it from after fuel/petrol/water/oil to any tank but an army's, a fish's or a
    # think tank: "You must return the car with a full tank." had «…une pleine toile.», "Please fill the tank before
    # you bring it back." «…remplir la queue…», "We drove three hundred miles on one tank." «…sur une queue.», "Is the
    # tank full…?" «…le tanque…»; through "bucket" «un seau plein», «remplir le seau», «sur un seau»: «réservoir»
    ("tank/tanks", "bucket/buckets", "réservoir/réservoirs", "seau/seaux|seaus",      # "buckets": «seaus» too
     {"only_with": r"(?i:^(?!.*\b(?:army|armies|soldiers?|troops?|military|war|battle\w*|guns?|fired|shell\w*|"
                   r"fish|goldfish|aquarium|tropical|sharks?|octopus|think|septic|tanked|tanking)\b))",
      "not_after": r"(?i:\b(?:fish|think|army|shark|tropical)\s+)$", "not_before": r"\s+(?:tops?|engines?)\b"}),
    # long47 (s40): "The optician said that my eyes had got worse…" → «Le retraité a dit…», "I have an appointment
    # with the optician on Friday…" «…avec le retrait…», "The optician told me that I need new glasses…" «Le
    # retraité…»; read "doctor" (masculine, as «opticien»): «Le médecin a dit…», written «L'opticien» ("eye doctor"
    # came out «chez le œil» once)
    ("optician/opticians", "doctor/doctors", "opticien/opticiens", "médecin|docteur/médecins|docteurs", {}),
    # the bin (fix54, s40, measure53): "Our bins are collected every Tuesday morning." → «Nos bles…», "The bin in the
    # kitchen is full." «L'appauvrison…», "He forgot to empty the bin again." «…vider la vaisselle.», "Throw the old
    # bread in the bin." «…dans le bin rubish.», "The bins smell terrible…" «Les baux…»; read "box" (feminine, as
    # «poubelle»): «Nos boîtes…», «La boîte dans la cuisine…», «…vider la boîte…», «…dans la boîte.», «Les boîtes…»
    # (6 of 6), written «poubelle»; phrasing/house.py reads a bin as "rubbish bin" first (a row for "bin" alone would
    # be screened in by every "in": test_glossary.test_only_the_screened_in_patterns_are_compiled)
    ("rubbish bin/rubbish bins", "box/boxes", "poubelle/poubelles", "boîte/boîtes", {}),
    # the hairdresser's blow-dry (fix54): "How much is a wash and blow-dry?" → «…un coup de souffle ?», "She booked a
    # blow-dry for Saturday." «…un coup de souffle…», "The blow-dry costs twenty euros." «Le voleur coûte…»; read
    # "shampoo", which the model leaves as typed («un shampoo», «Le shampoo coûte…», 5 of 5), written «brushing»
    # (a noun, not the verb: "to blow-dry", "I blow-dry my hair")
    ("blow-dry/blow-dries", "shampoo/shampoos", "brushing/brushings", "shampoo|shampooing/shampoos|shampooings",
     {"not_after": _BLOW_DRIED}),
    ("blow dry/blow dries", "shampoo/shampoos", "brushing/brushings", "shampoo|shampooing/shampoos|shampooings",
     {"not_after": _BLOW_DRIED}),
    # the ski slope's chairlift (fix54): "The lesson starts at nine at the bottom of the chairlift." → «…au bas du
    # fauteuil.», "We took the chairlift to the top." «…la chaise…», "The queue for the chairlift…" «…pour la
    # chaise…»; read "train" (masculine, a consonant, as «télésiège»): «…au bas du train.», «La ligne d'attente pour
    # le train…», «Comment est-ce que je descends du train ?» (6 of 6), written «télésiège»
    ("chairlift/chairlifts", "train/trains", "télésiège/télésièges", "train/trains",
     {"only_with": r"(?i:^(?!.*\btrains?\b))"}),
    ("chair lift/chair lifts", "train/trains", "télésiège/télésièges", "train/trains",
     {"only_with": r"(?i:^(?!.*\btrains?\b))"}),
    # a hospital's ward (fix54): "What time are visiting hours on the children's ward?" → «…le prix des enfants ?»,
    # "My father is on the surgical ward." «…sur la récompense chirurgicale.», "The ward is on the third floor." «Le
    # prix…»; read "building" (masculine, as «service»): «…le bâtiment des enfants», «Le bâtiment est au troisième
    # étage.», written «service» («l'immeuble» is left: «l'service» would need its «le»); not "ward off", an
    # electoral ward, a court's ward nor a Mr Ward
    ("ward/wards", "building/buildings", "service/services", "bâtiment/bâtiments",
     {"not_before": r"\s+(?:off|of\s+(?:the\s+)?(?:court|state))\b",
      "only_with": r"(?i:^(?!.*\b(?:elect\w*|council\w*|vot\w*|constituen\w*|polling|guardians?|buildings?)\b))"}),
    # left55 (s41): nail polish: "She is wearing red nail polish." → «Elle porte du plat de rouge.», "I need to buy
    # some nail polish." → «…du plat d'aube.», "Where is my nail polish?" → «Où est mon platil ?»; read "perfume"
    # (masculine, as «vernis»): «du parfum rouge», «…acheter du parfum.», «Où est mon parfum ?», written «vernis à
    # ongles» ("the nail polish" came out «la perfume» and is left as typed there)
    ("nail polish/nail polishes", "perfume/perfumes", "vernis à ongles/vernis à ongles", "parfum/parfums", {}),
    ("nail varnish/nail varnishes", "perfume/perfumes", "vernis à ongles/vernis à ongles", "parfum/parfums", {}),
    # left55 (s41): downhill skiing: "I love downhill skiing." → «J'adore skier.» (downhill lost), "She prefers downhill
    # skiing to cross-country skiing." → «Elle préfère la skier à l'étranger.»; read "tennis" (masculine, as «ski»):
    # «J'adore le tennis.», «Aimes-tu le tennis ?», «Elle préfère le tennis à…», written «ski alpin»; not after "go"
    # ("We went downhill skiing" is «Nous sommes allés skier»: "went tennis" would not read) nor opening the line
    # ("Tennis is expensive." came out «Les adolescents sont chères.»)
    ("downhill skiing/", "tennis/", "ski alpin/", "tennis/",
     {"not_after": r"(?i:^\s*|\b(?:go|goes|went|going|gone|do|does|did|doing)\s+)$"}),
    # vocab58 (s41): words seen 3–14 times in the Tatoeba English, probed one sentence each. "My neck hurts." →
    # «Mon couloir me fait mal.», "Giraffes have long necks." «…de longues craques.», "The neck is stiff…" «Le
    # couloir…»; read "arm" (masculine, as «cou»; «bras» is both numbers, so the number typed is
    # written): «Mon bras me fait mal.», «…de longs bras.», «Le bras est…» (4 of 5; "knee" came out «Mon genoux»,
    # which would be written back plural); not a bottle's neck nor a race ("The two candidates are neck and neck."
    # read so came out «…crevés et cou.»), nor "up to my neck in…" (Tatoeba's "I am up to my neck in work." «Je suis
    # au cou au travail.», a news line's "up to their necks in the scam" «…à leurs cous…»)
    ("neck/necks", "arm/arms", "cou/cous", "bras/bras",
     {"not_before": r"\s+(?:of\s+(?:the|a|this|that)\s+(?:bottle|guitar|violin|vase|woods?)|and\s+neck)\b",
      "not_after": r"(?i:\bneck\s+and\s+|\bup\s+to\s+(?:my|his|her|their|our|your|its)\s+)$"}),
    # "The stadium was full." → «Le stadium…», "The new stadium is huge." «Le nouveau stadium…», "There are two
    # stadiums in this city." «…deux stadiums…»; read "park" (masculine, as «stade»): «Le parc était plein.»,
    # «Le nouveau parc…», «…deux parcs…» (4 of 5); not beside a match (read so, "…to watch the match." came out
    # «…regarder l'allumette.»; as typed «Nous sommes allés au stade pour regarder le match.»)
    ("stadium/stadiums", "park/parks", "stade/stades", "parc/parcs", {"only_with": r"(?is:^(?!.*\bmatch))"}),
    # sticky tape: "I need some tape for this box." → «…de tape…», "Where is the tape?" «Où est le tape ?», "Put some
    # tape on the envelope." «Mettez un peu sur l'enveloppe.» (lost; 5 of 5 wrong); read "paper" (masculine, as
    # «ruban adhésif»): «…de papier pour cette boîte.», «Où est le papier ?», «…me passer le papier ?», «…un peu
    # de papier sur l'enveloppe.» (5 of 5); the noun only ("tape the show"), not a cassette, a measuring tape nor red
    # tape, nor where the text is about a recording (Tatoeba's "Let's listen to the tape.", "We need to destroy this
    # tape." read so came out «…le ruban adhésif.») or a ribbon ("The governor cut the tape…")
    ("tape/", "paper/", "ruban adhésif/", "papier/",
     {"noun_only": True, "not_after": r"(?i:\b(?:red|video|cassette|audio|measuring|tape|duct|the\s+finishing)\s+)$",
      "not_before": r"\s*(?:recorders?|measures?|decks?|players?)\b",
      "only_with": r"(?is:^(?!.*\b(?:listen\w*|hear|heard|record\w*|eras\w*|play\w*|watch\w*|videos?|cassettes?|"
                   r"destroy\w*|rewind\w*|speech|music|songs?|voice|cut|cuts|ribbon)\b))"}),
    # a cooking pot: "Put the pot on the stove." → «Mettez la pomme…», "Boil the water in a big pot." «…un gros
    # pomme.», "The soup is in the pot." «…dans la piscine.»; read "cup" (feminine, as «casserole»; glossary.py's pan
    # row reads "pan" so, and "pan" was the stand-in tried): «Mettez la poêle sur le cuisinier.», «…dans une grosse
    # poêle.», «La soupe est dans la poêle.», «Mets le couvercle sur la poêle.» (6 of 6), written «casserole»; only
    # beside cooking, not a coffee, tea, flower or plant pot, nor "a pot of…"
    ("pot/pots", "cup/cups", "casserole/casseroles", "tasse|poêle/tasses|poêles",
     {"not_after": r"(?i:\b(?:coffee|tea|flower|plant|chamber|melting|honey|jam|crack|chimney|jack|pepper|paint|"
                   r"lobster|pee|stock)\s+)$",
      "not_before": r"\s+(?:of|plants?|roast|luck|belly|bellied|smoke[rd]?|holes?)\b",
      "only_with": r"(?i:\b(?:stove|cook\w*|boil\w*|soup|stew|pasta|rice|water|kitchen|heat|lid|oven|hot|wash\w*|"
                   r"simmer\w*|fire)\b)"}),
    # a cooker's top (verbs45, s45): "The soup is simmering on the stove, don't touch it." → «…sur le cuisinier…» (the
    # cook), "Put the pot on the stove." «…sur le cuisinier.»; read "table" (feminine, as «cuisinière»), written
    # «cuisinière»; not a wood-burning stove in a room ("a wood stove", "by the stove" to warm up: «poêle»)
    ("stove/stoves", "table/tables", "cuisinière/cuisinières", "table/tables",
     {"not_after": r"(?i:\b(?:wood|wood-burning|log|pot-bellied|gas\s+camping|camping|camp)\s+)$"}),
    # a shell one finds on a beach: "I found a shell on the beach." → «…une cloche…», "She picked up a shell." «…une
    # poupée.», "This shell is very pretty." «Cette poupée…», "The shell is white…" «La cravate…» (5 of 5); read
    # "toy" (masculine, as «coquillage»; glossary.py reads "pebble" so, and "pebble" was the stand-in tried): «…un
    # caillou sur la plage.», «Ce caillou est très joli.», «Elle a ramassé un caillou.», «Le caillou est blanc…» (5
    # of 5), written «coquillage»; singular only ("The children collect shells." was «…des coquillages.» as typed),
    # not an egg's, a nut's or an animal's shell ("its shell"), nor a company or "out of her shell"
    ("shell/", "toy/", "coquillage/", "jouet|caillou/",
     {"not_after": r"^\W*$|(?i:\b(?:egg|nut|turtle|tortoise|snail|crab|lobster|hard|soft|empty|bullet|artillery|"
                   r"mortar|tank|pastry|taco|outer|protective|shrimp|its)\s+|"
                   r"\bof\s+(?:his|her|my|your|their|its|the)\s+)$",
      "not_before": r"\s*(?:of|suits?|compan\w+|shocks?|fish|fire|game|scripts?|stations?|oil)\b"}),
    # vocab57 (s41): everyday things of the house, the desk and a weekend that vocab55's frequency list found
    # (words 286-416); each wrong as typed in most of 4 sentences and right read so in the count given, screened
    # "We spent the summer in a caravan by the sea." → «…un caravan…», "Their caravan is very small."
    # «Leur caravan…»; read "tent" (feminine, as «caravane»): «…une tente…», «Leur tente est très petite.», «La tente
    # a deux lits.» (4 of 4); not opening a line (news: "Caravans of cosmic ships…" read so came out «Les
    # adolescents…», as typed «Les caravans…»)
    ("caravan/caravans", "tent/tents", "caravane/caravanes", "tente/tentes", {"not_after": r"^\W*$"}),
    # "They keep old boxes in the loft." → «…dans le sac.», "Go up to the loft." «Monte au sac !»; read "attic":
    # «…au grenier.», «Monte au grenier.», «…le grenier…» (3 of 4); not a loft flat
    ("loft/lofts", "attic/attics", "grenier/greniers", "grenier/greniers",
     {"not_before": r"\s+(?:apartments?|flats?|conversions?|beds?|style)\b"}),
    # "The washer is making a strange noise." → «La tête…», "Our washer is broken." «Notre mère…»; read "washing
    # machine": «Le lave-linge fait un bruit étrange.», «…dans la machine à laver.», «Notre machine à laver est
    # cassée.» (4 of 4); not a tap's washer
    ("washer/washers", "washing machine/washing machines", "machine à laver/machines à laver",
     "machine à laver/machines à laver",
     {"not_after": r"(?i:\b(?:tap|rubber|pressure|dish|window|windscreen|windshield|metal|steel|flat)\s+)$"}),
    # "Do you have any wipes?" → «…d'une idiote ?», "The wipes are in the bag." «Les morceaux…»; read "towels"
    # (feminine plural, as «lingettes»): «Avez-vous des serviettes ?», «Les serviettes sont dans le sac.» (3 of 4:
    # "baby towels" came out «serviettes d'bébé»); the noun only ("He wipes the table")
    ("/wipes", "/towels", "/lingettes", "/serviettes", {"noun_only": True}),
    # "She bought some yarn to knit a scarf." → «…un oui…», "This yarn is very soft." «Ce oui…», "I need red yarn."
    # «…de cris rouges.»; read "wool": «…de la laine…», «Cette laine…», «…de laine rouge.», «…avec la laine.» (4 of 4);
    # not a story ("spin a yarn")
    ("yarn/yarns", "silk/silks", "laine/laines", "soie/soies", {"not_after": r"(?i:\bspin\w*\s+(?:a\s+)?)$"}),
    # "I need an adapter for my charger." → «…une adapter mon chargeur.», "The adapter is in my bag." «L'adapter…»;
    # read "cable" (masculine, as «adaptateur»): «…un câble pour mon chargeur.», «Le câble est dans mon sac.», «…mon
    # câble chez moi.» (4 of 4)
    ("adapter/adapters", "cable/cables", "adaptateur/adaptateurs", "câble/câbles", {}),
    # "My headset does not work." → «Ma tête…», "Put on your headset." «Mets-toi la tête.»; read "helmet" («casque»,
    # a headset's French too): «Mon casque ne fonctionne pas.», «Mets ton casque.», «Ce casque…» (4 of 4)
    ("headset/headsets", "helmet/helmets", "casque/casques", "casque/casques", {}),
    # "I write everything in my planner." → «…mon planier.», "She checks her planner…" «…son plan…»; read
    # "calendar": «…mon calendrier.», «Où est mon calendrier ?» (4 of 4), written «agenda»; not a person who plans
    ("planner/planners", "calendar/calendars", "agenda/agendas", "calendrier/calendriers",
     {"not_after": r"(?i:\b(?:wedding|event|events|party|city|town|urban|financial|travel|meal|route)\s+)$"}),
    # "I made a checklist for the trip." → «…un vérifierliste…», "The checklist is on the fridge." «Le
    # vérifiiste…»; read "list": «…une liste pour le voyage.», «La liste est sur le réfrigérateur.» (4 of 4), written
    # «liste de contrôle»
    ("checklist/checklists", "list/lists", "liste de contrôle/listes de contrôle", "liste/listes", {}),
    # books: "I bought a paperback at the station." → «…un document…», "I left my paperback on the bus." «…mon
    # papier…»; read "book": «…un livre…», «Ce livre était bon marché.» (4 of 4), written «livre de poche»; not "a
    # paperback edition"
    ("paperback/paperbacks", "book/books", "livre de poche/livres de poche", "livre/livres",
     {"not_before": r"\s+(?:editions?|versions?|copy|copies)\b"}),
    # "My aunt gave me a cookbook." → «…un cuisinier.», "The cookbook is in the kitchen." «Le cuisinier…»; read
    # "book": «…un livre.», «Ce livre a de grandes recettes.» (4 of 4), written «livre de cuisine»
    ("cookbook/cookbooks", "book/books", "livre de cuisine/livres de cuisine", "livre/livres", {}),
    # "He loves new gadgets." → «…les nouveaux gadges.», "The gadgets are on the table." «Les gadges…»; read "toys"
    # (masculine plural, as «gadgets»): «Les jouets sont sur la table.», «…trop de jouets.», «…des jouets de la
    # cuisine.» (4 of 4; "new toys" came out «les jouets nouveaux»), written «gadgets»
    ("gadget/gadgets", "toy/toys", "gadget/gadgets", "jouet/jouets", {}),
    # "She wore black tights." → «…des serrures noirs.», "My tights have a hole." «Mes
    # serpents…»; read "jeans" (masculine plural, as «collants»): «…des jeans noirs.», «Mes jeans ont un trou.»,
    # «…de nouveaux jeans.», «Ces jeans sont trop petits.» (4 of 4), written «collants»
    ("/tights", "/jeans", "/collants", "/jeans", {}),
    # "Put your jumpers in the drawer." → «…vos chands…», "These jumpers are warm."
    # «Ces sauteurs…»; read "sweaters": «Ces pulls sont chauds.», «…des chandails…», «Mes pulls…» (3 of 4), written
    # «pulls»
    ("/jumpers", "/sweaters", "/pulls", "/chandails|pulls", {}),
    # swimming goggles: "My goggles are broken." → «Mes chœufs…», "I lost my goggles at the beach." «…mes bagles…»;
    # read "glasses": «Mes lunettes sont cassées.», «Il porte des lunettes dans la piscine.», «J'ai perdu mes
    # lunettes…» (3 of 4: "your swimming glasses" came out «tes lunettes en train de nager»)
    # not after "and" (news: "…his face with special mask and goggles." read so lost the mask)
    ("/goggles", "/glasses", "/lunettes", "/lunettes", {"not_after": r"(?i:\band\s+)$"}),
    # "We sat around the bonfire." → «…autour de l'épreuve.», "The children built a bonfire." «…un lèvre.», "The
    # bonfire was very big." «L'enfire…»; read "fire": «…autour du feu.», «…ont construit un feu.», «Le feu était très
    # gros.» (4 of 4), written «feu de camp»; not Bonfire Night
    ("bonfire/bonfires", "fire/fires", "feu de camp/feux de camp", "feu/feux", {"not_before": r"\s+[Nn]ight\b"}),
    # leftvocab60 (s41): a house's insulation: "The house needs better insulation." → «…de meilleures insérences.»,
    # "Good insulation keeps the house warm." «La bonne inscription…», "We paid for new insulation." «…de nouvelles
    # inscritures.» (4 of 4); read "electricity" (feminine with a vowel, as «isolation»): «L'électricité dans le toit
    # est vieille.», «…une nouvelle électricité.», «L'électricité gardera…» (4 of 4), written «isolation»
    ("insulation/", "electricity/", "isolation/", "électricité/", {}),
    # vocab61 (s41): words seen 3-14 times in the Tatoeba English, probed one sentence each. A playground swing: "The
    # children are playing on the swing." → «…sur l'épaule.», "There is a swing in our garden." «…une cuisinière…»,
    # "He pushed his son on the swing." «…sur le ragoût.»; read "ball" (feminine, a consonant, as «balançoire»):
    # «…sur la balle.», «Il y a une balle dans notre jardin.» (4 of 4); the noun only, only beside a child, a park or
    # a garden (not a golf swing, a mood swing, nor "swing the bat")
    ("swing/swings", "ball/balls", "balançoire/balançoires", "balle/balles",
     {"noun_only": True, "not_after": r"(?i:\b(?:golf|mood|tennis|political|big)\s+)$",
      "only_with": r"(?i:\b(?:child|children|kids?|son|daughter|baby|playground|park|garden|yard|play(?:s|ed|ing)?|"
                   r"push(?:es|ed|ing)?)\b)"}),
    # a fairy tale: "She read her son a fairy tale." → «…un trou à son fils équitable.», "It's like a fairy tale."
    # «…un conte de justesse.», "This fairy tale is very old." «Ce tisson…»; read "book" (masculine, a consonant, as
    # «conte»): «…un livre à son fils.», «C'est comme un livre.», «Ce livre est très vieux.», «Grand-mère nous a
    # dit un livre.» (4 of 4), written «conte de fées»
    ("fairy tale/fairy tales", "book/books", "conte de fées/contes de fées", "livre/livres", {}),
    # a stroke (the illness): "My grandfather had a stroke." → «…un stroke.», "He died of a stroke." «…d'un stroke.»,
    # "After the stroke, she could not walk." «Après le stroke…»; read "accident" (masculine, a vowel, as «AVC»),
    # written «AVC»; only where the line says one had it, died of it or was left so (not a swimming or brush stroke,
    # a stroke of luck, "at the stroke of midnight")
    ("stroke/strokes", "accident/accidents", "AVC/AVC", "accident/accidents",
     {"noun_only": True, "not_before": r"\s+of\b",
      "only_with": r"(?i:\b(?:had|has|have|having|suffered|died|dies|recover(?:ed|ing)?|after|since|left)\b)"}),
    # rubber (the stuff): "The tires are made of rubber." → «…de rubier.», "These boots are made of rubber." «…de
    # rubier.», "Rubber is made from trees." «Le rhume…», "The ball is made of rubber." «La balle est faite.» (lost);
    # read "plastic" (masculine, a consonant, as «caoutchouc»): «Les pneus sont en plastique.», «Ces bottes sont faites
    # en plastique.», «La balle est en plastique.» (3 of 4), written «caoutchouc»; only after "of"/"in" (the stuff
    # named), not a rubber (an eraser), rubber gloves or a rubber duck
    ("rubber/", "plastic/", "caoutchouc/", "plastique/",
     {"not_after": r"(?i:^(?!.*\b(?:of|in)\s+$).*)$",
      "not_before": r"\s+(?:bands?|gloves?|ducks?|boots?|stamps?|balls?|tyres?|tires?|soles?|trees?|plants?)\b"}),
    # a coat's hood: "My coat has a hood." → «…une humeur.», "Put your hood on, it's raining." «Mettez votre
    # humeur…», "The hood of my jacket is wet." «Le humeur…», "She put up the hood of her coat." «Elle a mis son
    # manteau.» (lost); read "sleeve" (feminine, a consonant, as «capuche»): «Mon manteau a une manche.», «Mettez
    # votre manche…», «La manche de ma veste est mouillée.», «Il tira sa manche au-dessus de la tête.» (5 of 5);
    # the noun only, only beside a coat, a jacket, rain or a head (not a car's hood, nor "the hood" a neighbourhood)
    ("hood/hoods", "sleeve/sleeves", "capuche/capuches", "manche/manches",
     {"noun_only": True,
      "only_with": r"(?i:\b(?:coats?|jackets?|sweatshirts?|raincoats?|anoraks?|rain|raining|head|cold|wind|windy)\b)"}),
    # vocab61 (s41), second round:
    # dirt: "His shoes were covered in dirt." → «…couvertes en oiseau.», "The children played in the dirt." «…dans
    # l'exercice.», "Wipe the dirt off the table." «Essuyez la table.» (lost), "There is dirt on your face." «Il y a ton
    # visage.»; read "mud" (feminine, a consonant, as «terre»): «…couvertes de boue.», «…dans la boue.», «Essuie la
    # boue de la table.» (3 of 5), written «terre»; not "dirt cheap", "dig up dirt" (gossip), "eat dirt", nor dirt
    # under the nails (Tatoeba's "You have dirt under your fingernails." «des ongles sous les ongles» as typed, read so
    # «la tête sous les ongles»: both wrong)
    ("dirt/", "mud/", "terre/", "boue/",
     {"not_after": r"(?i:\b(?:up\s+(?:the\s+|some\s+)?|eat\s+))$",
      "not_before": r"\s+(?:cheap|poor|bikes?|under|underneath|beneath)\b"}),
)
