"""Cases of the feelings phrases (moods and opinions, thanks, apologies, compliments, comfort, congratulations and
complaints), read by tests/unit/test_phrasing.py with the other tables' cases: "I'm torn between pizza and pasta." had
come out "Je suis torn entre…"; read "I'm hesitating between pizza and pasta.": "J'hésite entre…"."""

READ = [   # (typed, read): each entry of feelings.PHRASES read at least once
    ("It's not a big deal.", "It's nothing serious."),
    ("Don't apologise, it's no big deal.", "Don't apologise, it's nothing serious."),
    ("Good luck with your exam!", "Good luck for your exam!"),
    ("Congratulations on your promotion!", "Congratulations for your promotion!"),
    ("I'm so sorry to hear about your father.", "I'm so sorry about your father."),
    ("Well done, you nailed it!", "Congratulations, you succeeded!"),
    ("She totally nailed it.", "She totally succeeded."),
    ("Thanks a million!", "Thank you very much!"),
    ("You're a lifesaver.", "You saved my life."),
    ("Don't mention it.", "It's nothing."),
    ("Oh, don't mention it!", "Oh, it's nothing!"),
    ("My bad, I forgot.", "It's my fault, I forgot."),
    ("Sorry, my bad.", "Sorry, it's my fault."),
    ("She's been really down lately.", "She's been really sad lately."),
    ("He's been really down for weeks.", "He's been really sad for weeks."),
    ("I'm thrilled to bits.", "I'm delighted."),
    ("He was on cloud nine after the match.", "He was very happy after the match."),
    ("I've got butterflies in my stomach.", "I'm very nervous."),
    ("I had butterflies before the speech.", "I was very nervous before the speech."),
    ("Hang in there.", "Don't give up."),
    ("Keep your chin up, things will get better.", "Don't lose courage, things will get better."),
    ("Come on, you've got this!", "Come on, you can do this!"),
    ("You've got this!", "You can do this!"),
    ("Take it easy.", "Don't stress."),
    ("Calm down, please.", "Stay calm, please."),
    ("I've had enough of this.", "I'm tired of this."),
    ("We've had enough of this noise.", "We're tired of this noise."),
    ("What a shame!", "What a pity!"),
    ("That's a shame.", "That's a pity."),
    ("Oh, that's too bad.", "Oh, that's a pity."),
    ("Thank goodness you're here.", "Thank God you're here."),
    ("I have a crush on him.", "I have feelings for him."),
    ("That was so awkward.", "That was so embarrassing."),
    ("It's so awkward when that happens.", "It's so embarrassing when that happens."),
    ("How thoughtful of you!", "How nice of you!"),
    ("You shouldn't have!", "It wasn't necessary!"),
    ("If you ask me, he's lying.", "In my opinion, he's lying."),
    ("I'm dreading the meeting.", "I'm afraid of the meeting."),
    ("I'm torn between pizza and pasta.", "I'm hesitating between pizza and pasta."),
    ("I'm torn.", "I'm hesitating."),
    ("I couldn't care less.", "I really don't care."),
    ("Lucky you!", "You are lucky!"),
    ("Good for you!", "I'm happy for you!"),
    ("Fair enough, let's do it your way.", "That's fair, let's do it your way."),
    ("Sleep on it.", "Think about it tonight."),
    ("Let me sleep on it.", "Let me think about it tonight."),
    ("Look on the bright side.", "Look at the positive side."),
    ("Every cloud has a silver lining.", "Every problem has a good side."),
    ("She feels left out.", "She feels excluded."),
    ("I'm gutted.", "I'm very disappointed."),
    ("We were gutted when the concert was cancelled.", "We were very disappointed when the concert was cancelled."),
    ("Quit moaning.", "Stop complaining."),
    ("I want to make a complaint.", "I want to complain."),
    ("Just kidding.", "I'm joking."),
    ("Are you kidding me?", "Are you joking?"),
    ("I'm not kidding, it's true.", "I'm not joking, it's true."),
    ("You're pulling my leg.", "You're making fun of me."),
    ("I think he's pulling your leg.", "I think he's making fun of you."),
    ("Stop pulling his leg.", "Stop making fun of him."),
    ("They were pulling her leg.", "They were making fun of her."),
    ("I'm sorry, I was out of line.", "I'm sorry, I went too far."),
    ("I take it back.", "I take back what I said."),
    ("Keep up the good work.", "Continue like this."),
    ("You're doing great.", "You're doing very well."),
    ("Hats off to you!", "I congratulate you!"),
    ("It's a pain in the neck.", "It's really annoying."),
    ("This is such a pain.", "This is really annoying."),
    ("I feel awful.", "I feel terrible."),
    ("I don't hold it against you.", "I'm not angry with you."),
    ("No hard feelings.", "I'm not angry."),
    ("No offence, but the food is cold.", "I don't want to offend you, but the food is cold."),
    ("Thank you, honey.", "Thank you, my love."),
    ("I have a surprise for you, sweetheart.", "I have a surprise for you, my love."),
    ("I'm over it.", "It doesn't bother me anymore."),
    ("Get over it.", "Accept it."),
    ("Whatever, I don't mind.", "As you like, I don't mind."),
    ("Whatever you want.", "Anything you want."),
    ("My heart goes out to you.", "I'm thinking of you."),
    ("Our hearts go out to the families.", "We are thinking of the families."),
    ("I feel on top of the world.", "I feel very happy."),
    ("He's in a foul mood.", "He's in a very bad mood."),
    ("What's eating you?", "What's bothering you?"),
    ("Go easy on him.", "Don't be too hard on him."),
    ("Take it easy on her, she's new.", "Don't be too hard on her, she's new."),
    ("We're all rooting for you!", "We're all supporting you!"),
    ("Break a leg!", "Good luck!"),
    ("Let's make up.", "Let's make peace."),
    ("You're welcome.", "It's nothing."),
    ("Anytime!", "With pleasure!"),
    ("Happy to help!", "With pleasure!"),
]
LEFT = [   # looks like one, but is not
    "It was not a big deal for the company.",           # a business deal, maybe
    "Congratulations on the occasion of your anniversary.",   # "à l'occasion de"
    "Congratulations on your 50th birthday!",           # "…for your fiftieth…" had lost its figure
    "He nailed it to the wall.",                        # a nail
    "Don't mention it to anyone.",                      # a secret kept, not thanks answered
    "The server has been down since Monday.",           # a machine, not a mood
    "He's been down to the shops.",                     # gone there
    "Calm down.",                                       # "Calmez-vous." as it was
    "I've had enough of the cake.",                     # food
    "I've had enough of it, thanks, I'm full.",         # a meal declined
    "That's such a shame.",                             # "C'est tellement dommage." as it was
    "It's a shame you couldn't come.",                  # "C'est dommage que…" as it was
    "She's torn her jeans.",                            # torn cloth
    "My jacket is torn.",
    "The fish was gutted and cleaned.",                 # a fish, a house: not a mood
    "The house was gutted by fire.",
    "I'll take it back to the shop.",                   # a thing returned, not words
    "I want to make a complaint to the manager.",       # "complain of the manager" had been read
    "Keep up the good work on the bridge.",
    "Hats off to the volunteers and to the staff.",     # "I congratulate… and to…" would have broken
    "Vegetables are good for you.",                     # healthy, not praise
    "I have a pain in the neck.",                       # a pain felt
    "We know that it is a pain.",                       # "ça fait mal" (Hansard)
    "The goats are kidding this week.",
    "The court ruled it out of line with the law.",
    "We bought bread, butter, honey.",                  # a list, not one spoken to
    "Pass the honey, please.",
    "You're welcome to stay for dinner.",               # an invitation, not thanks answered
    "Go easy on the salt.",                             # less salt, not mercy
    "What's eating the roses?",                         # a pest
    "Ontario is on top of the world.",                  # ahead of others, not happy
    "We were on top of the mountain.",
    "I'm always happy to help.",                        # "Je suis toujours heureux d'aider" as it was
    "Don't hold it against me.",
]

READ += [   # session 29: a person who is "such a pain" ("une telle douleur")
    ("He's such a pain.", "He's so irritating."),
    ("My brother is such a pain.", "My brother is so irritating."),
    ("My boss is a real pain.", "My boss is so irritating."),
]
LEFT += [
    "He is in such a pain that he cannot walk.",      # a pain he feels
    "She has a real pain in her back.",
]
READ += [   # "in a huff" ("dans un truc") said "in a bad mood" ("de mauvaise humeur")
    ("She's in a huff.", "She's in a bad mood."),
    ("He left in a huff.", "He left in a bad mood."),
]
READ += [("It was my pleasure.", "It was a pleasure."),   # "C'était mon plaisir."
         ("Thanks for dinner! - It was my pleasure.", "Thanks for dinner! - It was a pleasure.")]
LEFT += ["It was my pleasure to support that bill."]   # came out right: "J'ai été heureux d'appuyer…"

READ += [   # demo30b (s30): "Break a leg tonight!" read as said ("Arrête une jambe ce soir !"); "Good luck"
    ("Break a leg tonight!", "Good luck tonight!"),
    ("Break a leg at your audition tomorrow!", "Good luck at your audition tomorrow!"),
    ("You'll be great, break a leg!", "You'll be great, good luck!"),
]
LEFT += ["Don't break a leg skiing.", "He might break a leg if he falls.", "Break a leg while skiing and you pay."]
READ += [   # a first visitor's readings (measure35, s34)
    ("That seems a bit much to me.", "That seems a bit too much to me."),
    ("Fifty euros for a T-shirt is a bit much.", "Fifty euros for a T-shirt is a bit too much."),
]
LEFT += [   # (measure35, s34)
    "I like it a bit more.", "A bit much of it was wasted.", "It costs just 5 euros.",
]
READ += [   # a first visitor's readings (measure38, s35)
    ("The dog barks all night and it's driving me crazy.", "The dog barks all night and it drives me mad."),
    ("This is driving me nuts!", "This drives me mad!"),
    ("The old one is falling apart.", "The old one is falling to pieces."),
    ("i feel a bit lonely since my best friend moved abroad",
     "i feel a bit lonely since my best friend went to live abroad"),
]
LEFT += [   # (measure38, s35)
    "She moved abroad last year.",
]
READ += [   # a first visitor's readings (measure42, s37)
    ("The food was delicious and it was wonderful to see you all again.",
     "The food was delicious. It was wonderful to see you all again."),
    ("The weather was perfect, and it was great to be outside.", "The weather was perfect. It was great to be "
     "outside."),
    ("The party was fun and it was really lovely to meet your friends.",
     "The party was fun. It was really lovely to meet your friends."),
    ("Thank you for a lovely weekend.", "Thank you for a nice weekend."),
    ("We had a lovely evening with our neighbours.", "We had a nice evening with our neighbours."),
]
LEFT += [   # (measure42, s37)
    "She was lovely to everyone.",
    "The film was long and it was nice to see you all.",     # «…et il était chouette de vous voir tous.»: right
    "The meeting is on Monday at 10.",                       # the day first already
    "I saw him at the station on Monday.",                   # a place, not a time
]
READ += [   # a first visitor's readings (measure44, s37)
    ("Teaching children is very rewarding.", "Teaching children is very satisfying."),
    ("It was a rewarding experience.", "It was a satisfying experience."),
    ("It's the most rewarding thing she has ever done.", "It's the most satisfying thing she has ever done."),
]
LEFT += [   # (measure44, s37)
    "The company is rewarding its best employees.",         # the verb
    "What a lovely garden you have!",                       # not "would be lovely"
]
READ += [   # wishing to thank after a clause (fix53, s40; measure52)
    ("The doctor was wonderful, and I would like to thank him.",
     "The doctor was wonderful, and I'd like to thank him."),
    ("She was very kind, and I would like to thank her personally.",
     "She was very kind, and I'd like to thank her personally."),
    ("You helped us a lot and I would like to thank you.", "You helped us a lot and I'd like to thank you."),
]
LEFT += ["I would like to thank everyone who came."]   # alone: right as typed (fix53, s40)
READ += [   # keen (vocab55, s41): «Il est keen d'apprendre…», «…pas effrayé du poisson.» as typed
    ("He is keen to learn French.", "He is eager to learn French."),
    ("She is very keen to help.", "She is very eager to help."),
    ("They were keen to leave early.", "They were eager to leave early."),
    ("I am not keen on fish.", "I am not fond of fish."),
]
LEFT += ["He has a keen eye for detail."]   # (vocab55, s41)
READ += [
    ("Cheers for your help yesterday.", "Thanks for your help yesterday."),
    ("cheers for the lovely flowers", "thanks for the lovely flowers"),
    ("I'm knackered after work.", "I'm exhausted after work."),
    ("We were totally knackered.", "We were totally exhausted."),
    ("She was chuffed with her present.", "She was delighted with her present."),
    ("I'm chuffed to bits.", "I'm delighted."),
    ("I'm skint until Friday.", "I'm broke until Friday."),
    ("The film was rubbish.", "The film was very bad."),
    ("The weather has been rubbish all week.", "The weather has been very bad all week."),
    ("This website looks dodgy.", "This website looks suspicious."),
    ("He sold me a dodgy phone.", "He sold me a suspicious phone."),
]   # british60 (s41): British and American everyday words
LEFT += ["Cheers!", "Cheers, everyone!", "There was rubbish everywhere.", "There's rubbish on the floor.",
         "That's rubbish!", "This is rubbish.", "He has a dodgy knee."]   # (british60, s41)
READ += [   # awkward (vocab61, s41): «un silence éveillé», «une situation terrible», «Il est fou de filles.» as typed
    ("There was an awkward silence.", "There was an embarrassing silence."),
    ("It was an awkward situation.", "It was an embarrassing situation."),
    ("It was an awkward moment for everyone.", "It was an embarrassing moment for everyone."),
    ("She feels awkward around strangers.", "She feels uncomfortable around strangers."),
    ("He is awkward with girls.", "He is uncomfortable with girls."),
]
LEFT += ["She is awkward."]   # «maladroite», right as typed (vocab61, s41)
READ += [   # nasty (vocab61, s41): «un méchant froid», «C'est une méchante.», «sent méchante» as typed
    ("He has a nasty cold.", "He has a horrible cold."),
    ("That's a nasty cut.", "That's a horrible cut."),
    ("This soup smells nasty.", "This soup smells horrible."),
]
LEFT += ["He is a nasty man.", "She was nasty to me."]   # «méchant(e)», right as typed (vocab61, s41)
