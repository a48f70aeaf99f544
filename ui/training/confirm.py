"""Before a run starts: what it will train, how big the model is, about how long it should take, and
whether another run already holds the device — then Launch or Cancel (a run can hold a machine for hours).

The request is checked first (``RunStore.check``), so the dialog only opens for a run that can start.
"""
from __future__ import annotations

import socket
from pathlib import Path
from typing import Optional

import streamlit as st

from s2s_core.config import direction_of
from s2s_core.runs import LaunchSpec, RunStore
from s2s_core.runs.estimate import (Estimate, busy_runs, device_kind, estimate, memory_problem, parameter_count,
                                    planned_model, time_words)
from s2s_core.viz import md_escape

from .fmt import flash
from s2s_core.config import ATTENTION_LABELS
from .store import run_store

PENDING = "pending_launch"          # session key: (spec, data label) waiting for the dialog's answer


def request(spec: LaunchSpec, data_label: str) -> None:
    """Ask for a confirmation of ``spec`` on the next run of the page."""
    st.session_state[PENDING] = (spec, data_label)
    st.rerun()


def _millions(n: int) -> str:
    return f"{n / 1e6:.1f} M" if n >= 1e5 else f"{n:,}"


def _model_line(spec: LaunchSpec, params: int) -> str:
    m = planned_model(spec.model, spec.train)
    arch = "Transformer" if m.arch == "transformer" else f"{m.arch.upper()} + {ATTENTION_LABELS[m.attention]}"
    return (f"{arch} · {m.enc_layers} + {m.dec_layers} layers · width {m.d_model} · "
            f"about {_millions(params)} parameters with {m.vocab_size:,} pieces (a small corpus gets "
            "fewer)")


def _where(spec: LaunchSpec) -> str:
    device = spec.device or device_kind(None)        # none asked: the trainer's choice, a GPU where there is one
    where = "CPU" if device == "cpu" else ("GPU" if device == "cuda" else device.replace("cuda:", "GPU "))
    procs = spec.nproc * spec.nnodes
    return where + (f" × {procs} processes" if procs > 1 else "")


def _until(spec: LaunchSpec) -> str:
    """When a run without a step limit ends."""
    t = spec.train
    if (t.valid or spec.dev_split) and t.patience:
        return (f"No step limit: it trains until the dev score has not improved for {t.patience} validations, "
                "or until you stop it")
    return "No step limit and no early stopping: it trains until you stop it"


def _arch_name(arch: str) -> str:
    return "Transformer" if arch == "transformer" else arch.upper()


def _time_line(spec: LaunchSpec, est: Optional[Estimate], params: int) -> str:
    steps = spec.train.max_steps
    if est is None:
        procs = spec.nproc * spec.nnodes
        until = "" if steps else f"{_until(spec)}. "
        return (f"{until}No estimate yet: no run {f'of {procs} processes ' if procs > 1 else ''}on this machine's "
                f"{'CPU' if device_kind(spec.device) == 'cpu' else 'GPU'} has measured a speed to scale from (runs "
                "of a few steps, or whose batches a tiny corpus left nearly empty, do not count). The Runs tab "
                "shows the time left once training has measured its speed.")
    size = ("the same model" if est.reference_params == params
            else f"{_millions(est.reference_params)} parameters")
    basis = (f"scaled from run `{est.reference}` on this machine: {size}, {est.reference_batch_tokens:,}-token "   # no
             f"batches, {est.reference_steps_per_s:.2f} steps/s "       # brackets: it is said in brackets ("…s))")
             + ("with its validations" if est.reference_validated else "without validations"))
    if est.reference_arch and est.reference_arch != spec.model.arch:      # a GRU's step costs what a Transformer's
        basis += (f"; that run is a {_arch_name(est.reference_arch)} and this one a "   # of its size does not:
                  f"{_arch_name(spec.model.arch)}: a rough guide")                       # a first run of its kind
    low, high = est.span(steps or 1000)
    if low != high:                 # far smaller or bigger than the reference: a range (estimate.Estimate.span)
        basis += "; part of a step's cost does not shrink or grow with the model, hence the range"
    if not steps:
        return f"{_until(spec)}; {time_words(est, 1000)} per 1,000 steps ({basis})."
    words = time_words(est, steps)
    return f"**{words[0].upper() + words[1:]}** for {steps:,} steps ({basis}), plus reading the data."


def sampling_note(spec: LaunchSpec) -> Optional[str]:
    """Scheduled sampling whose ramp ends after the run's last step (the form keeps the size's preset, e.g. 5,000
    steps, when the step limit is lowered to 80): how far it gets."""
    t = spec.train
    if not (t.sampling_max and t.max_steps and t.sampling_steps > t.max_steps) or spec.model.arch == "transformer":
        return None
    return (f"Scheduled sampling ramps up to {t.sampling_max:.0%} at step {t.sampling_steps:,}, after this run's last "
            f"step: it ends at {t.sampling_max * t.max_steps / t.sampling_steps:.1%}.")


def _describe(store: RunStore, spec: LaunchSpec, data_label: str) -> bool:
    """Draw what the launch will do; whether it can (a model too big for the memory cannot)."""
    runs, host = store.list(), socket.gethostname()
    t = spec.train
    params = parameter_count(planned_model(spec.model, t))          # as asked for: the vocabulary set on the form
    est = estimate(runs, params=params, batch_tokens=t.batch_tokens,
                   arch=spec.model.arch, device=spec.device, world=spec.nproc * spec.nnodes, host=host)
    limit = f"up to {t.max_steps:,} steps" if t.max_steps else "no step limit"
    limit += f" · batches of ≤ {t.batch_tokens:,} tokens"
    dev = (md_escape(Path(t.valid).name) if t.valid else
           f"{spec.dev_split:,} source sentences held out of the data" if spec.dev_split else "none (no early stopping)")
    st.markdown(f"**Run** `{spec.name}`  \n"
                f"**Data** {md_escape(data_label)} · {' → '.join(md_escape(c) for c in direction_of(t.to_dict()))}  \n"
                f"**Dev set** {dev}  \n"
                f"**Model** {_model_line(spec, params)}  \n"
                f"**Training** {limit} · {_where(spec)} · precision {t.precision}")
    st.markdown(f"**Time** {_time_line(spec, est, params)}")
    sampling = sampling_note(spec)
    if sampling:
        st.info(sampling, icon=":material/info:")
    too_big = memory_problem(params, spec.device)
    if too_big:
        st.error(too_big, icon=":material/memory:")
        return False
    busy = busy_runs(runs, device=spec.device, host=host)
    if busy and device_kind(spec.device) == "cpu":
        st.warning(f"Still training on this CPU: {', '.join(busy)}. Runs that share the cores each go far slower "
                   "than half as fast (their threads wait on each other); the time above assumes the cores to itself.",
                   icon=":material/warning:")
    elif busy:
        st.warning(f"Still training on this machine's GPUs: {', '.join(busy)}. A run that shares a GPU with "
                   "them slows them down and may run out of its memory.", icon=":material/warning:")
    return True


def _cancel() -> None:
    """Forget the request; an upload saved for it (in the run's folder, nothing else yet) goes with it."""
    pending = st.session_state.pop(PENDING, None)
    if pending:
        run_store().discard_unlaunched(pending[0].name)


@st.dialog("Launch this run?", on_dismiss=_cancel)
def confirm_launch(store: RunStore) -> None:
    spec, data_label = st.session_state[PENDING]
    can = _describe(store, spec, data_label)
    row = st.container(horizontal=True)
    if row.button("Launch", type="primary", key="confirm_launch_yes", icon=":material/rocket_launch:",
                  disabled=not can):
        st.session_state.pop(PENDING, None)
        try:
            with st.spinner("Preparing the data and starting the run …"):
                status = store.launch(spec)
        except (ValueError, OSError) as e:      # OSError: e.g. the disk filled up while preparing the run
            store.discard_unlaunched(spec.name)
            flash("error", f"Not launched: {e}")
        else:
            st.session_state["select_next"] = status["name"]
            flash("success", f"Launched run {status['name']} (pid {status['pid']}) — watch it in the Runs tab.")
        st.rerun()
    if row.button("Cancel", key="confirm_launch_no"):
        _cancel()
        st.rerun()


def data_label(corpus: Optional[dict], train_path: str) -> str:
    """How the dialog names the training data: the corpus's label, else the file's name."""
    return corpus["label"] if corpus else Path(train_path).name
