"""`make translations`: update the Qt Linguist sources from the code, then compile them.

1. `pyside6-lupdate` reads every `tr(...)` of the window's modules, and of the core's (whose
   words the window shows: `timeline_app/core/text.py`), into
   `timeline_app/translations/timeline_app_{en,uk,ko}.ts` (strings the code no longer uses
   are dropped; line numbers are not kept, so a change of code alone changes no .ts file).
2. English needs only its plurals: a source written "%Ln event(s)" gets the forms "%Ln
   event" and "%Ln events" (also "(es)"); anything else is left to the source text.
3. `pyside6-lrelease` compiles each .ts into the .qm the package (and the bundle) ships.

Ukrainian and Korean are translated by people in Qt Linguist (`pyside6-linguist FILE.ts`)
or any editor; `tests/ui/test_translations.py` fails on a string left untranslated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "timeline_app" / "translations"
LANGUAGES = ("en", "uk", "ko")
# Files, not folders: lupdate's folder scan does not know Python. All of the core: a module
# that starts to say something through core.text's tr() is then read without a change here.
SOURCES = [*sorted((ROOT / "timeline_app" / "ui").rglob("*.py")), ROOT / "timeline_app" / "app.py",
           *sorted((ROOT / "timeline_app" / "core").rglob("*.py"))]


def tool(name: str) -> str:
    """PySide6's own lupdate/lrelease, beside this Python (the venv's bin)."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else f"pyside6-{name}"


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"timeline_app_{language}.ts"


def update(folder: Path = FOLDER) -> None:
    """lupdate into each language's .ts (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([tool("lupdate"), *map(str, SOURCES), "-no-obsolete", "-locations",
                        "none", "-source-language", "en", "-target-language", language,
                        "-ts", str(ts_path(language, folder))],
                       check=True, capture_output=True, text=True)


def english_plurals(path: Path) -> None:
    """Fill English's numerus forms from "(s)"/"(es)" in the source."""
    tree = ET.parse(path)
    changed = False
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for suffix in ("(es)", "(s)"):
            if suffix in source:
                forms = [source.replace(suffix, ""), source.replace(suffix, suffix[1:-1])]
                break
        else:
            forms = [source, source]
        old = [f.text for f in translation.findall("numerusform")]
        if old != forms or translation.get("type"):
            for f in list(translation):
                translation.remove(f)
            translation.attrib.pop("type", None)
            translation.text = "\n            "
            for text in forms:
                form = ET.SubElement(translation, "numerusform")
                form.text = text
                form.tail = "\n            "
            translation[-1].tail = "\n        "
            changed = True
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        "utf-8")


def release(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True, capture_output=True, text=True)


def main() -> int:
    update()
    english_plurals(ts_path("en"))
    update()  # lupdate's own layout again, so a second run changes nothing
    release()
    for language in LANGUAGES:
        print(f"{ts_path(language).relative_to(ROOT)} and .qm updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
