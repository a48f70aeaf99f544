"""One Chromium and one app server for both browser test files (tests/e2e): each file had its own, a Chromium
launch and an app start (two tiny models, ≈ 5-10 s on a loaded 2-core CI machine) apiece. Each test still opens
its pages in a fresh browser context, i.e. its own Streamlit session."""
from __future__ import annotations

import shutil

import pytest

from fake_runs import fake_run
from scripts.app_harness import AppDidNotStart, launch_chromium, running_app


@pytest.fixture(scope="session")
def browser(playwright_chromium):
    """One headless Chromium for the session (a launch per test cost ≈ 1-2 s each)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def e2e_app(playwright_chromium, tmp_path_factory, toy_data, tiny_checkpoint, tiny_gru_checkpoint):
    """(URL, log) of the app over two tiny trained models and an untrained one (it rarely ends a sentence: long
    output; "untrained" sorts last, so the app still opens on tiny-gru), and a runs folder that holds a finished
    run and one early stopping ended."""
    from tiny_checkpoints import untrained_checkpoint
    ckpts = tmp_path_factory.mktemp("e2e_ckpts")
    shutil.copy(tiny_checkpoint, ckpts / "tiny-transformer.pt")
    shutil.copy(tiny_gru_checkpoint, ckpts / "tiny-gru.pt")
    shutil.copy(untrained_checkpoint(tmp_path_factory.mktemp("e2e_untrained"), toy_data, seed=3),
                ckpts / "untrained.pt")
    log = tmp_path_factory.mktemp("e2e_log") / "streamlit.log"
    runs = tmp_path_factory.mktemp("e2e_runs")
    fake_run(runs, "finished-run")
    fake_run(runs, "early-run", state="stopped_early", steps=150)     # listed first (same start, name order)
    try:
        with running_app({"S2S_CHECKPOINTS_DIR": str(ckpts), "OMP_NUM_THREADS": "1", "S2S_RUNS_DIR": str(runs)},
                         log, timeout=90) as url:
            yield url, log
    except AppDidNotStart as e:
        pytest.fail(str(e))
