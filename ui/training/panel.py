"""The runs tab (run table + the selected run: status, metrics, curves, probes, log, settings; the compare tab is
compare.py). Figures come from ``s2s_core.run_viz``; text from the run folder is shown verbatim
(code blocks, plain text), never as markdown or HTML."""
from __future__ import annotations

import shlex
from typing import Optional

import streamlit as st

from s2s_core import run_viz
from s2s_core.runs import ACTIVE, RunStore, shown_state, start_times
from s2s_core.viz import md_escape

from ..exports import PHONE_PX, chart, scroll_to_on_phones, two_a_row_on_phones
from . import fmt, guide
from .controls import controls, show_note


def presenting() -> bool:
    """Presenter mode (the sidebar's toggle): a demo shows the run, not its process, log or command line."""
    return bool(st.session_state.get("presenter"))


def status_block(name: str, status: dict, config: dict) -> None:
    head = st.columns([3, 2])
    with head[0]:
        st.subheader(f"`{name}`", anchor=False)
        fmt.state_badge(shown_state(status))
    launch = config.get("launch", {})
    where = status.get("device") or launch.get("device") or "auto"
    procs = launch.get("nproc", 1) * launch.get("nnodes", 1)
    first, resumed = start_times(status)            # as the run's card and the table say it: its first start
    when = f"started {fmt.when(first)}" + (f" · resumed {fmt.when(resumed)}" if resumed else "") \
        + (f" · ended {fmt.when(status.get('ended'))}" if status.get("ended") else "")
    head[1].caption(when.capitalize() if presenting() else
                    f"pid {status.get('pid', '–')} · {where}" + (f" × {procs} processes" if procs > 1 else "")
                    + f" · {when} · attempt {status.get('attempts', 1)}")
    if status["state"] == "failed":
        st.error(f"Failed: {status.get('reason') or 'unknown reason'}"
                 + (f" — {status['detail']}" if status.get("detail") else ""))
    elif status["state"] in ("stopped", "completed") and status.get("reason"):
        st.caption(f"Ended: {fmt.reason(status['reason'])} at step {status.get('step')}.")
    elif status["state"] == "queued":
        st.caption("Loading the last checkpoint and the data …" if status.get("last_checkpoint_step") else
                   "Reading the corpus and training the tokenizer …")
    saved, step = status.get("last_checkpoint_step") or 0, status.get("step") or 0
    if status["state"] in ("stopped", "failed") and step > saved:
        st.caption(f"Resume continues from step {saved:,}, the last checkpoint: steps {saved + 1:,}–{step:,} are "
                   "trained again." if saved else "No checkpoint was saved: resume starts from step 0.")


def _system_metric(col, last: dict, live: bool) -> None:
    """GPU or CPU use of the training process: its latest sample, marked "last" once the run has ended."""
    when = "" if live else " (last)"
    if "gpu_util" in last:          # short values: a 900-px window's metric columns cut "85% · 10.2 GB"
        col.metric("GPU" + when, f"{last['gpu_util']:.0f}%",
                   help=f"utilisation; memory {fmt.num(last.get('gpu_mem_used_mb'), ',.0f')} / "
                        f"{fmt.num(last.get('gpu_mem_total_mb'), ',.0f')} MB; this run's peak "
                        f"{fmt.num(last.get('gpu_max_allocated_mb'), ',.0f')} MB")
    elif "cpu_percent" in last:
        col.metric("CPU" + when, f"{last['cpu_percent']:.0f}%",
                   help=f"the training process (100% = one core); resident memory "
                        f"{(last.get('ram_mb') or 0) / 1024:.1f} GB")
    else:
        col.metric("Memory", f"{fmt.num(last['memory_mb'], ',.0f')} MB" if last.get("memory_mb") else "–")


def metric_row(status: dict, metrics: dict, patience: int = 0) -> None:
    last = metrics["train"][-1] if metrics["train"] else {}
    step, max_steps = status.get("step", 0), status.get("max_steps")
    if max_steps:
        st.progress(min(step / max_steps, 1.0), text=f"step {step:,} of {max_steps:,}")
    box = st.container(key="run_metrics")
    box.html(two_a_row_on_phones("run_metrics"))
    cols = box.columns(4) + box.columns(4)
    cols[0].metric("Step", f"{step:,}", help=f"of {max_steps or 'no limit'}; epoch {status.get('epoch')}; "
                                           f"last checkpoint at step {status.get('last_checkpoint_step') or '–'}")
    cols[1].metric("Training loss", fmt.num(last.get("loss"), ".3f"))
    cols[2].metric("Dev BLEU", fmt.num(status.get("valid_bleu"), ".1f"),
                   help=f"best so far {fmt.num(status.get('best_bleu'), '.1f')}")
    cols[3].metric("Dev chrF", fmt.num(status.get("valid_chrf"), ".1f"))
    cols[4].metric("Tokens / s", fmt.compact(last.get("tokens_per_s")),
                   help=f"{fmt.num(last.get('tokens_per_s'), ',.0f')} target tokens a second; "
                        f"{fmt.num(last.get('steps_per_s'), '.1f')} steps/s")
    _system_metric(cols[5], last, status["state"] in ACTIVE)
    cols[6].metric("ETA", fmt.duration(status.get("eta_s")) if status["state"] in ACTIVE else "–",
                   help="From the step limit and the current steps/s." + (
                       f" Early stopping may end it sooner (after {patience} validations without a better dev "
                       "score)." if patience else ""))
    cols[7].metric("Padding", fmt.num(last.get("padding_ratio"), ".0%"), help="padded slots / all slots in a batch")


def _follow_newest(key: str, steps: list) -> str:
    """``key`` of the step slider, on the newest step while the user has not scrubbed away from it (a new
    validation moves it along), else where the user left it (a key that changed with each validation had reset
    it every few seconds while a run trained)."""
    ss, newest = st.session_state, key + "_newest"
    if ss.get(key) not in steps or ss.get(key) == ss.get(newest):
        ss[key] = steps[-1]
    ss[newest] = steps[-1]
    return key


def _no_probes(train: dict, live: bool) -> str:
    """Why there is no probe translation to show, and for a live run when the first comes."""
    first = guide.first_validation(train)
    if not train.get("probes"):
        return "This run has no probe sentences (set them in the New run form)."
    if first is None:
        return "No probe translations: they come with validations, and this run has no dev set."
    if live:
        return f"No probe translations yet: the first come with the validation at step {first:,}."
    return "No probe translations: this run ended before its first validation."


def probe_view(name: str, probes: list, live: bool = True, train: Optional[dict] = None) -> None:
    if not probes:
        st.caption(_no_probes(train or {}, live))
        return
    src = st.selectbox("Probe sentence", list(dict.fromkeys(p["source"] for p in probes)), key=f"probe_src_{name}")
    recs = [p for p in probes if p["source"] == src]
    steps = [p["step"] for p in recs]
    step = steps[0] if len(steps) == 1 else st.select_slider(
        "Validation step (scrub to watch attention form)", options=steps, key=_follow_newest(f"probe_step_{name}",
                                                                                             steps))
    rec = next(p for p in recs if p["step"] == step)
    st.text(f"step {step}: {rec.get('text', '')}")
    chart(run_viz.attention_figure(rec), f"att_{name}")


def _charts(store: RunStore, name: str, metrics: dict, live: bool, train: dict) -> None:
    """Two charts a row, in the order they matter (loss | dev scores, then the rest): a phone stacks columns, and
    with one tall left and one tall right column it had shown the dev BLEU after the learning rate and CPU."""
    rows = [st.columns(2) for _ in range(3)]
    shown = (lambda fig: fig) if live else run_viz.settled       # an ended run's empty chart will stay empty
    first = guide.first_validation(train)
    loss, scores = run_viz.loss_figure(metrics), run_viz.scores_figure(metrics)
    if live:                                                     # when its data comes, from the run's settings
        run_viz.awaiting(loss, f"no data yet: first point at step {int(train.get('log_every') or 50):,}")
        run_viz.awaiting(scores, "no dev set: no scores" if first is None else
                         f"no data yet: first validation at step {first:,}")
    chart(shown(loss), f"loss_{name}", rows[0][0])
    chart(shown(scores), f"scores_{name}", rows[0][1])
    chart(shown(run_viz.lr_figure(metrics)), f"lr_{name}", rows[1][0])
    chart(shown(run_viz.throughput_figure(metrics)), f"tps_{name}", rows[1][1])
    chart(shown(run_viz.system_figure(metrics)), f"sys_{name}", rows[2][0])
    with rows[2][1]:
        probe_view(name, store.probes(name), live, train)


def run_view(store: RunStore, name: str) -> None:
    try:
        status, config, metrics = store.status(name), store.config(name), store.metrics(name)
    except FileNotFoundError:
        st.warning(f"Run `{name}` no longer exists.")
        return
    status_block(name, status, config)
    show_note(name, status["state"] in ACTIVE)
    controls(store, name, status)
    train = config.get("train_config") or {}
    metric_row(status, metrics, int(train.get("patience") or 0) if train.get("valid") else 0)   # needs a dev set
    guide.early_guide(status, config, metrics)
    _charts(store, name, metrics, status["state"] in ACTIVE, config.get("train_config") or {})
    if presenting():
        return
    if config.get("launch", {}).get("nnodes", 1) > 1:
        st.markdown("**Start the other machines** (same project folder, run folder on a shared filesystem):")
        st.code("\n".join(store.node_command_lines(name)), language="bash")
    st.markdown("**train.log** (last lines)")
    st.code(store.log_tail(name, 30) or "(empty)", language=None)
    with st.expander("Configuration and command"):
        st.code(shlex.join(config.get("command", [])), language="bash")      # quoted: it pastes into a shell
        st.json({"model": config.get("model_config"), "train": config.get("train_config"),
                 "launch": config.get("launch")}, expanded=False)


TABLE = "runs_df"      # the runs table's key: its selection state is the run a click on it chose


def run_card(r: dict) -> str:
    """One run of the phone's list (:func:`runs_table`), as a button's Markdown label: its name, its state on its
    badge's colour, and under them the step, the best dev BLEU, when it started and why it ended; the name and the
    note (a failure message) are escaped."""
    colour = fmt.BADGE.get(shown_state(r), ("gray",))[0]
    step = f"step {r.get('step', 0):,}" + (f" / {r['max_steps']:,}" if r.get("max_steps") else "")
    facts = [step, f"best BLEU {fmt.num(r.get('best_bleu'), '.1f')}", f"started {fmt.when(start_times(r)[0])}"]
    note = fmt.reason(r.get("reason"))
    return (f"**{md_escape(r['name'])}** :{colour}-badge[{md_escape(fmt.state_label(shown_state(r)))}]  \n"
            f":small[{md_escape(' · '.join(facts))}]" + (f"  \n:small[{md_escape(note)}]" if note else ""))


_RUN_LIST_CSS = (f"@media (max-width: {PHONE_PX}px) {{ .st-key-runs_table {{ display: none; }} }} "
                 f"@media (min-width: {PHONE_PX + 1}px) {{ .st-key-runs_list {{ display: none; }} }} "
                 ".st-key-runs_list button { justify-content: flex-start; padding: 0.5rem 0.75rem; } "
                 ".st-key-runs_list button > div, .st-key-runs_list button > div > span { width: 100%; "
                 "justify-content: flex-start; } "
                 ".st-key-runs_list button p { text-align: left; overflow-wrap: anywhere; } "
                 ".st-key-runs_list button p > span:not(.stMarkdownBadge) { opacity: 0.75; } ")


TAPPED = "_run_card_tapped"      # set by a card's tap, for the rerun it starts: scroll to the run on a phone


def _open(name: str) -> None:
    """A card's click: show its run (the picker follows, as it is drawn after the list), and scroll to it."""
    st.session_state["run_selected"] = name
    st.session_state[TAPPED] = True


def follow_table_click() -> None:
    """The run a click on the desktop table chose (a row's box or any of its cells) becomes the picked run. The
    table's selection is set to the picked run at each draw, so a click is a selection that differs from it;
    its row numbers are those of the table as it was drawn (a run launched since may have shifted them)."""
    ss = st.session_state
    sel = (ss.get(TABLE) or {}).get("selection") or {}
    drawn, names = ss.get(TABLE + "_shown"), ss.get(TABLE + "_names") or []
    rows = [*sel.get("rows", []), *(c[0] for c in sel.get("cells", []))]
    chosen = [names[i] for i in rows if isinstance(i, int) and 0 <= i < len(names) and names[i] != drawn]
    if chosen:
        ss["run_selected"] = chosen[-1]


def _table(all_runs: list, shown: str) -> None:
    """The desktop's table, its selection on the shown run; a click on a row opens that run."""
    names = [r["name"] for r in all_runs]
    st.session_state[TABLE] = {"selection": {"rows": [names.index(shown)] if shown in names else [], "columns": [],
                                             "cells": []}}
    st.session_state[TABLE + "_shown"], st.session_state[TABLE + "_names"] = shown, names
    st.dataframe([{"Run": r["name"], "State": fmt.state_cell(shown_state(r)),
                   "Step": f"{r.get('step', 0):,}" + (f" / {r['max_steps']:,}" if r.get("max_steps") else ""),
                   "Best BLEU": r.get("best_bleu"), "Started": fmt.when(start_times(r)[0]),
                   "Note": fmt.reason(r.get("reason"))} for r in all_runs], hide_index=True, key=TABLE,
                 on_select="rerun", selection_mode=["single-row", "single-cell"],
                 column_config={"Run": st.column_config.TextColumn(width=160, help="click a run to open it"),
                                "State": fmt.state_column(width=110),      # a 64-character name pushed State
                                "Best BLEU": st.column_config.NumberColumn(format="%.1f")},   # off-screen
                 placeholder="–")


def runs_table(all_runs: list, shown: str) -> None:
    """The runs: a table on a desktop; on a phone, whose column showed Run, State and Step with Best BLEU, Started
    and Note a sideways scroll away, a list, one card a run (name and state, then its numbers, wrapped). Both are
    drawn and CSS shows the one that fits (Python cannot read the screen's width). A click on a row or a tap on a
    card (a real button: keyboard and screen readers reach it) opens that run, as the picker under them does."""
    shown_card = f".st-key-open_{shown} button {{ border: 2px solid currentColor; }}"     # names: [A-Za-z0-9_-]
    st.html(f"<style>{_RUN_LIST_CSS}{shown_card}</style>")
    with st.container(key="runs_table"):
        _table(all_runs, shown)
    with st.container(key="runs_list"):
        for r in all_runs:
            st.button(run_card(r), key=f"open_{r['name']}", on_click=_open, args=(r["name"],), width="stretch")


def runs_panel(store: RunStore, active_at_start: frozenset) -> None:
    """Run table + the selected run; the page re-runs it every few seconds while any run is active."""
    store.refresh_all()
    all_runs = store.list()
    if active_at_start != {r["name"] for r in all_runs if r["state"] in ACTIVE}:
        st.rerun()     # a run ended or started (here, the CLI, another tab): redraw the page at the right pace
    if not all_runs:
        st.info("No training runs yet — start one in the **New run** tab.")
        return
    follow_table_click()
    by_name = {r["name"]: r for r in all_runs}
    gone = st.session_state.get("run_selected")
    if gone is not None and gone not in by_name:     # deleted elsewhere (another tab, the CLI): say so, and
        st.session_state["run_selected"] = next(iter(by_name))    # show another run by name, picker included
        st.toast(f"Run `{gone}` no longer exists (deleted elsewhere); showing `{next(iter(by_name))}`.",
                 icon=":material/info:")       # a toast outlives the next refresh of this panel
    runs_table(all_runs, st.session_state.get("run_selected") or next(iter(by_name)))
    if st.session_state.pop(TAPPED, False):     # on a phone the run opens below the cards: a tap seemed to do nothing
        scroll_to_on_phones("run_selected")
    # Plain names: a label that changed with the run's state (an icon before the name, another after Train longer)
    # made a new widget, which showed the old label over the first run's page.
    name = st.selectbox("Run", list(by_name), key="run_selected")
    run_view(store, name)
