"""The `timeline-app` command: `check` and `export` without a window, or open the window.

Subcommands never show a traceback for bad input: every failure is a message naming the
file and the place, and the exit status says what happened (0 fine, 1 a file is invalid,
2 a file is unreadable or the command line is wrong).

Everything printed is terminal-safe (`timeline_app.terminal`): C0/C1 controls, bidi
controls and lone surrogates from files and file names are printed escaped.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import sys
from collections.abc import Sequence

from timeline_app import __version__
from timeline_app.cli_summary import plural, summary
from timeline_app.core.formats.files import UnreadableError
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import FORMATS, export_path, load_any, output_format
from timeline_app.core.formats.result import LoadResult
from timeline_app.core.formats.saving import SaveError
from timeline_app.core.model.grades import (
    parse_credibility,
    parse_reliability,
)
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.model.zoned import Clock
from timeline_app.terminal import SafeParser as _Parser
from timeline_app.terminal import say as _say
from timeline_app.terminal import terminal_safe

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a program ended by SIGPIPE

COMMANDS = ("check", "export", "extract")
def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        try:
            code = _run_command(args)
            sys.stdout.flush()  # a closed pipe shows here, not in the exit's own flush
        except BrokenPipeError:
            return _reader_went_away()
        return code
    parser = _top_parser()
    ns = parser.parse_args(args)
    if ns.version:
        _say(f"timeline-app {__version__}")
        return EXIT_OK
    return _open_window(ns.file, smoke_test=ns.smoke_test)


def _reader_went_away() -> int:
    """`timeline-app check FILE | head`: the reader stopped reading, which is no error of
    ours. Point stdout at /dev/null so the interpreter's last flush stays quiet; exit as
    a program stopped by SIGPIPE does, so `set -o pipefail` still sees the run cut short."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def _top_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="timeline-app",
        description="View and edit timelines of contested events reported by many sources.",
        epilog="commands:\n  check FILE...   validate files and summarise them "
               "(timeline-app check --help)\n"
               "  export FILE -o OUT.png|.svg|.pdf   draw a timeline to a file, no window\n"
               "  export FILE -o OUT.csv|.json|.timelinejs.json   convert between formats "
               "(timeline-app export --help)\n"
               "  extract ARTICLE -o OUT.json   read a news article into proposed events "
               "and claims (timeline-app extract --help)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="a timeline file to open in the window")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser


def _open_window(path: str | None, smoke_test: bool = False) -> int:
    from timeline_app.app import run_gui  # Qt is imported only when a window is wanted

    return run_gui(path, smoke_test=smoke_test)


def _run_command(args: list[str]) -> int:
    if args[0] == "export":
        return export_command(args[1:])
    if args[0] == "extract":
        from timeline_app.cli_extract import extract_command  # reads articles; own module

        return extract_command(args[1:])
    parser = _Parser(
        prog="timeline-app check",
        description="Check timeline files. A valid file gets a summary (events, date span, "
                    "sources with event counts, disputed events); an invalid one gets its "
                    "problems, one a line, as FILE:LINE:COL: message or "
                    "FILE: events[N] (id, title): field: message.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only problems, no summaries")
    _add_tz_option(parser, "the summary's date span is also given in this zone")
    _add_csv_options(parser)
    ns = parser.parse_args(args[1:])
    return check(ns.files, quiet=ns.quiet, mapping=_parse_map(parser, ns.map),
                 encoding=ns.encoding, clock=_parse_tz(parser, ns.tz))


def _add_tz_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--tz", metavar="ZONE",
                        help=f"an IANA time zone (Asia/Seoul), UTC or an offset (+09:00): {what}")


def _parse_tz(parser: argparse.ArgumentParser, name: str | None) -> Clock | None:
    if name is None:
        return None
    from timeline_app.core.model.zones import ZoneError

    try:
        return Clock(name)
    except ZoneError as err:
        parser.error(f"--tz: {terminal_safe(str(err))}")


def _add_csv_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="CSV input or a JSON list of records: read FIELD from COLUMN "
                             "(a record's field), e.g. --map start=date_start (repeatable; "
                             "FIELD= ignores a column the importer would use). Fields: start, "
                             "end, title, description, sources, url (links of the sources), "
                             "source_url (sources named from links), claim, claim_date, "
                             "date_precision, tags, status, location, id, year, month, day, "
                             "time, end_year …")
    parser.add_argument("--encoding", metavar="NAME",
                        help="CSV input: the file's encoding (utf-8, cp1252, mac_roman, "
                             "utf-16 …) instead of detecting it")


def _parse_map(parser: argparse.ArgumentParser, items: list[str]) -> dict[str, str]:
    from timeline_app.core.formats.csv_import import FIELDS

    mapping: dict[str, str] = {}
    for item in items:
        field_, sep, column = item.partition("=")
        field_ = field_.strip().lower().replace("-", "_").replace(" ", "_")
        if not sep or not field_:
            parser.error(f"--map: expected FIELD=COLUMN, not {terminal_safe(repr(item))}")
        if field_ not in FIELDS:
            parser.error(f"--map: unknown field {terminal_safe(repr(field_))} "
                         f"(fields: {', '.join(FIELDS)})")
        mapping[field_] = column.strip()
    return mapping


def check(paths: Sequence[str], quiet: bool = False, mapping: dict[str, str] | None = None,
          encoding: str | None = None, clock: Clock | None = None) -> int:
    """Exit 0 if every file reads fully, 1 if one is invalid or had rows or slides that
    could not be read (they are listed as warnings; the rest still opens), 2 if unreadable."""
    status = EXIT_OK
    for path in paths:
        try:
            result = load_any(path, mapping, encoding)
        except ValueError as err:
            _say(f"timeline-app check: {path}: {err}", err=True)
            status = EXIT_USAGE
            continue
        except UnreadableError as err:
            _print_problems(err)
            status = EXIT_USAGE
            continue
        except LoadError as err:
            _print_problems(err)
            status = max(status, EXIT_INVALID)
            continue
        for warning in result.warnings:
            _say(f"warning: {warning}", err=True)
        if result.skipped:
            status = max(status, EXIT_INVALID)
        if not quiet:
            print(summary(path, result, clock))
    return status


def _print_problems(err: LoadError) -> None:
    for line in err.lines():
        _say(line, err=True)


def graded_only(t: Timeline, reliability: str | None, credibility: int | None
                ) -> tuple[Timeline, int]:
    """The document with only the events the grade filters keep (the window's Filter, so
    an export holds what the filter shows), and how many were left out."""
    if reliability is None and credibility is None:
        return t, 0
    from timeline_app.core.query.filtering import Filter, FilterIndex  # numpy: only when asked

    mask = FilterIndex(t).mask(Filter(min_reliability=reliability,
                                      min_credibility=credibility))
    kept = Timeline(title=t.title, description=t.description,
                    events=[e for e, keep in zip(t.events, mask.tolist(), strict=True) if keep],
                    extra=t.extra, version=t.version)
    kept.sources = t.sources
    return kept, len(t.events) - len(kept.events)


def export_command(args: list[str]) -> int:
    """`timeline-app export`: render offscreen with the window's painter. Qt is imported
    here, not at module level, so `check` and `import timeline_app.cli` never load it."""
    parser = _Parser(
        prog="timeline-app export",
        description="Draw a timeline to a PNG, SVG or PDF file without opening a window "
                    "(the picture carries the title and a legend of sources; SVG and PDF are "
                    "vector), or convert it: OUT.json (native), OUT.csv, OUT.timelinejs.json "
                    "(TimelineJS3, to publish on the web). Input may be native JSON, an event "
                    "list, TimelineJS JSON or CSV.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="output file; its suffix picks the format: .png, .svg, .pdf, "
                             ".json, .csv or .timelinejs.json")
    parser.add_argument("--size", default="1600x900", metavar="WxH",
                        help="picture size in pixels (default 1600x900)")
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help="first date shown, e.g. 2024-06 (default: fit all events)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last date shown")
    parser.add_argument("--source", action="append", default=[], metavar="ID",
                        help="only events claimed by this source (repeatable)")
    parser.add_argument("--lanes", choices=("source", "tag", "status", "none"),
                        default="source", help="one lane per source (default), tag, "
                        "status, or a single lane")
    parser.add_argument("--raw", action="store_true",
                        help="CSV output: write every cell as it is. Without it, a cell "
                             "starting with = + - @, tab or CR gets a leading ' so that a "
                             "spreadsheet does not run it as a formula (the file then says so "
                             "in a last header cell, and Timeline App removes the ' when it "
                             "reads the file back)")
    parser.add_argument("--no-legend", action="store_true",
                        help="picture: leave out the legend of marks (hatching, arrows, ⚠, "
                             "bands, stances)")
    parser.add_argument("--said", action="store_true",
                        help="picture: draw each claim at the date its source said it")
    parser.add_argument("--min-reliability", metavar="A-F",
                        help="only events with a claim whose source is graded this reliable "
                             "or better (A completely reliable … F cannot be judged)")
    parser.add_argument("--min-credibility", metavar="1-6",
                        help="only events with a claim graded this credible or better "
                             "(1 confirmed … 6 cannot be judged); with --min-reliability, "
                             "the same claim must pass both")
    parser.add_argument("--no-app-data", action="store_true",
                        help="TimelineJS output: leave out the timeline_app data (claims, "
                             "statuses, exact dates) that lets the file be read back losslessly")
    _add_tz_option(parser, "the axis, its labels and a published page's times of day "
                           "follow this zone (the dates are kept as written)")
    _add_csv_options(parser)
    ns = parser.parse_args(args)
    mapping = _parse_map(parser, ns.map)
    clock = _parse_tz(parser, ns.tz)
    try:
        size = _parse_size(ns.size)
        start = _parse_bound(ns.start, "--from", end=False)
        end = _parse_bound(ns.end, "--to", end=True)
        reliability = (parse_reliability(ns.min_reliability)
                       if ns.min_reliability is not None else None)
        credibility = (parse_credibility(ns.min_credibility)
                       if ns.min_credibility is not None else None)
    except ValueError as err:
        parser.error(terminal_safe(str(err)))
    suffix = ns.output.rsplit(".", 1)[-1].lower() if "." in ns.output else ""
    fmt = output_format(ns.output)
    if suffix not in ("png", "svg", "pdf") and fmt is None:
        parser.error(f"cannot tell the format of {terminal_safe(repr(ns.output))}: name it "
                     f".png, .svg, .pdf, .json, .csv or .timelinejs.json")
    if ns.raw and fmt != "csv":
        parser.error("--raw applies to CSV output (.csv) only")
    try:
        result = load_any(ns.file, mapping, ns.encoding)
    except ValueError as err:
        parser.error(terminal_safe(str(err)))
    except UnreadableError as err:
        _print_problems(err)
        return EXIT_USAGE
    except LoadError as err:
        _print_problems(err)
        return EXIT_INVALID
    for warning in result.warnings:
        _say(f"warning: {warning}", err=True)
    timeline, ungraded = graded_only(result.timeline, reliability, credibility)
    if ungraded:
        _say(f"note: {ns.output}: {plural(ungraded, 'event')} left out by the grade "
             f"filter", err=True)
        result = LoadResult(timeline, result.kind, result.warnings, skipped=result.skipped)
    if fmt is not None:
        return _convert(result, ns.output, fmt, app_data=not ns.no_app_data, raw=ns.raw,
                        clock=clock)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from timeline_app.core.geometry.lanes import LaneMode
    from timeline_app.ui.timeline.export import (
        ExportError,
        ExportRequest,
        export_file,
        export_undated_note,
    )

    req = ExportRequest(size[0], size[1], start, end, tuple(ns.source), LaneMode(ns.lanes),
                        legend=not ns.no_legend, said=ns.said)
    if clock is not None:
        req = dataclasses.replace(req, clock=clock)
    try:
        left_out: list[str] = []
        notes = export_file(result.timeline, ns.output, req, left_out)
    except ExportError as err:
        _say(f"timeline-app export: {err}", err=True)
        return EXIT_USAGE
    except SaveError as err:
        _say(f"timeline-app export: {err}", err=True)
        return EXIT_INVALID
    for note in notes:
        _say(f"warning: {ns.output}: {note}", err=True)
    if undated := export_undated_note(result.timeline, req):
        _say(f"note: {ns.output}: {undated} (no date to place them on; data exports "
             f"such as .json and .csv keep them)", err=True)
    for note in left_out:
        _say(f"note: {ns.output}: {note}", err=True)
    _say(f"{ns.output}: {size[0]}x{size[1]}, {plural(len(result.timeline.events), 'event')}")
    return EXIT_INVALID if result.skipped else EXIT_OK


def _convert(result: LoadResult, output: str, fmt: str, app_data: bool, raw: bool,
             clock: Clock | None = None) -> int:
    """`export` to a data format: exit 1 if the input had items that were not loaded (the
    output holds the rest) or the file cannot be written."""
    from timeline_app.core.formats.saving import SaveError
    try:
        warnings = export_path(result.timeline, output, fmt, app_data=app_data, raw=raw,
                               clock=clock)
    except SaveError as err:
        _say(f"timeline-app export: {err}", err=True)
        return EXIT_INVALID
    for warning in warnings:
        _say(f"warning: {output}: {warning}", err=True)
    _say(f"{output}: {FORMATS[fmt]}, {plural(len(result.timeline.events), 'event')}")
    return EXIT_INVALID if result.skipped else EXIT_OK


def _parse_size(text: str) -> tuple[int, int]:
    parts = text.lower().split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(f"--size: expected WIDTHxHEIGHT such as 1600x900, not {text!r}")
    w, h = (int(p) for p in parts)
    if not (200 <= w <= 20000 and 150 <= h <= 20000):
        raise ValueError(f"--size: {w}x{h} is out of range (200x150 to 20000x20000)")
    return w, h


def _parse_bound(text: str | None, option: str, end: bool) -> float | None:
    """A date given on the command line: its start for --from, its end for --to."""
    if text is None:
        return None
    from timeline_app.core.model.dates import DateError, parse_date

    try:
        date = parse_date(text)
    except DateError as err:
        raise ValueError(f"{option}: {err}") from None
    value = date.latest if end else date.earliest
    if not math.isfinite(value):
        raise ValueError(f"{option}: give a date, not an open end")
    return value


if __name__ == "__main__":
    sys.exit(main())
