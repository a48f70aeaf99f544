"""mends/verbs.py: a machine that "won't turn on" refuses now, a vehicle that "broke down" keeps "en panne", "while I
read" in the tense of its sentence; the French the default model wrote for each (verbs33 probe, s33), mended."""
import pytest

from s2s_core.typography import french
from s2s_core.mends.verbs import mend_breakdowns, mend_got_back, mend_reading, mend_refusals, mend_sleep_better


@pytest.mark.parametrize("source, written, wanted", [
    ("The TV won't turn on.", "La télé ne allumera pas.", "La télé ne s'allume pas."),
    ("The oven won't turn on.", "Le four ne va pas tourner.", "Le four ne s'allume pas."),
    ("The lights won't turn on.", "Les lumières ne tourneront pas.", "Les lumières ne s'allument pas."),
    ("We came back and the fridge won't turn on, so the food has gone bad.",
     "Nous sommes rentrés et le frigo n'allumera pas, donc la nourriture est devenue mauvaise.",
     "Nous sommes rentrés et le frigo ne s'allume pas, donc la nourriture est devenue mauvaise."),
    ("I tried everything but my laptop still won't turn on and I have a meeting.",
     "J'ai tout essayé, mais mon ordinateur portable ne va pas encore tourner et j'ai une réunion.",
     "J'ai tout essayé, mais mon ordinateur portable ne s'allume toujours pas et j'ai une réunion."),
    ("The lights don't turn on.", "Les lumières ne tournent pas.", "Les lumières ne s'allument pas."),
    ("It won't turn on.", "Ça ne va pas tourner.", "Ça ne s'allume pas."),
    ("The dishwasher won't start.", "Le lave-vaisselle ne commencera pas.", "Le lave-vaisselle ne démarre pas."),
    ("My laptop won't start.", "Mon ordinateur portable ne démarrera pas.", "Mon ordinateur portable ne démarre pas."),
    ("My phone won't charge.", "Mon téléphone ne commandera pas.", "Mon téléphone ne se recharge pas."),
    ("The battery won't charge.", "La batterie ne rendra pas.", "La batterie ne se recharge pas."),
    ("My phone won't charge any more.", "Mon téléphone ne chargera plus.", "Mon téléphone ne se recharge plus."),
    ("I left it plugged in but it still won't charge, so the cable is broken.",
     "Je l'ai laissé branché, mais ça ne le chargera pas encore, donc le câble est cassé.",
     "Je l'ai laissé branché, mais ça ne se recharge toujours pas, donc le câble est cassé."),
    ("The app won't work.", "Le programme ne fonctionnera pas.", "Le programme ne fonctionne pas."),
    ("The dishwasher won't work.", "Le lave-vaisselle ne marchera pas.", "Le lave-vaisselle ne fonctionne pas."),
    ("The envelope in the office won't work again, so I can't print.",      # "printer" as glossary.py reads it
     "L'imprimante du bureau ne fonctionnera pas de nouveau, donc je ne peux pas imprimer.",
     "L'imprimante du bureau ne fonctionne pas de nouveau, donc je ne peux pas imprimer."),
    ("The app won't open.", "Le programme n'ouvrira pas.", "Le programme ne s'ouvre pas."),
    ("The website won't open.", "Le site web ne s'ouvrira pas.", "Le site web ne s'ouvre pas."),
    ("The door doesn't open.", "La porte n'ouvre pas.", "La porte ne s'ouvre pas."),     # garden.py's reading
])
def test_a_machine_that_wont_is_said_to_refuse_now(source, written, wanted):
    assert mend_refusals(written, source) == wanted


@pytest.mark.parametrize("source, written", [
    ("He won't start until Monday.", "Il ne commencera pas jusqu'à lundi."),       # a person: a future
    ("She won't work on Sundays.", "Elle ne travaillera pas le dimanche."),
    ("He won't open the door.", "Il n'ouvrira pas la porte."),
    ("The shop won't open until ten.", "Le magasin n'ouvrira pas jusqu'à dix heures."),
    ("That won't work.", "Ça ne fonctionnera pas."),                                 # a plan
    ("It won't work.", "Ça ne fonctionnera pas."),
    ("The meeting won't start until ten.", "La réunion ne commencera pas jusqu'à dix heures."),
    ("The app won't open the file.", "Le programme n'ouvrira pas le fichier."),      # an object: what it will do
    ("The shop won't open on Sunday.", "Le magasin n'ouvrira pas dimanche."),
    ("I won't charge you for the delivery.", "Je ne te ferai pas payer la livraison."),
])
def test_a_persons_or_a_plans_wont_stays_a_future(source, written):
    assert mend_refusals(written, source) == written


def test_the_tv_is_mended_in_the_french_of_a_translation():
    """typography.french calls the mends: the elision the model lost comes back with the verb."""
    assert french("La télé ne allumera pas.", "The TV won't turn on.") == "La télé ne s'allume pas."


@pytest.mark.parametrize("source, written, wanted", [
    ("Our car broke down in the mountains.", "Notre voiture est tombée dans les montagnes.",
     "Notre voiture est tombée en panne dans les montagnes."),
    ("The train broke down between two stations and we waited.", "Le train est tombé entre deux stations et nous "
     "avons attendu.", "Le train est tombé en panne entre deux stations et nous avons attendu."),
    ("The lift broke down again this morning.", "L'ascenseur s'est rompu à nouveau ce matin.",
     "L'ascenseur est tombé en panne à nouveau ce matin."),
    ("His car broke down on the highway.", "Sa voiture est tombée en panne sur l'autoroute.",     # kept: no second
     "Sa voiture est tombée en panne sur l'autoroute."),
    ("She broke down in tears.", "Elle est tombée en larmes.", "Elle est tombée en larmes."),      # not a machine
    ("The talks broke down after two days.", "Les pourparlers s'effondrent après deux jours.",
     "Les pourparlers s'effondrent après deux jours."),
])
def test_a_vehicle_that_broke_down_keeps_en_panne(source, written, wanted):
    assert mend_breakdowns(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [
    ("My children are playing in the garden while I read a book.",
     "Mes enfants jouent dans le jardin pendant que j'ai lu un livre.",
     "Mes enfants jouent dans le jardin pendant que je lis un livre."),
    ("Every evening the kids watch TV while I read a magazine.",
     "Chaque soir, les enfants regardent la télé pendant que j'ai lu un magazine.",
     "Chaque soir, les enfants regardent la télé pendant que je lis un magazine."),
    ("The dog is sleeping while we read our books.", "Le chien dort pendant que nous avons lu nos livres.",
     "Le chien dort pendant que nous lisons nos livres."),
    ("He was cooking while I read the paper.", "Il était en train de cuisiner pendant que j'ai lu le journal.",
     "Il était en train de cuisiner pendant que je lisais le journal."),
    ("They played in the garden while I read a book.", "Ils jouaient au jardin pendant que j'ai lu un livre.",
     "Ils jouaient au jardin pendant que j'ai lu un livre."),            # neither said: left
    ("I read the book while you were out.", "J'ai lu le livre pendant que tu étais dehors.",
     "J'ai lu le livre pendant que tu étais dehors."),                    # not "while I read"
])
def test_read_after_while_takes_the_tense_of_its_sentence(source, written, wanted):
    assert mend_reading(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [
    ("My laptop wouldn't turn on this morning.", "Mon ordinateur portable ne voulait pas allumer ce matin.",
     "Mon ordinateur portable ne voulait pas s'allumer ce matin."),
    ("The TV wouldn't turn on yesterday.", "La télé ne allumerait pas hier.", "La télé ne voulait pas s'allumer hier."),
    ("My phone wouldn't charge last night.", "Mon téléphone ne chargerait pas la nuit dernière.",
     "Mon téléphone ne voulait pas se recharger la nuit dernière."),
    ("The car wouldn't start this morning.", "La voiture ne commencerait pas ce matin.",
     "La voiture ne voulait pas démarrer ce matin."),
    ("The lights wouldn't turn on.", "Les lumières ne tourneraient pas.", "Les lumières ne voulaient pas s'allumer."),
])
def test_a_machine_that_wouldnt_did_not_want_to(source, written, wanted):
    assert mend_refusals(written, source) == wanted


def test_a_machine_read_as_its_stand_in_still_refuses():
    """glossary.py reads "headphones" as "tools": the English the mend sees."""
    assert mend_refusals("Mes écouteurs ne chargeront pas.", "My tools won't charge.") == \
        "Mes écouteurs ne se rechargent pas."
    assert mend_breakdowns("Ma machine à laver s'est rompue, alors…", "My washing machine broke down again, so…") == \
        "Ma machine à laver est tombée en panne, alors…"


@pytest.mark.parametrize("source, written, wanted", [
    ("The windows won't open in this hotel room.", "Les fenêtres ne s'ouvriront pas dans cette chambre d'hôtel.",
     "Les fenêtres ne s'ouvrent pas dans cette chambre d'hôtel."),
    ("The batteries won't charge.", "Les batteries ne chargeront pas.", "Les batteries ne se rechargent pas."),
])
def test_machines_in_the_plural_refuse_in_the_plural(source, written, wanted):
    assert mend_refusals(written, source) == wanted


# --- session 34 (fix35): a "ne" nothing closes, where the source says "only" ---
from s2s_core.mends.verbs import mend_lone_ne  # noqa: E402


@pytest.mark.parametrize("source, model, expected", [
    ("My phone battery dies after only a few hours, even when I don't use it much.",
     "Ma batterie téléphonique ne meurt après quelques heures, même lorsque je ne l'utilise pas beaucoup.",
     "Ma batterie téléphonique ne meurt qu'après quelques heures, même lorsque je ne l'utilise pas beaucoup."),
    ("I only have two euros.", "Je n'ai deux euros.", "Je n'ai que deux euros."),
    ("I only use it in the morning.", "Je ne l'utilise le matin.", "Je ne l'utilise que le matin."),
])
def test_a_lone_ne_is_closed_by_que_where_the_source_says_only(source, model, expected):
    assert mend_lone_ne(model, source) == expected


@pytest.mark.parametrize("source, model", [
    ("He only eats vegetables.", "Il ne mange que des légumes."),                  # closed already
    ("It's the only way to keep them from doing harm.", "C'est la seule façon d'empêcher qu'ils ne fassent du tort."),
    ("I only hope he doesn't leave before it rains.", "J'espère qu'il ne parte avant qu'il ne pleuve."),   # 1 "not"
    ("He eats an apple.", "Il ne mange une pomme."),                                # no "only": left as written
    ("Only anyone can do it.", "N'importe qui peut le faire."),
    ("He only kept crying.", "Il ne cessa de pleurer."),
])
def test_a_ne_that_is_closed_literary_or_not_about_only_is_left_alone(source, model):
    assert mend_lone_ne(model, source) == model


# ---- session 35: a machine that "has broken down" (the model: «rompue», «a déjà brisé», «a baissé», «s'est répandu»)
@pytest.mark.parametrize("source, written, wanted", [
    ("My car has broken down again.", "Ma voiture est à nouveau rompue.", "Ma voiture est à nouveau tombée en panne."),
    ("The bus has already broken down twice this week.", "Le bus a déjà rompu deux fois cette semaine.",
     "Le bus est déjà tombé en panne deux fois cette semaine."),
    ("We bought a used car, but it has already broken down twice.",
     "Nous avons acheté une voiture d'occasion, mais il a déjà brisé deux fois.",
     "Nous avons acheté une voiture d'occasion, mais elle est déjà tombée en panne deux fois."),   # «il»: "it"
    ("The lift has broken down again.", "L'ascenseur s'est répandu.", "L'ascenseur est tombé en panne."),
    ("My laptop has broken down.", "Mon ordinateur portable a baissé.", "Mon ordinateur portable est tombé en panne."),
    ("My car broke down again.", "Ma voiture a rompu à nouveau.", "Ma voiture est tombée en panne à nouveau."),
    ("It has broken down.", "Il a baissé.", "Il a baissé."),                        # no machine named: left
    ("She broke down.", "Elle a baissé les bras.", "Elle a baissé les bras."),
])
def test_a_machine_that_has_broken_down_is_en_panne(source, written, wanted):
    assert mend_breakdowns(written, source) == wanted


from s2s_core.mends.verbs import mend_done  # noqa: E402


@pytest.mark.parametrize("source, written, wanted", [   # words47 (s39): outputs of the default model
    ("I rinsed the glasses.", "J'ai rondé les lunettes.", "J'ai rincé les lunettes."),
    ("We rinsed the dishes after dinner.", "Nous avons ronné la vaisselle après le dîner.",
     "Nous avons rincé la vaisselle après le dîner."),
    ("I grated the carrots.", "J'ai attrapé les carottes.", "J'ai râpé les carottes."),
    ("She scanned the receipts yesterday.", "Elle a dérobé les reçus hier.", "Elle a scanné les reçus hier."),
    ("Have you scanned the forms?", "Avez-vous sidéré les formulaires ?", "Avez-vous scanné les formulaires ?"),
    ("I rinsed the rice.", "J'ai rincé le riz.", "J'ai rincé le riz."),                       # already right
    ("He grated some cheese on the soup.", "Il attrapa du fromage sur la soupe.",
     "Il attrapa du fromage sur la soupe."),                                                  # no compound past
    ("I scanned the newspaper.", "J'ai scalé le journal.", "J'ai scalé le journal."),          # skimmed: left
    ("I caught the bus.", "J'ai attrapé le bus.", "J'ai attrapé le bus."),                    # no such verb
])
def test_a_rinsed_grated_or_scanned_thing(source, written, wanted):
    assert mend_done(written, source) == wanted


from s2s_core.mends.verbs import mend_starts  # noqa: E402


@pytest.mark.parametrize("source, written, wanted", [   # fix53 (measure52): starting a car is «démarrer»
    ("The engine makes a strange noise when I start it.", "Le moteur fait un bruit étrange quand je le commence.",
     "Le moteur fait un bruit étrange quand je le démarre."),
    ("My car makes a clicking noise when I start it.", "Ma voiture fait un bruit quand je la commence.",
     "Ma voiture fait un bruit quand je la démarre."),
    ("When I start the car in the morning, the engine shakes.", "Quand je commence la voiture le matin, le moteur "
     "tremble.", "Quand je démarre la voiture le matin, le moteur tremble."),
])
def test_fix53_starting_a_car_is_demarrer(source, written, wanted):
    assert mend_starts(written, source) == wanted


@pytest.mark.parametrize("source, written", [
    ("The lesson starts at nine, so I will take the car.", "La leçon commence à neuf heures, alors je prendrai la "
     "voiture."),                                                            # a beginning, not the car's
    ("When I start the car, it begins to rain.", "Quand je démarre la voiture, il commence à pleuvoir."),
    ("The film starts when I start it.", "Le film commence quand je le commence."),   # no vehicle
])
def test_fix53_other_beginnings_are_left(source, written):
    assert mend_starts(written, source) == written


from s2s_core.mends.verbs import mend_ends  # noqa: E402


@pytest.mark.parametrize("source, written, wanted", [   # fix53 (measure52): "and ends at" is «et se termine à»
    ("The night shift starts at seven and ends at seven.", "La garde de nuit commence à sept heures et fin à sept "
     "heures.", "La garde de nuit commence à sept heures et se termine à sept heures."),
    ("The meeting starts at nine and ends at ten.", "La réunion commence à neuf heures et fin à dix heures.",
     "La réunion commence à neuf heures et se termine à dix heures."),
    ("The party starts at six and ends at midnight.", "La fête commence à six heures et fin à minuit.",
     "La fête commence à six heures et se termine à minuit."),
    ("The road goes through the forest and ends in a small village.",
     "La route traverse la forêt et fin dans un petit village.",
     "La route traverse la forêt et se termine dans un petit village."),
])
def test_fix53_and_ends_at_is_se_termine(source, written, wanted):
    assert mend_ends(written, source) == wanted


@pytest.mark.parametrize("source, written", [
    ("It was the end of the year and the end of the war.", "C'était la fin de l'année et fin de la guerre."),
    ("The lessons start at nine and end at three.", "Les leçons commencent à neuf heures et finissent à trois "
     "heures."),
])
def test_fix53_an_end_that_is_a_noun_is_left(source, written):
    assert mend_ends(written, source) == written


@pytest.mark.parametrize("source, written, wanted", [   # left55 (s41): the default model's outputs
    ("I want to sleep better at night.", "Je veux dormir mieux la nuit.", "Je veux mieux dormir la nuit."),
    ("Did you sleep better last night?", "As-tu dormi mieux la nuit dernière ?",
     "As-tu mieux dormi la nuit dernière ?"),
    ("We slept better in the new house.", "Nous avons dormi mieux dans la nouvelle maison.",
     "Nous avons mieux dormi dans la nouvelle maison."),
    ("Sleeping better helps you think.", "Dormir mieux les aides à penser.", "Mieux dormir les aides à penser."),
    ("I eat better now.", "Je mange mieux maintenant, je veux dormir mieux.",
     "Je mange mieux maintenant, je veux dormir mieux."),                                    # no sleep: left
])
def test_left55_sleeping_better_is_mieux_dormir(source, written, wanted):
    assert mend_sleep_better(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [
    ("I lost my wallet but I got it back.", "J'ai perdu mon portefeuille mais je l'ai ramené.",
     "J'ai perdu mon portefeuille mais je l'ai récupéré."),
    ("She got it back from the police.", "Elle l'a ramené de la police.", "Elle l'a récupéré de la police."),
    ("We finally got our money back.", "Nous avons finalement obtenu notre argent.",
     "Nous avons finalement récupéré notre argent."),
    ("He got his bike back yesterday.", "Il a obtenu son vélo hier.", "Il a récupéré son vélo hier."),
    ("He got back home late.", "Il a ramené tard.", "Il a ramené tard."),                   # not a thing got back
])
def test_left55_a_thing_got_back_is_recupere(source, written, wanted):
    assert mend_got_back(written, source) == wanted


from s2s_core.mends.verbs import mend_put_down, mend_turn_up  # noqa: E402


@pytest.mark.parametrize("source, written, wanted", [   # leftsenses60 (s41): a thing held put down
    ("Put down that knife!", "Descends ce couteau !", "Pose ce couteau !"),
    ("Put the knife down, please.", "Mettez le couteau, s'il vous plaît.", "Posez le couteau, s'il vous plaît."),
    ("She put down her bag and sat on the sofa.", "Elle a mis son sac et s'assit sur le canapé.",
     "Elle a posé son sac et s'assit sur le canapé."),
    ("Put down your pens, the exam is over.", "Descendez vos stylos, l'examen est terminé.",
     "Posez vos stylos, l'examen est terminé."),
    ("He put his phone down and looked at me.", "Il mit son téléphone et me regarda.",
     "Il posa son téléphone et me regarda."),
    ("They had to put the dog down.", "Ils ont dû mettre le chien.", "Ils ont dû mettre le chien."),   # not held
    ("Put down a deposit.", "Mettez un dépôt.", "Mettez un dépôt."),
    ("He put down the rebellion.", "Il descendit la rébellion.", "Il descendit la rébellion."),
])
def test_leftsenses60_a_thing_put_down_is_posed(source, written, wanted):
    assert mend_put_down(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [   # leftsenses60 (s41): a sound or the heating turned up
    ("Turn up the radio, I love this song.", "Montrez la radio, j'adore cette chanson.",
     "Montez la radio, j'adore cette chanson."),
    ("Turn up the heating, it's freezing.", "Montrez le chauffage, il fait très froid.",
     "Montez le chauffage, il fait très froid."),
    ("Please turn up the TV, I can't hear anything.", "Montre la télé, je ne peux rien entendre.",
     "Monte la télé, je ne peux rien entendre."),
    ("Show me the radio.", "Montrez-moi la radio.", "Montrez-moi la radio."),                   # shown: left
    ("He turned up late.", "Montrez la radio.", "Montrez la radio."),                           # not a sound
])
def test_leftsenses60_a_sound_turned_up_is_montez(source, written, wanted):
    assert mend_turn_up(written, source) == wanted


from s2s_core.mends.verbs import mend_hang_out, mend_phrasal  # noqa: E402


@pytest.mark.parametrize("source, written, wanted", [   # leftsenses60 (s41): "we hang out"
    ("We hang out at the park after school.", "Nous traîmes au parc après l'école.",
     "Nous traînons au parc après l'école."),
    ("We usually hang out at my place.", "D'habitude, nous traînmes chez moi.", "D'habitude, nous traînons chez moi."),
    ("We hung out at the park.", "Nous traîmes au parc.", "Nous traîmes au parc."),           # past: not this mend
])
def test_leftsenses60_we_hang_out_is_trainons(source, written, wanted):
    assert mend_hang_out(written, source) == wanted


def test_leftsenses60_the_phrasal_step_runs_all_three():
    assert mend_phrasal("Descends ce couteau !", "Put down that knife!") == "Pose ce couteau !"
    assert mend_phrasal("Montrez la radio.", "Turn up the radio.") == "Montez la radio."
    assert mend_phrasal("Nous traîmes au parc.", "We hang out at the park.") == "Nous traînons au parc."
