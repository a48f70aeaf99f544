"""Evaluate page (file upload, progress, BLEU/chrF with signatures, worst sentences, downloads)
and a broken checkpoint next to good ones."""
from __future__ import annotations

from apphelpers import TF, no_problems, plotly_specs, translate

from apphelpers import make_app


def open_evaluate(app):
    at = app.run()
    at.switch_page("app_pages/evaluate.py").run()
    no_problems(at)
    return at


def test_evaluate_tsv_with_references(app):
    at = open_evaluate(app)
    rows = ["a b c\tc b a\tc b  a", "d e f g\tg f e d", "h i\ti h\t", "b b c\tc b b\tc b b"]
    tsv = ("\n".join(rows) + "\n").encode()
    at.file_uploader(key="eval_file").set_value(("dev.tsv", tsv, "text/tab-separated-values"))
    at.run()
    no_problems(at)
    assert any(m.value == "**4** lines, **2** reference columns" for m in at.markdown)
    at.button(key="eval_go").click().run()
    no_problems(at)
    metrics = {m.label: float(m.value) for m in at.metric}
    assert set(metrics) >= {"BLEU", "chrF"} and all(0 <= v <= 100 for v in metrics.values())
    sig = at.code[0].value
    assert "nrefs:var" in sig or "nrefs:2" in sig
    assert "chrF:" in sig and "BLEU:" in sig
    worst, table = at.dataframe[0].value, at.dataframe[1].value
    assert list(worst["chrF"]) == sorted(worst["chrF"])
    assert len(table) == 4 and "reference 2" in table.columns
    assert {b.label for b in at.download_button} >= {"Download translations (.txt)", "Download table (.tsv)"}
    # Results stay on reruns; a change of settings asks for a new run.
    at.run()
    assert at.metric
    at.sidebar.number_input[0].set_value(2).run()
    assert any("changed" in i.value for i in at.info) and not at.metric
    at.button(key="eval_go").click().run()
    assert at.metric and not at.info                        # the notice goes once the file is translated again
    # Streamlit forgets an upload when the page is left: the last file's results come back with it.
    at.switch_page("app_pages/translate.py").run()
    at.switch_page("app_pages/evaluate.py").run()
    at.file_uploader(key="eval_file").set_value(None).run()
    no_problems(at)
    assert any("dev\\.tsv" in c.value and "translated earlier" in c.value for c in at.caption)  # Markdown-escaped
    assert at.metric and len(at.dataframe[1].value) == 4
    # Another file is not "changed since the last run": it has never been run.
    at.file_uploader(key="eval_file").set_value(("other.txt", b"a b\n", "text/plain")).run()
    assert not at.info and not at.metric


def test_evaluate_plain_text_and_bad_files(app):
    at = open_evaluate(app)
    at.file_uploader(key="eval_file").set_value(("in.txt", b"a b c\n\nd e\n", "text/plain")).run()
    at.button(key="eval_go").click().run()
    assert not at.exception and not at.metric
    assert any("1 line has no source and is kept blank" in w.value for w in at.warning)    # the empty middle line…
    assert not any("could not be translated" in w.value for w in at.warning)                # …is no failure
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 3
    assert at.dataframe[0].value["translation"][1] == "" and "problem" not in at.dataframe[0].value
    at.file_uploader(key="eval_file").set_value(("bad.txt", b"\xff\xfe\x00bad", "text/plain")).run()
    assert any("not UTF-8" in e.value for e in at.error)


def test_a_header_line_is_left_out_and_line_numbers_stay_the_files(app):
    at = open_evaluate(app)
    tsv = b"Source\tReference\na b c\tc b a\nd e\te d\n"
    at.file_uploader(key="eval_file").set_value(("dev.tsv", tsv, "text/tab-separated-values")).run()
    assert any("Line 1 (Source / Reference) looks like a header" in w.value for w in at.warning)
    assert any(m.value == "**2** lines, **1** reference column" for m in at.markdown)     # not "column(s)"
    at.button(key="eval_go").click().run()
    no_problems(at)
    table = at.dataframe[1].value
    assert list(table["source"]) == ["a b c", "d e"] and list(table["line"]) == [2, 3]


def test_the_page_reads_a_file_as_the_evaluate_command_does():
    from ui.evalfile import parse
    es = parse("dev.tsv", "I like\u2028cats.\tJ'aime les chats.\nHi\u0085there\tSalut\r\nOld\rMac\n".encode())
    assert es.sources == ["I like\u2028cats.", "Hi\u0085there", "Old", "Mac"]           # lines end at \n, \r\n, \r
    es = parse("dev.tsv", b"a b\tb a\nc d\td c\na b\tb  a\na b\tb a\n")
    assert es.sources == ["a b", "c d"] and es.references == [["b a", "b  a"], ["d c"]] and es.lines == [1, 2]
    assert any("1 source sentence appears on more than one line: it is" in w for w in es.warnings)


def test_a_files_warnings_are_sentences_with_plurals_that_agree():
    """"line 1 (…) looks like a header and is left out", "2 line(s) have no reference": each now starts with a
    capital, ends with a full stop, and says "1 line has" or "2 lines have"."""
    from ui.evalfile import parse
    es = parse("dev.tsv", b"Source\tReference\na b\t\n\tx\nc d\t\ne f\tf e\ne f\tf  e\ng h\tg\ng h\th g\n")
    assert es.warnings == [
        "Line 1 (Source / Reference) looks like a header and is left out.",
        "1 line has no source and is kept blank (nothing to translate).",
        "2 lines have no reference; they count as empty references (the `evaluate` command refuses such a file).",
        "2 source sentences appear on more than one line: each is translated once and scored against the references "
        "of all its lines, as the `evaluate` command does."]
    es = parse("dev.tsv", b"a b\tb a\n\tx\n\ty\nc d\t\n")
    assert es.warnings[:2] == ["2 lines have no source and are kept blank (nothing to translate).",
                               "1 line has no reference; it counts as an empty reference (the `evaluate` command "
                               "refuses such a file)."]
    assert parse("in.tsv", b"a b\t\nc\t\n").warnings == ["The TSV has no reference columns: translating only."]


def test_broken_checkpoint_shows_error_and_others_still_work(monkeypatch, broken_dir):
    at = make_app(monkeypatch, broken_dir).run()
    assert not at.exception
    assert at.sidebar.selectbox[0].value == "a-broken"           # alphabetically first, selected
    errors = [e.value for e in at.error]
    assert errors and "a-broken.pt" in errors[0] and "cannot load checkpoint" in errors[0]
    at.sidebar.selectbox[0].set_value(TF).run()
    translate(at, "a b c")
    no_problems(at)
    assert any(r.key and r.key.endswith("_nbest") for r in at.radio) and plotly_specs(at)   # alternatives, a map
    # The broken model also fails politely on the other pages and in the comparison view.
    at.switch_page("app_pages/inspect.py").run()
    at.session_state["inspect_tab"] = "Compare models"
    at.run()
    at.selectbox(key="cmp_b").set_value("a-broken").run()
    assert not at.exception
    assert any("a-broken.pt" in e.value for e in at.error)
    assert len([s for s in plotly_specs(at) if s["data"][0]["type"] == "heatmap"]) == 1


def test_evaluate_names_the_unsure_words(app, monkeypatch):
    from s2s_core import trust
    from s2s_core.translator import Translator
    real, named = Translator.translate_batch, {}

    def fake(self, texts, **kw):                      # line 2's first word made unsure
        out = real(self, texts, **kw)
        for t in out:
            h = t.best
            h.tokens[0] = "▁w" + h.tokens[0].lstrip("▁")
            h.token_log_probs[:] = [-2.5 if t.source == "d e f g" else -0.1] + [-0.1] * (len(h.tokens) - 1)
            h.warnings = trust.assess(h, t.source_tokens)
            named[t.source] = trust.unsure_words(h.tokens, h.token_log_probs)
        return out
    monkeypatch.setattr(Translator, "translate_batch", fake)
    at = open_evaluate(app)
    tsv = b"a b c\tc b a\nd e f g\tg f e d\n"
    at.file_uploader(key="eval_file").set_value(("u.tsv", tsv, "text/tab-separated-values")).run()
    at.button(key="eval_go").click().run()
    no_problems(at)
    table = at.dataframe[1].value                      # all translations (the first: the worst ones)
    assert named["a b c"] == [] and len(named["d e f g"]) == 1
    assert list(table["unsure words"]) == ["", named["d e f g"][0]]
    assert "unsure word" not in table["warnings"][0] and "unsure word" in table["warnings"][1]


def test_pasted_lines_are_scored_like_an_upload_and_survive_a_visit_to_another_page(app):
    """Copied from a spreadsheet, cells arrive tab-separated: a quick demo needs no file."""
    at = open_evaluate(app)
    at.text_area(key="eval_paste").set_value("a b c\tc b a\nd e f g\tg f e d\n").run()
    no_problems(at)
    assert any("2" in m.value and "1** reference column" in m.value for m in at.markdown)
    at.button(key="eval_go").click().run()
    no_problems(at)
    assert {"BLEU", "chrF"} <= {m.label for m in at.metric}
    at.switch_page("app_pages/translate.py").run()
    at.switch_page("app_pages/evaluate.py").run()
    assert at.text_area(key="eval_paste").value.startswith("a b c\tc b a")
    assert {"BLEU", "chrF"} <= {m.label for m in at.metric}



def test_worst_sentences_leave_out_perfect_lines():
    """The first-visit walk-through: with a short sample, "Worst sentences" listed lines scoring 100.0."""
    import pandas as pd
    from ui.evalfile import worst_sentences
    df = pd.DataFrame({"line": [1, 2, 3, 4], "chrF": [100.0, 35.5, 100.0, 12.0]})
    assert list(worst_sentences(df)["line"]) == [4, 2]
    assert worst_sentences(df.iloc[[0, 2]]).empty
