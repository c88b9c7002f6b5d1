"""The agenda in the desk: what is due, overdue first; Enter opens the case."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


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
    followed: dict[str, object], demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.cases.casework import add_action

    later = demo_store.clock.today() + timedelta(days=10)  # past any week's Sunday
    with UnitOfWork(demo_store) as uow:
        add_action(uow, followed["goal"], "referral", "Visita al nido", "worker", later)  # type: ignore[arg-type]
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page

    def titles() -> set[str]:
        return {i.title for i in page.model.rows}

    qtbot.waitUntil(lambda: "Domanda al nido comunale" in titles(), timeout=5000)
    assert "Visita al nido" not in titles()  # this week only
    page.period.setCurrentIndex(page.period.findData(14))
    qtbot.waitUntil(lambda: "Visita al nido" in titles(), timeout=5000)
    assert next(i for i in page.model.rows if i.title == "Visita al nido").due == later
    page.period.setCurrentIndex(page.period.findData(0))  # today: what is late or due now
    qtbot.waitUntil(lambda: "Visita al nido" not in titles(), timeout=5000)
    assert "Domanda al nido comunale" in titles()  # late since yesterday
    assert all(i.overdue or i.when.value == "today" for i in page.model.rows)


def test_enter_on_a_request_item_opens_the_request_and_esc_comes_back(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    """#17: the agenda leads to what it lists; its column says «Pratica»."""
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    page.period.setCurrentIndex(page.period.count() - 1)  # the longest period
    qtbot.waitUntil(lambda: any(i.kind == "health" for i in page.model.rows), timeout=5000)
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Percorso o pratica"
    row = next(r for r, i in enumerate(page.model.rows) if i.kind == "health")
    number = page.model.rows[row].case_number
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    requests = window.requests_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is requests, timeout=5000)
    assert window.sidebar.currentRow() == 4  # the sidebar says where one is
    qtbot.waitUntil(lambda: requests.current_number() == number, timeout=5000)
    qtbot.keyClick(requests, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page  # back where it came from
    assert window.sidebar.currentRow() == 1


def test_a_story_opened_from_the_agenda_goes_back_to_the_agenda(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    """#17: Esc and «← Elenco» go back to where one came from, the agenda."""
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.open_worker.emit(followed["worker"].id)  # type: ignore[attr-defined]
    story = window.worker_page
    qtbot.waitUntil(lambda: window.stack.currentWidget() is story, timeout=5000)
    qtbot.waitUntil(lambda: story.story is not None, timeout=5000)
    qtbot.keyClick(story, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page
    assert window.sidebar.currentRow() == 1


def test_a_week_of_thousands_opens_measuring_only_the_rows_in_sight(
    window: MainWindow, qtbot: QtBot
) -> None:
    """#19: the page sized its columns from a thousand rows each time it opened (400 ms
    at 50,000 workers); a screenful is what it needs to measure."""
    from datetime import date

    from welfare_desk.cases.agenda import AgendaItem
    from welfare_desk.domain.agenda import Due

    window.resize(1280, 800)
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=5000)
    day = date(2026, 12, 1)
    week = [
        AgendaItem(
            "action", day, False, Due.THIS_WEEK, f"Rossi {n}", f"SP01-2026-{n:04d}", "Visita", "x"
        )
        for n in range(3000)
    ]
    page.model.set_rows(week)
    page.table.repaint()
    QApplication.processEvents()
    measured = {row for row, _column in page.model._texts}  # each cell's text, made once
    assert 0 < len(measured) <= 100, len(measured)


def test_a_long_period_shows_its_nearest_items_and_says_how_many_in_all(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot, monkeypatch: object
) -> None:
    """#19: the programme's week at 200,000 workers holds 22,575 items; the page shows the
    nearest and counts them all, and says how to see the rest."""
    from welfare_desk.gui.pages import agenda_page

    monkeypatch.setattr(agenda_page, "SHOWN", 2)  # type: ignore[attr-defined]
    window.sidebar.setCurrentRow(1)
    page = window.agenda_page
    page.period.setCurrentIndex(page.period.findData(14))
    qtbot.waitUntil(lambda: "Qui le prime 2" in page.summary.text(), timeout=5000)
    assert page.model.rowCount() == 2
    assert page.model.rows[0].overdue  # the nearest: what is late comes first
    assert "scegli un social point o un referente" in page.summary.text()
    total = int(page.summary.text().split(":")[1].split(";")[0].replace(".", ""))
    assert total > 2
