"""Quick intake by keyboard only: find, choose, tick needs, save — no mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.keyboard import keys
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.gui.dialogs.quick_intake import QuickIntake
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.models import Contact, Need, Worker
from welfare_desk.store.uow import UnitOfWork


def _open(window: MainWindow, qtbot: QtBot) -> QuickIntake:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickIntake)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.workerSearch, timeout=3000)
    return dialog


def test_a_contact_for_an_existing_worker_without_the_mouse(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    target = window.workers_page.model.rows[2]
    dialog = _open(window, qtbot)
    keys(qtbot, f"{target.surname} {target.name}")
    qtbot.waitUntil(lambda: dialog.ui.workerResults.count() > 0, timeout=5000)
    keys(qtbot, Qt.Key.Key_Down)
    rows = [
        dialog.ui.workerResults.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.ui.workerResults.count())
    ]
    while dialog.ui.workerResults.currentItem().data(Qt.ItemDataRole.UserRole) != target.id:
        keys(qtbot, Qt.Key.Key_Down)
    assert target.id in rows
    keys(qtbot, Qt.Key.Key_Return)  # chosen: on to the channel
    assert QApplication.focusWidget() is dialog.ui.channelCombo
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab, "nido")  # duration, then the needs filter
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert dialog.chosen_needs() == ["childcare.nursery"]
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab, "Chiede informazioni sul nido aziendale.")
    dialog.grab().save(str(tmp_path / "quick-intake.png"))
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return))
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        contact = uow.session.scalars(
            select(Contact).where(
                Contact.worker_id == target.id,
                Contact.notes == "Chiede informazioni sul nido aziendale.",
            )
        ).one()
        need = uow.session.scalars(select(Need).where(Need.contact_id == contact.id)).one()
        assert (contact.channel, need.kind) == ("welfare_day", "childcare.nursery")
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)


def test_a_new_worker_with_only_code_names_and_employer(window: MainWindow, qtbot: QtBot) -> None:
    from datetime import date

    dialog = _open(window, qtbot)
    code = encode("Hoxha", "Arben", date(1988, 4, 12), "M", "Z100")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Space)  # tick "new worker"
    assert dialog.ui.newWorkerCheck.isChecked()
    keys(
        qtbot,
        code.lower(),
        Qt.Key.Key_Tab,
        "Hoxha",
        Qt.Key.Key_Tab,
        "Arben",
        Qt.Key.Key_Tab,
        "Officine Lodigiane S.p.A.",
    )
    keys(
        qtbot,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Tab,
        "lavoro agile",
        Qt.Key.Key_Down,
        Qt.Key.Key_Space,
    )
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return))
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        worker = uow.session.scalars(select(Worker).where(Worker.codice_fiscale == code)).one()
        assert (worker.surname, worker.birth_date) == ("Hoxha", date(1988, 4, 12))
        kinds = uow.session.scalars(select(Need.kind).where(Need.worker_id == worker.id)).all()
        assert kinds == ["time.smart_working"]


def test_saving_without_a_worker_says_what_to_do(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open(window, qtbot)
    keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return))
    assert "Scegli il lavoratore" in dialog.ui.statusText.text()


def test_enter_in_the_search_chooses_the_worker_and_records_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    """#17: «rossi ales», Enter in the search box recorded an empty contact at once."""
    target = window.workers_page.model.rows[2]
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        before = len(uow.session.scalars(select(Contact.id)).all())
    dialog = _open(window, qtbot)
    keys(qtbot, f"{target.surname} {target.name}")
    qtbot.waitUntil(lambda: dialog.ui.workerResults.count() > 0, timeout=5000)
    keys(qtbot, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.ui.channelCombo
    assert dialog.ui.workerResults.currentItem() is not None
    keys(qtbot, Qt.Key.Key_Return)  # Enter on the channel: still nothing recorded
    qtbot.wait(300)
    assert dialog.isVisible()
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        assert len(uow.session.scalars(select(Contact.id)).all()) == before
    dialog.done(0)  # leaves without the question


def test_space_ticks_the_need_that_is_shown_and_the_dialog_says_which(
    window: MainWindow, qtbot: QtBot
) -> None:
    """#17: «nido», Down, Space; «agile», Down, Space unticked the hidden «Nido»."""
    dialog = _open(window, qtbot)
    dialog.ui.needsFilter.setFocus()
    keys(qtbot, "nido", Qt.Key.Key_Down, Qt.Key.Key_Space)
    assert dialog.chosen_needs() == ["childcare.nursery"]
    dialog.ui.needsFilter.setFocus()
    dialog.ui.needsFilter.selectAll()
    keys(qtbot, "agile", Qt.Key.Key_Down, Qt.Key.Key_Space)
    chosen = dialog.chosen_needs()
    assert "childcare.nursery" in chosen and len(chosen) == 2
    assert dialog.needs_count.text().startswith("2 bisogni scelti")
    assert "Nido" in dialog.needs_count.text()
    dialog.done(0)  # leaves without the question


def test_a_typo_in_the_employer_makes_no_new_employer_unless_asked(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#17: «Casearia» for a walk-in created an employer beside «Casearia Codognese S.r.l.»."""
    from datetime import date

    from welfare_desk.store.models import Organization

    asked: list[str] = []
    answer = [False]

    def question(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr("welfare_desk.gui.confirm.confirm", question)
    dialog = _open(window, qtbot)
    code = encode("Hoxha", "Arben", date(1988, 4, 12), "M", "Z100")
    dialog.ui.newWorkerCheck.setChecked(True)
    dialog.ui.codeEdit.setText(code)
    dialog.ui.surnameEdit.setText("Hoxha")
    dialog.ui.nameEdit.setText("Arben")
    dialog.ui.employerEdit.setFocus()
    keys(qtbot, "Casearia")
    keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return))
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Casearia Codognese S.r.l." in asked[0]
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        names = uow.session.scalars(select(Organization.name)).all()
        assert "Casearia" not in names
        assert not uow.session.scalars(select(Worker).where(Worker.codice_fiscale == code)).all()
    assert dialog.isVisible()
    answer[0] = True
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return))
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        assert "Casearia" in uow.session.scalars(select(Organization.name)).all()


def test_esc_with_needs_ticked_asks_before_dropping_them(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#17: typed work is never lost silently."""
    asked: list[str] = []
    monkeypatch.setattr(
        "welfare_desk.gui.confirm.confirm", lambda _p, _t, text: asked.append(text) or False
    )
    dialog = _open(window, qtbot)
    dialog.ui.needsFilter.setFocus()
    keys(qtbot, "nido", Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Escape)
    assert asked and "non è salvato" in asked[0]
    assert dialog.isVisible() and dialog.chosen_needs() == ["childcare.nursery"]
    dialog.done(0)


def test_a_relative_is_added_from_the_intake(window: MainWindow, qtbot: QtBot) -> None:
    """#17: the household from the intake too."""
    from welfare_desk.gui.dialogs.member_dialog import MemberDialog
    from welfare_desk.store.models import HouseholdMember

    target = window.workers_page.model.rows[2]
    dialog = _open(window, qtbot)
    assert not dialog.member_button.isEnabled()  # no worker chosen yet
    keys(qtbot, f"{target.surname} {target.name}")
    qtbot.waitUntil(lambda: dialog.ui.workerResults.count() > 0, timeout=5000)
    keys(qtbot, Qt.Key.Key_Return)
    assert dialog.member_button.isEnabled()
    dialog.member_button.click()
    member = dialog.findChild(MemberDialog)
    assert member is not None
    member.surname.setText(target.surname)
    member.name.setText("Gioele")
    member.birth.setText("14/03/2024")
    member.save_button.click()
    qtbot.waitUntil(lambda: "aggiunto" in dialog.ui.statusText.text(), timeout=5000)
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        names = uow.session.scalars(
            select(HouseholdMember.name).where(HouseholdMember.worker_id == target.id)
        ).all()
    assert "Gioele" in names
    dialog.done(0)
