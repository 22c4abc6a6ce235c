"""The article pane of the review: the story as plain text (never markup) with its dates,
sources and figures highlighted by extra selections, and a legend of the colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QWidget

from timeline_app.ui.i18n import tr

COLORS = {"date": QColor(120, 170, 255, 110), "source": QColor(90, 200, 120, 110),
          "figure": QColor(255, 170, 60, 130)}
CURRENT = QColor(255, 235, 80, 160)


def legend() -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for kind, label in (("date", tr("dates")), ("source", tr("sources")),
                        ("figure", tr("figures"))):
        swatch = QLabel(f"  {label}  ")
        swatch.setTextFormat(Qt.TextFormat.PlainText)
        color = COLORS[kind]
        swatch.setStyleSheet(f"background: rgba({color.red()},{color.green()},"
                             f"{color.blue()},{color.alpha()});")
        row.addWidget(swatch)
    row.addStretch(1)
    return box


def qpos(text: str, index: int) -> int:
    """A Python offset as a Qt text position (UTF-16 units: characters beyond the BMP are
    two)."""
    head = text[:index]
    return index + sum(1 for c in head if ord(c) > 0xFFFF)


def cursor(edit: QPlainTextEdit, text: str, start: int, end: int) -> QTextCursor:
    """A selection of text[start:end] in the pane (Python offsets)."""
    found = QTextCursor(edit.document())
    found.setPosition(qpos(text, start))
    found.setPosition(qpos(text, end), QTextCursor.MoveMode.KeepAnchor)
    return found


def selection(edit: QPlainTextEdit, text: str, start: int, end: int,
               color: QColor) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    sel.cursor = cursor(edit, text, start, end)
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    sel.format = fmt
    return sel
