"""Checkpoint faults: pickles that would run a command, every kind of broken file through the public
loader (Translator.from_checkpoint), and kill -9 in the middle of a save. Complements
tests/unit/test_checkpoint.py (which covers checkpoint.load's messages one by one)."""
from __future__ import annotations

import os
import pickle
import random
import re
import select
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from battery_support import ROOT
from s2s_core import Translator, catalog, checkpoint
from s2s_core.checkpoint import CheckpointError


class RunsACommand:
    """Unpickling this runs the shell command `touch MARKER` (via os.system): the classic malicious checkpoint."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return os.system, (f"touch {shlex.quote(self.marker)}",)


def real_payload(tiny_checkpoint) -> dict:
    return {k: v for k, v in checkpoint.load(tiny_checkpoint).items() if k not in ("format", "version")}


def write_evil(kind: str, path: Path, marker: Path, base: dict) -> None:
    evil = RunsACommand(marker)
    payload = {**base, "format": checkpoint.FORMAT, "version": checkpoint.VERSION}
    if kind == "torch.save":
        torch.save({**payload, "meta": {"note": evil}}, path)
    elif kind == "torch.save, inside the weights":
        torch.save({**payload, "model": {**payload["model"], "extra": evil}}, path)
    elif kind == "torch.save, legacy format":
        torch.save({**payload, "meta": evil}, path, _use_new_zipfile_serialization=False)
    else:                                        # plain pickle, protocol 0 … 5
        with open(path, "wb") as f:
            pickle.dump({**payload, "meta": evil}, f, protocol=int(kind.split()[-1]))


EVIL_KINDS = ["torch.save", "torch.save, inside the weights", "torch.save, legacy format"] + [
    f"pickle protocol {p}" for p in range(pickle.HIGHEST_PROTOCOL + 1)]


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
@pytest.mark.parametrize("kind", EVIL_KINDS)
def test_pickle_that_would_run_a_command_is_refused_and_never_runs(tmp_path, tiny_checkpoint, kind):
    marker, path = tmp_path / "MARKER", tmp_path / "evil.pt"
    write_evil(kind, path, marker, real_payload(tiny_checkpoint))
    assert not marker.exists()
    refused = "refused: the file holds objects other than weights|not a PyTorch checkpoint"   # (protocols 0, 1)
    with pytest.raises(CheckpointError, match=refused) as e:
        checkpoint.load(path)
    assert str(path) in str(e.value)
    with pytest.raises(CheckpointError, match=refused):
        Translator.from_checkpoint(path)
    with pytest.raises(CheckpointError, match=refused):
        checkpoint.average([path, path])
    assert not marker.exists(), "the command in the pickle ran"


def _broken_files(d: Path, tiny_checkpoint) -> dict[str, tuple[Path, str]]:
    """name → (file, a fragment the error must contain)."""
    good = Path(tiny_checkpoint).read_bytes()
    base = real_payload(tiny_checkpoint)
    files: dict[str, tuple[Path, str]] = {"missing": (d / "missing.pt", "not found")}
    (d / "empty.pt").write_bytes(b"")
    files["zero bytes"] = (d / "empty.pt", "empty")
    for frac in (0.1, 0.5, 0.9, 0.999):
        p = d / f"cut-{frac}.pt"
        p.write_bytes(good[: int(len(good) * frac)])
        files[f"truncated at {frac:.1%}"] = (p, "not a readable PyTorch checkpoint")
    (d / "notes.pt").write_text("These are my notes, not a model.\n" * 10, encoding="utf-8")
    files["text file renamed .pt"] = (d / "notes.pt", "wrong format")
    (d / "binary.pt").write_bytes(b"\x13" + random.Random(0).randbytes(4095))   # starts like no known format
    files["random bytes"] = (d / "binary.pt", "wrong format")
    torch.save({**base, "format": checkpoint.FORMAT, "version": checkpoint.VERSION + 1}, d / "future.pt")
    files["format version from the future"] = (d / "future.pt", "not supported")
    torch.save({**base, "format": checkpoint.FORMAT, "version": "1"}, d / "strver.pt")
    files["version as a string"] = (d / "strver.pt", "not supported")
    torch.save(base, d / "nomarker.pt")
    files["no format marker"] = (d / "nomarker.pt", "not an s2s_core checkpoint")
    bad_parts = {
        "model config not a dict": ({"model_config": "transformer"}, "model config"),
        "impossible model config": ({"model_config": {**base["model_config"], "d_model": -4}}, "model config"),
        "weights of another size": ({"model_config": {**base["model_config"], "d_model": 64}}, "do not match"),
        "weights not tensors": ({"model": {k: "x" for k in base["model"]}}, "do not match"),
        "weights not a dict": ({"model": [1, 2, 3]}, "do not match"),
        "NaN weights": ({"model": {k: v * float("nan") if v.is_floating_point() else v
                                   for k, v in base["model"].items()}}, "NaN"),
        "tokenizer not a tensor": ({"tokenizer": "spm"}, "tokenizer"),
        "tokenizer garbage": ({"tokenizer": checkpoint.proto_to_tensor(b"\x00garbage")}, "tokenizer"),
    }
    for name, (change, fragment) in bad_parts.items():
        p = d / (name.replace(" ", "-") + ".pt")
        checkpoint.save({**base, **change}, p)
        files[name] = (p, fragment)
    return files


def test_every_broken_file_is_one_clear_checkpoint_error(tmp_path, tiny_checkpoint):
    for name, (path, fragment) in _broken_files(tmp_path, tiny_checkpoint).items():
        with pytest.raises(CheckpointError, match=re.escape(fragment)) as e:
            Translator.from_checkpoint(path)
        msg = str(e.value)
        assert type(e.value) is CheckpointError, name
        assert msg.startswith(f"cannot load checkpoint {path}: "), (name, msg)
        assert fragment in msg and e.value.problem and "\n" not in msg, (name, msg)
        assert len(msg) < 600 and "Traceback" not in msg, (name, msg)
    # odd-but-harmless extras are fine: unknown keys, meta that is not a dict
    base = real_payload(tiny_checkpoint)
    ok = tmp_path / "extras.pt"
    checkpoint.save({**base, "meta": "free text", "train_config": [1], "extra": {"x": 1},
                     "model_config": {**base["model_config"], "future_option": True}}, ok)
    t = Translator.from_checkpoint(ok)
    assert t.translate("a b c").best is not None


# A writer that saves a 64 MB checkpoint to the same path over and over, value i in every weight.
WRITER = """
import sys, torch
from s2s_core import checkpoint
w = torch.empty(16 * 2**20)
i = 0
while True:
    i += 1
    w.fill_(float(i))
    checkpoint.save({"model_config": {}, "model": {"w": w}, "tokenizer": torch.zeros(1, dtype=torch.uint8),
                     "meta": {"i": i}}, sys.argv[1])
    print(i, flush=True)
"""


def _consistent(path: Path) -> int:
    ck = checkpoint.load(path)
    w, i = ck["model"]["w"], ck["meta"]["i"]
    assert w.numel() == 16 * 2**20 and bool((w == float(i)).all()), "a checkpoint mixes two saves"
    return i


def test_kill_9_during_a_save_leaves_the_previous_checkpoint_loadable(tmp_path):
    path = tmp_path / "last.pt"
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        assert ready and proc.stdout.readline().strip() == "1", proc.stderr.read()[-2000:]   # one full save done
        deadline, temp = time.time() + 60, None
        while temp is None and time.time() < deadline:     # catch a later save half-way through its temp file
            temps = [p for p in tmp_path.iterdir() if p.name.startswith(".last.pt.") and p.name.endswith(".tmp")]
            try:
                if temps and temps[0].stat().st_size > 1 << 20:
                    os.kill(proc.pid, signal.SIGSTOP)      # freeze it, then make sure it is still mid-save
                    if temps[0].exists():
                        temp = temps[0]
                        os.kill(proc.pid, signal.SIGKILL)
                    else:
                        os.kill(proc.pid, signal.SIGCONT)
            except FileNotFoundError:
                pass
            time.sleep(0.001)
        assert temp is not None, "never saw a save in progress"
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert temp.exists()                                              # its partial temp file is left over …
    i = _consistent(path)                                             # … and last.pt is a whole earlier save
    assert i >= 1
    leftovers = [p.name for p in tmp_path.iterdir() if p != path]
    assert leftovers == [temp.name] and leftovers[0].startswith(".")
    # a leftover temp file is never taken for a model, and the next save still works
    assert [e.name for e in catalog.discover(tmp_path)] == ["last"]
    checkpoint.save({"model_config": {}, "model": {"w": torch.full((16 * 2**20,), 99.0)},
                     "tokenizer": torch.zeros(1, dtype=torch.uint8), "meta": {"i": 99}}, path)
    assert _consistent(path) == 99
