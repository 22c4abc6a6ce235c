"""View > Time Zone in the window: the axis, labels, Details, tooltips, the status bar and
new events follow the zone; the choice is remembered per file; the dialog refuses unknown
names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.conftest import open_and_wait
from timeline_app.core.model.dates import parse_date
from timeline_app.ui import editing, time_zone
from timeline_app.ui.time_zone import ZoneDialog, system_zone
from timeline_app.ui.timeline.tooltips import event_tooltip_html

US = "2025-04-27T19:00-04:00[America/New_York]"


@pytest.fixture
def zoned(tmp_path: Path) -> Path:
    path = tmp_path / "zoned.json"
    path.write_text(json.dumps({"title": "Zones", "sources": [
        {"id": "us", "name": "US State Dept"}, {"id": "kcna", "name": "KCNA"}], "events": [
        {"id": "us", "title": "US statement", "start": US, "claims": [{"source": "us"}]},
        {"id": "day", "title": "A day", "start": "2025-04-28", "claims": [{"source": "kcna"}]},
    ]}), "utf-8")
    return path


def item_x(win, event_id: str) -> float:
    scene = win.timeline.scene()
    doc = win.timeline.doc_view().doc_of(event_id)
    return next(it.x0 for lane in scene.lanes for it in lane.items if it.doc == doc)


def test_the_zone_moves_times_of_day_but_not_days(qtbot, window, zoned) -> None:
    open_and_wait(qtbot, window, zoned)
    window.timeline.set_viewport(parse_date("2025-04-27").earliest,
                                 parse_date("2025-04-29").earliest)
    vp = window.timeline.viewport()
    per_hour = vp.width / vp.span * 3600
    us, day = item_x(window, "us"), item_x(window, "day")
    labels = [t.label for t in window.timeline.scene().ticks if t.label]
    time_zone.set_zone(window, "Asia/Seoul")
    assert item_x(window, "us") == pytest.approx(us + 9 * per_hour, abs=0.5)
    assert item_x(window, "day") == pytest.approx(day, abs=0.5)  # a day is a day everywhere
    scene = window.timeline.scene()
    assert scene.zone == "KST"
    # The ticks read the same wall clock, so the event at 08:00 sits under the "08:00" mark.
    assert [t.label for t in scene.ticks if t.label] == labels
    assert "KST" in window.status_range.text()
    time_zone.set_zone(window, "UTC")
    assert item_x(window, "us") == pytest.approx(us, abs=0.5)


def test_details_and_tooltip_say_both_zones(qtbot, window, zoned) -> None:
    open_and_wait(qtbot, window, zoned)
    time_zone.set_zone(window, "Asia/Pyongyang")
    window.timeline.select_ids(["us"], current="us")
    window._table_selected(["us"])
    text = window.details.date.text().replace("\u200b", "")
    assert "Sun 27 Apr 2025 19:00 EDT · Mon 28 Apr 08:00 KST" in text
    view = window.timeline.doc_view()
    tip = event_tooltip_html(view, view.doc_of("us"))
    assert "Sun 27 Apr 2025 19:00 EDT · Mon 28 Apr 08:00 KST" in tip


def test_the_zone_is_remembered_per_file(qtbot, window, zoned, tmp_path) -> None:
    other = tmp_path / "other.json"
    other.write_text(zoned.read_text("utf-8"), "utf-8")
    open_and_wait(qtbot, window, zoned)
    time_zone.set_zone(window, "Asia/Seoul")
    open_and_wait(qtbot, window, other)
    assert window.document.clock.is_utc  # another file: its own (default) zone
    assert window.timeline.doc_view().clock.is_utc
    open_and_wait(qtbot, window, zoned)
    assert window.document.clock.name == "Asia/Seoul"
    assert window.timeline.doc_view().clock.name == "Asia/Seoul"
    assert window.details.clock.name == "Asia/Seoul"
    assert window.settings.recent_zones[0] == "Asia/Seoul"


def test_the_menu_offers_utc_the_system_zone_and_recent_ones(qtbot, window, zoned) -> None:
    open_and_wait(qtbot, window, zoned)
    time_zone.set_zone(window, "Europe/Kyiv")
    time_zone.set_zone(window, "Asia/Seoul")
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "zone-menu")
    assert menu.title() == "Time &Zone"  # reached from the keyboard: Alt+V, Z
    menu.aboutToShow.emit()
    entries = [(a.text(), a.isChecked()) for a in menu.actions() if not a.isSeparator()]
    names = [text for text, _ in entries]
    assert names[0] == "&UTC" and names[-1] == "&Other Time Zone…"
    if system_zone() != "UTC":
        assert names[1] == f"&System ({system_zone()})"
    assert names.index("Asia/Seoul") < names.index("Europe/Kyiv")  # most recent first
    assert dict(entries)["Asia/Seoul"] is True
    next(a for a in menu.actions() if a.text() == "Europe/Kyiv").trigger()
    assert window.document.clock.name == "Europe/Kyiv"


def test_the_dialog_finds_zones_by_part_of_a_name_and_refuses_unknown_ones(qtbot) -> None:
    dialog = ZoneDialog(None, "UTC")
    qtbot.addWidget(dialog)
    completer = dialog.combo.completer()
    completer.setCompletionPrefix("seoul")
    assert completer.currentCompletion() == "Asia/Seoul"
    dialog.combo.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.result() != ZoneDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert "unknown time zone 'Mars/Olympus'" in dialog.error.text()
    dialog.combo.setCurrentText("Asia/Seoul")
    dialog.accept()
    assert dialog.result() == ZoneDialog.DialogCode.Accepted


def test_a_new_event_is_written_in_the_zone_it_was_placed_in(qtbot, window, zoned) -> None:
    open_and_wait(qtbot, window, zoned)
    time_zone.set_zone(window, "Asia/Seoul")
    wall = parse_date("2025-04-28T08:00").earliest  # 08:00 on the axis, i.e. in Seoul
    text = editing.date_text_at(wall, 3600.0, window.document.clock)
    assert text == "2025-04-28T08:00+09:00"
    assert parse_date(text).earliest == parse_date("2025-04-27T23:00Z").earliest


def test_a_damaged_remembered_zone_falls_back_to_utc() -> None:
    assert time_zone.clock_for("Mars/Olympus").is_utc
    assert time_zone.clock_for(None).is_utc
    assert time_zone.clock_for("Asia/Seoul").name == "Asia/Seoul"



def test_screen_readers_hear_the_time_in_the_zone(qtbot, window, zoned) -> None:
    from PySide6.QtGui import QAccessible

    open_and_wait(qtbot, window, zoned)
    time_zone.set_zone(window, "Asia/Seoul")
    iface = QAccessible.queryAccessibleInterface(window.timeline)
    texts = [iface.child(i).text(QAccessible.Text.Description) for i in range(iface.childCount())]
    assert any("Sun 27 Apr 2025 19:00 EDT · Mon 28 Apr 08:00 KST" in t for t in texts), texts


def test_the_event_editor_explains_a_time_in_the_zone(qtbot, window, zoned) -> None:
    from timeline_app.ui.event_editor import EventEditor

    open_and_wait(qtbot, window, zoned)
    time_zone.set_zone(window, "Asia/Seoul")
    event = window.document.event_by_id("us")
    editor = EventEditor(window.document.timeline, event, window, clock=window.document.clock)
    qtbot.addWidget(editor)
    assert editor.start.hint.text() == (f"Stored as {US} → Sun 27 Apr 2025 19:00 EDT · "
                                        "Mon 28 Apr 08:00 KST")
