"""A duration the way a person says it: one set of thresholds for the Training page's ETA and guide, the launch
estimate and the Evaluate page (each had its own: hours from 60 min, from 90 min, never)."""
from __future__ import annotations

import pytest

from s2s_core.spoken_time import spoken_time

MIN, HOUR = 60, 3600


@pytest.mark.parametrize("seconds, words", [
    (0, "a few seconds"), (-3, "a few seconds"), (9, "a few seconds"), (9.49, "a few seconds"),
    (9.5, "about 10 s"), (10, "about 10 s"), (40, "about 40 s"),
    (59, "about 59 s"), (59.49, "about 59 s"),                      # not "about 1 min" yet …
    (59.5, "about 1 min"), (60, "about 1 min"), (89, "about 1 min"),  # … and never "about 60 s"
    (90, "about 2 min"), (150, "about 3 min"),                      # halves up (round() took 2.5 min to 2)
    (4 * MIN, "about 4 min"), (59 * MIN, "about 59 min"), (59 * MIN + 29, "about 59 min"),
    (59 * MIN + 30, "about 1 h"), (HOUR, "about 1 h"),              # never "about 60 min"
    (62 * MIN, "about 1 h"), (63 * MIN, "about 1 h 5 min"),         # 5-minute steps in the second and third hour
    (80 * MIN, "about 1 h 20 min"), (89 * MIN, "about 1 h 30 min"), (90 * MIN, "about 1 h 30 min"),
    (2 * HOUR + 57 * MIN + 29, "about 2 h 55 min"),
    (2 * HOUR + 57 * MIN + 30, "about 3 h"), (3 * HOUR, "about 3 h"),  # whole hours from 3 h …
    (3 * HOUR + 29 * MIN, "about 3 h"), (3 * HOUR + 30 * MIN, "about 4 h"), (30 * HOUR, "about 30 h"),
])
def test_each_unit_starts_where_its_rounded_figure_does(seconds, words):
    assert spoken_time(seconds) == words


def test_without_about_for_a_tile_or_a_range():
    assert [spoken_time(s, about=False) for s in (5, 40, 4 * MIN, 80 * MIN, 3 * HOUR)] == [
        "a few seconds", "40 s", "4 min", "1 h 20 min", "3 h"]
