"""A run's buttons: stop, resume, train longer, delete (with a confirmation dialog) and promote.

Each action calls the run store and leaves a note shown with the run for a while (the live view
redraws every few seconds, so a plain message would vanish); refusals are shown, never raised.
"""
from __future__ import annotations

import time

import streamlit as st

from s2s_core.runs import ACTIVE, RunStore

from .fmt import flash

NOTE_SECONDS = 60


def note(name: str, kind: str, text: str, while_active: bool = False) -> None:
    """``while_active``: a note about a run still going ("Stopping: …"), dropped once the run has ended."""
    st.session_state[f"note_{name}"] = (kind, text, time.time(), while_active)


def show_note(name: str, active: bool) -> None:
    kind, text, t, while_active = st.session_state.get(f"note_{name}", (None, None, 0, False))
    if text and time.time() - t < NOTE_SECONDS and (active or not while_active):
        (st.success if kind == "success" else st.error)(text)


def _act(name: str, action, success, while_active: bool = False) -> None:
    """Run ``action()``; note ``success(result)`` or the refusal; redraw."""
    try:
        note(name, "success", success(action()), while_active)
    except ValueError as e:
        note(name, "error", str(e))
    st.rerun()


def _popover(row, label: str, icon: str, key: str):
    """A popover that closes once its form has done its work (``close(key)``), so the note it leaves is seen."""
    if st.session_state.pop(f"close_{key}", False):
        st.session_state[key] = False          # before the widget is drawn: allowed
    return row.popover(label, icon=icon, key=key, on_change="rerun")


def close(key: str) -> None:
    st.session_state[f"close_{key}"] = True


METRIC_NAMES = {"loss": "dev loss", "bleu": "dev BLEU", "chrf": "dev chrF"}


def _patience_limit(status: dict, train: dict) -> dict:
    """Train longer's early-stopping field: for a run that stopped early, how many more validations without a
    better dev score it may go (its checkpoint keeps the count that stopped it: the same patience would stop it
    again at once), or whose count has reached its patience (a step limit that ended it first); for others, the
    note that early stopping counts on. The limits to resume with. The score is named: it is the run's "Best
    checkpoint by" (loss by default), and a dev BLEU flat at its best did not stop a run whose loss still fell."""
    patience = int(train.get("patience") or 0)
    count, early = int(status.get("validations_since_best") or 0), status.get("reason") == "early_stopping"
    if not early and not (patience and count >= patience):
        if patience:
            st.caption(f"Early stopping still applies (patience {patience} validations) and counts on from where "
                       "it was: a run whose dev score had stopped improving may stop again soon.")
        return {}
    metric = METRIC_NAMES.get(train.get("select_metric") or "loss", "dev score")
    since = count or patience
    plural = "s" if since != 1 else ""
    more = int(st.number_input(f"More validations without a better {metric}", min_value=0, value=patience or 3,
                               help=f"Early stopping ends the run after this many further validations that do not "
                                    f"beat its best {metric} (the run's “Best checkpoint by”); 0 turns early "
                                    "stopping off."))
    st.caption(f"It stopped early: its {metric} had not improved for {since} validation{plural}." if early else
               f"Its {metric} has not improved for {since} validation{plural}, its patience: with no more, early "
               "stopping would end it at its first step.")
    return {"patience": since + more if more else 0}


def _train_longer(store: RunStore, name: str, status: dict, row) -> None:
    with _popover(row, "Train longer", ":material/fast_forward:", f"extend_pop_{name}"), \
            st.form(f"extend_{name}", border=False):
        step = int(status.get("step") or 0)     # an early-stopped run's own limit may be higher: not lowered
        new_max = int(st.number_input("New step limit", min_value=step + 1,
                                      value=max(step * 2, int(status.get("max_steps") or 0)) or 1000,
                                      step=max(step // 10, 1),
                                      help="Continues from the last checkpoint with the same settings."))
        extra = _patience_limit(status, store.config(name).get("train_config") or {})
        if st.form_submit_button("Continue training", type="primary"):
            close(f"extend_pop_{name}")
            _act(name, lambda: store.resume(name, limits={"max_steps": new_max, **extra}),
                 lambda s: f"Continuing from step {s.get('resumed_from_step') or 0} to {new_max}.")


def _promote(store: RunStore, name: str, row) -> None:
    with _popover(row, "Promote", ":material/publish:", f"promote_pop_{name}"), \
            st.form(f"promote_{name}", border=False, clear_on_submit=True):
        target = st.text_input("Checkpoint name", value=name, max_chars=64)
        avg = st.number_input("Average the last k snapshots (0 = best.pt)", 0, 20, 0,
                              help="Needs 'keep last k snapshots' when the run was launched.")
        overwrite = st.checkbox("Overwrite a checkpoint with that name")
        if st.form_submit_button("Promote to the model list", type="primary"):
            try:
                with st.spinner("Promoting (averaged weights are scored on the dev set first) …"):
                    r = store.promote(name, average=int(avg), as_name=target.strip(), overwrite=overwrite)
                note(name, "success", f"Promoted ({r['source']}): {r['checkpoint']} and its model card — "
                                      "it is now in the model list.")
            except (ValueError, OSError, RuntimeError) as e:     # RuntimeError: CheckpointError
                note(name, "error", f"Not promoted: {e}")
            close(f"promote_pop_{name}")
            st.rerun()


def controls(store: RunStore, name: str, status: dict) -> None:
    state, row = status["state"], st.container(horizontal=True)
    if state in ACTIVE:
        if row.button("Stop", key=f"stop_{name}", icon=":material/stop:",
                      help="The trainer saves a checkpoint and exits; resume continues from it."):
            _act(name, lambda: store.stop(name), lambda _: "Stopping: the trainer saves a checkpoint, then exits.",
                 while_active=True)
    elif state in ("stopped", "failed"):
        if row.button("Resume", key=f"resume_{name}", icon=":material/play_arrow:",
                      help="Continue from the last checkpoint (same folder, same settings)."):
            _act(name, lambda: store.resume(name), lambda s: f"Resumed from step {s.get('resumed_from_step') or 0}.",
                 while_active=True)            # a resume that fails at once shows no green note under its failure
    elif state == "completed" and status.get("reason") in ("max_steps", "early_stopping"):   # early: stopped_early
        _train_longer(store, name, status, row)
    if state not in ACTIVE and row.button("Delete", key=f"delete_{name}", icon=":material/delete:"):
        st.session_state["confirm_delete"] = name
        st.rerun()
    if (store.path(name) / "best.pt").exists():
        _promote(store, name, row)


def _cancel_delete() -> None:
    st.session_state.pop("confirm_delete", None)


@st.dialog("Delete run", on_dismiss=_cancel_delete)
def confirm_delete(store: RunStore, name: str) -> None:
    st.write(f"Delete run `{name}` and everything in its folder — checkpoints, metrics, logs? "
             "Promoted checkpoints are kept. This cannot be undone.")
    a, b = st.columns(2)
    if a.button("Delete", type="primary", key="confirm_delete_yes"):
        _cancel_delete()
        try:
            store.delete(name)
            st.session_state.pop("run_selected", None)      # not "deleted elsewhere": here
            flash("success", f"Deleted run {name}.")
        except (ValueError, FileNotFoundError) as e:
            flash("error", str(e))
        st.rerun()
    if b.button("Cancel", key="confirm_delete_no"):
        _cancel_delete()
        st.rerun()
