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
def test_decode_benchmark_times_each_fast_path():
    out = run_script("decode.py", "--threads", "1", "--repeats", "1", "--sentences", "1", "--batch", "2",
                     "--steps", "2", "--systems", "ours", "--paths", "reference,onednn,int8",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    for row in ("| ours (s2s_core) |", "| ours [reference] |", "| ours [onednn] |", "| ours [int8] |",
                "| ours [onednn] ÷ reference (time) |"):
        assert row in out


@pytest.mark.slow
def test_decode_profile_shows_the_step_ops_of_the_chosen_path():
    """On the random-weight reference shape (``benchmarks/common.py``)."""
    out = run_script("profile_decode.py", "--case", "single", "--path", "reference", "--threads", "1",
                     "--runs", "1", "--top", "3")
    assert "path reference" in out and "| op | input shapes |" in out and "aten::addmm" in out
