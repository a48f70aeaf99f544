"""French typed into an English → French box by mistake: the page says so above the (nonsense) translation."""
from apphelpers import no_problems, translate


def infos(at) -> list[str]:
    return [i.value for i in at.info]


def test_french_input_is_flagged_and_still_translated(app, monkeypatch):
    monkeypatch.setattr("ui.state.pair_codes", lambda card: ("en", "fr"))     # the toy model's pair is xx-yy
    at = translate(app.run(), "Je voudrais un café, s'il vous plaît.")
    no_problems(at)
    assert any("looks like French already" in i for i in infos(at))
    assert at.radio                                   # the translation is still shown below the note


def test_english_input_has_no_such_note(app, monkeypatch):
    monkeypatch.setattr("ui.state.pair_codes", lambda card: ("en", "fr"))
    at = translate(app.run(), "I would like a coffee, please.")
    no_problems(at)
    assert not any("already" in i for i in infos(at))
