"""A first visitor's phrases (measure40, session 36) the model read in another sense, read in words it knows.

The second probe of 100 first-visit sentences found "…and the bakery is just opposite the bank." come out «…le
bâillon est tout à fait opposé à la banque.» (place "opposite" read as the adjective), "The local team won the match
two to one." «…a gagné la partie deux.» (the score lost), "…I didn't have enough time to revise this year." «…pour
revoir…» (British "revise" is to study), "…or do we have to start the whole thing again?" «…toute la question ?».
Each is read as a paraphrase that came out right («en face de la banque», «2 à 1», «étudier», «tout recommencer»)
in at least three sentences, none worse.
"""
from __future__ import annotations

from ..numbers import ENGLISH_NUMBERS

_DIGIT = {"nil": "0"} | {word: str(ENGLISH_NUMBERS[word]) for word in
                         "zero one two three four five six seven eight nine ten".split()}
_NUMBER = f"({'|'.join(_DIGIT)})"
# a line about a match's result (not "from two to four", "one to one meetings")
_RESULT = r"^(?=.*\b(?:won|win|wins|lost|lose|loses|beat|beats|drew|draw|score|scored|match|game|final)\b)"
_ENDS = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:in|at|on|against|last|yesterday|today|tonight|this|after|with)\b)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "The bakery is just opposite the bank." → «…est juste d'en face à la banque.», "…and the bakery is just
    # opposite the bank." «…le bâillon est tout à fait opposé…», "The bakery is opposite the bank." «…d'autre à la
    # banque»; "right across from": «…est en face de la banque.», «L'école est en face de l'église.»; a place
    # only (not "the opposite of", "the exact opposite", "opposite sides")
    (r"(?<!\bthe\s)(?<!\ban\s)(?<!\bexact\s)(?<!\bquite\s)\b(?:just\s+|directly\s+|right\s+)?opposite\s+"
     r"(?=(?:the|a|an|my|our|your|his|her|their|this|that)\s)", "right across from "),
    # "The local team won the match two to one." → «…a gagné la partie deux.»; "2 to 1": «…la partie 2 à 1.»
    # ("We won three-nil" is read so already, «3-0»); each number word in turn, then the one after "to"
    *((rf"{_RESULT}(.*?)(?<!\bfrom\s)\b{word}\s+to\s+(?=(?:{_NUMBER}|\d{{1,2}}){_ENDS})", rf"\g<1>{digit} to ")
      for word, digit in _DIGIT.items()),
    *((rf"{_RESULT}(.*?(?<!\bfrom\s)\b\d{{1,2}}\s+to\s+){word}{_ENDS}", rf"\g<1>{digit}")
      for word, digit in _DIGIT.items()),
    # "…I didn't have enough time to revise this year." → «…pour revoir cette année.»; "study": «…pour étudier
    # cette année.» (school.py reads "revise for", "revise together"); bare "revise", no thing revised
    *((rf"\b{typed}(?=\s*(?:[.,;:!?]|$)|\s+(?:tonight|today|tomorrow|now|hard|properly|at\s+home|"
     r"(?:this|next|every|all)\s+(?:year|week|weekend|term|summer|evening|morning|afternoon|night|day)\b))",
     said) for typed, said in (("revise", "study"), ("revising", "studying"))),
    # "…or do we have to start the whole thing again?" → «…recommencer toute la question ?»; "everything": «…tout
    # recommencer ?»
    (r"\b(start|starting|started|do|doing|redo|begin)\s+the\s+whole\s+thing\s+(again|over)\b",
     r"\1 everything again"),
    # "Please find attached the report…, and let me know if you have any questions." → «…et je vous prie de savoir
    # si…» ("me" lost; "Please let me know…" alone is right); "and tell me": «…et me dire si vous avez des questions»
    (r",\s+and\s+let\s+me\s+know\b", ". Please let me know"),
    # "…I should drink more water, eat more vegetables and rest for a few days." → «…et de repos pendant quelques
    # jours.»; "get some rest": «…et je devrais me reposer quelques jours.»
    (r"(,\s+(?:\w+\s+){1,4}\w+\s+)and\s+rest\s+(?=for\b)", r"\1and get some rest "),
    # "…a double room with a view of the sea, but they gave us one facing the car park." → «…un visage au
    # parking.»; "a room over": «…une chambre sur le parking.» (a hotel room's line only)
    (r"^(?=.*\b(?:rooms?|hotel|booked|suite)\b)(.*?)\bone\s+(?:facing|overlooking|looking\s+(?:out\s+)?onto)\s+the\b",
     r"\1a room over the"),
    # "The kitchen sink is blocked again and I think we need to call a plumber this week." → «…est bloqué et je
    # pense…» ("again" lost; "…again, and I…" lost it too); two sentences: «…est à nouveau bloqué. Je pense…»
    *((rf"\bagain\s+and\s+{who}\s+(?=(?:think|need|have|must|should|can['’]t|don['’]t)\b)", f"again. {said} ")
      for who, said in (("I", "I"), ("we", "We"))),
)
