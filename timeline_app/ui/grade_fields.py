"""Combos for Admiralty grades, with the standard wording of each grade.

Analysts know the grades by their words ("B — usually reliable"), so each item says both;
the first item, "Not graded", stands for no grade (None), which is what most files hold.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from timeline_app.core.model.grades import CREDIBILITY, RELIABILITY

NOT_GRADED = "Not graded"


def _combo(parent: QWidget, name: str, items: dict[str, str] | dict[int, str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(NOT_GRADED, None)
    for grade, words in items.items():
        combo.addItem(f"{grade} — {words}", grade)
    return combo


def reliability_combo(parent: QWidget) -> QComboBox:
    """A source's reliability: Not graded, A — completely reliable … F."""
    return _combo(parent, "Reliability", RELIABILITY)


def credibility_combo(parent: QWidget) -> QComboBox:
    """A claim's credibility: Not graded, 1 — confirmed by other sources … 6."""
    return _combo(parent, "Credibility", CREDIBILITY)


def set_grade(combo: QComboBox, grade: str | int | None) -> None:
    """Show `grade` (an unknown value shows as Not graded rather than nothing)."""
    combo.setCurrentIndex(max(0, combo.findData(grade)) if grade is not None else 0)
