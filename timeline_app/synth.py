"""Synthetic timeline documents for tests and benchmarks, never committed as data.

`python -m timeline_app.synth --events 1000000 --seed 1 -o big.json` writes a canonical
native document whose shape resembles real use: a few dozen sources of different kinds,
dates at every precision with some vague or open, one to three claims an event, and a share
of disputed events (denials, conflicting figures). The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from typing import Any

from pydantic_core import to_json

from timeline_app.core.model.calendar import civil_from_days, days_from_civil

KINDS = ("state media", "news agency", "intelligence agency", "government", "military",
         "monitoring group", "newspaper")
WORDS = ("troops", "treaty", "statement", "strike", "talks", "report", "casualties",
         "border", "summit", "sanctions", "convoy", "drone", "ceasefire", "deployment",
         "monument", "briefing", "rebuttal", "estimate", "offensive", "withdrawal")
UNITS = ("killed", "injured", "troops", "casualties")


def document(n_events: int, seed: int = 1, n_sources: int = 40,
             first_year: int = 1950, last_year: int = 2025) -> dict[str, Any]:
    rnd = random.Random(seed)
    sources = [{"id": f"s{i}", "name": f"Source {i}", "kind": KINDS[i % len(KINDS)],
                "country": f"Country {i % 12}"} for i in range(n_sources)]
    lo_day = days_from_civil(first_year, 1, 1)
    hi_day = days_from_civil(last_year, 12, 31)
    events = [_event(rnd, i, lo_day, hi_day, n_sources) for i in range(n_events)]
    return {"format": "timeline-app", "version": 1,
            "title": f"Synthetic timeline ({n_events:,} events)",
            "sources": sources, "events": events}


def _date(rnd: random.Random, day: int) -> str:
    y, m, d = civil_from_days(day)
    r = rnd.random()
    if r < 0.55:
        text = f"{y:04d}-{m:02d}-{d:02d}"
    elif r < 0.85:
        text = f"{y:04d}-{m:02d}"
    elif r < 0.95:
        text = f"{y:04d}"
    else:
        text = f"{y:04d}-{m:02d}-{d:02d}T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00Z"
    q = rnd.random()
    if q < 0.08:
        text += "~"
    elif q < 0.11:
        text += "?"
    return text


def _event(rnd: random.Random, i: int, lo_day: int, hi_day: int, n_sources: int) -> dict:
    day = rnd.randint(lo_day, hi_day)
    words = rnd.sample(WORDS, 3)
    title = f"{words[0].capitalize()} {words[1]} {words[2]} #{i}"
    e: dict[str, Any] = {"id": f"e{i}", "title": title, "start": _date(rnd, day)}
    if rnd.random() < 0.15:
        e["end"] = _date(rnd, min(hi_day, day + rnd.randint(40, 400)))
    if rnd.random() < 0.3:
        e["tags"] = rnd.sample(WORDS, rnd.randint(1, 2))
    claims = []
    disputed = rnd.random() < 0.1
    for k in range(rnd.choice((1, 1, 1, 2, 2, 3))):
        c: dict[str, Any] = {"source": f"s{rnd.randrange(n_sources)}",
                             "text": f"Statement {k} about event {i}"}
        if disputed and k == 1:
            c["stance"] = "denies"
        if rnd.random() < 0.1:
            c["value"] = rnd.randrange(10, 5000)
            c["unit"] = rnd.choice(UNITS)
        claims.append(c)
    e["claims"] = claims
    return e


def write(path: str, n_events: int, seed: int = 1) -> None:
    write_doc(path, document(n_events, seed))


def write_doc(path: str, doc: dict[str, Any]) -> None:
    with open(path, "wb") as fh:
        fh.write(to_json(doc, indent=2) + b"\n")


def many_eras(n_eras: int, n_events: int = 1000, seed: int = 1) -> dict[str, Any]:
    """A hostile shape: `n_eras` overlapping eras of days to years over 75 years."""
    doc = document(n_events, seed)
    rnd = random.Random(seed)
    lo_day, hi_day = days_from_civil(1950, 1, 1), days_from_civil(2025, 12, 31)
    eras = []
    for i in range(n_eras):
        day = rnd.randint(lo_day, hi_day - 1)
        end = min(hi_day, day + int(rnd.expovariate(1 / 60)) + 1)
        eras.append({"title": f"Era {i}", "start": _day_text(day), "end": _day_text(end)})
    doc["eras"] = eras
    return doc


def _day_text(day: int) -> str:
    y, m, d = civil_from_days(day)
    return f"{y:04d}-{m:02d}-{d:02d}"


def many_sources(n_sources: int, n_events: int, seed: int = 1) -> dict[str, Any]:
    """A hostile shape: `n_sources` sources spread round-robin over `n_events` events
    (one event each when they are equal; thousands of claims an event when few)."""
    doc = document(n_events, seed, n_sources=min(n_sources, 40))
    doc["sources"] = [{"id": f"s{i}", "name": f"Source {i}", "kind": KINDS[i % len(KINDS)]}
                      for i in range(n_sources)]
    for e in doc["events"]:
        e["claims"] = []
    events = doc["events"]
    for i in range(n_sources):
        events[i % n_events]["claims"].append({"source": f"s{i}", "text": f"Says {i}"})
    return doc


def many_tags(n_tags: int, n_events: int = 1, seed: int = 1) -> dict[str, Any]:
    """A hostile shape: the first event carries `n_tags` distinct tags."""
    doc = document(n_events, seed)
    doc["events"][0]["tags"] = [f"tag {i}" for i in range(n_tags)]
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline_app.synth", description=__doc__)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True)
    ns = parser.parse_args(argv)
    write(ns.output, ns.events, ns.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
