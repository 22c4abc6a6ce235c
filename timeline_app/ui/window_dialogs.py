"""The main window's own messages (a file that would not open, work to recover) and what
a drop onto it means: kept apart so the window module holds wiring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.ui.autosave import Recovery
from timeline_app.ui.file_ops import name_buttons
from timeline_app.ui.i18n import tr


def recovery_question(parent: QWidget, recovery: Recovery) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, tr("Recover unsaved work"),
                      tr("Timeline App closed unexpectedly with unsaved changes to "
                         "{name}.").format(name=recovery.label),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Ignore, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("Recover them now, or keep them for next time?"))
    name_buttons(box, {QMessageBox.StandardButton.Yes: tr("&Recover"),
                       QMessageBox.StandardButton.Discard: tr("&Discard Them"),
                       QMessageBox.StandardButton.Ignore: tr("Keep for &Later")})
    return box


def load_error_box(parent: QWidget, error: object) -> QMessageBox:
    """Why a file could not be opened, every problem with its place; plain text."""
    lines = error.lines() if hasattr(error, "lines") else [str(error)]
    name = Path(getattr(error, "name", "")).name
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Could not open file"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    count = len(lines)
    # The problems are the core's words, in the window's language (core.text).
    box.setText(tr("{name} could not be opened: %Ln problem(s) found. The document already "
                   "open is unchanged.", "", count).format(name=name) if name else
                tr("The file could not be opened: %Ln problem(s) found. The document already "
                   "open is unchanged.", "", count))
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
