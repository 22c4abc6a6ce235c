"""Figures with their unit as the text says it, and whether they are bounds.

"approximately 300 North Korean soldiers had died" is 300 killed, approximate; "could reach
4,000" an upper bound; "the number of killed or wounded … could reach 4,000" takes its unit
from "the number of"; years and dates are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Figure", "find_figures"]

_NUMBER = re.compile(
    r"(?<![\w.,$])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<mult>million|billion|thousand|hundred)\b)?(?P<pct>\s?%| percent\b)?")
_UPPER = re.compile(r"(?:up to|as many as|at most|no more than|fewer than|less than|could reach"
                    r"|could rise to|could top|could be as high as|may reach|might reach"
                    r"|as high as|a maximum of)\s+$", re.IGNORECASE)
_LOWER = re.compile(r"(?:at least|more than|over|upwards of|in excess of|a minimum of"
                    r"|no fewer than|exceeding)\s+$", re.IGNORECASE)
_ABOUT = re.compile(r"(?:about|around|approximately|roughly|some|nearly|almost|an estimated"
                    r"|estimated|close to|some|about)\s+$", re.IGNORECASE)
_MULT = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_PEOPLE = {"soldiers", "people", "civilians", "troops", "fighters", "men", "women", "children",
           "servicemen", "personnel", "residents", "migrants", "workers", "members", "persons",
           "combatants", "militants", "officers", "sailors", "pilots", "protesters"}
_OUTCOMES = ((r"\b(?:died|killed|dead|were killed|lost their lives|perished)\b", "killed"),
             (r"\b(?:wounded)\b", "wounded"), (r"\b(?:injured|hurt)\b", "injured"),
             (r"\b(?:missing)\b", "missing"), (r"\b(?:captured|taken prisoner)\b", "captured"),
             (r"\b(?:displaced|fled)\b", "displaced"), (r"\b(?:arrested|detained)\b", "arrested"))
_STOPWORDS = {"of", "the", "a", "an", "and", "or", "in", "to", "had", "have", "has", "were",
              "was", "are", "is", "who", "that", "which", "its", "their", "his", "her", "on",
              "at", "by", "for", "with", "from", "additional", "more", "other", "new",
              "further", "than", "as"}
_SKIP_AFTER = re.compile(r"\s*(?:years? old|-year-old|year-old|a\.m\.|p\.m\.|am\b|pm\b|:\d"
                         r"|-?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b)",
                         re.IGNORECASE)
_TO = re.compile(r"\b(?:rose|risen|fell|fallen|climbed|jumped|dropped|increased|decreased"
                 r"|reached|totall?ed"
                 r"|grew|surged|stood at|hit)(?: to| at)?\s+$")
_NOT_UNITS = {"last", "next", "this", "in", "on", "since", "by", "until", "during", "after",
              "before", "from", "year", "month", "week", "according", "said", "says"}


@dataclass(frozen=True, slots=True)
class Figure:
    start: int           # the figure's words, qualifier included, in the text
    end: int
    text: str
    value: float | int
    unit: str
    bound: str = ""      # "upper", "lower" or ""
    approximate: bool = False


def find_figures(text: str, start: int, end: int,
                 skip: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Figures in text[start:end], leaving out numbers inside the spans in `skip` (dates)."""
    out: list[Figure] = []
    for m in _NUMBER.finditer(text, start, end):
        a, b = m.start(), m.end()
        if any(s <= a < e for s, e in skip or ()):
            continue
        if _SKIP_AFTER.match(text, b) or re.match(r"\s*(?:st|nd|rd|th)\b", text[b:b + 3]):
            continue
        raw = m.group("num").replace(",", "")
        value: float | int = float(raw) if "." in raw else int(raw)
        if m.group("mult"):
            value = value * _MULT[m.group("mult")]
            value = int(value) if float(value).is_integer() else value
        if not m.group("mult") and not m.group("pct") and 1900 <= value <= 2100 \
                and "," not in m.group("num"):
            continue  # a year
        before = text[max(start, a - 40):a]
        bound = ("upper" if _UPPER.search(before) else "lower" if _LOWER.search(before) else "")
        approx = bool(_ABOUT.search(before))
        qual = _UPPER.search(before) or _LOWER.search(before) or _ABOUT.search(before)
        first = a - (len(before) - qual.start()) if qual else a
        unit = "percent" if m.group("pct") else _unit(text, b, end, before)
        if not unit:
            continue
        out.append(Figure(first, b, text[first:b], value, unit, bound, approx))
    return out


def _unit(text: str, pos: int, end: int, before: str) -> str:
    """What the number counts: the noun after it, refined by what happened to the people
    counted ("soldiers had died" → killed), or "the number of X" before it."""
    measured = re.search(r"(?:\b(?P<m>magnitude|temperature|rate|price|level)(?: of)?"
                         r"|the (?P<at>\w+) (?:at|to))\s+$", before)
    if measured:
        return measured.group("m") or measured.group("at")
    number_of = re.search(r"number of (?P<u>[a-z]+(?: or [a-z]+)?)\b", text[max(0, pos - 200):pos])
    if number_of and re.search(r"(?:could reach|reach|at|stood at|to|was|is)\s+\S*$", before):
        return number_of.group("u")
    words = re.findall(r"[A-Za-z][\w\-’']*", text[pos:min(end, pos + 80)])
    noun = ""
    if _TO.search(before) or (words and words[0].lower() in _NOT_UNITS):
        # "Measles cases in Europe rose to 127,350 last year": what rose is the unit.
        start = max(text.rfind(". ", 0, pos) + 2, text.rfind(" - ", 0, pos) + 3,
                    text.rfind("\n", 0, pos) + 1, 0)
        subject = [w.lower() for w in re.findall(r"[A-Za-z][\w\-’']*", text[start:pos])
                   if w[0].islower() and w.lower() not in _STOPWORDS]
        if "toll" in subject:
            return "deaths" if "death" in subject else "toll"  # "the death toll … rose to"
        if subject:
            return subject[0]
    for i, w in enumerate(words[:6]):
        low = w.lower()
        if w[0].isupper() or low in _STOPWORDS:
            continue
        if low in _NOT_UNITS:
            break
        noun = low
        rest = " ".join(words[i + 1:i + 8]).lower()
        if low in _PEOPLE:
            for pattern, outcome in _OUTCOMES:
                if re.search(pattern, rest):
                    return outcome
        break
    return noun
