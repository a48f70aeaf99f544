"""Training: launch runs in the background, watch them live, compare, stop / resume / delete / promote.

The page only arranges the tabs: ``ui.training`` draws them and calls the run store
(``s2s_core.runs``), which validates and starts the training processes. Runs keep going when the
browser closes.
"""
import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from s2s_core.runs import ACTIVE  # noqa: E402
from ui.training import compare, confirm, controls, fmt, form, panel  # noqa: E402
from ui.training.store import run_store  # noqa: E402

REFRESH_S = 3.0            # while a run trains
IDLE_REFRESH_S = 15.0      # otherwise: a run launched, resumed or deleted from the CLI or another tab shows up

st.title("Training")
store = run_store()
store.refresh_all()         # record runs whose process died before anything is drawn
if "select_next" in st.session_state:
    st.session_state["run_selected"] = st.session_state.pop("select_next")
fmt.show_flash()
if st.session_state.get("confirm_delete"):      # stays set until the dialog is answered or dismissed
    controls.confirm_delete(store, st.session_state["confirm_delete"])
if st.session_state.get(confirm.PENDING):        # a checked request waiting for Launch / Cancel
    confirm.confirm_launch(store)

all_runs = store.list()
# fixed labels: a tab whose label changed (a run count) was a new widget, and the page jumped to the first tab
tab_runs, tab_new, tab_compare = st.tabs(["Runs", "New run", "Compare"])
with tab_runs:
    active = frozenset(r["name"] for r in all_runs if r["state"] in ACTIVE)
    st.fragment(run_every=REFRESH_S if active else IDLE_REFRESH_S)(panel.runs_panel)(store, active)
with tab_new:
    request = form.new_run_form()
    if request is not None:
        form.review(store, request)
with tab_compare:             # live, as the runs tab
    st.fragment(run_every=REFRESH_S if active else None)(compare.compare_tab)(store)
