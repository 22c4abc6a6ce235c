"""The main window's own messages (a file that would not open, work to recover) and what
a drop onto it means: kept apart so the window module holds wiring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.ui.autosave import Recovery
from timeline_app.ui.file_ops import name_buttons


def recovery_question(parent: QWidget, recovery: Recovery) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved work",
                      f"Timeline App closed unexpectedly with unsaved changes to "
                      f"{recovery.label}.",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Ignore, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText("Recover them now, or keep them for next time?")
    name_buttons(box, {QMessageBox.StandardButton.Yes: "&Recover",
                       QMessageBox.StandardButton.Discard: "&Discard Them",
                       QMessageBox.StandardButton.Ignore: "Keep for &Later"})
    return box


def load_error_box(parent: QWidget, error: object) -> QMessageBox:
    """Why a file could not be opened, every problem with its place; plain text."""
    lines = error.lines() if hasattr(error, "lines") else [str(error)]
    name = Path(getattr(error, "name", "")).name or "the file"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Could not open file")
    box.setTextFormat(Qt.TextFormat.PlainText)
    count = len(lines)
    box.setText(f"{name} could not be opened: "
                f"{count} problem{'s' if count != 1 else ''} found. "
                "The document already open is unchanged.")
    box.setInformativeText("\n".join(lines[:12]) + ("\n…" if count > 12 else ""))
    box.setDetailedText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def dropped_file(event: QDragEnterEvent | QDropEvent, suffixes: tuple[str, ...]) -> Path | None:
    """The one local file of an openable kind being dropped, else None."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in suffixes else None
