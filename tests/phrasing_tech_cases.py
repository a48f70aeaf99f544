"""Cases of the tech phrases (computers, phones, apps, the internet, email, passwords, printers, social media, video
calls and online shopping accounts), read by tests/unit/test_phrasing.py with the other tables' cases: "You need to
update the app before you can use it." had come out "Il faut que tu doives les pommes…"; read "You need to install the
new version of the program…": "Vous devez installer la nouvelle version du programme…"."""

READ = [   # (typed, read): each entry of tech.PHRASES read at least once
    ("What's your username?", "What's your user name?"),
    ('I forgot my username and password.', 'I forgot my user name and password.'),
    ('Please send me your CV and a cover letter.', 'Please send me your CV and a presentation letter.'),
    ('Do I need a covering letter?', 'Do I need a presentation letter?'),
    ('I downloaded a new app for learning French.', 'I downloaded a new program for learning French.'),
    ("There's a bug in the app.", "There's a bug in the program."),
    ('You can download the app from the App Store.', 'You can download the program from the App Store.'),
    ('You need to update the app before you can use it.',
     'You need to install the new version of the program before you can use it.'),
    ('Update the software.', 'Install the new version of the software.'),
    ('The software needs to be updated.', 'The software needs a new version.'),
    ("After the update, the app doesn't work any more.",
     "After installing the new version, the program doesn't work any more."),
    ('Take a screenshot and send it to me.', 'Take a photo of the screen and send it to me.'),
    ("I'll send you a screenshot.", "I'll send you a photo of the screen."),
    ('I need a new phone case.', 'I need a new protection for the phone.'),
    ('My account has been hacked.', 'My account has been attacked by a hacker.'),
    ('I think my email was hacked.', 'I think my email was attacked by a hacker.'),
    ('Proceed to checkout.', 'Proceed to the payment.'),
    ('Please log in again.', 'Please identify yourself again.'),
    ('You have to sign in again.', 'You have to identify yourself again.'),
    ('I keep getting logged out.', 'I keep getting disconnected.'),
    ('The Wi-Fi keeps disconnecting.', 'The Wi-Fi cuts all the time.'),
    ('The signal keeps dropping out.', 'The signal cuts all the time.'),
    ('The Wi-Fi password is on the back of the router.', 'The password of the Wi-Fi is on the back of the modem.'),
    ('Please enter your email address.', 'Please write your email address.'),
    ('Enter the code we sent to your phone.', 'Write the code we sent to your phone.'),
    ("You'll receive a confirmation email.", "You'll receive an email of confirmation."),
    ("I didn't receive the confirmation email.", "I didn't receive the email of confirmation."),
    ('My laptop overheats when I play games.', 'My laptop becomes too hot when I play games.'),
    ('The printer is offline.', 'The printer is not connected.'),
    ('The document is in the shared folder.', 'The document is in the shared file.'),
    ('Leave a message after the beep.', 'Leave a message after the signal.'),
    ("My laptop won't turn on.", "My laptop won't start."),
    ("The phone won't switch on.", "The phone won't start."),
    ('This phone is waterproof.', 'This phone is resistant to water.'),
    ('Did you receive the attachment?', 'Did you receive the attached file?'),
    ('Have you got the attachment?', 'Have you got the attached file?'),
    ('Just google it.', 'Just look for it on the internet.'),
    ('I looked it up online.', 'I looked for it on the internet.'),
    ('Fill in the online form.', 'Fill in the form online.'),
    ('I never read the terms and conditions.', 'I never read the general conditions.'),
    ('Do you accept the terms and conditions?', 'Do you accept the general conditions?'),
    ('The picture is blurry.', 'The picture is not clear.'),
    ('Can you crop the photo?', 'Can you cut the photo?'),
    ('How do I install this program?', 'How can I install this program?'),
    ('I set up a new email account.', 'I created a new email account.'),
    ("We've set up an online account.", "We've created an online account."),
    ('Can you help me set up an account?', 'Can you help me create an account?'),
    ('Can you help me set up my new phone?', 'Can you help me install my new phone?'),
    ('Can you tag me in the photo?', 'Can you identify me in the photo?'),
    ("My grandmother doesn't know how to use a smartphone.", "My grandmother doesn't know how to use a smart phone."),
    ('Do you think children should have smartphones?', 'Do you think children should have smart phones?'),
    ('Please switch off your mobile phones.', 'Please turn off your cell phones.'),
    ("Let's have a video call tomorrow.", "Let's have a video conference tomorrow."),
    ('I have a video call at ten.', 'I have a video conference at ten.'),
    ('Could you explain how video calls work to my dad?', 'Could you explain how video conferences work to my dad?'),
    ('Sorry, I was on mute.', 'Sorry, my microphone was turned off.'),
    ('I was on mute.', 'My microphone was turned off.'),
    ('I want to return this item.', 'I want to send back this product.'),
    ("He's learning to code.", "He's learning to program."),
    ('I uninstalled the app because it was too slow.', 'I deleted the program because it was too slow.'),
    ('How do I uninstall it?', 'How do I delete it?'),
    ('I keep getting spam emails.', 'I keep getting undesirable emails.'),
    ('Mark it as spam.', 'Mark it as an undesirable email.'),
    ("The page won't load.", 'The page is not loading.'),
]

LEFT = [   # looks like one, but is not: other senses, and sentences the model had translated right
    'The nurses were hacked out of the budget.',
    'He hacked at the rope with his knife.',
    'The bodies were hacked to pieces.',
    'Smart phones are expensive.',
    'For a refund, you must return the item unopened.',
    'We should return this article to the committee.',
    'This photo is too blurry.',
    'My watch is waterproof.',
    'My camera is waterproof.',
    'The terms and conditions were met in every case.',
    'The terms and conditions of the loan are clear.',
    "I'm learning to code.",
    "I'll video call you tomorrow.",
    'The video call was great.',
    'I hate video calls.',
    'The video call is scheduled for 9:30.',
    'Can you video call me?',
    "The projector won't turn on.",
    'The apple is red.',
    "I'll write the application today.",
    'He set up a company.',
    'I set up my tent.',
    'The update from the minister was useful.',
    'After the update, the minister spoke.',
    'Enter the room quietly.',
    'They will enter the market next year.',
    'Take a screenshot of the error.',
    'The woodworker used a router.',
    'Her attachment to her mother is strong.',
    'The attachment of the unit was moved.',
    'The phone was dead.',
    'Look it up in the dictionary.',
    'Send it to the App Store.',
    'His crop failed this year.',
    'He will tag along with us.',
]
LEFT += [   # other senses a demo visitor typed (hunt2, s28): a blade, not a hacker; a voice's tone, not a beep
    'He was hacked with a machete.',
    'The branches were hacked back last winter.',
    'After the tone of the debate changed, the minister left.',
    'They set up an account of what happened.',             # a story, not a login ("…créé un compte de…")
]

READ += [   # session 29: plugging in ("Appliez à l'imprimante.") said "connect" ("Connectez l'imprimante.")
    ("Plug in the printer.", "Connect the printer."),
    ("Can you plug in the lamp?", "Can you connect the lamp?"),
    ("Plug the TV in.", "Connect the TV."),
]
LEFT += ["I will now put a plug in for my motion."]   # a word of praise, not a cable
READ += [   # restarting ("Remettez votre ordinateur."), a shop's price tag ("le tap de prix")
    ("Restart your computer.", "Turn your computer off and then turn it on again."),
    ("Restart the computer, please.", "Turn the computer off and then turn it on again, please."),
    ("Remove the price tag.", "Remove the label with the price."),
    ("The price tag says 20 euros.", "The label with the price says 20 euros."),
]
LEFT += [
    "I need to restart my laptop.",                   # "…puis de nouveau." with the reading
    "You cannot put a price tag on life.",            # a cost (the Hansards), not a shop's label
    "The new car comes with a hefty price tag.",
]
READ += [   # a call's sound cutting out ("Désolé, tu te brises."), free Wi-Fi asked ("le libre WiFi")
    ("Sorry, you're breaking up.", "Sorry, the line is bad."),
    ("You're breaking up, I can't hear you.", "The line is bad, I can't hear you."),
    ("Is there free Wi-Fi?", "Is the Wi-Fi free of charge?"),
]
LEFT += ["Sorry, you're breaking up with me?", "Is there free Wi-Fi in the hotel?"]

READ += [   # demo probe demo30 (s30): "update … to the latest version" said twice, "connect to the wifi" "relier"
    ("Please update the app to the latest version.", "Please install the latest version of the program."),
    ("Update the software to the newest version.", "Install the latest version of the software."),
    ("I can't connect to the Wi-Fi.", "I can't access the Wi-Fi."),
    ("Can you connect to the internet?", "Can you access the Internet?"),
]
LEFT += ["Connect the printer to the Wi-Fi.", "The laptop is connected to the network."]

READ += [   # long31 (s31): a device that hangs ("…les gels d'ordinateur…", "Le gel des gels…"); "stops responding"
    ("Every time I open a file, the computer freezes for a minute.",
     "Every time I open a file, the computer stops responding for a minute."),
    ("My laptop often freezes.", "My laptop often stops responding."),
    ("The screen froze and I lost my work.", "The screen stopped responding and I lost my work."),
]
LEFT += ["The lake froze last winter.", "The river froze in January."]
LEFT += ["The bank froze my accounts.", "The computer froze all the accounts."]

READ += [   # long32 (s32): a device that stopped working or crashed ("…a cessé de travailler", "…s'est écrasé")
    ("My laptop stopped working last night, so I could not finish the report.",
     "My laptop stopped functioning last night, so I could not finish the report."),
    ("The washing machine has suddenly stopped working.", "The washing machine has suddenly stopped functioning."),
    ("I bought this printer last month, but it stopped working after two weeks.",
     "I bought this printer last month, but it stopped functioning after two weeks."),
    ("My computer crashed twice this morning.", "My computer stopped functioning twice this morning."),
    ("The laptop has crashed again.", "The laptop has stopped functioning again."),
]
LEFT += ["My father stopped working at sixty.", "She stopped working to look after the baby.",
         "The car crashed into a tree.", "The plane crashed in the mountains.", "My computer crashed into the wall."]
READ += [("My laptop crashed on Friday night and I lost half of them.",
          "My laptop stopped functioning on Friday night and I lost half of them.")]

READ += [   # words34 (s33): "update your browser" ("admettez", "remettez votre brun"), "browser" ("brun", "marron")
    ("Please update your browser to the latest version before you install the extension.",
     "Please install the latest version of your web browser before you install the extension."),
    ("You should update your browser before you continue.",
     "You should install the latest version of your web browser before you continue."),
    ("Open the browser and go to the website.", "Open the web browser and go to the website."),
    ("Which browser do you use?", "Which web browser do you use?"),
    ("Try a different browser.", "Try a different web browser."),
]
LEFT += ["Open your web browser.", "Which web browser do you use?"]
READ += [   # words34 (s33): "the updated version" ("la version haute"), "new version"
    ("Could you send me the updated version of the contract by the end of the day?",
     "Could you send me the new version of the contract by the end of the day?"),
    ("Please send me the updated file.", "Please send me the new version of the file."),
    ("The updated version is much faster.", "The new version is much faster."),
]
LEFT += ["Did you see the updated schedule?", "We updated the file."]
READ += [   # words34 (s33): a password reset, told ("J'ai retrouvé…", "…que je le ressemène…"), "changed"; a router's
    # reset "restart"
    ("I reset my password yesterday.", "I changed my password yesterday."),
    ("She reset her password but it still doesn't work.", "She changed her password but it still doesn't work."),
    ("I forgot my password and now I can't log in to my account, even after I reset it twice.",
     "I forgot my password and now I can't access my account, even after I changed it twice."),
    ("I had to reset the router twice.", "I had to restart the router twice."),
]
LEFT += ["Did you reset your password?", "Should I reset it?", "I reset my password every month.",
         "I reset it twice and it still doesn't work."]

READ += [   # words37 (s34): "unplug" as «débrouiller», a network "down" as «en bas»
    ("Don't forget to unplug the iron.", "Don't forget to disconnect the iron."),
    ("Unplug the charger when the battery is full.", "Disconnect the charger when the battery is full."),
    ("He unplugged the TV.", "He disconnected the TV."),
    ("She always unplugs the kettle.", "She always disconnects the kettle."),
    ("Try unplugging the router.", "Try disconnecting the router."),
    ("The internet is down in the whole building.", "The Internet is not working in the whole building."),
    ("The server is down.", "The server is not working."),
]
LEFT += ["The price is down by ten percent.", "He is down the road.", "The website is down to two pages."]
READ += [   # words37 (s34): "My tablet won't switch on." → "Ma tablette n'arrêtera pas."; "turn on": "…ne
    #         s'allume pas."
    ("My tablet won't switch on.", "My tablet won't turn on."),
    ("I switched on the heating.", "I turned on the heating."),
    ("The TV is switched on all day.", "The TV is turned on all day."),
    ("He always switches on the radio.", "He always turns on the radio."),
    ("Can you switch on the light?", "Can you turn on the light?"),
    ("Switch it on, please.", "Turn it on, please."),
    ("I was switching on the oven.", "I was turning on the oven."),
]
READ += [   # s38: "My laptop screen is too dark." had come out «Mon ordinateur portable est trop sombre.»
    ("My laptop screen is too dark.", "The screen of my laptop is too dark."),
    ("The computer screen is flickering.", "The screen of the computer is flickering."),
] + [(f"Clean {det} phone screen.", f"Clean the screen of {det} phone.")
     for det in ("your", "his", "her", "our", "their", "a", "this", "that")]
LEFT += ["The screen of my phone cracked.", "I need a screen protector for my phone."]
READ += [   # a first visitor's readings (measure36, s34)
    ("My phone battery dies after only a few hours, even when I don't use it.",
     "My phone battery is empty after only a few hours, even when I don't use it."),
    ("The batteries die quickly in the cold.", "The batteries are empty quickly in the cold."),
    ("My battery died after only a day.", "My battery was empty after only a day."),
]
READ += [   # a first visitor's readings (measure38, s35)
    ("The password needs one capital letter and one number.", "The password needs one capital letter and one figure."),
]
READ += [   # a first visitor's readings (measure39, s36)
    ("Hi Sarah, could you send me the updated budget before Thursday?",
     "Hi Sarah, could you send me the new budget before Thursday?"),
    ("This phone has a bright screen, a long battery life and a very good camera.",
     "This phone has a bright screen, a battery that lasts long and a very good camera."),
]
LEFT += [   # (measure39, s36)
    "I updated the spreadsheet yesterday.",
    "The meeting was moved to another room.",
]
READ += [   # a first visitor's readings (measure48, s38)
    ("Did you make a backup of the report?", "Did you make a copy of the report?"),
]
LEFT += [   # (measure48, s38)
    "We need a backup generator.",                          # a thing kept in reserve, not a copy
]
READ += [   # words47 (s39): "The upload failed" «Le sommet…»; "plug … into" «Occupez/plonger…»
    ("The upload failed twice.", "The sending failed twice."),
    ("Is the upload finished?", "Is the sending finished?"),
    ("Plug the cable into the back of the TV.", "Connect the cable to the back of the TV."),
    ("Please plug the lamp into the wall.", "Please connect the lamp to the wall."),
]
LEFT += [   # (words47, s39)
    "Upload the photos.",                                   # the verb: mends/orders.py mends it
    "Please upload the file to the website.",
    "The plug is in the drawer.",                           # the noun
]
READ += [   # a page reloaded (left52, s40; «Lisez la page», «relâches», «reloqué»)
    ("Reload the page and try again.", "Open the page again and try again."),
    ("You need to reload the page to see the changes.", "You need to open the page again to see the changes."),
    ("I reloaded the page three times.", "I opened the page again three times."),
    ("Try reloading the page.", "Try opening the page again."),
    ("She reloads the page every minute.", "She opens the page again every minute."),
]
LEFT += ["Reload the gun.", "They reloaded the truck."]   # (left52, s40)
READ += [   # was LEFT as typed; "within" a span is read by times.py since fix53 (s40): «Veuillez rendre l'objet en
    # moins de 30 jours.» where it had come out «Réfléchis l'article dans les 30 jours.» ("return" is still left as
    # typed)
    ("Please return the item within 30 days.", "Please return the item in less than 30 days."),
]
READ += [   # a phone case's colour or leather (left54, s40; «une protection du pinc», «une protection curieuse»)
    ("I would like a pink phone case.", "I would like a rose protection for the phone."),
    ("My phone case is pink.", "My protection for the phone is rose."),
    ("She bought a leather phone case.", "She bought a protection for the phone in leather."),
    ("He has a red leather phone case.", "He has a red protection for the phone in leather."),
]
LEFT += ["She wore a pink dress.", "The leather sofa is old."]   # (left54, s40)
READ += [   # vocab55 (s41): «une souris dangereuse», «service de rationalisation», «dégrader mon téléphone» as typed
    ("I bought a wireless mouse.", "I bought a mouse without wire."),
    ("We need a wireless printer.", "We need a printer without wire."),
    ("Are these headphones wireless?", "Are these headphones without wire?"),
    ("We cancelled our streaming service.", "We cancelled our online video service."),
    ("I watch films on a streaming site.", "I watch films on an online video site."),
    ("I want to upgrade my phone.", "I want to improve my phone."),
    ("We upgraded our computer last year.", "We improved our computer last year."),
]
LEFT += ["Can I upgrade to first class?"]   # (vocab55, s41): a seat
READ += [("Which streaming service do you use?", "Which online video service do you use?")]   # (vocab55, s41)
READ += [   # senses59 (s41): a device's update («une mise en place»)
    ('My phone needs an update.', 'My phone needs a new version.'),
    ('There is a new update for my laptop.', 'There is a new version for my laptop.'),
]
LEFT += ["I'll send you an update tonight.", 'We got an update from the bank.']   # (senses59, s41)
# an internet connection (vocab58, s41: «Le lien Internet…») is mended in the French: mends/scenes.py
LEFT += ["There is no connection between the two events."]   # (vocab58, s41)
