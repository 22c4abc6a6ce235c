"""Fuzz targets over the loaders, shared by test_fuzz.py (bounded) and scripts/fuzz.py (long).

The contract under test is the one the window and `timeline-app check` rely on: any bytes
either load or raise the loader's own `LoadError`; nothing else escapes. A file that loads
must also survive what the app does next with it (save, reload, export, summarise), since a
document that opens but cannot be saved is as lost as one that crashes the loader.

Inputs are built with structure (native documents, bare lists, TimelineJS, CSV) so that
they get past the JSON and CSV layers, then sometimes damaged byte by byte. Two cheap
targets add volume: random bytes, and seeded byte edits of real files (the example, its
CSV and TimelineJS exports, the CSV samples and the corpus). Dates get a target of their own.
"""

from __future__ import annotations

import csv
import io
import json
import random
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import export_bytes, load_bytes
from timeline_app.core.formats.result import LoadResult
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.model.dates import DateError, parse_date, parse_interval

# -- building blocks --------------------------------------------------------------------------

EVENT_KEYS = ["id", "title", "start", "end", "description", "tags", "location", "status",
              "claims", "date", "start_date", "when", "end_date", "headline", "label", "name",
              "content", "event", "summary", "details", "source", "sources", "url", "link"]
CLAIM_KEYS = ["source", "text", "value", "unit", "stance", "url", "published", "link", "quote"]
SOURCE_KEYS = ["id", "name", "kind", "country", "url", "notes", "color"]
DOC_KEYS = ["format", "version", "title", "description", "sources", "events", "eras",
            "timelinejs", "csv"]
TRICKY_TEXT = ["", " ", "\x00", "\u202e", "\ufeff", "a\nb", "\r\n", "\ud7ff", "ÿ", "😀",
               "<b>x</b>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
               "javascript:alert(1)", "file:///etc/passwd", "https://example.com/a?b=1",
               "&amp;", "&#0;", "&#x110000;", "=1+2", "NIS", "nis", "kcna", "x" * 300]
HTML_BITS = ["<b>", "</b>", "<p>", "</p>", "<br>", "<br/>", "<a href='https://e.com/x'>",
             '<a href="javascript:alert(1)">', "</a>", "<script>", "</script>", "<style>",
             "<img src=x onerror=alert(1)>", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "&",
             "&amp;", "&lt;", "&#1114112;", "&#x0;", "&nbsp;", "https://example.org/p?q=1",
             "http://", "<ul class=\"timeline-app-claims\">", "<li>", "\n", " ", "text",
             "<iframe src='https://x.org'>", "</iframe>", "<blockquote>", "&#xD800;"]
DATE_PIECES = ["2024", "0000", "-0044", "-0000", "9999", "202X", "19XX", "XXXX", "2X2X",
               "Y12345", "Y-13800000000", "Y", "Y999999999999999", "Y-99999999999999999",
               "12345", "..", "", "-", "10", "01", "13", "00", "02", "21", "24", "25", "1X",
               "XX", "29", "30", "31", "3X", "T", "t", "09", "24:00", ":30", ":60", ".5",
               ".000000000000000000001", "Z", "z", "+09:00", "-05", "+2400", "~", "?", "%",
               "/", " ", "W42", "１"]


def _texts(max_size: int = 12) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(TRICKY_TEXT), st.text(max_size=max_size))


TEXT = _texts()
HTML = st.lists(st.one_of(st.sampled_from(HTML_BITS), st.text(max_size=6)),
                max_size=8).map("".join)
VALID_DATES = st.sampled_from([
    "2024", "2024-10", "2024-10-18", "2024-21", "2024-24", "2024-10-18T09", "2024-10-18T09:30",
    "2024-10-18T09:30:05", "2024-10-18T09:30:05.25Z", "2024-10-18T09:30:00+09:00", "202X",
    "2024-1X", "2024-10-2X", "-0044-03-15", "0000", "Y12345", "Y-13800000000", "..",
    "2000-02-29", "2024-04-3X", "202X-10", "-202X", "2024/2025", "../2025-01", "2024/"])


@st.composite
def date_texts(draw: st.DrawFn, messy: bool = True) -> str:
    """Well-formed dates of every form; when messy, some with a piece wrong, some garbage."""
    if not messy:
        return draw(VALID_DATES) + draw(st.sampled_from(["", "", "", "~", "?", "%"]))
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.text(alphabet="0123456789-XxYTtZz:+.~?%/ ", max_size=24))
    if kind == 1:
        return "".join(draw(st.lists(st.sampled_from(DATE_PIECES), max_size=6)))
    year = draw(st.sampled_from(["2024", "2023", "2000", "1900", "0000", "-0044", "-0000",
                                 "202X", "19XX", "0XXX", "Y12345", "Y-44", "9999", "0001"]))
    text = year
    if not year.startswith("Y") and draw(st.booleans()):
        text += "-" + draw(st.sampled_from(["01", "02", "04", "10", "12", "13", "00", "21",
                                            "24", "25", "XX", "1X", "0X"]))
        if draw(st.booleans()):
            text += "-" + draw(st.sampled_from(["01", "18", "28", "29", "30", "31", "00",
                                                "32", "XX", "2X", "3X"]))
            if draw(st.booleans()):
                text += "T" + draw(st.sampled_from(["09", "23", "24", "00"]))
                if draw(st.booleans()):
                    text += ":" + draw(st.sampled_from(["30", "59", "60"]))
                    if draw(st.booleans()):
                        text += ":" + draw(st.sampled_from(["05", "59", "60"]))
                        if draw(st.booleans()):
                            text += "." + draw(st.text(alphabet="0123456789", min_size=1,
                                                       max_size=30))
                text += draw(st.sampled_from(["", "Z", "+09:00", "-05", "+2359", "+24:00",
                                              "-00:60"]))
    text += draw(st.sampled_from(["", "", "", "~", "?", "%", "~?"]))
    if kind == 2:
        text = f"{text}/{draw(date_texts())}"
    if kind == 3:
        text = draw(st.sampled_from([" ", "", "\t"])) + text + draw(st.sampled_from([" ", ""]))
    return text


JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False), TEXT)
JSON = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.one_of(st.sampled_from(EVENT_KEYS + CLAIM_KEYS), TEXT), inner,
                    max_size=3)), max_leaves=8)
NAMES = st.sampled_from(["NIS", "nis", "KCNA", "BBC", "Ukrainian officials", "a-2", "", " "])


@st.composite
def _object(draw: st.DrawFn, fields: dict[str, st.SearchStrategy[Any]], keys: list[str],
            required: tuple[str, ...] = (), messy: bool = True) -> dict[str, Any]:
    """Some of `fields` (the `required` ones nearly always). When messy, a value is now and
    then any JSON value instead, and a stray key may be added."""
    chosen = [k for k in required if not messy or draw(st.integers(0, 19))]
    chosen += draw(st.lists(st.sampled_from([k for k in fields if k not in chosen]),
                            unique=True, max_size=4))
    obj = {k: draw(JSON) if messy and not draw(st.integers(0, 14)) else draw(fields[k])
           for k in chosen}
    if messy and not draw(st.integers(0, 9)):
        obj[draw(st.one_of(st.sampled_from(keys), TEXT))] = draw(JSON)
    return obj


@dataclass(frozen=True)
class _Kit:
    """The object strategies, clean (every value of its right kind, dates valid) or messy."""

    claim: st.SearchStrategy[Any]
    event: st.SearchStrategy[Any]
    source: st.SearchStrategy[Any]
    slide: st.SearchStrategy[Any]


def _kit(messy: bool) -> _Kit:
    dates = date_texts(messy)
    names = NAMES if messy else st.sampled_from(["NIS", "nis", "KCNA", "BBC", "a-2"])
    claim = _object({
        "source": names, "text": TEXT, "value": st.one_of(st.none(), st.integers(), st.floats(
            allow_nan=False, allow_infinity=False)), "unit": TEXT,
        "stance": st.sampled_from(["affirms", "denies", "Denies", "x"] if messy
                                  else ["affirms", "denies"]),
        "url": TEXT, "published": st.one_of(st.none(), dates), "link": TEXT, "quote": TEXT,
    }, CLAIM_KEYS, ("source",), messy)
    event = _object({
        "id": st.one_of(TEXT, st.integers(), st.none()), "title": TEXT, "start": dates,
        "end": st.one_of(st.none(), dates), "description": TEXT,
        "tags": st.one_of(TEXT, st.lists(TEXT, max_size=3)), "location": TEXT,
        "status": st.one_of(st.none(), st.sampled_from(
            ["reported", " Disputed ", "denied", "x"] if messy else ["reported", "denied"])),
        "claims": st.lists(claim, max_size=3), "date": dates, "headline": TEXT,
        "name": TEXT, "source": st.one_of(names, st.lists(names, max_size=3)),
        "sources": st.lists(st.one_of(names, st.none()), max_size=3), "url": TEXT,
        "summary": TEXT, "end_date": dates, "eras": JSON,
    }, EVENT_KEYS, ("title", "start"), messy)
    source = st.one_of(names, _object({
        "id": names, "name": names, "kind": TEXT, "country": TEXT, "url": TEXT, "notes": TEXT,
        "color": st.one_of(st.none(), TEXT)}, SOURCE_KEYS, (), messy))
    if messy:
        part = st.one_of(st.integers(-3, 70), st.sampled_from(["", "2024", "-44", "1,963", "0"]),
                         st.integers(-20_000_000_000, 20_000_000_000),
                         st.sampled_from([" ", "x", "13", "1e3"]),
                         st.floats(allow_nan=False, allow_infinity=False), st.none(), JSON)
        parts = st.dictionaries(st.sampled_from(["year", "month", "day", "hour", "minute",
                                                 "second", "millisecond", "display_date"]),
                                part, max_size=5)
    else:
        parts = st.fixed_dictionaries(
            {"year": st.one_of(st.integers(-20_000, 20_000), st.sampled_from(
                ["2024", "-44", "1,963", "0", "-13800000000"]))},
            optional={"month": st.integers(1, 12).map(str), "day": st.integers(1, 28),
                      "hour": st.integers(0, 23), "minute": st.sampled_from(["", "30"]),
                      "second": st.integers(0, 59), "millisecond": st.sampled_from(["01", 5])})
    slide = _object({
        "start_date": parts, "end_date": parts,
        "text": st.fixed_dictionaries({}, optional={"headline": HTML, "text": HTML}),
        "media": st.fixed_dictionaries({}, optional={"url": st.one_of(HTML, TEXT),
                                                     "credit": HTML, "caption": HTML,
                                                     "thumbnail": TEXT}),
        "group": TEXT, "unique_id": st.one_of(TEXT, st.integers()), "autolink": st.booleans(),
        "display_date": TEXT, "background": st.dictionaries(st.sampled_from(["url", "color"]),
                                                            TEXT, max_size=2),
        "timeline_app": event,
    }, ["start_date", "text", "media", "type"], ("start_date", "text"), messy)
    return _Kit(claim, event, source, slide)


KITS = {False: _kit(False), True: _kit(True)}


@st.composite
def native_docs(draw: st.DrawFn) -> Any:
    kit = KITS[draw(st.booleans())]
    doc = draw(_object({
        "format": st.just("timeline-app"), "version": st.sampled_from([1, 2, 10**30]),
        "title": TEXT, "description": TEXT, "sources": st.lists(kit.source, max_size=4),
        "eras": st.lists(st.fixed_dictionaries(
            {"title": TEXT, "start": date_texts(), "end": date_texts()}), max_size=2),
    }, DOC_KEYS))
    doc["events"] = draw(st.lists(kit.event, max_size=5))
    return doc


@st.composite
def event_lists(draw: st.DrawFn) -> Any:
    return draw(st.lists(KITS[draw(st.booleans())].event, max_size=6))


@st.composite
def timelinejs_docs(draw: st.DrawFn) -> Any:
    kit = KITS[draw(st.booleans())]
    if not draw(st.integers(0, 4)):  # the older wrapped shape
        dates = draw(st.lists(_object({
            "startDate": st.one_of(st.sampled_from(["1963,8,9", "2012-01-05", "-44", "x", "",
                                                    "2024,13", "1,2,3,4,5,6,7,8"]), TEXT,
                                   st.integers()),
            "endDate": TEXT, "headline": HTML, "text": HTML, "tag": TEXT,
            "asset": st.fixed_dictionaries({}, optional={"media": TEXT, "credit": HTML,
                                                         "caption": HTML}),
        }, ["startDate"], ("startDate", "headline")), max_size=4))
        inner = draw(_object({"headline": HTML, "text": HTML, "type": TEXT,
                              "era": st.lists(kit.slide, max_size=2)}, ["date"]))
        inner[draw(st.sampled_from(["date", "slides", "events"]))] = dates
        return {"timeline": inner}
    doc = draw(_object({
        "title": kit.slide, "eras": st.lists(kit.slide, max_size=2),
        "scale": st.sampled_from(["human", "cosmological"]),
        "timeline_app": st.fixed_dictionaries({}, optional={
            "sources": st.lists(kit.source, max_size=3), "extra": JSON, "description": TEXT}),
    }, ["events", "title"]))
    doc["events"] = draw(st.lists(kit.slide, min_size=1, max_size=4))
    if not isinstance(doc.get("title"), dict) and draw(st.booleans()):
        doc["title"] = {"text": {"headline": draw(HTML)}}
    return doc


CSV_COLUMNS = ["date", "start", "end", "title", "headline", "event", "description", "text",
               "sources", "source", "url", "links", "tags", "group", "status", "location",
               "id", "year", "month", "day", "time", "end year", "end month", "end day",
               "end time", "claim", "Date (UTC)", "Start_Date", "notes", "", "x", "claims",
               "timelinejs", "csv", "Year", "Month", "Day", "Headline", "Text", "Media",
               "Media Credit", "Media Caption", "Type", "Display Date", "Background"]
CELLS = st.one_of(date_texts(), TEXT, HTML, st.sampled_from(
    ["2024/10/18", "2024-10-18 09:30", "2:30 PM", "14:30:05.250", "13:00 pm", "NIS; KCNA",
     "https://a.org - https://b.org", "-", "title", "era", "Disputed", "=cmd|'/c calc'!A0",
     '"', '""', "a,b", "a;b", "a\tb", "\r", "\n\n"]), st.integers().map(str))


@st.composite
def csv_files(draw: st.DrawFn) -> tuple[bytes, str]:
    header = draw(st.lists(st.one_of(st.sampled_from(CSV_COLUMNS), TEXT), max_size=6))
    if draw(st.integers(0, 4)):  # usually a sheet the importer can map
        header[0:0] = [draw(st.sampled_from(["date", "Year", "start"])),
                       draw(st.sampled_from(["title", "Headline", "event"]))]
    header = header or ["x"]
    rows = draw(st.lists(st.lists(CELLS, min_size=1, max_size=len(header) + 2), max_size=5))
    delimiter = draw(st.sampled_from([",", ",", ";", "\t"]))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter,
                        lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"])))
    writer.writerow(header)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-32",
                                     "cp1252", "mac_roman"]))
    name = draw(st.sampled_from(["fuzz.csv", "fuzz.tsv", "fuzz.txt", "fuzz"]))
    return out.getvalue().encode(encoding, "replace"), name


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """A few random edits: flipped, inserted, deleted, duplicated bytes or a cut."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.integers(0, 4))
        at = draw(st.integers(0, len(out)))
        if op == 0 and at < len(out):
            out[at] = draw(st.integers(0, 255))
        elif op == 1:
            out[at:at] = draw(st.sampled_from([b"\x00", b"\xff", b"\xc3", b'"', b"[", b"{",
                                                b"}", b",", b"\\", b"\\u", b"\n", b"NaN",
                                                b"1e999", b"\xef\xbb\xbf"]))
        elif op == 2:
            del out[at:at + draw(st.integers(1, 8))]
        elif op == 3:
            out[at:at] = out[max(0, at - 16):at]
        else:
            del out[at:]
    return bytes(out)


def _encode_json(draw: st.DrawFn, value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=draw(st.booleans()),
                      indent=draw(st.sampled_from([None, 2])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16",
                                     "utf-32"]))
    return text.encode(encoding, "surrogatepass")


def _json_input(values: st.SearchStrategy[Any], names: list[str]
                ) -> st.SearchStrategy[tuple[bytes, str]]:
    @st.composite
    def build(draw: st.DrawFn) -> tuple[bytes, str]:
        data = _encode_json(draw, draw(values))
        if not draw(st.integers(0, 4)):
            data = draw(damaged(data))
        return data, draw(st.sampled_from(names))
    return build()


@st.composite
def _csv_input(draw: st.DrawFn) -> tuple[bytes, str]:
    data, name = draw(csv_files())
    if not draw(st.integers(0, 4)):
        data = draw(damaged(data))
    return data, name


def _seed_files() -> list[tuple[bytes, str]]:
    """Real files to mutate: the example, the CSV samples, the corpus, and the example
    exported to CSV and TimelineJS (so the importers' happy paths get damaged too)."""
    root = Path(__file__).resolve().parents[2]
    examples = sorted((root / "resources" / "examples").glob("*.json"))
    paths = [*examples, *sorted((root / "tests" / "data" / "csv").iterdir()),
             *sorted(p for p in (root / "tests" / "corpus" / "bad").iterdir()
                     if p.name != "MANIFEST.json" and p.stat().st_size < 32_000)]
    seeds = [(p.read_bytes(), p.name) for p in paths if p.is_file()]
    for example in examples:
        timeline = load_bytes(example.read_bytes(), example.name).timeline
        for fmt, suffix in (("csv", ".csv"), ("timelinejs", ".timelinejs.json")):
            seeds.append((export_bytes(timeline, fmt)[0], example.stem + suffix))
    return seeds


SEEDS = _seed_files()
_PLANTS = [b"\x00", b"\xff", b"\xc3", b'"', b"[", b"{", b"}", b",", b"\\", b"\\ud800", b"\n",
           b"NaN", b"1e999", b"\xef\xbb\xbf", b"null", b"-", b"/", b"~", b"X", b"13", b"<script>",
           b";", b"\t", b'""', b"\r"]


def mutate(data: bytes, seed: int, edits: int) -> bytes:
    """Cheap, seeded byte edits (thousands a second, where hypothesis builds tens of
    documents): flip, plant a troublesome token, delete, duplicate, cut."""
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(edits):
        at = rng.randrange(len(out) + 1)
        op = rng.randrange(6)
        if op == 0 and at < len(out):
            out[at] = rng.randrange(256)
        elif op in (1, 2):
            out[at:at] = rng.choice(_PLANTS)
        elif op == 3:
            del out[at:at + rng.randrange(1, 16)]
        elif op == 4:
            size = rng.randrange(1, 64)
            out[at:at] = out[max(0, at - size):at]
        else:
            del out[at:]
    return bytes(out)


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    data, name = draw(st.sampled_from(SEEDS))
    return mutate(data, draw(st.integers(0, 2**32)), draw(st.integers(1, 8))), name


# The loaders' inputs, by target name.
TARGETS: dict[str, st.SearchStrategy[tuple[bytes, str]]] = {
    "native": _json_input(native_docs(), ["fuzz.timeline.json", "fuzz.json", "fuzz"]),
    "list": _json_input(event_lists(), ["fuzz.json", "fuzz"]),
    "timelinejs": _json_input(timelinejs_docs(), ["fuzz.json", "fuzz"]),
    "csv": _csv_input(),
    "bytes": st.tuples(st.binary(max_size=300),
                       st.sampled_from(["fuzz.json", "fuzz.csv", "fuzz"])),
    "mutate": _mutated(),
}


# -- the property -----------------------------------------------------------------------------

class Escaped(AssertionError):
    """Something other than LoadError came out of the loaders (or of using what they loaded)."""


# Inputs that failed, latest last: hypothesis replays the smallest failing input at the end,
# so after a failure FAILURES[-1] is the one to keep (scripts/fuzz.py writes it to a file).
FAILURES: list[tuple[bytes, str]] = []


def check_input(data: bytes, name: str) -> str:
    """Load; if it loads, save, reload and export it too. Returns "loaded" or "refused"."""
    try:
        return _check_input(data, name)
    except Escaped:
        FAILURES.append((data, name))
        raise


def _check_input(data: bytes, name: str) -> str:
    try:
        result = load_bytes(data, name)
    except LoadError as err:
        lines = err.lines()
        if not lines or not all(isinstance(line, str) and line for line in lines):
            raise Escaped(f"LoadError without a message for {name}: {data[:200]!r}") from err
        return "refused"
    except Exception as err:
        raise Escaped(f"{type(err).__name__} escaped the loader for {name}: {data[:300]!r}\n"
                      f"{traceback.format_exc()}") from err
    _use(result, data, name)
    return "loaded"


def _use(result: LoadResult, data: bytes, name: str) -> None:
    """What the app does with a loaded file: summary, save, reopen the save, export."""
    from timeline_app.cli import summary

    try:
        summary(name, result)
        saved = to_bytes(result.timeline)
        again = load_bytes(saved, "saved.timeline.json")
        if to_bytes(again.timeline) != saved:
            raise Escaped(f"saving is not stable for {name}: {data[:300]!r}")
        for fmt in ("csv", "timelinejs"):
            export_bytes(result.timeline, fmt)
    except Escaped:
        raise
    except Exception as err:
        raise Escaped(f"{type(err).__name__} after loading {name}: {data[:300]!r}\n"
                      f"{traceback.format_exc()}") from err


def check_date(text: str) -> None:
    """Dates: only DateError, and a parsed period is never empty or reversed."""
    for parse in (parse_date, parse_interval):
        try:
            value = parse(text)
        except DateError:
            continue
        except Exception as err:
            raise Escaped(f"{type(err).__name__} from {parse.__name__}({text!r})") from err
        dates = value if isinstance(value, tuple) else (value,)
        for date in dates:
            if date is not None and not date.earliest < date.latest:
                raise Escaped(f"{parse.__name__}({text!r}) gives an empty period")


# -- running for a while ----------------------------------------------------------------------

@dataclass
class Tally:
    """What a fuzzing session tried, for the report."""

    inputs: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    runs: int = 0


# Inputs per hypothesis run: the cheap targets get more, so each round of all targets
# takes a few seconds and every target gets its turn even in a short session.
BATCH = {"native": 150, "list": 150, "timelinejs": 150, "csv": 200, "bytes": 1000,
         "mutate": 2000, "dates": 1000}


def run_for(seconds: float, tally: Tally, targets: list[str] | None = None) -> None:
    """Run every target in turn, one hypothesis run each, until the time is up; the first
    round always completes, and the last run may go over by a few seconds. A failure is
    shrunk by hypothesis and raised (Escaped) with the smallest input."""
    names = targets or list(BATCH)
    deadline = time.monotonic() + seconds
    first_round = True
    while first_round or time.monotonic() < deadline:
        for target in names:
            if time.monotonic() >= deadline and not first_round:
                return
            _batch(target, BATCH[target], tally)
            tally.runs += 1
        first_round = False


def _batch(target: str, examples: int, tally: Tally) -> None:
    """One hypothesis run (a batch ends whole, so a failure is always shrunk and replayed)."""
    run: Callable[[], None]
    conf = settings(max_examples=examples, deadline=None, database=None,
                    phases=[Phase.generate, Phase.shrink],
                    suppress_health_check=list(HealthCheck))
    if target == "dates":
        @conf
        @given(st.one_of(date_texts(), st.text(max_size=30)))
        def run(text: str) -> None:
            tally.inputs[target] += 1
            check_date(text)
    else:
        @conf
        @given(TARGETS[target])
        def run(item: tuple[bytes, str]) -> None:
            tally.inputs[target] += 1
            tally.outcomes[f"{target} {check_input(*item)}"] += 1
    run()
