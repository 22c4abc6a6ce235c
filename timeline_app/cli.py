"""The `timeline-app` command: `check` and `export` without a window, or open the window.

Subcommands never show a traceback for bad input: every failure is a message naming the
file and the place, and the exit status says what happened (0 fine, 1 a file is invalid,
2 a file is unreadable or the command line is wrong).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeline_app import __version__
from timeline_app.core.loading import LoadResult, UnreadableError, load_path
from timeline_app.core.model import Status, Timeline
from timeline_app.core.problems import LoadError, short

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

COMMANDS = ("check",)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return _run_command(args)
    parser = _top_parser()
    ns = parser.parse_args(args)
    if ns.version:
        print(f"timeline-app {__version__}")
        return EXIT_OK
    return _open_window(ns.file)


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="View and edit timelines of contested events reported by many sources.",
        epilog="commands:\n  check FILE...   validate files and summarise them "
               "(timeline-app check --help)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", help="a timeline file to open in the window")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def _open_window(path: str | None) -> int:
    print("timeline-app: the window is not part of this version yet; "
          "use 'timeline-app check FILE'", file=sys.stderr)
    return EXIT_USAGE


def _run_command(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="timeline-app check",
        description="Check timeline files. A valid file gets a summary (events, date span, "
                    "sources with event counts, disputed events); an invalid one gets its "
                    "problems, one a line, as FILE:LINE:COL: message or "
                    "FILE: events[N] (id, title): field: message.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only problems, no summaries")
    ns = parser.parse_args(args[1:])
    return check(ns.files, quiet=ns.quiet)


def check(paths: Sequence[str], quiet: bool = False) -> int:
    status = EXIT_OK
    for path in paths:
        try:
            result = load_path(path)
        except UnreadableError as err:
            _print_problems(err)
            status = EXIT_USAGE
            continue
        except LoadError as err:
            _print_problems(err)
            status = max(status, EXIT_INVALID)
            continue
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if not quiet:
            print(summary(path, result))
    return status


def _print_problems(err: LoadError) -> None:
    for line in err.lines():
        print(line, file=sys.stderr)


def summary(path: str, result: LoadResult) -> str:
    t = result.timeline
    lines = [f"{path}: valid ({result.kind}), {_plural(len(t.events), 'event')}"]
    if t.title:
        lines.append(f"  title: {short(t.title, 80)}")
    span = date_span(t)
    if span:
        lines.append(f"  dates: {span}")
    counts = t.event_counts()
    lines.append(f"  sources ({len(t.sources)}):")
    width = max((len(s.name) for s in t.sources.values()), default=0)
    width = min(width, 40)
    for sid, n in sorted(counts.items(), key=lambda kv: (-kv[1], t.source_name(kv[0]))):
        source = t.sources.get(sid)
        name = short(source.name if source else sid, 40)
        kind = f"  {source.kind}" if source is not None and source.kind else ""
        lines.append(f"    {name:<{width}}  {_plural(n, 'event'):>10}{kind}")
    disputed = [e for e in t.events if e.status is Status.DISPUTED]
    if disputed:
        lines.append(f"  disputed ({len(disputed)}):")
        for e in disputed[:20]:
            lines.append(f"    {e.start.text}  {short(e.title, 70)}")
        if len(disputed) > 20:
            lines.append(f"    … and {len(disputed) - 20} more")
    return "\n".join(lines)


def date_span(t: Timeline) -> str:
    """First and last dates as written, e.g. "2024-06 to 2025-04~"."""
    first = last = None
    for e in t.events:
        if e.earliest != float("-inf") and (first is None or e.earliest < first.earliest):
            first = e
        if last is None or e.latest > last.latest:
            last = e
    if first is None or last is None:
        return ""
    end = last.end if last.end is not None else last.start
    return f"{first.start.text} to {end.text}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


if __name__ == "__main__":
    sys.exit(main())
