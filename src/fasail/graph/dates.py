"""Partial ISO dates ("2016", "2016-06", "2016-06-15"): facts are dated only as precisely as
the text allows, so comparisons happen at the precision both sides share."""

from __future__ import annotations

import calendar
import re

from fasail.errors import UsageError

_PARTIAL = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def parse_partial(text: str) -> str:
    """``text`` when it is a year, year-month or full ISO date; a UsageError otherwise."""
    value = text.strip()
    if not _PARTIAL.match(value):
        raise UsageError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    return value


def on_or_before(when: str | None, as_of: str | None) -> bool:
    """Whether something dated ``when`` may have happened by the end of ``as_of``.

    "2016" is on or before "2016-06" (it may be), "2016-07" is not. With no ``as_of`` everything
    is; an undated thing cannot be placed before any date, so it is not.
    """
    if as_of is None:
        return True
    if when is None:
        return False
    n = min(len(when), len(as_of))
    return when[:n] <= as_of[:n]


def period_start(when: str) -> str:
    """The first day of a partial date's period: "2016" → "2016-01-01"."""
    return (when + "-01-01")[:10] if len(when) == 4 else (when + "-01")[:10]


def period_end(when: str) -> str:
    """The last day of a partial date's period: "2016-02" → "2016-02-29"."""
    if len(when) == 4:
        return f"{when}-12-31"
    if len(when) == 7:
        year, month = int(when[:4]), int(when[5:7])
        return f"{when}-{calendar.monthrange(year, month)[1]:02d}"
    return when


def latest_within(as_of: str) -> str:
    """The greatest ISO date string that is on or before ``as_of``: "2016-06" → "2016-06-99".

    Compared as text, ``when <= latest_within(as_of)`` is ``on_or_before(when, as_of)`` for any
    partial date ``when``, so a database can filter on an index with it."""
    return as_of + "-99-99"[len(as_of) - 4:] if len(as_of) < 10 else as_of
