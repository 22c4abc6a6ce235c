"""Small form pieces the editors share: validated fields whose hint explains the input.

Every hint is a plain-text label (never rich text: it can echo what a file contained), in a
muted colour for what a valid input means and in a red for what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.formats.schema import MAX_SHORT, MAX_TEXT
from timeline_app.core.model.calendar import from_seconds
from timeline_app.core.model.dates import DateError, EDate, parse_date
from timeline_app.core.model.typed_dates import to_edtf
from timeline_app.core.model.zoned import UTC_CLOCK
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.timeline.style import mix

DATE_MAX = 200  # the file format's limit on a date string


def too_long(what: str, text: str) -> list[str]:
    """The complaint for a long text (a QPlainTextEdit has no length cap), if any."""
    if len(text) <= MAX_TEXT:
        return []
    return [tr("{field} is longer than {limit} characters").format(field=what,
                                                                    limit=number(MAX_TEXT))]


def muted_color(pal: QPalette) -> QColor:
    return mix(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.4)


def error_color(pal: QPalette) -> QColor:
    """QPalette has no error role: a red that keeps 4.5:1 contrast on light and dark windows."""
    dark = pal.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return QColor("#ff7f6e") if dark else QColor("#c0392b")


def line_edit(parent: QWidget, name: str, placeholder: str = "",
              max_length: int = MAX_SHORT) -> QLineEdit:
    """A line edit with the name screen readers announce, capped at the file format's limit
    (longer text would be saved into a file the app then refuses to open)."""
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def row_table(parent: QWidget, model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only table whose rows are picked one at a time, with Tab leaving it (the
    keys are the arrows; editing happens in a form or dialog beside it)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def add_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """A form row whose label's mnemonic focuses the input itself: QLabel ignores a buddy
    with no focus policy, which a container (field plus hint) has, proxy or not."""
    buddy = field
    while buddy.focusProxy() is not None:
        buddy = buddy.focusProxy()
    label = QLabel(text, field.parentWidget())
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label


def with_hint(field: QWidget, hint: QWidget) -> QWidget:
    """The field with its hint below, as one form row (label buddies reach the field)."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(hint)
    box.setFocusProxy(field)
    return box


class Hint(QLabel):
    """A plain-text line under a field: what the input means (muted) or what is wrong (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.is_error = self._recoloring = False

    def show_message(self, text: str, error: bool = False) -> None:
        """Show `text` (hidden when empty, so a field without news takes no room)."""
        self.is_error = error
        self.setText(text)
        self.setHidden(not text)
        self._recoloring = True  # setPalette sends this label a PaletteChange of its own
        base = self.parentWidget().palette() if self.parentWidget() else self.palette()
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText,
                     error_color(base) if error else muted_color(base))
        self.setPalette(pal)
        self._recoloring = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._recoloring:
            self.show_message(self.text(), self.is_error)  # light/dark switch


class DateField(QWidget):
    """A date typed in the file's syntax or in words ("28 April 2025", "spring 2025"),
    with the EDTF it will store and its meaning, or its error, shown live below; a
    calendar button picks a day."""

    changed = Signal()

    def __init__(self, name: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = required
        self.check: Callable[[EDate], str] | None = None  # extra rule, e.g. end after start
        self.clock = UTC_CLOCK  # the zone a time of day is explained in (View > Time Zone)
        self.edit = line_edit(self, name, tr("e.g. 28 April 2025, 2024-10~, spring 2025, ..")
                              if required else tr("optional, e.g. April 2025"), DATE_MAX)
        self.hint = Hint(self)
        self.calendar_button = QToolButton(self)
        icon = QIcon.fromTheme("x-office-calendar")  # no emoji: fonts often lack it
        if icon.isNull():
            self.calendar_button.setText(tr("Day…"))
        else:
            self.calendar_button.setIcon(icon)
        self.calendar_button.setToolTip(tr("Pick a day from a calendar"))
        self.calendar_button.setAccessibleName(tr("{field}: pick a day").format(field=name))
        self.calendar_button.clicked.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        line = QWidget(self)
        line.setLayout(row)
        line.setFocusProxy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(with_hint(line, self.hint))
        self.setFocusProxy(self.edit)
        self.date: EDate | None = None
        self.error = ""
        self.edit.textChanged.connect(self.validate)
        self.validate()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.validate()  # also when unchanged: the check may depend on another field

    def validate(self) -> None:
        text = self.edit.text().strip()
        self.date, self.error, meaning = None, "", ""
        if not text:
            if self.required:
                self.error = tr("a date is needed (write .. if it is unknown)")
        else:
            try:
                self.date = parse_date(text)
            except DateError as err:
                self.date = _typed_date(text)
                if self.date is None:
                    self.error = str(err)
            if self.date is not None:
                meaning = tr("Stored as {edtf} → {meaning}").format(
                    edtf=self.date.text, meaning=self.clock.describe(self.date))
                if self.check is not None:
                    self.error = self.check(self.date)
        self.hint.show_message(self.error or meaning, error=bool(self.error))
        self.edit.setAccessibleDescription(self.error or meaning)
        self.changed.emit()

    @property
    def valid(self) -> bool:
        return not self.error

    def show_calendar(self) -> None:
        """A calendar below the field, on the date typed (or today); a click writes that
        day in EDTF and closes it."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        if self.date is not None and not self.date.is_open:
            year, month, day, *_ = from_seconds(self.date.earliest)
            if QDate(year, month, day).isValid():
                self.calendar.setSelectedDate(QDate(year, month, day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.set_text(day.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


def _typed_date(text: str) -> EDate | None:
    """A date typed in words ("28 April 2025"), as the EDTF date it stands for."""
    typed = to_edtf(text)
    try:
        return parse_date(typed) if typed is not None else None
    except DateError:
        return None
