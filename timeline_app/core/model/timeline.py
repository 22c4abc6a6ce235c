"""The in-memory document: sources, events and the claims that tie them together.

These are plain slotted classes rather than pydantic models: a document may hold a million
events, and a pydantic instance costs about four times the time and memory of a slotted
object. The file format itself is described and validated by pydantic (see `schema`); the
loader turns validated input into these objects, and `saving` turns them back into JSON.

Every object keeps `extra`: the keys this version does not know, in their original order,
written back unchanged so files from other tools and later versions survive a round trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from timeline_app.core.model.dates import EDate

# Shared by every object without unknown fields: a million events need no million empty dicts.
# Code that adds unknown fields assigns a new dict rather than mutating this.
NO_EXTRA: Mapping[str, Any] = MappingProxyType({})


class Status(StrEnum):
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    DENIED = "denied"


class Stance(StrEnum):
    AFFIRMS = "affirms"
    DENIES = "denies"


class Source:
    """Who says something: an outlet, agency, government or person."""

    __slots__ = ("color", "country", "extra", "id", "kind", "name", "notes", "reliability", "url")

    def __init__(
        self,
        id: str,
        name: str,
        kind: str = "",
        country: str = "",
        url: str = "",
        notes: str = "",
        color: str | None = None,
        extra: Mapping[str, Any] | None = None,
        reliability: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.url = url
        self.notes = notes
        self.color = color
        self.extra = extra if extra is not None else NO_EXTRA
        self.reliability = reliability  # Admiralty "A".."F" or None (see grades.py)

    def __repr__(self) -> str:
        return f"Source({self.id!r}, {self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Source) and all(
            getattr(self, k) == getattr(other, k) for k in Source.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, so unhashable; typeshed wants a method


class Claim:
    """What one source says about an event: a quote, maybe a figure, affirming or denying."""

    __slots__ = (
        "credibility",
        "extra",
        "published",
        "source",
        "stance",
        "text",
        "unit",
        "url",
        "value",
    )

    def __init__(
        self,
        source: str,
        text: str = "",
        value: float | None = None,
        unit: str = "",
        stance: Stance = Stance.AFFIRMS,
        url: str = "",
        published: EDate | None = None,
        extra: Mapping[str, Any] | None = None,
        credibility: int | None = None,
    ) -> None:
        self.source = source
        self.text = text
        self.value = value
        self.unit = unit
        self.stance = stance
        self.url = url
        self.published = published
        self.extra = extra if extra is not None else NO_EXTRA
        self.credibility = credibility  # Admiralty 1..6 or None (see grades.py)

    def __repr__(self) -> str:
        return f"Claim({self.source!r}, {self.text[:30]!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Claim) and all(
            getattr(self, k) == getattr(other, k) for k in Claim.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable (see Source)


class Event:
    """Something that happened (or is said to have), with a possibly vague date."""

    __slots__ = (
        "claims", "description", "end", "extra", "id", "location", "start", "status_set",
        "tags", "title",
    )

    def __init__(
        self,
        id: str,
        title: str,
        start: EDate,
        end: EDate | None = None,
        description: str = "",
        tags: tuple[str, ...] = (),
        location: str = "",
        status: Status | None = None,
        claims: list[Claim] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.description = description
        self.tags = tags
        self.location = location
        self.status_set = status  # what the file says; None means "derive it"
        self.claims = claims if claims is not None else []
        self.extra = extra if extra is not None else NO_EXTRA

    def __repr__(self) -> str:
        return f"Event({self.id!r}, {self.title[:30]!r}, {self.start.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Event) and all(
            getattr(self, k) == getattr(other, k) for k in Event.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable (see Source)

    @property
    def status(self) -> Status:
        """The explicit status if the file gives one, else derived from the claims."""
        if self.status_set is not None:
            return self.status_set
        return derive_status(self.claims)

    @property
    def earliest(self) -> float:
        """First instant the event may cover (finite unless both ends are open)."""
        lo = self.start.earliest
        if lo == float("-inf") and self.end is not None:
            return self.end.earliest
        return lo

    @property
    def latest(self) -> float:
        """First instant after the event may have ended (+inf while it is still going on)."""
        if self.end is not None:
            return self.end.latest
        return self.start.latest

    def source_ids(self) -> list[str]:
        """The sources of the event's claims, each once, in claim order."""
        seen: dict[str, None] = {}
        for claim in self.claims:
            seen.setdefault(claim.source, None)
        return list(seen)


def derive_status(claims: list[Claim]) -> Status:
    """Disputed when a claim denies what another affirms or figures disagree, else reported."""
    if len(claims) < 2:
        return Status.REPORTED
    stances = {c.stance for c in claims}
    if len(stances) > 1:
        return Status.DISPUTED
    values: dict[str, float] = {}
    for c in claims:
        if c.value is None:
            continue
        unit = c.unit.strip().casefold()
        if unit in values and values[unit] != c.value:
            return Status.DISPUTED
        values[unit] = c.value
    return Status.REPORTED


class Timeline:
    """A whole document: metadata, the source registry and the events."""

    __slots__ = ("description", "events", "extra", "sources", "title", "version")

    FORMAT = "timeline-app"
    VERSION = 1

    def __init__(
        self,
        title: str = "",
        description: str = "",
        sources: list[Source] | None = None,
        events: list[Event] | None = None,
        extra: Mapping[str, Any] | None = None,
        version: int = VERSION,
    ) -> None:
        self.title = title
        self.description = description
        self.sources: dict[str, Source] = {s.id: s for s in sources or ()}
        self.events = events if events is not None else []
        self.extra = extra if extra is not None else NO_EXTRA
        self.version = version

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timeline) and all(
            getattr(self, k) == getattr(other, k) for k in Timeline.__slots__
        )

    __hash__ = None  # type: ignore[assignment]  # mutable (see Source)

    def source_name(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return source.name if source is not None else source_id

    def event_counts(self) -> dict[str, int]:
        """Events per source id (an event counts once per source however many claims)."""
        counts = dict.fromkeys(self.sources, 0)
        for event in self.events:
            for sid in event.source_ids():
                counts[sid] = counts.get(sid, 0) + 1
        return counts
