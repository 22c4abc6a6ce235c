"""View > High Contrast: the timeline drawn for low vision (issue 16 §4).

Qt reports the system's contrast preference (QAccessibilityHints, Qt 6.10+) on the
platforms that have one; X11 desktops mostly do not, so the window offers the switch too.
The choice is kept in the settings; until it is made, the timeline follows the system and
changes with it. Pictures exported for publication keep the ordinary colours either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline import style

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


def build_action(window: MainWindow, view: QMenu) -> QAction:
    """The checkable View > High Contrast, set from the settings or the system."""
    style.set_high_contrast(window.settings.high_contrast)
    action = QAction(tr("&High Contrast"), window, checkable=True)
    action.setObjectName("high-contrast")
    action.setStatusTip(tr("Stronger lines, text and lane colours on the timeline"))
    action.setChecked(style.high_contrast())
    action.toggled.connect(lambda on: _choose(window, on))
    QGuiApplication.styleHints().accessibility().contrastPreferenceChanged.connect(
        lambda _pref: _system_changed(window, action))
    view.addAction(action)
    return action


def _choose(window: MainWindow, on: bool) -> None:
    window.settings.high_contrast = on
    window.save_settings()
    style.set_high_contrast(on)
    restyle(window)


def _system_changed(window: MainWindow, action: QAction) -> None:
    if window.settings.high_contrast is None:  # not chosen by the user: follow the system
        action.blockSignals(True)
        action.setChecked(style.high_contrast())
        action.blockSignals(False)
        restyle(window)


def restyle(window: MainWindow) -> None:
    """Redraw everything that paints with the timeline's theme."""
    window.timeline.restyle()
    for widget in QApplication.allWidgets():
        widget.update()
