"""The app with hostile input: markup typed or arriving in a shared link is never rendered as HTML,
hostile link parameters are clamped, long text is translated in full, broken and malicious checkpoints
next to a good one, and the network/upload configuration. Complements tests/app/."""
from __future__ import annotations

import json
import os
import shlex
import shutil
import time
import tomllib
from pathlib import Path

import pytest
import torch

from apphelpers import html_values, no_problems, plotly_specs, translate
from battery_support import ROOT, TF_NAME, letters_paragraph, make_app
from s2s_core import checkpoint

SCRIPT = "<script>alert('x')</script> <img src=x onerror=alert(1)> a b c"
RAW = ("<script", "<img")                      # as tags; as escaped text they are fine


def _elements(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _elements(child)


def assert_never_html(at) -> None:
    """No st.html output holds the raw markup; no Markdown element is allowed to render HTML at all;
    chart labels and hover texts are escaped."""
    htmls = html_values(at)
    assert htmls
    for h in htmls:
        assert not any(r in h for r in RAW), h[:300]
    for el in _elements(at._tree):
        proto = getattr(el, "proto", None)
        if proto is not None and hasattr(proto, "allow_html"):
            assert not proto.allow_html, (type(el).__name__, getattr(el, "value", ""))
    for spec in plotly_specs(at):
        assert not any(r in json.dumps(spec) for r in RAW)


def test_script_text_typed_into_the_box_is_shown_escaped(monkeypatch, good_dir):
    at = make_app(monkeypatch, good_dir).run()
    translate(at, SCRIPT + ". d e f")
    no_problems(at)
    assert any("&lt;script&gt;alert('x')&lt;/script&gt;" in h for h in html_values(at)), html_values(at)
    assert_never_html(at)


def test_hostile_shared_link_is_clamped_and_escaped(monkeypatch, good_dir):
    at = make_app(monkeypatch, good_dir)
    at.query_params.update({"model": "../../etc/passwd", "text": SCRIPT, "beam": "0", "nbest": "99999",
                            "lp": "4.5", "maxlen": "-7"})
    at.run()
    no_problems(at)
    assert at.sidebar.selectbox[0].value == TF_NAME
    assert [n.value for n in at.sidebar.number_input] == [1, 64, 0]      # beam, n-best, max length
    assert at.sidebar.slider[0].value == 3.0                              # the slider's own maximum
    assert any("n-best clamped to the beam size (1)" in c.value.replace("\\", "") for c in at.caption)  # escaped
    assert at.text_area(key="text_widget").value == SCRIPT
    assert_never_html(at)
    for lp in ("nan", "-inf", "1e999", "x"):                              # each in a fresh session
        at = make_app(monkeypatch, good_dir)
        at.query_params.update({"text": "a b", "lp": lp, "beam": "1e3"})
        at.run()
        no_problems(at)
        assert 0.0 <= at.sidebar.slider[0].value <= 3.0 and at.sidebar.number_input[0].value == 5


def test_a_link_with_too_much_text_is_not_loaded_and_says_so(monkeypatch, good_dir):
    from ui.state import input_caps
    cap = input_caps().max_chars                       # the engine's cap (s2s_core/limits.py)
    at = make_app(monkeypatch, good_dir)
    at.query_params.update({"text": "a " * (cap // 2 + 1)})
    at.run()
    no_problems(at)
    assert any("was not loaded" in w.value and f"{cap:,}" in w.value for w in at.warning)
    assert at.text_area(key="text_widget").value == "" and not at.dataframe and not at.radio


def test_5000_character_paragraph_is_refused_at_once_with_the_default_caps(monkeypatch, good_dir):
    text, _ = letters_paragraph(5_000, seed=5)      # within the box (4× the cap), over the 1,500-character cap
    at = make_app(monkeypatch, good_dir).run()
    t0 = time.perf_counter()
    translate(at, text)
    assert time.perf_counter() - t0 < 30                                  # no decoding at all (wide margin)
    no_problems(at)
    assert any("too long to translate at once" in w.value for w in at.warning) and not at.dataframe and not at.radio


# ≈ 5-10 s: 650 sentences through the page
def test_18000_character_paragraph_on_the_translate_page_with_raised_caps(monkeypatch, good_dir):
    from ui.state import DETAIL_SENTENCES as DETAILS
    for var, value in (("S2S_MAX_INPUT_CHARS", "20000"), ("S2S_MAX_INPUT_SENTENCES", "1000"),
                       ("S2S_MAX_INPUT_PIECES", "100000")):
        monkeypatch.setenv(var, value)                # an operator may raise the caps
    text, sents = letters_paragraph(18_000, seed=5)
    at = make_app(monkeypatch, good_dir).run()
    t0 = time.perf_counter()
    translate(at, text)
    assert time.perf_counter() - t0 < 120
    no_problems(at)
    assert at.text_area(key="text_widget").value == text                # accepted whole, not cut
    best = next(h for h in html_values(at) if 's2s-best' in h)
    panels = [e for e in at.expander if e.label.startswith("Sentence ")]
    assert len(panels) == DETAILS and panels[0].label.startswith(f"Sentence 1 of {len(sents)}")
    rest = next(d.value for d in at.dataframe if "sentence" in d.value.columns)
    assert list(rest["sentence"]) == list(range(DETAILS + 1, len(sents) + 1))
    assert list(rest["source"]) == sents[DETAILS:]                        # every sentence is there
    assert all(rest["translation"].str.len() > 0)
    for t in rest["translation"][-5:]:                                    # the last ones are in the best box
        assert t.replace("&", "&amp;") in best


def _broken_folder(d: Path, good: Path, marker: Path) -> dict[str, str]:
    """File stem → a fragment of its error. Names sort before the good model (selected first)."""
    shutil.copy(good, d / f"{TF_NAME}.pt")
    data = good.read_bytes()
    (d / "a-empty.pt").write_bytes(b"")
    (d / "b-truncated.pt").write_bytes(data[: len(data) // 2])
    base = {k: v for k, v in checkpoint.load(good).items() if k not in ("format", "version")}

    class Evil:
        def __reduce__(self):
            return os.system, (f"touch {shlex.quote(str(marker))}",)

    torch.save({**base, "format": checkpoint.FORMAT, "version": checkpoint.VERSION, "meta": Evil()}, d / "c-evil.pt")
    torch.save({**base, "format": checkpoint.FORMAT, "version": 7}, d / "d-old-version.pt")
    (d / "e-notes.pt").write_text("my notes\n", encoding="utf-8")
    return {"a-empty": "empty", "b-truncated": "truncated", "c-evil": "refused", "d-old-version": "version 7",
            "e-notes": "wrong format"}


def test_broken_and_malicious_checkpoints_next_to_a_good_one(monkeypatch, tmp_path, tiny_checkpoint):
    marker = tmp_path / "MARKER"
    folder = tmp_path / "models"
    folder.mkdir()
    broken = _broken_folder(folder, Path(tiny_checkpoint), marker)
    at = make_app(monkeypatch, folder).run()
    assert not at.exception
    assert at.sidebar.selectbox[0].options == [*broken, TF_NAME]
    for name, fragment in broken.items():
        at.sidebar.selectbox[0].set_value(name).run()
        assert not at.exception, [e.value for e in at.exception]
        errors = [e.value for e in at.error]
        assert len(errors) == 1 and f"{name}.pt" in errors[0] and fragment in errors[0], (name, errors)
        assert "cannot load checkpoint" in errors[0] and "Traceback" not in errors[0]
        assert not at.radio and not at.dataframe and not plotly_specs(at)
    assert not marker.exists(), "a checkpoint ran a command"
    at.sidebar.selectbox[0].set_value(TF_NAME).run()
    translate(at, "a b c")
    no_problems(at)
    assert any(r.key and r.key.endswith("_nbest") for r in at.radio) and plotly_specs(at)
    assert not marker.exists()


# ---------------------------------------------------------------- network and uploads

def test_server_binds_to_localhost_with_a_modest_upload_limit():
    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    server = cfg["server"]
    assert server["address"] == "127.0.0.1"
    assert isinstance(server["maxUploadSize"], int) and 1 <= server["maxUploadSize"] <= 50     # MB
    assert server.get("enableCORS", True) is True and server.get("enableXsrfProtection", True) is True
    assert server.get("headless") is True
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["client"]["showErrorDetails"] == "none"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "127.0.0.1" in readme and "--server.address 0.0.0.0" in readme and "authentication" in readme
    security = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    assert "--server.address 0.0.0.0" in security and f"maxUploadSize = {server['maxUploadSize']}" in security


def _uploaders(page: str) -> list:
    import ast
    tree = ast.parse((ROOT / page).read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "file_uploader"]


def test_every_upload_widget_restricts_file_types():
    calls = _uploaders("ui/training/form.py")
    assert calls
    for call in calls:
        types = next(k.value for k in call.keywords if k.arg == "type")
        assert {e.value for e in types.elts} <= {"txt", "tsv", "tab"}      # text files only


@pytest.mark.parametrize("name,data,why", [("model.bin", b"\x00\x01", "is a .bin file"),
                                           ("notes", b"a b c\n", "without an extension"),
                                           ("evil.tsv.exe", b"MZ\x90\x00", "is a .exe file"),
                                           ("x.txt", b"a\x00b\n", "binary data"),
                                           ("x.tsv", b"\xff\xfe\x00b", "not UTF-8")])
def test_evaluate_accepts_any_upload_but_reads_only_text_files(name, data, why):
    """The Evaluate uploader takes any file (a wrong one gets an explanation, not Streamlit's bare red chip);
    ``evalfile.parse``, which every upload goes through, refuses all but .txt/.tsv/.tab UTF-8 text."""
    from ui import evalfile
    calls = _uploaders("app_pages/evaluate.py")
    assert len(calls) == 1 and "evalfile.parse(name, data)" in (ROOT / "app_pages/evaluate.py").read_text()
    with pytest.raises(ValueError, match=why):
        evalfile.parse(name, data)
    assert evalfile.parse("ok.TSV", b"a\tb\n").references == [["b"]]


def test_hostile_text_in_the_what_if_tab_is_never_html(monkeypatch, good_dir):
    """Inspect → What if…: markup in both sentences (A via the page's box, B typed) never renders as HTML,
    in the word diff, the generated edits' labels, the tables or the charts."""
    at = make_app(monkeypatch, good_dir).run()
    at.switch_page("app_pages/inspect.py").run()
    at.text_input(key="inspect_text").input(SCRIPT).run()
    at.session_state["inspect_tab"] = "What if…"
    at.run()
    at.text_input(key="_w_whatif_b").input(SCRIPT.replace("alert", "confirm") + " <b>d</b>").run()
    no_problems(at)
    assert sum("s2s-diff" in h for h in html_values(at)) == 4
    assert_never_html(at)
    assert not any(r in b.label for b in at.button for r in RAW)
