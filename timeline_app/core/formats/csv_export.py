"""Writing a timeline as CSV: one row per event, for spreadsheets.

A document imported from CSV is written with its own columns, in its own order, with its own
delimiter, so CSV -> app -> CSV keeps the sheet's shape; the TimelineJS template comes back
as the template. Other documents get the standard columns, which the importer reads back:

    id, start, end, title, description, sources, url, tags, status, location, claim, claim_date

followed by one column per extra field. Each claim names its source in `sources` ("; "
between them, a source named twice for two claims), its link in `url` (in the same order,
separated by spaces, "-" for none), its quote in `claim` and its date in `claim_date` (";"
between them: the parallel lists the importer reads). An event without a date has an empty
start. A CSV row cannot hold a claim's figure or stance, nor eras or the sources registry's
details: the export says so, and those stay in the native format.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from timeline_app.core.formats.csv_cells import event_cells, time_text
from timeline_app.core.formats.csv_formula import MARKER, escape_rows
from timeline_app.core.formats.csv_import import LAYOUT_KEY, is_template
from timeline_app.core.formats.html_safe import SANITISED
from timeline_app.core.formats.timelinejs_out import event_slide, to_timelinejs
from timeline_app.core.formats.timelinejs_slides import EXTRA_KEY
from timeline_app.core.model.timeline import Claim, Event, Stance, Timeline
from timeline_app.core.text import tr

STANDARD = ("id", "start", "end", "title", "description", "sources", "url", "tags", "status",
            "location", "claim", "claim_date")
_PART_FIELDS = ("year", "month", "day", "time")


def to_csv(timeline: Timeline, raw: bool = False) -> tuple[bytes, list[str]]:
    """CSV bytes (UTF-8; with a byte order mark unless the imported file had none) and
    warnings about what the format could not hold. Cells a spreadsheet would run as formulas
    get a leading ' (see csv_formula) unless `raw`."""
    layout = timeline.extra.get(LAYOUT_KEY)
    layout = layout if _valid(layout) else None
    warnings: list[str] = []
    if layout is not None and is_template(layout["columns"]):
        header, rows = _template_rows(timeline, layout, warnings)
    else:
        header, rows = _rows(timeline, layout)
    if not raw:
        (header, *rows), escaped = escape_rows([header, *rows])
        if escaped:
            header.append(MARKER)
            warnings.append(tr(
                "1 cell starting with = + - @ tab or CR got a leading ' so that a spreadsheet "
                "does not run it as a formula (Timeline App removes it when it reads the file "
                "back; --raw writes cells as they are)") if escaped == 1 else tr(
                "%Ln cells starting with = + - @ tab or CR got a leading ' so that a "
                "spreadsheet does not run them as a formula (Timeline App removes it when it "
                "reads the file back; --raw writes cells as they are)", "", escaped))
    out = io.StringIO(newline="")
    delimiter = layout.get("delimiter", ",") if layout else ","
    newline = "\n" if layout and layout.get("newline") == "\n" else "\r\n"
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    bom = layout.get("bom", False) if layout else True
    lost = sum(1 for e in timeline.events if _lossy(e.claims))
    if lost:
        warnings.append(tr("%Ln event(s): claims have figures, stances, or quotes with a "
                           "semicolon, that a CSV row cannot hold (kept: sources, links, quotes, "
                           "dates)", "", lost))
    template = bool(layout and is_template(layout["columns"]))
    media = sum(1 for e in timeline.events if isinstance(e.extra.get("media"), dict))
    if media and not template:
        warnings.append(tr("%Ln event(s): media (picture or video link, caption, credit) not "
                           "written; the TimelineJS template and the native format keep it",
                           "", media))
    split = sorted({timeline.source_name(c.source) for e in timeline.events for c in e.claims
                    if any(sep in timeline.source_name(c.source) for sep in ";|")})
    if split:
        names = ", ".join(split[:3]) + (", …" if len(split) > 3 else "")
        warnings.append((tr("1 source name holds ; or |, which a CSV cell puts between names, "
                            "so it reads back as several sources: {names}") if len(split) == 1
                         else tr("%Ln source names hold ; or |, which a CSV cell puts between "
                                 "names, so they read back as several sources: {names}", "",
                                 len(split))).format(names=names))
    eras = timeline.extra.get("eras")
    if isinstance(eras, list) and eras and not template:
        warnings.append(tr("1 era is not written (a CSV row is an event); they stay in the "
                           "native format") if len(eras) == 1 else
                        tr("%Ln eras are not written (a CSV row is an event); they stay in the "
                           "native format", "", len(eras)))
    return (("\ufeff" if bom else "") + out.getvalue()).encode(), warnings


def _lossy(claims: list[Claim]) -> bool:
    texts = [c.text for c in claims if c.extra.get(EXTRA_KEY) not in ("link", "media")]
    if len([t for t in texts if t]) > 1 and any(";" in t for t in texts):
        return True  # parallel quotes are separated by ";"
    return any(c.value is not None or c.stance is Stance.DENIES for c in claims
               if c.extra.get(EXTRA_KEY) not in ("link", "media"))


def _valid(layout: Any) -> bool:
    return (isinstance(layout, dict) and isinstance(layout.get("columns"), list)
            and all(isinstance(c, str) for c in layout["columns"])
            and isinstance(layout.get("mapping"), dict))


def _rows(timeline: Timeline, layout: Mapping[str, Any] | None) -> tuple[list[str], list[Any]]:
    all_cells = [event_cells(e, timeline) for e in timeline.events]
    kept = layout.get("cells") if layout is not None else None
    if isinstance(kept, dict):
        for event, cells in zip(timeline.events, all_cells, strict=True):
            _as_read(cells, kept.get(event.id))
    if layout is not None:
        header = list(layout["columns"])
        by_column = {c: f for f, c in layout["mapping"].items() if isinstance(c, str)}
        extras = {c: layout.get("extras", {}).get(c, c) for c in header if c not in by_column}
        mapped = set(by_column.values())
        parts = any(f in mapped for f in _PART_FIELDS) and "start" not in mapped
        # Fields with data that the sheet had no column for get standard columns at the end.
        graded: tuple[str, ...] = ("reliability", "credibility") if "grade" not in mapped \
            else ()
        for f in (*STANDARD[1:], *graded):  # not "id": a sheet without ids gets the same again
            if (f not in mapped and f not in header and any(c.get(f) for c in all_cells)
                    and not (parts and f in ("start", "end"))):
                header.append(f)
                by_column[f] = f
    else:
        # Grade columns only for a document that grades something: most sheets have none.
        graded = tuple(f for f in ("reliability", "credibility")
                       if any(c.get(f) for c in all_cells))
        header = [*STANDARD, *graded]
        by_column, extras = {f: f for f in header}, {}
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


def _as_read(cells: dict[str, str], kept: Any) -> None:
    """An event not edited since it was imported gets its row's own cells back (a compact
    date, a precision code, links as written); nothing made from other cells is added."""
    if not isinstance(kept, dict) or not all(
            isinstance(v, list) and len(v) == 2 for v in kept.values()):
        return
    if any(made is not None and cells.get(f, "") != made for f, (_, made) in kept.items()):
        return  # edited since: the event as it is now
    for f, (cell, _) in kept.items():
        cells[f] = cell if isinstance(cell, str) else ""


def _template_rows(timeline: Timeline, layout: Mapping[str, Any],
                   warnings: list[str]) -> tuple[list[str], list[Any]]:
    """The TimelineJS template: a title row, one row per slide, era rows; cells as
    TimelineJS reads them (HTML text, media credit, group), sanitised as the TimelineJS
    export is (what was removed is added to `warnings`)."""

    header = list(layout["columns"])
    by_column = {c: f for f, c in layout["mapping"].items() if isinstance(c, str)}
    extras = {c: layout.get("extras", {}).get(c, c) for c in header if c not in by_column}
    doc, notes = to_timelinejs(timeline, app_data=False)
    warnings.extend(n for n in notes if n.startswith(SANITISED))

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


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False)
