"""How the Training page writes durations, numbers, times and run states."""
from __future__ import annotations

import time

import streamlit as st

from s2s_core.spoken_time import spoken_time

BADGE = {"queued": ("gray", ":material/hourglass_top:", "preparing"),
         "running": ("blue", ":material/play_circle:", "running"),
         "stopped": ("orange", ":material/pause_circle:", "stopped"),
         "completed": ("green", ":material/check_circle:", "completed"),
         "stopped_early": ("violet", ":material/flag:", "stopped early"),     # completed by early stopping
         "failed": ("red", ":material/error:", "failed")}


def duration(s) -> str:
    """A time left for a metric tile: "4 min", "1 h 20 min" (``spoken_time`` without its "about": the tile is
    labelled ETA; "4m 07s" had ticked with a precision no estimate has); "–" when unknown."""
    return "–" if s is None else spoken_time(s, about=False)


REASONS = {"max_steps": "reached its step limit", "max_epochs": "reached its epoch limit",
           "max_minutes": "reached its time limit", "early_stopping": "dev score no longer improving",
           "stopped": "stopped by request"}


def reason(code) -> str:
    """Why a run ended, in words (the trainer's codes; anything else, e.g. a failure message, as it is)."""
    return REASONS.get(code, code or "")


def num(x, spec=".2f") -> str:
    return format(x, spec) if isinstance(x, (int, float)) else "–"


def compact(x) -> str:
    """A count in a few characters, for a metric tile: "950", "22.7k", "1.3M"; "–" when unknown."""
    if x is None:
        return "–"
    for size, unit in ((1e6, "M"), (1e3, "k")):
        if abs(x) >= size:
            return f"{x / size:.1f}{unit}"
    return f"{x:.0f}"


def when(t) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t)) if t else "–"


def state_label(state: str) -> str:
    """A run state as the page names it ("preparing" for queued), in the table as on the badge."""
    return BADGE.get(state, ("", None, state))[2]


def state_cell(state: str) -> list[str]:
    """A run state for the runs table's State column (``state_column``): a list, as that column holds."""
    return [state_label(state)]


def state_column(**kw):
    """The runs table's State column: each state a word on its badge's colour. Words, not emoji: without a
    colour-emoji font (Debian's chromium) "✅" showed as an empty box, and a colour alone says nothing to a
    colour-blind reader."""
    labels = [b[2] for b in BADGE.values()]
    return st.column_config.MultiselectColumn(options=labels, color=[b[0] for b in BADGE.values()], **kw)


def state_badge(state: str) -> None:
    color, icon, _ = BADGE.get(state, ("gray", None, state))
    st.badge(state_label(state), color=color, icon=icon)


def flash(kind: str, text: str) -> None:
    """A message for the next full run of the page (after ``st.rerun``)."""
    st.session_state["flash"] = (kind, text)


def show_flash() -> None:
    msg = st.session_state.pop("flash", None)
    if msg:
        (st.success if msg[0] == "success" else st.error)(msg[1])
