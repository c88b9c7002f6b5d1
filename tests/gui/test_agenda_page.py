"""The agenda in the desk: what is due this week, overdue first; Enter opens the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow


def test_the_agenda_lists_overdue_first_and_opens_the_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: "in agenda" in window.statusBar().currentMessage(), timeout=5000)
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    overdue = [item.overdue for item in page.model.rows]
    assert overdue == sorted(overdue, reverse=True)  # overdue ones come first
    assert "scadute" in page.summary.text()
    window.grab().save(str(tmp_path / "agenda.png"))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.worker_page, timeout=5000)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    assert window.worker_page.title.text() == page.model.rows[0].worker
