"""Who says a clause: reporting verbs and frames, nested attribution and denials.

"X said", "according to X", "X quoted Y as saying", "a statement released by X", "as noted
by X", "X's statement" … each gives the source of a clause; a second frame inside the first
("KCNA reported that Kim stated …") makes Kim the speaker and KCNA the source. A clause with
no frame is the article's own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Frame", "attribute", "is_denial", "noun_phrase_before"]

_VERBS = (r"said|says|say|ruled|found(?= that)|concluded"
          r"|told|tells|reported|reports|report|stated|states|announced|announces"
          r"|added|adds|noted|notes|indicated|indicates|mentioned|mentions|estimated|estimates"
          r"|claimed|claims|confirmed|confirms|declared|declares|revealed|reveals|warned|warns"
          r"|denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses|insisted|insists"
          r"|asserted|asserts|argued|argues|acknowledged|acknowledges|admitted|admits"
          r"|responded|responds|replied|replies|countered|counters|wrote|writes|tweeted|posted"
          r"|praised|praises|accused|accuses|urged|urges|disputed|disputes|alleged|alleges"
          r"|believes|believed|explained|explains|predicted|predicts|stressed|stresses"
          r"|emphasized|emphasised|issued a statement|put the \w+(?= at)"
          r"|provided (?:a |an )?(?:\w+ )?(?:estimate|figure)|gave (?:a |an )?(?:\w+ )?estimate")
_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_AUX = {"has", "have", "had", "is", "are", "was", "were", "also", "then", "later", "again",
        "previously", "earlier", "first", "would", "will", "publicly", "not", "it"}
_STOP_LEAD = {"the", "a", "an", "this", "that", "these", "those", "however", "but", "and",
              "meanwhile", "separately", "in", "on", "at", "last", "its", "their", "his", "her",
              "while", "whereas", "also", "earlier", "later", "when", "after", "before"}
ROLE_NOUNS = {"officials", "official", "ministry", "spokesperson", "spokesman", "spokeswoman",
              "military", "police", "authorities", "government", "army", "analysts", "sources",
              "diplomats", "lawmakers", "prosecutors", "investigators", "residents", "witnesses",
              "experts", "media", "agency", "forces", "commander", "commanders", "office",
              "observers", "monitors", "researchers", "doctors", "medics", "rescuers",
              "activists", "reports", "statement", "officers", "leaders", "leader", "president",
              "minister", "chief", "group", "organisation", "organization", "campaigners",
              "bank", "court", "committee", "union", "company", "firm", "watchdog",
              "regulator", "governor", "mayor", "council", "board", "department", "embassy",
              "prosecutor", "spokespeople", "envoy", "ambassador", "coalition", "rebels",
              "militia", "insurgents", "opposition", "administration", "operator", "service",
              "party", "agencies", "groups", "charities", "companies", "unions", "parties",
              "network", "ministries", "lawyers", "lawyer", "director", "coordinator",
              "head", "chairman", "chairwoman", "secretary", "executive", "report"}
_ADJ_OK = {"state-run", "state", "senior", "top", "local", "unnamed", "regional", "federal",
           "military", "defence", "defense", "foreign", "interior", "health", "emergency",
           "government", "intelligence", "western", "two", "three", "several", "news",
           "central", "national", "provincial", "city", "ruling", "district",
           "municipal", "chief", "deputy", "acting", "former", "european", "main", "medical",
           "aid", "humanitarian", "human", "rights", "industrial", "largest", "opposition"}
_PRONOUNS = {"he", "she", "they", "it"}
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"}
_TOKEN = re.compile(r"\([A-Z][A-Za-z.\-]*\)|\w(?:[\w\-’']|\.(?=\w))*")
_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|refuted|refutes|dismissed|dismisses|rebuffed"
    r"|disputed|disputes|contradicted|contradicts|countered|counters)\b"
    r"|\bresponded,?\s+(?:by\s+)?(?:asserting|saying|insisting|stating)\b"
    r"|\b(?:false|baseless|untrue|fabricated|groundless|not true)\b"
    r"|\bwere still ongoing\b|\bremain(?:s|ed)? ongoing\b"
    r"|\bdisagrees?\b|\bdisagreed\b|\bcontest(?:s|ed)?\b|\bwill challenge\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Frame:
    """One attribution found in a clause: the source's words and where they are."""

    kind: str      # "verb", "according to", "quoted as", "statement by", "as noted by", ...
    name: str      # the noun phrase as written, e.g. "South Korea’s National Intelligence …"
    start: int     # offsets of the name in the text
    end: int
    cue: str       # the verb or frame words, e.g. "reported", "according to"
    cue_end: int   # where the frame's words end (a date before the complement is "when said")
    speaker: str = ""  # nested: the person quoted by the source


def attribute(text: str, start: int, end: int) -> list[Frame]:
    """Frames in text[start:end], in order of position."""
    clause = text[start:end]
    frames: list[Frame] = []
    for m in re.finditer(r"\b(?P<src>[^,.;“”]{2,80}?) quoted (?P<spk>[^,.;“”]{2,60}?) as "
                         r"(?:saying|declaring|stating|telling|calling)", clause):
        frames.append(_frame(text, start, "quoted as", m, "src", m.group(0), m.group("spk")))
    for m in re.finditer(r"\b[Aa]ccording to ", clause):
        _forward(frames, text, start, end, m, "according to")
    for m in re.finditer(r"\b(?:[Aa]s|[Aa]nd) (?:noted|reported|stated|said|announced) by ",
                         clause):
        _forward(frames, text, start, end, m, "as noted by")
    for m in re.finditer(r"\b(?:statement|report|announcement|communique|assessment|notice"
                         r"|results|figures|data|findings|estimates?)s? "
                         r"(?:released|issued|published|carried|posted|put out|made) by ",
                         clause):
        _forward(frames, text, start, end, m, "statement by")
    for m in re.finditer(r"\b(?:statement|report|announcement|assessment)s? from ", clause):
        _forward(frames, text, start, end, m, "statement from")
    for m in re.finditer(r"(?P<src>\S+(?: \S+){0,6})(?:'s|’s) (?:statement|report|announcement"
                         r"|assessment|estimate|account)\b", clause):
        np = noun_phrase_before(text, start + m.start() + len(m.group("src")), start)
        if np:
            frames.append(Frame("'s statement", np[0], np[1], np[2], m.group(0),
                                start + m.end()))
    for m in _VERB.finditer(clause):
        if _covered(frames, start + m.start()):
            continue
        np = noun_phrase_before(text, start + m.start(), start)
        appositive = _appositive(text, start, start + m.start())
        if appositive is not None and (np is None or np[1] > appositive[1]):
            np = appositive
        if np is None:
            inverted = _inverted(text, start + m.end(), end)
            if inverted is not None:
                frames.append(Frame("said X", inverted[0], inverted[1], inverted[2], m.group(),
                                    inverted[2]))
            continue
        frames.append(Frame("verb", np[0], np[1], np[2], m.group(), start + m.end()))
    frames.sort(key=lambda f: f.start)
    frames = _dedupe(frames)
    return _final_first(text, frames, end)


def _final_first(text: str, frames: list[Frame], end: int) -> list[Frame]:
    """"Romania reported the most cases, the agencies said.": the frame that closes the
    clause after a comma is the attribution; the earlier verb is part of what is said."""
    if len(frames) < 2:
        return frames
    last = frames[-1]
    tail = text[last.cue_end:end]
    if (last.kind == "verb" and re.match(r"\s*(?:\w+\s*){0,4}[.”\"]*\s*$", tail)
            and re.search(r",\s*(?:the\s+|a\s+)?$", text[max(0, last.start - 6):last.start])):
        return [last, *frames[:-1]]
    return frames


_APPOSITIVE = re.compile(
    r"(?:(?P<np>[A-Z][\w’'\-.]*(?: [A-Z][\w’'\-.]*){0,4}),\s+(?:the|a|an|who|which|its|his"
    r"|her)\b[^,;“”]{2,90}|[^,;“”.]{2,60},\s+(?P<name>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,3}))"
    r",\s*$")


def _appositive(text: str, limit: int, pos: int) -> tuple[str, int, int] | None:
    """The subject before an inserted phrase: "IF Metall, the country's largest union,
    said", "Ivanov, who has denied wrongdoing, said"; or the name in "Ivanov's lawyer,
    Dimitar Kolev, said"."""
    window = max(limit, pos - 160)
    m = _APPOSITIVE.search(text, window, pos)
    if m is None:
        return None
    if m.group("name"):
        a = m.start("name")
        return m.group("name"), a, m.end("name")
    return m.group("np"), m.start("np"), m.end("np")


def _covered(frames: list[Frame], pos: int) -> bool:
    return any(f.start <= pos < f.cue_end for f in frames if f.kind != "verb")


def _dedupe(frames: list[Frame]) -> list[Frame]:
    out: list[Frame] = []
    for f in frames:
        if any(g.start <= f.start < g.end for g in out):
            continue
        out.append(f)
    return out


def _frame(text: str, offset: int, kind: str, m: re.Match[str], group: str, cue: str,
           speaker: str = "") -> Frame:
    np = noun_phrase_before(text, offset + m.end(group), offset + m.start(group))
    if np is None:
        a, b = offset + m.start(group), offset + m.end(group)
        np = (text[a:b], a, b)
    return Frame(kind, np[0], np[1], np[2], cue, offset + m.end(), speaker=speaker.strip())


def _forward(frames: list[Frame], text: str, start: int, end: int, m: re.Match[str],
             kind: str) -> None:
    found = noun_phrase_after(text, start + m.end(), end)
    if found is not None:
        frames.append(Frame(kind, found[0], found[1], found[2], m.group().strip(), found[2]))


def _inverted(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """"…,” said the ministry": the source comes after the verb."""
    before = text[max(0, pos - 30):pos]
    if not re.search(r"[”\"’,]\s*\w+$", before):
        return None
    found = noun_phrase_after(text, pos, limit)
    if found is None:
        return None
    # "said the regional governor, Ivan Petrov": the appositive name is the source.
    name = re.match(r", ([A-Z][\w\-]+(?: [A-Z][\w\-]+){1,2})(?=[.,;]|$)", text[found[2]:limit])
    if name:
        a = found[2] + 2
        return f"{found[0]} {name.group(1)}", found[1], a + len(name.group(1))
    return found


def noun_phrase_before(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """The subject right before a verb: names, acronyms, "’s", "of", role nouns."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, limit, pos)]
    # Only a run directly before the verb counts; punctuation between ends it.
    kept: list[tuple[str, int, int]] = []
    while tokens and (tokens[-1][0].lower() in _AUX or tokens[-1][0].endswith("ly")):
        if text[tokens[-1][2]:pos].strip(" "):
            break
        pos = tokens[-1][1]
        tokens.pop()
    for word, a, b in reversed(tokens):
        gap = text[b:kept[-1][1] if kept else pos]
        if gap.strip(" "):
            break
        low = word.lower().rstrip("’'s") if word.endswith(("’s", "'s")) else word.lower()
        if (word[0].isupper() or word.startswith("(") or low in ROLE_NOUNS
                or (kept and low in ("of", "for", "and", "de") and kept[-1][0][0].isupper())
                or (kept and low in _ADJ_OK)):
            kept.append((word, a, b))
            continue
        if low in _PRONOUNS and not kept:
            kept.append((word, a, b))
        elif kept and kept[-1][0].lower() in ROLE_NOUNS and word.islower():
            # "the civil protection ministry": lowercase words between a determiner and
            # the role noun belong to the name.
            run = _determined_run(tokens, a, text)
            if run is not None:
                kept.extend(run)
        break
    kept.reverse()
    while kept and (kept[0][0].lower() in _STOP_LEAD or kept[0][0].lower() in ("of", "and")):
        kept.pop(0)
    while kept and kept[-1][0].lower() in ("of", "and", "for"):
        kept.pop()
    if not kept or all(w.lower().strip("()") in _DATE_WORDS for w, _, _ in kept):
        return None
    if len(kept) == 1 and kept[0][0].lower() in ("reports", "statement"):
        return None
    a, b = kept[0][1], kept[-1][2]
    return text[a:b], a, b


def _determined_run(tokens: list[tuple[str, int, int]], at: int,
                    text: str) -> list[tuple[str, int, int]] | None:
    """Up to three lowercase words ending at token `at` and starting right after "the" or
    "a" (nothing else between), nearest first; None when no determiner bounds them."""
    index = next(i for i, t in enumerate(tokens) if t[1] == at)
    run: list[tuple[str, int, int]] = []
    for i in range(index, max(-1, index - 4), -1):
        word = tokens[i][0]
        if word.lower() in ("the", "a", "an"):
            return run or None
        if not word.islower() or (run and text[tokens[i][2]:run[-1][1]].strip(" ")):
            return None
        run.append(tokens[i])
    return None


def noun_phrase_after(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """The source after "according to", "by", "said": "the KCNA", "South Korea’s Yonhap"."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, limit)]
    kept: list[tuple[str, int, int]] = []
    last = pos
    for word, a, b in tokens:
        if text[last:a].strip(" "):
            break
        low = word.lower().rstrip("’'s") if word.endswith(("’s", "'s")) else word.lower()
        if not kept and low in ("the", "a", "an"):
            last = b
            continue
        if (word[0].isupper() or word.startswith("(") or low in ROLE_NOUNS or low in _ADJ_OK
                or (kept and low in ("of", "for", "and", "de"))):
            if low in _DATE_WORDS:
                break
            kept.append((word, a, b))
            last = b
            continue
        break
    while kept and kept[-1][0].lower() in ("of", "and", "for", "de"):
        kept.pop()
    if kept and all(w.lower() in _ADJ_OK and w.lower() not in ROLE_NOUNS and not w[0].isupper()
                    for w, _, _ in kept):
        kept = []  # "a local medical …" with no noun is not a source
    # "a local medical group, the Sudan Doctors Network": the name in apposition wins.
    after = re.match(r",\s+(?:the\s+)?(?P<n>[A-Z][\w’'\-]+(?: (?:[A-Z][\w’'\-]+|of|for|and))"
                     r"{0,6}(?<![a-z] of)(?<! and)(?<! for))(?=[.,;]|$)",
                     text[kept[-1][2] if kept else last:limit])
    if after and (not kept or not any(w[0].isupper() for w, _, _ in kept)):
        base = kept[-1][2] if kept else last
        a = base + after.start("n")
        return after.group("n"), a, base + after.end("n")
    if not kept:
        return None
    a, b = kept[0][1], kept[-1][2]
    return text[a:b], a, b


def is_denial(clause: str) -> bool:
    """A rebuttal: denied, rejected, refuted, or "responded, asserting …" and the like."""
    return bool(_DENIAL.search(clause))
