"""The decoding benchmarks still run against the engine (they drive it by ids, without a tokenizer, on every
fast path): a change that breaks them would otherwise surface only when someone re-measures."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_script(name: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / name), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_decode_benchmark_times_every_fast_path_on_random_and_shipped_weights():
    tiny = ("--threads", "1", "--repeats", "1", "--sentences", "1", "--batch", "2", "--steps", "2")
    out = run_script("decode.py", *tiny, "--systems", "ours", "--paths", "auto,reference,projection,onednn,int8")
    for row in ("| ours (s2s_core) |", "| ours [reference] |", "| ours [onednn] |", "| ours [int8] |",
                "| ours [onednn] ÷ reference (time) |"):
        assert row in out
    out = run_script("decode.py", *tiny, "--systems", "none", "--paths", "reference",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "| ours [reference] |" in out


@pytest.mark.slow
def test_decode_profile_shows_the_step_ops_of_the_chosen_path():
    out = run_script("profile_decode.py", "--case", "single", "--path", "reference", "--threads", "1",
                     "--runs", "1", "--top", "3")
    assert "path reference" in out and "| op | input shapes |" in out and "aten::addmm" in out
