"""The window in Korean and Ukrainian: what the core makes for it (axis labels, resolved
dates, the status bar's range) is in the window's language, while what is written into
files stays English."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.core.model.dates import parse_date


@pytest.fixture
def speaking(qtbot, qapp, config_dir):
    """`speaking(language)`: a main window made in that language, the seed example open in
    it; English again afterwards (the session's other tests expect it)."""
    from timeline_app.ui import i18n
    from timeline_app.ui.main_window import MainWindow

    windows = []

    def speak(language: str) -> MainWindow:
        assert i18n.install(language, qapp) == language
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        windows.append(window)
        open_and_wait(qtbot, window, SEED)
        return window

    yield speak
    for window in windows:
        window.loader.wait(10_000)
    i18n.install("en", qapp)


def _labels(window) -> list[str]:
    scene = window.timeline.scene()
    assert scene is not None
    return [t.label for t in scene.ticks if t.label]


def _show(window, event_id: str) -> None:
    window.timeline.select_ids([event_id], current=event_id)
    window._table_selected([event_id])


def test_korean_axis_details_and_status_bar(speaking) -> None:
    window = speaking("ko")
    window.timeline.set_viewport(parse_date("2024-08").earliest, parse_date("2025-05-15").earliest)
    labels = _labels(window)
    assert "10월" in labels and "2025년" in labels, labels
    assert not any(name in " ".join(labels) for name in ("Oct", "Nov", "Jan"))
    assert window.status_range.text() == "2024년 8월 – 2025년 5월"
    _show(window, "deployment-2024-10")
    assert "2024년 10월 (2024년 10월 1–31일)" in window.details.date.text()
    window.timeline.set_viewport(parse_date("2024-10-01").earliest,
                                 parse_date("2024-10-20").earliest)
    days = _labels(window)
    assert "2024년 10월 1일" in days or "2024년 10월" in days, days
    assert any(re.fullmatch(r"(10월 )?[0-9]+일", label) for label in days), days


def test_ukrainian_axis_details_and_status_bar(speaking) -> None:
    window = speaking("uk")
    window.timeline.set_viewport(parse_date("2024-08").earliest, parse_date("2025-05-15").earliest)
    labels = _labels(window)
    assert "жовт." in labels and "2025" in labels, labels
    assert window.status_range.text() == "серп. 2024 – трав. 2025"
    _show(window, "deployment-2024-10")
    assert "жовт. 2024 (1–31 жовт. 2024)" in window.details.date.text()


def test_a_korean_window_writes_english_files(speaking, tmp_path) -> None:
    from timeline_app.core.formats.registry import export_path

    window = speaking("ko")
    out = tmp_path / "t.timelinejs.json"
    export_path(window.document.timeline, out)
    text = out.read_text("utf-8")
    assert "월" not in text and "년" not in text
    shown = [s["start_date"].get("display_date", "") for s in json.loads(text)["events"]]
    assert "Apr 2025, approximate" in shown, shown


@pytest.fixture
def language(qapp):
    """`language(code)` installs a language for what is made next; English afterwards."""
    from timeline_app.ui import i18n

    yield lambda code: i18n.install(code, qapp)
    i18n.install("en", qapp)


DOC = {"title": "T", "sources": [{"id": "a", "name": "A"}], "events": [
    {"id": "e1", "title": "Cited", "start": "2024-10", "tags": ["war"],
     "claims": [{"source": "a"}]},
    {"id": "e2", "title": "Uncited", "start": "2024-11"}]}


@pytest.mark.parametrize(("code", "titles"), [
    ("ko", {"source": ["A", "(출처 없음)"], "tag": ["war", "(태그 없음)"], "none": ["모든 사건"]}),
    ("uk", {"tag": ["war", "(без мітки)"], "none": ["Усі події"]}),
])
def test_lane_titles_made_by_the_core_speak_the_language(qtbot, language, code, titles) -> None:
    from tests.ui.conftest import shown_widget

    language(code)
    widget = shown_widget(qtbot, DOC)
    for mode, expected in titles.items():
        widget.set_lane_mode(mode)
        scene = widget.scene()
        assert scene is not None
        assert [lane.title for lane in scene.lanes] == expected


def test_undo_names_and_date_errors_of_the_core_speak_the_language(language) -> None:
    from timeline_app.core.formats.registry import load_bytes
    from timeline_app.core.model.dates import DateError
    from timeline_app.core.model.edits import AddSource, RemoveEvents
    from timeline_app.core.model.timeline import Source

    timeline = load_bytes(json.dumps(DOC).encode(), "a.json").timeline
    language("ko")
    assert RemoveEvents(timeline, ["e1", "e2"]).text == "사건 2개 삭제"
    assert AddSource(Source("b", "B")).text == "출처 추가"
    with pytest.raises(DateError, match="13월은 존재하지 않습니다"):
        parse_date("2025-13")
    language("uk")
    assert RemoveEvents(timeline, ["e1", "e2"]).text == "Видалити 2 події"
    with pytest.raises(DateError, match="дня 30 немає в місяці лютий"):
        parse_date("2025-02-30")
    language("en")
    assert RemoveEvents(timeline, ["e1", "e2"]).text == "Delete 2 Events"
    with pytest.raises(DateError, match="day 30 is not in February"):
        parse_date("2025-02-30")


def test_a_date_error_shows_in_korean_in_the_filter_bar(speaking) -> None:
    window = speaking("ko")
    bar = window.filter_bar
    bar.date_to.setText("2025-13")
    bar.date_to.editingFinished.emit()
    assert "13월은 존재하지 않습니다" in bar.date_to.toolTip()
