"""Real data in the window: the sources a table's links give, media with its credit, claims
with their links and citations, undated events in their strip, and the CSV dialog's preview
of the sources it would create."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import open_and_wait
from timeline_app.core.model.dates import OPEN, parse_date
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline
from timeline_app.ui import csv_dialog
from timeline_app.ui.csv_dialog import CsvMappingDialog
from timeline_app.ui.csv_preview import read_prefix
from timeline_app.ui.details import DetailsPanel
from timeline_app.ui.safe_text import LinkLabel
from timeline_app.ui.undated_strip import SHOWN, UndatedStrip

SHAPES = Path(__file__).resolve().parents[1] / "data" / "shapes"


def labels(widget) -> list[str]:
    return [lb.text().replace("\u200b", "") for lb in widget.findChildren(QLabel)
            if lb.isVisibleTo(widget)]  # (soft_wrap adds zero-width spaces)


def test_details_shows_media_with_caption_and_credit_not_as_a_source(qtbot) -> None:
    event = Event("a", "Ada Lovelace", parse_date("1815"), extra={"media": {
        "url": "img/ada.jpg", "credit": "<i>flickr/Amanda Benham</i>",
        "caption": "Portrait <b>by</b> Chalon"}})
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 600)
    panel.show()
    panel.set_event(Timeline(events=[event]), event)
    media = panel.findChild(QWidget, "media")
    assert media is not None
    qtbot.waitUntil(media.isVisible)
    shown = labels(media)
    assert "Portrait by Chalon" in shown and "Credit: flickr/Amanda Benham" in shown
    image = media.grab().toImage()  # the block is drawn: text pixels differ from the ground
    colors = {image.pixel(x, y) for x in range(0, image.width(), 3)
              for y in range(0, image.height(), 3)}
    assert len(colors) > 2
    assert not media.findChildren(LinkLabel)  # a relative path is named, not a link
    assert "Media file (relative path): img/ada.jpg" in shown
    event.extra = {"media": {"url": "https://upload.example/ada.jpg", "credit": "AP"}}
    panel.set_event(Timeline(events=[event]), event)
    qtbot.waitUntil(lambda: len(panel.findChildren(QWidget, "media")) == 1)
    (link,) = panel.findChild(QWidget, "media").findChildren(LinkLabel)
    assert link.text() == "https://upload.example/ada.jpg" and link.clickable
    assert "No claims: no source is cited for this event" in labels(panel)  # credit ≠ source


def test_details_shows_each_claim_with_its_link_and_citation(qtbot) -> None:
    long_citation = "The US Military Experience in Korea 1871-1982, page 125. " * 5
    event = Event("a", "EC-121", parse_date("1969-04-15"), claims=[
        Claim("t", url="https://t.me/rybar/1"),
        Claim("b", extra={"citation": long_citation})])
    timeline = Timeline(sources=[Source("t", "t.me/rybar"), Source("b", long_citation[:200])],
                        events=[event])
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_event(timeline, event)
    qtbot.waitUntil(lambda: panel.findChild(QWidget, "claims").isVisible())
    assert [lb.text() for lb in panel.findChildren(LinkLabel)] == ["https://t.me/rybar/1"]
    assert any(t.startswith("Cited: The US Military") for t in labels(panel))


def test_undated_strip_lists_and_selects(qtbot) -> None:
    events = [Event(f"u{i}", f"Casualty figure {i}", OPEN) for i in range(SHOWN + 2)]
    events.append(Event("d", "Dated", parse_date("2024")))
    strip = UndatedStrip()
    qtbot.addWidget(strip)
    strip.show()
    strip.set_events(Timeline(events=events))
    assert strip.isVisible() and strip.label.text() == f"Undated ({SHOWN + 2}):"
    assert len(strip.buttons) == SHOWN and "and 2 more" in strip.more.text()
    with qtbot.waitSignal(strip.activated) as got:
        qtbot.mouseClick(strip.buttons[1], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert got.args == ["u1"]
    strip.set_events(Timeline(events=events[-1:]))
    assert not strip.isVisible()


def test_window_lists_undated_records_and_shows_them_in_details(qtbot, window) -> None:
    open_and_wait(qtbot, window, SHAPES / "wk2014.json")
    strip = window.undated
    assert strip.isVisible() and strip.ids == [window.document.timeline.events[2].id]
    qtbot.mouseClick(strip.buttons[0], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.details.current_event.title == "Final (date to be announced)"
    assert window.table.selected_ids() == strip.ids
    image = strip.grab().toImage()
    assert len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 2


def test_window_source_panel_counts_the_accounts_a_table_links(qtbot, window, monkeypatch
                                                               ) -> None:
    monkeypatch.setattr(csv_dialog, "exec_dialog", lambda dialog: True)
    open_and_wait(qtbot, window, SHAPES / "incident_monitor.csv")
    model = window.sources_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert "twitter.com/Rybar" in rows and "t.me/rybar" in rows and "cnn.com" in rows
    assert len(set(rows) - {"(no source)"}) == 11


def test_dialog_previews_the_sources_and_the_date_column(qtbot) -> None:
    path = SHAPES / "incident_monitor.csv"
    dialog = CsvMappingDialog(path, *read_prefix(path))
    qtbot.addWidget(dialog)
    text = dialog.summary_text()
    assert text.startswith("13 rows will load. Sources: 11 (twitter.com/Rybar 2, ")
    path = SHAPES / "gdelt.csv"
    dialog = CsvMappingDialog(path, *read_prefix(path))
    qtbot.addWidget(dialog)
    assert dialog.combo("start").currentData() == "SQLDATE"
    dialog.set_column("title", "Actor1Name")
    assert 'Dates read from column "SQLDATE" (day precision' in dialog.summary_text()
    assert "Sources: 2 (reuters.com 1, kyivindependent.com 1)" in dialog.summary_text()
    for field_ in ("source_url", "claim", "claim_date", "date_precision"):
        assert dialog.combo(field_) is not None


def test_dialog_maps_a_json_list_and_the_window_opens_it(qtbot, window, monkeypatch) -> None:
    path = SHAPES / "wk2014.json"
    dialog = CsvMappingDialog(path, *read_prefix(path))
    qtbot.addWidget(dialog)
    assert dialog.header == ["start", "end", "description", "group"]
    assert "a JSON list, 3 records, 4 fields" in dialog.file_info.text()
    dialog.set_column("title", "description")
    dialog.set_column("tags", "group")
    assert dialog.summary_text().startswith("3 rows will load (1 without a date")
    chosen = dialog.mapping()
    monkeypatch.setattr(csv_dialog, "choose_csv_file", lambda parent, start: path)

    def answer(shown: CsvMappingDialog) -> bool:
        for field_, column in chosen.items():
            shown.set_column(field_, column)
        return True

    monkeypatch.setattr(csv_dialog, "exec_dialog", answer)
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        csv_dialog.import_csv_dialog(window)
    events = window.document.timeline.events
    assert [(e.title, e.tags) for e in events][1] == ("Mexico - Cameroon", ("A",))


def test_undated_strip_shares_its_width_among_the_titles(qtbot) -> None:
    """One undated event keeps its whole (long) title; six long ones never make the strip,
    and so the window, wider than a small screen."""
    long = "Zelenskyy says casualties among North Korean troops are rising (no date given)"
    strip = UndatedStrip()
    qtbot.addWidget(strip)
    strip.set_events(Timeline(events=[Event("u", long, OPEN)]))
    assert strip.buttons[0].text() == long
    strip.set_events(Timeline(events=[Event(f"u{i}", long, OPEN) for i in range(SHOWN)]))
    assert all(len(b.text()) <= 20 for b in strip.buttons)
    assert strip.minimumSizeHint().width() < 1000
