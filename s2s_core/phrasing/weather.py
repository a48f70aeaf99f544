"""Phrases of weather and forecasts, the seasons, the environment and holidays at the beach or in the mountains that
the model had read as another meaning.

The model met "thunderstorm", "heatwave", "sunburnt" or "drizzling" rarely or never, so it wrote a word it knew
instead ("A thunderstorm is coming" came out "Une épongée arrive"); each phrase is read as a paraphrase it translates
right, only where it means the weather (after "it is", before a time or place). Each was kept only where its
paraphrase came out right in at least three sentences and no corpus line came out worse.
"""

from __future__ import annotations

from .common import AT_END, BE, COLOUR
from .common import POSSESSIVE

_IT_IS = r"\b(?:it(['’]s|\s+is|\s+was)|it(['’]ll\s+be|\s+will\s+be))"
# the weather said when or where ("It's boiling today."); not with nothing after it: the translator reads each
# sentence alone, so "The water? It's boiling." had become "L'eau ? Il fait très chaud." ("C'est bouillant" is right)
_WHEN_OR_END = (r"(?=\s+(?:outside|out\s+there|today|tonight|this|in\s+here|here|again|all|at|in\s+the|on\s+the|"
                r"and|but|so|now)\b)")
# not a pot's water nor a kettle's ("The water? It's boiling.")
_NO_POT = r"^(?!.*\b(?:water|kettle|pot|pan|milk|soup|sauce|oil|pasta|rice|eggs?)\b)(.*?)"
_COLOUR = COLOUR
# a colour turned, not a colour's thing turned ("turn red wine into…", "turned green light"): a clause's end or a word
# of time, place or cause after it; not "with" a feeling ("She turned white with fear." had lost "blanche de peur")
_COLOUR_END = (rf"(?={_COLOUR}(?:\s*(?:[.,;:!?)]|$)|\s+(?:in|at|when|and|but|overnight|after|before|because|"
               r"again|so|as|from|every|each|during|quickly|slowly|first|now|then|for)\b))")
# not a traffic light's colour ("Le feu passe au vert", as the model wrote it)
_NO_LIGHT = r"(?<!\blight\s)(?<!\blights\s)(?<!\bsignal\s)(?<!\bsignals\s)"
# when a forecast's weather comes
_WHEN = (r"\s+(?:this|tonight|tomorrow|today|later|next|"   # not "the weekend" ("There will be rain the weekend")
         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
# the wind, snow and rain a forecast speaks of
_WEATHER = r"(?:rain|snow|showers|storms|thunderstorms|frost|fog|hail|sleet|sun|sunshine|wind|winds)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "A thunderstorm is coming, we should go inside." → "Une épongée arrive…", "There was a big thunderstorm last
    # night." → "…un grand malentendu.", "Thunderstorms are forecast…" → "Les adolescents…"; "storm": "tempête"
    (r"\bthunder\s?storm(s?)\b", r"storm\1"),
    # "We're having a heatwave." → "Nous avons un chauffage.", "There's a heatwave in Europe." → "Il y a un
    # chauffage…"; in two words "une vague de chaleur"
    # one heat wave only ("Old people suffer during heatwaves." read "…heat waves" came out "…souffre de chauffage")
    (r"\bheatwave\b", "heat wave"),
    # "It's very foggy this morning." → "C'est très brouillard ce matin.", "It's foggy…" → "C'est brouillard…";
    # "There's a lot of fog": "Il y a beaucoup de brouillard…"
    (r"\bit(['’]s|\s+is|\s+was)\s+(?:very|really|extremely)\s+foggy\b", r"there\1 a lot of fog"),
    (r"\bit(['’]s|\s+is|\s+was)\s+so\s+foggy\b", r"there\1 so much fog"),
    (r"\bit(['’]s|\s+is|\s+was)\s+foggy\b", r"there\1 fog"),
    # "It's boiling hot today." → "Il fait bouillir aujourd'hui.", "It was boiling hot in the car." → "Il faisait
    # bouillir…", "It's boiling today." → "…c'est bouilliant."; "very hot": "Il fait très chaud"
    (rf"{_IT_IS}\s+boiling\s+hot\b", r"it\1\2 very hot"),
    (rf"{_NO_POT}{_IT_IS}\s+(?:absolutely\s+)?boiling\b{_WHEN_OR_END}", r"\1it\2\3 very hot"),
    # "I got soaked on the way home." → "J'ai été tellement cuit…", "My clothes are soaked." → "…tellement cuits.",
    # "I'm soaked to the skin." → "Je suis siaké…"; "completely wet": "complètement mouillé"; not what one soaks ("The
    # beans are soaked overnight", "soaked in vinegar")
    # ("completely soaked" had read "completely completely wet": measure44, s37)
    (rf"\b((?:{BE}|got|get|gets|getting)(?:\s+(?:really|so))?)(?:\s+(?:absolutely|completely|totally))?\s+soaked"
     r"(?:\s+through|\s+to\s+the\s+(?:skin|bone))?\b(?!\s+(?:in|with|for|overnight|up)\b(?!\s+the\s+rain\b))",
     r"\1 completely wet"),
    # "It's drizzling." → "C'est en train de décrire.", "It started drizzling." → "Ça s'est mis à tourner."; "raining a
    # little": "Il pleut un peu"
    # the weather's, with nothing poured after it ("She started drizzling honey on the toast." had become "…à pleuvoir
    # un peu de miel…")
    (r"\b(it(?:['’]s|\s+is|\s+was)|started|starts|began|keeps|kept)\s+drizzling\b(?=\s*(?:[.,;:!?]|$)|\s+(?:again|"
     r"all|today|tonight|this|outside|at|in\s+the|and|so|but|when|as|for|since|after|before|now)\b)",
     r"\1 raining a little"),
    # "We had great weather in Spain." → "…beaucoup de temps…", "We had lovely weather." → "…du temps adorable.",
    # "We had amazing weather…" → "…du temps incroyable…"; "beautiful weather": "du beau temps"
    (r"\b(had|have|having|has)\s+(?:really\s+)?(?:great|lovely|amazing|fantastic|gorgeous)\s+weather\b",
     r"\1 beautiful weather"),
    # "What terrible weather!" → "Quel beau temps !" (the very opposite); "awful": "Quel temps affreux !"
    (rf"^what\s+(?:terrible|dreadful)\s+weather{AT_END}", "What awful weather"),
    # "What a lovely sunny morning!" → "Quel beau matin !", "It's a lovely sunny day." → "C'est un jour adorable."
    # (the sun left out); "beautiful": "…un beau jour ensoleillé."
    (r"\blovely\s+sunny\b", "beautiful sunny"),
    # "I got sunburnt at the beach." → "J'ai été abasourdi…" (stunned), "My back is sunburnt." → "Mon dos est
    # abasourdi."; "burned by the sun": "brûlé par le soleil"
    (rf"\b((?:{BE}|got|get|gets|getting)(?:\s+(?:badly|really|very|a\s+bit|so))?)\s+sunburn(?:t|ed)\b",
     r"\1 burned by the sun"),
    # "The sea was rough today." → "La mer était rude…", "The sea was rough." → "…rugueux."; "agitée"
    (rf"\b(the\s+sea\s+{BE}(?:\s+(?:very|quite|really|too|a\s+bit|so))?)\s+rough\b", r"\1 agitated"),
    # "The kids built a sandcastle." → "…un sable."; in two words "un château de sable"
    (r"\bsandcastle(s?)\b", r"sand castle\1"),
    # "The ski slopes are closed…" → "Les jupes sont fermées…", "The ski slopes are very icy." → "Les bouchons de
    # ski…"; the French word "les pistes" comes out "Les pistes…"
    (r"\bski\s+(?:slopes|runs)\b", "pistes"),
    # "We spent the night in a mountain hut." → "…dans une corde de montagne."; "un refuge de montagne"
    (r"\bmountain\s+hut(s?)\b", r"mountain refuge\1"),
    # "The path was muddy after the rain." → "Le chemin était boudon…", "The boots are muddy." → "Les bottes sont
    # boues.", "It's muddy outside." → "C'est boue dehors."; "covered in mud", "a lot of mud"
    (r"\bit(['’]s|\s+is|\s+was)\s+(?:very\s+|really\s+|so\s+)?muddy\b", r"there\1 a lot of mud"),
    (rf"\b({BE})(?:\s+(?:very|really|so|all|quite))?\s+muddy\b", r"\1 covered in mud"),
    # "Tomorrow will be cloudy with a chance of rain." → "…une chance de pluie.", "a chance of showers" → "une chance
    # de douches"; a forecast's "risk" ("un risque de pluie"), its showers rain
    (r"\b(a|some|no|little)\s+chance\s+of\s+showers\b", r"\1 risk of rain"),
    (r"\b(a|some|no|little)\s+chance\s+of\s+(rain|snow|storms|frost|fog|hail)\b", r"\1 risk of \2"),
    (r"\b(\d+|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety)(\s+(?:percent|per\s+cent|%))\s+chance\s+of\s+"
     r"(rain|snow|storms)\b", r"\1\2 risk of \3"),
    # "There will be showers in the afternoon." → "Il y aura des douches…", "Scattered showers are expected later
    # today." → "On s'attend à ce qu'il y ait plus tard…"; said as rain ("There will be rain": "Il y aura de la pluie")
    (r"\bthere\s+will\s+be\s+heavy\s+showers\b", "there will be heavy rain"),   # not "some rain": "un peu de pluie"
    (r"\bthere\s+will\s+be\s+(?:some\s+|a\s+few\s+|scattered\s+)?showers\b", "there will be some rain"),
    (r"^(?:scattered\s+|a\s+few\s+|some\s+)?showers\s+are\s+(?:expected|forecast)\b", "Rain is expected"),
    # "Storms are forecast for tonight." → "Les étudiants sont prévus…"; "expected" is read "There will be…" after
    # the phrases (read_forecasts)
    # ("Rain is forecast for this evening." said "…expected this evening": with "for" it came out "Il pleuvra pour ce
    # soir.")
    (rf"^((?:(?:heavy|strong|thick|light)\s+)?{_WEATHER})\s+(is|are)\s+forecast(?:\s+for(?={_WHEN}))?\b(?!\s+to\b)",
     r"\1 \2 expected"),
    # "It's raining cats and dogs." → "Il pleut des chats et des chiens." (word for word); "Il pleut fortement."
    # not where the saying itself is spoken of ("…whereas in English they say it is raining cats and dogs")
    (r"^(?!.*\b(?:English|French|say|says|said|saying|sayings|expression|idiom|phrase)\b)(.*?)"
     r"\b(raining|rained|rains)\s+cats\s+and\s+dogs\b", r"\1\2 heavily"),
    # "Wear sunscreen even when it's cloudy." → "Porte du soleil…"; "Put on": "Mets-toi de la crème solaire…"
    (r"\bwear\s+(sunscreen|sun\s?cream|sunblock)\b", r"put on \1"),
    # "We need to shovel the snow…" → "…tirer la neige…", "…faire des courses à la neige."; "He cleared the snow…"
    # → "Il débarrassa…"; "remove": "retirer la neige"
    (r"\b(?:shovel|clear)\s+(the|some|all\s+the)\s+snow\b", r"remove \1 snow"),
    (r"\b(?:shovelled|shoveled|cleared)\s+(the|some|all\s+the)\s+snow\b", r"removed \1 snow"),
    # "The wind is picking up." → "Le vent prend.", "The wind picked up in the afternoon." → "Le vent ramassa…";
    # "getting stronger": "Le vent devient plus fort."
    (r"\bthe\s+wind\s+is\s+picking\s+up\b", "the wind is getting stronger"),
    (r"\bthe\s+wind\s+picked\s+up\b", "the wind became stronger"),
    # "The planet is getting warmer." → "La planète se fait plus chaud."; "warming up": "La planète se réchauffe."
    # opening a line only ("Scientists agree that the planet is getting warmer." came out right, "…que la planète se
    # réchauffe"; read, "…que la planète réchauffe")
    (r"^(the|our)\s+(planet|world)\s+is\s+getting\s+warmer\b(?!\s+and\s+warmer\b)", r"\1 \2 is warming up"),
    # "The leaves turn yellow in October." → "Les feuilles tournent jaunes…", "The sky turned black." → "Le ciel a
    # tourné en noir."; "become" ("deviennent jaunes"; "are turning" is demo's)
    # not a traffic light's ("I didn't notice the light turn red." came out "…que le feu tournait au rouge", read:
    # "…que la lumière est devenue rouge")
    (rf"{_NO_LIGHT}\bturns\s+{_COLOUR_END}", "becomes "), (rf"{_NO_LIGHT}\bturned\s+{_COLOUR_END}", "became "),
    (rf"{_NO_LIGHT}\bturn\s+{_COLOUR_END}", "become "),
    # "There was a power cut last night." → "Il y a eu une coupure la nuit dernière."; "an electricity cut": "une
    # coupure d'électricité"
    (r"\ba\s+power\s+(?:cut|outage|failure)\b", "an electricity cut"),
    # left55 (s41): "the power cut" too ("The power cut lasted three hours." → «L'électricité dura trois heures.»,
    # the cut lost; read so: «La réduction de l'électricité dura…», which mends/terms.py writes «La coupure de
    # courant dura…»)
    (r"\b(the|this|that)\s+power\s+(?:cut|outage|failure)\b", r"\1 electricity cut"),
    # "We lost power during the storm." → "Nous avons perdu le pouvoir…", "…without power" → "…sans pouvoir"; a
    # storm's (not a party's: "The Liberals lost power in 1984")
    # (nor a king's, a government's: "The king lost power for days." had become "…l'électricité…")
    (r"^(?!.*\b(?:party|parties|government|liberals?|conservatives?|tories|labour|kings?|queens?|president|regime|"
     r"ministers?|elections?|coup|parliament|dictator|emperor|empire|army|rebels|protests?|dynasty)\b)"
     r"(?=.*\b(?:storms?|winds?|snow|ice|blizzard|hurricane|flood\w*|lightning)\b|.*\bfor\s+(?:\w+\s+)?(?:hours|days)"
     r"\b)(.*?)\b(lost|without|no)\s+power\b(?!\s+(?:to|of|over)\b)", r"\1\2 electricity"),
    # "I love to lie on the beach." → "J'adore mentir sur la plage." (to tell lies); "relax": "J'adore me détendre
    # sur la plage." ("We lay on the beach" came out right, "allongés"); not "lying" (a body lying on the beach)
    # (not forbidden: "Don't lie on the sand without a towel." had been read "Ne te détends pas…")
    (r"(?<!n['’]t\s)(?<!\bnot\s)(?<!\bnever\s)\blie\s+(?=on\s+the\s+(?:beach|sand)\b)", "relax "),
    (r"\b(love|like|enjoy|enjoyed|loved|liked|spent\s+the\s+(?:day|afternoon|morning)|spend\s+the\s+(?:day|afternoon|"
     r"morning))\s+lying\s+(?=on\s+the\s+(?:beach|sand)\b)", r"\1 relaxing "),
    # demo probe s30: "What's the weather like today?" → "Quel temps est le temps aujourd'hui ?", "What is the weather
    # like tomorrow?" → "Quel temps est le temps demain ?", "…like now?" → "Quel temps est le temps, maintenant ?";
    # said "How is the weather" ("Quel temps fait-il aujourd'hui ?"); before these times only ("What's the weather
    # like in Paris?" came out right, read "Comment est le temps à Paris ?"; "…like this morning" was right too)
    (r"^what(?:['’]s|\s+is)\s+the\s+weather\s+like"
     r"(?=\s+(?:today|tomorrow|tonight|now|right\s+now|at\s+the\s+moment)\b)", "how is the weather"),
    # long30 (s30): "2023 was the warmest year ever recorded." → "…l'année la plus chaleureuse." (warm as a welcome),
    # "The last ten years were the warmest ever recorded…" → "…les plus chaleureuses…"; "hottest": "…l'année la plus
    # chaude.", "Cet été était le plus chaud jamais enregistré…" (not "the warmest welcome", "warmest regards")
    (r"\bthe\s+warmest\b(?=\s+(?:(?:years?|summers?|winters?|months?|days?|decades?|autumn|spring|nights?)\b|"
     r"ever\s+(?:recorded|measured)\b|on\s+record\b))", "the hottest"),
    # ("She loves lying on the beach." had come out "Elle adore mentir sur la plage."; read "…se détendre…", as
    # "He enjoys…", "My mum likes…" in hunt30)
    (r"\b(love|like|enjoy|loves|likes|enjoys|enjoyed|loved|liked|spent\s+the\s+(?:day|afternoon|morning)|"
     r"spend\s+the\s+(?:day|afternoon|morning))\s+lying\s+(?=on\s+the\s+(?:beach|sand)\b)", r"\1 relaxing "),
    # demo30b (s30): "Heavy rain caused flooding in the south of the country." → "La pluie de heavy a causé…" (the
    # word left in English); "a lot of rain": "Beaucoup de pluies ont causé des inondations…", "…à cause de beaucoup
    # de pluie." (not "a heavy rain", "the heavy rain", nor a forecast "Heavy rain is expected", read_forecasts's;
    # not rain falling, which came out right: "Heavy rain fell all day." → "Il pleuvait toute la journée.", read so
    # "Beaucoup de pluie tombèrent…"; nor "drove through heavy rain": "traversé beaucoup de pluie", the drive lost;
    # nor a forecast "There will be heavy rain", the reading of "heavy showers" above)
    (r"(?<!\ba\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthrough\s)(?<!\bbe\s)\bheavy\s+rain\b(?!s)(?!\s+(?:is|are|was|were)\s+"
     r"expected\b)(?!\s+(?:(?:is|was|has|had|kept)\s+)?(?:fell|falls?|falling|fallen|poured|pours?|pouring)\b)",
     "a lot of rain"),
    # demo31 (s31): "I hate the cold, I can't wait for summer." → "Je déteste le rhume…" (the illness), "I hate the
    # cold." → "Je déteste le rhume."; "cold weather": "Je déteste le temps froid…" (a clause's end only: "She hates the
    # cold, so…" came out right and "hates the cold water" is no weather)
    (r"\b(hate|hates|hated)\s+the\s+cold(?=\s*(?:[.,;:!?]|$))", r"\1 cold weather"),
    # words33 (s32): "The forecast says it will snow tonight, so drive carefully…" → "L'avion dit qu'il va neiger…",
    # "The forecast says it will snow." → "L'avion dit qu'il neigera."; "weather forecast": "Les prévisions
    # météorologiques indiquent/disent…" (4 of 4); what it says only (not "the weather forecast", already right)
    (r"(?<!\bweather\s)\b(the)\s+forecast\s+(?=(?:says|said)\b)", r"\1 weather forecast "),
    # "What's the weather like in Paris at this time of year?" → "…à cette heure de l'année ?", "Is it cold in
    # Scotland at this time of year?" → "…à cette heure de l'année ?"; "at this season": «à cette saison»
    (r"\bat\s+this\s+time\s+of\s+(?:the\s+)?year\b", "at this season"),
    # "Heavy snow has closed several roads…" → "Sa neige a fermé…", "Heavy snow is causing problems on the roads." →
    # "Sa neige cause…", "Heavy snow blocked the road…" → "Il neige bloqua…"; "a lot of snow": «Beaucoup de neige a
    # fermé…» (as weather.py reads heavy rain: not "the heavy snow", nor snow falling: "A lot of snow fell…" came
    # out «…tombèrent», nor a forecast "Heavy snow is expected", read_forecasts's)
    (r"(?<!\ba\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthrough\s)(?<!\bbe\s)\bheavy\s+snow\b(?!fall|s)(?!\s+(?:is|are|was|"
     r"were)\s+expected\b)(?!\s+(?:(?:is|was|has|had|kept)\s+)?(?:fell|falls?|falling|fallen)\b)", "a lot of snow"),
    # "…when the beaches are empty and the air smells of salt." → "…et les odeurs de sel." (the air lost); "has a smell
    # of": «…et l'air a une odeur de sel», «La cuisine a une odeur d'ail», «Sa veste a une odeur de cigarettes» (a
    # thing's smell, after "the" or a possessive)
    (rf"\b((?:the|{POSSESSIVE})\s+(?:[\w-]+\s+)?[\w-]+)\s+smells\s+of\b", r"\1 has a smell of"),
    # "…and drivers are advised to avoid the main roads…" → "…sont conseillés d'éviter…", "Residents are advised to
    # stay at home." → "…sont conseillés de rester…"; "should": «…les conducteurs devraient éviter les routes
    # principales…», «Les résidents devraient rester à la maison», «Les passengers devraient arriver…»
    (r"\b(?:are|is)\s+(?:strongly\s+)?advised\s+to\b", "should"),
    # the day's highest temperature: "Today will be cloudy with a high of 18 degrees." → «…un grand nombre de 18
    # degrés.», "Lundi, il y aura une pleuve de 15 degrés." (the rain and the high merged); "a maximum of": «un
    # maximum de 18 degrés» (5 sentences of 5); only before a number of degrees
    (r"\b(a|the)\s+high\s+of(?=\s+(?:about\s+|around\s+)?[-−]?\d+\s*(?:°|degrees?\b))", r"\1 maximum of"),
)
