"""mends/__init__.py: STEPS runs every module of the package, in the order typography.french ran them before the
package (session 40); mend() is STEPS run in turn."""
import pkgutil

import s2s_core.mends as mends
from s2s_core.mends import STEPS, mend


def test_every_mend_module_has_a_step():
    """A module added to mends/ and not to STEPS would never run: each gives at least one step."""
    modules = {m.name for m in pkgutil.iter_modules(mends.__path__)}
    stepped = {step.__module__.rsplit(".", 1)[-1] for step in STEPS}
    assert modules <= stepped, modules - stepped


def test_grammar_sits_between_mail_and_senses():
    """The grammar steps agree what jobs.py and mail.py wrote («Votre ordre a été expédié» → «Votre commande a été
    expédiée»), so they run after those two and before senses.py, as typography.french called them."""
    order = [f"{step.__module__.rsplit('.', 1)[-1]}.{step.__name__}" for step in STEPS]
    assert order[:3] == ["doubled.mend", "jobs.mend", "mail.mend"]   # a word written twice, first (s45)
    assert order.index("senses.mend") == 9             # after it, jobs, mail and the six grammar steps
    assert order[-1] == "verbs.mend_lone_ne"


def test_the_three_steps_that_were_contexts_run_in_its_order():
    """mends/contexts.py (s41) was split by kind into vehicles.py, errands.py and scenes.py; its ``mend`` ran the
    tyres, worn things and parts first, then bookings, a shift, a banknote and household senses, then the scenes'
    table, right after senses.py: the three steps keep that order and place."""
    order = [f"{step.__module__.rsplit('.', 1)[-1]}.{step.__name__}" for step in STEPS]
    at = order.index("senses.mend")
    assert order[at + 1:at + 4] == ["vehicles.mend", "errands.mend", "scenes.mend"]


def test_mend_runs_the_steps_in_turn():
    source = "Your order has been shipped and will arrive in three working days."
    text = "Votre ordre a été expédié et arrivera dans trois jours de travail."
    stepped = text
    for step in STEPS:
        stepped = step(stepped, source)
    assert mend(text, source) == stepped == "Votre commande a été expédiée et arrivera dans trois jours ouvrables."
