"""tests/xdist_groups.py's scheduler on fake workers (no process started): files stay whole, groups stay on one
worker, and the browser group runs only while the other worker has nothing to do."""
from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

import pytest

import xdist_groups

pytest.importorskip("xdist")

BROWSER_FILES = ("tests/e2e/test_browser.py", "tests/e2e/test_walkthrough_browser.py")
COLLECTION = ([f"tests/unit/test_big.py::test_{i}" for i in range(40)]
              + [f"{f}::test_{i}" for f in BROWSER_FILES for i in range(6)]
              + [f"tests/unit/test_mid.py::test_{i}" for i in range(12)]
              + [f"tests/integration/test_train.py::test_{i}" for i in range(3)]
              + [f"tests/integration/test_runs.py::test_{i}" for i in range(3)]
              + [f"tests/app/test_small_{j}.py::test_{i}" for j in range(5) for i in range(4)])


class FakeWorker:
    """What the scheduler calls on a pytest-xdist WorkerController: tests sent, and a shutdown."""

    def __init__(self, name: str):
        self.gateway, self.queue, self.shutting_down = SimpleNamespace(id=name), [], False

    def send_runtest_some(self, indices) -> None:
        self.queue.extend(indices)

    def shutdown(self) -> None:
        self.shutting_down = True


def run(collection, workers: int = 2, seed: int = 0):
    """Drive the scheduler as pytest-xdist's DSession would, finishing tests on random workers; a worker runs its
    last test only once it is sent another or told to stop (xdist's remote.py needs the next item), and leaves the
    scheduler when it has stopped. Returns the (worker, nodeid) sequence and, for each step, the scopes each
    worker had pending."""
    config = SimpleNamespace(getvalue={"tx": [f"{workers}*popen"], "dist": "loadfile"}.get,
                             option=SimpleNamespace(loadscopereorder=True))
    sched, nodes = xdist_groups.scheduler(config), [FakeWorker(f"gw{i}") for i in range(workers)]
    for node in nodes:
        sched.add_node(node)
    for node in nodes:
        sched.add_node_collection(node, list(collection))
    sched.schedule()
    rng, done, busy = random.Random(seed), [], []
    while any(n.queue for n in nodes):
        busy.append({n.gateway.id: {xdist_groups.scope_of(collection[i]) for i in n.queue} for n in nodes})
        ready = [n for n in nodes if len(n.queue) >= 2 or (n.queue and n.shutting_down)]
        assert ready, "deadlock: every worker waits for a next test"
        node = rng.choice(ready)
        index = node.queue.pop(0)
        done.append((node.gateway.id, collection[index]))
        sched.mark_test_complete(node, index)
        for gone in [n for n in sched.nodes if n.shutting_down and not n.queue]:
            assert sched.remove_node(gone) is None
    assert sched.tests_finished and all(n.shutting_down for n in nodes)
    return done, busy


def test_scopes_are_files_or_their_group():
    assert xdist_groups.scope_of("tests/e2e/test_browser.py::test_x[1]") == "browser"
    assert xdist_groups.scope_of("tests/integration/test_runs.py::test_y") == "torchrun"
    assert xdist_groups.scope_of("tests/unit/test_fold.py::test_z") == "tests/unit/test_fold.py"


@pytest.mark.parametrize("seed", range(5))
def test_every_test_runs_once_and_each_group_on_one_worker(seed):
    done, _ = run(COLLECTION, seed=seed)
    assert sorted(nodeid for _, nodeid in done) == sorted(COLLECTION)
    for scope in ("browser", "torchrun", "tests/unit/test_big.py"):
        assert len({w for w, nodeid in done if xdist_groups.scope_of(nodeid) == scope}) == 1, scope


def no_side_units(monkeypatch) -> None:
    """No unit may run beside the browser group (xdist_groups.SIDE_*): the order before SIDE."""
    monkeypatch.setattr(xdist_groups, "SIDE_DIRS", ())
    monkeypatch.setattr(xdist_groups, "SIDE_FILES", frozenset())


@pytest.mark.parametrize("seed", range(5))
def test_the_browser_group_runs_last_with_the_other_worker_idle(seed, monkeypatch):
    no_side_units(monkeypatch)
    done, busy = run(COLLECTION, seed=seed)
    first = next(i for i, (_, nodeid) in enumerate(done) if xdist_groups.scope_of(nodeid) == "browser")
    assert all(xdist_groups.scope_of(nodeid) == "browser" for _, nodeid in done[first:])
    for step in busy:
        with_browser = [w for w, scopes in step.items() if "browser" in scopes]
        assert not with_browser or all(not scopes for w, scopes in step.items() if w not in with_browser), step


def test_the_browser_files_alone_start_at_once():
    done, _ = run([f"{f}::test_{i}" for f in BROWSER_FILES for i in range(3)])
    assert len(done) == 6 and len({w for w, _ in done}) == 1


# FIRST: the long units of few tests are handed out first (pytest-xdist's own order, most tests first, gave them out
# last: one worker still ran the reversal models while the other had finished and the browser group waited).
def sent_scopes(monkeypatch, first: tuple, side: bool = False) -> list[str]:
    """The scopes in the order the scheduler sends them to the workers, with ``FIRST = first`` (and no SIDE units
    unless ``side``)."""
    monkeypatch.setattr(xdist_groups, "FIRST", first)
    if not side:
        no_side_units(monkeypatch)
    sent, send = [], FakeWorker.send_runtest_some
    monkeypatch.setattr(FakeWorker, "send_runtest_some", lambda worker, indices: (
        sent.append(xdist_groups.scope_of(COLLECTION[indices[0]])), send(worker, indices)))
    done, _ = run(COLLECTION)
    assert sorted(nodeid for _, nodeid in done) == sorted(COLLECTION)
    return sent


def test_the_first_units_are_handed_out_first_in_their_order(monkeypatch):
    first = ("torchrun", "tests/app/test_small_3.py", "tests/unit/test_mid.py")
    sent = sent_scopes(monkeypatch, first)
    assert sent[:3] == list(first)
    assert sent[3] == "tests/unit/test_big.py"            # then pytest-xdist's order: most tests first
    assert sent[-1] == "browser"


def test_without_first_units_the_one_with_most_tests_goes_first(monkeypatch):
    sent = sent_scopes(monkeypatch, ())
    assert sent[:2] == ["tests/unit/test_big.py", "tests/unit/test_mid.py"] and sent[-1] == "browser"


def test_first_names_groups_and_files_that_exist():
    root = Path(__file__).resolve().parents[2]
    for scope in xdist_groups.FIRST:
        assert scope in xdist_groups.GROUPS.values() or (root / scope).is_file(), scope
        assert scope not in xdist_groups.ALONE, scope


# SIDE: the one-core, in-process units (unit files, most app files) go out last, so that the other worker runs them
# beside the browser group (≈ 4 min of about one core) instead of idling while it runs alone.
@pytest.mark.parametrize("seed", range(5))
def test_the_browser_group_runs_beside_side_units_only(seed):
    done, busy = run(COLLECTION, seed=seed)
    assert sorted(nodeid for _, nodeid in done) == sorted(COLLECTION)
    for step in busy:
        for w, scopes in step.items():
            if "browser" in scopes:
                others = set().union(*(s for o, s in step.items() if o != w))
                assert all(xdist_groups.is_side(s) for s in others), step
    first = next(i for i, (_, nodeid) in enumerate(done) if xdist_groups.scope_of(nodeid) == "browser")
    browser_worker = done[first][0]
    beside = [nodeid for w, nodeid in done[first:] if w != browser_worker]
    assert beside and all(xdist_groups.is_side(xdist_groups.scope_of(n)) for n in beside)   # the other worker works


def test_side_units_are_handed_out_after_the_others(monkeypatch):
    sent = sent_scopes(monkeypatch, ("tests/app/test_small_3.py", "torchrun"), side=True)
    sent = [s for s in sent if s != "browser"]
    assert sent[0] == "torchrun" and not xdist_groups.is_side(sent[0])   # the others first, in FIRST's order
    assert sent[1] == "tests/app/test_small_3.py"                        # then the SIDE units, FIRST's first
    assert sent[2] == "tests/unit/test_big.py" and all(xdist_groups.is_side(s) for s in sent[1:])


def test_side_names_units_that_run_in_one_process():
    root = Path(__file__).resolve().parents[2]
    assert xdist_groups.is_side("tests/unit/test_fold.py") and xdist_groups.is_side("tests/app/test_app_trust.py")
    assert xdist_groups.is_side("tests/battery/test_bad_text.py")
    for scope in ("torchrun", "reversers", "browser", "tests/app/test_training_page.py",
                  "tests/app/test_app_translate.py", "tests/battery/test_run_faults.py",
                  "tests/integration/test_default_model_limits.py"):
        assert not xdist_groups.is_side(scope), scope
    for name in xdist_groups.SIDE_FILES | xdist_groups.NOT_SIDE:
        assert (root / name).is_file(), name
