"""Printing from the desk: a worker's path, the welfare-day handout, everyone of a day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.gui.keyboard import keys, wait_for_dialog
from tests.helpers import add_worker
from welfare_desk.cases.casework import ContactInput, record_contact
from welfare_desk.domain.needs import Channel
from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
from welfare_desk.gui.dialogs.print_dialogs import HandoutDialog, PathBatchDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 3, 12)


def _closed_previews() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.close()


def test_ctrl_p_on_the_story_previews_the_path_summary(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    window.open_worker(followed["worker"].id)  # type: ignore[attr-defined]
    page = window.worker_page
    qtbot.waitUntil(lambda: page.story is not None, timeout=5000)
    page.case_button.setFocus()
    keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_P))
    preview = wait_for_dialog(qtbot, PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() >= 1, timeout=5000)
    assert preview.windowTitle().startswith("Il percorso di ")
    _closed_previews()


def test_the_handout_for_one_employer_and_area(window: MainWindow, qtbot: QtBot) -> None:
    window.handout_action.trigger()
    dialog = wait_for_dialog(qtbot, HandoutDialog)
    assert isinstance(dialog, HandoutDialog)
    qtbot.waitUntil(lambda: dialog.category.count() > 1, timeout=5000)
    dialog.employer.setCurrentIndex(dialog.employer.findText("Officine Lodigiane S.p.A."))
    dialog.category.setCurrentIndex(dialog.category.findData("childcare"))
    keys(qtbot, (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_V))  # &Vedi l'anteprima
    preview = wait_for_dialog(qtbot, PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() >= 2, timeout=8000)  # cover and cards
    _closed_previews()
    dialog.close()


def test_the_path_summaries_of_everyone_seen_on_a_day_in_one_pdf(
    demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    # a welfare day inside the demo's history, and a day long before it, when nobody was
    # seen: both from the suite's day, since the demo's history is made from it
    seen, empty = TODAY - timedelta(days=263), TODAY - timedelta(days=3 * 365)
    names = ("Alba", "Bice", "Cleo")
    for name in names:
        worker = add_worker(demo_store, surname="Zucchi", name=name).worker
        with UnitOfWork(demo_store) as uow:
            met = datetime.combine(seen, time(11))
            record_contact(uow, ContactInput(worker.id, met, Channel.WELFARE_DAY, 10))
    window.paths_action.trigger()
    dialog = wait_for_dialog(qtbot, PathBatchDialog)
    assert isinstance(dialog, PathBatchDialog)
    qtbot.waitUntil(lambda: dialog.point.count() > 1, timeout=5000)
    dialog.day.setDate(QDate(seen.year, seen.month, seen.day))
    qtbot.waitUntil(lambda: len(dialog.people) >= 3, timeout=5000)
    assert "riepiloghi da stampare" in dialog.count.text()
    dialog.print_all()
    preview = wait_for_dialog(qtbot, PdfPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() >= len(dialog.people), timeout=10000)
    assert dialog.printed is not None and dialog.printed.startswith(b"%PDF")
    _closed_previews()
    # a day with nobody: nothing to print, and the button says so by being off
    dialog.day.setDate(QDate(empty.year, empty.month, empty.day))
    qtbot.waitUntil(lambda: not dialog.print_button.isEnabled(), timeout=5000)
    dialog.close()
