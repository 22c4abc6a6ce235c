"""Combos for Admiralty grades, with the standard wording of each grade.

Analysts know the grades by their words ("B — usually reliable"), so each item says both;
the first item, "Not graded", stands for no grade (None), which is what most files hold.
The wording is core's (English, as files and exports use it); the window shows it in its
own language through the tables below, made at use time (translators come after import).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from timeline_app.core.model.grades import CREDIBILITY, RELIABILITY
from timeline_app.ui.i18n import tr


def not_graded() -> str:
    return tr("Not graded")


def reliability_words() -> dict[str, str]:
    """Each reliability grade's wording in the window's language (core's RELIABILITY)."""
    return {"A": tr("completely reliable"), "B": tr("usually reliable"),
            "C": tr("fairly reliable"), "D": tr("not usually reliable"),
            "E": tr("unreliable"), "F": tr("reliability cannot be judged")}


def credibility_words() -> dict[int, str]:
    """Each credibility grade's wording in the window's language (core's CREDIBILITY)."""
    return {1: tr("confirmed by other sources"), 2: tr("probably true"),
            3: tr("possibly true"), 4: tr("doubtful"), 5: tr("improbable"),
            6: tr("truth cannot be judged")}


def _combo(parent: QWidget, name: str, items: dict[str, str] | dict[int, str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(not_graded(), None)
    for grade, words in items.items():
        combo.addItem(tr("{grade} — {words}").format(grade=grade, words=words), grade)
    return combo


def reliability_combo(parent: QWidget) -> QComboBox:
    """A source's reliability: Not graded, A — completely reliable … F."""
    words = reliability_words()
    return _combo(parent, tr("Reliability"), {g: words.get(g, w) for g, w in
                                              RELIABILITY.items()})


def credibility_combo(parent: QWidget) -> QComboBox:
    """A claim's credibility: Not graded, 1 — confirmed by other sources … 6."""
    words = credibility_words()
    return _combo(parent, tr("Credibility"),
                  {g: words.get(g, w) for g, w in CREDIBILITY.items()})


def set_grade(combo: QComboBox, grade: str | int | None) -> None:
    """Show `grade` (an unknown value shows as Not graded rather than nothing)."""
    combo.setCurrentIndex(max(0, combo.findData(grade)) if grade is not None else 0)
