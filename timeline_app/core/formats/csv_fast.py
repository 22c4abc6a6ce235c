"""The common CSV row read straight into an Event, and its cells compared field by field.

A table of a few hundred thousand rows spent most of its load turning each row into a
lenient event dict and reading that back (`RowReader._event` -> `EventReader`), then writing
every cell out again to see which the exporter would not make the same (`RowReader._keep`).
Most rows are plain: a date the parser takes, source names that are not links, no link
cells, a known status. `PlainRows` builds those directly, with the same Event, sources and
counts; any doubt returns None and the general path decides, with its messages. A property
test (tests/core/test_csv_fast.py) holds the two paths equal.

`CELL_MAKERS` are `csv_cells.event_cells` one field at a time, so the import compares only
the columns it mapped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any

from timeline_app.core.formats.csv_cells import derived_title, grade_cells, parallel_cell
from timeline_app.core.formats.csv_claims import split_names
from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.formats.events_in import SourceResolver
from timeline_app.core.formats.schema import MAX_SHORT, MAX_TEXT
from timeline_app.core.formats.sources_from_urls import is_link
from timeline_app.core.model.dates import DateError, EDate, parse_date
from timeline_app.core.model.timeline import NO_EXTRA, Claim, Event, Source, Stance, Status

# Mapped fields a plain row may have; any other (date parts, precision codes, TimelineJS
# template columns …) sends every row the general way.
PLAIN_FIELDS = frozenset({"id", "start", "end", "title", "description", "sources", "url",
                          "source_url", "claim", "claim_date", "tags", "status", "location"})
_STATUSES = {s.value: s for s in Status}
_DATE_MAX = 200  # as events_in: longer date text goes the general way
_AFFIRMS = Stance.AFFIRMS
_OPEN = parse_date("..")
_LINK_FIRST = frozenset("hH/wW")  # the first letter of anything `is_link` takes
_READ_ORDER = ("id", "start", "end", "title", "description", "sources", "url", "source_url",
               "claim", "claim_date", "tags", "status", "location")  # as `read` unpacks them
_CACHED = 1 << 16  # distinct date and source cells remembered


class PlainRows:
    """Builds plain rows into events for one mapping; see the module docstring."""

    def __init__(self, mapping: Mapping[str, str], resolver: SourceResolver,
                 lenient_date: Callable[[str], str]) -> None:
        self.resolver = resolver
        self.lenient_date = lenient_date
        self.has_end = "end" in mapping
        self.has_links = "url" in mapping or "source_url" in mapping
        self.derive_title = "title" not in mapping  # made from the description
        # The cells of `read`'s fields from the mapped cells and a blank for the unmapped.
        order = list(mapping)
        blank = len(order)
        self._unpack = itemgetter(*[order.index(f) if f in mapping else blank
                                    for f in _READ_ORDER])
        self.undated = 0  # rows read here without a date (kept as undated events)
        # Tables repeat their dates and source cells: each is read once. Only cells read
        # without doubt are kept, and a source cell only once its sources exist.
        self._dates: dict[str, EDate] = {}
        self._sources: dict[str, tuple[list[str], str]] = {}  # cell -> (ids, cell written)

    def _date(self, cell: str) -> EDate | None:
        """A date cell's date (never blank), or None when the general path must read it."""
        text = _date_text(cell, self.lenient_date)
        if len(text) > _DATE_MAX or "/" in text:
            return None
        try:
            date = parse_date(text)
        except DateError:
            return None
        if len(self._dates) < _CACHED:
            self._dates[cell] = date
        return date

    def read(self, picked: tuple[str, ...], extra: dict[str, Any]
             ) -> tuple[Event, dict[str, list[str | None]]] | None:
        """The row's event and the cells the exporter would not write as they are (see
        `RowReader._keep`), or None to let the general path read the row. `picked` are the
        cells of the mapped fields, in the mapping's order."""
        (id_cell, start_cell, end_cell, title_cell, description_cell, sources_cell, url_cell,
         source_url, claim_cell, date_cell, tags_cell, status_cell, location_cell
         ) = self._unpack((*picked, ""))
        if self.has_links and (url_cell.strip() or source_url.strip()):
            return None  # links name or date sources in ways the general path knows
        dates = self._dates
        undated = False
        first = dates.get(start_cell)
        if first is None:
            if start_cell.strip():
                first = self._date(start_cell)
                if first is None:
                    return None
            else:
                first, undated = _OPEN, True
        last = None
        if end_cell:
            last = dates.get(end_cell)
            if last is None and end_cell.strip():
                last = self._date(end_cell)
                if last is None:
                    return None
            if last is not None and last.latest <= first.earliest:
                return None
        title = " ".join(title_cell.split()) if title_cell else ""
        description = description_cell.strip("\n ") if description_cell.strip() else ""
        ident = id_cell.strip() if id_cell else ""
        location = location_cell.strip() if location_cell else ""
        if (len(title) > MAX_SHORT or len(description) > MAX_TEXT or len(ident) > MAX_SHORT
                or len(location) > MAX_SHORT):
            return None
        status: Status | None = None
        if status_cell and status_cell.strip():
            status = _STATUSES.get(status_cell.strip().lower())
            if status is None:
                return None
        tags: tuple[str, ...] = ()
        if tags_cell:
            tags = tuple(dict.fromkeys(_split(tags_cell)))
            for tag in tags:
                if len(tag) > MAX_SHORT:
                    return None
        known = self._sources.get(sources_cell) if sources_cell else None
        if known is not None:
            sids, sources_made = known
            names = sids  # only their number matters below
        else:
            names = _split(sources_cell) if sources_cell else []
            for name in names:
                if len(name) > MAX_SHORT or (name[0] in _LINK_FIRST and is_link(name)):
                    return None
        n = len(names)
        if n == 1:  # the common row: one source, its quote and date (see `_spread`)
            texts, items = [claim_cell.strip()], [date_cell.strip()]
        else:
            texts = _spread(n, claim_cell, False) if claim_cell and n else [""] * n
            items = _spread(n, date_cell, True) if date_cell and n else []
        published: list[EDate | None] = [None] * n
        if date_cell and n:
            for i, date_item in enumerate(items):
                if date_item:
                    date = dates.get(date_item) or self._date(date_item)
                    if date is None:
                        return None
                    published[i] = date
        if claim_cell and n:
            for text in texts:
                if len(text) > MAX_TEXT:
                    return None
        # Nothing below can fail: only now may new sources be made.
        if known is None and names:
            resolve = self.resolver.resolve
            registry = self.resolver.registry
            sids = [resolve(name, create=True) or name for name in names]
            sources_made = "; ".join([registry[sid].name for sid in sids])
            if len(self._sources) < _CACHED:
                self._sources[sources_cell] = (sids, sources_made)
        if n == 1:
            claims = [Claim(sids[0], texts[0], None, "", _AFFIRMS, "", published[0], NO_EXTRA)]
        elif n:
            claims = [Claim(sid, text, None, "", _AFFIRMS, "", pub, NO_EXTRA)
                      for sid, text, pub in zip(sids, texts, published, strict=True)]
        else:
            claims = []
        if undated:
            self.undated += 1
        if not title:
            title = derived_title(description)
        event = Event(ident, title, first, last, description, tags, location, status, claims,
                      extra or NO_EXTRA)
        # The cells the exporter would write otherwise. An unmapped field reads as "" and is
        # written as "" (a row without sources has no claims; url is blank here, and a plain
        # row's extra never holds "url"), so it never differs.
        diff: dict[str, list[str | None]] = {}
        if id_cell != ident:
            diff["id"] = [id_cell, ident]
        made = "" if first.is_open and (last is None or last.is_open) else first.text
        if start_cell != made:
            diff["start"] = [start_cell, made]
        if end_cell != (made := last.text if last is not None else ""):
            diff["end"] = [end_cell, made]
        if self.derive_title:
            diff["title"] = [None, title]
        elif title_cell != title:
            diff["title"] = [title_cell, title]
        if description_cell != description:
            diff["description"] = [description_cell, description]
        if location_cell != location:
            diff["location"] = [location_cell, location]
        # A status is never derived disputed here: every claim affirms, without figures.
        if status_cell != (made := status.value if status is not None else ""):
            diff["status"] = [status_cell, made]
        if tags_cell and tags_cell != (made := "; ".join(tags)):
            diff["tags"] = [tags_cell, made]
        if url_cell:
            diff["url"] = [url_cell, ""]
        if n:
            if sources_cell != sources_made:
                diff["sources"] = [sources_cell, sources_made]
            if claim_cell and claim_cell != (made := parallel_cell(texts)):
                diff["claim"] = [claim_cell, made]
            if date_cell and date_cell != (made := parallel_cell(
                    [p.text if p is not None else "" for p in published], spread=True)):
                diff["claim_date"] = [date_cell, made]
        else:  # no claims: nothing to write, whatever blank cells held
            for f, cell in (("sources", sources_cell), ("claim", claim_cell),
                            ("claim_date", date_cell)):
                if cell:
                    diff[f] = [cell, ""]
        if source_url:
            diff["source_url"] = [source_url, None]  # blank but for spaces
        return event, diff


def _date_text(cell: str, lenient_date: Callable[[str], str]) -> str:
    """`lenient_date`, skipped for text that is plainly none of its spreadsheet habits."""
    s = cell.strip()
    if not s or ("/" not in s and " " not in s and s[0] != "+" and not s.isdigit()):
        return s
    return lenient_date(cell)


def _split(cell: str) -> list[str]:
    """`split_names`, quicker for the common cell of one name."""
    if ";" in cell or "|" in cell:
        return split_names(cell)
    name = " ".join(cell.split())
    return [name] if name else []


def _spread(n: int, cell: str, every: bool) -> list[str]:
    """The claim quotes (or dates) of a row's n claims, as `csv_claims._spread` gives them."""
    out = [""] * n
    cell = cell.strip()
    if not cell or not n:
        return out
    items = [p.strip() for p in cell.split(";")]
    if n > 1 and len(items) == n:
        return items
    if every:
        return [cell] * n
    out[0] = cell
    return out


def _names(e: Event, registry: Mapping[str, Source]) -> str:
    return "; ".join([registry[c.source].name if c.source in registry else c.source
                      for c in e.claims])


def _url(e: Event, registry: Mapping[str, Source]) -> str:
    urls = [c.url for c in e.claims]
    if not any(urls):
        url = e.extra.get("url", "")
        return url if isinstance(url, str) else ""
    if all(u == urls[0] for u in urls):
        return urls[0]
    return " ".join(u or "-" for u in urls)


def _status(e: Event, registry: Mapping[str, Source]) -> str:
    status = e.status_set
    if status is None and e.status is Status.DISPUTED:
        status = Status.DISPUTED
    return status.value if status is not None else ""


def _start(e: Event, registry: Mapping[str, Source]) -> str:
    return "" if is_undated(e) else e.start.text


# field -> the cell the exporter writes for it (without date parts): `event_cells`, one by one
CELL_MAKERS: dict[str, Callable[[Event, Mapping[str, Source]], str]] = {
    "id": lambda e, r: e.id,
    "start": _start,
    "end": lambda e, r: e.end.text if e.end is not None else "",
    "title": lambda e, r: e.title,
    "description": lambda e, r: e.description,
    "sources": _names,
    "url": _url,
    "claim": lambda e, r: parallel_cell([c.text for c in e.claims]),
    "claim_date": lambda e, r: parallel_cell(
        [c.published.text if c.published is not None else "" for c in e.claims], spread=True),
    "tags": lambda e, r: "; ".join(e.tags),
    "status": _status,
    "location": lambda e, r: e.location,
    "reliability": lambda e, r: grade_cells(e, r)["reliability"],
    "credibility": lambda e, r: grade_cells(e, r)["credibility"],
    "grade": lambda e, r: grade_cells(e, r)["grade"],
}
