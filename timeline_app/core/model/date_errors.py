"""Why a date cannot be read: the messages people see for a wrong date, kept apart from the
parser so that its fast path stays small and every message is worded in one place."""

from __future__ import annotations

import re

__all__ = ["DateError", "explain", "not_a_date"]

_EXPECTED = "expected a form like 2024, 2024-10, 2024-10-18 or 2024-10-18T09:30:00+09:00"


class DateError(ValueError):
    """A date that cannot be parsed; str(err) is a short human message."""


def not_a_date(text: str) -> DateError:
    shown = text if len(text) <= 40 else text[:39] + "…"
    return DateError(f"not a date: '{shown}' ({_EXPECTED})")


def explain(s: str, body: str) -> DateError:
    """Why a string matching no form is wrong, as specifically as cheaply possible."""
    if body == "..":
        return DateError("an open date (..) cannot be approximate or uncertain")
    if any(q in body for q in "~?%"):
        if body[-1] in "~?%":
            return DateError("use one qualifier: ~ approximate, ? uncertain, % both")
        return DateError("a qualifier (~, ? or %) can only come at the end of the date")
    if re.fullmatch(r"[0-9]{8}(?:[0-9]{6})?", body):
        return DateError(f"a compact date ({'YYYYMMDDhhmmss' if len(body) > 8 else 'YYYYMMDD'}"
                         f"); write it with dashes, e.g. {body[:4]}-{body[4:6]}-{body[6:8]}")
    if re.match(r"-?[0-9]{5,}(?:-|\Z)", body):
        return DateError("a year with more than four digits needs a Y prefix, e.g. Y12345")
    if body[:1] in ("Y", "y"):
        return DateError("a Y year stands alone, as Y and digits: Y12345 or Y-13800000000")
    return not_a_date(s)
