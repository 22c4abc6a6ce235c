#!/usr/bin/env bash
# Install Timeline App's menu entry, icon, AppStream metainfo and the *.timeline.json MIME type
# for the current user, under ${XDG_DATA_HOME:-~/.local/share}. No root; safe to run again.
#
#   scripts/install_desktop.sh [--exec PROGRAM] [--uninstall]
#
# The menu entry starts, in this order: --exec PROGRAM; the bundle from `make bundle`
# (dist/timeline-app/timeline-app); this checkout's .venv/bin/timeline-app; `timeline-app`
# from PATH. Absolute paths are written into the entry, because a menu does not see .venv.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP_ID=org.timelineapp.TimelineApp
SRC="$ROOT/resources/desktop"

usage() { sed -n '2,9s/^# \{0,1\}//p' "$0"; exit "${1:-0}"; }

program="" uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || usage 2; program="$2"; shift 2 ;;
    --exec=*) program="${1#--exec=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "install_desktop: unknown argument: $1" >&2; usage 2 ;;
  esac
done

# The base-directory spec says to ignore an empty or relative XDG_DATA_HOME.
DATA="${XDG_DATA_HOME:-}"
case "$DATA" in /*) ;; *) DATA="$HOME/.local/share" ;; esac

DESKTOP="$DATA/applications/$APP_ID.desktop"
ICON="$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
METAINFO="$DATA/metainfo/$APP_ID.metainfo.xml"
MIME="$DATA/mime/packages/$APP_ID.xml"

refresh_databases() {
  # Without these, file managers learn the new type and handler only at next login.
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime"
  else
    echo "install_desktop: update-mime-database not found (package shared-mime-info);" \
         "*.timeline.json is recognised once it runs" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$DATA/applications"
  fi
  # GTK re-reads an icon theme directory when its modification time changes.
  [ -d "$DATA/icons/hicolor" ] && touch "$DATA/icons/hicolor"
  return 0
}

if [ "$uninstall" = 1 ]; then
  rm -f "$DESKTOP" "$ICON" "$METAINFO" "$MIME"
  mkdir -p "$DATA/mime/packages" "$DATA/applications"
  refresh_databases
  echo "removed Timeline App's desktop files from $DATA"
  exit 0
fi

if [ -z "$program" ]; then
  for candidate in "$ROOT/dist/timeline-app/timeline-app" "$ROOT/.venv/bin/timeline-app"; do
    if [ -x "$candidate" ]; then program="$candidate"; break; fi
  done
fi
if [ -z "$program" ]; then
  program=timeline-app
  command -v timeline-app >/dev/null 2>&1 ||
    echo "install_desktop: warning: timeline-app is not on PATH; run 'make bundle' or" \
         "'make run' first, or pass --exec PROGRAM" >&2
fi
case "$program" in
  /*) ;;
  */*) program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")" ;;
esac

# Exec= quoting (desktop entry spec): plain if harmless, else in double quotes; the
# characters that would need a second level of escaping are refused instead.
case "$program" in
  *[\"\`\$\\%]* | *$'\n'*)
    echo "install_desktop: cannot write this path into a desktop entry: $program" >&2; exit 2 ;;
  *[!A-Za-z0-9/._+-]*) exec_field="\"$program\"" ;;
  *) exec_field="$program" ;;
esac

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$METAINFO")" "$(dirname "$MIME")"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*)
      printf 'Exec=%s %%F\n' "$exec_field"
      # TryExec hides the entry if the program goes away (make clean) instead of a dead item.
      case "$program" in /*) printf 'TryExec=%s\n' "$program" ;; esac ;;
    TryExec=*) ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$SRC/$APP_ID.desktop" > "$tmp"
install -m 644 "$tmp" "$DESKTOP"
install -m 644 "$ROOT/resources/icons/timeline-app.svg" "$ICON"
install -m 644 "$SRC/$APP_ID.metainfo.xml" "$METAINFO"
install -m 644 "$SRC/$APP_ID.mime.xml" "$MIME"
refresh_databases
echo "installed Timeline App for $(id -un) in $DATA (starts $program)"
