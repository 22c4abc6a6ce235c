"""Sentences and clauses of news prose, as character spans of the plain text.

Claims must point at the exact words they come from, so nothing here rewrites text: every
piece is a (start, end) span into the article's plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "clauses", "sentences"]

_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "sen", "rep",
           "gov", "pres", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "inc", "co",
           "corp", "ltd", "jr", "sr", "prof", "adm", "brig", "cmdr"}
_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+[“\"‘(\[]?[A-Z0-9])|\n+")
# Where a sentence turns to a second statement or a second speaker.
_CLAUSE_SPLIT = re.compile(
    r",\s+(?=(?:while|whereas|but)\s)"
    r"|\s+(?:comes?|came)\s+(?:after|days after|as|weeks after)\s+"
    r"|,\s+(?=(?:highlighting|adding|noting)\s+that\s)"
    r"|;\s+")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed; a line break always ends a sentence (headlines, paragraphs)."""
    out: list[Span] = []
    pos = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _is_abbrev(text, m.start()):
            continue
        _add(out, text, pos, m.end() if not m.group().startswith("\n") else m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _is_abbrev(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 8):dot])
    return word is not None and (word.group(1).lower().strip(".") in _ABBREV
                                 or len(word.group(1)) == 1)


def _add(out: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, text[start:end]))


def clauses(sentence: Span) -> list[Span]:
    """The sentence cut where a new statement starts ("…, while the United States said …");
    quoted passages are never cut."""
    cuts = [m for m in _CLAUSE_SPLIT.finditer(sentence.text)
            if not _inside_quote(sentence.text, m.start())]
    out: list[Span] = []
    pos = 0
    for m in cuts:
        _add_rel(out, sentence, pos, m.start())
        pos = m.end()
    _add_rel(out, sentence, pos, len(sentence.text))
    return out


def _add_rel(out: list[Span], sentence: Span, a: int, b: int) -> None:
    text = sentence.text
    while a < b and text[a] in " ,;":
        a += 1
    while b > a and text[b - 1] in " ,;":
        b -= 1
    if b > a:
        out.append(Span(sentence.start + a, sentence.start + b, text[a:b]))


def _inside_quote(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
