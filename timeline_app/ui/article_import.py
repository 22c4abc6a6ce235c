"""File > Import Article… and dropped articles: read the file, review its proposals, and push
what the user accepted as one undoable edit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.core.extract.article import ArticleError, read_article_file
from timeline_app.core.extract.proposals import extract
from timeline_app.core.model.timeline import Timeline
from timeline_app.ui import edit_lock, file_ops
from timeline_app.ui.article_review import ArticleReview
from timeline_app.ui.editing import push
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

ARTICLE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


def article_filter() -> str:
    return tr("Articles (*.txt *.md *.markdown *.html *.htm);;Text (*.txt);;"
              "Markdown (*.md *.markdown);;Web pages (*.html *.htm);;All files (*)")


def import_article_dialog(w: MainWindow) -> None:
    start = str(w.document.path.parent) if w.document.path else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(w, tr("Import Article"), start,
                                          article_filter())
    if path:
        import_article(w, Path(path))


def import_article(w: MainWindow, path: Path) -> ArticleReview | None:
    """Open the review for `path` (window-modal, so the window stays responsive)."""
    if edit_lock.refused(w):
        return None
    try:
        article = read_article_file(path)
    except ArticleError as err:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Import Article"), str(err),
                          QMessageBox.StandardButton.Close, w)
        file_ops.ask(box)
        return None
    extraction = extract(article, w.document.timeline)
    dialog = ArticleReview(extraction, w.document.timeline, w)
    dialog.finished.connect(lambda result: _finished(w, dialog, bool(result)))
    w.article_review = dialog  # kept alive while shown; tests drive it from here
    dialog.open()
    return dialog


def _finished(w: MainWindow, dialog: ArticleReview, accepted: bool) -> None:
    edit = dialog.edit()
    if accepted and edit is not None and not edit.is_empty():
        if w.document.timeline is None:
            # the document's own title, written into the file: not translated
            title = dialog.extraction.article.title or "Article"
            w.document.set_timeline(Timeline(title=title), None, kind="timeline-app")
        push(w, edit)
    dialog.deleteLater()
    if getattr(w, "article_review", None) is dialog:
        w.article_review = None


def dropped(w: MainWindow, path: Path) -> bool:
    """True when a dropped file is taken as an article: Markdown and web pages always, a
    .txt file when the user chooses Article (it may be a spreadsheet export)."""
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return False
    if suffix == ".txt":
        box = QMessageBox(QMessageBox.Icon.Question, tr("Open Text File"),
                          tr("Is {file} an article to read, or a spreadsheet to open?").format(
                              file=path.name),
                          QMessageBox.StandardButton.NoButton, w)
        article = box.addButton(tr("&Article"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("&Spreadsheet"), QMessageBox.ButtonRole.RejectRole)
        file_ops.ask(box)
        if box.clickedButton() is not article:
            return False
    import_article(w, path)
    return True
