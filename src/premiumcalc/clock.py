"""Today's date for the program: the local date, or the one ``PREMIUMCALC_TODAY`` names.

The start of cover defaults to today (tariff handbook §11). Tests and demonstrations set
``PREMIUMCALC_TODAY=2026-12-01`` so that a default means the same on any day; an invalid
value is ignored.
"""

from __future__ import annotations

import datetime as dt
import os

ENV_TODAY = "PREMIUMCALC_TODAY"


def today() -> dt.date:
    """The local date, unless :data:`ENV_TODAY` holds a valid ISO date."""
    value = os.environ.get(ENV_TODAY, "").strip()
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return dt.date.today()
