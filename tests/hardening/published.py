"""What a published export may hold, checked the way a reader's software would see it.

Shared by the XSS tests and the corpus (test_safe_exports.py) and the fuzzing (fuzzing.py).
The allow-list is written out here from the issue, not imported from the sanitiser, so that
widening the sanitiser's list (an `<img>`, a `style`) makes these checks fail.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import export_bytes

# Text formatting, links, lists and quotes; nothing that loads, embeds, runs or styles.
TAGS = frozenset({"a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "dl", "dt",
                  "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark",
                  "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "u",
                  "ul"})
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "blockquote": {"cite"},
              "q": {"cite"}, "ul": {"class"}}
URL_ATTRIBUTES = {"href", "cite"}
URL_FIELDS = {"url", "thumbnail", "link", "src", "href"}
# TimelineJS sets a slide's unique_id as the element's id (a DOM property), never as HTML; it
# is the event's id, which the export keeps whatever it holds.
NOT_HTML = {"unique_id"}
APP_KEY, LEFTOVERS = "timeline_app", "timelinejs"
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_JUNK = re.compile(r"[\x00-\x20\x7f]")


class Unsafe(AssertionError):
    """An export holds something it must not (`check_exports`)."""


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))

    handle_startendtag = handle_starttag


def url_problem(url: str) -> str:
    """Why a URL may not be published ("" if it may): a scheme other than http(s), however
    spelled, or markup (an embed) where a URL belongs."""
    if "<" in url:
        return "markup in a URL field"
    for form in (url, html.unescape(url)):
        m = _SCHEME.match(_JUNK.sub("", form))
        if m and m.group(1).lower() not in ("http", "https"):
            return f"{m.group(1)}: URL"
    return ""


def html_problems(markup: str) -> list[str]:
    """Elements and attributes outside the allow-list, and unsafe link targets."""
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    out = []
    for tag, attrs in parser.seen:
        if tag not in TAGS:
            out.append(f"<{tag}>")
        for name, value in attrs:
            if name not in ATTRIBUTES.get(tag, ()):
                out.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and url_problem(value or ""):
                out.append(f"<{tag} {name}={value!r}>")
            elif name == "class" and value != "timeline-app-claims":
                out.append(f"<{tag} class={value!r}>")
    return out


def timelinejs_problems(doc: Any) -> list[str]:
    """Everything in a TimelineJS export that a browser could run or load: the published
    part, and the TimelineJS leftovers the app block carries (its native fields are data)."""
    out: list[str] = []

    def walk(value: Any, key: str, published: bool) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k == APP_KEY:
                    walk(v, k, False)
                else:
                    walk(v, k, published or k == LEFTOVERS)
        elif isinstance(value, list):
            for v in value:
                walk(v, key, published)
        elif isinstance(value, str) and published and key not in NOT_HTML:
            problems = [url_problem(value)] if key in URL_FIELDS else html_problems(value)
            out.extend(f"{key}: {p}" for p in problems if p)

    walk(doc, "", True)
    return out


def svg_problems(svg: bytes) -> list[str]:
    """Not well-formed XML, or elements that run or load something."""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as err:
        return [f"not well-formed: {err}"]
    out = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        links = [v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "href"]
        if tag in ("script", "foreignObject", "iframe", "a", "use"):
            out.append(f"<{tag}>")
        elif tag == "image" and not all(v.startswith("data:image/png;") for v in links):
            out.append(f"<image> of {[v[:40] for v in links]}")  # Qt embeds bitmaps only
        out += [f"<{tag} {k}>" for k in element.attrib if k.lower().startswith("on")]
    return out


_FORMULA = re.compile(r"[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)")  # not a formula


def check_exports(timeline: Any, name: str, pictures: bool = True) -> None:
    """Export to every format: the TimelineJS export holds nothing outside the allow-list
    (with and without the app data), no CSV cell starts a formula, the CSV reads back the
    same with or without the formula escaping, and (with `pictures`) the PNG, SVG and PDF
    render, the SVG well-formed. Raises Unsafe."""
    export_bytes(timeline, "json")
    for app_data in (True, False):
        doc = json.loads(export_bytes(timeline, "timelinejs", app_data=app_data)[0])
        problems = timelinejs_problems(doc)
        if problems:
            raise Unsafe(f"TimelineJS export of {name} publishes {problems[:5]}")
    safe, raw = (export_bytes(timeline, "csv", raw=r)[0] for r in (False, True))
    text = safe.decode("utf-8-sig")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    for cells in rows:
        bad = [c for c in cells if _FORMULA.match(c) and not _NUMBER.fullmatch(c)]
        if bad:
            raise Unsafe(f"CSV export of {name} has formula cells {bad[:3]}")
    if _csv_events(safe) != _csv_events(raw):
        raise Unsafe(f"CSV export of {name} reads back differently with the formula escaping")
    if pictures:
        _pictures(timeline, name)


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def _csv_events(data: bytes) -> Any:
    try:
        t = import_csv(data, "export.csv").timeline
    except LoadError:
        return "refused"  # (the ' shifts the column a message gives)
    return [(e.id, e.title, e.description, e.tags, e.location, e.start.text) for e in t.events]


def _pictures(timeline: Any, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.timeline.export import ExportError, ExportRequest, render_bytes

    if QApplication.instance() is None:  # a widgets application, so later Qt tests can run
        QApplication([])
    for fmt in ("png", "svg", "pdf"):
        try:
            out = render_bytes(timeline, ExportRequest(400, 300), fmt)
        except ExportError:
            continue
        if fmt == "svg" and svg_problems(out):
            raise Unsafe(f"SVG export of {name}: {svg_problems(out)[:3]}")
