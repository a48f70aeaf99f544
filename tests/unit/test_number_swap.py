"""A number the model garbled is written as the source has it where the mismatch is one for one (swap.py), and
left for the warning where it is not (session 27, numfix)."""
from __future__ import annotations

import pytest

from s2s_core import trust
from s2s_core.number_repairs import repair, repaired
from s2s_core.swap import swapped


@pytest.mark.parametrize("source, model, expected", [
    ("The laptop costs $2,499.", "L'ordinateur portable coûte 2 999 $.", "L'ordinateur portable coûte 2 499 $."),
    ("It costs 12,995 pounds.", "Ça coûte 1295 livres.", "Ça coûte 12 995 livres."),
    ("There are 2,300,000 people in the city.", "Il y a 20 000 personnes dans la ville.",
     "Il y a 2 300 000 personnes dans la ville."),
    ("More than 63,374 visitors came.", "Plus de 6374 visiteurs sont venus.", "Plus de 63 374 visiteurs sont venus."),
    ("There are 8,542,000 trees.", "Il y a 8\u202f452\u202f000 arbres.", "Il y a 8\u202f542\u202f000 arbres."),
    ("The price is $9,732.93.", "Le prix est de 972.93.", "Le prix est de 9 732,93 $."),   # the sign put back after
    ("He was born in 1987.", "Il est né en 1978.", "Il est né en 1987."),
])
def test_the_one_garbled_number_is_written_as_the_source_has_it(source, model, expected):
    assert trust.missing_numbers([source], model)                  # the warning fired on the model's text …
    assert repair(model, source) == expected
    assert not trust.missing_numbers([source], expected)           # … and it is gone once the number is mended


@pytest.mark.parametrize("source, model", [
    ("It costs $2,499 and $7.", "Il coûte 2 999 $ et 5 $."),                 # two missing: which is which?
    ("My number is 555-7881.", "Mon numéro est 55581."),                       # a phone number
    ("Call 06 12 34 56 78.", "Appelez le 06 12 34 57 78."),
    ("From 10 to 20 people came.", "De 10 à 25 personnes sont venues."),       # a range
    ("It is 15 miles from here.", "C'est à 24 kilomètres d'ici."),             # a unit French converts
    ("Flight 2417 is late.", "Le vol 2471 est en retard."),                    # a code
    ("The stadium holds 81,338 fans.", "Le stade tient 3 fans."),               # too unlike to be a copy
    ("The stadium holds 81,338 fans in 2019.", "Le stade tient 8138 fans en 2091."),   # two unaccounted
    ("The meeting starts at 6:15.", "La réunion commence à 18 h 15."),         # the same number, in French
    ("(12,158 AIDS and 1,317 HIV)", "(128, 158 ACRS et 1317 HIV)"),              # one number cut in two
])
def test_a_mismatch_that_is_not_one_for_one_is_left_for_the_warning(source, model):
    assert swapped(model, source) == (model, "", "")


def test_the_repair_chain_says_what_it_replaced_and_numbers_needs_no_lazy_import():
    """number_repairs.py runs mended → swapped → lost sign and says which number it replaced whole, so the note
    reads it from one run; numbers.py no longer imports swap.py inside a function (swap → trust → numbers)."""
    import ast
    import inspect

    from s2s_core import numbers
    price = repaired("Le prix est de 972.93.", "The price is $9,732.93.")
    assert price == ("Le prix est de 9 732,93 $.", "972.93", "9 732,93")
    assert repair("Le prix est de 972.93.", "The price is $9,732.93.") == price.text
    assert repaired("Il a gagné 1 000 euros.", "He won 1,000,000 euros.") == ("Il a gagné 1 000 000 euros.", "", "")
    functions = [n for n in ast.walk(ast.parse(inspect.getsource(numbers))) if isinstance(n, ast.FunctionDef)]
    assert not [f.name for f in functions for n in ast.walk(f) if isinstance(n, (ast.Import, ast.ImportFrom))]


# --- session 34 (fix35): an hour moved to the afternoon, a spelt round number with a unit more ---
@pytest.mark.parametrize("source, model, expected", [
    ("My flight to Montreal leaves at 6:45 on March 3, and I still haven't packed my suitcase.",
     "Mon vol à Montréal part à 18 h 45 le 3 mars et je n'ai toujours pas fait ma valise.",
     "Mon vol à Montréal part à 6 h 45 le 3 mars et je n'ai toujours pas fait ma valise."),
    ("The bus comes at 9:10.", "Le bus arrive à 21:10.", "Le bus arrive à 9:10."),
    ("My grandmother turns ninety next week.", "Ma grand-mère a quatre-vingt-dix-neuf ans la semaine prochaine.",
     "Ma grand-mère a quatre-vingt-dix ans la semaine prochaine."),
    ("He is thirty today.", "Il a trente-et-un ans aujourd'hui.", "Il a trente ans aujourd'hui."),
    ("She turned eighty.", "Elle a eu quatre-vingt-deux ans.", "Elle a eu quatre-vingts ans."),
    ("My dad turns sixty on Sunday.", "Mon père a soixante-dix ans dimanche.", "Mon père a soixante ans dimanche."),
])
def test_a_flipped_hour_or_a_spelt_number_with_a_unit_more_is_written_as_the_source_has_it(source, model, expected):
    assert trust.missing_numbers([source], model)
    assert repair(model, source) == expected
    assert not trust.missing_numbers([source], expected)


@pytest.mark.parametrize("source, model", [
    ("I leave at 6:45 tonight.", "Je pars à 18 h 45 ce soir."),                 # the evening said: the model's hour
    ("We met at 6:45 in the evening.", "Nous nous sommes rencontrés à 18 h 45."),
    ("It opens at 6:45 and the show starts at 18:45.", "Ça ouvre à 18 h 45 et le spectacle commence à 18 h 45."),
    ("Twenty people came, and thirty stayed.", "Vingt-deux personnes sont venues et trente-trois sont restées."),
    ("He has 3 sons and is fifty.", "Il a 3 fils et a cinquante-deux ans."),     # another number: left to the warning
])
def test_an_hour_or_a_spelt_number_the_source_may_mean_is_left_alone(source, model):
    assert repair(model, source) == model
