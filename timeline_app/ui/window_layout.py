"""Where the main window's docks go: the saved layout put back, or on a first start sizes
that leave the timeline most of the width (Sources as wide as its names need, once the
first file shows them). A mixin of `MainWindow`, kept apart so the window's module holds
its wiring and this one its geometry.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

from timeline_app.ui.window_state import default_dock_widths

if TYPE_CHECKING:
    from timeline_app.ui.settings import AppSettings
    from timeline_app.ui.sources_panel import SourcesPanel

log = logging.getLogger(__name__)


class WindowLayout(QMainWindow):
    """The dock-layout half of `MainWindow` (which sets the attributes declared here)."""

    settings: AppSettings
    sources_panel: SourcesPanel
    sources_dock: QDockWidget
    details_dock: QDockWidget
    events_dock: QDockWidget
    _default_layout_pending: bool = False  # no saved layout: size the docks once shown
    _fit_sources_pending: bool = False  # sized before any source was known: once more

    def _restore_layout(self) -> bool:
        """Put back the saved geometry and dock layout; False when there is none to use."""
        s = self.settings
        try:
            if s.window_geometry:
                self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
            if s.window_state:
                return self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        except (ValueError, RuntimeError) as err:  # a corrupt blob means the default layout
            log.warning("ignoring saved window layout: %s", err)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_layout_pending:  # dock sizes only take once the window is laid out
            self._default_layout_pending = False
            QTimer.singleShot(0, self._default_layout)

    def _default_layout(self) -> None:
        names = self.sources_panel.names_width()
        self.resizeDocks([self.sources_dock, self.details_dock],
                         list(default_dock_widths(self.width(), names)),
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.events_dock], [210], Qt.Orientation.Vertical)
        self._fit_sources_pending = names is None  # sized again once the first file is in

    def _fit_sources_dock(self) -> None:
        """The first file of a default layout widens Sources to its names (once)."""
        if not self._fit_sources_pending:
            return
        names = self.sources_panel.names_width()
        if names is None:
            return
        self._fit_sources_pending = False
        sources, _ = default_dock_widths(self.width(), names)
        self.resizeDocks([self.sources_dock], [sources], Qt.Orientation.Horizontal)

    def _save_layout(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64()).decode()
