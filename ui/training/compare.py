"""The compare tab: one metric of several runs overlaid, and what makes their numbers not comparable (other dev
sets, language pairs or vocabularies)."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Mapping, Optional

import streamlit as st

from s2s_core import run_viz
from s2s_core.runs import RunStore

from ..exports import chart

DEV_SERIES = ("valid_loss", "valid_bleu", "valid_chrf")
LOSS_SERIES = ("loss", "valid_loss")
GPU_SERIES = ("gpu_util", "gpu_mem_used_mb")


def _dev_set(train_config: Mapping) -> Optional[str]:
    """What a run validated on: its dev file's content (the app gives each run its own copy of a held-out split,
    so paths always differ), else its path."""
    valid = train_config.get("valid")
    if not valid:
        return None
    try:
        stat = Path(valid).stat()
    except OSError:
        return str(valid)
    return _digest(str(valid), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _digest(path: str, mtime_ns: int, size: int) -> str:
    """A dev file's content hash, read once per version of the file (the tab refreshes every few seconds)."""
    try:
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except OSError:
        return path


def vocabulary(metrics: Mapping) -> Optional[int]:
    """A run's vocabulary size as trained (its start event), not as asked for."""
    return next((e.get("vocab_size") for e in reversed(metrics.get("events", [])) if e.get("event") == "start"), None)


def not_comparable(configs: Mapping[str, Mapping], key: str, vocab: Mapping[str, Optional[int]]) -> list[str]:
    """Why the runs' ``key`` curves do not compare, one sentence each (none when they do): other language pairs,
    other dev sets for dev metrics, other vocabulary sizes (``vocab``, by run) for a loss (cross-entropy per
    token depends on it)."""
    tc = {n: c.get("train_config") or {} for n, c in configs.items()}
    why = []
    pairs = {(t.get("src_lang"), t.get("tgt_lang"), bool(t.get("swap"))) for t in tc.values()}
    if len(pairs) > 1:
        why.append("These runs translate between different languages.")
    if key in DEV_SERIES and len({_dev_set(t) for t in tc.values()}) > 1:
        why.append("These runs were validated on different dev sets: their dev scores do not compare.")
    sizes = {v for v in vocab.values() if v}
    if key in LOSS_SERIES and len(sizes) > 1:
        why.append(f"Their vocabularies differ ({', '.join(f'{v:,}' for v in sorted(sizes))} pieces): a loss per "
                   "token depends on the vocabulary.")
    return why


def compare_tab(store: RunStore) -> None:
    names = [r["name"] for r in store.list()]
    if len(names) < 2:
        st.info("Compare needs at least two runs.")
        return
    # the choice lives in session state only (a widget default as well makes Streamlit warn); deleted runs drop out
    st.session_state["compare_runs"] = [n for n in st.session_state.get("compare_runs", names[:2]) if n in names]
    chosen = st.multiselect("Runs", names, key="compare_runs")
    metrics = {n: store.metrics(n) for n in chosen}
    gpu = any("gpu_util" in r for m in metrics.values() for r in m.get("train", []))
    keys = [k for k in run_viz.SERIES if gpu or k not in GPU_SERIES]        # no GPU series where none was logged
    if st.session_state.get("compare_metric") not in keys:
        st.session_state.pop("compare_metric", None)
    key = st.selectbox("Metric", keys, key="compare_metric", format_func=lambda k: run_viz.SERIES[k][2])
    log_y = st.checkbox("Log scale", key="compare_log")
    if chosen:
        vocab = {n: vocabulary(m) for n, m in metrics.items()}
        for why in not_comparable({n: store.config(n) for n in chosen}, key, vocab):
            st.warning(why, icon=":material/compare_arrows:")
        fig = run_viz.compare_figure(metrics, key, log_y)
        chart(fig, "compare_fig")
        empty = [n for n in chosen if n not in {t.name for t in fig.data}]
        if empty:
            st.caption(f"No {run_viz.SERIES[key][2]} for: {', '.join(empty)} (not logged by these runs, or not "
                       "yet).")
