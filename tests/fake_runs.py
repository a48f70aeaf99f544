"""A run folder as the run store and the trainer leave it, without training: the Training page's tests (AppTest
and the browser) draw it."""
from __future__ import annotations

import json
import os
from pathlib import Path

import psutil


def fake_run(runs: Path, name: str, state: str = "completed", alive_pid: bool = False, steps: int = 100,
             host: str = "elsewhere", params: int = 1000, model: dict | None = None) -> Path:
    """A run folder as the store and the trainer leave it: config, status, metrics, probes, log. It ran
    on ``host``'s CPU with ``params`` parameters and 500-token batches at 10 steps/s. ``state="stopped_early"``:
    completed by early stopping (patience 2: its dev score was best at step 50 only), as the trainer records it."""
    early, state = state == "stopped_early", "completed" if state == "stopped_early" else state
    d = runs / name
    d.mkdir(parents=True)
    t0 = 1_700_000_000.0
    cfg = {"name": name, "argv": ["--train", "t.tsv"], "launch": {"nproc": 1, "nnodes": 1, "node_rank": 0,
                                                                   "rdzv_endpoint": None, "device": "cpu"},
           "train_config": {"train": "t.tsv", "valid": "v.tsv", "src_lang": "en", "tgt_lang": "fr",
                            "max_steps": 2 * steps if state == "running" else steps, "batch_tokens": 500,
                            "valid_every": 50, "log_every": 10, "warmup": 20, "label_smoothing": 0.1,
                            "probes": ["The cat is sleeping."], **({"patience": 2} if early else {})},
           "model_config": model or {"arch": "transformer", "d_model": 32},
           "command": ["python", "-m", "s2s_core", "train", "--probe", "The cat is sleeping."],
           "created": t0}
    (d / "config.json").write_text(json.dumps(cfg))
    pid = os.getpid() if alive_pid else 999_999
    status = {"name": name, "state": "running" if alive_pid else state, "created": t0, "attempts": 1, "pid": pid,
              "pgid": None, "create_time": psutil.Process().create_time() if alive_pid else 1.0,
              "started": t0, "first_started": t0, "metrics_offset": 0, "host": host,
              "reason": None if alive_pid else {"completed": "early_stopping" if early else "max_steps",
                                                "failed": "process died"}.get(state)}
    (d / "status.json").write_text(json.dumps(status))
    recs = [{"time": t0, "event": "start", "step": 0, "world_size": 1, "device": "cpu", "params": params,
             "train_pairs": 300, "vocab_size": 30}]
    for s in range(10, steps + 1, 10):
        recs.append({"time": t0 + s, "kind": "train", "step": s, "epoch": s // 50, "loss": 4 - s / 50, "lr": 1e-3,
                     "tokens_per_s": 5000.0, "steps_per_s": 10.0, "padding_ratio": 0.1, "memory_mb": 300,
                     "elapsed_s": s / 10, "cpu_percent": 95.0, "ram_mb": 300.0})
        if s % 50 == 0:
            recs.append({"time": t0 + s, "kind": "valid", "step": s, "valid_loss": 3 - s / 100,
                         "valid_bleu": s / 10 if not early else 5.0, "valid_chrf": s / 5, "best": s == 50 or not early})
            recs.append({"time": t0 + s, "event": "checkpoint", "step": s})
    if state == "completed" and not alive_pid:
        recs.append({"time": t0 + steps + 1, "event": "completed", "reason": "early_stopping" if early else "max_steps",
                     "step": steps})
    (d / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    probes = [{"step": s, "source": "a b c", "source_tokens": ["▁a", "▁b", "</s>"], "tokens": ["▁c", "</s>"],
               "text": f"c <b>{s}</b>", "attention": [[1.0, 0.0, 0.0], [0.0, 0.5, 0.5]] if s == 50 else
               [[0.0, 0.0, 1.0], [0.2, 0.3, 0.5]]} for s in range(50, steps + 1, 50)]
    (d / "probes.jsonl").write_text("".join(json.dumps(p) + "\n" for p in probes))
    (d / "train.log").write_text("INFO step 10 loss 3.9\n<script>alert('x')</script> **not bold**\n")
    (d / "last.pt").write_bytes(b"x")
    return d
