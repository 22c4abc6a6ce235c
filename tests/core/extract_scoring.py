"""Scoring the article reader against hand-checked stories (tests/data/articles).

Each NAME.txt has NAME.expected.json: its publication date, every date expression with the
EDTF value its words allow, the source of each statement (a fragment of it and the source's
name, "article" for the story's own voice), figures and denials. Run as a script to print
the table: `python -m tests.core.extract_scoring`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.extract.article import read_article_file
from timeline_app.core.extract.proposals import Extraction, extract
from timeline_app.core.model.timeline import Stance

STORIES = Path(__file__).resolve().parent.parent / "data" / "articles"


@dataclass
class Score:
    name: str
    dates_found: int = 0
    dates_right: int = 0
    dates_expected: int = 0
    said_found: int = 0       # claims attributed to a named source
    said_right: int = 0
    said_expected: int = 0    # expected statements by a named source
    said_expected_right: int = 0
    voice_right: int = 0      # the article's own voice recognised as such
    voice_expected: int = 0
    figures_found: int = 0
    figures_right: int = 0
    figures_expected: int = 0
    denials_right: int = 0
    denials_expected: int = 0
    wrong: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _norm(name: str) -> str:
    name = name.replace("’", "'").lower()
    name = re.sub(r"\(.*?\)", "", name)
    return re.sub(r"^the\s+|\s+", " ", name).strip()


def _same_source(found: str, expected: str) -> bool:
    a, b = _norm(found), _norm(expected)
    return bool(a) and (a in b or b in a)


def score(name: str, folder: Path = STORIES) -> Score:
    gold = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    result: Extraction = extract(read_article_file(folder / f"{name}.txt",
                                                   published=gold["published"]))
    s = Score(name, seconds=result.seconds)
    book = result.reading.book
    article_source = result.reading.article_source
    # Dates: a found date is right if its words are an expected expression and the value
    # is the expected one.
    expected = [tuple(d) for d in gold["dates"]]
    s.dates_expected = len(expected)
    left = list(expected)
    for d in result.reading.dates:
        s.dates_found += 1
        match = next((e for e in left if e[0] in d.text or d.text in e[0]), None)
        if match is not None and d.value == match[1]:
            s.dates_right += 1
            left.remove(match)
        else:
            s.wrong.append(f"date {d.text!r} -> {d.value} (expected {match[1] if match else '-'})")
    s.wrong.extend(f"date missed {e[0]!r} ({e[1]})" for e in left
                   if not any(e[0] in d.text or d.text in e[0] for d in result.reading.dates))
    # Attributions.
    claims = {c.start: c for c in result.claims()}.values()
    gold_said = gold["attributions"]
    matched_claims = set()
    for fragment, source in gold_said:
        claim = next((c for c in claims if fragment in c.text), None)
        if source == "article":
            s.voice_expected += 1
        else:
            s.said_expected += 1
        if claim is None:
            s.wrong.append(f"no claim for {fragment!r} ({source})")
            continue
        matched_claims.add(claim.start)
        got = "article" if claim.source == article_source else book.name_of(claim.source)
        ok = got == "article" if source == "article" else (
            got != "article" and _same_source(got, source))
        if source == "article":
            s.voice_right += ok
        else:
            s.said_expected_right += ok
        if not ok:
            s.wrong.append(f"{fragment!r}: {got!r} (expected {source!r})")
    for claim in claims:
        if claim.source == article_source:
            continue
        s.said_found += 1
        gold_item = next((g for g in gold_said if g[0] in claim.text), None)
        if gold_item is not None and gold_item[1] != "article" \
                and _same_source(book.name_of(claim.source), gold_item[1]):
            s.said_right += 1
        elif gold_item is None:
            s.wrong.append(f"unexpected claim by {book.name_of(claim.source)!r}: "
                           f"{claim.text[:50]!r}")
    # Figures and denials.
    figures = {(c.figure.value, c.figure.unit) for c in result.claims() if c.figure}
    want = {(v, u) for v, u in gold["figures"]}
    s.figures_found, s.figures_expected = len(figures), len(want)
    s.figures_right = len(figures & want)
    s.wrong.extend(f"figure {v} {u!r} not expected" for v, u in sorted(figures - want))
    s.wrong.extend(f"figure missed {v} {u!r}" for v, u in sorted(want - figures))
    s.denials_expected = len(gold["denials"])
    for fragment in gold["denials"]:
        hit = any(fragment in c.text and c.stance is Stance.DENIES for c in result.claims())
        s.denials_right += hit
        if not hit:
            s.wrong.append(f"denial missed: {fragment!r}")
    return s


HELD_OUT = STORIES / "heldout"  # written after the rules were tuned on all the others


def names(folder: Path = STORIES) -> list[str]:
    return sorted(p.name[:-len(".expected.json")] for p in folder.glob("*.expected.json"))


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.0%}" if b else "-"


def report(folder: Path = STORIES) -> str:
    rows = [score(n, folder) for n in names(folder)]
    lines = []
    total = Score("all")
    for s in rows:
        for k in ("dates_found", "dates_right", "dates_expected", "said_found", "said_right",
                  "said_expected", "said_expected_right", "voice_right", "voice_expected",
                  "figures_found", "figures_right", "figures_expected", "denials_right",
                  "denials_expected"):
            setattr(total, k, getattr(total, k) + getattr(s, k))
    for s in [*rows, total]:
        lines.append(f"{s.name:10} dates P {_ratio(s.dates_right, s.dates_found):12} "
                     f"R {_ratio(s.dates_right, s.dates_expected):12} | attribution P "
                     f"{_ratio(s.said_right, s.said_found):12} R "
                     f"{_ratio(s.said_expected_right, s.said_expected):12} own voice "
                     f"{_ratio(s.voice_right, s.voice_expected):10} | figures P "
                     f"{_ratio(s.figures_right, s.figures_found):10} R "
                     f"{_ratio(s.figures_right, s.figures_expected):10} | denials "
                     f"{_ratio(s.denials_right, s.denials_expected)}")
    for s in rows:
        lines.extend(f"  {s.name}: {w}" for w in s.wrong)
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
    print("\nheld out:")
    print(report(HELD_OUT))
