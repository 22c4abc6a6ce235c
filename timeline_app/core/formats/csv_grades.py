"""Admiralty grades in CSV rows: `reliability` (A-F, of the row's sources), `credibility`
(1-6, of its claims) or a combined `grade` such as "B2".

A cell holds one grade for every claim of the row, or one per claim separated by ";" (the
parallel lists of `csv_claims`), so "E5; B2" grades a row citing KCNA and NIS. A source's
reliability is the source's, not the row's: the first row that grades a source decides, and
a row grading it otherwise is noted (its cell is kept for the write-back).
"""

from __future__ import annotations

from collections.abc import Mapping

from timeline_app.core.model.grades import parse_credibility, parse_grade, parse_reliability
from timeline_app.core.model.timeline import Event, Source
from timeline_app.core.text import tr

GRADE_FIELDS = ("grade", "reliability", "credibility")


def row_grades(v: Mapping[str, str], n: int, mapping: Mapping[str, str]
               ) -> tuple[list[str | None], list[int | None]]:
    """Reliability and credibility of a row's n claims; raises ValueError naming the column
    (`column "Grade": "Z9" is not …`). The specific columns win over `grade`."""
    reliability: list[str | None] = [None] * n
    credibility: list[int | None] = [None] * n
    for field in GRADE_FIELDS:
        cell = v.get(field, "").strip()
        if not cell or not n:
            continue
        items = [p.strip() for p in cell.split(";")]
        if len(items) == 1:
            items = items * n
        elif len(items) != n:
            raise ValueError(tr('column "{column}": {grades} grades for %Ln claim(s) (give one '
                                'for all, or one per source separated by ";")', "", n).format(
                                    column=mapping[field], grades=len(items)))
        for i, item in enumerate(items):
            if not item:
                continue
            try:
                if field == "grade" and len(item) == 1:  # half a grade: "B" or "2"
                    if item.isdigit():
                        credibility[i] = parse_credibility(item)
                    else:
                        reliability[i] = parse_reliability(item)
                elif field == "grade":
                    reliability[i], credibility[i] = parse_grade(item)
                elif field == "reliability":
                    reliability[i] = parse_reliability(item)
                else:
                    credibility[i] = parse_credibility(item)
            except ValueError as err:
                raise ValueError(tr('column "{column}": {problem}').format(
                    column=mapping[field], problem=err)) from None
    return reliability, credibility


def grade_sources(event: Event, reliability: list[str | None],
                  registry: Mapping[str, Source], conflicts: dict[str, tuple[str, str]]
                  ) -> None:
    """Give the sources of `event`'s claims their reliability (the first grade stays; a
    different one is remembered in `conflicts`: source id -> (kept, other))."""
    for claim, grade in zip(event.claims, reliability, strict=False):
        source = registry.get(claim.source)
        if grade is None or source is None:
            continue
        if source.reliability is None:
            source.reliability = grade
        elif source.reliability != grade:
            conflicts.setdefault(source.id, (source.reliability, grade))


def conflict_note(conflicts: dict[str, tuple[str, str]], registry: Mapping[str, Source]
                  ) -> str | None:
    """What the import tells the user about sources graded two ways."""
    if not conflicts:
        return None
    shown = ", ".join(tr("{source} ({kept}, not {other})").format(
        source=registry[sid].name if sid in registry else sid, kept=kept, other=other)
                      for sid, (kept, other) in list(conflicts.items())[:3])
    if len(conflicts) > 3:
        shown = tr("{items} and %Ln more", "", len(conflicts) - 3).format(items=shown)
    n = len(conflicts)
    return (tr("1 source is graded differently on different rows; the first grade is kept: "
               "{sources}") if n == 1 else
            tr("%Ln sources are graded differently on different rows; the first grade is "
               "kept: {sources}", "", n)).format(sources=shown)
