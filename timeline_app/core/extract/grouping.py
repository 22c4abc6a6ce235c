"""Grouping proposed claims into events, and matching events already in the document.

Claims that speak of the same happening share key terms (weighted by how rare they are in
the article), entities and dates; a rebuttal joins the claim it answers. Two different
dates never share an event; an undated claim joins a dated event only when it continues the
same source's account or shares much of its wording. Events of the document are matched by
overlapping dates and shared terms, and then receive the claims instead of a new event.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from timeline_app.core.extract.reader import ClaimProposal, Reading
from timeline_app.core.model.dates import EDate, parse_interval
from timeline_app.core.model.timeline import Claim, Event, Stance, Timeline
from timeline_app.core.text import tr

__all__ = ["EventProposal", "group_claims"]

_STOP = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "that", "this", "these", "those", "it", "its", "their", "his", "her", "they",
    "them", "he", "she", "we", "our", "you", "your", "is", "are", "was", "were", "be", "been",
    "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
    "also", "not", "no", "than", "then", "there", "here", "which", "who", "whom", "whose",
    "what", "when", "where", "while", "said", "says", "say", "reported", "reports", "stated",
    "noted", "according", "told", "added", "about", "around", "approximately", "some", "into",
    "over", "after", "before", "during", "since", "until", "more", "most", "other", "such",
    "only", "just", "very", "including", "included", "among", "against", "between", "under",
    "upon", "within", "without", "statement", "statements", "revealed", "indicated", "mentioned",
    "declared", "announced", "confirmed", "claimed", "estimated", "asserting", "saying",
    "stating", "quoted", "noting", "highlighting", "responded", "issued",
))
_JOIN = 0.3        # shared weight for undated claims to join an undated event
_JOIN_HIGH = 0.5   # shared weight across dated/undated
_MATCH = 0.45      # share of a proposal's term weight an existing event must have
_LOOKBACK = 5      # events a claim may join: the most recent ones


@dataclass
class EventProposal:
    title: str
    start: str                      # EDTF, or "" when the text gives no date
    end: str | None = None
    date_why: str = ""
    claims: list[ClaimProposal] = field(default_factory=list)
    match: str | None = None        # id of an event already in the document
    match_why: str = ""
    terms: Counter[str] = field(default_factory=Counter)

    def dates(self) -> tuple[EDate, EDate | None] | None:
        if not self.start:
            return None
        if self.end:
            return parse_interval(self.start)[0], parse_interval(self.end)[0]
        return parse_interval(self.start)


def terms(text: str) -> Counter[str]:
    words = re.findall(r"[A-Za-z][A-Za-z\-]+", text.replace("’s", "").replace("'s", ""))
    out: Counter[str] = Counter()
    for w in words:
        low = w.lower()
        if low in _STOP or len(low) < 3:
            continue
        if low.endswith("s") and len(low) > 4 and not low.endswith("ss"):
            low = low[:-1]
        out[low] += 1
    return out


_TOPICS = {"killed": "casualties", "dead": "casualties", "wounded": "casualties",
           "injured": "casualties", "casualties": "casualties", "deaths": "casualties",
           "killed or wounded": "casualties", "missing": "casualties", "troops": "troops",
           "soldiers": "troops", "replacements": "troops"}


def _bag(claim: ClaimProposal) -> Counter[str]:
    """A claim's terms, plus a topic for its figure: estimates of casualties go together
    even when they share few words."""
    bag = terms(claim.text)
    if claim.figure is not None:
        topic = _TOPICS.get(claim.figure.unit)
        if topic:
            bag[f"#{topic}"] += 1
    if any(w in bag for w in _CASUALTY_WORDS):
        bag["#casualties"] += 1
    return bag


_CASUALTY_WORDS = ("casualty", "casualtie", "killed", "wounded", "injured", "dead", "died",
                   "death", "toll")


def group_claims(reading: Reading, timeline: Timeline | None = None) -> list[EventProposal]:
    claims = reading.claims
    bags = [_bag(c) for c in claims]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(set(bag))
    n = max(len(claims), 1)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    events: list[EventProposal] = []
    home: list[EventProposal] = []
    for i, claim in enumerate(claims):
        target = _choose(claim, bags[i], events, home, claims, idf)
        if target is None:
            target = EventProposal("", "")
            events.append(target)
        target.claims.append(claim)
        target.terms.update(bags[i])
        home.append(target)
        _date_event(target, claim)
    for event in events:
        _same_statement(event)
        event.title = _title(event, reading)
        if not event.start:
            _undated(event, reading)
    if timeline is not None:
        _match_existing(events, timeline, idf)
    return events


def _choose(claim: ClaimProposal, bag: Counter[str], events: list[EventProposal],
            home: list[EventProposal], claims: list[ClaimProposal],
            idf: dict[str, float]) -> EventProposal | None:
    date = _date_of(claim)
    before = claims[len(home) - 1] if home else None
    if claim.figure is not None and before is not None and before.start == claim.start:
        return home[-1]  # a second figure of the same clause
    if (claim.figure is not None and before is not None and before.figure is not None
            and before.sentence == claim.sentence and not _date_of(claim)
            and _TOPICS.get(claim.figure.unit) == _TOPICS.get(before.figure.unit)):
        return home[-1]  # "X put it at 4,000, while Y gave about 1,200"
    if claim.stance is Stance.DENIES and before is not None \
            and claim.sentence - before.sentence == 1 and _shared(bag, home[-1].terms, idf) > 0:
        return home[-1]  # "X quickly responded, asserting …" answers the sentence before
    if claim.stance is Stance.DENIES and events:
        recent = list(reversed(events[-_LOOKBACK:]))  # on a tie, the claim just before
        return max(recent, key=lambda e: _shared(bag, e.terms, idf))
    prev = claims[len(home) - 1] if home else None
    best: EventProposal | None = None
    best_score = 0.0
    for event in events[-_LOOKBACK:]:
        score = _shared(bag, event.terms, idf)
        continues = (prev is not None and home[-1] is event and prev.source == claim.source
                     and claim.sentence - prev.sentence <= 1)
        if date and event.start:
            if date != event.start:
                continue
            score += 0.3
        elif date or event.start:
            if event.start and continues and not date:
                score += _JOIN_HIGH
            elif score < _JOIN_HIGH:
                continue
        elif continues:
            score += 0.3
        if score >= _JOIN and score > best_score:
            best, best_score = event, score
    return best


def _shared(bag: Counter[str], other: Counter[str], idf: dict[str, float]) -> float:
    """The share of the claim's term weight that the event has too (0 to 1)."""
    total = sum(idf.get(t, 0.0) for t in bag) or 1.0
    return sum(idf.get(t, 0.0) for t in bag if t in other) / total


def _date_of(claim: ClaimProposal) -> str:
    for mention in (claim.when, claim.said):
        if mention is not None and mention.value:
            return mention.value
    return ""


def _date_event(event: EventProposal, claim: ClaimProposal) -> None:
    if event.start:
        return
    for mention, role in ((claim.when, "when it happened"), (claim.said, "when it was said")):
        if mention is not None and mention.value:
            first, _, second = mention.value.partition("/")
            event.start, event.end = first, (second or None)
            event.date_why = f"{mention.text!r} ({role}): {mention.why}"
            return


def _same_statement(event: EventProposal) -> None:
    """The sentences right after "X said on Monday" that go on with X's account are the
    same statement: they take its date (and say so)."""
    last: ClaimProposal | None = None
    for claim in event.claims:
        if (claim.published is None and last is not None and last.source == claim.source
                and claim.sentence - last.sentence <= 1 and last.said is not None):
            claim.published = last.published
            claim.said = last.said
            claim.published_why = (f"continues {last.frame!r} of the sentence before, dated "
                                   f"{last.said.text!r}")
        if claim.published is not None and (
                claim.said is not None or (last is not None and claim.source == last.source)):
            last = claim


def _undated(event: EventProposal, reading: Reading) -> None:
    pub = reading.article.published
    if pub is None or pub.precision is None:
        event.start, event.date_why = "..", "the text gives no date and the publication " \
                                            "date is unknown: give one"
        return
    month = pub.text.rstrip("~?%")[:7]
    event.start = f"{month}~"
    event.date_why = ("the text gives no date for this; placed at the publication month, "
                      "approximate (check it)")


def _title(event: EventProposal, reading: Reading) -> str:
    first = event.claims[0]
    text = first.text
    body = text
    at = text.find(first.frame) if first.frame else -1
    if at >= 0:
        after = text[at + len(first.frame):]
        that = re.match(r"[^“”]{0,140}?\b(?:that|as saying)\s+", after)
        if that and len(after) - that.end() > 20:
            body = after[that.end():]
    body = body.strip(" “”\"',.")
    # A headline is the main clause: drop a leading adverbial ("In June of last year, ",
    # "According to X, ") and cut at the next comma once something has been said.
    body = re.sub(r"^(?:highlighting|adding|noting|saying|stating|asserting|declaring|while)"
                  r"\s+(?:that\s+)?", "", body, flags=re.IGNORECASE)
    lead = _LEADING.match(body)
    if lead and len(body) - lead.end() > 20:
        body = body[lead.end():]
        body = body[:1].upper() + body[1:]
    comma = re.search(r",\s", body)
    if comma and len(body[:comma.start()].split()) >= 5:
        body = body[:comma.start()]
    words = body.split()
    short = " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    short = short[:1].upper() + short[1:]
    if first.own_voice:
        return short
    return f"{reading.book.name_of(first.source)}: {short}"


_LEADING = re.compile(r"(?:In|On|At|After|Before|During|Since|However|According to|Lacking"
                      r"|Despite|Meanwhile|Earlier|Later|Last|This|Separately|With)\b[^,]{0,70},\s+")


def _match_existing(events: list[EventProposal], timeline: Timeline,
                    idf: dict[str, float]) -> None:
    bags = {e.id: terms(" ".join([e.title, e.description, *(c.text for c in e.claims)]))
            for e in timeline.events}
    for proposal in events:
        dates = proposal.dates()
        best: Event | None = None
        best_score = 0.0
        for existing in timeline.events:
            if dates is not None and not _overlaps(dates, existing):
                continue
            score = _shared(proposal.terms, bags[existing.id], idf)
            if score > best_score:
                best, best_score = existing, score
        if best is not None and best_score >= _MATCH:
            proposal.match = best.id
            proposal.match_why = tr("shares {share} of its key terms, and its dates, with "
                                    "“{title}”").format(share=f"{best_score:.0%}",
                                                         title=best.title)
            for claim in proposal.claims:
                claim.duplicate = any(_same_claim(claim, c) for c in best.claims)


def _same_claim(claim: ClaimProposal, existing: Claim) -> bool:
    """The document already has this: same source, the same words (one quote inside the
    other) and the same figure."""
    if existing.source != claim.source or existing.value != claim.value:
        return False
    a, b = _squash(claim.text), _squash(existing.text)
    return bool(a) and bool(b) and (a in b or b in a)


def _squash(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.replace("’", "'")).strip().lower()


def _overlaps(dates: tuple[EDate, EDate | None], event: Event) -> bool:
    first, second = dates
    lo = first.earliest
    hi = (second or first).latest
    if math.isinf(lo) and math.isinf(hi):
        return True
    return lo < event.latest and event.earliest < hi
