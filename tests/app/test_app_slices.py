"""Evaluate page, sliced scores (issue 18): the slice table (length buckets sum to the file), the chart,
a slice's sentences, and trust-flag slices when the outputs carry warnings."""
from __future__ import annotations

from types import SimpleNamespace

from apphelpers import no_problems, plotly_specs
from ui.evalslices import flags

LINES = [("a b c", "c b a"), ("d e f g h i j", "j i h g f e d"), ("a b", "b a"),
         ("b c d e f g h i j k l m", "m l k j i h g f e d c b"), ("c d 4 e ?", "? e 4 d c"), ("e f g", "g f e")]


def evaluated(app):
    at = app.run()
    at.switch_page("app_pages/evaluate.py").run()
    tsv = "".join(f"{s}\t{r}\n" for s, r in LINES).encode()
    at.file_uploader(key="eval_file").set_value(("dev.tsv", tsv, "text/tab-separated-values")).run()
    at.button(key="eval_go").click().run()
    no_problems(at)
    return at


def slice_table(at):
    return next(d.value for d in at.dataframe if "slice" in d.value.columns)


def test_slice_table_sums_to_the_file_and_lists_a_slice(app):
    at = evaluated(app)
    assert any(s.value == "By slice" for s in at.subheader)
    table = slice_table(at).set_index("slice")
    assert table.loc["all", "sentences"] == len(LINES)
    assert table[table["group"] == "length"]["sentences"].sum() == len(LINES)
    assert table.loc["≤ 5 words", "sentences"] == 4 and table.loc["11–20 words", "sentences"] == 1
    assert table.loc["numbers", "sentences"] == 1 and table.loc["questions", "sentences"] == 1
    assert table.loc["all", "BLEU"] == float(next(m.value for m in at.metric if m.label == "BLEU"))
    chart = next(s for s in plotly_specs(at) if s["data"] and s["data"][0]["type"] == "bar")
    assert {t["name"].split(" (all: ")[0] for t in chart["data"]} == {"BLEU", "chrF"}
    tables = len(at.dataframe)                                 # worst sentences, all translations, slices
    assert at.dataframe[2].proto.placeholder == "–"            # an empty slice has no score: no "None"
    pick = at.selectbox(key="eval_slice")
    assert pick.value is None and "6–10 words (1)" in pick.options
    pick.select_index(pick.options.index("6–10 words (1)")).run()
    no_problems(at)
    assert len(at.dataframe) == tables + 1
    rows = at.dataframe[-1].value
    assert list(at.dataframe[-1].proto.column_order[:2]) == ["line", "chrF"]     # laid out as the other tables
    assert list(rows["source"]) == ["d e f g h i j"] and list(rows["line"]) == [2]


def test_trust_flag_slices(app):
    at = evaluated(app)
    done = at.session_state["eval_result"]
    codes = [["repetition"], [], ["length_limit", "repetition"], [], [], []]
    at.session_state["eval_result"] = {**done, "flags": codes}
    at.run()
    no_problems(at)
    table = slice_table(at).set_index("slice")
    assert table.loc["warning: repeats itself", "sentences"] == 2 and table.loc["warning: cut off", "sentences"] == 1
    assert table.loc["no warnings", "sentences"] == 4
    assert any("repeats itself: 2" in w.value and "cut off: 1" in w.value for w in at.warning)    # counted too
    assert list(at.dataframe[1].value["warnings"][:3]) == ["repeats itself", "", "cut off, repeats itself"]


def test_flags_read_warnings_when_the_engine_has_them():
    class W:
        code = "repetition"
    with_field = SimpleNamespace(best=SimpleNamespace(warnings=[W(), "length-limit"]))
    without_field = SimpleNamespace(best=SimpleNamespace(text="x"))
    untranslated = SimpleNamespace(best=None)
    assert flags([with_field, without_field, untranslated]) == [["repetition", "length-limit"], [], []]
