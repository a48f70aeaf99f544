"""A first visitor's phrases (measure42, session 37) the model read literally or lost, read in words it knows.

The third probe of 100 first-visit sentences found "…with the windows closed and the curtains drawn." come out
«…avec les fenêtres fermées et les rideaux.» ("drawn" lost), "i missed the last train home so i had to sleep at a
friend's place…" «J'ai raté le dernier train à la maison alors j'ai dû dormir à la place d'un ami…» (at home;
instead of a friend), "The baby is sleeping, so please be quiet." «…alors s'il vous plaît.» (the request lost),
"…the food was delicious and it was wonderful to see you all again." «…et elle était merveilleuse de vous revoir.»
(the food was), "My flight lands at 6:45 pm on Thursday, so could someone…" «Mon vol arrive à 18 h 45, alors…» (the
day lost). Each is read as a paraphrase that came out right («les rideaux fermés», «pour rentrer chez moi», «chez
un ami», «essayez de ne pas faire de bruit», «C'était merveilleux de…», «jeudi à 18 h 45») in at least three
sentences, none worse.
"""
from __future__ import annotations

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a clock time as the line has it when phrases are read (day_halves.py and quantities.py have made "6:45 pm" 18:45 and
# "half past five" 5:30 by then)
_TIME = (rf"(?:\d{{1,2}}(?:[:.]\d{{2}})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|(?:\d{{1,2}}|{_HOUR_WORD})\s+o['’]clock|"
         rf"noon|midday|midnight|half\s+past\s+{_HOUR_WORD}|(?:a\s+)?quarter\s+(?:past|to)\s+{_HOUR_WORD})")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "…with the windows closed and the curtains drawn." → «…et les rideaux.», "The curtains were drawn when we
    # arrived." «Les rideaux furent dessinés…», "She sat in the dark with the curtains drawn." «…avec les rideaux.»;
    # "closed": «…les rideaux fermés.», «Les rideaux étaient fermés…» (not "drawn back", "drawn open": opened)
    (r"\b(curtains|drapes|blinds|shades)\s+((?:(?:are|were|is|was|be|been|being|stay|stays|stayed|remain|remains|"
     r"remained|kept|left)\s+)?(?:(?:still|already|all|always|half)\s+)?)drawn\b(?!\s+(?:back|open|aside|apart|up)\b)",
     r"\1 \2closed"),
    # "I missed the last train home." → «…le dernier train à la maison.», "What time is the last train home?" «…à la
    # maison ?»; "to get home": «…le dernier train pour rentrer chez moi.», «…pour rentrer à la maison ?»; not
    # before the train's verb ("The last bus home leaves at…" read so lost its verb: «Le dernier bus pour rentrer
    # à la maison à minuit.»)
    (r"\b((?:last|first|next|early|late)\s+(?:train|bus|tram|ferry|flight|plane|boat))\s+home\b"
     r"(?=\s*(?:[.,;:!?]|$)|\s+(?:so|and|but|or|after|before|tonight|today|on|from|because|if|when|with)\b)",
     r"\1 to get home"),
    # "i missed the last train home so i had to sleep at a friend's place…" → «…à la place d'un ami…» (instead of a
    # friend), "The party is at Tom's place this year." «…à la place de Tom…»; "house": «chez un ami», «chez Tom»
    (r"\b(at|to|from)\s+((?:(?:a|my|your|his|her|our|their|the)\s+)?(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’]))\s+place\b"
     r"(?!\s+(?:in|on)\s+the\s+(?:queue|line|list|team|table|ranking|standings)\b)",
     r"\1 \2 house"),
    # "The baby is sleeping, so please be quiet." → «…alors s'il vous plaît.» (the request lost; so with "keep quiet",
    # "be very quiet", "be silent"); "try not to make any noise": «Le bébé dort, alors essayez de ne pas faire de
    # bruit.», «Papa est au téléphone, alors s'il vous plaît, essayez…» (a sentence of its own lost its verb: «Le
    # bébé dort. Alors, je vous prie.»)
    (r"\b(so(?:\s*,\s*|\s+))please\s+(?:be|keep|stay)\s+(?:very\s+)?quiet\b", r"\1please try not to make any noise"),
    # after "," or ";" or "and" alone: «Le bébé dort, s'il vous plaît.»; a sentence of its own: «Le bébé dort. Ne faites
    # pas de bruit, s'il vous plaît.» ("Please be quiet." alone came out «Soyez tranquille», "don't worry" too); after
    # a clause with its verb only, not after whom it asks ("Everyone, please keep quiet during the exam." read so had
    # «Tout le monde ne fait aucun bruit…», "Children, please be quiet!" «Les enfants. Ne fais pas…»)
    # (a clause's end not a space: each run of spaces is tried once, in linear time)
    (r"(?:^|(?<=[.!?]\s))(?=[^.!?,;]*\b(?:is|are|was|were|am|has|have|had|can|will|must|\w+ing|\w+['’](?:s|re|m))\b)"
     r"([^.!?,;]*?[^\s.!?,;])(?:\s*[,;]\s*|\s+and\s+)please\s+(?:be|keep|stay)\s+(?:very\s+)?quiet\b",
     r"\1. Don't make any noise, please"),
    # "…the food was delicious and it was wonderful to see you all again." → «…et elle était merveilleuse de vous
    # revoir.» (the food was), "The weather was perfect and it was great to be outside." «…et il était grand d'être
    # dehors.»; a sentence of its own: «C'était merveilleux de vous revoir tous.», «C'était super d'être dehors.» (not
    # "nice": «il était chouette de vous voir tous» was right, and read so had «…de vous voir toutes.»)
    (r"(?<=\w),?\s+and\s+it\s+was\s+((?:(?:so|really|very|just)\s+)?(?:wonderful|great|lovely|fantastic|amazing|"
     r"a\s+pleasure|a\s+joy))\s+to\s+(?=(?:see|meet|be|have|hear|spend|talk|chat|visit|relax|catch)\b)",
     r". It was \1 to "),
    # "Thank you for a lovely weekend, we really enjoyed it." → «Merci pour un week-end amoureux…» (in love), "…for the
    # lovely evening; the food was delicious. It was…" «…la soirée amoureuse…», "We had a lovely evening…" «…une
    # adorable soirée…» (cute); "nice": «…un bon week-end…», «…la belle soirée…», «…une bonne soirée…»
    (r"\blovely\s+(?=(?:evening|evenings|dinner|meal|lunch|weekend|day|afternoon|morning|night|party|time|stay|"
     r"holiday|trip)\b)", "nice "),
    # "My flight lands at 6:45 pm on Thursday, so could someone…" → «Mon vol arrive à 18 h 45, alors…», "Her bus gets
    # in at half past five on Tuesday, so…" «…à cinq heures et demie, alors…» (the day lost in a longer sentence);
    # the day first: «Mon vol arrive jeudi à 18 h 45…», «…arrive mardi à cinq heures et demie…»
    (rf"\bat\s+({_TIME})\s+on\s+({_DAY}(?:\s+(?:morning|afternoon|evening|night))?)\b", r"on \2 at \1"),
)
