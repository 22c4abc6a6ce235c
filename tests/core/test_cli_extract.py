"""`timeline-app extract`: the document of proposals, --dates lines, and clear messages."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_extract_seed import STORY
from timeline_app.cli import main
from timeline_app.core.formats.registry import load_path


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
