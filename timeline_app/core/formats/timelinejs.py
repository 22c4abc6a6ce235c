"""Reading TimelineJS files (the JSON that TimelineJS3 publishes, and older wrapped shapes).

A TimelineJS slide becomes an event: `text.headline` and `text.text` (HTML) become the plain
title and description; `media` becomes a claim whose source is `media.credit`; links in the
text become claims too (source: the site's host name); `group` becomes a tag; `unique_id` the
id. Whatever has no place in the model (backgrounds, display dates, the original HTML) is
kept under the event's `timelinejs` extra field, so exporting back to TimelineJS restores it.

Years: TimelineJS shows year -44 as "44 BCE", so that is what a TimelineJS author means; it is
read as astronomical -0043. Years beyond four digits (cosmological scale) are kept as written:
`-13800000000` becomes `Y-13800000000`.

A slide that cannot be read (a bad date, say) is skipped with a warning naming it, and the
other slides load; a file where nothing loads is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from timeline_app.core.formats import timelinejs_out
from timeline_app.core.formats.base import Format, WriteOptions
from timeline_app.core.formats.problems import MAX_PROBLEMS, LoadError, Problem, json_type
from timeline_app.core.formats.result import LoadResult, Progress
from timeline_app.core.formats.timelinejs_dates import PARTS, date_parts, date_text, tl_year
from timeline_app.core.formats.timelinejs_slides import (
    APP_KEY,
    CLAIMS_CLASS,
    EXTRA_KEY,
    MAX_NAME,
    SlideReader,
    finish_ids,
    host_of,
)
from timeline_app.core.model.dates import DateError, EDate, parse_date
from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.core.text import tr

__all__ = ["APP_KEY", "CLAIMS_CLASS", "EXTRA_KEY", "KIND", "MAX_NAME", "PARTS", "Era",
           "SlideReader", "date_parts", "date_text", "eras_of", "finish_ids", "host_of",
           "looks_like_timelinejs", "read_timelinejs", "tl_year"]

KIND = "TimelineJS"
_DOCUMENT_FIELDS = ("format", "version", "title", "description", "sources", "events")


def looks_like_timelinejs(value: Any) -> bool:
    """A TimelineJS document rather than a native one or a lenient list of events."""
    if not isinstance(value, dict) or value.get("format") == "timeline-app":
        return False
    if isinstance(value.get("timeline"), dict) or isinstance(value.get("title"), dict):
        return True
    slides = [*value.get("events", [])[:5], *value.get("eras", [])[:5]] if isinstance(
        value.get("events", []), list) and isinstance(value.get("eras", []), list) else []
    return any(isinstance(e, dict) and (isinstance(e.get("start_date"), dict)
                                        or isinstance(e.get("text"), dict)) for e in slides)


# -- reading ----------------------------------------------------------------------------------

@dataclass
class _Doc:
    """A TimelineJS document in the TimelineJS3 shape, whatever shape the file had."""

    events: list[Any]
    title: dict[str, Any] | None = None
    eras: list[Any] = field(default_factory=list)
    rest: dict[str, Any] = field(default_factory=dict)


def read_timelinejs(value: dict[str, Any], name: str, progress: Progress | None = None
                    ) -> LoadResult:
    """Build a LoadResult from parsed TimelineJS JSON; raises LoadError if nothing loads."""
    doc = _normalise(value, name)
    app = value.get(APP_KEY)
    if not isinstance(app, dict):
        app = {}
    builder = SlideReader(name, app_sources=app.get("sources"))
    events = [e for i, raw in enumerate(doc.events)
              if (e := builder.event(i, raw)) is not None]
    _put_back_unplaced(events, app.get("unplaced"), builder)
    # The key also marks the document as one from TimelineJS (see timelinejs_out); a file this
    # app exported says in its block whether the document was.
    extra: dict[str, Any] = {} if app else {EXTRA_KEY: {}}
    title, description = "", ""
    if doc.title is not None:
        title, description, left = builder.title_slide(doc.title, app)
        if left:
            extra.setdefault(EXTRA_KEY, {})["title"] = left
    eras = [era for i, raw in enumerate(doc.eras) if (era := builder.era(i, raw)) is not None]
    if eras:
        extra["eras"] = eras
    if doc.rest:
        extra.setdefault(EXTRA_KEY, {}).update(doc.rest)
    if isinstance(app.get("extra"), dict):  # never a document field: it would replace it
        extra.update({k: v for k, v in app["extra"].items()
                      if k not in extra and k not in _DOCUMENT_FIELDS})
    if not events and builder.skipped:
        raise LoadError(name, builder.problems[:MAX_PROBLEMS], total=len(builder.problems))
    finish_ids(events)
    builder.prune(events)
    timeline = Timeline(title=title, description=description, events=events, extra=extra)
    timeline.sources = builder.registry
    return LoadResult(timeline, KIND, builder.warnings(), skipped=builder.skipped)


def _put_back_unplaced(events: list[Event], unplaced: Any, builder: SlideReader) -> None:
    """Events TimelineJS could not place (no date at all), which an exported file keeps in
    its block as native events: back where they were among the slides."""
    if not isinstance(unplaced, list):
        return
    reader = builder.reader
    for k, item in enumerate(unplaced):
        where = f"{APP_KEY}.unplaced[{k}]"
        at = item.get("at") if isinstance(item, dict) else None
        if not isinstance(at, int) or isinstance(at, bool):
            builder.problems.append(Problem(tr('expected {{"at": position, "event": {{…}}}}')
                                            .format(), where))
            builder.skipped += 1
            continue
        reader.problems = []
        event = reader.read(k, item.get("event"))
        if event is None or reader.problems:
            builder.problems.extend(
                Problem(p.message, f"{where}.event: {p.where}" if p.where else where)
                for p in reader.problems or [Problem(tr("not an event"), "")])
            builder.skipped += 1
            continue
        events.insert(min(max(at, 0), len(events)), event)


def _normalise(value: dict[str, Any], name: str) -> _Doc:
    if isinstance(value.get("timeline"), dict):  # the TimelineJS2 wrapper
        inner = value["timeline"]
        items = inner.get("date", inner.get("slides", inner.get("events")))
        if not isinstance(items, list):
            raise LoadError(name, [Problem(tr(
                'a TimelineJS file needs a list of slides ("timeline": {{"date": [...]}})')
                .format())])
        title = inner.get("title") if isinstance(inner.get("title"), dict) else None
        if title is None and (inner.get("headline") or inner.get("text")):
            title = _v2_slide({k: v for k, v in inner.items()
                               if k in ("headline", "text", "asset")})
        eras = inner.get("era", inner.get("eras", []))
        rest = {k: v for k, v in inner.items() if k not in (
            "date", "slides", "events", "title", "headline", "text", "asset", "era", "eras")}
        return _Doc([_v2_slide(s) for s in items], title,
                    [_v2_slide(e) for e in eras] if isinstance(eras, list) else [], rest)
    events = value.get("events")
    if not isinstance(events, list):
        raise LoadError(name, [Problem(
            tr('a TimelineJS file needs an "events" list') if events is None else
            tr("events: expected a list, got {value}").format(value=json_type(events)))])
    title = value.get("title") if isinstance(value.get("title"), dict) else None
    eras = value.get("eras")
    if not isinstance(eras, list):
        eras = []
    # "scale" is not kept: the exporter works it out from the years, as TimelineJS does.
    rest = {k: v for k, v in value.items() if k not in ("events", "title", "eras", "scale",
                                                        APP_KEY)}
    if "title" in value and title is None:
        rest["title"] = value["title"]
    return _Doc(events, title, eras, rest)


def _v2_slide(raw: Any) -> Any:
    """A TimelineJS2 `date` item ({"startDate": "1963,8,9", "headline", "asset" …}) as a
    TimelineJS3 slide; items already in the new shape pass through."""
    if not isinstance(raw, dict) or "start_date" in raw:
        return raw
    slide: dict[str, Any] = {}
    for old, new in (("startDate", "start_date"), ("endDate", "end_date")):
        if old in raw:
            slide[new] = _v2_date(raw[old])
    text = {k: raw[k] for k in ("headline", "text") if k in raw}
    if text:
        slide["text"] = text
    asset = raw.get("asset")
    if isinstance(asset, dict):
        slide["media"] = {("url" if k == "media" else k): v for k, v in asset.items()}
    if "tag" in raw:
        slide["group"] = raw["tag"]
    slide.update({k: v for k, v in raw.items() if k not in (
        "startDate", "endDate", "headline", "text", "asset", "tag")})
    return slide


def _v2_date(raw: Any) -> Any:
    """"1963,8,9" or "1963,8,9,14,30" -> parts; "2012-01-05" -> parts; anything else as is,
    so the date reader reports it."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return {"year": raw}
    if not isinstance(raw, str):
        return raw
    s = raw.strip()
    if re.fullmatch(r"-?[0-9]+(\s*,\s*[0-9]*)*", s):
        pieces = [p.strip() for p in s.split(",")]
    elif re.fullmatch(r"-?[0-9]{1,4}(-[0-9]{1,2}){0,2}", s):
        neg = s.startswith("-")
        pieces = s.lstrip("-").split("-")
        pieces[0] = "-" + pieces[0] if neg else pieces[0]
    else:
        return {"year": s}  # not a number: the date reader says so
    return dict(zip(PARTS, pieces, strict=False))


# -- eras for the view ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Era:
    """A named period drawn behind the events (from TimelineJS `eras`)."""

    title: str
    start: EDate
    end: EDate


def eras_of(timeline: Timeline) -> list[Era]:
    """The document's eras (its `eras` extra field), skipping any that do not parse."""
    out: list[Era] = []
    items = timeline.extra.get("eras")
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        start, end, title = item.get("start"), item.get("end"), item.get("title")
        if not isinstance(start, str) or not isinstance(end, str):
            continue  # a list here would not even reach parse_date's message (unhashable)
        try:
            out.append(Era(title if isinstance(title, str) else "", parse_date(start),
                           parse_date(end)))
        except DateError:
            continue
    return out


def _write(timeline: Timeline, options: WriteOptions) -> tuple[bytes, list[str]]:
    return timelinejs_out.to_bytes(timeline, options.app_data, options.clock)


FORMAT = Format("timelinejs", "TimelineJS JSON", suffixes=(".timelinejs.json",),
                recognise=looks_like_timelinejs, read_json=read_timelinejs, write=_write)
