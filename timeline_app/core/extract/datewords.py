"""The words of dates: month and weekday names, and the forms `reldates` recognises, as
regular expressions (one per form, each with named parts), and the small calendar sums they
need. Month names are matched
case-sensitively (capitalised), so the verb "may" is not May."""

from __future__ import annotations

import re
from datetime import date

from timeline_app.core.model.calendar import MONTH_NAMES

MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name[:3].lower(): i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "twenty-first": 21}

# Month names are matched case-sensitively (capitalised), so the verb "may" is not May.
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
        r"|Dec\.?)(?![a-z])")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DAYN = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_REL = r"(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)"
_NUM = r"(?:\d+|[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_EDGE = r"(?P<edge>[Ee]arly |[Mm]id-|[Mm]id |[Ll]ate )"
_LEAD = r"(?P<lead>[Ss]ince |[Uu]ntil |[Tt]hrough |[Bb]y the end of |[Bb]y )?"

_PATTERNS: list[tuple[str, str]] = [
    ("mrange", rf"(?:[Ff]rom|[Bb]etween) (?P<m1>{_MON})(?: (?P<y1>{_YEAR}))?"
               rf" (?:to|and|until|through) (?P<m2>{_MON})(?: (?P<y2>{_YEAR}))?"),
    ("yrange", rf"(?:[Ff]rom|[Bb]etween) (?P<y1>{_YEAR}) (?:to|and|until|through) (?P<y2>{_YEAR})"),
    ("mdy", rf"{_LEAD}(?:{_WD},? )?(?P<m>{_MON}) (?P<d>{_DAYN}),? (?P<y>{_YEAR})"),
    ("dmy", rf"{_LEAD}(?:{_WD},? )?(?:the )?(?P<d>{_DAYN}) (?:of )?(?P<m>{_MON}),? (?P<y>{_YEAR})"),
    ("iso", r"(?P<y>[12][0-9]{3})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])"),
    ("md", rf"{_LEAD}(?:{_WD},? )?(?P<m>{_MON}) (?P<d>{_DAYN})(?![0-9,])"),
    ("dm", rf"{_LEAD}(?:{_WD},? )?(?:the )?(?P<d>{_DAYN}) (?:of )?(?P<m>{_MON})(?! [0-9])"),
    ("end_of", rf"[Bb]y the end of (?:(?P<m>{_MON}) )?(?P<y>{_YEAR}|the year|this year"
               rf"|next year|the month|this month)"),
    ("my", rf"{_LEAD}{_EDGE}?(?P<m>{_MON}),? (?:of )?(?P<y>{_YEAR})"),
    ("mrel", rf"{_LEAD}(?P<m>{_MON}) (?:of )?(?P<rel>last|this|next) year"),
    ("relm", rf"{_LEAD}(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) (?P<m>{_MON})"),
    ("season", rf"{_LEAD}(?:the )?(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
               rf"(?: of)? (?P<y>{_YEAR})"),
    ("relseason", rf"{_LEAD}(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) (?P<s>spring|summer|autumn|fall"
                  rf"|winter)"),
    ("theseason", rf"{_LEAD}the (?P<s>spring|summer|autumn|fall|winter)(?! of)\b"),
    ("century", r"(?:the )?(?P<c>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) century"),
    ("hundreds", r"(?:the )?(?P<c>1[0-9]|20)00s"),
    ("decade", r"(?:the )?(?P<edge>early |mid-|mid |late )?(?P<dec>1[0-9]{2}0|20[0-9]0)s"),
    ("edge_rel", r"(?P<edge>[Ee]arlier|[Ll]ater) (?:this|in the) (?P<unit>week|month|year)"),
    ("ago", rf"(?P<n>{_NUM}) (?P<unit>day|week|month|year)s? ago"),
    ("rel", rf"{_LEAD}(?P<rel>{_REL}) (?P<unit>week|month|year)(?!s)"),
    ("yday", r"\b(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Oo]vernight)"),
    ("weekend", r"(?:(?P<rel>[Oo]ver the|[Aa]t the|[Tt]his|[Ll]ast|[Nn]ext) )weekend"),
    ("wd", rf"{_LEAD}(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n) )?(?P<wd>{_WD})(?: {_PART})?"),
    ("month", rf"{_LEAD}{_EDGE}?(?:[Ii]n |[Dd]uring |[Ff]rom )?"
              rf"(?P<m>{_MON})(?![ ,]?\s?[0-9])"),
    ("year", rf"(?:{_LEAD[:-1]}|{_EDGE}|[Ii]n |[Dd]uring |[Oo]f |"
             rf"[Ff]rom )(?:the year )?(?P<y>{_YEAR})(?![0-9]|,[0-9])"),
]
COMPILED = [(k, re.compile(rf"\b{p}")) for k, p in _PATTERNS]
FUTURE = re.compile(r"\b(?:will|shall|'ll|(?:is|are|was|were) (?:due|set|scheduled|expected"
                     r"|going|to)|plans? to|planned for|scheduled|upcoming|would take place)\b",
                     re.IGNORECASE)

PAST = re.compile(r"\b(?:had|was|were|did|ago|last)\b", re.IGNORECASE)
CLAUSE_ENDS = (".", ";", ",", "“", "”", "\"", "\n", "(", ")", " - ", "—", "–")


def month_number(name: str) -> int:  # a name, or the digits of the ISO form (2025-04-01)
    word = name.rstrip(".").lower()
    return int(word) if word.isdigit() else MONTHS[word[:4] if word.startswith("sept")
                                                   else word[:3]]


def nearest_year(pub: date, mo: int, d: int, future: bool) -> int:
    """The year a day given without one ("April 21") means: the next such day after
    publication when the clause is in the future tense, else the latest on or before it."""
    y = pub.year
    try:
        candidate = date(y, mo, d)
    except ValueError:
        return y
    return (y if candidate > pub else y + 1) if future else (y if candidate <= pub else y - 1)


def add_months(y: int, mo: int, n: int) -> tuple[int, int]:
    """(year, month) `n` months after (or, negative, before) `y`-`mo`."""
    total = y * 12 + (mo - 1) + n
    return total // 12, total % 12 + 1
