"""`timeline-app extract`: read a news article into a native document of proposals, or list
its dates (`--dates`), without a window. Registered in cli.py.

Everything printed is terminal-safe: the article's title, its text (in `--dates` lines), the
file names and every message can hold escape sequences or bidi overrides, and are printed
escaped (`timeline_app.terminal`)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from timeline_app.core.extract.article import ArticleError, publication_problem, read_article_file
from timeline_app.core.extract.proposals import extract, to_timeline
from timeline_app.core.extract.reldates import find_dates
from timeline_app.core.formats.files import UnreadableError
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_path
from timeline_app.core.formats.saving import SaveError, save
from timeline_app.core.model.dates import DateError, parse_date
from timeline_app.terminal import SafeParser, has_unsafe, say

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def extract_command(args: Sequence[str]) -> int:
    parser = SafeParser(
        prog="timeline-app extract",
        description="Read a news article (.txt, .md or a saved .html page) and write what it "
                    "reports as a timeline document: events, claims by the sources the text "
                    "names, with the date each source said it, figures, stances and the "
                    "quote's place in the article. Every proposal is accepted; review them "
                    "in the window with File > Import Article… instead to choose.",
    )
    parser.add_argument("article", metavar="ARTICLE")
    parser.add_argument("-o", "--output", metavar="OUT.json",
                        help="the document to write (required unless --dates)")
    parser.add_argument("--published", metavar="DATE",
                        help="the article's publication date, e.g. 2025-04-28 (relative "
                             "dates such as \"on Monday\" are read from it)")
    parser.add_argument("--outlet", metavar="NAME", help="the outlet that published it")
    parser.add_argument("--url", metavar="URL", help="the article's address")
    parser.add_argument("--into", metavar="DOC.json",
                        help="add to this document: its sources and events are matched, and "
                             "claims it already has (same source and quote) are left out")
    parser.add_argument("--dates", action="store_true",
                        help="print one JSON object a line for each date expression found "
                             "(start, end, text, value, why) instead of writing a document")
    ns = parser.parse_args(list(args))
    published = None
    if ns.published is not None:
        try:
            published = parse_date(ns.published)
        except DateError as err:
            parser.error(f"--published: {err}")
        problem = publication_problem(published)
        if problem:
            parser.error(f"--published: {problem}")
    if not ns.dates and not ns.output:
        parser.error("give -o OUT.json (or --dates to list the dates)")
    try:
        article = read_article_file(ns.article, published=published, outlet=ns.outlet,
                                    url=ns.url)
    except ArticleError as err:
        say(f"timeline-app extract: {err}", err=True)
        return EXIT_USAGE
    if ns.dates:
        for mention in find_dates(article.text, article.published):
            if mention.start >= article.body_start or mention.value:
                print(date_line(mention.as_dict()))
        if article.published is None:
            say("timeline-app extract: note: no publication date known; relative dates "
                "have no value (give --published)", err=True)
        return EXIT_OK
    into = None
    if ns.into:
        try:
            into = load_path(ns.into).timeline
        except (UnreadableError, LoadError) as err:
            for line in err.lines():
                say(line, err=True)
            return EXIT_USAGE
    result = extract(article, into)
    for note in result.notes:
        say(f"timeline-app extract: note: {note}", err=True)
    if not result.events:
        say(f"timeline-app extract: {ns.article}: no statements found to propose", err=True)
        return EXIT_INVALID
    timeline = to_timeline(result, into)
    try:
        save(timeline, ns.output)
    except (SaveError, OSError) as err:
        say(f"timeline-app extract: cannot write {ns.output}: {err}", err=True)
        return EXIT_INVALID
    claims = result.claims()
    title = f"“{article.title}”" if article.title else "an untitled article"
    say(f"{ns.output}: {title}: {len(result.events)} events, {len(claims)} claims, "
        f"{len(result.reading.book.new)} new sources, read in {result.seconds * 1000:.0f} ms")
    return EXIT_OK


def date_line(mention: dict[str, object]) -> str:
    """One `--dates` line: readable UTF-8, unless the article's text in it holds a control or
    bidi character, when the whole line is ASCII JSON (`\\u202e`), which a terminal shows
    literally and any JSON reader reads back the same."""
    line = json.dumps(mention, ensure_ascii=False)
    return json.dumps(mention) if has_unsafe(line) else line
