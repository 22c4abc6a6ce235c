"""Why a date cannot be read: the messages people see for a wrong date, kept apart from the
parser so that its fast path stays small and every message is worded in one place. They are
in the window's language there (core.text), English on the command line."""

from __future__ import annotations

import re

from timeline_app.core.model import date_text
from timeline_app.core.text import tr

__all__ = ["DateError", "explain", "no_such", "not_a_date", "not_in_month"]


class DateError(ValueError):
    """A date that cannot be parsed; str(err) is a short human message, `part` the part of
    the date it is about (year, month, day, hour, minute, second, millisecond) if one is, so
    a spreadsheet's reader can name that part's column in any language."""

    def __init__(self, message: str, part: str = "") -> None:
        super().__init__(message)
        self.part = part


def no_such(part: str, value: object) -> DateError:
    """"month 13 does not exist", for any part of a date."""
    return DateError({"year": tr("year {value} does not exist"),
                      "month": tr("month {value} does not exist"),
                      "day": tr("day {value} does not exist"),
                      "hour": tr("hour {value} does not exist"),
                      "minute": tr("minute {value} does not exist"),
                      "second": tr("second {value} does not exist"),
                      "millisecond": tr("millisecond {value} does not exist")}[part].format(
                          value=value), part)


def not_in_month(day: str, months: str, m0: int, m1: int, year: int | None) -> DateError:
    """"day 30 is not in February", "day 29 is not in February 2023", "… in months 0X"."""
    if m0 != m1:
        return DateError(tr("day {day} is not in months {months}").format(
            day=day, months=months), "day")
    month = date_text.current().month_names[m0 - 1]
    if year is None:
        return DateError(tr("day {day} is not in {month}").format(day=day, month=month), "day")
    return DateError(tr("day {day} is not in {month} {year}").format(
        day=day, month=month, year=date_text.year_label(year)), "day")


def not_a_date(text: str) -> DateError:
    shown = text if len(text) <= 40 else text[:39] + "…"
    return DateError(tr("not a date: '{text}' (expected a form like 2024, 2024-10, 2024-10-18 "
                        "or 2024-10-18T09:30:00+09:00)").format(text=shown))


def explain(s: str, body: str) -> DateError:
    """Why a string matching no form is wrong, as specifically as cheaply possible."""
    if body == "..":
        return DateError(tr("an open date (..) cannot be approximate or uncertain"))
    if any(q in body for q in "~?%"):
        if body[-1] in "~?%":
            return DateError(tr("use one qualifier: ~ approximate, ? uncertain, % both"))
        return DateError(tr("a qualifier (~, ? or %) can only come at the end of the date"))
    if re.fullmatch(r"[0-9]{8}(?:[0-9]{6})?", body):
        return DateError(tr("a compact date ({form}); write it with dashes, e.g. {example}").format(
            form="YYYYMMDDhhmmss" if len(body) > 8 else "YYYYMMDD",
            example=f"{body[:4]}-{body[4:6]}-{body[6:8]}"))
    if re.match(r"-?[0-9]{5,}(?:-|\Z)", body):
        return DateError(tr("a year with more than four digits needs a Y prefix, e.g. Y12345"))
    if body[:1] in ("Y", "y"):
        return DateError(tr("a Y year stands alone, as Y and digits: Y12345 or Y-13800000000"))
    return not_a_date(s)
