"""The one place that starts the GUI: application object, main window, first document."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from timeline_app import __version__
from timeline_app.resources import resources_dir, seed_example

APP_ID = "org.timelineapp.TimelineApp"


def run_gui(path: str | None, smoke_test: bool = False) -> int:
    """Open the window on `path`, else on the last file used, else on the bundled example."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui import i18n
    from timeline_app.ui.autosave import pending_recoveries
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.settings import SettingsStore, existing_recent

    logging.basicConfig(level=logging.WARNING, format="timeline-app: %(levelname)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Timeline App")
    app.setOrganizationName("TimelineApp")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = resources_dir() / "icons" / "timeline-app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    store = SettingsStore()
    i18n.install(i18n.choose_language(store.load().language), app)  # before any window
    window = MainWindow(store)
    target = Path(path) if path else None
    if target is None:
        recent = existing_recent(window.settings)
        target = Path(recent[0]) if recent else seed_example()
    window.show()
    found = [] if smoke_test else pending_recoveries()
    if found:
        window.offer_recoveries(found)
    if window._recovering is None:
        window.open_path(target)
    # Ctrl+C in the terminal closes the window cleanly instead of being ignored by Qt.
    signal.signal(signal.SIGINT, lambda *_: window.close())
    timer = QTimer(window)
    timer.start(250)
    timer.timeout.connect(lambda: None)  # lets Python run its signal handlers
    if smoke_test:
        window.loader.finished.connect(lambda _: (print("smoke-test: loaded", flush=True),
                                                  QTimer.singleShot(0, window.close)))
        window.loader.failed.connect(lambda _: QTimer.singleShot(0, window.close))
    return app.exec()
