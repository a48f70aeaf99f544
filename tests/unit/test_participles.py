"""A participle after "être" in its subject's gender and number (participles.py): pure strings, no model."""
import pytest

from s2s_core import typography
from s2s_core.participles import forms, mend

MENDED = [
    ("Elle a été promu la semaine dernière.", "Elle a été promue la semaine dernière."),   # the model's slips
    ("L'imprimante est cassé.", "L'imprimante est cassée."),
    ("Mon application a été rejeté.", "Mon application a été rejetée."),
    ("Elle a été élu présidente.", "Elle a été élue présidente."),
    ("L'actrice a été nommé pour une récompense.", "L'actrice a été nommée pour une récompense."),
    ("L'infirmière était très gentil.", "L'infirmière était très gentille."),
    ("Ses sœurs sont mariés.", "Ses sœurs sont mariées."),
    ("Ma commande est arrivé.", "Ma commande est arrivée."),                                 # the task's
    ("La réunion a été annulé.", "La réunion a été annulée."),
    ("Ta voiture est prêt.", "Ta voiture est prête."),
    ("Les clés sont perdu.", "Les clés sont perdues."),
    ("Ma commande n'est toujours pas arrivé.", "Ma commande n'est toujours pas arrivée."),
    ("Hier, la réunion a été annulé.", "Hier, la réunion a été annulée."),
    ("Je pense qu'elle est fatigué.", "Je pense qu'elle est fatiguée."),
    ("La fenêtre était cassé et elle est parti.", "La fenêtre était cassée et elle est partie."),
    ("Elle va être promu.", "Elle va être promue."),
    ("Elles sont parti.", "Elles sont parties."),
    ("Ils sont fatigué.", "Ils sont fatigués."),
    ("Les magasins sont fermé.", "Les magasins sont fermés."),
]
KEPT = [
    "Elle a mangé.", "Elle a mangé une pomme.",          # "avoir" alone: no agreement with the subject
    "Le prix de la maison est élevé.",                   # "la maison" after "de" is not the subject
    "La porte est grand ouverte.", "Elle est haut placée.",   # adverbs before a participle
    "Elle est médecin.", "Elle est chef.",                # a noun after "être"
    "Elles sont neuf.", "La voiture est bon marché.",    # a numeral, a fixed phrase
    "Tom et elle sont marié.",                            # a compound subject: its gender is not known
    "Lui et elle sont mariés.", "Est-elle prête ?", "Elle s'est lavé les mains.",
    "Le magasin est fermé.", "Le train est arrivé.", "Les enfants sont fatigués.",
    "La Rochelle est connu pour son port.",              # a name
]


@pytest.mark.parametrize("wrong, right", MENDED)
def test_participle_takes_the_gender_and_number_of_its_subject(wrong, right):
    assert mend(wrong) == right


@pytest.mark.parametrize("text", KEPT)
def test_right_or_unsure_participles_are_kept(text):
    assert mend(text) == text


def test_french_typography_mends_the_participle():
    assert typography.french("Elle a été promu la semaine dernière.", "She was promoted last week.") \
        == "Elle a été promue la semaine dernière."


def test_form_list_is_derived_pairs():
    table = forms()
    assert table["promu"] == ("promu", "promue", "-", "promues") and table["prête"][0] == "prêt"
    assert table["perdus"] == ("perdu", "perdue", "perdus", "perdues")
    assert not {"médecin", "tout", "bon", "fort", "neuf", "été", "pendant"} & set(table)


@pytest.mark.parametrize("text", [
    # found on the training corpus's references: joined subjects, a comparison, adverbs, a noun "partie"
    "Il importe que les échantillons et les données soient conservés.",
    "Je sais que les intérêts et les préoccupations sont très différents.",
    "que le consommateur ou la consommatrice est conscient de cette quantité",
    "Quelque chose d'aussi important que cette initiative doit être enlevé des mains des politiciens.",
    "telles que les restaurants et les épiceries ne seraient pas affectés",
    "Elles seraient bien sûr du même sexe.", "qu'elles seront partie à cette démarche",
    "Son affaire n'est pas si haut sur pattes.", "Pourtant, l'amiante est produit au Québec.",
])
def test_joined_or_compared_subjects_and_fixed_phrases_are_kept(text):
    assert mend(text) == text


@pytest.mark.parametrize("text", [
    "si la victime était citoyen canadien",               # a noun and its adjective agreeing: not the subject's
    "La famille est bien entendu enchantée.",             # "bien entendu" an adverb
])
def test_phrases_after_etre_are_kept(text):
    assert mend(text) == text


@pytest.mark.parametrize("wrong, right", [
    ("Elle est familier de l'histoire japonaise.", "Elle est familière de l'histoire japonaise."),  # Tatoeba dev/test
    ("Ces pommes sont pourri.", "Ces pommes sont pourries."),
])
def test_slips_found_on_tatoeba_are_mended(wrong, right):
    assert mend(wrong) == right


@pytest.mark.parametrize("wrong, right", [
    ("La plage était bondé.", "La plage était bondée."),        # a noun not listed: its determiner's gender
    ("La tour est fermé.", "La tour est fermée."),              # a noun of both genders: the determiner decides
    ("La plupart sont venus.", "La plupart sont venus."),       # a singular determiner, a plural verb: unsure
])
def test_determiner_gives_the_gender_of_an_unlisted_noun(wrong, right):
    assert mend(wrong) == right
