"""Reading what the trainer writes into a run folder: metrics.jsonl, probes.jsonl, and the summary a
status shows (step, loss, dev scores, throughput, last checkpoint, ETA)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..files import read_jsonl
from .folder import ACTIVE, METRICS, PROBES

SAVE_EVENTS = ("checkpoint", "stopped", "completed")    # events written just after last.pt


def load_metrics(run: Path) -> dict:
    """``{"train": [...], "valid": [...], "events": [...]}`` from metrics.jsonl. Records logged after a
    run's last checkpoint and then replayed after a resume are kept once (the later ones)."""
    train, valid, events = [], [], []
    for rec in read_jsonl(Path(run) / METRICS):
        if rec.get("event") == "start":
            s = rec.get("step", 0)
            train = [r for r in train if r.get("step", 0) <= s]
            valid = [r for r in valid if r.get("step", 0) <= s]
        if rec.get("kind") == "train":
            train.append(rec)
        elif rec.get("kind") == "valid":
            valid.append(rec)
        elif "event" in rec:
            events.append(rec)
    return {"train": train, "valid": valid, "events": events}


class MetricsCache:
    """``load_metrics`` remembered per file until the file changes (size or mtime), for pages that
    redraw every few seconds. Owned by a store; at most ``size`` runs."""

    def __init__(self, size: int = 64):
        self.size, self._entries = size, {}

    def load(self, run: Path) -> dict:
        path = Path(run) / METRICS
        try:
            st = path.stat()
        except FileNotFoundError:
            return {"train": [], "valid": [], "events": []}
        key, cached = (st.st_size, st.st_mtime_ns), self._entries.get(str(path))
        if cached and cached[0] == key:
            return cached[1]
        if len(self._entries) >= self.size:
            self._entries.clear()
        result = self._entries[str(path)] = (key, load_metrics(run))
        return result[1]


def load_probes(run: Path) -> list[dict]:
    """Probe records, one per (sentence, validation step) (a replayed step keeps its latest record)."""
    latest: dict[tuple, dict] = {}
    for rec in read_jsonl(Path(run) / PROBES):
        latest[(rec.get("source"), rec.get("step"))] = rec
    return sorted(latest.values(), key=lambda r: (r.get("step", 0)))


def _latest_train(m: dict, out: dict) -> None:
    t = m["train"][-1]
    out.update(epoch=t.get("epoch", out["epoch"]), loss=t.get("loss"), lr=t.get("lr"),
               tokens_per_s=t.get("tokens_per_s"), steps_per_s=t.get("steps_per_s"), elapsed_s=t.get("elapsed_s"))


def _latest_valid(m: dict, out: dict) -> None:
    v = m["valid"][-1]
    out.update(valid_loss=v.get("valid_loss"), valid_bleu=v.get("valid_bleu"), valid_chrf=v.get("valid_chrf"))
    bleus = [r["valid_bleu"] for r in m["valid"] if r.get("valid_bleu") is not None]
    out["best_bleu"] = max(bleus) if bleus else None
    out["validations_since_best"] = _since_best(m["valid"])


def _since_best(valid: list) -> int:
    """Validations since the last one the trainer marked best: the early-stopping count its checkpoint carries,
    so that a resume can say how many more it allows (the trainer stops once the count reaches ``patience``)."""
    count = 0
    for r in reversed(valid):
        if r.get("best", True):
            break
        count += 1
    return count


def summary(m: dict, run: Path, max_steps: int) -> dict:
    """The status fields that come from the metrics ``m`` of ``run``."""
    recs = m["train"] + m["valid"] + m["events"]
    last = max(recs, key=lambda r: r.get("time", 0)) if recs else {}
    out = {"step": int(last.get("step", 0) or 0), "epoch": last.get("epoch")}
    if m["train"]:
        _latest_train(m, out)
    saves = [e.get("step") for e in m["events"] if e.get("event") in SAVE_EVENTS]
    out["last_checkpoint_step"] = saves[-1] if saves and (Path(run) / "last.pt").exists() else None
    if m["valid"]:
        _latest_valid(m, out)
    start = [e for e in m["events"] if e.get("event") == "start"]
    if start:
        out.update(params=start[-1].get("params"), train_pairs=start[-1].get("train_pairs"),
                   device=start[-1].get("device"), world_size=start[-1].get("world_size"))
    out["max_steps"] = max_steps or None
    return out


def eta_seconds(status: dict) -> Optional[float]:
    """Seconds left from max_steps and the last measured steps/s (None without a step limit)."""
    if status.get("state") not in ACTIVE or not status.get("max_steps") or not status.get("steps_per_s"):
        return None
    return max(status["max_steps"] - status.get("step", 0), 0) / status["steps_per_s"]
