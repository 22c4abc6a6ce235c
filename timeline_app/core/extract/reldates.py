"""Dates in news prose, normalised to our EDTF subset relative to the publication date.

Temporal taggers resolve "in June" to a day and forget why. Here a date is never finer than
its words ("in June" is a month, "earlier this year" an approximate span), every value comes
with the reason it was chosen, and past versus future ("in October", "on Monday") is decided
by the publication date and the tense around the words. All matching is rule-based, so each
result can be explained to the user who confirms it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline_app.core.extract.datewords import (
    CLAUSE_ENDS,
    COMPILED,
    FUTURE,
    NUMBERS,
    ORD,
    PAST,
    SEASONS,
    WEEKDAYS,
    add_months,
    month_number,
    nearest_year,
)
from timeline_app.core.model.dates import EDate, Precision, parse_interval

__all__ = ["DateMention", "find_dates"]



@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: character offsets in the text, the EDTF value (None when it cannot
    be placed, e.g. a relative date without a publication date) and why that value."""

    start: int
    end: int
    text: str
    value: str | None
    why: str
    precision: Precision | None = None

    def period(self) -> tuple[EDate, EDate | None] | None:
        """The value as dates: (start, end) for an interval, (date, None) otherwise."""
        return parse_interval(self.value) if self.value else None

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "why": self.why}


def find_dates(text: str, published: EDate | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `published` where relative."""
    pub = _anchor(published)
    out: list[DateMention] = []
    for kind, match in _scan(text):
        tense = _tense(text, match.start(), match.end())
        lead = (match.groupdict().get("lead") or "").strip().lower()
        if lead in ("until", "by", "through") and "last" not in match.group().lower():
            tense = (True, False)  # a deadline: "until Sunday", "by April" look ahead
        ahead = tense[0] or not tense[1]
        try:  # only a publication date at the calendar's edge: "yesterday" of 0001-01-01
            value, why = _lead(match, *_resolve(kind, match, pub, published, tense), pub, ahead)
            precision = _precision(value)
        except (OverflowError, ValueError):
            value, why, precision = None, "outside the calendar (years 1 to 9999)", None
        out.append(DateMention(*match.span(), match.group(), value, why, precision))
    return out


def _scan(text: str) -> list[tuple[str, re.Match[str]]]:
    """Matches of all forms without overlaps, the longest first ("June of last year" over
    "In June"); on a tie the form listed first wins."""
    found = [(-(m.end() - m.start()), rank, m.start(), kind, m)
             for rank, (kind, rx) in enumerate(COMPILED) for m in rx.finditer(text)]
    found.sort(key=lambda f: f[:3])
    taken: list[tuple[int, int]] = []
    out: list[tuple[str, re.Match[str]]] = []
    for _neg, _rank, start, kind, m in found:
        if m.end() > start and all(m.end() <= a or start >= b for a, b in taken):
            taken.append((start, m.end()))
            out.append((kind, m))
    out.sort(key=lambda km: km[1].start())
    return out


def _anchor(published: EDate | None) -> date | None:
    """The publication day, when it is known to the day."""
    if published is None or published.precision is None or published.precision < Precision.DAY:
        return None
    try:
        return date(1970, 1, 1) + timedelta(days=int(published.earliest // 86400))
    except OverflowError:  # before year 1 or after 9999 (article.publication_problem)
        return None


def _tense(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(future, past) in the clause around the date: future tense decides "in October" or
    "on Monday"; a past-tense auxiliary in the same clause wins (a quote's "will" elsewhere
    does not count)."""
    left = max(text.rfind(c, 0, start) + len(c) - 1 for c in CLAUSE_ENDS)
    rights = [i for i in (text.find(c, end) for c in CLAUSE_ENDS) if i >= 0]
    right = min(rights or [len(text)])
    clause = text[left + 1:right]
    past = bool(PAST.search(clause))
    return bool(FUTURE.search(clause)) and not past, past


def _precision(value: str | None) -> Precision | None:
    if not value:
        return None
    first, second = parse_interval(value)
    precisions = [d.precision for d in (first, second) if d is not None and d.precision]
    return max(precisions) if precisions else None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _ymd(d: date) -> str:
    return d.isoformat()


_NEEDS_PUB = "relative to the publication date, which is not known to the day: give it"


def _resolve(kind: str, m: re.Match[str], pub: date | None, published: EDate | None,
             tense: tuple[bool, bool]) -> tuple[str | None, str]:
    g = m.groupdict()
    future, past = tense
    said = "future tense" if future else "past tense"
    if kind in ("mdy", "dmy", "iso"):
        y, mo, d = int(g["y"]), month_number(g["m"]), int(re.sub(r"\D", "", g["d"]))
        return _checked(y, mo, d, "a full date as written")
    if kind in ("md", "dm"):
        mo, d = month_number(g["m"]), int(re.sub(r"\D", "", g["d"]))
        if pub is None:
            return None, f"a day and month with no year, {_NEEDS_PUB}"
        y = nearest_year(pub, mo, d, future)
        return _checked(y, mo, d, f"no year given; the {'next' if future else 'latest'} "
                                  f"such day {'after' if future else 'not after'} publication "
                                  f"({said})")
    if kind == "my":
        why = "month and year as written"
        if g.get("edge"):
            why += f"; \"{g['edge'].strip()}\" kept as text, not a day"
        return _ym(int(g["y"]), month_number(g["m"])), why
    if kind in ("mrel", "relm"):
        base = _pub_year(pub, published)
        if base is None:
            return None, f"a month of a relative year, {_NEEDS_PUB}"
        rel = g["rel"].lower()
        mo = month_number(g["m"])
        if kind == "relm" and rel == "last":
            y = base if pub is not None and mo < pub.month else base - 1
            return _ym(y, mo), f"\"last {g['m']}\": the latest {g['m']} before publication"
        if kind == "relm" and rel == "next":
            y = base if pub is not None and mo > pub.month else base + 1
            return _ym(y, mo), f"\"next {g['m']}\": the first {g['m']} after publication"
        y = base + {"last": -1, "this": 0, "next": 1}[rel]
        return _ym(y, mo), f"{g['m']} of {rel} year: {y}, publication being in {base}"
    if kind == "month":
        if pub is None:
            return None, f"a month with no year, {_NEEDS_PUB}"
        mo = month_number(g["m"])
        if (g.get("lead") or "").strip().lower() == "by" and not past:
            future = True  # "by April" is a deadline unless the clause is in the past
        if future:
            y = pub.year if mo > pub.month else pub.year + 1
            why = f"no year given; future tense, so the next {g['m']} after publication"
        else:
            y = pub.year if mo <= pub.month else pub.year - 1
            why = f"no year given; the latest {g['m']} not after publication ({said})"
        if g.get("edge"):
            why += f"; \"{g['edge'].strip()}\" kept as text, not a day"
        return _ym(y, mo), why
    if kind == "year":
        why = "a year as written"
        if g.get("edge"):
            why += f"; \"{g['edge'].strip()}\" kept as text: the value is the whole year"
        return f"{int(g['y']):04d}", why
    if kind == "end_of":
        return _end_of(g, pub, published)
    if kind == "mrange":
        return _month_range(g, pub, future)
    if kind == "yrange":
        return f"{g['y1']}/{g['y2']}", "a range of years as written"
    if kind == "theseason":
        return _the_season(g, pub, future)
    if kind in ("season", "relseason"):
        return _season(kind, g, pub, published)
    if kind in ("century", "hundreds"):
        return _century(kind, g)
    if kind == "decade":
        why = "a decade: the last digit is unspecified"
        if g.get("edge"):
            why += f"; \"{g['edge'].strip()}\" kept as text"
        return g["dec"][:3] + "X", why
    return _relative(kind, g, pub, published, future)


def _relative(kind: str, g: dict[str, str | None], pub: date | None, published: EDate | None,
              future: bool) -> tuple[str | None, str]:
    if kind == "edge_rel":
        return _edge(g, pub, published)
    if pub is None:
        year = _pub_year(pub, published)
        if kind == "rel" and g["unit"] == "year" and year is not None:
            return _rel_year(str(g["rel"]).lower(), year)
        return None, _NEEDS_PUB
    if kind == "ago":
        n_text = str(g["n"]).lower()
        n = int(n_text) if n_text.isdigit() else NUMBERS[n_text]
        unit = g["unit"]
        if unit == "day":
            return _ymd(pub - timedelta(days=n)), f"{n} day(s) before publication ({pub})"
        if unit == "week":
            start = pub - timedelta(days=7 * n)
            monday = start - timedelta(days=start.weekday())
            return (f"{_ymd(monday)}/{_ymd(monday + timedelta(days=6))}",
                    f"the week {n} week(s) before publication, Monday to Sunday")
        if unit == "month":
            y, mo = add_months(pub.year, pub.month, -n)
            return _ym(y, mo), f"the month {n} month(s) before publication"
        return f"{pub.year - n:04d}", f"the year {n} year(s) before publication"
    if kind == "weekend":
        return _weekend(str(g["rel"]).lower(), pub, future)
    if kind == "yday" and str(g["w"]).lower() == "overnight":
        return (f"{_ymd(pub - timedelta(days=1))}/{_ymd(pub)}",
                f"\"overnight\": the night before publication ({pub})")
    if kind == "yday":
        word = str(g["w"]).lower()
        day = pub + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
        return _ymd(day), f"\"{word}\" relative to publication ({pub})"
    if kind == "rel":
        rel, unit = str(g["rel"]).lower(), g["unit"]
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit == "year":
            return _rel_year(rel, pub.year)
        if unit == "month":
            y, mo = add_months(pub.year, pub.month, step)
            return _ym(y, mo), f"\"{rel} month\": the month {rel} relative to publication"
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * step)
        return (f"{_ymd(monday)}/{_ymd(monday + timedelta(days=6))}",
                f"\"{rel} week\": Monday to Sunday of that week relative to publication ({pub})")
    # weekday
    wd = WEEKDAYS.index(str(g["wd"]).lower())
    rel = (g.get("rel") or "").lower()
    if rel == "next" or (future and rel != "last"):
        ahead = (wd - pub.weekday()) % 7 or 7
        day = pub + timedelta(days=ahead)
        why = f"the first {g['wd']} after publication ({pub}, future)"
    else:
        back = (pub.weekday() - wd) % 7
        if rel == "last" and back == 0:
            back = 7
        day = pub - timedelta(days=back)
        why = (f"the {g['wd']} {'before' if rel == 'last' else 'on or before'} publication "
               f"({pub}, a {WEEKDAYS[pub.weekday()].title()})")
    if g.get("part"):
        why += f"; \"{g['part']}\" kept as text, not a made-up hour"
    return _ymd(day), why


def _weekend(rel: str, pub: date, future: bool) -> tuple[str, str]:
    """Saturday and Sunday: the latest weekend begun by publication, or the next one."""
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if rel == "next" or (future and rel != "last"):
        saturday = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
        which = "the next weekend after publication"
    elif rel == "last" and pub.weekday() >= 5:
        saturday -= timedelta(days=7)
        which = "the weekend before publication"
    else:
        which = "the latest weekend begun by publication"
    return (f"{_ymd(saturday)}/{_ymd(saturday + timedelta(days=1))}",
            f"\"{rel} weekend\": {which} ({pub}), Saturday and Sunday")


def _rel_year(rel: str, year: int) -> tuple[str, str]:
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
    return f"{year + step:04d}", f"\"{rel} year\" relative to the publication year {year}"


def _edge(g: dict[str, str | None], pub: date | None,
          published: EDate | None) -> tuple[str | None, str]:
    edge, unit = str(g["edge"]).lower(), g["unit"]
    year = _pub_year(pub, published)
    if pub is None and not (unit == "year" and year is not None):
        return None, _NEEDS_PUB
    if unit == "year" and pub is None and year is not None:
        return f"{year:04d}", f"\"{edge} this year\": publication known only to the year"
    assert pub is not None
    if unit == "year":
        if edge == "earlier":
            return (f"{pub.year:04d}-01~/{_ym(pub.year, pub.month)}~",
                    f"\"earlier this year\": from the start of {pub.year} to publication "
                    f"({pub}), approximate")
        return (f"{_ym(pub.year, pub.month)}~/{pub.year:04d}-12~",
                f"\"later this year\": from publication ({pub}) to the end of {pub.year}, "
                "approximate")
    if unit == "month":
        return _ym(pub.year, pub.month), f"\"{edge} this month\": within the publication month"
    monday = pub - timedelta(days=pub.weekday())
    return (f"{_ymd(monday)}/{_ymd(monday + timedelta(days=6))}",
            f"\"{edge} this week\": the publication week, Monday to Sunday")


def _end_of(g: dict[str, str | None], pub: date | None,
            published: EDate | None) -> tuple[str | None, str]:
    target = str(g["y"])
    base = _pub_year(pub, published)
    if target.isdigit():
        year = int(target)
    elif base is None:
        return None, _NEEDS_PUB
    elif target == "next year":
        year = base + 1
    elif target in ("the month", "this month"):
        if pub is None:
            return None, _NEEDS_PUB
        end = _ym(pub.year, pub.month)
        return f"{_ymd(pub)}/{end}", "\"by the end of the month\": from publication to its end"
    else:
        year = base
    end = _ym(year, month_number(m)) if (m := g.get("m")) else f"{year:04d}"
    end_period = parse_interval(end)[0]
    if pub is not None and end_period.latest > _seconds(pub):
        return f"{_ymd(pub)}/{end}", f"\"by the end of {end}\": from publication until then"
    return f"../{end}", f"\"by the end of {end}\": some time up to then; the start is unknown"


def _month_range(g: dict[str, str | None], pub: date | None,
                 future: bool) -> tuple[str | None, str]:
    m1, m2 = month_number(str(g["m1"])), month_number(str(g["m2"]))
    y1, y2 = (int(y) if (y := g.get(k)) else None for k in ("y1", "y2"))
    why = "a range of months as written"
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    elif y1 is None:
        if pub is None:
            return None, f"a range of months with no year, {_NEEDS_PUB}"
        y1 = pub.year if (m1 <= pub.month) != future else pub.year + (1 if future else -1)
        why = f"no year given; the {'next' if future else 'latest'} such range around publication"
    if y2 is None:
        y2 = y1 if m2 >= m1 else y1 + 1
    return f"{_ym(y1, m1)}/{_ym(y2, m2)}", why


def _season(kind: str, g: dict[str, str | None], pub: date | None,
            published: EDate | None) -> tuple[str | None, str]:
    code = SEASONS[str(g["s"]).lower()]
    if kind == "season":
        return f"{g['y']}-{code}", f"the {str(g['s']).lower()} of {g['y']} (EDTF season)"
    base = _pub_year(pub, published)
    if base is None:
        return None, _NEEDS_PUB
    rel = str(g["rel"]).lower()
    year = base + {"last": -1, "this": 0, "next": 1}[rel]
    if pub is not None and rel == "last":
        # last summer, said in November, is this year's summer.
        start_month = {21: 3, 22: 6, 23: 9, 24: 12}[code]
        if start_month + 3 <= pub.month:
            year = base
    return f"{year:04d}-{code}", f"\"{rel} {g['s']}\" relative to publication"


def _the_season(g: dict[str, str | None], pub: date | None,
                future: bool) -> tuple[str | None, str]:
    """"the summer" with no year: the latest one begun by publication (the next one in the
    future tense)."""
    if pub is None:
        return None, f"a season with no year, {_NEEDS_PUB}"
    code = SEASONS[str(g["s"]).lower()]
    start_month = {21: 3, 22: 6, 23: 9, 24: 12}[code]
    year = pub.year if pub.month >= start_month else pub.year - 1
    if future:
        year = pub.year if pub.month < start_month else pub.year + 1
    which = "next" if future else "latest"
    return f"{year:04d}-{code}", f"\"the {g['s']}\" with no year: the {which} one around " \
                                 f"publication ({pub})"


def _century(kind: str, g: dict[str, str | None]) -> tuple[str | None, str]:
    c = str(g["c"]).lower()
    if kind == "hundreds":
        return f"{int(c):02d}XX", f"the {c}00s: the last two digits unspecified"
    n = int(re.sub(r"\D", "", c)) if c[0].isdigit() else ORD.get(c)
    if n is None or not 1 <= n <= 21:
        return None, f"not a century this reader knows: {c!r}"
    # EDTF digits name years (n-1)00 to (n-1)99, one year off the strict century: say so.
    return (f"{n - 1:02d}XX", f"the {c} century, as the years {n - 1:02d}00–{n - 1:02d}99 "
                              "(EDTF unspecified digits)")


def _lead(m: re.Match[str], value: str | None, why: str, pub: date | None,
          future: bool = False) -> tuple[str | None, str]:
    """since / until / by before a date make it one side of an interval."""
    lead = (m.groupdict().get("lead") or "").strip().lower()
    if not lead or value is None or "/" in value or lead == "by the end of":
        return value, why
    if lead == "by" and future and pub is not None:
        return f"{_ymd(pub)}/{value}", f"by {value}: from publication until then ({why})"
    if lead == "since":
        return f"{value}/..", f"since {value}: from then on, still going ({why})"
    if lead in ("until", "through"):
        return f"../{value}", f"{lead} {value}: the start is unknown ({why})"
    return f"../{value}", f"by {value}: some time up to then ({why})"


def _checked(y: int, mo: int, d: int, why: str) -> tuple[str | None, str]:
    try:
        return _ymd(date(y, mo, d)), why
    except ValueError:
        return None, f"not a real date: day {d} of month {mo} in {y}"


def _pub_year(pub: date | None, published: EDate | None) -> int | None:
    if pub is not None:
        return pub.year
    if published is not None and published.precision is not None:
        return int(published.text[:4]) if published.text[:4].isdigit() else None
    return None


def _seconds(d: date) -> float:
    return (d - date(1970, 1, 1)).days * 86400.0
