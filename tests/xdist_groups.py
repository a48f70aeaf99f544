"""How pytest-xdist shares the suite between workers under ``-n 2 --dist loadfile`` (tests/conftest.py's hook;
unused by a plain, serial ``python -m pytest``).

Each file runs on one worker (its module fixtures built once); the files of a group in ``GROUPS`` run together,
on one worker: the reversal models (integration/conftest.py, ≈ 50 s) are trained once, the two browser files share
one Chromium and one app server, the two files that start 2-rank torchruns do not run them side by side. (xdist_group
marks + loadgroup cannot do this: pytest 9.2 ignores the nodeid suffix pytest-xdist 3.8 gives them.)

A group in ``ALONE`` is handed out last, once no other worker runs anything but ``SIDE`` units: the browser tests
wait on Streamlit reruns, Chromium and kaleido's image export, which beside another worker on a 2-core machine ran
from 10 s to past Playwright's 90-s timeout (the "Heatmap (PNG)" button, session 31, beside the torchruns at load
15-19; once alone too, session 32: a kaleido Chromium that hung at its start, tried again since by
image_export.figure_images). Before: gw0 runs test_browser.py while gw1 runs test_train.py; after: gw1 runs the unit
files (one process, one thread, no subprocess) or waits, then one of them runs the browser files.

``SIDE`` units (in-process, one core: no subprocess, no Chromium, no training run) are handed out after every other
unit, so that the other worker runs them beside the browser group (≈ 4 minutes, about one core) instead of idling;
with none left the browser group runs alone as before.

The units in ``FIRST`` (the longest) are handed out before the others, longest first, so that the two workers end
together: pytest-xdist hands out the units with the most tests first, which left the reversal models (6 tests,
≈ 60 s) to one worker near the end while the other idled."""
from __future__ import annotations

GROUPS = {"tests/integration/test_learning.py": "reversers",
          "tests/integration/test_attribution_learning.py": "reversers",
          "tests/e2e/test_browser.py": "browser", "tests/e2e/test_walkthrough_browser.py": "browser",
          "tests/integration/test_train.py": "torchrun", "tests/integration/test_runs.py": "torchrun"}
ALONE = frozenset({"browser"})
# May run beside ALONE: one process and one thread (OMP_NUM_THREADS=1), no subprocess, no Chromium (these three app
# files start a training run or kaleido's Chromium for an image export).
SIDE_DIRS = ("tests/unit/", "tests/app/")
SIDE_FILES = frozenset({"tests/battery/test_bad_text.py", "tests/battery/test_app_safety.py",
                        "tests/battery/test_fuzz.py", "tests/integration/test_shipped_checkpoints.py"})
NOT_SIDE = frozenset({"tests/app/test_training_page.py", "tests/app/test_app_viz_catalog.py",
                      "tests/app/test_app_translate.py"})
# Handed out first, longest first (then the rest in pytest-xdist's order: most tests first). pytest-xdist sorts the
# units by their number of tests, which put the reversal models (6 tests, one ≈ 50-80 s fixture training two models
# on both cores) and other long files of few tests near the end: one worker still ran them while the other had
# finished, and the browser group waits for both.
# Order: serial seconds (session 31's quiet serial run, session 33's loaded one; /work/notes/suite33-s33.md), except
# that the torchrun group follows the default-model limits: its 2-rank runs then do not start beside the two
# reversal-model trainings (both cores, their first ≈ 30 s).
FIRST = ("reversers", "tests/integration/test_default_model_limits.py", "torchrun", "tests/battery/test_run_faults.py",
         "tests/app/test_app_translate.py", "tests/app/test_training_page.py", "tests/battery/test_app_safety.py",
         "tests/app/test_app_inspect.py", "tests/battery/test_bad_text.py",
         "tests/integration/test_benchmark_scripts.py", "tests/integration/test_ctranslate2.py")


def scope_of(nodeid: str) -> str:
    """The unit a worker is given: the file, or its group ("tests/e2e/test_browser.py::test_x" → "browser")."""
    path = nodeid.split("::", 1)[0]
    return GROUPS.get(path, path)


def first_rank(scope: str) -> int:
    """Where a unit stands in the hand-out order: its place in FIRST, or after all of them (ties keep the queue's
    order: ``min`` returns the first of equals)."""
    return FIRST.index(scope) if scope in FIRST else len(FIRST)


def is_side(scope: str) -> bool:
    """Whether a unit may run beside the browser group: "tests/unit/test_fold.py" yes, "torchrun" no."""
    return scope not in NOT_SIDE and (scope in SIDE_FILES or scope.startswith(SIDE_DIRS))


def next_rank(scope: str) -> tuple[bool, int]:
    """The hand-out order: the units that may not run beside the browser group first, FIRST's order within each."""
    return is_side(scope), first_rank(scope)


def scheduler(config, log=None):
    """pytest-xdist's LoadScopeScheduling over ``scope_of``, the ALONE groups held back until the other workers run
    only SIDE units or have run their last test (imported here: pytest-xdist is only needed for ``-n``)."""
    from xdist.scheduler import LoadScopeScheduling

    class FileGroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid)

        def _assign_work_unit(self, node) -> None:
            """The next unit that is not ALONE, SIDE ones last, FIRST ones first; the ALONE units go to ``node``
            once only SIDE units are left and the other workers hold nothing else; with no SIDE unit left,
            ``_hand_out_alone`` decides."""
            scope = min((s for s in self.workqueue if s not in ALONE), key=next_rank, default=None)
            if scope is not None and is_side(scope) and self._may_take_alone(node):
                scope = next(s for s in self.workqueue if s in ALONE)
            if scope is None:
                self._hand_out_alone()
                return
            self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

        def _may_take_alone(self, node) -> bool:
            """An ALONE unit is queued and every other worker's pending tests are SIDE ones (its own pending
            tests run before the ALONE ones)."""
            return any(s in ALONE for s in self.workqueue) and all(
                is_side(scope) for other, work in self.assigned_work.items() if other is not node
                for scope, tests in work.items() if not all(tests.values()))

        def mark_test_complete(self, node, item_index: int, duration: float = 0) -> None:
            super().mark_test_complete(node, item_index, duration)
            self._hand_out_alone()

        def _hand_out_alone(self) -> None:
            """Once no worker has two tests pending, one worker (the keeper) gets the ALONE units and the others
            are shut down; the keeper gets them only after the others have run the last test they held (an xdist
            worker runs its last test only once it is sent another or told to stop)."""
            if not self.workqueue or any(s not in ALONE for s in self.workqueue) or any(
                    self._pending_of(work) >= 2 for work in self.assigned_work.values()):
                return
            keeper = next((n for n in self.nodes if not n.shutting_down), None)
            others = [n for n in self.nodes if n is not keeper]
            for other in others:
                if not other.shutting_down:
                    other.shutdown()
            if keeper and not any(self._pending_of(self.assigned_work[n]) for n in others):
                super()._assign_work_unit(keeper)
    return FileGroupScheduling(config, log)
