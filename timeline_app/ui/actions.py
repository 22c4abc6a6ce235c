"""Menus and actions of the main window, with the platform's standard shortcuts.

Every command is reachable from a menu (with mnemonics) and, where the platform defines one,
its standard key sequence; the offscreen and Windows themes leave Quit empty, so Ctrl+Q is
added as a fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from timeline_app import __version__
from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.ui import (
    article_import,
    contrast,
    csv_dialog,
    export_actions,
    file_ops,
    i18n,
    printing,
    time_zone,
)
from timeline_app.ui.i18n import tr
from timeline_app.ui.settings import add_recent as _add_recent
from timeline_app.ui.settings import existing_recent

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow



def lane_labels() -> dict[LaneMode, str]:
    """View > Lanes' items, in the window's language (s: source, l: lane)."""
    return {LaneMode.SOURCE: tr("By &source"), LaneMode.TAG: tr("By &tag"),
            LaneMode.STATUS: tr("By st&atus"), LaneMode.NONE: tr("Single &lane")}


def file_filter() -> str:
    """The Open dialog's file types (the patterns stay as they are)."""
    return tr("Timelines and spreadsheets (*.json *.timeline *.csv *.tsv *.tab *.txt);;"
              "Timelines (*.json);;The Timeline Project (*.timeline);;"
              "Spreadsheets (*.csv *.tsv *.tab *.txt);;All files (*)")


@dataclass
class Menus:
    file: QMenu
    recent: QMenu
    view: QMenu
    help: QMenu
    open: QAction
    save: QAction
    save_as: QAction
    quit: QAction
    find: QAction
    lanes: dict[LaneMode, QAction]
    lock: QAction  # View > Lock editing, remembered per file
    legend: QAction
    by_reliability: QAction  # View > Lanes > Order by Reliability, remembered per file


def _action(window: MainWindow, text: str, slot, keys=None) -> QAction:
    action = QAction(text, window)
    if keys is not None:
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(keys))
        else:
            action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    return action


def build_menus(w: MainWindow) -> Menus:
    bar = w.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(_action(w, tr("&New…"), lambda: file_ops.new_document(w),
                                QKeySequence.StandardKey.New))
    open_action = _action(w, tr("&Open…"), lambda: open_dialog(w), QKeySequence.StandardKey.Open)
    file_menu.addAction(open_action)
    recent = file_menu.addMenu(tr("Open &Recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(w, recent))
    file_menu.addAction(_action(w, tr("&Import CSV…"), lambda: csv_dialog.import_csv_dialog(w)))
    w.reopen_action = _action(w, csv_dialog.reopen_text(),
                              lambda: csv_dialog.reopen_with_encoding(w))
    file_menu.addAction(w.reopen_action)
    w.import_article_action = _action(w, tr("Import &Article…"),
                                      lambda: article_import.import_article_dialog(w))
    file_menu.addAction(w.import_article_action)
    file_menu.addSeparator()
    save_action = _action(w, tr("&Save"), lambda: file_ops.save(w), QKeySequence.StandardKey.Save)
    file_menu.addAction(save_action)
    save_as = _action(w, tr("Save &As…"), lambda: file_ops.save_as(w),
                      QKeySequence.StandardKey.SaveAs)
    if not save_as.shortcuts():
        save_as.setShortcut(QKeySequence("Ctrl+Shift+S"))
    file_menu.addAction(save_as)
    export_actions.build_export_menu(w, file_menu)
    file_menu.addAction(_action(w, tr("&Print…"), lambda: printing.print_view(w),
                                QKeySequence.StandardKey.Print))
    file_menu.addAction(_action(w, tr("Print Pre&view…"), lambda: printing.preview(w)))
    file_menu.addSeparator()
    quit_action = _action(w, tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
    if not quit_action.shortcuts():
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    view = bar.addMenu(tr("&View"))
    find = _action(w, tr("&Find…"), w.focus_search, QKeySequence.StandardKey.Find)
    view.addAction(find)
    view.addAction(_action(w, tr("Find &Next"), lambda: w.find_next(False),
                           QKeySequence.StandardKey.FindNext))
    view.addAction(_action(w, tr("Find Pre&vious"), lambda: w.find_next(True),
                           QKeySequence.StandardKey.FindPrevious))
    view.addSeparator()
    view.addAction(_action(w, tr("Zoom &In"), lambda: _zoom(w, 1.25),
                           QKeySequence.StandardKey.ZoomIn))
    view.addAction(_action(w, tr("Zoom &Out"), lambda: _zoom(w, 0.8),
                           QKeySequence.StandardKey.ZoomOut))
    view.addAction(_action(w, tr("&Fit All"), w.timeline.fit_all, ["Ctrl+0"]))
    lanes_menu = view.addMenu(tr("&Lanes"))
    group = QActionGroup(w)
    lanes = {}
    for mode, label in lane_labels().items():
        action = QAction(label, w, checkable=True)
        action.setChecked(mode == LaneMode.SOURCE)
        action.triggered.connect(lambda _=False, m=mode: w.timeline.set_lane_mode(m))
        group.addAction(action)
        lanes_menu.addAction(action)
        lanes[mode] = action
    lanes_menu.addSeparator()
    by_grade = QAction(tr("Order by &Reliability"), w, checkable=True)
    by_grade.setStatusTip(tr("Lanes by source in order of the sources' reliability (A first, "
                             "the ungraded last)"))
    by_grade.toggled.connect(w.timeline.set_lanes_by_reliability)
    lanes_menu.addAction(by_grade)
    time_zone.build_menu(w, view)
    i18n.build_menu(w, view)
    said = QAction(tr("Claims by &Date Said"), w, checkable=True)
    said.setToolTip(tr("Show each claim at the date its source said it, joined to its event"))
    said.toggled.connect(w.timeline.set_said_marks)
    view.addAction(said)
    w.said_action = said
    view.addSeparator()
    lock = QAction(tr("Loc&k Editing"), w, checkable=True)
    lock.setStatusTip(tr("Make the document read-only for review: no dragging, new, "
                         "duplicate, delete, undo or import; editors open read-only; saving "
                         "still works"))
    lock.toggled.connect(w.timeline.set_editing_locked)
    view.addAction(lock)
    legend = QAction(tr("Le&gend"), w, checkable=True)
    legend.setStatusTip(tr("Explain the timeline's marks (hatching, arrows, ⚠, bands, stances)"))
    legend.toggled.connect(w.timeline.set_legend_visible)
    view.addAction(legend)
    w.high_contrast_action = contrast.build_action(w, view)
    view.addSeparator()
    for dock in (w.sources_dock, w.details_dock, w.events_dock):
        view.addAction(dock.toggleViewAction())
    view.addAction(w.filter_bar.toggleViewAction())
    view.addAction(_action(w, tr("&Clear Filters"), w.filter_bar.clear))

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(_action(w, tr("&About Timeline App"), lambda: about(w)))
    w.timeline.contentChanged.connect(lambda: _check_lane(lanes, w.timeline.lane_mode()))
    return Menus(file_menu, recent, view, help_menu, open_action, save_action, save_as,
                 quit_action, find, lanes, lock, legend, by_grade)


def _check_lane(lanes: dict[LaneMode, QAction], mode: LaneMode) -> None:
    if mode in lanes:
        lanes[mode].setChecked(True)


def _zoom(w: MainWindow, factor: float) -> None:
    vp = w.timeline.viewport()
    w.timeline.set_viewport(vp.zoomed(factor, vp.width / 2))


def open_dialog(w: MainWindow) -> None:
    start = str(w.document.path.parent) if w.document.path else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(w, tr("Open Timeline"), start, file_filter())
    if path:
        w.open_path(path)


def add_recent(w: MainWindow, path: Path) -> None:
    _add_recent(w.settings, path)
    w.store.save(w.settings)


def _fill_recent(w: MainWindow, menu: QMenu) -> None:
    menu.clear()
    paths = existing_recent(w.settings)
    for i, path in enumerate(paths, start=1):
        label = f"&{i} {Path(path).name}" if i < 10 else Path(path).name
        action = menu.addAction(label.replace("&&", "&"))
        action.setToolTip(path)
        action.setData(path)
        action.triggered.connect(lambda _=False, p=path: w.open_path(p))
    if not paths:
        empty = menu.addAction(tr("No recent files"))
        empty.setEnabled(False)


def about(w: MainWindow) -> None:
    box = QMessageBox(w)
    box.setWindowTitle(tr("About Timeline App"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(tr("Timeline App {version}").format(version=__version__))
    box.setInformativeText(tr("A timeline viewer and editor for contested events reported "
                              "by many sources: who said what, and when."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    w._about_box = box  # kept alive while shown


def settle_shortcuts(w: MainWindow) -> None:
    """Give every key sequence to one action. An action's first shortcut is its own; the
    extra ones a platform adds (on Linux, Delete's Ctrl+D) are dropped where another action
    already has them, so Qt never sees an "Ambiguous shortcut overload"."""
    actions = [a for a in w.findChildren(QAction) if a.shortcuts()]
    taken = {a.shortcuts()[0].toString() for a in actions}
    for action in actions:
        keys = action.shortcuts()
        kept = keys[:1] + [k for k in keys[1:] if k.toString() not in taken]
        taken.update(k.toString() for k in kept)
        if len(kept) != len(keys):
            action.setShortcuts(kept)


def shortcut_owners(w: MainWindow) -> dict[str, list[str]]:
    """Every key sequence of the window's actions and the actions that use it."""
    owners: dict[str, list[str]] = {}
    for action in w.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    return owners
