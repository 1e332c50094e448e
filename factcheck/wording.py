"""How dates are written in messages and keys ("11 September 2017", "September 2017",
"11–16 September 2017", "2017"): one wording for the rules, text keys and reports."""
from __future__ import annotations

import datetime as dt

from factcheck.models import DateValue

__all__ = ["fmt_date", "fmt_date_value"]


def fmt_date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def fmt_date_value(v: DateValue) -> str:
    if v.start is None or v.end is None:
        return "an unresolved date"
    if v.start == v.end:
        return fmt_date(v.start)
    if v.start.year == v.end.year and v.start.month == v.end.month:
        if v.start.day == 1 and (v.end + dt.timedelta(days=1)).day == 1:
            return f"{v.start:%B %Y}"
        return f"{v.start.day}–{v.end.day} {v.end:%B %Y}"
    if v.start == dt.date(v.start.year, 1, 1) and v.end == dt.date(v.start.year, 12, 31):
        return str(v.start.year)
    return f"{fmt_date(v.start)} – {fmt_date(v.end)}"
