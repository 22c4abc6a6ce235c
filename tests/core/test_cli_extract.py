"""`timeline-app extract`: the document of proposals, --dates lines, and clear messages."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import STORY, needs_story
from timeline_app.cli import main
from timeline_app.core.formats.registry import load_path

pytestmark = needs_story  # the seed story in ../shared/seed


def test_extract_writes_a_native_document(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.json"
    code = main(["extract", str(STORY), "--published", "2025-04-28", "--outlet", "Example",
                 "--url", "https://example.com/a", "-o", str(out)])
    assert code == 0
    t = load_path(out).timeline
    claims = [c for e in t.events for c in e.claims]
    assert all(c.url == "https://example.com/a" for c in claims)
    assert all(c.extra["provenance"]["article"]["outlet"] == "Example" for c in claims)
    assert {c.unit for c in claims if c.value is not None} >= {"killed", "injured", "troops"}
    assert "example" in t.sources  # the outlet speaks in the article's own voice
    assert "events" in capsys.readouterr().out


def test_extract_into_a_document_matches_its_sources(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["extract", str(STORY), "--published", "2025-04-28", "--into",
                 str(seed_path), "-o", str(out)]) == 0
    t = load_path(out).timeline
    before = load_path(seed_path).timeline
    assert set(t.sources) == set(before.sources) | {"north-korea"}
    assert len(t.events) >= len(before.events)


def test_dates_prints_json_lines(capsys) -> None:
    assert main(["extract", str(STORY), "--published", "2025-04-28", "--dates"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = STORY.read_text(encoding="utf-8")
    assert {d["text"]: d["value"] for d in lines}["in October"] == "2024-10"
    for d in lines:
        assert set(d) == {"start", "end", "text", "value", "why"}
        assert text[d["start"]:d["end"]] == d["text"]


def test_bad_input_gets_a_clear_message(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["extract", str(empty), "-o", str(tmp_path / "o.json")]) == 2
    assert "empty.txt: there is no text to read" in capsys.readouterr().err
    page = tmp_path / "page.html"
    page.write_text("<html><body><nav>Home</nav><script>x()</script></body></html>")
    assert main(["extract", str(page), "-o", str(tmp_path / "o.json")]) == 2
    assert "an HTML page without an article" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "missing.txt"), "-o", "o.json"]) == 2
    assert "cannot read" in capsys.readouterr().err
    try:
        main(["extract", str(STORY), "--published", "2025-02-30", "-o", "o.json"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "--published: day 30 is not in February" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


RAW_UNSAFE = ("\x1b", "\u202e", "\x07")


def test_text_from_the_article_is_printed_terminal_safe(tmp_path: Path, capsys) -> None:
    """An article whose title and body hold ESC sequences and a bidi override: the summary
    names the title escaped, and no raw control reaches the terminal from any output."""
    story = tmp_path / "troops\x1b[2J.txt"
    story.write_text("Troops \x1b[2Jsent \u202eevil\nThe ministry said on Monday "
                     "\x1b]52;c;aGk=\x07 that 300 soldiers \u202ehad died in combat.\n",
                     encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(story), "--published", "2025-04-28", "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert "“Troops \\x1b[2Jsent \\u202eevil”: 1 events" in printed.out
    for raw in RAW_UNSAFE:
        assert raw not in printed.out + printed.err
    saved = load_path(out).timeline
    assert saved.title == "Troops \x1b[2Jsent \u202eevil"  # the document keeps the text
    assert any("\x1b" in c.text for e in saved.events for c in e.claims)

    assert main(["extract", str(story), "--dates"]) == 0  # no date: a note, value null
    printed = capsys.readouterr()
    lines = [json.loads(line) for line in printed.out.splitlines()]
    assert [d["text"] for d in lines] == ["on Monday"] and lines[0]["value"] is None
    assert "no publication date known" in printed.err
    for raw in RAW_UNSAFE:
        assert raw not in printed.out + printed.err

    empty = tmp_path / "\u202eempty\x1b.txt"
    empty.write_text("\x1b[31m\u202e title\n...\n", encoding="utf-8")
    assert main(["extract", str(empty), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "\\u202eempty\\x1b.txt: no statements found" in err
    assert not any(raw in err for raw in RAW_UNSAFE)


def test_a_dates_line_with_a_bidi_override_is_ascii_json() -> None:
    from timeline_app.cli_extract import date_line

    mention = {"start": 0, "end": 9, "text": "in\u202eMarch", "value": "2025-03",
               "why": "a month – “as written”"}
    line = date_line(mention)
    assert "\u202e" not in line and "\\u202e" in line
    assert json.loads(line) == mention
    plain = {**mention, "text": "in März"}
    assert date_line(plain) == json.dumps(plain, ensure_ascii=False)  # readable when safe


def test_a_publication_date_outside_the_calendar_is_refused(tmp_path: Path, capsys) -> None:
    out = tmp_path / "o.json"
    for bad in ("-0044-03-15", "Y12345"):
        try:
            main(["extract", str(STORY), f"--published={bad}", "-o", str(out)])
        except SystemExit as exit_:
            assert exit_.code == 2
        else:
            raise AssertionError(f"{bad} was taken")
        assert "--published: a publication date is in the years 1 to 9999" in \
            capsys.readouterr().err
    assert not out.exists()
    assert main(["extract", str(STORY), "--published=9999-12-31", "-o", str(out)]) == 0
