"""What started in the past and still goes on, in the present with «depuis» (ongoing.py): "How long have you lived
here?" had come out «Combien de temps avez-vous vécu ici ?», "I've been coughing for a week." «J'ai toussé pendant une
semaine.» (both a finished past)."""
import pytest

from s2s_core.fold import fold
from s2s_core.ongoing import mend, read
from s2s_core.typography import french

READ = [   # (typed, read)
    ("How long have you lived here?", "Since how long have you been living here?"),
    ("how long has she worked at the bank?", "since how long has she been working at the bank?"),
    ("How long has your brother been playing the guitar?", "Since how long has your brother been playing the guitar?"),
    ("How long have you known her?", "Since how long have you been knowing her?"),   # asked only
    ("How long have they been married?", "Since how long have they been married?"),
    ("How long have you had this car?", "Since how long have you had this car?"),   # not "been having"
    ("She has worked at the bank since 2015.", "She has been working at the bank since 2015."),
    ("I've worked here for three years.", "I have been working here for three years."),
    ("She's taught French here since 2010.", "She has been teaching French here since 2010."),
    ("My brother has lived in London for over a year.", "My brother has been living in London for over a year."),
    ("Tom has played the piano since he was six.", "Tom has been playing the piano since he was six."),
    ("We’ve used this car for ages, so…", "We have been using this car for ages, so…"),
    ("He's been working here for six months.", "He has been working here for six months."),   # was times.py's
    ("She's been waiting for twenty minutes.", "She has been waiting for twenty minutes."),
    ("The man who's been waiting since noon", "The man who has been waiting since noon"),
    ("I've lived here for five years.", "I have been living here for five years."),
    ("We have lived in Berlin for two years.", "We have been living in Berlin for two years."),
]
LEFT = [   # no present perfect of what goes on, or not one said in the present
    "I haven't lived here for long.",                 # a negative: French says it in the past too
    "I lived in Lyon for three years.",               # over
    "I've worked hard, for three years at least.",    # the length of time is not in its clause
    "She's used to working for hours.",               # "'s used to": no present perfect
    "It's used for ten minutes at a time.",           # a passive
    "He's known for his temper.",                     # no length of time
    "I've studied the report.",                       # no length of time
    "How long has it been since you saw her?",        # how long ago
    "How long have you been here?",                   # came out right: «Depuis combien de temps êtes-vous ici ?»
    "I've had this car for five years.",              # "had" read "been having" came out «ont-ils eu»
    "How long have you had to wait?",                 # what one had to do
    "I've known about this for years.",               # came out right; "been knowing about" lost «le»
]


@pytest.mark.parametrize("typed, read_as", READ)
def test_what_still_goes_on_is_read_in_the_progressive(typed, read_as):
    assert read(typed) == read_as


@pytest.mark.parametrize("typed", LEFT)
def test_what_does_not_go_on_is_left(typed):
    assert read(typed) == typed


MENDED = [   # (the model's French, the English as read, the French mended)
    ("J'ai toussé pendant une semaine.", "I've been coughing for a week.", "Je tousse depuis une semaine."),
    ("J'ai attendu vingt minutes.", "I've been waiting for twenty minutes.", "J'attends depuis vingt minutes."),
    ("Je me suis senti malade depuis hier, alors je reste à la maison.",
     "I've been feeling sick since yesterday, so I'm staying at home.",
     "Je me sens malade depuis hier, alors je reste à la maison."),
    ("Nous avons été amis depuis l'école.", "We've been friends since school.", "Nous sommes amis depuis l'école."),
    ("Il a plu pendant trois heures.", "It has been raining for three hours.", "Il pleut depuis trois heures."),
    ("Ils les ont attendus pendant une heure.", "They have been waiting for them for an hour.",
     "Ils les attendent depuis une heure."),
    ("Elle a cherché un appartement pendant des mois.", "She has been looking for a flat for months.",
     "Elle cherche un appartement depuis des mois."),
    ("Combien de temps as-tu attendu ?", "Since how long have you been waiting?",
     "Depuis combien de temps attends-tu ?"),
    ("Combien de temps travaille-t-elle à la banque ?", "Since how long has she been working at the bank?",
     "Depuis combien de temps travaille-t-elle à la banque ?"),
    # stems that change: «achète», «appelle», «espère», «nettoient»
    ("J'ai acheté du pain pendant une semaine.", "I've been buying bread for a week.",
     "J'achète du pain depuis une semaine."),
    ("Il m'a appelé depuis ce matin.", "He has been calling me since this morning.",
     "Il m'appelle depuis ce matin."),
    ("J'espérais une réponse depuis lundi.", "I've been hoping for a reply since Monday.",
     "J'espère une réponse depuis lundi."),
    ("Ils ont nettoyé la cuisine pendant deux heures.", "They have been cleaning the kitchen for two hours.",
     "Ils nettoient la cuisine depuis deux heures."),
    # «vous» after «je» is the object, not elided
    ("Je vous ai envoyé des messages depuis hier.", "I've been texting you since yesterday.",
     "Je vous envoie des messages depuis hier."),
]
KEPT = [   # (French, English): left as the model wrote it
    ("Je n'ai pas dormi depuis deux jours.", "I haven't slept for two days."),            # a negative
    ("J'ai vécu à Lyon pendant trois ans.", "I lived in Lyon for three years."),          # over
    ("Je suis allé au marché pendant une heure.", "I've been going to the market for an hour."),  # motion, «être»
    ("Cela fait des années que je l'ai vu.", "It's been years since I saw him."),        # how long ago
    ("J'ai passé deux semaines à Paris.", "I've been spending two weeks in Paris."),     # «passer» + a length
]


@pytest.mark.parametrize("text, source, mended", MENDED)
def test_a_finished_past_for_what_goes_on_is_put_in_the_present(text, source, mended):
    assert mend(text, source) == mended


@pytest.mark.parametrize("text, source", KEPT)
def test_what_the_mend_cannot_say_is_kept(text, source):
    assert mend(text, source) == text


def test_the_mend_is_made_on_the_translation():
    assert french("J'ai toussé pendant une semaine.", "I have been coughing for a week.") == \
        "Je tousse depuis une semaine."


def test_visits_and_how_long_ago_are_no_state_that_goes_on():
    assert mend("J'ai été à Paris trois fois depuis 2010.", "I've been to Paris three times since 2010.") == \
        "J'ai été à Paris trois fois depuis 2010."
    assert mend("J'y ai été deux fois depuis l'été.", "I've been there twice since the summer.") == \
        "J'y ai été deux fois depuis l'été."


def test_asked_in_a_finished_past_is_asked_in_the_present():
    source = "Since how long have you been waiting?"
    assert mend("Combien de temps avez-vous attendu ?", source) == "Depuis combien de temps attendez-vous ?"
    assert mend("Depuis combien de temps a-t-elle été malade ?", "Since how long has she been sick?") == \
        "Depuis combien de temps est-elle malade ?"
    assert mend("Combien de temps a-t-il travaillé ici ?", "Since how long has he been working here?") == \
        "Depuis combien de temps travaille-t-il ici ?"
    assert mend("Combien de temps avez-vous attendu ?", "How long did you wait?") == \
        "Combien de temps avez-vous attendu ?"                 # over: left


def test_what_one_has_had_for_a_time_is_had_in_the_present():
    asked = "Since how long has he had that cough?"
    assert mend("Combien de temps a-t-il eu cette toux ?", asked) == "Depuis combien de temps a-t-il cette toux ?"
    assert mend("Combien de temps as-tu cette voiture ?", "Since how long have you had this car?") == \
        "Depuis combien de temps as-tu cette voiture ?"        # «avoir» already in the present
    assert mend("Elle a eu un mal de dos pendant des semaines.", "She has had a bad back for weeks.") == \
        "Elle a un mal de dos depuis des semaines."
    for kept, said in [("J'ai eu trois cafés depuis le déjeuner.", "I've had three coffees since lunch."),
                       ("J'ai dû attendre pendant une heure.", "I've had to wait for an hour."),
                       ("Elle a eu un bébé depuis notre rencontre.", "She has had a baby since we met.")]:
        assert mend(kept, said) == kept                        # a count, an obligation, an event since a time


def test_a_present_with_pendant_takes_depuis():
    assert mend("Il vit avec le virus pendant 22 ans.", "He has been living with the virus for 22 years.") == \
        "Il vit avec le virus depuis 22 ans."
    assert mend("Il vivra ici pendant deux ans.", "He will live here for two years.") == \
        "Il vivra ici pendant deux ans."


def test_a_noun_subject_takes_the_person_of_its_auxiliary():
    assert mend("Notre équipe a préparé ce projet depuis des mois, donc nous espérons…",
                "Our team has been preparing this project for months, so we hope…") == \
        "Notre équipe prépare ce projet depuis des mois, donc nous espérons…"
    assert mend("Nous avons rénové la cuisine depuis deux mois.",
                "We have been renovating the kitchen for two months.") == \
        "Nous rénovons la cuisine depuis deux mois."


def test_asked_if_it_has_gone_on_long():
    assert mend("Est-ce que tu voyages longtemps ?", "Have you been travelling for long?") == \
        "Est-ce que tu voyages depuis longtemps ?"
    assert mend("Tu voyages longtemps ?", "Will you be travelling for long?") == "Tu voyages longtemps ?"
    assert mend("Tu attends pendant longtemps ?", "Have you been waiting for long?") == "Tu attends depuis longtemps ?"


def test_ca_a_ete_is_c_est():
    assert mend("Ça a été calme depuis lundi.", "It's been quiet since Monday.") == "C'est calme depuis lundi."


OTHER_PASTS = [   # (the model's French, the English, the French mended): an imperfect, a simple past, a state
    ("Elle peignait le salon depuis samedi matin.", "She's been painting the living room since Saturday morning.",
     "Elle peint le salon depuis samedi matin."),
    ("Je nageais deux fois par semaine depuis que mon médecin me l'a dit.",
     "I've been swimming twice a week since my doctor told me to.",
     "Je nage deux fois par semaine depuis que mon médecin me l'a dit."),
    ("Mon voisin tricota la même écharpe depuis des mois.", "My neighbour has been knitting the same scarf for months.",
     "Mon voisin tricote la même écharpe depuis des mois."),
    ("Je lui ai complètement fait confiance depuis le jour où nous nous sommes rencontrés.",
     "I've trusted her completely since the day we met.",
     "Je lui fais complètement confiance depuis le jour où nous nous sommes rencontrés."),
    ("L'entreprise a appartenu à la même famille depuis 1950.",
     "The company has belonged to the same family since 1950.",
     "L'entreprise appartient à la même famille depuis 1950."),
    ("Avez-vous dansé longtemps ? Vous êtes doué.", "Have you been dancing long? You're good.",
     "Dansez-vous depuis longtemps ? Vous êtes doué."),
    ("Avez-vous été debout ici depuis longtemps ?", "Have you been standing here long?",
     "Êtes-vous debout ici depuis longtemps ?"),
    ("Depuis combien de temps as-tu nourri les chats ?", "Since how long have you been feeding the cats?",
     "Depuis combien de temps nourris-tu les chats ?"),
]


@pytest.mark.parametrize("text, source, mended", OTHER_PASTS)
def test_other_pasts_for_what_goes_on_are_put_in_the_present(text, source, mended):
    assert mend(text, source) == mended


def test_a_result_counted_since_a_time_keeps_its_past():
    assert mend("J'ai perdu cinq kilos depuis janvier.", "I've lost five kilos since January.") == \
        "J'ai perdu cinq kilos depuis janvier."
    assert mend("Avez-vous dansé longtemps ?", "Did you dance long?") == "Avez-vous dansé longtemps ?"
    assert mend("Je parlais français depuis deux ans.", "I had been speaking French for two years.") == \
        "Je parlais français depuis deux ans."


def test_a_past_after_depuis_que_is_left():
    assert mend("Je porte des lunettes depuis que j'avais 12 ans.", "I have been wearing glasses since I was 12.") == \
        "Je porte des lunettes depuis que j'avais 12 ans."
    assert mend("Je porte des lunettes depuis que j'ai eu 12 ans.", "I have been wearing glasses since I was 12.") == \
        "Je porte des lunettes depuis que j'ai eu 12 ans."


def test_ca_fait_longtemps_que_is_left():
    assert mend("Ça fait longtemps que j'attends Tom.", "I've been waiting for Tom for a long time.") == \
        "Ça fait longtemps que j'attends Tom."
    assert mend("Il y a deux heures que je l'attends.", "I've been waiting for him for two hours.") == \
        "Il y a deux heures que je l'attends."
    assert mend("Cela fait longtemps qu'il attend ici.", "He's been waiting here for a long time.") == \
        "Cela fait longtemps qu'il attend ici."


def test_asked_of_a_noun_and_what_one_keeps_doing():
    assert mend("Depuis combien de temps ta mère a-t-elle oublié des choses ?",
                "Since how long has your mother been forgetting things?") == \
        "Depuis combien de temps ta mère oublie-t-elle des choses ?"
    assert mend("Depuis combien de temps votre société a-t-elle fourni notre restaurant ?",
                "Since how long has your company been supplying our restaurant?") == \
        "Depuis combien de temps votre société fournit-elle notre restaurant ?"
    assert mend("Elle a dirigé l'équipe de vente depuis 2020.", "She has led the sales team since 2020.") == \
        "Elle dirige l'équipe de vente depuis 2020."
    assert mend("J'ai grimpé avec le même groupe tous les jeudis depuis deux ans.",
                "I've been climbing with the same group every Thursday for two years.") == \
        "Je grimpe avec le même groupe tous les jeudis depuis deux ans."


def test_en_train_de_is_no_past():
    assert mend("Mon frère est en train de s'occuper de la chambre pendant trois semaines.",
                "My brother has been occupying the room for three weeks.") == \
        "Mon frère est en train de s'occuper de la chambre depuis trois semaines."


def test_asked_in_the_imperfect_is_asked_in_the_present():
    assert mend("Depuis combien de temps ton frère conduisait un taxi à Tokyo ?",
                "Since how long has your brother been driving a taxi in Tokyo?") == \
        "Depuis combien de temps ton frère conduit un taxi à Tokyo ?"
    assert mend("Depuis combien de temps tes parents vivaient ici ?",
                "Since how long have your parents been living here?") == \
        "Depuis combien de temps tes parents vivent ici ?"


def test_the_fold_reads_a_phrase_then_what_goes_on():
    assert fold("He's been seeing someone for a few months.", lambda c: True).text == \
        "He has been going out with someone for a few months."


def test_an_elided_pronoun_is_written_whole_before_a_consonant():
    assert mend("Il s'est senti fatigué depuis lundi.", "He has been feeling tired since Monday.") == \
        "Il se sent fatigué depuis lundi."
    assert mend("Elle a peint le salon depuis samedi.", "She has been painting the living room since Saturday.") == \
        "Elle peint le salon depuis samedi."
