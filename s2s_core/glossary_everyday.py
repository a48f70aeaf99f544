"""Everyday nouns of the kitchen, clothes and the supermarket the model has no French for (blender, zipper, sneakers,
cashier, trolley, groceries, peach, flour, eraser), as rows that glossary.py turns into its ``Entry`` s.

A survey of 166 everyday words in one short sentence each (words43, session 38) found these written as another noun
or an invented one: "I bought a new blender yesterday." → «…un nouveau manteau…», "The zipper on my bag is broken."
→ «Le bragueur…», "He bought white sneakers." → «…des sèmes blanches.», "The cashier was very polite." → «Le
château…», "Take a trolley at the entrance." → «Prends une trolley…», "I carried the groceries home." → «…les
grocers…», "This peach is ripe." → «Cette poire…», "We need flour to make a cake." → «Nous avons besoin de faire un
gâteau.» (lost). Each row was kept only where the noun came out wrong as typed in most of 5–6 sentences and right
through its stand-in in at least 3, and no corpus line screened (screen_cmp) came out worse. A row is (typed,
stand-in, French, the stand-in's French as the model writes it), each "singular/plural", and the ``Entry`` options.
"""
from __future__ import annotations

ROWS = (
    # s38: a width: "The room has a width of 4 metres." → «…une aille de quatre mètres.», «une sauve», «une veuve»,
    # «une veine»; read "depth" (feminine, as «largeur»): «La pièce a une profondeur de quatre mètres.» (4 of 4;
    # figures.py reads "is 4 metres wide" so)
    ("width/widths", "depth/depths", "largeur/largeurs", "profondeur/profondeurs", {}),
    # the kitchen: «le métier», «le bavard», «Le mblanteau est trop bruyant.»; read "oven" (masculine, as «mixeur»):
    # «Mettez les bananes dans le four.», «Peux-tu laver le four ?» (singular only: "ovens" came out «fournes»)
    ("blender/", "oven/", "mixeur/", "four/", {}),
    # flour: «Il n'y a plus de promenade.», «Achetez un sac de hauteur.»; read "soup" (feminine, a mass noun): «Il n'y
    # a plus de soupe.», «Mélangez la soupe avec le beurre.» ("cream" had come out «du crème», «les crèmes»); not the
    # verb ("flour the tin"); only bare ("Add the flour and the eggs." came out right as typed, «Ajoutez la farine…»,
    # and a sieve's "Pass the flour through a sieve." «Passez la farine…»), nor "with flour", right as typed ("Coat the
    # chicken breast with flour." «…avec de la farine», read so «Mange la farine du poulet de la soupe.»)
    ("flour/", "soup/", "farine/", "soupe/",
     {"not_before": r"\s+(?:the|a|your|it|them)\b", "not_after": r"(?i:\b(?:with|the|this|that|your|my|our)\s+)$"}),
    # «Cette poire…», «J'ai acheté des poireaux…», «Aimes-tu les pièges ?»; read "pear", and "apples" in the plural
    # ("pears" comes out «oreilles», as for the plum's row); not a peach tree, right as typed ("I planted a peach tree
    # in my yard." «…un pêcher…», read so «…un pêche…»), nor its blossom or a colour
    ("peach/peaches", "pear/apples", "pêche/pêches", "poire/pommes",
     {"not_before": r"[\s-]+(?:trees?|blossoms?|orchards?|colou?r(?:ed)?|skin)\b"}),
    # clothes: «Le bragueur…», «Mon zipper est coincé.», «un braguet»; read "pocket" (feminine, as «fermeture
    # éclair»): «Ma poche est coincée.»; not a trouser's fly, which came out right as typed ("Your zipper is open."
    # «Votre braguette est ouverte.»), nor "pull your zipper up"
    ("zipper/zippers", "pocket/pockets", "fermeture éclair/fermetures éclair", "poche/poches",
     {"not_before": r"\s+(?:(?:is|was|'s|’s)\s+(?:open|down|undone)|up|down)\b"}),
    # «des sèmes blanches», «Mes sèches sont sales.»; read "shoes" (feminine plural, as «baskets»)
    ("sneaker/sneakers", "shoe/shoes", "basket/baskets", "chaussure/chaussures", {}),
    # the supermarket: «Le château était très polie.», «Il n'y avait qu'unehier.»; read "waiter": «Le serveur…»
    ("cashier/cashiers", "waiter/waiters", "caissier/caissiers", "serveur/serveurs", {}),
    # «Prends une trolley…», «Le trolley est plein.», «Où sont les trolges ?»; read "basket" («panier», masculine as
    # «chariot») and "bags" in the plural ("baskets" came out «panneaux», "carts" «carottes»; "There are no bags left."
    # «…plus de sac.», written «…plus de chariots.»); not a tram ("trolley bus", "trolley car") nor "off his trolley"
    ("trolley/trolleys", "basket/bags", "chariot/chariots", "panier/sacs|sac",
     {"noun_only": True, "not_before": r"\s*-?\s*(?:bus|buses|cars?|lines?|poles?|problems?|dilemmas?)\b",
      "not_after": r"(?i:\boff\s+(?:his|her|my|your|their|our)\s+)$"}),
    # «J'ai porté les grocers à la maison.», «Peux-tu m'aider aux grocers ?»; read "boxes" (feminine plural, as
    # «courses»): «Les boîtes sont dans la voiture.» → «Les courses…» (plural only: "a grocery store" is read as typed)
    ("/groceries", "/boxes", "/courses", "/boîtes", {}),
    # school: "I need an eraser." → «…d'un efface.» (Quebec's «une efface», the gender wrong), "The eraser is in my
    # pencil case." «L'erreur…», "This eraser does not work." «Cette érosière…» (4 of 5 wrong; "Can I borrow your
    # eraser?" had «gomme»); read "ruler" (feminine, as «gomme»): «J'ai besoin d'une règle.», «La gomme est dans ma
    # boîte de crayon.» written back (words44, s38)
    # singular only: "rulers" may come out «règles» as rules ("…they put erasers on pencils." had lost them, and read
    # "rulers" came out «…des décisions sur les crayons.»)
    ("eraser/", "ruler/", "gomme/", "règle/", {}),
    # a paid service (measure48, s38): "I would like to cancel my subscription, …" → «…annuler ma subscription…»,
    # "I forgot to renew my subscription." «…ma subscription.», "How much does the subscription cost?" «…la
    # sous-scription ?» (4 of 4 left in English; "membership" came out «mes membres»); read "ticket" (masculine, as
    # «abonnement»): «…renouveler mon ticket.», «Combien coûte le billet ?», «…annuler mon ticket…»
    ("subscription/subscriptions", "ticket/tickets", "abonnement/abonnements", "billet|ticket/billets|tickets", {}),
    # long sentences (long46, s39): a library's librarian came out as the library, «La bibliothèque à notre école est
    # très gentil», «J'ai demandé à la bibliothèque où…», «Ma tante a travaillé comme une bibliothèque…» (4 of 4);
    # read "secretary" (either gender and a consonant, as «bibliothécaire»; "nurse" came out right too, but
    # «l'infirmière» would be written back «l'bibliothécaire»): «Le secrétaire de notre école…», «J'ai demandé à la
    # secrétaire où…», «La nouvelle secrétaire a commencé lundi», «…comme secrétaire dans une petite ville…» (4 of 4)
    ("librarian/librarians", "secretary/secretaries", "bibliothécaire/bibliothécaires", "secrétaire/secrétaires", {}),
    # a laundry one takes clothes to: «…à la lance au coin», «La lance à proximité…», «…à la lunderie…» (3 of 3 as a
    # place); read "bakery" (feminine, as «laverie»): «La boulangerie près de notre appartement est bon marché…»,
    # «…mes vêtements sales à la boulangerie…» (3 of 3). Only as a place the text names so (to/at the laundry, the
    # laundry near/on the corner…): the clothes to wash ("fold the laundry", "the laundry is dry", "the laundry
    # basket") stay as typed (home.py and clothes.py read those)
    ("laundry/laundries", "bakery/bakeries", "laverie/laveries", "boulangerie/boulangeries",
     {"not_before": r"\s+(?:baskets?|rooms?|bags?|powder|detergent|liquid|pile|line|day)\b",
      "only_with": r"(?i:\b(?:to|at|from|near|outside)\s+the\s+(?:local\s+)?laundry\b(?!\s+(?:baskets?|rooms?|bags?|"
                   r"powder|detergent|liquid|pile|line)\b)|\blaundry\s+(?:near|on\s+the\s+corner|next\s+to|"
                   r"opens|closes|is\s+(?:open|closed|cheap|expensive))\b)"}),
    # a hall one meets, dances or listens in came out as a hotel (long45, long46, s39): «une grande hôtel», «l'hôtel de
    # concert», «L'hôtel village est trop petit», «l'hôtel de l'église», «la hall scolaire»; read "room" (feminine, as
    # «salle»), its French written back «salle»: «La salle de concert…», «la pièce de concert» → «la salle…», «La
    # chambre du village» → «La salle du village», «…une grande pièce avec de grandes fenêtres» (6 of 6). Only a hall
    # the text names by its use or size (a village, church, concert, school hall; a large hall): a house's hall
    # stays as typed («Laisse ton parapluie dans le hall.», «J'habite à travers le hall.», «le placard de l'entrée»
    # came out «…dans la salle», «de la salle» when read so); not a town or city hall («l'hôtel de ville»), a music
    # hall, a hall of fame or of residence, nor a name's ("Carnegie Hall", "Mr Hall"; a capital before or after it)
    ("hall/halls", "room/rooms", "salle/salles", "pièce|salle|chambre/pièces|salles|chambres",
     {"not_after": r"(?:\b(?i:town|city|music|entrance|front)|\b[A-Z][a-z]+)\s+$",
      "not_before": r"\s+(?:of\s+(?:fame|residence)|way|ways|mark|marks|stand|closets?|doors?|floor|table)\b|\s+[A-Z]",
      "only_with": r"(?i:\b(?:village|church|concert|school|sports?|exam|exhibition|lecture|dining|banqueting|wedding|"
                   r"community|parish|beer|bingo|assembly|function|conference|large|big|huge|great)\s+halls?\b)"}),
    # a school's pupils (fix51, s39, measure51): "There are thirty pupils in my class." → «…trente chiots…»
    # (puppies), "…three hundred and fifty euros per pupil…" → «…par pupil…», "Please remind the pupils that…" lost
    # them; read "students" («…trente étudiants…», «…par étudiant.», «…rappeler aux étudiants…»), written «élèves»;
    # not an eye's pupil
    ("pupil/pupils", "student/students", "élève/élèves", "étudiant|étudiante/étudiants|étudiantes",
     {"only_with": r"(?i:\b(?:school\w*|teachers?|class\w*|lessons?|trip|coach|head\w*|year|per|uniform|"
                   r"playground|homework|exams?|remind|primary|secondary)\b)",
      "not_before": r"\s+(?:of\s+(?:the|his|her|my|your)\s+eyes?|dilat\w*)\b"}),
    # a download, the noun (left52, s40; words47's leftover): "The download is very slow today." → «Le décharge…»,
    # "Is the download finished yet?" → «Le sacréload…», "My download stopped halfway." → «Ma télécharge…»; read
    # "transfer" (masculine, as «téléchargement»): «Le transfert est très lent…», «Le transfert est-il déjà terminé ?»
    ("download/downloads", "transfer/transfers", "téléchargement/téléchargements", "transfert/transferts",
     {"noun_only": True}),
    # a software bug (left52, s40; fix49's leftover): "We found a bug in the login page." → «…un câlin…» (right as
    # typed in 3 of 4: «un bug»); read "problem" (masculine, as «bug»), written «bug»; only with a word of software
    ("bug/bugs", "problem/problems", "bug/bugs", "problème/problèmes",
     {"noun_only": True, "not_after": r"(?i:stomach|tummy|flu|winter|bed|June|lady|water|stink)\s+$",
      "only_with": r"(?i:\b(?:apps?|software|programs?|code|versions?|login|website|site|pages?|updates?|fix\w*|"
                   r"developers?|crash\w*|computer|browser|server|release|patch)\b)"}),
    # what a food is free of (s40, left53; phrasing/food.py reads "fat-free milk" as "milk without fat"): "without
    # fat" came out «sans gros», «sans grosse»; read "sugar" only after "without" (not "a fat cat"): «Ce lait est-il
    # sans sucre ?», «…du fromage sans sucre», written «sans matières grasses»; "lactose" («sans lait», «lacteur»,
    # «à l'aise») read "gluten" («Avez-vous du lait sans gluten ?», «…un régime sans gluten»), written «lactose»; not
    # "lactose intolerant" (read so, "Are you lactose intolerant?" came out «Êtes-vous tolérants ?», the opposite)
    ("fat/", "sugar/", "matières grasses/", "sucre/", {"not_after": r"(?<!\b[Ww]ithout\s)$"}),
    ("lactose/", "gluten/", "lactose/", "gluten/", {"not_before": r"\s+intoleran"}),
    # not foods (s40, left53): "the duty-free shop" came out «la boutique de service», «Le magasin de service»; read
    # "bakery" (feminine, as «boutique»): «…à la boulangerie», written «boutique hors taxes»; "our toll-free number"
    # «notre numéro de passe-passe», «Le numéro de tolllle»: read "phone number" («Le numéro de téléphone est au dos
    # de la carte»; «chiffres de téléphone» in the plural once), written «numéro gratuit»; "a hands-free kit" «une
    # chasse de mains»: read "device" («un appareil», «Le dispositif ne fonctionne plus.»; "charger" came out «Sans
    # charger», «L'responsable»), written «kit mains libres»; "duty-free shops" read "banks" ("bakeries" came out «Les
    # bakers») (phrasing/phone.py reads "call us toll-free" as "call us for free")
    ("duty-free shop/duty-free shops", "bakery/banks", "boutique hors taxes/boutiques hors taxes",
     "boulangerie/banques", {}),
    ("toll-free number/toll-free numbers", "phone number/phone numbers", "numéro gratuit/numéros gratuits",
     "numéro de téléphone/numéros de téléphone|chiffres de téléphone", {}),
    ("hands-free kit/hands-free kits", "device/devices", "kit mains libres/kits mains libres",
     "appareil|dispositif/appareils|dispositifs", {}),
    # senses51 (s40): a phone's case: "…but the case protected it." → «…l'affaire l'a protégée.», "a pink case for her
    # new phone" → «une affaire de pinc…» ("cover" came out «couverture», «camoufle»); read "box" (feminine, as
    # «coque»): «…la boîte l'a protégée.», «Ma boîte de téléphone est cassée.», written «coque»; only beside a phone,
    # not "in that case", a pencil case nor a police or court case
    ("case/cases", "box/boxes", "coque/coques", "boîte/boîtes",
     {"not_after": r"(?i:\bin\s+(?:(?:that|this|any|which|each|every|such\s+a)\s+)?|"
                  r"\b(?:pencil|glasses|upper|lower|court|test|worst|best)\s+)$",
      "not_before": r"\s+(?:of|study|studies|number|law|for\s+(?:the|a)\s+(?:defence|prosecution))\b",
      "only_with": r"(?i:^(?!.*\b(?:police|court|judge|lawyers?|crimes?|murder|detectives?|evidence|trial)\b).*"
                   r"\b(?:phones?|smartphones?|iPhones?|mobiles?)\b)"}),
    # senses51 (s40): a funfair: "We went to the fair on Saturday." → «…à la justesse…», "There is a fair in the
    # park…" → «Il y a un juste…», "…the rides at the fair." → «…l'obstructeur juste.» ("funfair" came out «au
    # samedi»); read "party" (feminine, as «fête foraine»): «…à la fête samedi.», «Il y a une fête dans le parc…»,
    # written «fête foraine»; only where the text says it is one (rides, "to/at the fair"), not a fair price or share,
    # nor a trade or book fair
    ("fair/fairs", "party/parties", "fête foraine/fêtes foraines", "fête/fêtes",
     {"noun_only": True,
      "not_after": r"(?i:\b(?:trade|book|job|jobs|craft|crafts|careers?|science|art|arts|antiques?|wedding|travel|"
                   r"student|world['’]s|food|wine|business|motor)\s+)$",
      "not_before": r"\s+(?:price|prices|share|shares|deal|trade|amount|wage|wages|pay|skin|hair|play|chance|point|"
                    r"question|trial|game|weather|bit|number|enough|go|hearing|value|warning|copy|use)\b",
      "only_with": r"(?i:\b(?:rides?|funfair|ferris|carousels?|merry-go-rounds?|dodgems|roller\s*coasters?|"
                   r"candy\s+floss|cotton\s+candy|big\s+wheel|(?:to|at|from)\s+the\s+fair|there\s+is\s+a\s+fair|"
                   r"the\s+fair\s+(?:is|was|comes?|came|opens?|will|in|this|on))\b)"}),
    # senses51 (s40): plural speeding tickets (phrasing/driving.py reads one as "a fine for speeding"): "He got two
    # speeding tickets…" → «…deux billets de vitesse…», "…three speeding tickets." → «…trois tickets de vitesse.»,
    # "Speeding tickets are expensive…" → «Les billets d'examen…»; read "fines" («Il a eu deux amendes…»), written
    # «amendes pour excès de vitesse» ("fines for speeding" came out «amendes pour excès», the speed lost)
    # (not opening a line: "Speeding tickets are expensive here." came out «Les frais…», "Speeding tickets cost…" «Les
    # familles…»)
    ("/speeding tickets", "/fines", "/amendes pour excès de vitesse", "/amendes", {"not_after": r"^\W*$"}),
    # long48 (s40): "…se marie en Ecotlande vendredi", "We spent two weeks in Scotland last summer." → «…en Scotlande…»,
    # "They moved to Scotland last year." → «…en Ecotlande…», "I am going to Scotland next week." → «…en Ecotlande…»;
    # read "Ireland" («en Irlande» in 4 of 4: the same gender and elision), written «Écosse»; not after "holiday in"
    # (Tatoeba: "Did they enjoy their holiday in Scotland?" came out «…leurs vacances d'Écosse ?» where it was right)
    ("Scotland/", "Ireland/", "Écosse/", "Irlande/", {"not_after": r"(?i:\bholidays?\s+in\s+)$"}),
    # vocab55 (s41): everyday words from wordfreq's top 12,000 that Tatoeba's English has fewer than 3 times, probed in
    # one sentence each and then in 4-5; the stand-in's French is written back. A company's logo: "The company changed
    # its logo." → «…son brouillard.», "I like the new logo." «…le nouveau bruit.», "Put our logo on the letter."
    # «…notre brouillard…»; read "symbol" (masculine, as «logo»): «…son symbole.», «Les symboles sont trop petits.»
    ("logo/logos", "symbol/symbols", "logo/logos", "symbole/symboles", {}),
    # a machine's settings: "Open the settings on your phone." → «Ouvrez les oreilles…», "Check the settings of the
    # printer." «…les fixes…», "The settings are wrong." «Les fixes sont fausses.»; read "parameters": «…les
    # paramètres…» (4 of 5), kept so; only beside a machine or an app (a story's or a table's settings stay as typed)
    ("/settings", "/parameters", "/paramètres", "/paramètres",
     {"only_with": r"(?i:\b(?:phones?|mobiles?|computers?|laptops?|printers?|apps?|programs?|software|tablets?|TVs?|"
                   r"televisions?|cameras?|browsers?|screens?|privacy|accounts?|menu|routers?|sound|volume|wifi|"
                   r"Wi-?Fi|notifications?|devices?|language|keyboards?)\b)"}),
    # a doctor's: "The doctor gave me a diagnosis." → «…un diagnosis.», "The diagnosis was wrong." «Le diagnosis…»,
    # "We are waiting for the diagnosis." «…le diagnosis.»; read "result" (masculine, as «diagnostic»): «…un
    # résultat.», «Le résultat était faux.», «Nous attendons le résultat.» (4 of 4)
    ("diagnosis/diagnoses", "result/results", "diagnostic/diagnostics", "résultat/résultats", {}),
    # a medicine's: "Take one dose after every meal." → «Prends un ose…», "The dose is too high." «L'ose…», "The doctor
    # changed the dose." «…le dose.» (masculine); read "portion" (feminine, as «dose»): «Prends une partie…», «La
    # partie est trop élevée.», «…une double partie.», «…la partie.» (4 of 4)
    ("dose/doses", "portion/portions", "dose/doses", "partie|portion/parties|portions", {}),
    # "There is a poster on the wall." → «…une posture…», "I bought a poster of the film." «…une carte postale…», "The
    # posters are in my room." «Les postiers…»; read "picture" (feminine, as «affiche»): «Il y a une photo au mur.»,
    # «Les photos sont dans ma chambre.», «Elle a mis une photo dans la cuisine.» (4 of 4)
    ("poster/posters", "picture/pictures", "affiche/affiches", "photo|image/photos|images", {}),
    # "Too much alcohol is bad for your liver." → «…pour votre vie.», "…a problem with his liver." «…avec sa vie.»,
    # "The liver cleans the blood." «Le gagne-pain…», "He needs a new liver." «…un nouveau saur.»; read "heart"
    # (masculine, as «foie»): «…pour ton cœur.», «…avec son cœur.», «Le cœur nettoie le sang.» (4 of 4)
    ("liver/livers", "heart/hearts", "foie/foies", "cœur|coeur/cœurs|coeurs", {}),
    # "I signed up for a cooking workshop." → «…un magasin de cuisine.», "The workshop starts at ten." «Le boulot…»,
    # "The workshop was very useful." «Le magasin de travail…»; read "course" (masculine, as «atelier»): «…un cours de
    # cuisine.», «Le cours commence à dix heures.», «Le cours était très utile.» (4 of 4); singular only («cours»
    # is both numbers)
    ("workshop/", "course/", "atelier/", "cours/", {}),
    # "The accident left her with trauma." → «…de traumatoire.», "The trauma of the war…" «Le traumat…», "…after a
    # trauma." «…un traumatoire.»; read "shock" (masculine, as «traumatisme»): «Le choc de la guerre…», «…après un
    # choc.», «Il souffre encore du choc.» (4 of 4)
    ("trauma/traumas", "shock/shocks", "traumatisme/traumatismes", "choc/chocs", {}),
    # "The children are watching a cartoon." → «…un carton.», "This cartoon is very funny." «Cette carton…»; read
    # "film": «…un film.», «Ce film est très drôle.», «J'ai adoré des films…» (3 of 4), written «dessin animé»; not
    # one drawn (a newspaper's cartoon is «un dessin»: "My son draws a cartoon…" read so came out «…tire un film…»)
    ("cartoon/cartoons", "film/films", "dessin animé/dessins animés", "film/films",
     {"not_after": r"(?i:\b(?:draw|draws|drew|drawn|drawing|newspaper|political)\s+(?:a\s+|the\s+)?)$"}),
    # "The cathedral is in the old town." → «La cathédérale…», "The cathedral is very old." «La cathédérale…», "There
    # is a big cathedral in this city." «…une grande cathédérale…»; read "tower" (feminine and a consonant, as
    # «cathédrale»; "church" came out right but «L'église» went back «L'cathédrale»): «La tour est dans la vieille
    # ville.», «Nous avons visité la tour…», «La tour est très vieille.», «Il y a une grande tour…» (4 of 4)
    ("cathedral/cathedrals", "tower/towers", "cathédrale/cathédrales", "tour/tours", {}),
    # an electric cord: "The cord of the lamp is too short." → «Le cord…», "I need a longer cord for the charger."
    # «…une corde…» (a rope), "The cord is broken." «La corde est cassée.»; read "cable" (masculine, as «fil»): «Le
    # câble de la lampe…», «…d'un câble pour le chargeur.», «Le câble est cassé.» (4 of 4); only beside a machine
    # (not an extension cord: «l'étendue», read so «la prolongation»; «rallonge» either way wrong)
    ("cord/cords", "cable/cables", "fil/fils", "câble/câbles",
     {"not_after": r"(?i:\bextension\s+)$",
      "only_with": r"(?i:\b(?:lamps?|chargers?|phones?|plugs?|sockets?|power|electric\w*|kettles?|computers?|"
                   r"laptops?|irons?|extension|TVs?|television|printers?|vacuum|hairdryer|toaster|headphones|"
                   r"mouse|keyboard)\b)"}),
    # "My therapist helps me a lot." → «Mon théâtre…», "She is a good therapist." «C'est un chociste.», "I see a
    # therapist every week." «…un thrapiste…»; read "doctor": «Mon médecin m'aide beaucoup.», «C'est un bon
    # médecin.», «Je vois un médecin chaque semaine.» (4 of 4), written «thérapeute»
    ("therapist/therapists", "doctor/doctors", "thérapeute/thérapeutes", "médecin|docteur/médecins|docteurs", {}),
    # "The carnival is in February." → «La carnival…», "We went to the carnival in Venice." «…la carnivale…»,
    # "There is a carnival in the town…" «…une automobile…»; read "festival" (masculine, as «carnaval»): «Le
    # festival est en février.», «Les enfants aiment le festival.» (4 of 4)
    ("carnival/carnivals", "festival/festivals", "carnaval/carnavals", "festival/festivals", {}),
    # vocab55's second round (each wrong as typed in most of 4, right read so in the count given). A graduation:
    # "My parents came to my graduation." → «…à ma graduelle.», "The graduation is in June." «La graduelle…»; read
    # "ceremony" (feminine, a consonant): «…à ma cérémonie.», «La cérémonie est en juin.», «…à sa cérémonie.», «…à
    # la cérémonie ?» (4 of 4), written «remise des diplômes»; not before a word it names (a graduation ceremony),
    # nor one's studies ended (Tatoeba: "After her graduation from college, …" came out «Après son diplôme…» as
    # typed, «Après sa remise des diplômes…» read so)
    ("graduation/graduations", "ceremony/ceremonies", "remise des diplômes/remises des diplômes",
     "cérémonie/cérémonies",
     {"not_before": r"\s+(?:ceremon(?:y|ies)|days?|party|parties|gowns?|photos?|dress|from)\b",
      "not_after": r"(?i:\bafter\s+(?:(?:his|her|my|your|our|their|the)\s+)?)$"}),
    # "We had lunch at an old inn." → «…un vieux ennu.», "The inn has ten rooms." «L'ennuie…», "The inn is full
    # tonight." «L'incapacité…»; read "church" (feminine, a vowel, as «auberge»): «…une vieille église.», «L'église a
    # dix chambres.», «…une petite église près du lac.», «L'église est pleine ce soir.» (4 of 4); not a name's Inn
    ("inn/inns", "church/churches", "auberge/auberges", "église/églises",
     {"not_after": r"\b(?!(?:The|A|An|This|That|Our|My|Your|His|Her|Their)\s)[A-Z][a-z]+\s+$",
      "not_before": r"\s+[A-Z]"}),
    # "…so I will wear shorts." → «…des manques.», "My shorts are too big." «Mes manques…», "Where are my shorts?"
    # «…mes défauts ?»; read "jeans" (masculine plural, as «shorts»): «…des jeans.», «Mes jeans sont trop grands.»,
    # «Où sont mes jeans ?», «…de nouveaux jeans…» (4 of 4)
    ("/shorts", "/jeans", "/shorts", "/jeans", {"not_after": r"(?i:\b(?:in|the)\s+)$"}),
    # "Would you like a soda?" → «…un bonda ?», "This soda is too sweet." «Ce canapé…»; read "juice" (masculine):
    # «…un jus ?», «Deux jus…», «Je bois trop de jus.» (3 of 4: "This juice is too sweet." came out «Cette jusée…»);
    # not baking soda nor soda water
    ("soda/sodas", "juice/juices", "soda/sodas", "jus/jus",
     {"not_after": r"(?i:\b(?:baking|caustic|washing|bicarbonate\s+of)\s+)$", "not_before": r"\s+(?:water|bread)\b"}),
    # "My grandmother has many old recipes." → «…vieilles recipes.», "These recipes are easy." «Ces rcipes…»; read
    # "cards" (feminine plural, a consonant): «…vieilles cartes.», «…de bonnes cartes en ligne.», «Ces cartes sont
    # faciles.» (4 of 4; the singular "recipe" came out right)
    ("/recipes", "/cards", "/recettes", "/cartes", {}),
    # "Leave the dough to rest…" → «Laisse la toux…», "The dough is too dry." «La toux…»; read "soup" (feminine, a
    # consonant, as «pâte»): «La soupe est trop sèche.», «Faites la soupe avec de la farine…», «Laisse la soupe…» (3
    # of 4; "Roll out the dough" came out «Sortez la soupe…»); only beside baking (not money, "dough" slang)
    ("dough/", "soup/", "pâte/", "soupe/",
     {"only_with": r"(?i:\b(?:flour|knead\w*|rolls?|rolling|bak\w*|bread|pizza|pastry|oven|yeast|rise|rest|dry|sticky|"
                   r"water|butter|eggs?|table|bowl|cookies?|biscuits?)\b)"}),
    # berries (plural; "This berry is poisonous." read "pear" came out «Ce poison…»): "We picked berries in the
    # forest." → «…des assiettes…», "The berries are ripe." «Les abeilles…»; read "apples": «…des pommes…», «Les
    # pommes sont mûres.», «…les pommes rouges.» (3 of 3)
    ("/berries", "/apples", "/baies", "/pommes", {}),
    # "She bought a new bra." → «…un nouvel éclatant.», "My bra is too small." «Mon verre…», "This bra is very
    # comfortable." «Ce brac…»; read "sweater" (masculine, a consonant): «…un nouveau chandail.», «Mon chandail est
    # trop petit.», «Où est mon chandail noir ?», «Ce pull…» (4 of 4)
    ("bra/bras", "sweater/sweaters", "soutien-gorge/soutiens-gorge", "chandail|pull/chandails|pulls", {}),
    # "I have a coupon for free coffee." → «…un coup de café…», "Can I use this coupon?" «…ce coup ?», "The coupon is
    # valid until Sunday." «Le coup…»; read "ticket": «Puis-je utiliser ce ticket ?», «Le ticket est valable…»,
    # «…mes tickets…» (4 of 4), written «coupon»
    ("coupon/coupons", "ticket/tickets", "coupon/coupons", "billet|ticket/billets|tickets", {}),
    # "My grandfather has diabetes." → «…a des diabètes.», "Diabetes is a serious illness." «Les diabètes sont…»;
    # read "cancer" (masculine): «…a un cancer.», «Le cancer est une maladie grave.», «…qu'elle avait un cancer.» (4
    # of 4), written «diabète»
    # (not in a list of illnesses: "…, bronchitis, or diabetes, …" (news) came out «…du diabète ou du cancer»)
    ("diabetes/", "cancer/", "diabète/", "cancer/", {"not_after": r"(?:,|\bor|\band|\bnor)\s+$"}),
    # "The shop sells phone accessories." → «…des appels téléphoniques.», "She loves fashion accessories." «…l'accès
    # à la mode.», "The accessories are in the box." «Lesaccessibilités…»; read "objects" (masculine, a vowel):
    # «…des objets de téléphone.», «…les objets à la mode.», «Les objets sont dans la boîte.» (3 of 4)
    ("accessory/accessories", "object/objects", "accessoire/accessoires", "objet/objets", {}),
    # "I listen to a podcast every morning." → «…un livre…», "He has a podcast about football." «…une livre…», "The
    # new podcast is very funny." «La nouvelle livre…»; read "programme": «J'écoute un programme…», «Il a un programme
    # sur le football.», «Le nouveau programme…» (4 of 4), written «podcast»
    ("podcast/podcasts", "programme/programmes", "podcast/podcasts", "programme/programmes", {}),
    # vocab55's third round. Grief: "Her grief was hard to watch." → «Son grief…» (a grievance), "He could not hide
    # his grief." «…ses griefs.», "The family is full of grief." «…pleine de griefs.»; read "pain" (feminine):
    # «Sa douleur était…», «…cacher sa douleur.», «…pleine de douleur.» (3 of 4), written «peine»
    # not opening a line ("Grief drove her mad." read so came out «Pain a conduit…»), nor "in grief" (the Challenge's
    # "…everyone was united in grief for…" read so lost «musulmans»)
    ("grief/", "pain/", "peine/", "douleur/", {"not_after": r"^\W*$|\b[Ii]n\s+$"}),
    # "The school takes bullying very seriously." → «L'école prend très au sérieux.» (lost), "My son was a victim of
    # bullying." «…de enterrements.», "Bullying is a big problem…" «Acheter…»; read "harassment": «…très au sérieux le
    # harcèlement.», «…victime de harcèlement.», «…beaucoup de harcèlement…», «…une politique contre le
    # harcèlement.» (4 of 5); the noun only (not "bullying him", "is bullying"), not opening a line ("Bullying is a
    # big problem…" read so came out «L'alcool…»)
    ("bullying/", "harassment/", "harcèlement/", "harcèlement/",
     {"not_after": r"^\W*$|(?i:\b(?:is|are|was|were|be|been|am|keep|keeps|kept|stop|stopped|start\w*)\s+|"
                   r"['’](?:s|re|m)\s+)$",
      "not_before": r"\s+(?:him|her|them|me|us|you|it|other|others|the|a|his|my|your|their|our|younger|smaller|"
                    r"kids|children|people)\b"}),
    # a writing pad: "I wrote the number on a pad of paper." → «…un plat de papier.», "Do you have a pad and a pen?"
    # «…un papa…», "The pad is on the desk." «Le papa…»; read "notebook" (masculine): «…un cahier…», «Le cahier se
    # trouve sur le bureau.» (4 of 4), written «bloc-notes»; only beside paper or writing (not a mouse, launch,
    # knee or brake pad, nor one's flat)
    ("pad/pads", "notebook/notebooks", "bloc-notes/blocs-notes", "cahier|carnet/cahiers|carnets",
     {"not_after": r"(?i:\b(?:mouse|launch|landing|knee|elbow|shin|shoulder|brake|lily|heating|sanitary|cotton|"
                   r"helipad|bachelor|ink|touch|key|number)\s+)$",
      "only_with": r"(?i:\b(?:paper|pens?|pencils?|write|writes|wrote|written|writing|notes?|jot\w*|desk|"
                   r"numbers?|address|sketch\w*|draw\w*)\b)"}),
    # a lounge one sits or waits in: "We waited in the airport lounge." → «…au déjeuner de l'aéroport.», "Let's sit in
    # the lounge." «…au déjeuner.», "The hotel lounge is…" «Le déjeuner d'hôtel…»; read "living room" («salon»):
    # «…dans le salon de l'aéroport.», «Asseyons-nous dans le salon.», «Le salon est au premier étage.» (3 of 4); not
    # the verb ("They lounge around…", "We lounge on the beach")
    ("lounge/lounges", "living room/living rooms", "salon/salons", "salon/salons",
     {"not_after": r"(?i:\b(?:departure|I|you|we|they|to)\s+)$", "not_before": r"\s+(?:around|about|by)\b"}),
    # vocab56 (s41): vocab55's list, words 155-285 (/work/notes/vocab56-probe.tsv). Each row: wrong as typed in most
    # of 4-5 sentences, right through the stand-in in at least 3, screened (screen_cmp) with the word as the regex.
    # a school quiz: "We had a quiz at school today." → «…une dingue…», "The quiz was easy." «L'incidence…», "I failed
    # the quiz." «…à l'arrêt.»; read "test": «…un examen…», «L'examen était facile.» (4 of 4), written «examen» (a
    # loose word; «quiz» written back came out «l'quiz»: elided() only elides); not a pub or TV quiz nor a quiz show
    # (school.py reads "a pop quiz", arts.py "a quiz competition")
    ("quiz/quizzes", "test/tests", "examen/examens", "examen|test|contrôle/examens|tests|contrôles",
     {"noun_only": True, "not_after": r"(?i:\b(?:pub|TV|television|radio|pop)\s+)$",
      "not_before": r"\s+(?:shows?|night|nights|competitions?|master|teams?|questions?)\b"}),
    # "He needs insulin every day." → «…d'insulin…», "Where is my insulin?" «…mon insulin ?»; read "aspirin"
    # (feminine with a vowel, as «insuline»): «…de l'aspirine…», «Où est mon aspirine ?» (4 of 4)
    ("insulin/", "aspirin/", "insuline/", "aspirine/", {}),
    # "I watched a tutorial on the internet." → «…un tutorial…», "This tutorial is very clear." «Cette tutoriale…»,
    # "Follow the tutorial step by step." «Suivez la marche tutoriale…»; read "guide" (masculine, as «tutoriel»;
    # "lesson" came out «leçon», feminine): «…un guide…», «Ce guide est très clair.», «Suivez le guide…» (4 of 4)
    ("tutorial/tutorials", "guide/guides", "tutoriel/tutoriels", "guide/guides", {}),
    # "My daughter goes to kindergarten." → «…à la gentille.», "The kindergarten is near our house." «La gentille…»,
    # "He is in kindergarten." «…en gentillesse.»; read "school": «…à l'école.», «L'école se trouve…», «Il est à
    # l'école.» (4 of 4), written «école maternelle»
    ("kindergarten/kindergartens", "school/schools", "école maternelle/écoles maternelles", "école/écoles", {}),
    # "There is foam on my coffee." → «…du phénomène…», "This soap makes a lot of foam." «…de chance.»; read "cream"
    # (feminine, as «mousse»): «…de la crème sur mon café.», «…beaucoup de crème.» (3 of 4: «le crème sur mon
    # capitaine» for a cappuccino), written «mousse» ("shaving cream" is «crème à raser», so «mousse à raser»)
    # (not the verb: Tatoeba's "Rabid dogs usually foam at the mouth." read so came out «…crèmes habituellement…»)
    ("foam/", "cream/", "mousse/", "crème/", {"not_before": r"\s+(?:mattress\w*|rubber|board|at|up)\b"}),
    # "The newborn sleeps all day." → «Le nouveauborn…», "She is holding her newborn." «…son nouveauborn.»; read
    # "baby": «Le bébé dort…», «Elle tient son bébé.» (4 of 4), written «nouveau-né»; not "a newborn baby" or a
    # newborn animal (the adjective)
    ("newborn/newborns", "baby/babies", "nouveau-né/nouveau-nés", "bébé/bébés",
     {"not_before": r"\s+(?:bab(?:y|ies)|child|children|sons?|daughters?|lambs?|calf|calves|kittens?|pupp(?:y|ies)|"
                    r"foals?|chicks?|animals?|girls?|boys?|twins?)\b"}),
    # "I hate algebra." → «…l'algebra.», "Algebra is difficult." «L'alcool…»; read "history" (feminine with a vowel,
    # as «algèbre»): «Je déteste l'histoire.», «Nous avons un test d'histoire demain.» (4 of 4)
    ("algebra/", "history/", "algèbre/", "histoire/", {}),
    # "He turned on the stereo." → «Il alluma l'essentiel.», "The stereo is too loud." «L'atero…», "Turn off the
    # stereo" «Éteins l'ombre…»; read "radio" (feminine, a consonant, as «chaîne stéréo»): «Il alluma la radio.», «J'ai
    # acheté une nouvelle radio.» (4 of 4), written «chaîne stéréo»; the noun only, not "in stereo" or "stereo sound"
    ("stereo/stereos", "radio/radios", "chaîne stéréo/chaînes stéréo", "radio/radios",
     {"noun_only": True, "not_after": r"(?i:\bin\s+)$",
      "not_before": r"\s+(?:sound|systems?|speakers?|headphones?|recordings?|images?|vision|equipment)\b"}),
    # "My grandmother has dementia." → «…a la dizaine.», "He suffers from dementia." «…de la démentie.», "Her dementia
    # is getting worse." «Son démenti…»; read "depression" (feminine, a consonant): «…souffre de dépression.», «Sa
    # dépression empire.» (4 of 4), written «démence»
    ("dementia/", "depression/", "démence/", "dépression/", {}),
    # a gram (singular; "five hundred grams" came out right, «grammes»): "Add one gram of salt." → «…une note de
    # sel.», "It costs ten euros per gram." «…par grasse.»; read "kilo": «Ajoutez un kilo de sucre.», «…par kilo.»
    # (4 of 4), written «gramme»
    ("gram/", "kilo/", "gramme/", "kilo/", {}),
    # "I put syrup on my pancakes." → «…du syruple…», "The syrup is too sweet." «Le syllule…», "Do you want some
    # syrup?" «…du syrup ?»; read "honey" (masculine, as «sirop»): «…du miel…», «Le miel est trop…» (3 of 3), written
    # «sirop»; not cough syrup (right as typed, «sirop contre la toux», and glossary_errands.py reads it)
    # (nor corn or glucose syrup: Tatoeba's "High fructose corn syrup is found…" «Le sirop de maïs…» was right as
    # typed, and read so came out «Le morctose…»)
    ("syrup/", "honey/", "sirop/", "miel/", {"not_after": r"(?i:\b(?:cough|corn|glucose|fructose|sugar|golden)\s+)$"}),
    # "She wore a long blue gown." → «…une longue tourne bleue.», "Her gown was beautiful." «Sa tour…», "The bride
    # wore a white gown." «…une vague blanche.»; read "dress": «…une robe blanche.», «…une robe de soirée.» (4 of 4),
    # written «robe»; not a dressing, night or hospital gown
    ("gown/gowns", "dress/dresses", "robe/robes", "robe/robes",
     {"not_after": r"(?i:\b(?:dressing|night|hospital|surgical|graduation|academic)\s+)$"}),
    # "We went to an amusement park." → «…un parc d'amusement.» (a calque), "The amusement park is closed in winter."
    # «Le parc d'amusement…»; read "zoo": «…au zoo.», «Le zoo est fermé…» (4 of 4), written «parc d'attractions»
    ("amusement park/amusement parks", "zoo/zoos", "parc d'attractions/parcs d'attractions", "zoo/zoos", {}),
    # "Can I have a cola, please?" → «…une couleur…», "He drinks too much cola." «…trop de couleur.»; read "juice"
    # (masculine): «…un jus…», «…trop de jus.» (3 of 4: "a cola with ice" «un jus de glace»), written «cola»; not
    # Coca-Cola; only beside drinking or ordering one (Tatoeba's "The cola made my tongue tingle." «La cola m'a
    # confectionné ma langue.» read so lost the tongue: «Le cola fit mon piège.»)
    ("cola/colas", "juice/juices", "cola/colas", "jus/jus",
     {"not_after": r"(?i:coca)[\s-]*$|[-–]$",
      "only_with": r"(?i:\b(?:drinks?|drank|drinking|have|had|glass|glasses|cans?|bottles?|order\w*|cups?|ice|please|"
                   r"buy|bought|want|like|costs?)\b)"}),
    # "Which flavour do you want?" → «Quel flavre…», "I like the flavour of this tea." «…la flavre…", "The flavour is
    # too strong." «Le flavage…»; read "taste": «Quel goût veux-tu ?», «Le goût est trop fort.» (4 of 4 and 2 of 2)
    # (not the verb: "flavour the sauce with…")
    ("flavour/flavours", "taste/tastes", "goût/goûts", "goût/goûts", {"not_before": r"\s+(?:the|it|them|with)\b"}),
    # US "favorite flavor" was right as typed in Tatoeba («Mon parfum préféré…», «…ton parfum de glace préféré ?»;
    # read so «goût»), though "Garlic enhances the flavor…" had «la flavre», "…improve the flavor?" «…la flavre ?»
    ("flavor/flavors", "taste/tastes", "goût/goûts", "goût/goûts",
     {"not_before": r"\s+(?:the|it|them|with)\b", "not_after": r"(?i:\bfavou?rite\s+)$"}),
    # "I need a new razor." → «…un nouveau razor.», "He cut himself with a razor." «…un razor.»; read "knife"
    # (masculine, a consonant): «…un nouveau couteau.», «Le couteau est dans la salle de bain.» (4 of 4), written
    # «rasoir»; not a razor blade or wire, nor "razor-sharp"
    ("razor/razors", "knife/knives", "rasoir/rasoirs", "couteau/couteaux",
     {"not_before": r"[\s-]+(?:blades?|sharp|thin|wire|scooters?|edge)\b", "not_after": r"(?i:Occam['’]?s?\s+)$"}),
    # "The cat is sleeping on the rug." → «…sur le rug.», "We bought a red rug." «…un rug rouge.»; read "carpet":
    # «…sur le tapis.», «Le tapis est sale.» (4 of 4); not "swept under the rug" nor "the rug is pulled" (news: read so
    # the cheap goods came out «chers»), nor a rug "made without…" (Tatoeba's "This rug was made without the use of
    # child labor." «…labeur d'enfants.» came out «…du laboratoire de l'enfant.»)
    ("rug/rugs", "carpet/carpets", "tapis/tapis", "tapis/tapis",
     {"not_after": r"(?i:\b(?:under|pull|pulls|pulled|pulling)\s+the\s+)$",
      "not_before": r"\s+(?:is|was|were|are|has\s+been)\s+(?:pulled|made)\b"}),
    # "The path is covered with gravel." → «…de grave.», "The gravel was wet." «La tombe…»; read "sand" (masculine):
    # «…de sable.», «Le sable était mouillé.», «…sur le sable.» (4 of 4), written «gravier»
    ("gravel/", "sand/", "gravier/", "sable/", {}),
    # "My son collects stickers." → «…les bâtons.», "The stickers are in the drawer." «Les pneufs…»; read "stamps"
    # (masculine, a consonant): «…les timbres.», «Les timbres sont dans le tiroir.» (4 of 4), written «autocollants»
    ("sticker/stickers", "stamp/stamps", "autocollant/autocollants", "timbre/timbres", {}),
    # "We visited a brewery in Belgium." → «…un équipage…», "My uncle works in a brewery." «…un coup d'œil.»; read
    # "farm" (feminine, a consonant): «…une ferme en Belgique.», «…dans une ferme.», «Il y a une nouvelle ferme…» (3 of
    # 4: «L'agriculteur fait…»), written «brasserie» ("bakery" was right too, but is itself read as "bank")
    ("brewery/breweries", "farm/farms", "brasserie/brasseries", "ferme/fermes", {}),
    # "Would you like a cup of cocoa?" → «…de cocoa ?», "Add two spoons of cocoa." «…de cocoa.», "The cocoa is too
    # hot." «L'entraîneur…»; read "chocolate": «…une tasse de chocolat ?», «Le chocolat est trop chaud.» (4 of 4),
    # written «cacao» (phrasing/food.py reads "hot cocoa" as "hot chocolate" first)
    ("cocoa/", "chocolate/", "cacao/", "chocolat/", {}),
    # "There is grease on my shirt." → «…du vert…», "The grease is hard to remove." «La greffe…», "covered in grease"
    # «…de vertige.»; read "sauce" (feminine, a consonant): «…de la sauce…», «La sauce est difficile…», «…couvertes
    # de sauce.» (3 of 4), written «graisse»; not the verb ("grease the tin") nor elbow grease
    ("grease/", "sauce/", "graisse/", "sauce/",
     {"not_before": r"\s+(?:the|a|your|it|them|my|this|that|lightning|monkeys?)\b",
      "not_after": r"(?i:\belbow\s+)$"}),
    # "She sent me a greeting card." → «…une carte de vertige.», "This shop sells greeting cards." «…cartes vertes.»;
    # read "card": «Elle m'a envoyé une carte.» (3 of 3); a stand-in the text holds is not read, so "postcard"
    # («Elle m'a envoyé une carte postale.», «…des cartes postales.», 4 of 4), written «carte de vœux»
    ("greeting card/greeting cards", "postcard/postcards", "carte de vœux/cartes de vœux",
     "carte postale/cartes postales", {}),
    # "The kitchen appliances are new." → «Les opposants…», "Unplug all the appliances." «…tous les opposants.»; read
    # "devices": «Déconnecte tous les dispositifs.», «Nos dispositifs…», «…des appareils au foyer.» (3 of 4: "kitchen
    # devices" came out «adolescents»; "machines" is feminine: «toutes les machines»), written «appareils»
    ("appliance/appliances", "device/devices", "appareil/appareils", "appareil|dispositif/appareils|dispositifs", {}),
    # costumes (plural; "Where did you buy your costume?" was right as typed, «…ton costume ?»): "The children made
    # their own costumes." → «…leurs propres coûts.», "The costumes are in the box." «Les coûts…», "We need costumes
    # for the party." «…de coûts…»; read "suits", which the model writes «costumes»: «…leurs propres costumes.», «Les
    # costumes sont dans la boîte.», «Il nous faut des costumes pour la fête.» (5 of 5; vocab55's leftover)
    ("/costumes", "/suits", "/costumes", "/costumes", {}),
    # vocab57 (s41): words 286-416 of vocab55's list (food: glossary_food.py; the house: glossary_home.py); each
    # wrong as typed in most of 4 sentences and right read so in the count given, screened
    # "My hubby cooks dinner every night." → «Mon hocheur…», "Her hubby is a doctor." «Sa
    # feuille…»; read "husband": «Mon mari…», «Son mari est médecin.» (4 of 4)
    # not before "and I" (Tatoeba: "My hubby and I used to go…" read so came out «Mon mari et moi étions en train
    # d'aller…», "used to" lost; as typed «Mon feuillet et moi avions l'habitude d'aller…»)
    ("hubby/hubbies", "husband/husbands", "mari/maris", "mari/maris", {"not_before": r"\s+and\s+I\b"}),
    # "The giraffe is eating leaves." → «La géraffe…», "I saw a giraffe at the zoo." «…un gâchis…»; read "cow"
    # (feminine, as «girafe»): «La vache mange des feuilles.», «La vache a un long cou.» (4 of 4)
    # not before "till"/"until" (Tatoeba: "I had never seen a giraffe till I visited the zoo." read so lost
    # «jusqu'à ce»)
    ("giraffe/giraffes", "cow/cows", "girafe/girafes", "vache/vaches", {"not_before": r"\s+(?:till|until)\b"}),
    # "I had diarrhea all night." → «…de la diplomatie…», "The child has diarrhea." «…la diarrhea.»; read
    # "fever" (feminine, as «diarrhée»): «…de la fièvre…» (3 of 4); not opening a line ("Fever can be…" came out
    # «Plusieurs peuvent…»)
    ("diarrhea/", "fever/", "diarrhée/", "fièvre/", {"not_after": r"^\W*$"}),
    # (not the British "diarrhoea": untried in sentences of mine, and the one news line with it, "…cured of my
    # diarrhoea, it's humiliating" he confided., lost «il a confié» read so)
    # "I play squash with my brother…" → «…au douceur…», "Do you play squash?" «…au douceur ?»; read
    # "tennis": «Je joue au tennis…», «Joues-tu au tennis ?», «Nous avons joué au tennis…» (3 of 4), written
    # «squash»; only the game played (not the vegetable; "Squash is a fast game." read so came out «Les adolescents»)
    ("squash/", "tennis/", "squash/", "tennis/", {"only_with": r"(?i:\bplay\w*\s+squash\b)"}),
    # "We have no bookings for tonight." → «…de livres…», "The hotel has many bookings." «…de livres.»; read
    # "reservations": «…aucune réservation…», «Toutes les réservations…», «…de nombreuses réserves.» (written back)
    ("/bookings", "/reservations", "/réservations", "/réservations|réserves", {}),
    # "I saw an advert for a new car." → «…un advert…», "This advert is very funny." «Cet advert…»; read
    # "advertisement": «…une annonce…», «La publicité était à la télévision.», «Cette publicité…» (4 of 4)
    ("advert/adverts", "advertisement/advertisements", "publicité/publicités", "publicité|annonce/publicités|annonces",
     {}),
    # leftvocab60 (s41): vocab55's and vocab56's leftovers (/work/notes/leftvocab60-probe.tsv), the same rule
    # a belly: "My belly hurts after that big meal." → «Ma ceinture…», "He has a big belly." «…une grande celotte.»,
    # "The baby has a round belly." «…une ceinture ronde.» (5 of 5); read "back" (masculine, a consonant): «Mon dos me
    # fait mal…», «…un grand dos.», «…sur le dos…» (4 of 5: «une ronde en arrière» for the baby's), written «ventre»
    # ("stomach" came out right, «estomac», but «l'estomac» went back «l'ventre»: neither noun's gender is in
    # noun_genders.txt, so the elision is not undone); not a belly button, a belly dance, pork belly nor a pot belly
    # (Tatoeba's "A pot belly is an occupational hazard…" read so came out «Un pot de retour…»)
    ("belly/bellies", "back/backs", "ventre/ventres", "dos/dos",
     {"not_before": r"[\s-]+(?:buttons?|danc\w*|flops?|laughs?)\b", "not_after": r"(?i:\b(?:pork|pot|beer)\s+)$"}),
    # a cow's calf: "The cow had a calf this morning." → «…un coche…», "The calf is drinking milk." «Le rideau…», "A
    # calf was born on the farm…" «Un cale…»; read "horse" (masculine, a consonant): «…un cheval…», «Le cheval boit du
    # lait.», «L'agriculteur a vendu le cheval…» (4 of 4), written «veau» ("lamb" is itself read "bird" by glossary.py,
    # before this row: read so, it stayed "lamb", «la lambe»); only beside a farm's words (not the leg's, «mollet»)
    ("calf/calves", "horse/horses", "veau/veaux", "cheval/chevaux",
     {"not_before": r"\s+(?:muscles?|strains?|injur\w*)\b",
      "only_with": r"(?i:\b(?:cows?|farm\w*|born|herds?|cattle|barns?|bulls?|milk|calving|field)\b)"}),
    # a bubble: "The child blew a big bubble." → «…une grosse balle.», "There is a bubble in the water." «…un
    # ballon…», "The bubble burst in the air." «La balle…» (a ball); read "ball" (feminine, as «bulle»): «…une grosse
    # balle.», «…une balle dans l'eau.», «La balle éclata…» (3 of 3), written «bulle»; not bubble wrap (glossary_errands
    # reads it), gum, tea or a bubble bath («bains de balle» read so), nor the verb
    ("bubble/bubbles", "ball/balls", "bulle/bulles", "balle/balles",
     {"noun_only": True, "not_before": r"[\s-]+(?:wrap|gum|tea|baths?|up|over|away)\b"}),
    # a bean: "There is one bean left on the plate." → «…un registre…», "We had rice and beans for dinner." «…des
    # bières…», "She planted a bean in a pot." «…un animal…» (3 of 4; "I don't like beans." had «haricots»); read
    # "egg" (masculine with a vowel; "onion" is itself read "egg" by glossary.py): «Il reste un œuf…», «…des œufs…» (4
    # of 4), written «haricot» (an aspirated h: «le haricot», the elision undone); not a coffee, cocoa, vanilla or soy
    # bean, nor "spill the beans" or "full of beans"
    ("bean/beans", "egg/eggs", "haricot/haricots", "œuf|oeuf/œufs|oeufs",
     {"not_before": r"[\s-]*(?:bags?|sprouts?|stalks?|counters?)\b",
      "not_after": r"(?i:\b(?:coffee|cocoa|cacao|vanilla|soy|soya|jelly|mung|Mr\.?|spill|spilled|spilt|spills|"
                   r"full\s+of)\s+(?:the\s+)?)$"}),
    # a spa: "We spent the weekend at a spa." → «…à un espagnol.», "My mother went to the spa for a massage." «…au
    # ciel…», "The spa is closed on Mondays." «Le spas…»; read "sauna" (masculine, a consonant): «…à un sauna.», «…au
    # sauna pour un massage.», «Le sauna est fermé…» (4 of 4), written «spa»; not the town (a capital: not read)
    ("spa/spas", "sauna/saunas", "spa/spas", "sauna/saunas", {"not_before": r"\s+(?:towns?|waters?)\b"}),
    # a children's nursery: "Our son goes to a nursery near my office." → «…une infirmière…», "The nursery opens at
    # seven…" «L'infirmière…», "I take my daughter to the nursery…" «…à l'infirmière…» (4 of 4); read "school":
    # «…une école…», «L'école ouvre…», «…à l'école…» (4 of 4), written «crèche» (the elision undone: «à la crèche»);
    # not a plant nursery, a nursery rhyme or a nursery school or nurse (vocab55's bakery row had needed a child word
    # beside it, which left it 0 of 4)
    ("nursery/nurseries", "school/schools", "crèche/crèches", "école/écoles",
     {"not_before": r"\s+(?:rhymes?|schools?|nurses?|teachers?|rooms?|gardens?|plants?|stock|trees?|slopes?)\b",
      "not_after": r"(?i:\b(?:plant|tree|garden|baby['’]s)\s+)$"}),
    # a car's bumper: "The bumper of my car is damaged." → «Le souper…», "The front bumper is broken." «Le registre…»,
    # "I need a new bumper." «…un nouveau bûcher.» (4 of 4); read "engine" (masculine, a consonant): «Le moteur de ma
    # voiture…», «Il a frappé le moteur du camion.» (4 of 4), written «pare-chocs»; not the adjective (a bumper crop,
    # bumper cars, a bumper sticker)
    ("bumper/bumpers", "engine/engines", "pare-chocs/pare-chocs", "moteur/moteurs",
     {"not_before": r"[\s-]+(?:crops?|harvests?|cars?|stickers?|years?|editions?|issues?|seasons?|sales?|crowds?|"
                    r"packs?|to\s+bumper)\b"}),
    # a berry (singular; the plural is read "apples" above): "This berry is very sweet." → «Ce litre…», "Don't eat that
    # berry…" «…ce litre…», "The bird ate a berry." «…un litre.» (4 of 4); read "strawberry" (feminine, a consonant):
    # «Cette fraise…», «…cette fraise, c'est du poison.», «…une fraise rouge…» (4 of 4), written «baie» ("pear" had
    # come out «poison», "cherry" «cerisier»)
    ("berry/", "strawberry/", "baie/", "fraise/", {}),
    # peanut butter: "He is allergic to peanut butter." → «…au beurre.», "I like peanut butter sandwiches." «…du
    # beurre.», "She spread peanut butter on her toast." «…du beurre…» (the peanut lost, 4 of 4); read "honey"
    # (masculine, a consonant, as «beurre»): «…allergique au miel.», «Y a-t-il du miel dans ce gâteau ?», «…du miel sur
    # son toast.» (3 of 4: «les sandwichs miels»), written «beurre de cacahuète»
    ("peanut butter/", "honey/", "beurre de cacahuète/", "miel/", {}),
    # British and American everyday nouns (british60, s41): "Please walk on the pavement, not on the road." →
    # «…sur l'assiette…», "The pavement is wet and slippery." «L'assiette…», "He parked his car on the pavement." «…sur
    # le volant.», "Don't ride your bike on the sidewalk." «…sur le truc.»; read "path" (masculine, a consonant, as
    # «trottoir»): «…sur le chemin, pas sur la route.», «Le chemin est mouillé et glissant.», «…sur le chemin.» (7 of
    # 7 with the sidewalk's), written «trottoir»
    ("pavement/pavements", "path/paths", "trottoir/trottoirs", "chemin/chemins", {}),
    # not a compound's ("a sidewalk musician", Tatoeba: «…comme musicien.» read so, the word lost)
    ("sidewalk/sidewalks", "path/paths", "trottoir/trottoirs", "chemin/chemins",
     {"not_before": r"\s+(?:musicians?|artists?|caf[eé]s?|sales?|chalk|vendors?|stalls?)\b"}),
    # "The baby needs a clean nappy." → «…d'une sieste propre.», "I forgot to buy nappies." «…des nappies.», "The baby
    # needs a new diaper." «…un nouveau diaper.», "We are out of diapers." «…à court d'armes.»; read "towel"
    # (feminine, a consonant, as «couche»): «…d'une serviette propre.», «…d'acheter des serviettes.», «…à court de
    # serviettes.» (5 of 5), written «couche» (kids.py reads "change the baby's nappy" first); not a nappy rash
    ("nappy/nappies", "towel/towels", "couche/couches", "serviette/serviettes", {"not_before": r"\s+rash\b"}),
    ("diaper/diapers", "towel/towels", "couche/couches", "serviette/serviettes", {"not_before": r"\s+rash\b"}),
    # "Take two paracetamol and go to bed." → «…deux paracéamètres…», "Do you have any paracetamol?" «…le moindre
    # paracéamètre ?», "Paracetamol helps with fever." «Le Paracamol…»; read "medicine" (masculine as «paracétamol»;
    # "aspirin" came out right too, but feminine: «un aspirine»): «Prends deux médicaments…», «Avez-vous des
    # médicaments ?», «J'ai pris un médicament pour mon mal de tête.», written «paracétamol»
    ("paracetamol/paracetamols", "medicine/medicines", "paracétamol/paracétamols", "médicament/médicaments", {}),
)
