"""Interface strings (buttons, form errors, status lines, sign-in links, a shop's cart) that the model read as another
meaning.

The model learnt no software: "Passwords do not match." came out "Les mots n'allument pas.", "Something went wrong."
"Quelque chose s'est trompé.", "Out of stock" "C'est en stock", "Scroll down." "Casse-toi !", "Sign In" "Signez
In"; each is read as a paraphrase it translates right ("the passwords are not the
same": "Les mots de passe ne sont pas les mêmes."). A label standing alone is read only as the whole line, so a
sentence that uses its words is left. A button's name is kept as typed (markup.UI_LABEL copies a quoted one): the
visitor names what is on their screen, and the model knows no French UI's words. A step that opens a line ("Click
Save to…", "Press Enter to…", "Select File, then click Open.") is no reading here: read "Click on Tom", "Press on X",
"Click on the button Tom" the model wrote "Cliquez Tom", "Clique-toi X", "montez sur", "le bouton de Tom" in tries
of 50 sentences, so ui_steps.py writes the step in French and the model reads only its purpose.
Each was kept only where its paraphrase came out right in at least three strings and no string tried came out worse.
"""

from __future__ import annotations

_LINE = r"(?=\s*[.!]?\s*$)"    # the label is the whole line: "Sign in", "Sign in.", not "Sign in to your bank…"
_NOT_FOUND = ("page", "file", "account")
_OPENS = r"(?:^|(?<=[.!?]\s))"
_DET = r"(?:the|a|an|some|your|my|our|his|her|their|this|that|these|those|all\s+the|two|three|four)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Passwords do not match." → "Les mots n'allument pas.", "The passwords do not match." → "…ne sont pas allumés.";
    # "the passwords are not the same": "Les mots de passe ne sont pas les mêmes."
    (r"\b(?:the\s+)?passwords\s+(?:do\s+not|don['’]t)\s+match\b", "the passwords are not the same"),
    # "Invalid email address." → "L'adresse électronique." (invalid lost), "Invalid password." → "Invalide le mot de
    # passe."; "the email address is not valid": "L'adresse électronique n'est pas valable."
    (r"^invalid\s+(e-?mail\s+address|password|phone\s+number)" + _LINE, r"the \1 is not valid"),
    # "Incorrect password." → "Le mot de passe." (incorrect lost), "Wrong password." → "Wrong mot de passe.";
    # "the password is not correct": "Le mot de passe n'est pas correct."
    (r"^(?:incorrect|wrong)\s+password" + _LINE, "the password is not correct"),
    # "Forgot your password?" → "Ouvrez votre mot de passe ?", "Forgot password?" → "Les mots de passe-t-il ?";
    # "Have you forgotten your password?": "Avez-vous oublié votre mot de passe ?"
    (r"^forgot\s+(?:your\s+)?password\s*\?", "have you forgotten your password?"),
    # "Something went wrong." → "Quelque chose s'est trompé."; "a problem occurred": "Un problème s'est produit."; not
    # something that went wrong with a thing ("Something went wrong with the car")
    (r"\bsomething\s+went\s+wrong\b(?=\s*[.!]|\s*$)", "a problem occurred"),
    # "Page not found." → "Ne trouvez pas.", "File not found." → "Ne retrouvez pas."; "The page was not found.":
    # "La page n'a pas été trouvée."
    *((rf"^{what}\s+not\s+found{_LINE}", f"the {what} was not found") for what in _NOT_FOUND),
    # "Out of stock" → "C'est en stock" (the very opposite); "not in stock": "Pas en stock" (orders reads "is out of
    # stock")
    (r"^out\s+of\s+stock" + _LINE, "not in stock"),
    # "Add to cart" → "Ajoutez-vous à œil", "Add To Cart" → "Ajoutez-vous à Cart"; "add to the basket": "Ajoutez au
    # panier"; "Your cart is empty." → "Ta voiture est vide."; "shopping basket": "Ton panier est vide."; not
    # "the cart" (a horse's)
    (r"\badd\s+to\s+(?:cart|basket)\b", "add to the basket"),
    (r"\bremove\s+from\s+(?:cart|basket)\b", "remove from the basket"),
    (r"\b(your|my)\s+(?:shopping\s+)?cart\s+is\s+empty\b", r"\1 shopping basket is empty"),
    # "Select a file." → "Voyez un fichier !", "Select your language." → "Voyez votre langue."; "choose": "Choisis…"
    (r"^select\s+(a|an|the|your)\b", r"choose \1"),
    # "Scroll down." → "Casse-toi !", "Scroll up." → "Monte-toi."; "go down the page": "Descends la page !"
    # the instruction only, opening the line ("The ad will pop in when you scroll down." is left)
    (r"^(please\s+)?scroll\s+(down|up)\b(?!\s+(?:the|this|a)\b)", r"\1go \2 the page"),
    # "Sign In" → "Signez In", "Log in" → "Venez dedans"; "connect yourself": "Connectez-vous"; the whole line only
    (r"^(?:sign|log)\s+in" + _LINE, "connect yourself"),
    # "Sign out" → "Signez"; "close the session": "Fermez la session" (what the model says for "Log out")
    (r"^sign\s+out" + _LINE, "close the session"),
    # "Sign up" → "Signez-vous", "Create an account." → "Attendez un compte."; "open an account": "Ouvrez un compte"
    (r"^(?:sign\s+up|create\s+(?:an\s+)?account)" + _LINE, "open an account"),
    # "Remember me" → "Souviens-moi", "Keep me signed in." → "Garde-moi signé."; "stay connected": "Reste connecté"
    (r"^(?:remember\s+me|keep\s+me\s+(?:signed|logged)\s+in)" + _LINE, "stay connected"),
    # "Confirm your password." → "Conduis ton mot de passe !"; "the password": "Confirmez le mot de passe."
    (r"^confirm\s+your\s+password\b", "confirm the password"),   # "Please confirm your…": right as typed
    # "Changes saved." → "Les changements sauvèrent."; "The changes have been saved.": "…ont été sauvés."
    (r"^changes\s+saved" + _LINE, "the changes have been saved"),
    # "Save changes" → "Les choses changent", "Save Changes" → "Sauvez des Changes"; "save the changes": "Garde les
    # changements" (the lone button)
    (r"^save\s+changes" + _LINE, "save the changes"),
    # "Do you want to save your changes?" → "Veux-tu économiser tes changements ?"; "keep": "Veux-tu garder tes
    # changements ?"
    (r"\b(do\s+you\s+want|would\s+you\s+like)\s+to\s+save\s+(your|the)\s+changes\b", r"\1 to keep \2 changes"),
    # "Type your name in the box." → «Dites votre nom dans la boîte.»; "write": «Écrivez votre nom dans la boîte.»,
    # «Écris ton mot de passe à nouveau.», «Écrivez l'adresse…» (3 of 3); not "type in", "type of"
    (rf"{_OPENS}type\s+(?={_DET}\b)", "write "),
    # "Insert the card into the machine." → «Enseignez la carte dans la machine.»; "put": «Mettez la carte dans la
    # machine.», «Mettez la clé dans la serrure.», «Mettez les pièces…» (3 of 3)
    (rf"{_OPENS}insert\s+(?={_DET}\b)", "put "),
)
