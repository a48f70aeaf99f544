"""Cases of the interface-string phrases (form errors, status lines, sign-in links, a shop's cart), read by
tests/unit/test_phrasing.py with the other tables' cases: "Passwords do not match." had come out "Les mots n'allument
pas."; read "The passwords are not the same.": "Les mots de passe ne sont pas les mêmes."."""

READ = [   # (typed, read): each entry of software.PHRASES read at least once
    ("Passwords do not match.", "The passwords are not the same."),
    ("Passwords don't match.", "The passwords are not the same."),
    ("The passwords do not match.", "The passwords are not the same."),
    ("Invalid email address.", "The email address is not valid."),
    ("Invalid password", "The password is not valid"),
    ("Invalid phone number.", "The phone number is not valid."),
    ("Incorrect password.", "The password is not correct."),
    ("Wrong password.", "The password is not correct."),
    ("Forgot your password?", "Have you forgotten your password?"),
    ("Forgot password?", "Have you forgotten your password?"),
    ("Something went wrong. Please try again.", "A problem occurred. Please try again."),
    ("Oops, something went wrong!", "Oops, a problem occurred!"),
    ("Page not found.", "The page was not found."),
    ("File not found", "The file was not found"),
    ("Account not found.", "The account was not found."),
    ("Out of stock", "Not in stock"),
    ("Out Of Stock.", "Not in stock."),
    ("Add to cart", "Add to the basket"),
    ("Add To Cart", "Add to the basket"),
    ("Remove from cart.", "Remove from the basket."),
    ("Your cart is empty.", "Your shopping basket is empty."),
    ("My cart is empty.", "My shopping basket is empty."),
    ("Select a file.", "Choose a file."),
    ("Select your language.", "Choose your language."),
    ("Scroll down.", "Go down the page."),
    ("Scroll down to see more.", "Go down the page to see more."),
    ("Scroll up.", "Go up the page."),
    ("Sign in", "Connect yourself"),
    ("Sign In", "Connect yourself"),
    ("Log in.", "Connect yourself."),
    ("Sign out", "Close the session"),
    ("Sign Up", "Open an account"),
    ("Create an account.", "Open an account."),
    ("Create Account", "Open an account"),
    ("Remember me", "Stay connected"),
    ("Keep me signed in.", "Stay connected."),
    ("Confirm your password.", "Confirm the password."),
    ("Confirm your password to continue.", "Confirm the password to continue."),
    ("Changes saved.", "The changes have been recorded."),   # support.py (s32): "enregistrés", had "sauvés"
    ("Save Changes", "Save the changes"),
    ("Do you want to save your changes?", "Do you want to keep your changes?"),
    ("Would you like to save the changes?", "Would you like to keep the changes?"),
]

LEFT = [   # looks like one, but is not
    "Something went wrong with the car.",   # a thing that went wrong: said as typed
    "Sign in to your account.",              # a sentence, not a lone label
    "The cart is empty.",                    # a horse's cart, maybe
    "Scroll down the page.",
    "I forgot my password.",
    "Remember me to your mother.",
    "The file was not found in the folder.",
    "Please select a file.",                 # not the line's opening
    "Please confirm your password.",         # right as typed ("Veuillez confirmer votre mot de passe.")
    "Click Save.",                           # a button's name: left as the model writes it
    "Out of stock items are marked in red.",
    "Save changes to the file before you leave.",   # a sentence, not the lone button
]
READ += [   # imper46's readings (imper46, s38)
    ("Type your name in the box.", "Write your name in the box."),
    ("Type the code you received.", "Write the code you received."),
    ("Insert the card into the machine.", "Put the card into the machine."),
    ("Insert a coin.", "Put a coin."),
]
LEFT += [   # (imper46, s38)
    "What type of music do you like?",             # the noun
    "Type in your password.",                      # "type in"
    "Insert here.",
]
