"""The decoding benchmarks still run against the engine (they drive it by ids, without a tokenizer, on every
fast path): a change that breaks them would otherwise surface only when someone re-measures."""
import contextlib
import io
import os
import runpy
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


@contextlib.contextmanager
def restored_process_state():
    """What a script may change in this process (argv, sys.path, the environment, torch's thread count and seed,
    the benchmarks' own modules) is put back afterwards, so the tests after it see the process as it was."""
    argv, path, environ, threads = sys.argv[:], sys.path[:], dict(os.environ), torch.get_num_threads()
    rng = torch.get_rng_state()
    modules = set(sys.modules)
    try:
        yield
    finally:
        sys.argv[:], sys.path[:] = argv, path
        os.environ.clear()
        os.environ.update(environ)
        torch.set_num_threads(threads)
        torch.set_rng_state(rng)
        for name in set(sys.modules) - modules:
            if str(getattr(sys.modules[name], "__file__", "") or "").startswith(str(BENCHMARKS)):
                del sys.modules[name]


def run_script(name: str, *args: str) -> str:
    """The script run as ``python benchmarks/NAME ARGS`` would run it (its ``__main__`` block, argv), but in this
    process: a subprocess per script spent ≈ 3-4 s CPU of its ≈ 5 s importing torch and s2s_core again."""
    out = io.StringIO()
    with restored_process_state(), contextlib.chdir(ROOT), contextlib.redirect_stdout(out):
        sys.argv = [str(BENCHMARKS / name), *args]
        try:
            runpy.run_path(str(BENCHMARKS / name), run_name="__main__")
        except SystemExit as stop:
            assert stop.code in (None, 0), f"{name} exited with {stop.code}"
    return out.getvalue()


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


def _three_pairs(tmp_path):
    test = tmp_path / "t.tsv"
    test.write_text("Hello.\tBonjour.\nThank you very much.\tMerci beaucoup.\nI am tired.\tJe suis fatigué.\n",
                    encoding="utf-8")
    return str(test)


def test_coverage_benchmark_reranks_the_beam_for_each_weight(tmp_path):
    out = run_script("coverage_rerank.py", "--test", _three_pairs(tmp_path), "--beam", "3", "--max-sents", "2",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    rows = [line.split(" | ") for line in out.splitlines() if line[:3] in ("| 0", "| 1")]
    assert [r[0] for r in rows] == ["| 0.0", "| 0.1", "| 0.2", "| 0.3", "| 0.5", "| 1.0"]
    assert rows[0][3] == "0 |" and all(0 <= int(r[3].rstrip(" |")) <= 2 for r in rows)     # 2 sources only


def test_confidence_benchmark_reranks_the_beam_for_each_delta(tmp_path):
    out = run_script("confidence_rerank.py", "--test", _three_pairs(tmp_path), "--beam", "3",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "3 sources, beam 3" in out
    rows = [line.split(" | ") for line in out.splitlines() if line[:3] in ("| 0", "| 1")]
    assert [r[0] for r in rows] == ["| 0.0", "| 0.05", "| 0.1", "| 0.2"]
    assert rows[0][3] == "0 |" and all(0 <= int(r[3].rstrip(" |")) <= 3 for r in rows)


def test_trust_calibration_tables_both_confidence_signals(tmp_path):
    out = run_script("trust_calibration.py", "--test", _three_pairs(tmp_path), "--beam", "3", "--synthetic", "2",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "| mean token log-prob below |" in out and "| least probable word's log-prob below |" in out
    assert out.count("\n| -2.0 | ") == 1                                  # one row per threshold …
    assert "unsure_word" in out.split("flags (current thresholds): ")[1]    # … and each flag counted
    assert "| random symbols | 2 |" in out


def test_mbr_benchmark_scores_the_beams_best_and_both_mbr_picks(tmp_path):
    out = run_script("mbr_rerank.py", "--test", _three_pairs(tmp_path), "--beam", "3",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "3 sources, beam 3" in out
    rows = [line.split(" | ") for line in out.splitlines() if line.startswith("| ") and line[2] in "bM"]
    assert [r[0] for r in rows] == ["| beam's best", "| MBR, uniform", "| MBR, weighted by probability"]
    assert rows[0][3] == "0 |" and all(0 <= float(r[1]) <= 100 for r in rows)


def test_nbest_oracle_tables_each_depth_and_picks_the_hypothesis_nearest_the_reference(tmp_path):
    out = run_script("nbest_oracle.py", "--test", _three_pairs(tmp_path), "--beam", "3",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "3 sources, beam 3" in out
    rows = [line.split(" | ") for line in out.splitlines() if line[:3] in ("| 1", "| 2", "| 3")]
    assert [r[0] for r in rows] == ["| 1", "| 2", "| 3"]                # depths up to the beam only
    assert rows[0][3] == "0 |"                                           # k = 1 is the beam's best

    with restored_process_state():
        sys.path.insert(0, str(BENCHMARKS))
        from nbest_oracle import CHRF, oracle
    hyp = lambda text: type("Hyp", (), {"text": text})                    # noqa: E731
    nbest = [[hyp("Le chat dort."), hyp("Le chien dort."), hyp("Un chien dort.")]]
    refs = [["Le chien dort."]]
    assert oracle(nbest, refs, 1, CHRF()) == ["Le chat dort."]
    assert oracle(nbest, refs, 3, CHRF()) == ["Le chien dort."]


def test_clause_split_benchmark_cuts_only_long_sentences_at_their_seams(tmp_path):
    """On the shipped default and a made-up test file: one long sentence with dashes, two short ones."""
    long = ("As yet, we have only observed it within the process of preparing our future audits of the accounts - "
            "we have launched a new system, with which we have processed almost fourteen thousand public contracts "
            "- that is where the changes will be seen.")
    test = tmp_path / "t.tsv"
    test.write_text(f"Hello - how are you?\tBonjour - comment allez-vous ?\n{long}\tref\nThank you.\tMerci.\n",
                    encoding="utf-8")
    out = run_script("clause_split.py", "--test", str(test), "--thresholds", "0", "35", "--show", "1",
                     "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "3 lines, 1 cut at 35 pieces" in out
    assert "| never | 0 |" in out and "| 35 | 1 |" in out
    assert f"SOURCE {long}" in out and "\n35: " in out
    commas = ("When we arrived at the small hotel near the old harbour late in the evening, the friendly owner gave "
              "us the keys and recommended a good restaurant.")
    test.write_text(f"{commas}\tref\nHello, how are you?\tBonjour, comment allez-vous ?\n", encoding="utf-8")
    out = run_script("clause_split.py", "--test", str(test), "--thresholds", "0", "25", "--commas",
                     "--cut-lines-at", "25", "--checkpoint", "checkpoints/en-fr-transformer.pt")
    assert "2 lines, 1 cut at 25 pieces, commas too" in out and "| 25 | 1 |" in out   # the short one stays whole
