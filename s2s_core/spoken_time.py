"""A duration the way a person says it, for every estimate the studio gives (a training ETA, a launch's cost, a
file's translation time): "a few seconds", "about 40 s", "about 4 min", "about 1 h 20 min", "about 3 h".

One set of thresholds for all of them (the Training page's guide had moved to hours at 90 min, the launch
estimate at 60 min as "1.0 h", the Evaluate page never): the figure is rounded first and its unit chosen from the
rounded figure, so nothing says "60 s" or "60 min", and each unit is as fine as an estimate deserves:

=================  ==========================================  =======================
rounded to         said as                                     while under
=================  ==========================================  =======================
the second         "a few seconds"                             ``FEW_SECONDS`` (10 s)
the second         "about 40 s"                                1 min
the minute         "about 4 min"                               1 h
5 minutes          "about 1 h", "about 1 h 20 min"             ``HOURS_ALONE`` (3 h)
the hour           "about 3 h", "about 12 h"
=================  ==========================================  =======================
"""
from __future__ import annotations

import math

FEW_SECONDS = 10         # seconds: less is "a few seconds"
HOURS_ALONE = 3          # hours: from here whole hours, without minutes
MINUTE_STEP = 5          # minutes: what "1 h 20 min" is rounded to


def _nearest(x: float, step: int = 1) -> int:
    """``x`` to the nearest multiple of ``step``, halves up (``round`` takes 2.5 to 2)."""
    return int(math.floor(x / step + 0.5)) * step


def spoken_time(seconds: float, about: bool = True) -> str:
    """``seconds`` in words (see the module's table). ``about=False`` leaves out the "about" (a metric tile
    labelled ETA, a range "between 36 s and 4 min"); "a few seconds" is said alike either way. A prefix goes
    before: "in " + spoken_time(s) is "in a few seconds", "in about 4 min"."""
    s = _nearest(max(float(seconds), 0.0))
    if s < FEW_SECONDS:
        return "a few seconds"
    if s < 60:
        words = f"{s} s"
    elif _nearest(s / 60) < 60:
        words = f"{_nearest(s / 60)} min"
    elif _nearest(s / 60, MINUTE_STEP) < HOURS_ALONE * 60:
        hours, minutes = divmod(_nearest(s / 60, MINUTE_STEP), 60)
        words = f"{hours} h" + (f" {minutes} min" if minutes else "")
    else:
        words = f"{_nearest(s / 3600)} h"
    return f"about {words}" if about else words
