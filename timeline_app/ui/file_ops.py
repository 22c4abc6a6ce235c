"""Saving, Save As, New, and the questions that protect unsaved work.

Before overwriting, the file on disk is compared with what was loaded or last saved; if
someone else changed it, the user chooses: overwrite, save elsewhere, reload (losing edits,
after confirmation) or cancel. A failed save says why, keeps the document modified and
leaves the file on disk as it was (saving is atomic).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from timeline_app.core.formats.saving import SaveError, to_bytes, write_atomic
from timeline_app.core.model.timeline import Timeline
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

NATIVE_SUFFIX = ".timeline.json"


def file_filter() -> str:
    """The Save dialog's file types (the patterns stay as they are)."""
    return tr("Timelines (*.timeline.json *.json);;All files (*)")


@dataclass(frozen=True)
class DiskState:
    """What a file looked like when we last read or wrote it."""

    mtime_ns: int
    size: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> DiskState | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, st.st_ino)


def _message(w: MainWindow, icon: QMessageBox.Icon, title: str, text: str,
             buttons: QMessageBox.StandardButton, informative: str = "",
             names: dict[QMessageBox.StandardButton, str] | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, w)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors are not markup
    if informative:
        box.setInformativeText(informative)
    name_buttons(box, names or {})
    return box


def name_buttons(box: QMessageBox, names: dict[QMessageBox.StandardButton, str]) -> None:
    """Label buttons by what they do: Qt's role names ("Reset", "Save All", and on some
    desktops "Close without Saving" for Discard) often say something else."""
    for button, text in {QMessageBox.StandardButton.Cancel: tr("Cancel"), **names}.items():
        if (widget := box.button(button)) is not None:
            widget.setText(text)


def ask(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show a question modally (tests replace this function to answer it)."""
    return QMessageBox.StandardButton(box.exec())


def save(w: MainWindow) -> bool:
    doc = w.document
    if doc.timeline is None:
        return False
    if doc.path is None or doc.kind != "timeline-app":
        return save_as(w)
    on_disk = DiskState.of(doc.path)
    if doc.disk_state is not None and on_disk is not None and on_disk != doc.disk_state:
        choice = ask(_message(
            w, QMessageBox.Icon.Warning, tr("File changed on disk"),
            tr("{name} was changed by another program since you opened or saved it.").format(
                name=doc.path.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.SaveAll
            | QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            tr("Overwrite it with your version, save yours under another name, reload the "
               "file from disk (your unsaved edits are lost), or cancel?"),
            {QMessageBox.StandardButton.Save: tr("&Overwrite"),
             QMessageBox.StandardButton.SaveAll: tr("Save &As…"),
             QMessageBox.StandardButton.Reset: tr("&Reload from disk")}))
        if choice == QMessageBox.StandardButton.SaveAll:
            return save_as(w)
        if choice == QMessageBox.StandardButton.Reset:
            return _reload(w)
        if choice != QMessageBox.StandardButton.Save:
            return False
    return write_to(w, doc.path)


def save_as(w: MainWindow) -> bool:
    doc = w.document
    if doc.timeline is None:
        return False
    path = choose_save_path(w)
    if path is None:
        return False
    return write_to(w, path)


def choose_save_path(w: MainWindow) -> Path | None:
    """Ask where to save (tests replace this); a native name is suggested."""
    doc = w.document
    if doc.path is not None:
        stem = doc.path.name.removesuffix(".json").removesuffix(".timeline")
        suggestion = str(doc.path.with_name(stem + NATIVE_SUFFIX))
    else:
        suggestion = str(Path.home() / ((doc.timeline.title or tr("Untitled")) + NATIVE_SUFFIX))
    path, _ = QFileDialog.getSaveFileName(w, tr("Save Timeline As"), suggestion, file_filter())
    return Path(path) if path else None


def write_to(w: MainWindow, path: Path) -> bool:
    doc = w.document
    assert doc.timeline is not None
    try:
        notes = write_atomic(path, to_bytes(doc.timeline))
    except SaveError as err:
        ask(_message(w, QMessageBox.Icon.Critical, tr("Could not save"), str(err),  # core's
                     QMessageBox.StandardButton.Close,
                     tr("Your changes are still here; try another folder with Save As.")))
        return False
    doc.mark_saved(path.resolve(), DiskState.of(path))
    w.after_save()
    if notes:  # e.g. a hard link the atomic replace had to break
        w.statusBar().showMessage(tr("Saved; note: {note}").format(note=notes[0]), 15_000)
    return True


def _reload(w: MainWindow) -> bool:
    doc = w.document
    confirm = ask(_message(
        w, QMessageBox.Icon.Question, tr("Reload from disk"),
        tr("Reload {name} and lose your unsaved edits?").format(name=doc.path.name)
        if doc.path else tr("Reload the file and lose your unsaved edits?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        names={QMessageBox.StandardButton.Discard: tr("&Reload and lose edits")}))
    if confirm != QMessageBox.StandardButton.Discard or doc.path is None:
        return False
    doc.undo_stack.setClean()  # the edits are being thrown away on purpose
    w.open_path(doc.path)
    return False


def maybe_save(w: MainWindow) -> bool:
    """Before closing, opening or starting a document: True when it is fine to go on."""
    doc = w.document
    if not doc.modified:
        return True
    name = doc.path.name if doc.path else (doc.timeline.title if doc.timeline else "") \
        or tr("Untitled")
    choice = ask(_message(
        w, QMessageBox.Icon.Warning, tr("Unsaved changes"),
        tr("Save the changes to {name}?").format(name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        tr("If you don't save, your changes will be lost."),
        {QMessageBox.StandardButton.Save: tr("&Save"),
         QMessageBox.StandardButton.Discard: tr("&Don't Save")}))
    if choice == QMessageBox.StandardButton.Save:
        return save(w)
    if choice == QMessageBox.StandardButton.Discard:
        w.autosaver.discard()
        doc.undo_stack.setClean()
        return True
    return False


def new_document(w: MainWindow) -> None:
    if not maybe_save(w):
        return
    title = ask_title(w)
    if title is None:
        return
    w.document.set_timeline(Timeline(title=title.strip()), None, kind="timeline-app")


def ask_title(w: MainWindow) -> str | None:
    """The new timeline's title, asked with a "Create" button; None when cancelled (tests
    replace this function)."""
    dialog = QInputDialog(w)
    dialog.setWindowTitle(tr("New Timeline"))
    dialog.setLabelText(tr("Title:"))
    dialog.setTextValue(tr("Untitled timeline"))
    dialog.setOkButtonText(tr("C&reate"))
    dialog.setCancelButtonText(tr("Cancel"))
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
