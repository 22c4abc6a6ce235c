"""Turning one event object from a file into an `Event`, leniently and fast.

Input is lenient (aliases such as `date` or `headline`, sources given by name); output is
canonical. Events already in canonical shape take a hand-written fast path; anything else,
and any event the fast path doubts, is checked by the pydantic schema, whose verdict and
messages win. A million canonical events therefore cost a few microseconds each, while a
messy file still gets pydantic's thorough checking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from timeline_app.core.formats import schema
from timeline_app.core.formats.fast_events import (
    CLAIM_KEYS,
    EVENT_KEYS,
    STANCES,
    STATUSES,
    fast_event,
)
from timeline_app.core.formats.ids import unique_slug
from timeline_app.core.formats.list_records import fill_gaps
from timeline_app.core.formats.nesting import CLAIM_FIELD, EVENT_FIELD, too_deep, too_deep_field
from timeline_app.core.formats.problems import (
    Problem,
    describe_pydantic_error,
    json_type,
    short,
    too_long,
)
from timeline_app.core.model.dates import DateError, EDate, parse_date, parse_interval
from timeline_app.core.model.timeline import NO_EXTRA, Claim, Event, Source, Stance
from timeline_app.core.text import tr

# Lenient names, most specific first. Only used when the canonical key is absent, so a
# file that has both keeps the alias untouched as an unknown field.
EVENT_ALIASES: dict[str, tuple[str, ...]] = {
    "start": ("date", "start_date", "when"),
    "end": ("end_date",),
    "title": ("headline", "label", "name", "content", "event"),
    "description": ("summary", "details"),
}
CLAIM_ALIASES: dict[str, tuple[str, ...]] = {"url": ("link",), "text": ("quote",)}
_MAX_SHORT = schema.MAX_SHORT


class SourceResolver:
    """Maps the source references in a file (ids or names) to registry ids."""

    def __init__(self, registry: dict[str, Source], create_for_claims: bool) -> None:
        self.registry = registry
        self.create_for_claims = create_for_claims
        # Folded names of the sources as they are now, made into a map only on the first
        # reference that is not an id: a native file's claims name ids, so its 100k sources
        # cost one list copy (in C) instead of 100k casefolds.
        self._at_start: list[Source] | None = list(registry.values())
        self._names: dict[str, str] = {}
        self._suffixes: dict[str, int] = {}  # see unique_slug

    @property
    def _by_name(self) -> dict[str, str]:
        if self._at_start is not None:
            sources, self._at_start = self._at_start, None
            self._names = {s.name.casefold(): s.id for s in sources}
        return self._names

    def resolve(self, ref: str, create: bool) -> str | None:
        if ref in self.registry:
            return ref
        found = self._by_name.get(ref.casefold())
        if found is not None or not create:
            return found
        source = Source(id=unique_slug(ref, self.registry, self._suffixes), name=ref)
        self.registry[source.id] = source
        self._by_name[ref.casefold()] = source.id
        return source.id


class EventReader:
    """Reads event objects one by one, collecting problems instead of stopping at the first."""

    def __init__(self, sources: SourceResolver, prefix: str) -> None:
        self.sources = sources
        self.prefix = prefix  # how messages name the list: "events[12]"
        self.problems: list[Problem] = []
        # Records of other tools (bare lists): titles, dates and link claims filled in, counted.
        self.gaps: Counter[str] | None = None
        self._raw: Any = None
        self._index = 0

    # -- places -----------------------------------------------------------------------
    def where(self, index: int, raw: Any, field: str = "") -> str:
        label = f"{self.prefix}[{index}]"
        if isinstance(raw, dict):
            bits = []
            ident = raw.get("id")
            if isinstance(ident, str | int) and not isinstance(ident, bool):
                bits.append(f'id "{short(str(ident))}"')
            title = raw.get("title")
            if not isinstance(title, str):
                title = next((raw[a] for a in EVENT_ALIASES["title"]
                              if isinstance(raw.get(a), str)), None)
            if isinstance(title, str):
                bits.append(f'"{short(title)}"')
            if bits:
                label += f" ({', '.join(bits)})"
        return f"{label}: {field}" if field else label

    def problem(self, field: str, message: str) -> None:
        self.problems.append(Problem(message, self.where(self._index, self._raw, field)))

    # -- reading ----------------------------------------------------------------------
    def read(self, index: int, raw: Any) -> Event | None:
        self._index, self._raw = index, raw
        if not isinstance(raw, dict):
            self.problems.append(Problem(tr("expected an event object, got {value}").format(
                value=json_type(raw)), self.where(index, raw)))
            return None
        event = fast_event(raw, self.sources.registry)
        if event is not None:
            return event
        return self._read_lenient(raw)

    def _read_lenient(self, raw: dict[str, Any]) -> Event | None:
        canon: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in raw.items():
            (canon if key in EVENT_KEYS else extra)[key] = value
        for target, aliases in EVENT_ALIASES.items():
            if target not in canon:
                for alias in aliases:
                    if alias in extra:
                        canon[target] = extra.pop(alias)
                        break
        if self.gaps is not None:
            fill_gaps(canon, extra, self.gaps)
        if "id" in canon and canon["id"] is None:
            del canon["id"]
        elif isinstance(canon.get("id"), int) and not isinstance(canon["id"], bool):
            canon["id"] = str(canon["id"])
        if isinstance(canon.get("tags"), str):
            canon["tags"] = [canon["tags"]]
        if isinstance(canon.get("status"), str):
            canon["status"] = canon["status"].strip().lower()
        names = self._source_names(extra)
        if names is None:
            return None
        claim_extras: list[dict[str, Any]] = []
        claims = canon.get("claims")
        if isinstance(claims, list):
            canon["claims"] = [self._split_claim(c, claim_extras) for c in claims]
        try:
            checked = schema.EVENT.validate_python(canon)
        except ValidationError as err:
            seen = set()
            for e in err.errors(include_url=False):
                path = _field_path(e["loc"])
                if path not in seen:  # a union reports each branch; one message a place
                    seen.add(path)
                    if e["loc"][-1] == "int" and e["type"] == "int_type":  # int | float: say
                        e = {**e, "type": "float_type"}  # "a number", not "a whole number"
                    self.problem(path, describe_pydantic_error(e))
            return None
        url = None
        if names:
            for key in ("url", "link"):
                if isinstance(extra.get(key), str):
                    url = extra.pop(key)
                    if len(url) > _MAX_SHORT:  # it becomes each claim's url, which has a limit
                        self.problem(key, too_long(len(url), _MAX_SHORT))
                        return None
                    break
        return self._build(checked, extra, names, claim_extras, url)

    def _source_names(self, extra: dict[str, Any]) -> list[str] | None:
        names: list[str] = []
        seen: set[str] = set()  # folded names, so a long list stays linear
        for key in ("source", "sources"):
            if key not in extra:
                continue
            value = extra.pop(key)
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, str):
                    name = item.strip()
                    if len(name) > _MAX_SHORT:  # it becomes a source's name, which has a limit
                        self.problem(key, too_long(len(name), _MAX_SHORT))
                        return None
                    if name and name.casefold() not in seen:
                        seen.add(name.casefold())
                        names.append(name)
                elif item is not None:
                    self.problem(key, tr("expected a source name or a list of names, got {value}")
                                 .format(value=json_type(item)))
                    return None
        return names

    @staticmethod
    def _split_claim(raw: Any, extras: list[dict[str, Any]]) -> Any:
        if not isinstance(raw, dict):
            extras.append({})
            return raw
        canon: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in raw.items():
            (canon if key in CLAIM_KEYS else extra)[key] = value
        for target, aliases in CLAIM_ALIASES.items():
            if target not in canon:
                for alias in aliases:
                    if alias in extra:
                        canon[target] = extra.pop(alias)
                        break
        extras.append(extra)
        return canon

    # -- building ---------------------------------------------------------------------
    def _date(self, field: str, text: str) -> EDate | None:
        try:
            return parse_date(text)
        except DateError as err:
            self.problem(field, str(err))
            return None

    def _build(
        self,
        d: Mapping[str, Any],
        extra: dict[str, Any],
        names: tuple[str, ...] | list[str],
        claim_extras: tuple[()] | list[dict[str, Any]],
        url: str | None = None,
    ) -> Event | None:
        before = len(self.problems)
        start_text = d["start"]
        end: EDate | None = None
        start: EDate | None
        if "/" in start_text and d.get("end") is None:
            try:
                start, end = parse_interval(start_text)
            except DateError as err:
                self.problem("start", str(err))
                start = None
        else:
            start = self._date("start", start_text)
            end_text = d.get("end")
            if end_text is not None:
                end = self._date("end", end_text)
        if start is not None and end is not None and end.latest <= start.earliest:
            self.problem("end", tr("{end} is before the start {start}").format(
                end=end.text, start=start.text))
        deep = too_deep_field(extra, EVENT_FIELD) if extra else None
        if deep is not None:  # kept as is, it could never be saved
            self.problem(deep, too_deep())
        claims: list[Claim] = []
        for i, c in enumerate(d.get("claims") or ()):
            claim = self._claim(i, c, claim_extras[i] if claim_extras else NO_EXTRA)
            if claim is not None:
                claims.append(claim)
        for name in names:
            sid = self.sources.resolve(name, create=True)
            claims.append(Claim(source=sid or name, url=url or ""))
        if len(self.problems) > before or start is None:
            return None
        status = d.get("status")
        ident = d.get("id")
        return Event(
            id=ident if ident else "",
            title=d["title"],
            start=start,
            end=end,
            description=d.get("description", ""),
            tags=tuple(d.get("tags") or ()),
            location=d.get("location", ""),
            status=STATUSES[status] if status else None,
            claims=claims,
            extra=extra,
        )

    def _claim(self, i: int, c: dict[str, Any], extra: Mapping[str, Any]) -> Claim | None:
        if not c["source"].strip():  # would become a nameless source in a bare list
            self.problem(f"claims[{i}].source",
                         tr("blank (the id or name of a source is needed)"))
            return None
        sid = self.sources.resolve(c["source"], create=self.sources.create_for_claims)
        if sid is None:
            self.problem(f"claims[{i}].source", tr(
                'unknown source "{source}" (not in the document\'s sources)').format(
                    source=short(c["source"])))
            return None
        deep = too_deep_field(extra, CLAIM_FIELD) if extra else None
        if deep is not None:
            self.problem(f"claims[{i}].{deep}", too_deep())
            return None
        published = c.get("published")
        pub = self._date(f"claims[{i}].published", published) if published is not None else None
        if published is not None and pub is None:
            return None
        stance = c.get("stance")
        return Claim(
            source=sid,
            text=c.get("text", ""),
            value=c.get("value"),
            unit=c.get("unit", ""),
            stance=STANCES[stance] if stance else Stance.AFFIRMS,
            url=c.get("url", ""),
            published=pub,
            extra=extra,
            credibility=c.get("credibility"),
        )


def _field_path(loc: tuple[Any, ...]) -> str:
    """('claims', 0, 'value', 'float') -> 'claims[0].value' (union branch tags dropped)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in EVENT_KEYS or part in CLAIM_KEYS:
            out += f".{part}" if out else part
        # anything else names a union branch ("int", "float", …): not a place in the file
    return out
