"""Text from a file is never interpreted as rich text, and only http(s) links are clickable.

A document with markup in every field it has (and in its file name) is opened in the
window; then every label, tooltip, table cell, the details panel, the timeline's tooltips
and the exports are checked. A TimelineJS file with `<script>`, `<img onerror>` and
`javascript:` links is imported and must come out as plain text with no unsafe link.
"""

from __future__ import annotations

import csv
import html
import io
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from tests.conftest import ROOT
from tests.ui.conftest import open_and_wait
from timeline_app.core.formats.registry import export_bytes, load_path
from timeline_app.ui import safe_text
from timeline_app.ui.safe_text import LinkLabel

# Pieces of markup that must never reach Qt's rich-text engine unescaped.
TAGS = ("<img", "<script", "<a href", "<iframe", "<i>it", "<font")
HOSTILE = ('<i>it</i><img src="file:///etc/passwd" onerror="alert(1)"><script>alert(2)'
           '</script><a href="javascript:alert(3)">click</a><font color=red>red</font>')
URLS = {
    "javascript:alert(1)": False,
    "file:///etc/passwd": False,
    "data:text/html,<script>alert(1)</script>": False,
    " https://example.com/space-first": True,  # shown (and opened) without the space
    "https://example.com/ok": True,
    "http://example.org/also-ok": True,
}
EVENT_ID = "<img src=x onerror=alert(9)>"


def hostile_document() -> dict[str, object]:
    claims = [{"source": "s", "text": f"{HOSTILE} {i}", "value": i, "unit": HOSTILE,
               "url": url, "stance": "denies" if i % 2 else "affirms"}
              for i, url in enumerate(URLS)]
    return {
        "format": "timeline-app", "title": HOSTILE, "description": HOSTILE,
        "sources": [{"id": "s", "name": HOSTILE, "kind": HOSTILE, "country": HOSTILE,
                     "url": "javascript:alert(1)", "notes": HOSTILE, "color": HOSTILE}],
        "events": [{"id": EVENT_ID, "title": HOSTILE, "start": "2024-10", "end": "2024-12",
                    "description": HOSTILE, "tags": [HOSTILE], "location": HOSTILE,
                    "claims": claims},
                   {"id": "plain", "title": "second", "start": "2025",
                    "claims": [{"source": "s", "text": "x"}]}],
        "eras": [{"title": HOSTILE, "start": "2024", "end": "2025"}],
    }


@pytest.fixture
def hostile_path(tmp_path: Path) -> Path:
    path = tmp_path / '<img src=x onerror="alert(0)">.timeline.json'
    path.write_text(json.dumps(hostile_document()), encoding="utf-8")
    return path


@pytest.fixture
def opened(qtbot, window, hostile_path: Path):
    open_and_wait(qtbot, window, hostile_path)
    window.timeline.select_ids([EVENT_ID])
    window._show_details([EVENT_ID])  # as a click in the timeline or table does
    QApplication.processEvents()
    return window


class _Tags(HTMLParser):
    """The start tags (and attributes) a browser would see in a piece of HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))


def _has_markup(text: str) -> bool:
    text = text.replace("\u200b", "")  # soft_wrap's break opportunities
    return any(tag in text for tag in TAGS)


def _rendered(rich: str) -> str:
    """What Qt shows for a string it treats as rich text."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def _widgets(window: QWidget) -> list[QWidget]:
    return [window, *window.findChildren(QWidget)]


def test_labels_with_file_text_are_plain(opened) -> None:
    labels = [w for w in _widgets(opened) if isinstance(w, QLabel) and _has_markup(w.text())]
    assert len(labels) >= 10  # title, description, tags, location, source, claims …
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()[:80]
        assert not label.openExternalLinks()
        flags = label.textInteractionFlags()
        assert not flags & Qt.TextInteractionFlag.LinksAccessibleByMouse, label.text()[:80]


def test_no_tooltip_carries_raw_markup(opened) -> None:
    tips = [w.toolTip() for w in _widgets(opened) if w.toolTip()]
    assert tips  # notes on the source name, links' targets …
    assert not [tip for tip in tips if _has_markup(tip)]
    recent = opened.menu.recent
    recent.aboutToShow.emit()  # fills the menu, with this file's (hostile) name
    names = [a.text() for a in recent.actions()]
    assert any("onerror" in n for n in names)  # a menu item's text is never rich text
    assert not recent.toolTipsVisible() or not any(_has_markup(a.toolTip())
                                                   for a in recent.actions())
    escaped = [tip for tip in tips if "onerror" in tip]
    assert escaped and all("onerror" in _rendered(tip) for tip in escaped)


def test_window_title_and_status_bar_are_plain(opened, hostile_path: Path) -> None:
    assert hostile_path.name in opened.windowTitle()  # a window title is never rich text
    for label in opened.statusBar().findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_table_and_models_give_plain_text(opened) -> None:
    """Item views paint DisplayRole as plain text; tooltip roles are rich, so escaped."""
    from timeline_app.ui.models.events import EventsModel
    from timeline_app.ui.models.sources import SourcesModel

    for model in opened.findChildren(EventsModel) + opened.findChildren(SourcesModel):
        seen_markup = False
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                seen_markup |= _has_markup(str(model.data(index) or ""))
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                assert not (isinstance(tip, str) and _has_markup(tip))
        assert seen_markup  # the hostile title and source name are there, as text
    for view in opened.findChildren(QAbstractItemView):  # no delegate that renders HTML
        delegate = view.itemDelegate()
        name = delegate.metaObject().className() if delegate is not None else "QItemDelegate"
        assert name in ("QStyledItemDelegate", "QItemDelegate", "QComboMenuDelegate"), name


def test_timeline_tooltips_are_escaped(opened) -> None:
    event_tip = opened.timeline.tooltip_html(0)
    assert not _has_markup(event_tip)
    assert HOSTILE in _rendered(event_tip).replace("\n", "")
    for number in range(3):
        try:
            lane_tip = opened.timeline.lane_tooltip_html(number)
        except IndexError:
            break
        assert not _has_markup(lane_tip)


def test_only_http_links_are_clickable(qtbot, opened, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(safe_text, "open_url", lambda url: calls.append(url) or True)
    links = opened.details.findChildren(LinkLabel)
    shown = {link.url: link for link in links}
    assert {url.strip() for url in URLS} <= set(shown)
    for url, safe in URLS.items():
        link = shown[url.strip()]
        assert link.clickable is safe, url
        link.show()
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert sorted(set(calls)) == sorted(u.strip() for u, safe in URLS.items() if safe)


def test_exports_carry_no_live_markup(opened, tmp_path: Path) -> None:
    from timeline_app.ui.timeline.export import ExportRequest, render_bytes

    timeline = opened.document.timeline
    svg = render_bytes(timeline, ExportRequest(800, 500), "svg")
    root = ET.fromstring(svg)  # well-formed: the markup went in as text
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        assert tag not in ("script", "a", "foreignObject", "iframe", "image"), tag
        for key, value in element.attrib.items():
            assert not key.lower().startswith("on")
            assert not value.strip().lower().startswith(("javascript:", "file:"))
    assert b"<script" not in svg and b"&lt;script" in svg  # the title is text

    tjs = json.loads(export_bytes(timeline, "timelinejs")[0])
    slide = next(s for s in tjs["events"] if s["unique_id"] == EVENT_ID)
    assert "<script" not in slide["text"]["headline"]
    assert html.unescape(slide["text"]["headline"]) == HOSTILE
    for field in ("headline", "text"):  # what a browser would build from it
        tags = _Tags()
        tags.feed(slide["text"][field])
        assert not {"script", "img", "iframe", "font", "i"} & {t for t, _ in tags.seen}
        hrefs = [dict(attrs).get("href") or "" for t, attrs in tags.seen if t == "a"]
        assert all(h.startswith(("https://", "http://")) for h in hrefs), hrefs
        assert not [a for _, attrs in tags.seen for a, _ in attrs if a.startswith("on")]
    assert "&lt;" in slide.get("group", "&lt;")  # TimelineJS shows a group as HTML

    rows = list(csv.reader(io.StringIO(export_bytes(timeline, "csv")[0].decode("utf-8-sig"))))
    assert HOSTILE in rows[1]  # CSV has no markup: the text as it is


def test_timelinejs_import_is_plain_text_without_unsafe_links(qtbot, window) -> None:
    path = ROOT / "tests" / "corpus" / "bad" / "tjs-html-everywhere.json"
    result = load_path(path)
    timeline = result.timeline
    texts = [timeline.title, timeline.description]
    for e in timeline.events:
        texts += [e.title, e.description, *e.tags, *(c.text for c in e.claims)]
    texts += [s.name for s in timeline.sources.values()]
    for text in texts:
        assert not _has_markup(text) and "<b>" not in text, text
        assert "alert(" not in text and "javascript:" not in text, text
    urls = [c.url for e in timeline.events for c in e.claims if c.url]
    assert urls == ["https://example.org/ok"]
    assert all(s.url == "" or s.url.startswith("https://") for s in timeline.sources.values())

    open_and_wait(qtbot, window, path)
    event = window.document.timeline.events[0]
    window._show_details([event.id])
    links = window.details.findChildren(LinkLabel)
    assert [link.url for link in links if link.clickable] == ["https://example.org/ok"]
    assert all(link.clickable for link in links)  # no unsafe link is even shown as one
