"""The main window as a user meets it: open, filter by source, select, find, bad files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.ui.models.sources import NAME


def kursk_id(window) -> str:
    return next(e.id for e in window.document.timeline.events if "Kursk" in e.title)


def test_opens_seed_with_title_and_status(seeded) -> None:
    assert SEED.name in seeded.windowTitle()
    assert seeded.status_count.text() == "Showing 10 of 10 events"
    assert seeded.table.model().rowCount() == 10
    assert "2024" in seeded.status_range.text() or "2025" in seeded.status_range.text()


def test_unchecking_a_source_hides_its_events_everywhere(seeded) -> None:
    model = seeded.sources_model
    row = model.source_ids().index("gerasimov")
    model.setData(model.index(row, NAME), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    row = model.source_ids().index("report")
    model.setData(model.index(row, NAME), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    # The news report alone claims two events; Gerasimov shares Kursk with others.
    assert seeded.status_count.text() == "Showing 8 of 10 events"
    assert seeded.table.model().rowCount() == 8
    mask = seeded.timeline.doc_view().mask
    assert mask is not None and int(mask.sum()) == 8
    assert "hiding" in seeded.status_filter.text()
    assert "News report" in seeded.status_filter.text()


def test_selecting_kursk_in_table_shows_claims_side_by_side(seeded, qtbot) -> None:
    event_id = kursk_id(seeded)
    row = seeded.events_model.row_of(event_id)
    seeded.table.selectRow(row)
    assert seeded.timeline.selected_ids() == [event_id]
    labels = [w.text() for w in seeded.details.findChildren(QLabel)]
    text = "\n".join(labels)
    assert "Sources disagree" in text
    assert "Gerasimov" in text and "General Staff" in text
    assert any("still ongoing" in t for t in labels)


def test_timeline_selection_reaches_the_table(seeded) -> None:
    event_id = kursk_id(seeded)
    seeded.timeline.select_ids([event_id])
    assert seeded.table.selected_ids() == [event_id]


def test_find_enter_escape(seeded, qtbot) -> None:
    QTest.keyClick(seeded, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = seeded.filter_bar.search
    assert search.hasFocus()
    QTest.keyClicks(search, "monument")
    assert seeded.filter_bar.matches.text() == "1 match"
    QTest.keyClick(search, Qt.Key.Key_Return)
    selected = seeded.timeline.selected_ids()
    assert len(selected) == 1
    assert "monument" in seeded.document.event_by_id(selected[0]).title.lower()
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert seeded.timeline.hasFocus()
    assert seeded.timeline.selected_ids() == selected
    assert seeded.status_count.text() == "Showing 10 of 10 events"  # find does not filter


def test_only_matches_filters(seeded) -> None:
    seeded.filter_bar.search.setText("kursk")
    seeded.filter_bar.only_matches.setChecked(True)
    assert seeded.document.visible_count() == seeded.table.model().rowCount() >= 1
    assert seeded.document.visible_count() < 10
    seeded.filter_bar.clear()
    assert seeded.document.visible_count() == 10


def test_tag_status_and_dates_filter(seeded) -> None:
    bar = seeded.filter_bar
    bar.status.setCurrentIndex(bar.status.findText("Disputed"))
    assert seeded.document.visible_count() == 2
    bar.status.setCurrentIndex(0)
    bar.date_from.setText("2025")
    bar.date_from.editingFinished.emit()
    assert seeded.document.visible_count() < 10
    bar.date_to.setText("2025-13")
    bar.date_to.editingFinished.emit()
    assert "month 13" in bar.date_to.toolTip()
    bar.clear()
    assert seeded.document.visible_count() == 10


def test_bad_file_keeps_the_open_document(seeded, qtbot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"title": "x", "start": "2024-13"}]')
    with qtbot.waitSignal(seeded.loader.failed, timeout=10_000):
        seeded.open_path(bad)
    box = seeded._error_box
    assert "could not be opened" in box.text()
    assert "month 13 does not exist" in box.detailedText()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    assert seeded.document.path == SEED.resolve()
    assert len(seeded.document.timeline.events) == 10


def test_untrusted_title_is_plain_everywhere(window, qtbot, tmp_path: Path) -> None:
    evil = '<b>x</b><img src="file:///etc/passwd">'
    path = tmp_path / "evil.json"
    path.write_text(json.dumps([{"id": "e", "title": evil, "start": "2024",
                                 "source": "<i>src</i>"}]))
    open_and_wait(qtbot, window, path)
    assert window.table.model().index(0, 1).data() == evil
    window.timeline.select_ids(["e"])
    titles = [w for w in window.details.findChildren(QLabel) if w.text() == evil]
    assert titles and all(w.textFormat() == Qt.TextFormat.PlainText for w in titles)


def test_recent_files_survive_a_restart(qtbot, config_dir, tmp_path: Path) -> None:
    from timeline_app.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    open_and_wait(qtbot, first, SEED)
    first.document.update_filter(hidden_sources=frozenset({"kcna"}))
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.settings.recent_files[0] == str(SEED.resolve())
    open_and_wait(qtbot, second, SEED)
    assert second.document.filter.hidden_sources == {"kcna"}  # per-file state kept


def test_corrupt_settings_mean_defaults(qtbot, config_dir, caplog) -> None:
    from timeline_app.ui.main_window import MainWindow

    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.json").write_bytes(b"\x00{not json")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.settings.recent_files == []
    assert any("settings" in r.message for r in caplog.records)


def test_dropping_a_non_timeline_is_refused(window) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/etc/passwd")])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter.setAccepted(False)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_dropping_a_file_opens_it(window, qtbot) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEED))])
    args = (QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        QApplication.sendEvent(window, QDropEvent(*args))
    assert window.document.path == SEED.resolve()


def test_menus_have_standard_shortcuts_and_docks_toggle(seeded) -> None:
    assert seeded.menu.open.shortcut().toString() == "Ctrl+O"
    assert seeded.menu.quit.shortcut().toString() == "Ctrl+Q"
    assert seeded.menu.find.shortcut().toString() == "Ctrl+F"
    toggle = seeded.sources_dock.toggleViewAction()
    toggle.trigger()
    assert not seeded.sources_dock.isVisible()
    toggle.trigger()
    assert seeded.sources_dock.isVisible()
    assert all("&" in m.title() for m in (seeded.menu.file, seeded.menu.view, seeded.menu.help))


def test_date_range_and_lanes_remembered_per_file(qtbot, config_dir) -> None:
    from timeline_app.core.geometry.lanes import LaneMode
    from timeline_app.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    open_and_wait(qtbot, first, SEED)
    first.filter_bar.date_from.setText("2025")
    first.filter_bar.date_from.editingFinished.emit()
    first.timeline.set_lane_mode(LaneMode.TAG)
    shown = first.document.visible_count()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    open_and_wait(qtbot, second, SEED)
    assert second.filter_bar.date_from.text() == "2025"
    assert second.document.visible_count() == shown < 10
    assert second.timeline.lane_mode() == LaneMode.TAG


def test_slow_load_shows_progress_keeps_ui_alive_and_cancels(seeded, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from timeline_app.synth import write

    big = tmp_path / "big.json"
    write(str(big), 150_000)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    seeded.open_path(big)
    qtbot.waitUntil(lambda: seeded.findChild(QProgressDialog) is not None
                    and seeded.findChild(QProgressDialog).isVisible(), timeout=10_000)
    dialog = seeded.findChild(QProgressDialog)
    assert dialog.labelText().startswith("Opening big.json")
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(seeded.loader.cancelled, timeout=5_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert len(ticks) >= 3  # the event loop kept running while the file was read
    assert seeded.document.path == SEED.resolve()  # the open document is untouched
    seeded.loader.wait(60_000)
    qtbot.wait(50)
    assert seeded.document.path == SEED.resolve()  # and the late result was thrown away


def test_about_shows_version(seeded) -> None:
    from timeline_app import __version__
    from timeline_app.ui import actions

    actions.about(seeded)
    assert __version__ in seeded._about_box.text()
    seeded._about_box.close()


def test_an_internal_error_while_loading_is_reported_not_hung(seeded, qtbot, monkeypatch) -> None:
    from timeline_app.ui import loader

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(loader, "load_path", broken)
    monkeypatch.setattr(loader, "load_path_cached", broken)
    with qtbot.waitSignal(seeded.loader.failed, timeout=10_000):
        seeded.open_path(SEED)
    assert "internal error (RuntimeError)" in seeded._error_box.detailedText()
    seeded._error_box.close()
    assert not seeded.loader.is_busy()
    assert len(seeded.document.timeline.events) == 10  # the open document stays
