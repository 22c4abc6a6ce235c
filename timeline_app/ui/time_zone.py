"""View > Time Zone: the zone whose clocks the timeline, Details and the status bar show.

The choice is remembered per file (a Pyongyang statement is best read on Pyongyang's clocks,
a Washington one on Washington's) and the zones chosen lately are offered first. Written
dates never change: only where times of day are drawn and how they are spelled out.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, QTimeZone
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.core.model.zones import UTC_NAME, ZoneError, all_zones, get_zone
from timeline_app.ui.i18n import choice_action, tr
from timeline_app.ui.settings import MAX_RECENT, FileState

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def system_zone() -> str:
    """The system's zone as an IANA name (Qt asks the platform); UTC if it names none the
    database knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        get_zone(name)
    except ZoneError:
        return UTC_NAME
    return name


def clock_for(name: str | None) -> Clock:
    """The clock for a remembered zone name; a damaged or unknown one falls back to UTC."""
    if not name:
        return UTC_CLOCK
    try:
        return Clock(name)
    except ZoneError:
        log.warning("unknown time zone %r in settings", name)
        return UTC_CLOCK


def clock_from_state(state: FileState | None) -> Clock:
    return clock_for(state.time_zone if state is not None else None)


def set_zone(window: MainWindow, name: str) -> None:
    """Show times in the zone `name` (checked by the caller): every view follows."""
    clock = Clock(name)
    if clock != window.document.clock:
        adopt(window, clock)
        window.timeline.set_clock(clock)
        window.update_range()
    if clock.name != UTC_NAME:
        zones = window.settings.recent_zones
        window.settings.recent_zones = [clock.name, *(z for z in zones if z != clock.name)
                                        ][:MAX_RECENT]


def adopt(window: MainWindow, clock: Clock) -> None:
    """The clock on the document and panels; the canvas is told apart (`set_clock`) so a
    file being opened is laid out once, on its own zone."""
    window.document.set_clock(clock)
    window.details.set_clock(clock)


class ZoneDialog(QDialog):
    """Pick any IANA zone: type part of a name ("seoul", "new_york") and choose."""

    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Time Zone"))
        self.setObjectName("zone-dialog")
        box = QVBoxLayout(self)
        label = QLabel(tr("Show times in the zone (an IANA name such as Asia/Seoul, or UTC):"))
        label.setWordWrap(True)
        box.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setAccessibleName(tr("Time zone"))
        self.combo.addItems(list(all_zones()))
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setCurrentText(current)
        label.setBuddy(self.combo)
        completer = QCompleter(self)
        source = QStringListModel(list(all_zones()), completer)
        model = QSortFilterProxyModel(completer)
        model.setSourceModel(source)
        completer.setModel(model)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        box.addWidget(self.combo)
        self.error = QLabel("", self)
        self.error.setObjectName("zone-error")
        self.error.setWordWrap(True)
        self.error.hide()
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def zone(self) -> str:
        return self.combo.currentText().strip()

    def accept(self) -> None:
        """Only a zone the database knows closes the dialog; otherwise it says why."""
        try:
            get_zone(self.zone())
        except ZoneError as err:
            self.error.setText(str(err))
            self.error.show()
            return
        super().accept()


def build_menu(window: MainWindow, view: QMenu) -> QMenu:
    """View > Time Zone, filled each time it opens: UTC, the system's zone, the recent ones,
    and Other… for any zone."""
    menu = view.addMenu(tr("Time &Zone"))
    menu.setObjectName("zone-menu")

    def fill() -> None:
        menu.clear()
        group = QActionGroup(menu)
        current = window.document.clock.name
        system = system_zone()
        names = [(UTC_NAME, tr("&UTC"))]
        if system != UTC_NAME:
            names.append((system, tr("&System ({zone})").format(zone=system)))
        recent = [z for z in window.settings.recent_zones if z not in (UTC_NAME, system)]
        if current not in {UTC_NAME, system, *recent}:
            recent.insert(0, current)
        for i, (name, label) in enumerate([*names, *((z, z) for z in recent)]):
            if i == len(names):
                menu.addSeparator()
            choice_action(menu, group, label, name, current,
                          lambda _=False, n=name: choose(window, n))
        menu.addSeparator()
        other = QAction(tr("&Other Time Zone…"), menu)
        other.triggered.connect(lambda: ask_zone(window))
        menu.addAction(other)

    menu.aboutToShow.connect(fill)
    fill()
    return menu


def choose(window: MainWindow, name: str) -> None:
    try:
        set_zone(window, name)
    except ZoneError as err:  # a recent zone the database has since dropped
        window.statusBar().showMessage(str(err), 10_000)


def ask_zone(window: MainWindow) -> None:
    """Other Time Zone…: the dialog, then the zone it names."""
    dialog = ZoneDialog(window, window.document.clock.name)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        choose(window, dialog.zone())
