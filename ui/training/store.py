"""One RunStore per runs folder for the whole server (st.cache_resource): the processes it starts stay
its children across reruns and sessions, so it can reap them and report their exit codes."""
from __future__ import annotations

import streamlit as st

from s2s_core import paths
from s2s_core.runs import RunStore


@st.cache_resource(show_spinner=False, max_entries=8)
def _store(root: str) -> RunStore:
    return RunStore(root)


def run_store() -> RunStore:
    """The store of the current runs folder (``$S2S_RUNS_DIR``)."""
    return _store(str(paths.runs_dir()))
