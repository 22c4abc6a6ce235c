"""From proposals to the document: claims with provenance, events, and the one edit that adds
what the user accepted.

Every accepted claim records where it was read in its `provenance` field (an unknown field
to older versions, kept on round trip): the article's title, outlet, URL and publication
date, the exact quote with its character offsets in the article's plain text, a little
context, the speaker of a nested quote and how a figure was bounded. See docs/format.md.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from timeline_app.core.extract.article import Article
from timeline_app.core.extract.grouping import EventProposal, group_claims
from timeline_app.core.extract.reader import ClaimProposal, Reading, read_claims
from timeline_app.core.formats.ids import generated_id
from timeline_app.core.model.dates import DateError, EDate, parse_date, parse_interval
from timeline_app.core.model.edits import AddEvents, Changes, Edit, EditError, SetEventFields
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline
from timeline_app.core.text import tr

__all__ = ["AcceptProposals", "Extraction", "extract", "to_claim", "to_timeline"]

_CONTEXT = 160  # characters of the article kept on each side of the quote


@dataclass
class Extraction:
    """An article's proposals; `seconds` is how long reading took."""

    reading: Reading
    events: list[EventProposal]
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def article(self) -> Article:
        return self.reading.article

    def claims(self) -> list[ClaimProposal]:
        return [c for e in self.events for c in e.claims]


def extract(article: Article, timeline: Timeline | None = None) -> Extraction:
    began = time.perf_counter()
    reading = read_claims(article, timeline)
    events = group_claims(reading, timeline)
    out = Extraction(reading, events, time.perf_counter() - began)
    if article.published is None:
        out.notes.append(tr("the publication date is not known, so dates relative to it "
                            "(\"on Monday\", \"in October\") are left unplaced: give it"))
    return out


def provenance(article: Article, claim: ClaimProposal) -> dict[str, object]:
    text = article.text
    out: dict[str, object] = {
        "article": article.provenance(),
        "quote": text[claim.start:claim.end],
        "start": claim.start,
        "end": claim.end,
        "before": text[max(0, claim.start - _CONTEXT):claim.start],
        "after": text[claim.end:claim.end + _CONTEXT],
    }
    if claim.speaker:
        out["speaker"] = claim.speaker
    if claim.frame:
        out["frame"] = claim.frame
    if claim.published_why:
        out["published_why"] = claim.published_why
    if claim.figure is not None:
        fig = claim.figure
        figure: dict[str, object] = {"text": fig.text, "start": fig.start, "end": fig.end}
        if fig.bound:
            figure["bound"] = fig.bound
        if fig.approximate:
            figure["approximate"] = True
        out["figure"] = figure
    return out


def to_claim(article: Article, claim: ClaimProposal) -> Claim:
    published = None
    if claim.published:
        try:
            published = parse_date(claim.published)
        except DateError:
            published = None
    return Claim(claim.source, claim.text, claim.value, claim.unit, claim.stance,
                 url=article.url, published=published,
                 extra={"provenance": provenance(article, claim)})


def new_event(proposal: EventProposal, claims: list[Claim], taken: set[str]) -> Event:
    start, end = _dates(proposal.start, proposal.end)
    eid = generated_id(proposal.title, start.text, taken)
    taken.add(eid)
    extra = {"extracted": {"date_why": proposal.date_why}} if proposal.date_why else None
    return Event(eid, proposal.title or "Untitled", start, end, claims=claims, extra=extra)


def _dates(start: str, end: str | None) -> tuple[EDate, EDate | None]:
    if "/" in start:
        return parse_interval(start)
    first = parse_date(start or "..")
    return first, parse_date(end) if end else None


def used_sources(extraction: Extraction, claims: list[Claim],
                 timeline: Timeline | None) -> list[Source]:
    """New sources the accepted claims cite (the rest are not added)."""
    cited = {c.source for c in claims}
    known = set(timeline.sources) if timeline is not None else set()
    return [s for s in extraction.reading.new_sources() if s.id in cited and s.id not in known]


class AcceptProposals(Edit):
    """Adding the accepted proposals as ONE edit: new events (with the new sources they
    cite) and claims appended to events already in the document. Undo takes all back."""

    def __init__(self, t: Timeline, new_events: list[Event], sources: list[Source],
                 added_claims: dict[str, list[Claim]], text: str | None = None) -> None:
        self.text = text = text or tr("Import Article")
        self.parts: list[Edit] = []
        if new_events or sources:
            at = len(t.events)
            self.parts.append(AddEvents([(at + i, e) for i, e in enumerate(new_events)],
                                        sources=sources))
        for eid, claims in added_claims.items():
            event = next((e for e in t.events if e.id == eid), None)
            if event is None:
                raise EditError(tr('no event with id "{id}"').format(id=eid))
            self.parts.append(SetEventFields(event, text=text,
                                             claims=[*event.claims, *claims]))

    def apply(self, t: Timeline) -> Changes:
        return _merge([p.apply(t) for p in self.parts])

    def revert(self, t: Timeline) -> Changes:
        return _merge([p.revert(t) for p in reversed(self.parts)])

    def is_empty(self) -> bool:
        return not self.parts


def _merge(changes: list[Changes]) -> Changes:
    out = Changes()
    for c in changes:
        out.events |= c.events
        out.structure |= c.structure
        out.sources |= c.sources
        out.document |= c.document
    return out


def build_edit(extraction: Extraction, t: Timeline,
               accepted: list[tuple[EventProposal, list[ClaimProposal]]]) -> AcceptProposals:
    """The edit for the accepted claims of each (edited) event proposal."""
    taken = {e.id for e in t.events}
    new_events: list[Event] = []
    added: dict[str, list[Claim]] = {}
    all_claims: list[Claim] = []
    for proposal, claims in accepted:
        if not claims:
            continue
        made = [to_claim(extraction.article, c) for c in claims]
        all_claims.extend(made)
        if proposal.match and any(e.id == proposal.match for e in t.events):
            added.setdefault(proposal.match, []).extend(made)
        else:
            new_events.append(new_event(proposal, made, taken))
    return AcceptProposals(t, new_events, used_sources(extraction, all_claims, t), added)


def to_timeline(extraction: Extraction, into: Timeline | None = None) -> Timeline:
    """Every proposal accepted, as a document (the command line's `extract`)."""
    t = into if into is not None else Timeline(title=extraction.article.title or "Article")
    edit = build_edit(extraction, t, [(e, [c for c in e.claims if not c.duplicate])
                                      for e in extraction.events])
    edit.apply(t)
    return t
