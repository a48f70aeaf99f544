"""A run ended by early stopping: shown as "stopped early" (from what its folder records), and resumable once its
patience is raised past the validations it has gone without a better dev score."""
from __future__ import annotations

import pytest

from fake_runs import fake_run
from s2s_core.runs import STOPPED_EARLY, RunStore, shown_state
from s2s_core.runs.store import check_limits


@pytest.mark.parametrize("state, reason, shown", [
    ("completed", "early_stopping", STOPPED_EARLY), ("completed", "max_steps", "completed"),
    ("stopped", "stopped", "stopped"), ("failed", "early_stopping", "failed"), ("running", None, "running")])
def test_a_run_ended_by_early_stopping_is_shown_stopped_early(state, reason, shown):
    assert shown_state({"state": state, "reason": reason}) == shown


def test_a_run_folder_written_before_reads_stopped_early_and_its_count_since_the_best(tmp_path):
    """status.json stays as the trainer's run left it (completed, early_stopping): nothing new is recorded."""
    fake_run(tmp_path, "early", state="stopped_early", steps=150)
    fake_run(tmp_path, "full", steps=150)
    store = RunStore(tmp_path)
    early, full = store.status("early"), store.status("full")
    assert (early["state"], shown_state(early), early["validations_since_best"]) == ("completed", STOPPED_EARLY, 2)
    assert (shown_state(full), full["validations_since_best"]) == ("completed", 0)



def test_the_cli_says_stopped_early_where_the_page_does_and_its_json_keeps_what_is_recorded(tmp_path, capsys):
    """`runs list` and `runs status` had said "completed" for a run the Training page calls "stopped early"."""
    from types import SimpleNamespace

    from s2s_core.runs import cli
    fake_run(tmp_path, "early", state="stopped_early", steps=150)
    fake_run(tmp_path, "full", steps=150)
    store = RunStore(tmp_path)
    cli._list(store, SimpleNamespace(json=False))
    rows = {line.split()[0]: line.split()[1] for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows == {"early": STOPPED_EARLY, "full": "completed"}
    cli._status(store, SimpleNamespace(name="early", json=False))
    assert f"state: {STOPPED_EARLY}" in capsys.readouterr().out
    cli._status(store, SimpleNamespace(name="early", json=True))
    assert '"state": "completed"' in capsys.readouterr().out

def test_an_early_stopped_run_resumes_only_with_more_patience():
    status = {"name": "r", "state": "completed", "reason": "early_stopping", "step": 150, "validations_since_best": 2}
    for limits, match in (({"max_steps": 300}, "raise patience above 2"), ({"patience": 2}, "raise patience above 2"),
                          ({"patience": 5, "max_steps": 150}, "above the run's step"), ({"patience": -1}, "≥ 0")):
        with pytest.raises(ValueError, match=match):
            check_limits(status, dict(limits))
    assert check_limits(status, {"max_steps": 300, "patience": 4}) == {"max_steps": 300, "patience": 4}
    assert check_limits(status, {"patience": 0}) == {"patience": 0}            # early stopping off
    stopped = {"name": "r", "state": "stopped", "reason": "stopped"}
    assert check_limits(stopped, {"patience": 3}) == {"patience": 3}           # a stopped run may change it too


def test_a_patience_at_or_below_the_count_since_the_best_is_refused_for_any_run():
    """A run stopped by request (or one that reached its step limit) after 3 validations without a better dev score,
    resumed with patience 2, stopped early at its first step: its checkpoint keeps the count of 3."""
    stopped = {"name": "r", "state": "stopped", "reason": "stopped", "validations_since_best": 3}
    with pytest.raises(ValueError, match="would stop it at once: raise patience above 3"):
        check_limits(stopped, {"patience": 2})
    done = {"name": "r", "state": "completed", "reason": "max_steps", "step": 150, "validations_since_best": 3}
    with pytest.raises(ValueError, match="raise patience above 3"):
        check_limits(done, {"max_steps": 300, "patience": 3})
    assert check_limits(done, {"max_steps": 300, "patience": 4}) == {"max_steps": 300, "patience": 4}
    assert check_limits(stopped, {"patience": 0}) == {"patience": 0}            # early stopping off
