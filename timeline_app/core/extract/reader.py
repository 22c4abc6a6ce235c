"""Reading an article into proposals: claims with source, date said, figure and stance.

Each clause of the story becomes a claim by the source its frame names (or by the article
itself); a date inside the frame ("NIS reported in January that …") is when the source said
it, a date elsewhere in the clause is when the thing happened. Grouping into events is in
`grouping`. Nothing here changes a document: the result is proposals for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline_app.core.extract.article import Article
from timeline_app.core.extract.attribution import Frame, attribute, is_denial
from timeline_app.core.extract.figures import Figure, find_figures
from timeline_app.core.extract.reldates import DateMention, find_dates
from timeline_app.core.extract.sentences import Span, clauses, sentences
from timeline_app.core.extract.sources import Mention, SourceBook, parse_mention
from timeline_app.core.model.dates import EDate, parse_interval
from timeline_app.core.model.timeline import Source, Stance, Timeline

__all__ = ["ClaimProposal", "Highlight", "Reading", "read_claims"]

_PERSONISH = {"he", "she"}


@dataclass
class ClaimProposal:
    """One proposed claim; `start`/`end` are the quote's offsets in the article text."""

    source: str
    text: str
    start: int
    end: int
    sentence: int
    stance: Stance = Stance.AFFIRMS
    figure: Figure | None = None
    speaker: str = ""
    frame: str = ""
    said: DateMention | None = None       # when the source said it, from the text
    when: DateMention | None = None       # when the thing happened, from the text
    published: str | None = None          # the claim's `published` (a single date)
    published_why: str = ""
    own_voice: bool = False
    duplicate: bool = False               # the matched event already has this claim

    @property
    def value(self) -> float | int | None:
        return self.figure.value if self.figure else None

    @property
    def unit(self) -> str:
        return self.figure.unit if self.figure else ""


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    kind: str    # "date", "source" or "figure"
    label: str   # the value, source id or unit


@dataclass
class Reading:
    article: Article
    book: SourceBook
    article_source: str
    claims: list[ClaimProposal] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)

    def new_sources(self) -> list[Source]:
        out = []
        for sid, m in self.book.new.items():
            notes = m.role if m.role else ""
            extra = {"aliases": sorted(m.aliases)} if m.aliases else None
            out.append(Source(sid, m.name, m.kind, m.country, notes=notes, extra=extra))
        return out


def read_claims(article: Article, timeline: Timeline | None = None) -> Reading:
    text = article.text
    book = SourceBook(dict(timeline.sources) if timeline is not None else {})
    book.learn_acronyms(text)
    reading = Reading(article, book, _article_source(article, book))
    dates = find_dates(text, article.published)
    reading.dates = [d for d in dates if d.start >= article.body_start]
    last_person = ""
    prev: ClaimProposal | None = None
    for number, sentence in enumerate(sentences(text)):
        if sentence.end <= article.body_start:
            continue
        inherited: ClaimProposal | None = None
        for clause in clauses(sentence):
            frames = attribute(text, clause.start, clause.end)
            claim = _claim(reading, clause, frames, number, dates, inherited, prev, last_person)
            if claim is None:
                continue
            if _is_person(book, claim.source):
                last_person = claim.source
            figures = find_figures(text, clause.start, clause.end,
                                   [(d.start, d.end) for d in dates])
            for fig in figures:
                reading.highlights.append(Highlight(fig.start, fig.end, "figure", fig.unit))
            if figures:
                for fig in figures:
                    reading.claims.append(_with_figure(claim, fig))
            else:
                reading.claims.append(claim)
            inherited = claim
            prev = claim
    reading.highlights.extend(Highlight(d.start, d.end, "date", d.value or "?")
                              for d in reading.dates)
    reading.highlights.sort(key=lambda h: (h.start, h.end))
    return reading


_ANAPHORA = re.compile(r"^(?:the\s+|its\s+|their\s+|an?\s+)?(?:joint\s+)?(?:(?:report|statement"
                       r"|agencies|agency|ministry|company|group|firm|organisation"
                       r"|organization|department|office)(?:\s+(?:spokes(?:person|man|woman)"
                       r"|official|statement))?)$", re.IGNORECASE)


def _last_named(reading: Reading) -> str | None:
    """The most recent source named in the text that is not a person or the article."""
    for claim in reversed(reading.claims):
        if claim.own_voice or _is_person(reading.book, claim.source):
            continue
        return claim.source
    return None


def _is_person(book: SourceBook, sid: str) -> bool:
    if sid in book.new:
        return book.new[sid].person
    source = book.existing.get(sid)
    return source is not None and source.kind in ("person", "head of state")


def _article_source(article: Article, book: SourceBook) -> str:
    if article.outlet:
        return book.resolve(Mention(article.outlet, article.outlet, kind="news outlet"))[0]
    reports = [s.id for s in book.existing.values() if s.kind.lower() == "news report"]
    if len(reports) == 1:
        return reports[0]
    when = f" ({article.published.text})" if article.published else ""
    name = f"News report{when}"
    return book.resolve(Mention(name, name, kind="news report"))[0]


def _claim(reading: Reading, clause: Span, frames: list[Frame], number: int,
           dates: list[DateMention], inherited: ClaimProposal | None,
           prev: ClaimProposal | None, last_person: str) -> ClaimProposal | None:
    text = reading.article.text
    book = reading.book
    words = len(re.findall(r"\w+", clause.text))
    if words < 4 or (frames and words - len(re.findall(r"\w+", frames[0].name)) < 4):
        return None  # a fragment such as "This statement from North Korea"
    in_clause = [d for d in dates if clause.start <= d.start < clause.end]
    main = frames[0] if frames else None
    said = when = None
    speaker = ""
    if main is not None:
        name = main.name
        if name.lower() in _PERSONISH | {"they", "it"}:
            if name.lower() in _PERSONISH and prev is not None and not prev.own_voice:
                source = prev.source  # "he told reporters": the speaker just quoted
            elif name.lower() in _PERSONISH and last_person:
                source = last_person
            elif prev is not None:
                source = prev.source
            else:
                return None
        elif _ANAPHORA.match(name) and (earlier := _last_named(reading)) is not None:
            source = earlier  # "the report said", "the agencies said": who was just named
            reading.highlights.append(Highlight(main.start, main.end, "source", source))
        else:
            source, _known = book.resolve(parse_mention(name))
            reading.highlights.append(Highlight(main.start, main.end, "source", source))
        speaker = main.speaker
        for other in frames[1:]:
            reading.highlights.append(Highlight(other.start, other.end, "source", other.name))
            if not speaker and other.name.lower() not in _PERSONISH:
                speaker = other.name
        region_end = _frame_region_end(text, main, clause.end)
        for d in in_clause:
            if min(main.start, main.cue_end) - 25 <= d.start < region_end and said is None:
                said = d
            elif when is None:
                when = d
        frame = main.cue
        own = False
    elif inherited is not None or (prev is not None and clause.text.startswith("“")
                                   and prev.sentence == number - 1 and not prev.own_voice):
        base = inherited or prev
        assert base is not None
        source, speaker, frame, own = base.source, base.speaker, base.frame, base.own_voice
        when = in_clause[0] if in_clause else None
    else:
        source, frame, own = reading.article_source, "", True
        when = in_clause[0] if in_clause else None
        if re.search(r"\breports? (?:indicate|suggest|say)", clause.text):
            speaker = "unnamed reports"
    stance = Stance.DENIES if is_denial(clause.text) else Stance.AFFIRMS
    claim = ClaimProposal(source, clause.text, clause.start, clause.end, number, stance,
                          speaker=speaker, frame=frame, said=said, when=when, own_voice=own)
    _date_said(claim, reading.article.published)
    return claim


def _frame_region_end(text: str, frame: Frame, limit: int) -> int:
    """Where the frame's words stop and what is said begins: "that", a comma or a quote."""
    m = re.compile(r"\bthat\b|,|“|\"|:").search(text, frame.cue_end, limit)
    end = m.start() if m else limit
    return min(end, frame.cue_end + 60)


def _date_said(claim: ClaimProposal, published: EDate | None) -> None:
    if claim.said is not None and claim.said.value:
        single, why = _single(claim.said.value)
        claim.published = single
        claim.published_why = f"said {claim.said.text!r}: {why}" if single else why
    elif claim.own_voice and published is not None:
        claim.published = published.text
        claim.published_why = "the article's own statement, dated by its publication"
    else:
        claim.published_why = ("the text does not say when this was said; the article's "
                               "publication date is kept in the provenance")


def _single(value: str) -> tuple[str | None, str]:
    """The finest single date containing an interval (a claim's date cannot be a span)."""
    if "/" not in value:
        return value, value
    first, last = parse_interval(value)
    if first.is_open or last is None or last.is_open:
        return None, f"{value} has an open end; not a single date"
    a, b = first.text.rstrip("~?%"), last.text.rstrip("~?%")
    common = ""
    for size in (7, 4):
        if a[:size] == b[:size] and len(a) >= size:
            common = a[:size]
            break
    if not common:
        return None, f"{value} spans more than a year; not a single date"
    return common, f"{value}, as the {'month' if len(common) == 7 else 'year'} containing it"


def _with_figure(claim: ClaimProposal, fig: Figure) -> ClaimProposal:
    out = ClaimProposal(**{k: getattr(claim, k) for k in claim.__dataclass_fields__})
    out.figure = fig
    return out
