"""Everyday readings a first visitor's probe found wrong (measure37, s35), where a neighbouring form came out right:
each reading came out right in three sentences or more and no sentence tried came out worse.
"""
from __future__ import annotations

# a past verb after "kindly" and its base form: "Our neighbour kindly watered our plants…" had come out «Notre voisin a
# pris l'eau à nos plantes…» (read "kindly gave water to": «a guère donné»), "My colleague kindly lent me his car."
# «…m'a guère prêté…», "The teacher kindly gave us more time." «…nous a gênés plus de temps.»; not "offered" ("She
# kindly offered to help me." read so came out «Elle a eu la gentillesse de m'aider.», the help given), nor where
# "kindly" came out right («Il m'a gentiment conduit…», "…gentiment arrosé le jardin": drove, helped, brought, paid,
# watered) or the reading did not help ("cooked dinner" «…de nous préparer à déjeuner»)
_KINDLY = {"gave": "give", "lent": "lend", "fed": "feed", "invited": "invite", "showed": "show", "sent": "send",
           "looked": "look", "picked": "pick", "fixed": "fix", "made": "make"}
# a subject's way of spending a stay still to come ("We will spend the weekend…" came out right: «Nous passerons…»)
_STAY = (r"(?:Christmas|the\s+(?:weekend|summer|winter|holidays|night|day|week|evening)|"
         r"(?:this|next)\s+(?:weekend|summer|winter|week)|a\s+(?:week|weekend|few\s+days|month)|"
         r"(?:two|three|four|five|six|a\s+few|\d+)\s+(?:days|nights|weeks|months))\b")
PHRASES = (
    # "had the kindness to": «a eu la gentillesse de me prêter sa voiture», «…de nous donner davantage de temps»,
    # «Ils ont eu la gentillesse de nous inviter à dîner.»; not "has kindly…" nor "Kindly send…" (an imperative)
    *((rf"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bkindly\s+{past}\b", f"had the kindness to {base}")
      for past, base in _KINDLY.items()),
    # "We are spending Christmas with my parents…" → «Nous dépensons Noël…» (money), "They are spending the weekend in
    # Paris." → «Ils dépensent le week-end…»; "will spend": «Nous passerons Noël…», «Ils passeront le week-end…»
    # (not "We are spending too much money", "I am spending…" came out right: «Je passe deux semaines…»)
    (rf"\b(we|they)(?:\s+are|['’]re)\s+spending\s+(?={_STAY})", r"\1 will spend "),
    # "…we used to spend every summer at my uncle's farm" → «…nous considérions chaque été…», "They used to spend
    # each Christmas at home." → «Ils passeraient…»; "spent every summer": «nous avons passé chaque été…»
    (r"\bused\s+to\s+spend\s+(?=(?:every|each)\s+(?:summer|winter|spring|autumn|Christmas|holiday|year)\b)",
     "spent "),
)
