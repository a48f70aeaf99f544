"""Verbs a visitor's sentences read in the wrong sense: a dish someone "will have", a place "we will visit", a
stomach that "has hurt since" a time.

The model knows "prendre" for an order, "visiter" and "aller voir" for a place and "j'ai mal à l'estomac depuis", not
every shape a visitor types: "…and my wife will have the fish." came out "…ma femme aura le poisson." (she will own
it), "We will visit the museum." "Nous rendrons visite au musée." (as to a person), "we will visit it on Tuesday" "…le
rendrons mardi" (give it back), "…because my stomach has hurt since last night." "…mon estomac s'est fait mal…"; each
is read as a paraphrase it translates right. Each was kept only where its paraphrase came out right in at least three
sentences and no sentence tried came out worse (the French-side mends of verbs are in ``mends/verbs.py``).
"""

from __future__ import annotations

# one who orders at the table (not "we will have the chicken for dinner" at home: an order ends the clause)
_DINER = (r"(?:he|she|they|(?:my|our|his|her|your|their)\s+(?:wife|husband|partner|friend|son|daughter|"
          r"boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|colleague|boss|guest|kids|children|"
          r"friends|parents)|the\s+(?:kids|children))")
_FOOD = (r"(?:fish|chicken|steak|soup|salad|salmon|pasta|burger|hamburger|lamb|duck|pizza|beef|pork|risotto|"
         r"omelet(?:te)?|curry|lasagn[ae]|mussels|prawns|veal|trout|cod|tuna|tofu|quiche|stew|menu|special|"
         r"cheeseburger|sandwich|pie|cake|tart|ice\s+cream|dessert|cheese\s?cake|coffee|tea|beer|wine|juice|"
         r"lemonade|water|nuggets|fries|chips|noodles|ribs|wings)")
_ORDER_ENDS = (r"(?=\s*(?:[.,;!?]|$)|\s+(?:and|please|with|to\s+start|for\s+(?:dessert|starters?|the\s+main)|"
               r"as\s+(?:a\s+)?(?:main|starter|dessert))\b)")
# a place one goes round, not a person one calls on ("I will visit my grandmother": «rendre visite à», right)
_PLACE = (r"(?:museum|castle|cathedral|church|gallery|exhibition|old\s+town|city|town|village|palace|monument|"
          r"market|ruins|abbey|aquarium|factory|island|tower|temple|gardens)")
_WE_WILL = r"\b(we|they)(\s+will|['’]ll)\s+visit\s+"
# a part of the body that has hurt since a time, as French says it ("j'ai mal à l'estomac depuis…"); whose it is
_ACHES = (("stomach", "a stomach ache"), ("head", "a headache"), ("back", "a backache"))
_OWNERS = (("my", "I have"), ("his", "he has"), ("her", "she has"))
_HAS_HURT = r"(?:has\s+(?:hurt|ached|been\s+hurting|been\s+aching)|hurts|aches)"

# a past verb after "kindly" and its base form: "Our neighbour kindly watered our plants…" had come out «Notre voisin a
# pris l'eau à nos plantes…» (read "kindly gave water to": «a guère donné»), "My colleague kindly lent me his car."
# «…m'a guère prêté…», "The teacher kindly gave us more time." «…nous a gênés plus de temps.»; not "offered" ("She
# kindly offered to help me." read so came out «Elle a eu la gentillesse de m'aider.», the help given), nor where
# "kindly" came out right («Il m'a gentiment conduit…», "…gentiment arrosé le jardin": drove, helped, brought, paid,
# watered) or the reading did not help ("cooked dinner" «…de nous préparer à déjeuner»)
_KINDLY = {"gave": "give", "lent": "lend", "fed": "feed", "invited": "invite", "showed": "show", "sent": "send",
           "looked": "look", "picked": "pick", "fixed": "fix", "made": "make"}
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # verbs33 (s33): "I'll have the steak and my wife will have the fish." → "…ma femme aura le poisson.", "My son
    # will have the burger…" → "Mon fils aura…", "I will have the apple pie." → "J'aurai la tarte…"; "take":
    # "…ma femme prendra le poisson.", "Elle prendra un verre de vin rouge." (demo.py reads "I'll have the fish");
    # an order only: not "She will have a baby", "We will have the chicken for dinner tomorrow"
    (rf"\b({_DINER})(\s+will|['’]ll)\s+have\s+(?=(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_FOOD}\b{_ORDER_ENDS})",
     r"\1\2 take "),
    # (I or we: "the" dish only, as demo.py, there the dishes it lacks: "I'll have a coffee" came out right)
    (rf"\b(I|we)(\s+will|['’]ll)\s+have\s+(?=the\s+(?:[\w'’-]+\s+){{0,3}}?{_FOOD}\b{_ORDER_ENDS})", r"\1\2 take "),
    # verbs33 (s33): "We will visit the museum." → "Nous rendrons visite au musée.", "We'll visit the cathedral this
    # afternoon." → "…à la cathédrale…"; "go visit": "Nous irons visiter le musée." (a person is called on: left)
    (rf"{_WE_WILL}(?=the\s+(?:[\w'’-]+\s+){{0,2}}?{_PLACE}\b)", r"\1\2 go visit "),
    # verbs33 (s33): "…so we will visit it on Tuesday." → "…nous le rendrons mardi." (give it back), "We will visit
    # it on Tuesday." → "Nous nous rendrons visite mardi."; "go see it": "…nous allons le voir mardi."
    (rf"{_WE_WILL}it\b", r"\1\2 go see it"),
    # verbs33 (s33): "…because my stomach has hurt since last night." → "…mon estomac s'est fait mal depuis la nuit
    # dernière.", "My head has hurt since this morning…" → "Ma tête s'est blessée…", "My back has been hurting since
    # Monday." → "Mon dos a été blessé…"; "I have a stomach ache since yesterday evening": "J'ai mal à l'estomac
    # depuis hier soir." (French's present; "I have had" came out "J'ai eu…"; the tooth's and the throat's lost
    # "aux dents", "à la gorge")
    (rf"\b((?:my|his|her)\s+(?:stomach|head|back)\s+{_HAS_HURT}\s+since)\s+last\s+night\b", r"\1 yesterday evening"),
    *((rf"\b{whose}\s+{part}\s+{_HAS_HURT}\s+since\b", f"{who} {ache} since")
      for part, ache in _ACHES for whose, who in _OWNERS),
    # "had the kindness to": «a eu la gentillesse de me prêter sa voiture», «…de nous donner davantage de temps»,
    # «Ils ont eu la gentillesse de nous inviter à dîner.»; not "has kindly…" nor "Kindly send…" (an imperative)
    *((rf"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)\bkindly\s+{past}\b", f"had the kindness to {base}")
      for past, base in _KINDLY.items()),
    # "The children built a snowman… and gave it my old hat." → "…et l'ont donné à mon vieux chapeau." (the hat given
    # a snowman turned round); "gave him": «…et lui donna mon vieux chapeau», «…lui donna une écharpe» (a snowman's)
    (r"^(?=.*\bsnowm[ae]n\b)(.*?)\bgave\s+it\b(?=\s+(?:a|an|the|some|my|your|his|her|our|their)\b)", r"\1gave him"),
)
PHRASES += (   # fix55 (s40, measure53): a thing that will damage another
    # "Bleach will damage your hair." came out «L'eau de Javel te dégagera les cheveux.» (will clear off), "Hot water
    # can damage this fabric." «…peut dommager ce tissu.» (no such verb), "Too much sun will damage your skin."
    # «…dommagera votre peau.»; "harm": «…te nuira aux cheveux», «…peut nuire à ce tissu», «…va nuire à ta peau»;
    # after a modal or "to" only (the past "damaged" was right: «La tempête a endommagé le toit…»; "harms" came out
    # «te fait mal de coiffure»); a noun after it, not "it" or "them" ("Bleach will harm it." came out «…va le
    # faire.», "Will the heat harm it?" «…va-t-elle le mal ?»)
    (r"\b(will|would|can|could|may|might|must|should|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|['’]ll|to)"
     r"(\s+(?:not\s+|never\s+|also\s+|really\s+|seriously\s+|badly\s+)?)damage\b(?=\s+(?:the|a|an|my|your|his|"
     r"her|our|their|its|this|that|these|those)\b)", r"\1\2harm"),
)
PHRASES += (   # left55 (s41): fix55's "damage", with "it" or "them" after it
    # "Don't wash it with bleach, bleach will damage it." → «…l'eau de Javel le dégât.», "…the heat will damage it." →
    # «…va le dégâter.», "The sun can damage them." → «…peut les dommager.» (no such verbs; "harm it" had come out
    # «…va le faire.»); "ruin": «…l'eau de Javel va le ruiner.», «…la chaleur va le ruiner.», «…peut les ruiner.»,
    # «L'eau va le ruiner.» (5 of 5); the verb's plain form only (the past untried)
    (r"\bdamage\s+(it|them)\b", r"ruin \1"),
)
