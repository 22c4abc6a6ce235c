"""Admiralty (NATO) grading: source reliability A-F and claim credibility 1-6.

Pure data and parsing; no Qt.  Issue 16 section 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from timeline_app.core.text import tr

if TYPE_CHECKING:
    from timeline_app.core.model.timeline import Timeline

RELIABILITY: dict[str, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}

CREDIBILITY: dict[int, str] = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}


def parse_reliability(value: object) -> str:
    """Return the upper-case letter A-F, or raise ValueError with a clear message."""
    if isinstance(value, str) and value.strip().upper() in RELIABILITY:
        return value.strip().upper()
    _fail(value, "A–F")


def parse_credibility(value: object) -> int:
    """Return the int 1-6 (an int or a digit string), or raise ValueError."""
    if isinstance(value, bool):
        _fail(value, "1–6")
    if isinstance(value, int) and value in CREDIBILITY:
        return value
    if isinstance(value, str) and value.strip() in {str(k) for k in CREDIBILITY}:
        return int(value.strip())
    _fail(value, "1–6")


def parse_grade(text: str) -> tuple[str, int]:
    """Parse a combined grade like "B2" (case-insensitive) into ("B", 2)."""
    t = text.strip()
    if len(t) != 2:
        raise ValueError(tr('grade {grade} is not a letter A–F followed by a digit 1–6, like "B2"')
                         .format(grade=repr(text)))
    return parse_reliability(t[0]), parse_credibility(t[1])


def grade_text(reliability: str | None, credibility: int | None) -> str:
    """Combined grade such as "E5"; a missing half is left out ("" when both are)."""
    return (reliability or "") + ("" if credibility is None else str(credibility))


def is_graded(timeline: Timeline) -> bool:
    """Whether any source or claim of a document is graded: most are not, and then the
    window shows no grade column, filter or mark."""
    return any(s.reliability is not None for s in timeline.sources.values()) or any(
        c.credibility is not None for e in timeline.events for c in e.claims)


def _fail(value: object, allowed: str) -> NoReturn:
    # As the file wrote it: "G", 9, true, an object (never a Python repr like True)
    shown = (f'"{value}"' if isinstance(value, str) else str(value).lower()
             if isinstance(value, bool) else str(value) if isinstance(value, int | float)
             else f"a {type(value).__name__}" if not isinstance(value, dict | list)
             else tr("an object", "a JSON value") if isinstance(value, dict)
             else tr("a list", "a JSON value"))
    raise ValueError(tr("{value} is not one of {allowed}").format(value=shown, allowed=allowed))
