"""JSON lists of records written by other tools: what they leave out, and where they hide.

A bare list of objects is read as events (see `loading`). Such lists are often not quite
events: vis-timeline items have `content` and no title field, `wk2014.json` has only a
`description`, Wikidata lists carry an `article` link and no source, some have no date at
all. `fill_gaps` gives such a record what an event needs, and counts what it did so the
loader can say so. `find_records` finds the list in a wrapper object one or two levels
down (`{"timeBins": [{"year": 2014, "data": [...]}]}`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from timeline_app.core.formats.date_hints import compact_date, midnight_note, midnight_to_days
from timeline_app.core.formats.problems import LoadError, Problem, json_type, short
from timeline_app.core.formats.sources_from_urls import link_claim
from timeline_app.core.model.timeline import Event
from timeline_app.core.text import tr

# Fields holding the link or citation a record comes from (the first present is used).
LINK_FIELDS = ("url", "link", "source_url", "sourceurl", "sourceURL", "SOURCEURL", "article",
               "href", "citation", "reference")
_TEXT_FIELDS = ("description", "summary", "details", "text", "notes", "note")
_MIN_RECORDS = 1
_EVENT_FIELDS = frozenset((
    "title", "headline", "label", "name", "content", "event", "start", "date", "start_date",
    "when", "year", "end", "description", "summary", "details", "text", "claims", "source",
    "sources"))


def fill_gaps(canon: dict[str, Any], extra: dict[str, Any], counts: Counter[str]) -> None:
    """Give a lenient record a title (from its text), a date (none: undated) and a claim for
    its link, as `canon` fields; `counts` gets one per kind of gap filled."""
    label = next((k for k, v in extra.items() if k.endswith("Label") and isinstance(v, str)
                  and v.strip()), None)  # Wikidata's query results: itemLabel, eventLabel
    if "title" not in canon and label is not None:
        canon["title"] = " ".join(extra.pop(label).split())
    elif "title" not in canon:
        text = next((v for k in _TEXT_FIELDS for v in (canon.get(k), extra.get(k))
                     if isinstance(v, str) and v.strip()), "")
        first = text.strip().split("\n", 1)[0]
        canon["title"] = short(" ".join(first.split()), 80) if first else "Untitled"
        counts["title"] += 1
    year = extra.get("year")
    if "start" not in canon and isinstance(year, int | str) and not isinstance(year, bool) \
            and str(year).strip().lstrip("-").isdigit():
        canon["start"] = _year(int(year))  # a bin's or a record's year
    elif "start" not in canon:
        canon["start"] = ".."
        counts["undated"] += 1
    for key in ("start", "end"):  # GDELT's 20170701, Wikidata's +1950-06-25T00:00:00Z
        if isinstance(canon.get(key), str):
            canon[key] = compact_date(canon[key])
    if "source" in extra or "sources" in extra:
        return  # the link is the named sources' (see EventReader)
    for key in LINK_FIELDS:
        value = extra.get(key)
        if isinstance(value, str) and value.strip():
            source, url = link_claim(value)
            claim: dict[str, Any] = {"source": source}
            if url:
                claim["url"] = url
            claims = canon.get("claims")
            canon["claims"] = [*claims, claim] if isinstance(claims, list) else [claim]
            del extra[key]
            counts["link"] += 1
            break


def _year(year: int) -> str:
    if -9999 <= year <= 9999:
        return f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    return f"Y{year}"


def gap_notes(counts: Counter[str], events: list[Event]) -> list[str]:
    """The notes for what `fill_gaps` did; and midnight-UTC dates are read as days."""
    notes = []
    days = midnight_to_days(events)
    if days:
        notes.append(midnight_note(days))
    if n := counts["title"]:
        notes.append(tr('1 record has no title: titled from the description (or "Untitled")')
                     if n == 1 else tr('%Ln records have no title: titled from the description '
                                       '(or "Untitled")', "", n))
    if n := counts["undated"]:
        notes.append(tr("1 record has no date: kept as undated events") if n == 1 else
                     tr("%Ln records have no date: kept as undated events", "", n))
    if n := counts["link"]:
        notes.append(tr("%Ln link(s) or citations read as claims (sources named from the links)",
                        "", n))
    return notes


def event_like(records: list[Any]) -> bool:
    """True when some record has a field an event is read from (a date, title or text):
    a list of anything else is not a list of events, whatever its length."""
    for record in records[:1000]:
        if isinstance(record, dict) and any(
                str(k).lower() in _EVENT_FIELDS or str(k).endswith("Label") for k in record):
            return True
    return not records or not all(isinstance(r, dict) for r in records[:1000])


def find_records(value: Any) -> tuple[str, list[Any]] | None:
    """("timeBins[].data", records) for the first list of objects one or two levels down in
    an object; the fields of a level-one item (a bin's `year`) are given to its records that
    lack them. None when there is no such list."""
    if not isinstance(value, dict):
        return None
    for key, inner in value.items():
        if _records(inner):
            for sub, nested in inner[0].items():
                if _records(nested) and all(_records(i.get(sub)) or sub not in i
                                            for i in inner[:50]):
                    out: list[Any] = []
                    for item in inner:
                        shared = {k: v for k, v in item.items() if k != sub
                                  and isinstance(v, str | int | float)}
                        out.extend({**shared, **r} if isinstance(r, dict) else r
                                   for r in item.get(sub) or [])
                    return f"{key}[].{sub}", out
            return str(key), inner
        if isinstance(inner, dict):
            for sub, deeper in inner.items():
                if _records(deeper):
                    return f"{key}.{sub}", deeper
    return None


def _records(value: Any) -> bool:
    return (isinstance(value, list) and len(value) >= _MIN_RECORDS
            and all(isinstance(i, dict) for i in value[:50]))


def refuse_non_events(records: list[Any], where: str, name: str) -> None:
    """LoadError when no record has a field an event could be read from."""
    if event_like(records):
        return
    fields = ", ".join(f'"{short(str(k), 30)}"' for k in list(records[0])[:6])
    message = (tr("found %Ln records at {where}, but none has a date, title or text to make an "
                  "event from (fields: {fields})", "", len(records)) if where else
               tr("a list of %Ln records, but none has a date, title or text to make an event "
                  "from (fields: {fields})", "", len(records)))
    raise LoadError(name, [Problem(message.format(where=where, fields=fields))])


def what_json(value: Any) -> str:
    """What a JSON value that is not a timeline looks like, for the message."""
    if not isinstance(value, dict):
        return json_type(value)
    if value.get("type") in ("FeatureCollection", "Feature"):
        return tr("a GeoJSON file (map features, not events)")
    if not value:
        return tr("an empty object")
    keys = ", ".join(f'"{short(str(k), 30)}"' for k in list(value)[:6])
    more = ", …" if len(value) > 6 else ""
    return tr("an object with keys {keys} and no list of records in it").format(
        keys=keys + more)
