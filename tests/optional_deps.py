"""Optional things some tests need (a Chromium for the browser and kaleido, CTranslate2): one rule for all.

Where one is missing its tests skip — unless the environment says it must be there (``.ci/run`` sets
``S2S_REQUIRE_BROWSER=1`` and ``S2S_REQUIRE_CTRANSLATE2=1``): then the test fails, so a green CI cannot hide
tests that never ran. Tests get these through the ``chromium``, ``playwright_chromium`` and ``ct2`` fixtures
(tests/conftest.py), which also mark them, so the end of a pytest run can say how many of them ran. A plain
module (tests/ is on sys.path).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path

import pytest

# kind (also the pytest marker of its tests) → the variable that makes it required
REQUIRED_BY = {"browser": "S2S_REQUIRE_BROWSER", "ctranslate2": "S2S_REQUIRE_CTRANSLATE2"}


def required(kind: str) -> bool:
    return os.environ.get(REQUIRED_BY[kind], "").strip() not in ("", "0")


def skip_or_fail(kind: str, missing: str) -> None:
    """Skip the calling test because ``missing`` — or fail it where the environment requires ``kind``."""
    if required(kind):
        pytest.fail(f"{missing}; {REQUIRED_BY[kind]}=1 says the {kind} tests must run here, not skip",
                    pytrace=False)
    pytest.skip(missing)


def chromium() -> str:
    """The Chromium both the Playwright tests and kaleido use (``$CHROMIUM``, default /usr/bin/chromium)."""
    from scripts.app_harness import CHROMIUM
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        skip_or_fail("browser", f"no Chromium at {CHROMIUM} (set $CHROMIUM or apt-get install chromium)")
    return CHROMIUM


def playwright() -> None:
    """Playwright, which drives the Chromium in tests/e2e."""
    if importlib.util.find_spec("playwright") is None:
        skip_or_fail("browser", "playwright is not installed (requirements-dev.txt)")


def ctranslate2():
    """The ctranslate2 module (requirements-serve.txt)."""
    try:
        return importlib.import_module("ctranslate2")
    except ImportError:
        skip_or_fail("ctranslate2", "ctranslate2 is not installed (pip install -r requirements-serve.txt)")
