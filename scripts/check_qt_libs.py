"""Say plainly which system libraries Qt's X11 plugin lacks, and which packages bring them.

Qt 6.5+ opens X11 windows only with libraries that a bare Debian or Ubuntu lacks; without
them the program dies with a cryptic "could not load the Qt platform plugin" message.
`make run` calls this first. Exit 1 when something is missing, with the apt-get line to run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES = {  # library file -> Debian/Ubuntu package
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_libraries() -> list[str]:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines() if "not found" in line]


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    print("Qt needs system libraries that this machine lacks to open a window on X11:\n  "
          + "\n  ".join(missing)
          + "\nInstall them with:\n  sudo apt-get install " + " ".join(packages),
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
