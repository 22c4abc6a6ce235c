"""Writing a timeline as CSV: one row per event, for spreadsheets.

A document imported from CSV is written with its own columns, in its own order, with its own
delimiter, so CSV -> app -> CSV keeps the sheet's shape; the TimelineJS template comes back
as the template. Other documents get the standard columns, which the importer reads back:

    id, start, end, title, description, sources, url, tags, status, location

followed by one column per extra field. Several sources or tags share a cell, separated by
"; "; each source's link goes in `url` in the same order, separated by spaces. A CSV row
cannot hold a claim's quote, figure, stance or date beyond the first quote, nor eras or the
document's sources registry: those stay in the native format.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from timeline_app.core.formats.csv_import import LAYOUT_KEY, is_template
from timeline_app.core.formats.timelinejs import EXTRA_KEY, date_parts
from timeline_app.core.model.timeline import Claim, Event, Stance, Status, Timeline

STANDARD = ("id", "start", "end", "title", "description", "sources", "url", "tags", "status",
            "location")
_PART_FIELDS = ("year", "month", "day", "time")


def to_csv(timeline: Timeline) -> tuple[bytes, list[str]]:
    """CSV bytes (UTF-8; with a byte order mark unless the imported file had none) and
    warnings about what the format could not hold."""
    layout = timeline.extra.get(LAYOUT_KEY)
    layout = layout if _valid(layout) else None
    if layout is not None and is_template(layout["columns"]):
        header, rows = _template_rows(timeline, layout)
    else:
        header, rows = _rows(timeline, layout)
    out = io.StringIO(newline="")
    delimiter = layout.get("delimiter", ",") if layout else ","
    newline = "\n" if layout and layout.get("newline") == "\n" else "\r\n"
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    bom = layout.get("bom", False) if layout else True
    warnings = []
    lost = sum(1 for e in timeline.events if any(
        _lossy(c, first=i == 0) for i, c in enumerate(e.claims)))
    if lost:
        warnings.append(f"{lost:,} event{'s' if lost != 1 else ''}: claims have quotes, "
                        f"figures, stances or dates a CSV row cannot hold (kept: sources, "
                        f"links, the first quote)")
    return (("\ufeff" if bom else "") + out.getvalue()).encode(), warnings


def _lossy(claim: Claim, first: bool) -> bool:
    if claim.extra.get(EXTRA_KEY) in ("link", "media"):
        return False  # TimelineJS links and media: in the text and media columns
    return (bool(claim.text) and not first) or claim.value is not None or (
        claim.stance is Stance.DENIES or claim.published is not None)


def _valid(layout: Any) -> bool:
    return (isinstance(layout, dict) and isinstance(layout.get("columns"), list)
            and all(isinstance(c, str) for c in layout["columns"])
            and isinstance(layout.get("mapping"), dict))


def _rows(timeline: Timeline, layout: Mapping[str, Any] | None) -> tuple[list[str], list[Any]]:
    all_cells = [event_cells(e, timeline) for e in timeline.events]
    if layout is not None:
        header = list(layout["columns"])
        by_column = {c: f for f, c in layout["mapping"].items() if isinstance(c, str)}
        extras = {c: layout.get("extras", {}).get(c, c) for c in header if c not in by_column}
        mapped = set(by_column.values())
        parts = any(f in mapped for f in _PART_FIELDS) and "start" not in mapped
        # Fields with data that the sheet had no column for get standard columns at the end.
        for f in STANDARD[1:]:  # not "id": a sheet without ids gets the same ones again
            if (f not in mapped and f not in header and any(c.get(f) for c in all_cells)
                    and not (parts and f in ("start", "end"))):
                header.append(f)
                by_column[f] = f
    else:
        header, by_column, extras = list(STANDARD), {f: f for f in STANDARD}, {}
    known = set(extras.values())
    for event in timeline.events:  # extra fields not yet in a column
        for key, value in event.extra.items():
            if key not in known and key not in (EXTRA_KEY, "url") and _scalar(value):
                known.add(key)
                column = key if key not in header else f"{key} (extra)"
                header.append(column)
                extras[column] = key
    rows = []
    for event, cells in zip(timeline.events, all_cells, strict=True):
        rows.append([cells.get(by_column[c], "") if c in by_column
                     else _text(event.extra.get(extras.get(c, c), "")) for c in header])
    return header, rows


def _template_rows(timeline: Timeline, layout: Mapping[str, Any]) -> tuple[list[str], list[Any]]:
    """The TimelineJS template: a title row, one row per slide, era rows; cells as
    TimelineJS reads them (HTML text, media credit, group)."""
    from timeline_app.core.formats.timelinejs_out import event_slide, to_timelinejs

    header = list(layout["columns"])
    by_column = {c: f for f, c in layout["mapping"].items() if isinstance(c, str)}
    extras = {c: layout.get("extras", {}).get(c, c) for c in header if c not in by_column}
    doc, _ = to_timelinejs(timeline, app_data=False)

    def row(slide: dict[str, Any], kind: str, event: Event | None = None) -> list[str]:
        cells = _slide_cells(slide)
        cells["type"] = kind
        return [cells.get(by_column[c], "") if c in by_column else
                _text(event.extra.get(extras[c], "")) if event is not None else ""
                for c in header]

    rows = [row(doc["title"], "title")] if "title" in doc else []
    for event in timeline.events:
        slide = event_slide(event, timeline, app_data=False, lanes_by_source=False)
        if slide is not None:
            rows.append(row(slide, "", event))
    rows += [row(era, "era") for era in doc.get("eras", [])]
    return header, rows


def _slide_cells(slide: Mapping[str, Any]) -> dict[str, str]:
    def get(obj: Any, key: str) -> str:
        value = obj.get(key, "") if isinstance(obj, Mapping) else ""
        return value if isinstance(value, str) else _text(value)

    cells: dict[str, str] = {}
    for prefix, key in (("", "start_date"), ("end_", "end_date")):
        parts = slide.get(key)
        if isinstance(parts, Mapping):
            cells.update({prefix + k: get(parts, k) for k in ("year", "month", "day")})
            cells[prefix + "time"] = time_text({k: v for k, v in parts.items() if v != ""})
    start = slide.get("start_date")
    cells["display_date"] = get(slide, "display_date") or get(start, "display_date")
    text, media = slide.get("text"), slide.get("media")
    cells.update(title=get(text, "headline"), description=get(text, "text"),
                 url=get(media, "url"), sources=get(media, "credit"),
                 claim=get(media, "caption"), thumbnail=get(media, "thumbnail"),
                 tags=get(slide, "group"))
    background = slide.get("background")
    cells["background"] = get(background, "url") or get(background, "color")
    return cells


def event_cells(event: Event, timeline: Timeline) -> dict[str, str]:
    """Field -> cell text for one event (standard fields, claim text and date parts)."""
    names: list[str] = []
    urls: list[str] = []
    for claim in event.claims:
        name = timeline.source_name(claim.source)
        if name not in names:
            names.append(name)
            urls.append(claim.url)
    if not any(urls):
        url = event.extra.get("url", "")
        url = url if isinstance(url, str) else ""
    elif all(u == urls[0] for u in urls):
        url = urls[0]
    else:
        url = " ".join(u or "-" for u in urls)
    status = event.status_set
    if status is None and event.status is Status.DISPUTED:
        status = Status.DISPUTED
    cells = {
        "id": event.id,
        "start": event.start.text,
        "end": event.end.text if event.end is not None else "",
        "title": event.title,
        "description": event.description,
        "sources": "; ".join(names),
        "url": url,
        "claim": event.claims[0].text if event.claims else "",
        "tags": "; ".join(event.tags),
        "status": status.value if status is not None else "",
        "location": event.location,
    }
    for prefix, date in (("", event.start), ("end_", event.end)):
        parts = date_parts(date) if date is not None else None
        if parts:
            cells.update({prefix + k: parts[k] for k in ("year", "month", "day") if k in parts})
            cells[prefix + "time"] = time_text(parts)
    return cells


def time_text(parts: Mapping[str, str]) -> str:
    """TimelineJS time parts as the spreadsheet's Time cell: "14:30", "14:30:05.250"."""
    if "hour" not in parts:
        return ""
    text = f"{int(parts['hour'])}:{int(parts.get('minute', 0)):02d}"
    if "second" in parts:
        text += f":{int(parts['second']):02d}"
    if "millisecond" in parts:
        text += f".{int(parts['millisecond']):03d}"
    return text


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False)
