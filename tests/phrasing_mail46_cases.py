"""Cases of work e-mails and shop messages (mail46.py, mail46, s38), read by tests/unit/test_phrasing.py with the
other tables' cases: "Sorry for the delay in getting back to you." had come out «Désolé pour le délai pour te
retourner.», "I have copied my manager on this email." «J'ai copier mon directeur…»."""

READ = [   # (typed, read): each entry of mail46.PHRASES read at least once
    ("Sorry for the delay in getting back to you.", "Sorry for the late answer."),
    ("We regret the delay in replying to your letter.", "We regret the late answer."),
    ("Thanks for getting back to me.", "Thanks for answering me."),
    ("Could you please confirm receipt of the invoice?", "Could you please confirm that you received the invoice?"),
    ("Please kindly confirm receipt of this letter.", "Please kindly confirm that you received this letter."),
    ("I have copied my manager on this email.", "I have sent a copy of this email to my manager."),
    ("She cc'd me on the e-mail.", "She sent a copy of the e-mail to me."),
    ("Can you copy our lawyer in this thread?", "Can you send a copy of this thread to our lawyer?"),
    ("Your refund will be processed within five days.", "Your refund will be dealt with within five days."),
    ("Orders are being processed.", "Orders are being dealt with."),
    ("We will process your payment today.", "We will deal with your payment today."),
    ("We are processing your order.", "We are dealing with your order."),
    ("They processed my request in a day.", "They dealt with my request in a day."),
    ("I will be out of the office until Monday.", "I will not be in the office until Monday."),
    ("She'll be out of the office next week.", "She will not be in the office next week."),
    ("I am writing to complain about the delivery.", "I am writing in order to complain about the delivery."),
    ("I'm writing to request a refund.", "I'm writing in order to request a refund."),
]

LEFT = [   # look-alikes that stay as typed
    "The delay in the train service was long.",              # no answer late
    "I am getting back to work tomorrow.",                   # back to work, not to someone
    "We confirm receipt of your payment.",                   # "we" confirm: right as typed («la réception»)
    "He copied her homework.",                               # no one copied in on a message
    "Food is processed in this factory.",                    # not an order, a refund…
    "I am out of the office until Monday.",                  # right as typed («Je ne suis pas au bureau»)
    "I am writing to inquire about your prices.",            # read so: «pour inquiéter» (to worry)
    "I am writing to apply for the job.",                    # read so: the job lost (mail_mends.py mends it)
    "Get out of the office now!",                            # no "will be"
]
