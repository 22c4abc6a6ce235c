"""Turning an editor dialog into a viewer, for View > Lock editing.

A reviewer opening an event must see every field as the editor shows it but be unable to
change any: text fields become read-only (still selectable and copyable), every other input
is disabled, and the dialog's buttons shrink to one Close.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from timeline_app.ui.i18n import tr


def make_read_only(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """Every input of `dialog` read-only or disabled; `buttons` becomes a single Close."""
    for edit in dialog.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for text in (*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)):
        text.setReadOnly(True)
    for view in dialog.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for widget in (*dialog.findChildren(QComboBox), *dialog.findChildren(QAbstractSpinBox)):
        widget.setEnabled(False)
    for button in dialog.findChildren(QAbstractButton):
        if buttons.isAncestorOf(button):
            continue
        button.setEnabled(False)
    for button in buttons.buttons():
        button.hide()
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setText(tr("&Close"))
    close.setDefault(True)
    dialog.setWindowTitle(tr("{title} (read-only: editing is locked)").format(
        title=dialog.windowTitle()))
