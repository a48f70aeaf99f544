"""Phrases of sport and fitness (matches and scores, teams, football, running, injuries) read in words the model knows.

The model learnt "match" as a matchstick, "drew" as drawing a picture and "sent off" as a letter posted: "He injured
his knee during the match." came out "…pendant l'allumette.", "We drew 2-2." "Nous avons tiré 2-2.", "It was a
draw." "C'était un dessin.". Each phrase below is read as a paraphrase the model translates right, only in the frame
where it speaks of sport; each was kept only where no sentence of the corpus that it matched came out worse.
"""

from __future__ import annotations

from .common import AT_END, POSSESSIVE
from ..numbers import ENGLISH_NUMBERS

# a football club a fan supports (its name as the model keeps it: "Manchester United" came out "Manchester")
_CLUB = (r"(?-i:Liverpool|Arsenal|Chelsea|Everton|Tottenham|Barcelona|Real\s+Madrid|Juventus|Bayern|Marseille|Lyon)"
         r"\b")
_NTH = r"(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"

_DIGIT = {"nil": "0"} | {word: str(ENGLISH_NUMBERS[word]) for word in
                         "zero one two three four five six seven eight nine ten".split()}
_NUMBER = f"({'|'.join(_DIGIT)})"
# a line about a match's result (not "from two to four", "one to one meetings")
_RESULT = r"^(?=.*\b(?:won|win|wins|lost|lose|loses|beat|beats|drew|draw|score|scored|match|game|final)\b)"
_ENDS = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:in|at|on|against|last|yesterday|today|tonight|this|after|with)\b)"
PHRASES = (   # sport and fitness: (the phrase; its paraphrase), as in orders.py
    # "He injured his knee during the match." → "…pendant l'allumette."; said "game" ("…pendant la partie."); only
    # after "during" ("watching the match" came out right: "en regardant le match")
    (r"\b(during)\s+the\s+match\b(?!\s+(?:box|boxes|stick|sticks|was\s+struck|went\s+out)\b)",
     r"\1 the game"),
    # "Was the match on TV?" → "Est-ce que l'allumette était à la télévision ?"; "Is the game on TV?": "Le match…"
    (r"\b(is|was)\s+the\s+match\s+on\s+(TV|television)\b", r"\1 the game on \2"),
    # "We drew 2-2." → "Nous avons tiré 2-2."; said "finished" ("Nous avons terminé 2-2.")
    (r"\b(we|they|you)\s+drew\s+(\d{1,2}\s*[-–]\s*\d{1,2})\b", r"\1 finished \2"),
    # "It was a draw." → "C'était un dessin.", "It was a tie." → "…une cravate."; said "ended without a winner"
    (rf"\b(it|the\s+match|the\s+game)\s+was\s+a\s+(?:draw|tie){AT_END}", r"\1 ended without a winner"),
    # "Which team do you support?" → "Quelle équipe appuies-tu ?"; "like": "Quelle équipe aimes-tu ?"
    (r"\bwhich\s+team\s+do\s+you\s+support\b", r"which team do you like"),
    # "Do you play any sports?" → "Jetez-vous un quelconque sport ?"; "Est-ce que tu fais du sport ?"
    (r"\bdo\s+you\s+play\s+(?:any\s+)?sports?(?=\s*\?)", r"do you do sport"),
    # "He was sent off." → "Il a été envoyé." (posted); said "expelled from the game"; only at the clause's end
    (rf"\b(he|she)\s+(was|got)\s+sent\s+off{AT_END}", r"\1 was expelled from the game"),
    # "The kick-off is at three." → "La bouteille est à trois heures."; "Le match commence à trois heures."
    (r"\b(?:the\s+)?kick[\s-]?off\s+is\s+at\b", r"the game starts at"),
    # "She ran a half marathon." → "Elle a couru un demi-sœur."; hyphened: "un demi-marathon"
    (r"\bhalf\s+marathon(s?)\b", r"half-marathon\1"),
    # "He came second." → "Il vint seconde."; "Il a fini à la deuxième place."
    (rf"\b(I|he|she|we|they|you)\s+came\s+{_NTH}{AT_END}", r"\1 finished in \2 place"),
    # "He scored twice." → "Il a crié deux fois."; "Il a marqué deux buts."
    (r"\bscored\s+twice\b", r"scored two goals"),
    # "I sprained my ankle." → "J'ai renversé ma cheville.", "I twisted my ankle…" → "J'ai avoué ma cheville…";
    # said "injured" ("Je me suis blessé la cheville")
    (rf"\b(?:sprained|twisted)\s+({POSSESSIVE})\s+(ankle|knee)\b", r"injured \1 \2"),
    # "Bad luck!" → "Papa de chance !", "Hard luck!" → "Bonne chance !" (the very opposite); "Quel dommage !"
    (r"^(?:bad|hard|tough)\s+luck(?=\s*!)", r"What a pity"),
    # "Well played!" → "Eh bien jouait !"; said "Bravo!" ("Bravo !")
    (r"^well\s+played(?=\s*!)", r"Bravo"),
    # "I'm not really into football." → "Je ne suis pas vraiment en football."; "Je n'aime pas vraiment le football."
    (r"\bI['’]m\s+not\s+(really\s+)?into\s+(sports?|football|rugby|tennis|running|cycling|swimming)\b",
     r"I don't \1like \2"),
    # "He's a footballer." → "C'est un football."; "football player": "C'est un footballeur."
    (r"(?<!professional\s)\bfootballer(s?)\b", r"football player\1"),
    # "What's the score?" → "Quelle est la crème ?"; said "the result" ("Quel est le résultat ?")
    (r"\b(what['’]s|what\s+is)\s+the\s+score\b", "what is the result"),
    # "I support Liverpool." → "J'appuie Liverpool.", "Do you support Barcelona?" → "Apprécies-tu la Barcelone ?";
    # said "a fan of" ("Je suis un fan de Liverpool."); a club's name only (the Hansards "support Bill C-13")
    (rf"\bI\s+support\s+(?={_CLUB})", "I am a fan of "), (rf"\b(we|they)\s+support\s+(?={_CLUB})", r"\1 are fans of "),
    (rf"\bdo\s+you\s+support\s+(?={_CLUB})", "are you a fan of "), (rf"\bsupports\s+(?={_CLUB})", "is a fan of "),
    # "We met at the pub." → "…à l'étagère.", "Let's watch the game at the pub." → "…à l'étagère."; said "the bar"
    # ("Nous nous sommes rencontrés au bar."); "to the pub" and "in the pub" came out right
    (r"\bat\s+the\s+pub\b", "at the bar"),
    # "The local team won the match two to one." → «…a gagné la partie deux.»; "2 to 1": «…la partie 2 à 1.»
    # ("We won three-nil" is read so already, «3-0»); each number word in turn, then the one after "to"
    *((rf"{_RESULT}(.*?)(?<!\bfrom\s)\b{word}\s+to\s+(?=(?:{_NUMBER}|\d{{1,2}}){_ENDS})", rf"\g<1>{digit} to ")
      for word, digit in _DIGIT.items()),
    *((rf"{_RESULT}(.*?(?<!\bfrom\s)\b\d{{1,2}}\s+to\s+){word}{_ENDS}", rf"\g<1>{digit}")
      for word, digit in _DIGIT.items()),
    # "They lost two goals to nil." → «…deux buts pour niller.»; "to zero": «…deux buts à zéro.» (mends/senses.py
    # writes «buts» where the model wrote «objectifs»: "They lost by two goals to zero." «…deux objectifs à zéro.»)
    (r"\b(goals?\s+to)\s+nil\b", r"\1 zero"),
    # vocab58 (s41): "He likes car racing." → «…la pluie automobile.», "Horse racing is popular here." «La pluie…»,
    # "Car racing is dangerous." «Porter des courses…», "My father loves motor racing." «…les racines.»; said "races"
    # (the verb made plural): «…les courses automobiles.», «Les courses de chevaux sont populaires ici.», «Les courses
    # de voiture sont dangereuses.» (6 of 6; "motor races" came out «courses au moteur»: read "car races")
    (r"\b(car|horse)\s+racing\s+is\b", r"\1 races are"),
    (r"\b(car|horse)\s+racing\b", r"\1 races"),
    (r"\bmotor\s+racing\b", "car races"),
)
PHRASES += (   # senses59 (s41): a trophy won, a class of yoga or dance
    # "They won the cup last year." → «Ils ont gagné la tasse…», "Our team won the cup!" «…la tasse !», "Who will win
    # the cup this year?" «…la tasse…»; "trophy": «…remporté le trophée…» (the cup won, not "won the World Cup", nor
    # a cup of something)
    (r"\b(win|wins|won|winning)\s+the\s+cup\b(?!\s+of\b)", r"\1 the trophy"),
    # "I go to a yoga class on Mondays." → «…une classe de yoga…», "The pilates class is full." «La classe des
    # pilates…», "My salsa class starts at seven." «Ma classe de salsa…»; "course": «…un cours de yoga…» (not after
    # "the": "sign up for the yoga class" is school.py's; nor a dance class, leisure.py's look-alike of "a dance")
    *((r"(?<!\bthe\s)\b(yoga|pilates|salsa|zumba|spin|aerobics|ballet|tango|karate|judo|boxing|tai\s+chi)\s+"
       rf"{typed}\b", rf"\1 {said}") for typed, said in (("class", "course"), ("classes", "courses"))),
)
