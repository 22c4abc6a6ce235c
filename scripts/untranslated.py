"""Find text the window shows without `tr()`: literal strings (or f-strings) handed to Qt's
text-taking calls in the window's modules. `tests/ui/test_translations.py` runs it over
every module; run it by hand on the files you are translating:

    python scripts/untranslated.py timeline_app/ui/details.py ...

A line that must stay as it is (a file name, a format keyword, a key) says so with the
comment `# not translated` and why.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Methods and constructors whose string arguments people read.
TEXT_CALLS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addMenu",
    "addAction", "showMessage", "setTitle", "setLabelText", "setHeaderLabels", "addItem",
    "addItems", "insertItem", "setTabText", "addTab", "setInformativeText", "setDetailedText",
    "setItemText", "setSpecialValueText", "setSuffix", "setPrefix", "addButton", "setButtonText",
    "information", "warning", "critical", "question", "getText", "getItem", "getSaveFileName",
    "getOpenFileName", "setNameFilter", "setHtml", "setPlainText", "drawText", "setLabel",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMessageBox", "QMenu", "QTableWidgetItem", "QListWidgetItem", "QStandardItem",
}


def _has_words(node: ast.AST) -> bool:
    """A string literal (or f-string) with at least one letter in its fixed text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
                   for v in node.values)
    return False


def findings(path: Path) -> list[str]:
    """`path:line: text` for every literal shown untranslated."""
    source = path.read_text("utf-8")
    lines = source.splitlines()
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_CALLS or (isinstance(func, ast.Attribute) and isinstance(
                func.value, ast.Name) and func.value.id in ("log", "logger", "logging")):
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        for arg in args:
            candidates = [arg]
            if isinstance(arg, ast.IfExp):
                candidates = [arg.body, arg.orelse]
            elif isinstance(arg, ast.BinOp):
                candidates = [arg.left, arg.right]
            elif isinstance(arg, ast.List | ast.Tuple):
                candidates = list(arg.elts)
            for c in candidates:
                if _has_words(c):
                    line = lines[c.lineno - 1]
                    if "# not translated" in line or "# not translated" in lines[
                            node.lineno - 1]:
                        continue
                    out.append(f"{path.relative_to(ROOT)}:{c.lineno}: {line.strip()[:90]}")
    return out


def main(paths: list[str]) -> int:
    files = [Path(p).resolve() for p in paths] or sorted(
        (ROOT / "timeline_app" / "ui").rglob("*.py"))
    found = [f for path in files for f in findings(path)]
    print("\n".join(found) if found else "nothing untranslated found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
