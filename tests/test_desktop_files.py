"""Desktop integration: the .desktop entry, AppStream metainfo, MIME type, icon, and
`make install-desktop` (scripts/install_desktop.sh) into a temporary XDG_DATA_HOME.

The freedesktop validators are used when installed (`.ci/run` installs them) and the checks
that need them skip, saying so, where they are not.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT
from timeline_app.app import APP_ID
from timeline_app.resources import resources_dir

DESKTOP_DIR = ROOT / "resources" / "desktop"
DESKTOP = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
MIME = DESKTOP_DIR / f"{APP_ID}.mime.xml"
ICON = ROOT / "resources" / "icons" / "timeline-app.svg"
INSTALL = ROOT / "scripts" / "install_desktop.sh"
TIMELINE_TYPE = "application/x-timeline+json"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00")


def _needs(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"needs {tool} (Debian package {package}, installed by .ci/run)")
    return path


def _entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _list(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def _validate_desktop(path: Path) -> None:
    tool = _needs("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    # Hints are advice (e.g. two main categories, as asked for), errors and warnings are not.
    problems = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


# --- the files as shipped -------------------------------------------------------------------

def test_desktop_entry_fields() -> None:
    entry = _entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Timeline App"
    assert entry["Comment"]
    assert entry["Exec"] == "timeline-app %F"
    assert entry["Icon"] == APP_ID  # the installed icon's name, see install_desktop.sh
    assert entry["Terminal"] == "false"
    assert {"Office", "Education"} <= set(_list(entry["Categories"]))
    assert _list(entry["MimeType"]) == [TIMELINE_TYPE, "application/json"]
    # Qt sets WM_CLASS's class to the application name (seen with xprop under Xvfb).
    assert entry["StartupWMClass"] == "Timeline App"


def test_desktop_entry_validates() -> None:
    _validate_desktop(DESKTOP)


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("name") == _entry(DESKTOP)["Name"]
    assert TIMELINE_TYPE in [m.text for m in root.iter("mediatype")]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == version, "add a <release> for the version in pyproject.toml"


def test_metainfo_validates() -> None:
    tool = _needs("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_declares_the_extension_as_json() -> None:
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == TIMELINE_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.timeline.json"]
    assert [s.get("type") for s in mime_type.findall(f"{MIME_NS}sub-class-of")] == [
        "application/json"]
    assert mime_type.findtext(f"{MIME_NS}comment")


def test_icon_is_svg_1_1_on_a_256_grid() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("version") == "1.1" and root.get("viewBox") == "0 0 256 256"
    text = ICON.read_text("utf-8")
    assert all(colour in text for colour in PALETTE)


@pytest.mark.parametrize("size", [16, 256])
def test_icon_renders(qapp, size: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixels = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
    opaque = sum(1 for c in pixels if c.alpha() == 255)
    assert opaque > 0.6 * size * size  # a filled tile, not a faint outline
    if size == 256:  # every marker colour is drawn as such somewhere
        names = {c.name().upper() for c in pixels}
        assert all(QColor(colour).name().upper() in names for colour in PALETTE)


def test_window_icon_is_the_shipped_icon(qapp) -> None:
    from PySide6.QtGui import QIcon

    path = resources_dir() / "icons" / "timeline-app.svg"  # what timeline_app.app loads
    assert path.resolve() == ICON.resolve()
    assert not QIcon(str(path)).pixmap(32, 32).isNull()


# --- install_desktop.sh ---------------------------------------------------------------------

def _install(home: Path, *args: str, data_home: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installer as a user with nothing but a HOME (no venv on PATH, no root needed)."""
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "LANG": "C.UTF-8"}
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    result = subprocess.run(["bash", str(INSTALL), *args], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def _installed(data: Path) -> dict[str, Path]:
    return {
        "desktop": data / "applications" / f"{APP_ID}.desktop",
        "icon": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "metainfo": data / "metainfo" / f"{APP_ID}.metainfo.xml",
        "mime": data / "mime" / "packages" / f"{APP_ID}.xml",
    }


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_install_defaults_to_local_share_and_is_idempotent(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    _install(home)
    data = home / ".local" / "share"
    files = _installed(data)
    assert all(path.is_file() for path in files.values()), files
    assert files["icon"].read_bytes() == ICON.read_bytes()
    assert files["metainfo"].read_bytes() == METAINFO.read_bytes()
    assert files["mime"].read_bytes() == MIME.read_bytes()
    first = _snapshot(data)
    _install(home)
    assert _snapshot(data) == first


def test_installed_entry_starts_a_program_that_exists(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _install(tmp_path, data_home=data)
    entry = _entry(_installed(data)["desktop"])
    program, field_code = entry["Exec"].rsplit(" ", 1)
    assert field_code == "%F"
    # This checkout's bundle or venv; `timeline-app` from PATH only when neither exists.
    if program != "timeline-app":
        assert Path(program).is_absolute() and os.access(program, os.X_OK), program
        assert entry["TryExec"] == program
    _validate_desktop(_installed(data)["desktop"])


def test_install_quotes_a_program_path_with_spaces(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _install(tmp_path, "--exec", "/opt/My Apps/timeline-app", data_home=data)
    entry = _entry(_installed(data)["desktop"])
    assert entry["Exec"] == '"/opt/My Apps/timeline-app" %F'
    _validate_desktop(_installed(data)["desktop"])


def test_install_registers_the_extension(tmp_path: Path) -> None:
    _needs("update-mime-database", "shared-mime-info")
    data = tmp_path / "data"
    _install(tmp_path, data_home=data)
    assert f"{TIMELINE_TYPE}:*.timeline.json" in (data / "mime" / "globs2").read_text("utf-8")
    # What a Qt program (a file dialog, this app) now makes of such a file name.
    probe = ("from PySide6.QtCore import QMimeDatabase as D; "
             "m = D().mimeTypeForFile('a.timeline.json', D.MatchMode.MatchExtension); "
             "print(m.name(), m.inherits('application/json'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "XDG_DATA_HOME": str(data)}, timeout=60)
    assert out.stdout.split() == [TIMELINE_TYPE, "True"], out.stderr


def test_install_offers_the_app_for_both_types(tmp_path: Path) -> None:
    _needs("update-desktop-database", "desktop-file-utils")
    data = tmp_path / "data"
    _install(tmp_path, data_home=data)
    cache = (data / "applications" / "mimeinfo.cache").read_text("utf-8")
    for mime_type in (TIMELINE_TYPE, "application/json"):
        assert f"{mime_type}={APP_ID}.desktop;" in cache


def test_installed_tree_validates_as_a_whole(tmp_path: Path) -> None:
    """appstreamcli checks that the metainfo, its desktop entry and the icon fit together."""
    tool = _needs("appstreamcli", "appstream")
    root = tmp_path / "root"
    _install(tmp_path, data_home=root / "usr" / "share")
    result = subprocess.run([tool, "validate-tree", "--no-net", str(root)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_the_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _install(tmp_path, data_home=data)
    _install(tmp_path, "--uninstall", data_home=data)
    assert not any(path.exists() for path in _installed(data).values())
