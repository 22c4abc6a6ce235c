"""The seed story (../shared/seed) read with its publication date: the figures issue 13 asks
for, checked as facts about the proposals."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import SEED, STORY, needs_story
from timeline_app.core.extract.article import read_article, read_article_file
from timeline_app.core.extract.proposals import extract, to_timeline
from timeline_app.core.formats.registry import load_path
from timeline_app.core.formats.saving import save
from timeline_app.core.model.timeline import Stance, Status

pytestmark = needs_story
NAMED = {"kcna": "Korean Central News Agency", "yonhap": "Yonhap News Agency",
         "ukraine-officials": "Ukrainian officials", "nis": "National Intelligence Service",
         "zelenskyy": "Volodymyr Zelenskyy", "us": "United States",
         "gerasimov": "Valery Gerasimov", "ukraine-general-staff": "Ukraine’s General Staff",
         "us-state-department": "US State Department"}


@pytest.fixture(scope="module")
def seed():
    return extract(read_article_file(STORY, published="2025-04-28"))


def test_every_named_source_is_found(seed) -> None:
    names = {m.name for m in seed.reading.book.new.values()}
    assert set(NAMED.values()) <= names
    cited = {seed.reading.book.name_of(c.source) for c in seed.claims()}
    assert set(NAMED.values()) <= cited


def test_every_named_source_matches_the_example(seed) -> None:
    example = load_path(SEED).timeline
    result = extract(read_article_file(STORY, published="2025-04-28"), example)
    cited = {c.source for c in result.claims()}
    assert set(NAMED) <= cited
    assert "report" in cited  # the article's own voice is the example's news report
    assert set(result.reading.book.new) == {"north-korea"}


def test_dates_at_the_precision_of_the_text(seed) -> None:
    values = {d.text: d.value for d in seed.reading.dates}
    assert values == {"on Monday": "2025-04-28", "June of last year": "2024-06",
                      "in October": "2024-10", "earlier this year": "2025-01~/2025-04~",
                      "in January": "2025-01", "on Sunday evening": "2025-04-27"}
    said = {seed.reading.book.name_of(c.source): c.published for c in seed.claims()
            if c.said is not None}
    assert said["National Intelligence Service"] == "2025-01"
    assert said["Ukrainian officials"] == "2025"
    assert said["US State Department"] == "2025-04-27"
    assert said["Korean Central News Agency"] == "2025-04-28"
    # Zelenskyy, the United States and Gerasimov are not dated by the text: no date is made up
    undated = {seed.reading.book.name_of(c.source) for c in seed.claims() if c.published is None}
    assert {"Volodymyr Zelenskyy", "United States", "Valery Gerasimov"} <= undated


def test_figures_with_units(seed) -> None:
    figures = {(c.value, c.unit) for c in seed.claims() if c.figure is not None}
    assert figures == {(300, "killed"), (2700, "injured"), (4000, "killed or wounded"),
                       (1200, "casualties"), (14000, "troops"), (3000, "replacements")}
    (upper,) = [c for c in seed.claims() if c.value == 4000]
    assert upper.figure.bound == "upper"


def test_kursk_claim_and_rebuttal_are_disputed(seed) -> None:
    t = to_timeline(seed)
    (kursk,) = [e for e in t.events if any("Kursk had been retaken" in c.text
                                           for c in e.claims)]
    assert [c.stance for c in kursk.claims] == [Stance.AFFIRMS, Stance.DENIES]
    assert kursk.status is Status.DISPUTED


def test_nis_report_is_an_event_of_its_own(seed) -> None:
    (nis,) = [e for e in seed.events if any(c.value == 300 for c in e.claims)]
    assert nis.start == "2025-01" and {c.value for c in nis.claims} == {300, 2700}


def test_provenance_round_trips(seed, tmp_path: Path) -> None:
    t = to_timeline(seed)
    path = tmp_path / "out.json"
    save(t, path)
    again = load_path(path).timeline
    claim = again.events[0].claims[0]
    prov = claim.extra["provenance"]
    text = read_article_file(STORY).text
    assert text[prov["start"]:prov["end"]] == prov["quote"] == claim.text
    assert prov["article"]["published"] == "2025-04-28"
    save(again, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_1500_words_read_in_under_half_a_second() -> None:
    body = read_article_file(STORY).text.split("\n", 1)[1]
    words = len(body.split())
    text = "Headline of a long story\n" + " ".join([body] * (1500 // words + 1))
    article = read_article(text, "long.txt", published="2025-04-28")
    assert len(article.text.split()) >= 1500
    began = time.perf_counter()
    extract(article)
    assert time.perf_counter() - began < 0.5


def test_html_page_via_trafilatura(tmp_path: Path) -> None:
    story = read_article_file(STORY).text.split("\n")
    paragraphs = "".join(f"<p>{line}</p>" for line in story[1:])
    html = (f"<html><head><title>{story[0]}</title>"
            '<meta property="og:site_name" content="Example Wire">'
            '<meta property="og:url" content="https://example.com/story">'
            '<meta property="article:published_time" content="2025-04-28T06:00:00Z">'
            f"</head><body><nav>Home | World</nav><article><h1>{story[0]}</h1>{paragraphs}"
            "</article><script>alert(1)</script></body></html>")
    path = tmp_path / "story.html"
    path.write_text(html, encoding="utf-8")
    article = read_article_file(path)
    assert article.outlet == "Example Wire" and article.url == "https://example.com/story"
    assert article.published is not None and article.published.text == "2025-04-28"
    assert "alert" not in article.text and "Home | World" not in article.text
    result = extract(article)
    assert {(c.value, c.unit) for c in result.claims() if c.figure} >= {(300, "killed")}
    assert json.dumps(result.article.provenance())


def test_proposals_match_the_examples_events_and_know_what_it_has() -> None:
    example = load_path(SEED).timeline
    result = extract(read_article_file(STORY, published="2025-04-28"), example)
    matched = {e.match for e in result.events}
    assert None not in matched and len(matched) == len(example.events) == 10
    kursk = [e for e in result.events if e.match == "kursk-retaken-claim"]
    assert any(c.source == "gerasimov" and c.duplicate for e in kursk for c in e.claims)
    new = [c for c in result.claims() if not c.duplicate]
    assert len(new) == 2  # only what the example does not have yet is proposed as new
    t = to_timeline(result, load_path(SEED).timeline)
    assert len(t.events) == len(example.events)  # nothing duplicated
    assert sum(len(e.claims) for e in t.events) == sum(len(e.claims) for e in example.events) + 2
