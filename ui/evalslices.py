"""The Evaluate page's sliced scores: BLEU and chrF per slice of the file (source length buckets, numbers,
names, questions and the outputs' trust flags, see :mod:`s2s_core.slices`) as a table and a bar chart.
Picking a slice (a bar in the chart, or the picker) lists its sentences from the results table."""
from __future__ import annotations

from typing import Optional, Sequence

import pandas as pd
import streamlit as st

from s2s_core.slice_viz import display_name, slice_chart, slices_frame
from s2s_core.slices import Slice, evaluate_slices, trust_codes
from s2s_core.translator import Translation

from . import evalfile
from .exports import selectable_chart

PICK, CHART = "eval_slice", "eval_slice_chart"
COLUMNS = {"slice": st.column_config.TextColumn(width=104), "group": st.column_config.TextColumn(width=62),
           "sentences": st.column_config.NumberColumn("n", width=40, help="sentences"),       # all six fit a
           "share %": st.column_config.NumberColumn("%", width=44, help="share of the file's sentences"),   # 440-px
           "BLEU": st.column_config.NumberColumn(width=52, format="%.1f"),     # column; one decimal, as the
           "chrF": st.column_config.NumberColumn(width=52, format="%.1f")}     # chart's legend


def flags(translations: Sequence[Translation]) -> list[list[str]]:
    """Trust-flag codes of each line's best hypothesis (none where the engine gives no warnings)."""
    return [trust_codes(t.best) for t in translations]


@st.cache_data(max_entries=8, show_spinner="Scoring slices …")
def _score(sources: tuple, hyps: tuple, refs: tuple, codes: Optional[tuple]) -> list[Slice]:
    return evaluate_slices(list(sources), list(hyps), [list(r) for r in refs],
                           None if codes is None else [list(c) for c in codes])


def score(sources: Sequence[str], hyps: Sequence[str], refs: Sequence[Sequence[str]],
          codes: Optional[Sequence[Sequence[str]]]) -> tuple[Optional[list[Slice]], Optional[str]]:
    """Cached sliced scores; (None, message) instead of an exception."""
    try:
        return _score(tuple(sources), tuple(hyps), tuple(map(tuple, refs)),
                      None if codes is None else tuple(map(tuple, codes))), None
    except Exception as e:
        return None, f"Sliced scoring failed ({type(e).__name__}: {str(e)[:300]})."


def _chart_pick() -> None:
    """A click on a bar picks its slice (the bars carry their slice's index as customdata)."""
    ev = st.session_state.get(CHART)
    points = getattr(getattr(ev, "selection", None), "points", None)
    if points is None and isinstance(ev, dict):
        points = ev.get("selection", {}).get("points", [])
    for pt in points or []:
        if isinstance(pt.get("customdata"), int):
            st.session_state[PICK] = pt["customdata"]
            return


def show(sources: Sequence[str], hyps: Sequence[str], refs: Sequence[Sequence[str]],
         codes: Optional[Sequence[Sequence[str]]], results: pd.DataFrame, font_size: int = 12) -> None:
    """The "By slice" section; ``results`` is the page's table (one row per line, in file order)."""
    slices, err = score(sources, hyps, refs, codes)
    if err:
        st.warning(err)
        return
    st.subheader("By slice")
    st.caption("BLEU and chrF on each slice's sentences alone. Length buckets (source words) partition the file; "
               "numbers, names (capitalised words inside a sentence), questions and trust flags may overlap. "
               "Small slices give noisy scores: mind the counts.")
    st.dataframe(slices_frame(slices), hide_index=True, key="eval_slices", placeholder="–", column_config=COLUMNS,
                 width="content")                  # the table above the chart: beside it, a 900-px window scrolled it
    selectable_chart(slice_chart(slices, font_size), CHART, _chart_pick)
    options = [k for k, s in enumerate(slices) if s.count]
    if st.session_state.get(PICK) not in options:
        st.session_state.pop(PICK, None)
    k = st.selectbox("Show the sentences of a slice (or click its bar)", options, index=None, key=PICK,
                     placeholder="Pick a slice", format_func=lambda k: f"{display_name(slices[k])} ({slices[k].count})")
    if k is not None:
        rows = results.iloc[slices[k].indices]
        st.dataframe(rows, hide_index=True, key="eval_slice_rows", **evalfile.table_layout(rows))   # as the others
