"""TimelineJS slides and dates, one by one: the part of reading TimelineJS shared by the JSON
reader (`timelinejs`), the spreadsheet template (`csv_import`) and the writer (`timelinejs_out`).

A slide becomes a lenient event dict (native field names) that the ordinary EventReader
checks, so lengths, dates and sources get the same checks and messages as native files.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from timeline_app.core.formats.events_in import EventReader, SourceResolver
from timeline_app.core.formats.html_text import (
    html_to_text,
    one_line,
    plain_text,
    text_to_html,
)
from timeline_app.core.formats.ids import generated_id
from timeline_app.core.formats.problems import (
    MAX_PROBLEMS,
    Problem,
    json_type,
    missing,
    more_problems,
    short,
    too_long,
)
from timeline_app.core.formats.schema import MAX_SHORT, MAX_TEXT
from timeline_app.core.formats.sources_from_urls import source_of_link
from timeline_app.core.formats.timelinejs_claims import listed_claims
from timeline_app.core.formats.timelinejs_dates import PARTS, date_parts, date_text
from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.core.model.grades import RELIABILITY
from timeline_app.core.model.timeline import Event, Source
from timeline_app.core.text import tr

EXTRA_KEY = "timelinejs"     # leftovers of the TimelineJS shape, on events, eras and documents
APP_KEY = "timeline_app"     # what TimelineJS cannot express, in files this app exports
CLAIMS_CLASS = "timeline-app-claims"  # the list of claims written into an exported slide's text
MAX_NAME = 200  # a credit longer than this is cut to make a source name
_HOST = re.compile(r"[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)", re.IGNORECASE)
_SOURCE_TEXT = {"name": MAX_SHORT, "kind": MAX_SHORT, "country": MAX_SHORT, "url": MAX_SHORT,
                "notes": MAX_TEXT}  # a source's text fields and their limits (schema.py)
_SOURCE_KNOWN = (*_SOURCE_TEXT, "id", "color")


class SlideReader:
    """Turns slides into events, collecting problems and skipping what cannot be read."""

    def __init__(self, name: str, app_sources: Any = None) -> None:
        self.name = name
        self.registry: dict[str, Source] = _app_sources(app_sources)
        self._given = set(self.registry)  # sources of an exported file's block stay
        self.reader = _FieldReader(SourceResolver(self.registry, create_for_claims=True),
                                   prefix="events")
        self.problems: list[Problem] = []
        self.skipped = 0

    def prune(self, events: list[Event]) -> None:
        """Forget sources made for slides or rows that were not loaded."""
        used = {c.source for e in events for c in e.claims} | self._given
        for sid in [s for s in self.registry if s not in used]:
            del self.registry[sid]

    def warnings(self) -> list[str]:
        lines = [tr("{problem} (not loaded)").format(problem=p.format(self.name))
                 for p in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            lines.append(more_problems(self.name, len(self.problems) - MAX_PROBLEMS))
        return lines

    def _fail(self, where: str, field_: str, message: str, part: str = "") -> None:
        self.problems.append(Problem(message, f"{where}: {field_}" if field_ else where,
                                     part=part))

    def event(self, index: int, raw: Any, where: str = "",
              extra: dict[str, Any] | None = None) -> Event | None:
        """One slide as an Event (with `extra` fields added), or None with its problems
        recorded."""
        where = where or f"events[{index}]"
        if not isinstance(raw, dict):
            self._fail(where, "", tr("expected a slide object, got {value}").format(
                value=json_type(raw)))
            self.skipped += 1
            return None
        before = len(self.problems)
        event = self._event(index, raw, where, extra)
        if len(self.problems) > before and where == f"events[{index}]":
            label = _label("events", index, raw)  # only now: it converts the headline
            self.problems[before:] = [replace(p, where=label + p.where[len(where):])
                                      for p in self.problems[before:]]
        if event is None or len(self.problems) > before:
            self.skipped += 1
            return None
        return event

    def _event(self, index: int, raw: dict[str, Any], where: str,
               extra: dict[str, Any] | None) -> Event | None:
        d = self.slide_dict(raw, where)
        if d is None:
            return None
        app = raw.get(APP_KEY)
        if isinstance(app, dict):
            d = _merge_app(d, app, raw)
        if extra:
            d.update({k: v for k, v in extra.items() if k not in d})
        self.reader.problems = []
        event = self.reader.read(index, d)
        for p in self.reader.problems:
            self._fail(where, p.where, p.message)
        return event

    def slide_dict(self, raw: dict[str, Any], where: str) -> dict[str, Any] | None:
        """The slide as a lenient event dict (native field names), or None on a bad date."""
        left = {k: v for k, v in raw.items() if k not in (
            "start_date", "end_date", "text", "media", "group", "unique_id", APP_KEY)}
        start = self._date(raw, "start_date", where, left)
        end = self._date(raw, "end_date", where, left) if "end_date" in raw else None
        if not start or end == "":
            return None
        autolink = raw.get("autolink") is not False
        title, description, links, text_left = _text(raw.get("text"), autolink)
        if text_left:
            left["text"] = text_left
        media = raw.get("media")
        claims: list[dict[str, Any]] = []
        urls: set[str] = set()
        for link in links:
            if link.url not in urls:
                urls.add(link.url)
                claims.append({"source": source_of_link(link.url), "text": link.text,
                               "url": link.url, EXTRA_KEY: "link"})
        listed, status = listed_claims(raw.get("text", {}).get("text")
                                       if isinstance(raw.get("text"), dict) else None)
        claims = listed + claims  # the claims an export listed in the text are claims
        d: dict[str, Any] = {"title": title or fallback_title(description, media),
                             "start": start, "description": description, "claims": claims}
        if status is not None:  # the status the list was headed with
            d["status"] = status
        if not title and isinstance(raw.get("text"), dict):
            left.setdefault("text", {}).setdefault("headline", raw["text"].get("headline"))
        elif not title:
            left.setdefault("text", {"headline": None})
        # The media is the slide's picture or video, kept exactly as written; its credit is
        # whom the picture is owed to, not a source affirming the event.
        if isinstance(media, dict):
            d["media"] = dict(media)
        elif media is not None:
            left["media"] = media
        if end is not None and end != start:
            d["end"] = end
        group = raw.get("group")
        if isinstance(group, str) and one_line(group):  # TimelineJS shows a group as HTML
            d["tags"] = [one_line(group)]
            left["group"] = group
        elif group is not None:
            left["group"] = group
        uid = raw.get("unique_id")
        if isinstance(uid, str | int) and not isinstance(uid, bool) and str(uid).strip():
            d["id"] = str(uid).strip()
        elif uid is not None:
            left["unique_id"] = uid
        if left:
            d[EXTRA_KEY] = left
        return d

    def _date(self, raw: dict[str, Any], key: str, where: str,
              left: dict[str, Any]) -> str | None:
        """Date text, or None after recording a problem; "" for an empty end date."""
        parts = raw.get(key)
        if parts is None:
            if key == "start_date":
                self._fail(where, key, missing())
            return None
        if isinstance(parts, dict):
            rest = {k: v for k, v in parts.items() if k not in PARTS or v == ""}
            if rest:
                left[key] = rest
            if key == "end_date" and all(parts.get(k) in (None, "") for k in PARTS):
                return None  # spreadsheets write an empty end date for "none"
        try:
            return date_text(parts)
        except DateError as err:
            self._fail(where, key, str(err), err.part)
            return ""

    def title_slide(self, raw: dict[str, Any], app: dict[str, Any]) -> tuple[str, str, dict]:
        """The document's title, description and leftovers; ("", "", {}) with a problem
        recorded if they are longer than a document may hold (a saved copy would not open)."""
        left = {k: v for k, v in raw.items() if k != "text"}
        title, description, _, text_left = _text(raw.get("text"), autolink=False)
        if text_left:
            left["text"] = text_left
        if isinstance(app.get("description"), str) and plain_text(
                text_to_html(app["description"])) == description:
            description = app["description"]
        for key, text, limit in (("headline", title, MAX_SHORT), ("text", description, MAX_TEXT)):
            if len(text) > limit:
                self._fail("title", f"text.{key}", too_long(len(text), limit))
                self.skipped += 1
                return "", "", {}
        return title, description, left

    def era(self, index: int, raw: Any) -> dict[str, Any] | None:
        """An era as {"title", "start", "end"} (native date text) for the document's `eras`."""
        where = _label("eras", index, raw)
        if not isinstance(raw, dict):
            self._fail(where, "", tr("expected an era object, got {value}").format(
                value=json_type(raw)))
            self.skipped += 1
            return None
        left = {k: v for k, v in raw.items() if k not in ("start_date", "end_date", "text")}
        start = self._date(raw, "start_date", where, left)
        end = self._date(raw, "end_date", where, left) if "end_date" in raw else None
        if not start or not end:
            if start and end is None:
                self._fail(where, "end_date", tr("missing (an era needs an end)"))
            self.skipped += 1
            return None
        title, _, _, text_left = _text(raw.get("text"), autolink=False)
        if text_left:
            left["text"] = text_left
        era: dict[str, Any] = {"title": title, "start": start, "end": end}
        if left:
            era[EXTRA_KEY] = left
        return era


class _FieldReader(EventReader):
    """An EventReader whose problems name only the field: the slide label is added by us."""

    def where(self, index: int, raw: Any, field: str = "") -> str:
        return field


def _label(prefix: str, index: int, raw: Any) -> str:
    label = f"{prefix}[{index}]"
    if isinstance(raw, dict) and isinstance(raw.get("text"), dict):
        headline = raw["text"].get("headline")
        if isinstance(headline, str) and one_line(headline[:400]):
            label += f' ("{short(one_line(headline[:400]))}")'
    return label


def _text(text: Any, autolink: bool) -> tuple[str, str, list[Any], dict[str, Any]]:
    """(title, description, links, leftovers) of a slide's `text` object."""
    if not isinstance(text, dict):
        return "", "", [], ({"": text} if text is not None else {})
    left = {k: v for k, v in text.items() if k not in ("headline", "text")}
    headline, body = text.get("headline"), text.get("text")
    headline = headline if isinstance(headline, str) else ""
    body = body if isinstance(body, str) else ""
    head = html_to_text(headline, autolink=False)
    desc = html_to_text(body.split(f'<ul class="{CLAIMS_CLASS}">')[0], autolink=autolink)
    title = " ".join(head.text.split())
    for key, raw, plain in (("headline", headline, title), ("text", body, desc.text)):
        if key in text and raw != plain:  # markup, entities or odd spacing: keep the original
            left[key] = text[key]
    return title, desc.text, [*head.links, *desc.links], left


def host_of(url: str) -> str:
    """A site's name for a link: its host without www."""
    m = _HOST.match(url)
    host = (m.group(1).lower() if m else url)[:MAX_NAME]
    return host[4:] if host.startswith("www.") else host


def media_caption(media: Any) -> str:
    """A media object's caption as plain text ("" when it has none)."""
    caption = media.get("caption") if isinstance(media, dict) else None
    return html_to_text(caption).text if isinstance(caption, str) else ""


def fallback_title(description: str, media: Any) -> str:
    """A slide without a headline still needs a title: its text's first line, or the media's
    caption. (The exporter recomputes it to know the headline was not the slide's own.)"""
    for candidate in (description, media_caption(media)):
        line = candidate.strip().split("\n", 1)[0]
        if line:
            return short(line, 80)
    return "Untitled"


def _app_sources(items: Any) -> dict[str, Source]:
    """The source registry from an exported file's `timeline_app` block (lenient)."""
    registry: dict[str, Source] = {}
    for item in items if isinstance(items, list) else ():
        ident = item.get("id") if isinstance(item, dict) else None
        if not isinstance(ident, str) or not ident.strip() or len(ident) > MAX_SHORT:
            continue
        # A field of the wrong type or length is left out, not kept as an unknown field:
        # saved as is, it would replace the real field and the saved file would not open.
        known = {k: item[k] for k, limit in _SOURCE_TEXT.items()
                 if isinstance(item.get(k), str) and len(item[k]) <= limit}
        if not known.get("name", "").strip():
            known.pop("name", None)
        color = item.get("color")
        color = color if isinstance(color, str) and len(color) <= MAX_SHORT else None
        grade = str(item.get("reliability") or "").strip().upper()  # bad: left out, as colour
        extra = {k: v for k, v in item.items() if k not in (*_SOURCE_KNOWN, "reliability")}
        registry[item["id"]] = Source(id=item["id"], **{"name": item["id"], **known},
                                      color=color, extra=extra,
                                      reliability=grade if grade in RELIABILITY else None)
    return registry


def _merge_app(visible: dict[str, Any], app: dict[str, Any],
               raw: dict[str, Any]) -> dict[str, Any]:
    """A slide exported by this app: its `timeline_app` block restores what TimelineJS cannot
    hold (claims, tags, status, qualified dates …). Headlines, dates and text edited in the
    TimelineJS file since, and slide fields added there (a background, say), still win."""
    merged = dict(app)
    left = dict(app[EXTRA_KEY]) if isinstance(app.get(EXTRA_KEY), dict) else {}
    visible_text = _dict(raw.get("text"))
    if not (isinstance(app.get("title"), str) and one_line(app["title"]) == visible["title"]):
        merged["title"] = visible["title"]
        if "headline" in visible_text:
            left["text"] = {**_dict(left.get("text")), "headline": visible_text["headline"]}
    description = app.get("description", "")
    if not (isinstance(description, str)
            and plain_text(text_to_html(description)) == visible["description"]):
        merged["description"] = visible["description"]
        if "text" in visible_text:
            left["text"] = {**_dict(left.get("text")), "text": visible_text["text"]}
    if "id" in visible:
        merged["id"] = visible["id"]
    if "media" in visible:  # the media as the TimelineJS file has it now
        merged["media"] = visible["media"]
    else:
        merged.pop("media", None)
    for key in ("start", "end"):
        if not _same_parts(app.get(key), visible.get(key)):
            merged[key] = visible.get(key)
    left.update({k: v for k, v in raw.items() if k not in (
        "start_date", "end_date", "text", "media", "group", "unique_id", APP_KEY)})
    merged.pop(EXTRA_KEY, None)
    if left:
        merged[EXTRA_KEY] = left
    return merged


def _dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _same_parts(stored: Any, shown: Any) -> bool:
    """True when a stored date text and the visible one are the same TimelineJS date."""
    if not isinstance(stored, str) or not isinstance(shown, str):
        return stored == shown
    try:
        return date_parts(parse_date(stored)) == date_parts(parse_date(shown))
    except DateError:
        return False


def finish_ids(events: list[Event]) -> None:
    """Give events without an id a generated one, and make duplicate ids unique (-2, -3 …),
    as TimelineJS itself does."""
    taken: set[str] = set()
    missing: list[Event] = []
    suffixes: dict[str, int] = {}  # id -> next number to try: 20,000 repeats stay linear
    for event in events:
        if not event.id:
            missing.append(event)
            continue
        ident = event.id
        if ident in taken:
            base = ident[:MAX_SHORT - 12]  # room for "-N": the result must still be a valid id
            n = suffixes.get(base, 2)
            while f"{base}-{n}" in taken:
                n += 1
            suffixes[base] = n + 1
            ident = f"{base}-{n}"
        event.id = ident
        taken.add(ident)
    for event in missing:
        event.id = generated_id(event.title, event.start.text, taken, suffixes)
        taken.add(event.id)
