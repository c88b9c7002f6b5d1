"""The agenda in the desk: what is due, overdue first; Enter opens the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow


def test_the_agenda_lists_overdue_first_and_opens_the_case(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: "in agenda" in window.statusBar().currentMessage(), timeout=5000)
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    overdue = [item.overdue for item in page.model.rows]
    assert overdue[0] and overdue == sorted(overdue, reverse=True)  # overdue ones first
    assert "scadute" in page.summary.text()
    window.grab().save(str(tmp_path / "agenda.png"))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.case_page, timeout=5000)
    qtbot.waitUntil(lambda: window.case_page.case is not None, timeout=5000)
    assert window.case_page.case is not None
    assert window.case_page.case.number == page.model.rows[0].case_number
    qtbot.keyClick(window.case_page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page  # back where it came from


def test_the_agenda_period_reaches_beyond_this_week(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    week = page.model.rowCount()
    page.period.setCurrentIndex(page.period.findData(14))
    qtbot.waitUntil(lambda: page.model.rowCount() >= week, timeout=5000)
    page.period.setCurrentIndex(page.period.findData(0))
    qtbot.waitUntil(
        lambda: all(i.overdue or i.when.value == "today" for i in page.model.rows), timeout=5000
    )
