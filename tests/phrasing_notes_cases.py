"""Cases of the words of thank-you notes and posts (notes.py), read by tests/unit/test_phrasing.py with the other
tables' cases: "Thanks again for the dinner!" had come out "Encore une fois pour le dîner !" (the thanks lost); read
"Thank you again…": "Merci encore pour le dîner !"."""

READ = [   # (typed, read): each entry of notes.PHRASES read at least once
    ("Thanks again for the dinner, it was delicious!", "Thank you again for the dinner, it was delicious!"),
    ("thanks again, see you soon", "thank you again, see you soon"),
    ("Thanks everyone for the kind messages after my accident.",
     "Thanks everyone for the nice messages after my accident."),
    ("She left a kind comment on my photo.", "She left a nice comment on my photo."),
    ("Happy birthday mom, love you so much!", "Happy birthday mom, love you very much!"),
    ("Best pizza in town, highly recommend this place.", "The best pizza in town, I really recommend this place."),
    ("best holiday ever", "the best holiday ever"),
    ("Highly recommend this restaurant!", "I really recommend this restaurant!"),
    ("Great hotel, highly recommend it.", "Great hotel, I really recommend it."),
    ("I was charged twice for the same order, please refund me.",
     "I paid twice for the same purchase, please give me my money back."),       # orders.py reads "charged"
    ("We received two invoices for the same order.", "We received two invoices for the same purchase."),
    ("The shoes don't fit, can you refund me?", "The shoes don't fit, can you give me my money back?"),
    ("Can you refund us?", "Can you give us our money back?"),
    ("Nobody at the reception could help us.", "Nobody at the front desk could help us."),
    ("The woman at the reception was very kind.", "The woman at the front desk was very kind."),
    ("Many thanks for welcoming us into your home, we had a wonderful time.",
     "Many thanks for receiving us, we had a wonderful time."),
    ("Thank you for welcoming me so warmly.", "Thank you for receiving me so warmly."),
    ("The Amazon rainforest is burning.", "The tropical forest of the Amazon is burning."),
    ("We visited the rainforest in Costa Rica.", "We visited the tropical forest in Costa Rica."),
    ("Rainforests are disappearing.", "Tropical forests are disappearing."),
    ("My flight to Montreal lands at 6 in the morning.", "My flight to Montreal arrives at 6 in the morning."),
    ("Our flight from New York lands in an hour.", "Our flight from New York arrives in an hour."),
    ("i will send you the slides after lunch", "i will send you the presentation after lunch"),
    ("Can you share the slides with the team?", "Can you share the presentation with the team?"),
]
LEFT = [   # looks like one, but is not
    "What kind of messages do you get?",          # a sort, not kind words
    "He is a kind man.",
    "Best regards, Anna",                         # a closing, not a post
    "Best of luck in your new job!",
    "Best of luck with your exams!",
    "Best friends forever.",
    "Thank you for welcoming me into your family.",   # a family, not a home
    "The hotel staff were very welcoming.",
    "The plane lands at six.",                    # figures.py's, or right as typed
    "The kids love the slides in the park.",      # a playground's slides
    "Send me the slides of the presentation.",    # "the presentation of the presentation"
    "I would highly recommend it.",               # its "I" said: right as typed
    "Lovely hotel, highly recommend.",            # nothing after it: "Aujourd'hui, je recommande vraiment."
    "They refused to refund me.",                 # no request: "Ils ont refusé de me rembourser."
    "Could you refund us?",                       # "Pourriez-vous nous rembourser ?" as typed
    "Please follow the same order as last time.",   # an order of things: "le même ordre" is right
    "Ask at the reception.",                      # "front desk" came out "bureau du devant"
    "Call the reception if you need anything.",
    "We met at the reception after the wedding.",
]
LEFT += ["Thank you all for your kind words."]   # "aimables paroles" as typed
READ += [   # s38: "Before you go to bed, please make sure that…" had come out «…, s'il te plait, s'il te plaît…»
    ("Before you go to bed, please make sure that the doors are locked.",
     "Before you go to bed, please check that the doors are locked."),
    ("After dinner, please make sure the oven is off.", "After dinner, please check that the oven is off."),
]
LEFT += ["Please make sure that the door is locked."]
READ += [   # a first visitor's readings (measure39, s36)
    ("Thanks for reaching out, we have refunded your order.",
     "Thanks for your message, we have refunded your purchase."),
    ("Thank you so much for reaching out to us.", "Thank you so much for your message."),
    ("We will refund your order within three business days.",   # "within": times.py (fix53)
     "We will refund your purchase in less than three working days."),
]
LEFT += [   # (measure39, s36)
    "Thanks for reaching out to her.",
]
READ += [   # a first visitor's readings (measure47, s38)
    ("Sorry, we are out of stock today.", "Sorry, we have no more in stock today."),
    ("We are currently out of stock.", "We currently have no more in stock."),
]
LEFT += [   # (measure47, s38)
    "We are out of stock of red paint.",                    # "out of stock of": right as typed
    "The shop keeps my bag.",                               # not a keeper
    "He designed the house himself.",                       # «conçu» as typed
]
READ += [   # a shop's messages (measure52, s40): "…it will ship tomorrow." had come out «…c'est le navire demain.»
    ("Thank you for your order, it will ship tomorrow.", "Thank you for your order, it will be sent tomorrow."),
    ("Your order will ship on Monday.", "Your order will be sent on Monday."),
    ("Orders ship within two days.", "Orders are shipped within two days."),
    ("This item ships within two days.", "This item is shipped within two days."),
    ("Your order ships today.", "Your order is shipped today."),
    ("We will send you a replacement free of charge.", "We will send you a replacement article free of charge."),
    ("I asked for a replacement.", "I asked for a replacement article."),
    ("We expect new stock at the end of the month.", "We expect a new delivery at the end of the month."),
    ("We are waiting for new stock.", "We are waiting for a new delivery."),
]
LEFT += [   # (measure52, s40)
    "We will ship your order tomorrow.",                    # «expédierons» as typed: a shop that ships
    "The ships in the harbour are old.",                    # boats
    "She needs a hip replacement.",                         # not a thing sent
    "He is the replacement for the old coach.",
    "We will send you a replacement part.",                 # a noun after it
    "The company will issue new stock.",                    # shares
]
READ += [   # asking about a thing, a purpose (long47, s40): «…pour interroger ma commande…»
    ("I called the shop to ask about my order.", "I called the shop to ask questions about my order."),
    ("She wrote to the school to ask about the lessons she missed.",
     "She wrote to the school to ask questions about the lessons she missed."),
    ("We phoned to ask about a room for two nights.", "We phoned to ask questions about a room for two nights."),
]
LEFT += ["He asked about you.", "Don't ask about it.", "I want to ask about him."]   # (long47, s40) not a thing
READ += [   # a shop's returns: "send back" (fix53, s40; measure52)
    ("You can return any item within thirty days.", "You can send back any item in less than thirty days."),
    ("Customers can return any product within two weeks.",
     "Customers can send back any product in less than two weeks."),
    ("You can return any item if you keep the receipt.", "You can send back any item if you keep the receipt."),
]
LEFT += ["You can return any time.", "We will return any day now."]   # (fix53, s40)
READ += [   # a letter's "enclosed" (long48, s40; «J'ai pris», «J'ai enclosé», "enclosed" lost)
    ("I have enclosed a copy of my passport.", "I have attached a copy of my passport."),
    ("I've enclosed the receipt and a photo of the lamp.", "I've attached the receipt and a photo of the lamp."),
    ("Please find enclosed my application form.", "Please find attached my application form."),
]
LEFT += ["The garden is enclosed by a high wall."]   # (long48, s40; "We have enclosed a cheque." is read now: left54)
READ += [   # we have enclosed (left54, s40; «Nous avons adopté/consacré…»)
    ("We have enclosed a copy of the contract.", "We have included a copy of the contract."),
    ("We have enclosed our new price list.", "We have included our new price list."),
    ("We've enclosed a photo of the damage.", "We've included a photo of the damage."),
]
