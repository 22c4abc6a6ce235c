"""Importing The Timeline Project's `.timeline` files (XML, file versions 1.x to 2.x).

People move to Timeline App from that program, so its files open directly. What each part
becomes (see docs/format.md, "The Timeline Project"):

* an event's `text` is the title, `description` the description, `category` a tag;
  `start`/`end` ("2012-07-04 13:20:00") the dates: at day precision when every time of day in
  the file is midnight, else to the second; an event whose end equals its start has none;
* `fuzzy` makes both dates approximate (`~`), `fuzzy_start`/`fuzzy_end` one of them;
  `ends_today` an end still open (`..`); `locked`, `milestone`, `progress`, `alert`, icons and
  colours are kept as fields of the event under `thetimelineproj`;
* each `hyperlink` (several are separated by `;`) is a claim whose source is named from it;
* containers (`[6]Box` and its members `(6)Item`): the container keeps its name as title,
  members get the field `container` with the container's name;
* categories become tags, their colours the document's `tag_colors` (`#rrggbb`); eras the
  document's `eras`, with their colours.

Only Gregorian files are read: a `numtime` file counts in plain numbers, not dates, and gets a
clear message. The XML is parsed with defusedxml: no entity expansion, no external entities.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from timeline_app.core.formats import sniff
from timeline_app.core.formats.base import Format
from timeline_app.core.formats.events_in import EventReader, SourceResolver
from timeline_app.core.formats.problems import MAX_PROBLEMS, LoadError, Problem, short
from timeline_app.core.formats.result import LoadResult, Progress, paused_gc
from timeline_app.core.formats.sources_from_urls import describe_link_sources, link_claim
from timeline_app.core.formats.timelinejs_slides import finish_ids
from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.core.model.timeline import Event, Source, Timeline
from timeline_app.core.text import tr

KIND = "The Timeline Project"
EXTRA_KEY = "thetimelineproj"
_DATE = re.compile(r"(-?[0-9]+)-([0-9]{1,2})-([0-9]{1,2})(?:[ T]([0-9]{1,2}):([0-9]{1,2})"
                   r"(?::([0-9]{1,2}))?)?")
_CONTAINER = re.compile(r"\[([0-9]+)\](.*)", re.DOTALL)
_MEMBER = re.compile(r"\(([0-9]+)\)(.*)", re.DOTALL)
_KEPT = ("locked", "milestone", "progress", "alert", "icon", "default_color", "done_color")


def is_thetimelineproj(root: Element) -> bool:
    return root.tag == "timeline"


def parse_xml(data: bytes, name: str) -> Element:
    """The XML's root element; LoadError for bad or dangerous XML."""
    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise LoadError(name, [Problem(tr(
            "the XML declares a document type or entities, which Timeline App does not read "
            "(they can make a small file expand without limit)"))]) from None
    except ParseError as err:
        line, col = err.position
        raise LoadError(name, [Problem(tr("XML syntax: {problem}").format(
            problem=short(str(err).split(":")[0], 120)), line=line, column=col + 1)]) from None


def read_xml(data: bytes, name: str) -> tuple[Timeline, list[str], int]:
    """An XML file: The Timeline Project's, or a LoadError naming its root element."""
    root = parse_xml(data, name)
    if not is_thetimelineproj(root):
        raise LoadError(name, [Problem(tr(
            "this looks like an XML file whose root element is <{element}>, not a timeline "
            "(Timeline App reads The Timeline Project's <timeline> XML)").format(
                element=short(root.tag, 40)))])
    return read_thetimelineproj(root, name)


def read_thetimelineproj(root: Element, name: str) -> tuple[Timeline, list[str], int]:
    """(timeline, warnings, events not loaded) from a parsed `.timeline` file; LoadError
    when it cannot be read."""
    timetype = (root.findtext("timetype") or "gregoriantime").strip()
    if timetype != "gregoriantime":
        message = tr(
            "this Timeline Project file counts time in plain numbers (timetype numtime), not "
            "dates; Timeline App reads Gregorian dates only (in The Timeline Project, make a "
            "new timeline with Gregorian time)") if timetype == "numtime" else tr(
            'this Timeline Project file uses the calendar "{calendar}"; Timeline App reads '
            "Gregorian dates only (in The Timeline Project, make a new timeline with "
            "Gregorian time)")
        raise LoadError(name, [Problem(message.format(calendar=short(timetype)))])
    raws = root.findall("events/event")
    texts = [_when(e.findtext("start")) for e in raws] + [_when(e.findtext("end"))
                                                          for e in raws]
    days = all(t is None or t[1] == (0, 0, 0) for t in texts)
    categories = _categories(root)
    containers = {m.group(1): m.group(2).strip() for e in raws
                  if (m := _CONTAINER.fullmatch(e.findtext("text") or ""))}
    registry: dict[str, Source] = {}
    reader = EventReader(SourceResolver(registry, create_for_claims=True), prefix="events")
    events: list[Event] = []
    problems: list[Problem] = []
    backwards: list[str] = []
    for i, raw in enumerate(raws):
        reader.problems = []
        event = reader.read(i, _event(raw, days, containers, categories))
        if event is None:
            problems.extend(reader.problems)
        else:
            events.append(event)
            if "end" in event.extra.get(EXTRA_KEY, {}):
                backwards.append(reader.where(i, {"title": event.title}))
    if not events and problems:
        raise LoadError(name, problems[:MAX_PROBLEMS], total=len(problems))
    finish_ids(events)
    extra: dict[str, Any] = {}
    colors = {c: v["color"] for c, v in categories.items() if v.get("color")}
    if colors:
        extra["tag_colors"] = colors
    eras = [era for e in root.findall("eras/era") if (era := _era(e, days)) is not None]
    if eras:
        extra["eras"] = eras
    version = (root.findtext("version") or "").strip()
    extra[EXTRA_KEY] = {"version": version, "categories": list(categories.values())}
    timeline = Timeline(title=_title(name), events=events, extra=extra)
    timeline.sources = registry
    describe_link_sources(registry, events)
    warnings = [tr("{problem} (not loaded)").format(problem=p.format(name))
                for p in problems[:MAX_PROBLEMS]]
    warnings += [tr("{name}: {place}: the end lies before the start; read as a moment at the "
                    "start (the end as written is kept in the field {field})").format(
                        name=name, place=w, field=f"{EXTRA_KEY}.end") for w in backwards]
    if days and raws:
        warnings.insert(0, tr("{name}: every time of day is midnight: dates read at day "
                              "precision").format(name=name))
    return timeline, warnings, len(problems)


def _title(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return base[: -len(".timeline")] if base.lower().endswith(".timeline") else base


def _when(text: str | None) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    m = _DATE.fullmatch((text or "").strip())
    if m is None:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    return (y, mo, d), (h, mi, s)


def _date(text: str | None, days: bool, fuzzy: bool) -> str:
    """"2012-07-04 13:20:00" as date text; unreadable text is passed on for the reader's
    message."""
    when = _when(text)
    if when is None:
        return (text or "").strip()
    (y, mo, d), (h, mi, s) = when
    if not -9999 <= y <= 9999:
        out = f"Y{y}"
    else:
        out = (f"{y:04d}" if y >= 0 else f"-{-y:04d}") + f"-{mo:02d}-{d:02d}"
        if not days:
            out += f"T{h:02d}:{mi:02d}:{s:02d}"
    return out + ("~" if fuzzy else "")


def _before(end: str, start: str) -> bool:
    """True when an end date lies wholly before the start (the program lets that be)."""
    try:
        return parse_date(end).latest <= parse_date(start).earliest
    except DateError:
        return False  # the reader reports the bad date


def _flag(raw: Element, key: str) -> bool:
    return (raw.findtext(key) or "").strip().lower() == "true"


def _event(raw: Element, days: bool, containers: dict[str, str],
           categories: dict[str, dict[str, str]]) -> dict[str, Any]:
    fuzzy = _flag(raw, "fuzzy")
    start = _date(raw.findtext("start"), days, fuzzy or _flag(raw, "fuzzy_start"))
    end = _date(raw.findtext("end"), days, fuzzy or _flag(raw, "fuzzy_end"))
    text = raw.findtext("text") or ""
    d: dict[str, Any] = {"title": " ".join(text.split()), "start": start}
    kept: dict[str, Any] = {}
    container = _CONTAINER.fullmatch(text)
    member = _MEMBER.fullmatch(text)
    if container:
        d["title"] = " ".join(container.group(2).split())
        kept["container"] = int(container.group(1))
    elif member and member.group(1) in containers:
        d["title"] = " ".join(member.group(2).split())
        d["container"] = containers[member.group(1)]
        kept["in_container"] = int(member.group(1))
    if _flag(raw, "ends_today"):
        d["end"] = ".."
        kept["ends_today"] = True
    elif end.rstrip("~") == start.rstrip("~"):
        pass  # a moment: no end
    elif _before(end, start):
        kept["end"] = (raw.findtext("end") or "").strip()  # as written, for the warning
    else:
        d["end"] = end
    description = raw.findtext("description")
    if description and description.strip():
        d["description"] = description.strip("\n")
    category = (raw.findtext("category") or "").strip()
    if category:
        d["tags"] = [category]
    links = [u.strip() for u in (raw.findtext("hyperlink") or "").split(";") if u.strip()]
    if links:
        d["claims"] = [dict(zip(("source", "url"), link_claim(u), strict=True)) for u in links]
    for key in _KEPT:
        value = raw.findtext(key)
        if value is not None and value.strip():
            value = value.strip()
            kept[key] = (value == "True" if value in ("True", "False") else
                         _hex(value) if key.endswith("color") else value)
    if kept:
        d[EXTRA_KEY] = kept
    if not d["title"]:
        d["title"] = "Untitled"
    return d


def _categories(root: Element) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for c in root.findall("categories/category"):
        name = (c.findtext("name") or "").strip()
        if not name:
            continue
        item = {"name": name}
        for key in ("color", "done_color", "font_color", "parent"):
            value = (c.findtext(key) or "").strip()
            if value:
                item[key] = _hex(value) if key != "parent" else value
        out[name] = item
    return out


def _hex(rgb: str) -> str:
    """"255,80,80" -> "#ff5050"; anything else as written."""
    parts = rgb.split(",")
    if len(parts) == 3 and all(p.strip().isdigit() and int(p) < 256 for p in parts):
        return "#" + "".join(f"{int(p):02x}" for p in parts)
    return rgb


def _era(raw: Element, days: bool) -> dict[str, Any] | None:
    start, end = _date(raw.findtext("start"), days, False), _date(raw.findtext("end"), days,
                                                                 False)
    if not start or not end:
        return None
    era: dict[str, Any] = {"title": (raw.findtext("name") or "").strip(), "start": start,
                           "end": end}
    color = (raw.findtext("color") or "").strip()
    if color:
        era["color"] = _hex(color)
    return era


def read_file(data: bytes, name: str, progress: Progress | None = None) -> LoadResult:
    with paused_gc():
        timeline, warnings, skipped = read_xml(data, name)
    return LoadResult(timeline, KIND, warnings, skipped)


FORMAT = Format("thetimelineproj", "The Timeline Project XML", sniff=sniff.is_xml,
                read_bytes=read_file)
