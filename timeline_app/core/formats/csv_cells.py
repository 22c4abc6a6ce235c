"""One event as the cells of a CSV row: what the exporter writes and what the importer
compares with the cells it read, so a sheet comes back as it was (see `csv_export`)."""

from __future__ import annotations

from collections.abc import Mapping

from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.formats.problems import short
from timeline_app.core.formats.timelinejs_dates import date_parts
from timeline_app.core.model.grades import grade_text
from timeline_app.core.model.timeline import Event, Source, Status, Timeline


def derived_title(description: str) -> str:
    """The title of a row without one: the first line of its description."""
    first = description.strip("\n ").split("\n", 1)[0]
    return short(first, 80) if first else "Untitled"


def event_cells(event: Event, timeline: Timeline | Mapping[str, Source],
                parts: bool = True) -> dict[str, str]:
    """Field -> cell text for one event (standard fields, claim quotes and dates, and date
    parts unless `parts` is false). `timeline` may be a bare source registry (the importer
    asks while reading)."""
    registry = timeline.sources if isinstance(timeline, Timeline) else timeline
    names = [registry[c.source].name if c.source in registry else c.source
             for c in event.claims]  # a name twice is two claims
    urls = [c.url for c in event.claims]
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
    texts = [c.text for c in event.claims]
    dates = [c.published.text if c.published is not None else "" for c in event.claims]
    cells = {
        "id": event.id,
        "start": "" if is_undated(event) else event.start.text,
        "end": event.end.text if event.end is not None else "",
        "title": event.title,
        "description": event.description,
        "sources": "; ".join(names),
        "url": url,
        "claim": parallel_cell(texts),
        "claim_date": parallel_cell(dates, spread=True),
        "tags": "; ".join(event.tags),
        "status": status.value if status is not None else "",
        "location": event.location,
    }
    cells.update(grade_cells(event, registry))
    for prefix, date in (("", event.start), ("end_", event.end)) if parts else ():
        found = date_parts(date) if date is not None else None
        if found:
            cells.update({prefix + k: found[k] for k in ("year", "month", "day") if k in found})
            cells[prefix + "time"] = time_text(found)
    return cells


def grade_cells(event: Event, registry: Mapping[str, Source]) -> dict[str, str]:
    """The grade cells the exporter writes for an event (see `csv_cells.event_cells`)."""
    rel = [registry[c.source].reliability or "" if c.source in registry else ""
           for c in event.claims]
    cred = [str(c.credibility) if c.credibility is not None else "" for c in event.claims]
    return {"reliability": parallel_cell(rel, spread=True),
            "credibility": parallel_cell(cred, spread=True),
            "grade": parallel_cell([grade_text(r or None, int(c) if c else None)
                                    for r, c in zip(rel, cred, strict=True)], spread=True)}


def parallel_cell(items: list[str], spread: bool = False) -> str:
    """Claim quotes or dates as the importer reads them back: a quote of the first claim
    alone, or a date shared by all, as one item; else one item per claim, "; " between."""
    if not any(items):
        return ""
    if len(set(items)) == 1 if spread else not any(items[1:]):
        return items[0]
    return "; ".join(items)


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


