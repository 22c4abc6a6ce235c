"""`timeline-app check`'s summary of a valid file: events, date span (as written and, with
`--tz`, in a zone), sources with their counts, grades and disputed events. Apart from the
command line's parsing so each can be read (and kept small) on its own."""

from __future__ import annotations

from collections import Counter

from timeline_app.core.formats.date_hints import is_undated
from timeline_app.core.formats.problems import short
from timeline_app.core.formats.result import LoadResult
from timeline_app.core.model.grades import CREDIBILITY, RELIABILITY
from timeline_app.core.model.timeline import Status, Timeline
from timeline_app.core.model.zoned import Clock
from timeline_app.terminal import terminal_safe

__all__ = ["date_span", "grades_summary", "plural", "summary"]


def summary(path: str, result: LoadResult, clock: Clock | None = None) -> str:
    t = result.timeline
    lines = [f"{path}: valid ({result.kind}), {plural(len(t.events), 'event')}"]
    if result.skipped:
        lines[0] = (f"{path}: partly read ({result.kind}), {plural(len(t.events), 'event')}; "
                    f"{plural(result.skipped, 'item')} not loaded (see the warnings)")
    if t.title:
        lines.append(f"  title: {short(t.title, 80)}")
    span = date_span(t, clock)
    if span:
        lines.append(f"  dates: {span}")
    counts = t.event_counts()
    lines.append(f"  sources ({len(t.sources)}):")
    width = max((len(s.name) for s in t.sources.values()), default=0)
    width = min(width, 40)
    for sid, n in sorted(counts.items(), key=lambda kv: (-kv[1], t.source_name(kv[0]))):
        source = t.sources.get(sid)
        name = short(source.name if source else sid, 40)
        kind = f"  {source.kind}" if source is not None and source.kind else ""
        lines.append(f"    {name:<{width}}  {plural(n, 'event'):>10}{kind}")
    lines += grades_summary(t)
    disputed = [e for e in t.events if e.status is Status.DISPUTED]
    if disputed:
        lines.append(f"  disputed ({len(disputed)}):")
        for e in disputed[:20]:
            lines.append(f"    {e.start.text}  {short(e.title, 70)}")
        if len(disputed) > 20:
            lines.append(f"    … and {len(disputed) - 20} more")
    return "\n".join(map(terminal_safe, lines))


def grades_summary(t: Timeline) -> list[str]:
    """The Admiralty grades in a document: sources per reliability, claims per credibility
    and how many of each are not graded."""
    claims = [c.credibility for e in t.events for c in e.claims]
    reliability = Counter(s.reliability for s in t.sources.values())
    credibility = Counter(claims)
    if set(reliability) <= {None} and set(credibility) <= {None}:
        return [f"  grades: none ({plural(len(t.sources), 'source')}, "
                f"{plural(len(claims), 'claim')} not graded)"]
    lines = ["  grades:"]
    for label, counts, order, noun in (
            ("source reliability", reliability, list(RELIABILITY), "source"),
            ("claim credibility", credibility, list(CREDIBILITY), "claim")):
        graded = ", ".join(f"{g} {counts[g]:,}" for g in order if counts[g])
        ungraded = (f"{plural(counts[None], noun)} not graded" if counts[None]
                    else "all graded")
        lines.append(f"    {label}: {graded + '; ' if graded else ''}{ungraded}")
    return lines


def date_span(t: Timeline, clock: Clock | None = None) -> str:
    """First and last dates as written, e.g. "2024-06 to 2025-04~"; with a `clock`, also
    as that zone's clocks read them (times of day with offsets move, days do not)."""
    first = last = None
    undated = 0
    for e in t.events:
        if is_undated(e):
            undated += 1
            continue
        if e.earliest != float("-inf") and (first is None or e.earliest < first.earliest):
            first = e
        if last is None or e.latest > last.latest:
            last = e
    note = f" ({undated:,} undated)" if undated else ""
    if first is None or last is None:
        return f"none{note}" if undated else ""
    end = last.end if last.end is not None else last.start
    start = first.start if not first.start.is_open else first.end or first.start
    zoned = (f" (in {clock.name}: {clock.short(start)} to {clock.short(end)})"
             if clock is not None and not end.is_open else "")
    return f"{first.start.text} to {end.text}{zoned}{note}"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")
