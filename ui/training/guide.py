"""What a run's first minutes look like, said in place: a newcomer saw a one-point loss chart, no dev BLEU and
gibberish probe translations, and could not tell a healthy start from a broken one.

Every number comes from the run itself: its log and validation intervals, its step limit, its vocabulary (the
loss of an even guess), its label smoothing (the floor of its training loss) and its measured speed. No
Streamlit here but ``early_guide``, so the sentences are tested as functions.
"""
from __future__ import annotations

import math
import time
from typing import Mapping, Optional

import streamlit as st

from s2s_core.runs import ACTIVE
from s2s_core.spoken_time import spoken_time

EARLY_VALIDATIONS = 2       # the guide goes once the run has validated this often: its curves then speak for it
READABLE_SHARE = 1 / 3      # translations start to make sense once the dev loss is below about this share of ln V


def first_validation(train: Mapping) -> Optional[int]:
    """The step of a run's first validation (None without a dev set): ``valid_every``, or the last step when the
    limit comes first (the trainer validates its final weights)."""
    if not train.get("valid"):
        return None
    every, limit = int(train.get("valid_every") or 500), int(train.get("max_steps") or 0)
    return min(every, limit) if limit else every


def next_validation(train: Mapping, step: int) -> Optional[int]:
    """The step of the validation after ``step`` (None without a dev set, or past the step limit)."""
    if not train.get("valid"):
        return None
    every, limit = int(train.get("valid_every") or 500), int(train.get("max_steps") or 0)
    nxt = (step // every + 1) * every
    if limit and nxt > limit:
        return limit if step < limit else None
    return nxt


def smoothing_floor(smoothing: float, vocab: int) -> float:
    """The lowest label-smoothed cross-entropy a model can reach: the entropy of the smoothed target (weight
    1 − ε + ε/V on the right piece, ε/V on each other one)."""
    if smoothing <= 0 or vocab < 2:
        return 0.0
    right, other = 1 - smoothing + smoothing / vocab, smoothing / vocab
    return -right * math.log(right) - (vocab - 1) * other * math.log(other)


def _vocabulary(metrics: Mapping) -> Optional[int]:
    """The vocabulary the run trained with (its start event: a small corpus gets fewer pieces than asked)."""
    return next((e.get("vocab_size") for e in reversed(metrics.get("events", [])) if e.get("event") == "start"), None)


def _eta(step_to: int, status: Mapping, metrics: Mapping, now: float) -> str:
    """" — in about 3 min" until ``step_to`` at the measured speed, counted from the last logged step."""
    sps, train = status.get("steps_per_s"), metrics.get("train") or []
    if not sps or not train:
        return ""
    left = (step_to - int(status.get("step") or 0)) / sps - max(now - float(train[-1].get("time") or now), 0)
    return " — any moment now" if left <= 0 else f" — in {spoken_time(left)}"


def loss_note(status: Mapping, train: Mapping, metrics: Mapping) -> str:
    """Where the training loss starts, whether it has fallen, and where label smoothing makes it level off."""
    log_every = int(train.get("log_every") or 50)
    if not metrics.get("train"):
        return (f"**Loss**: the first point comes at step {log_every:,} (the trainer logs every {log_every:,} steps, "
                "and the Step tile moves on in jumps of that size).")
    vocab, loss = _vocabulary(metrics), metrics["train"][-1].get("loss")
    if not vocab or loss is None:
        return ""
    start, warmup = math.log(vocab), int(train.get("warmup") or 0)
    text = f"**Loss** starts near {start:.1f} (an even guess among this run's {vocab:,} pieces) and should fall fast: "
    if loss < start:
        text += f"it is {loss:.2f}, the model is learning."
    elif int(status.get("step") or 0) <= warmup:
        text += f"it is {loss:.2f}, not lower yet; the learning rate is still warming up (until step {warmup:,})."
    else:
        text += f"it is {loss:.2f}, not lower yet: if it stays there, try a lower learning rate."
    floor = smoothing_floor(float(train.get("label_smoothing") or 0), vocab)
    if floor >= 0.05:
        text += (f" With label smoothing {float(train['label_smoothing']):g} the training loss levels off near "
                 f"{floor:.1f}, not 0; the dev loss has none and goes lower.")
    return text


def dev_note(status: Mapping, train: Mapping, metrics: Mapping, now: float) -> str:
    """When dev BLEU, chrF and the probe translations first (or next) come."""
    first = first_validation(train)
    if first is None:
        return "This run has **no dev set**: no dev BLEU or chrF, no probe translations and no early stopping."
    every = int(train.get("valid_every") or 500)
    if not metrics.get("valid"):
        return (f"**Dev BLEU, chrF and the probe translations** come with the first validation, at step {first:,} "
                f"(then every {every:,} steps){_eta(first, status, metrics, now)}.")
    nxt = next_validation(train, int(metrics["valid"][-1].get("step") or 0))
    return f"Next validation at step {nxt:,}{_eta(nxt, status, metrics, now)}." if nxt else ""


def translation_note(train: Mapping, metrics: Mapping) -> str:
    """Early translations are expected to be bad: until about when, in this run's dev loss."""
    vocab = _vocabulary(metrics)
    if not train.get("valid") or not vocab:
        return ""
    readable = READABLE_SHARE * math.log(vocab)
    text = ("**Early translations** are often gibberish or one word over and over: normal while the dev loss is "
            f"above about {readable:.1f}")
    valid = [v["valid_loss"] for v in metrics.get("valid", []) if v.get("valid_loss") is not None]
    if not valid:
        return text + "."
    return text + (f"; at {valid[-1]:.2f} this run is past that." if valid[-1] < readable else
                   f" (it is {valid[-1]:.2f} now).")


def notes(status: Mapping, config: Mapping, metrics: Mapping, now: Optional[float] = None) -> list[str]:
    """The guide's sentences for a run in its first validations (none for a run that has ended, is still
    preparing, or has validated ``EARLY_VALIDATIONS`` times)."""
    if status.get("state") != "running" or len(metrics.get("valid", [])) >= EARLY_VALIDATIONS:
        return []
    train, now = config.get("train_config") or {}, time.time() if now is None else now
    found = (loss_note(status, train, metrics), dev_note(status, train, metrics, now), translation_note(train, metrics))
    return [n for n in found if n]


def early_guide(status: Mapping, config: Mapping, metrics: Mapping) -> None:
    lines = notes(status, config, metrics)
    if lines and status.get("state") in ACTIVE:
        st.info("  \n".join(lines), icon=":material/school:")
