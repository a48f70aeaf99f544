"""A first visitor's phrases (measure44, session 37) the model read literally or lost, read in words it knows.

The fifth probe of 100 first-visit sentences found "…to take one tablet three times a day…" come out «…de prendre
une table…», "Last night the power went out for three hours…" «…le pouvoir est sorti…» (political power, gone
outside), "The vet says the dog needs surgery." «…la chirurgie a besoin de chirurgie.» (the dog lost), "…the most
rewarding thing she has ever done." «…la plus récompense…», "…it would be lovely if you and your family could come."
«…cela serait aimé si…». Each is read as a paraphrase that came out right («une pilule», «l'électricité a été coupée»,
«besoin d'une opération», «satisfaisant», «génial») in at least three sentences, none worse.
"""
from __future__ import annotations

# a line of medicine (a dose, a doctor, pain…), no computer's: "I take my tablet to work." is a computer
_MEDICINE_LINE = (r"^(?=.*\b(?:pills?|medicines?|medication|doctors?|nurses?|pharmac\w+|chemist|doses?|mg|headaches?|"
                  r"pain|a\s+day|daily|twice|times|with\s+water|meals?|prescri\w+|fever|vitamins?|sick|ill)\b)"
                  r"(?!.*\b(?:computers?|laptops?|iPads?|screens?|apps?|devices?|phones?|chargers?|charged?|battery|"
                  r"keyboards?|games?|films?|movies?|stone|clay|wax)\b)(.*?)")

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # a medicine's tablet, one taken: "Take one tablet twice a day with water." → «Prends une table…», "I forgot to
    # take my tablet this morning." «…prendre ma table…»; "pill": «ma pilule», «une pilule» (the plural came out
    # «pilules» as typed; a computer's tablet is not taken: "My son watches films on his tablet." «…sa tablette.»);
    # "one pill" lost its count ("Take one pill twice a day…" «Prends une fois par jour…»): "one pill of medicine",
    # «une pilule de médicament(s)»; not "half a tablet" («une pilule»: the half lost as "pill" too)
    (rf"{_MEDICINE_LINE}\b(take|takes|took|taking|taken|swallow|swallowed)\s+one\s+tablet\b(?![’'-])",
     r"\1\2 one pill of medicine"),       # "twice" too: «Prends une pilule de médicament deux fois par jour.»
    (rf"{_MEDICINE_LINE}\b(take|takes|took|taking|taken|swallow|swallowed)\s+(a|my|your|his|her|the|this|another)\s+"
     r"tablet\b(?![’'-])(?!\s+to\s+(?:school|class|work|college|university|the\s+office)\b)", r"\1\2 \3 pill"),
    # "Yesterday the power went out for two hours." → «Hier, le pouvoir est sorti…», "When the power went out, …"
    # «Lorsque le pouvoir s'éteignit…», "Last night the power went out…" «…le pouvoir est sorti…»; "there was a power
    # cut" had «une coupure de feu», «un pouvoir de trois heures»; "the electricity was cut off": «l'électricité a été
    # coupée» (5 sentences of 5)
    (r"\b(the)\s+(?:power|electricity)\s+went\s+(?:out|off)\b", r"\1 electricity was cut off"),
    # "The vet told us that the puppy needs surgery next week." → «…que la chirurgie a besoin de chirurgie…», "My
    # father needs surgery on his knee." «…a besoin de chirurgie sur son genou.»; "an operation": «…a besoin d'une
    # opération…» (as "The doctor says she needs surgery…" already came out)
    (r"\b(needs?|needed|needing|requires?|required)\s+(?:urgent\s+)?surgery\b", r"\1 an operation"),
    # the adjective: "Teaching children is very rewarding." → «…est très récompensant.», "…is hard but rewarding."
    # «…mais récompense.», "…the most rewarding thing…" «…la plus récompense…»; "satisfying": «satisfaisant» (not the
    # verb: "The company is rewarding its staff" stays)
    # not after "to be": "I find learning languages to be very rewarding." read so came out "Je trouve des langues
    # d'apprentissage." (the judgement lost; as typed «…très récompensante.»)
    (r"(?<!\bto\sbe\s)\b(very|so|most|really|quite|extremely|incredibly|deeply|truly|hugely|immensely|a|an|but|and|"
     r"more)\s+"
     r"rewarding\b(?!\s+(?:him|her|them|us|me|you|it|the|his|their|our|its|my|your|people|staff|employees|workers|"
     r"students|children|kids|customers|good|hard|those|everyone|anyone)\b)", r"\1 satisfying"),
    # a wish: "…it would be lovely if you and your family could come." → «…cela serait aimé si…», "It would be lovely
    # if you could join us…" «Il serait aimé que…»; "great": «Ce serait génial si…»
    (r"\b(would|'d|’d)\s+be\s+(?:really\s+|so\s+)?lovely\b(?=\s+(?:if|to)\b)", r"\1 be great"),
)
