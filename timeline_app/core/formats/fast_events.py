"""One event in the canonical shape, built in one pass: the fast path of every native reader.

A million calls per large file, so written for speed; any doubt returns None and the
thorough reader (`events_in.EventReader`, with pydantic behind it) decides and reports. Apart
from `events_in` so that neither grows past what a reader takes in at once.
"""

from __future__ import annotations

import sys
from typing import Any

from timeline_app.core.formats import schema
from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.core.model.grades import CREDIBILITY
from timeline_app.core.model.timeline import NO_EXTRA, Claim, Event, Source, Stance, Status

EVENT_KEYS = frozenset(schema.EventSchema.__annotations__) - {"__pydantic_config__"}
CLAIM_KEYS = frozenset(schema.ClaimSchema.__annotations__) - {"__pydantic_config__"}
STATUSES = {s.value: s for s in Status}
STANCES = {s.value: s for s in Stance}
_DATE_MAX = 200
_MAX_SHORT = schema.MAX_SHORT
_MAX_TEXT = schema.MAX_TEXT
_INF = float("inf")
_AFFIRMS = Stance.AFFIRMS
_GRADES = frozenset(CREDIBILITY)  # 1-6 (True == 1: the type is checked as well)
_ABSENT: Any = object()  # what the lookups of an optional list give when it is absent
# Whether a dict's keys are all known: frozenset.issuperset walks the keys in C (half the
# time of `d.keys() <= KEYS`).
_EVENT_KEYS_HAVE = EVENT_KEYS.issuperset
_CLAIM_KEYS_HAVE = CLAIM_KEYS.issuperset


def fast_event(d: dict[str, Any], registry: dict[str, Source]) -> Event | None:
    """Build an event in canonical shape in one pass, or return None to take the slow path.

    Written for speed (a million calls per large file): one lookup a field (an absent list
    comes back as its own empty default), exact type checks, cached date parsing. Any doubt
    returns None and pydantic decides.
    """
    if not _EVENT_KEYS_HAVE(d):
        return None
    get = d.get
    title = get("title")
    start = get("start")
    if type(title) is not str or type(start) is not str or len(title) > _MAX_SHORT:
        return None
    ident = get("id", "")
    description = get("description", "")
    location = get("location", "")
    if (type(ident) is not str or type(description) is not str or type(location) is not str
            or len(ident) > _MAX_SHORT or len(description) > _MAX_TEXT
            or len(location) > _MAX_SHORT):
        return None
    end_text = get("end")
    try:
        if len(start) > _DATE_MAX or "/" in start:
            return None
        first = parse_date(start)
        last = None
        if end_text is not None:
            if type(end_text) is not str or len(end_text) > _DATE_MAX:
                return None
            last = parse_date(end_text)
            if last.latest <= first.earliest:
                return None
    except DateError:
        return None
    tags = get("tags", _ABSENT)
    if type(tags) is list:
        for tag in tags:
            if type(tag) is not str or len(tag) > _MAX_SHORT:
                return None
        tags = _shared_tags(tuple(tags))
    elif tags is _ABSENT:
        tags = ()
    else:  # null, text, …: the schema decides
        return None
    status = get("status")
    if status is not None:
        if type(status) is not str or status not in STATUSES:
            return None
        status = STATUSES[status]
    raw_claims = get("claims", _ABSENT)
    claims: list[Claim] = []
    if type(raw_claims) is list:
        for c in raw_claims:
            # Inlined (rather than a helper per claim): this loop runs millions of times.
            if type(c) is not dict:
                return None
            source = c.get("source")
            text = c.get("text", "")
            if type(source) is not str or type(text) is not str or len(text) > _MAX_TEXT:
                return None
            cited = registry.get(source)
            if cited is None:
                return None
            # The registry's own id string: equal, and the same object, so every later
            # lookup by it (filter index, lanes, search) compares by identity.
            source = cited.id
            size = len(c)
            if size == 1 or (size == 2 and "text" in c):  # the common claim: source and quote
                claims.append(Claim(source, text, None, "", _AFFIRMS, "", None, NO_EXTRA))
                continue
            if not _CLAIM_KEYS_HAVE(c):
                return None
            value = c.get("value")
            unit = c.get("unit", "")
            url = c.get("url", "")
            stance = c.get("stance")
            published = c.get("published")
            credibility = c.get("credibility")
            if not _claim_rest_ok(value, unit, url, stance, published) or (
                    credibility is not None and (type(credibility) is not int
                                                 or credibility not in _GRADES)):
                return None  # a grade as text ("2") or a bad one: the schema decides
            if published is not None:
                try:
                    published = parse_date(published)
                except DateError:
                    return None
            claims.append(Claim(source, text, value, unit,
                                STANCES[stance] if stance else _AFFIRMS, url, published,
                                NO_EXTRA, credibility))
    elif raw_claims is not _ABSENT:
        return None
    return Event(ident, title, first, last, description, tags, location, status, claims,
                 NO_EXTRA)


# Tag sets seen by the fast path, each kept once: a large document repeats a few hundred
# combinations, and a tuple and strings of its own on every event were 69 bytes of each
# event's ~700 (69 MB of a million). Tuples of strings are immutable, so sharing is safe.
_TAG_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}
_TAG_SETS_MAX = 1 << 16  # a file of unique tag sets: stop sharing, never grow without end


def _shared_tags(tags: tuple[str, ...]) -> tuple[str, ...]:
    shared = _TAG_SETS.get(tags)
    if shared is not None:
        return shared
    if len(_TAG_SETS) < _TAG_SETS_MAX:
        tags = tuple(map(sys.intern, tags))
        _TAG_SETS[tags] = tags
    return tags


def _claim_rest_ok(value: Any, unit: Any, url: Any, stance: Any, published: Any) -> bool:
    """The less common claim fields of the fast path: exact types and sizes."""
    if value is not None and type(value) is not int and (
            type(value) is not float or not -_INF < value < _INF):
        return False
    if type(unit) is not str or type(url) is not str:
        return False
    if len(unit) > _MAX_SHORT or len(url) > _MAX_SHORT:
        return False
    if stance is not None and (type(stance) is not str or stance not in STANCES):
        return False
    return published is None or (type(published) is str and len(published) <= _DATE_MAX)
