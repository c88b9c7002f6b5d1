"""The case page: the method's steps, the assessment, the plan, closure, the timeline;
and the worker's story that leads to it. Driven as an operator would, by keyboard."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.keyboard import SAVE, keys, wait_for_dialog
from welfare_desk.domain.cases import CaseStatus
from welfare_desk.domain.needs import NeedStatus
from welfare_desk.gui.dialogs.plan_dialogs import ActionDialog, ClosureDialog, GoalDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.uow import UnitOfWork


def _open_story(window: MainWindow, qtbot: QtBot, worker_id: uuid.UUID) -> None:
    window.open_worker(worker_id)
    qtbot.waitUntil(lambda: window.worker_page.story is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            window.worker_page.story is not None and window.worker_page.story.worker.id == worker_id
        ),
        timeout=5000,
    )


def _walk_in_with_a_need(window: MainWindow, qtbot: QtBot) -> None:
    """A walk-in who phoned about an elderly parent, their story open."""
    from datetime import datetime

    from tests.helpers import add_worker
    from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
    from welfare_desk.domain.needs import Channel

    store = window.context.store
    assert store is not None
    walk_in = add_worker(store, surname="Sforzini", name="Ottavia").worker
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                walk_in.id,
                datetime(2026, 11, 27, 9, 0),
                Channel.PHONE,
                10,
                needs=[NeedInput("care.elderly")],
            ),
        )
    _open_story(window, qtbot, walk_in.id)


def _step(window: MainWindow, status: CaseStatus) -> QPushButton:
    button = window.case_page.findChild(QPushButton, f"step_{status.value}")
    assert button is not None, f"no button for {status}"
    return button


def test_the_story_shows_case_needs_and_contacts_on_one_screen(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    worker = followed["worker"]
    _open_story(window, qtbot, worker.id)  # type: ignore[attr-defined]
    page = window.worker_page
    assert page.contacts_model.rowCount() == 1
    assert "Turni variabili" in page.contacts_model.data(page.contacts_model.index(0, 5))
    assert page.needs_model.rowCount() == 2
    assert followed["case"].number in page.case_summary.text()  # type: ignore[attr-defined]
    assert page.plan.topLevelItemCount() == 2  # the goal and its action
    assert page.case_button.text() == "Apri il &percorso"
    window.grab().save(str(tmp_path / "story.png"))
    for box in (page.case_box, page.needs_box, page.tabs, page.household_box):
        assert box.visibleRegion().boundingRect().height() > 80, box  # all on one screen


def test_a_case_walks_the_method_from_the_desk(
    followed: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("welfare_desk.gui.pages.case_page.confirm", lambda *_a: True)
    worker = followed["worker"]
    _open_story(window, qtbot, worker.id)  # type: ignore[attr-defined]
    qtbot.keyClick(window.worker_page.case_button, Qt.Key.Key_Space)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None and page.isVisible(), timeout=5000)
    assert page.case is not None and page.case.status == CaseStatus.OPEN
    # The method refuses nothing here: only the allowed steps are offered.
    assert page.findChild(QPushButton, "step_plan_active") is None
    qtbot.mouseClick(_step(window, CaseStatus.ASSESSMENT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.case.status == CaseStatus.ASSESSMENT, timeout=5000)

    # The assessment: typed, one need ticked with Space, saved with Ctrl+S.
    page.situation.setFocus()
    qtbot.keyClicks(page.situation, "Madre sola con turni variabili.")
    page.needs.setFocus()
    page.needs.setCurrentRow(0)
    qtbot.keyClick(page.needs, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.case.taken_on) == 1, timeout=5000)
    assert page.case.situation == "Madre sola con turni variabili."

    # A goal and an action through their dialogs, keyboard only.
    qtbot.keyClick(page.add_goal_button, Qt.Key.Key_Space)
    wait_for_dialog(qtbot, GoalDialog)
    keys(qtbot, "Rientro con orario flessibile", SAVE)
    qtbot.waitUntil(lambda: len(page.case.goals) == 2, timeout=5000)
    page.plan.setCurrentItem(page.plan.topLevelItem(1))
    qtbot.keyClick(page.add_action_button, Qt.Key.Key_Space)
    action = wait_for_dialog(qtbot, ActionDialog)
    assert isinstance(action, ActionDialog)
    assert action.ui.goalCombo.currentText() == "Rientro con orario flessibile"
    keys(qtbot, SAVE)
    assert "Scrivi che cosa va fatto" in action.ui.statusText.text()
    action.ui.titleEdit.setFocus()
    keys(qtbot, "Richiesta di lavoro agile all'ufficio HR", SAVE)
    qtbot.waitUntil(lambda: len(page.case.goals[1].actions) == 1, timeout=5000)

    # The overdue action is done.
    page.plan.setCurrentItem(page.plan.topLevelItem(0).child(0))
    qtbot.keyClick(page.done_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.case.goals[0].actions[0].status == "done", timeout=5000)

    qtbot.mouseClick(_step(window, CaseStatus.PLAN_ACTIVE), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.case.status == CaseStatus.PLAN_ACTIVE, timeout=5000)
    assert _step(window, CaseStatus.ASSESSMENT).text() == "Torna alla valutazione"
    window.grab().save(str(tmp_path / "case.png"))

    # Closing asks every goal's outcome and the reason; the first try misses one.
    qtbot.mouseClick(_step(window, CaseStatus.CLOSED), Qt.MouseButton.LeftButton)
    closure = wait_for_dialog(qtbot, ClosureDialog)
    assert isinstance(closure, ClosureDialog)
    combos = list(closure.outcomes.values())
    keys(qtbot, Qt.Key.Key_Down, SAVE)  # the first goal reached, the second forgotten
    assert "Rientro con orario flessibile" in closure._status.text()
    assert QApplication.focusWidget() is combos[1]
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, SAVE)  # the need taken on: not said
    assert "Di' com'è finito il bisogno" in closure._status.text() or "bisogno" in (
        closure._status.text()
    )
    # #17: the need the case took on ends with it, as the operator says (here: met)
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    closure.grab().save(str(tmp_path / "closure.png"))
    keys(qtbot, SAVE)
    qtbot.waitUntil(lambda: page.case.status == CaseStatus.CLOSED, timeout=5000)
    assert [g.outcome for g in page.case.goals] == ["reached", "partly"]
    assert [n.status for n in page.case.needs if n.case_id == page.case.id] == ["met"]
    assert not page.add_goal_button.isEnabled()
    assert _step(window, CaseStatus.OPEN).text() == "Riapri"

    texts = [e.text for e in page.timeline_model.rows]
    assert texts[0].endswith("aperto")
    assert texts[-1] == (
        "Percorso: stato: piano attivo → chiuso; motivo di chiusura: obiettivi raggiunti"
    )
    assert any(t.startswith("Bisogno preso in carico") for t in texts)

    # Back to the story: the closed case and its outcomes are there.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page.plan.setFocus()
    keys(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.worker_page, timeout=5000)
    qtbot.waitUntil(
        lambda: window.worker_page.story.case.status == CaseStatus.CLOSED,  # type: ignore[union-attr]
        timeout=5000,
    )
    assert window.worker_page.case_button.text() == "Apri un &nuovo percorso"


def test_a_contact_from_the_story_shows_at_once(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.quick_intake import QuickIntake

    worker = followed["worker"]
    _open_story(window, qtbot, worker.id)  # type: ignore[attr-defined]
    page = window.worker_page
    window.activateWindow()
    page.contact_button.setFocus()
    keys(qtbot, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, QuickIntake)
    assert isinstance(dialog, QuickIntake)
    assert QApplication.focusWidget() is dialog.ui.channelCombo  # the worker is chosen
    assert dialog.ui.workerResults.currentItem().text() == "Zanetti Giulia"
    dialog.ui.notesEdit.setPlainText("Chiede informazioni sul centro estivo.")
    keys(qtbot, SAVE)
    qtbot.waitUntil(lambda: page.contacts_model.rowCount() == 2, timeout=5000)
    assert "centro estivo" in page.contacts_model.data(page.contacts_model.index(0, 5))
    assert page.tabs.tabText(0) == "Coll&oqui (2)"


def test_owner_need_status_and_the_owners_agenda(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    case = followed["case"]
    window.open_case(case.id)  # type: ignore[attr-defined]
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None and page.owner.count() > 1, timeout=5000)
    assert page.owner.currentData() is None  # opened from the command line: nobody yet
    page.owner.setCurrentIndex(1)
    page.owner.activated.emit(1)
    owner = page.owner.itemText(1)
    qtbot.waitUntil(lambda: page.case.owner == owner, timeout=5000)  # type: ignore[union-attr]
    assert f"referente: {owner}" in page.subtitle.text()
    assert page.timeline_model.rows[-1].text == f"Percorso: referente: {owner}"

    # The agenda by owner: the overdue action is theirs.
    window.sidebar.setCurrentRow(1)
    agenda = window.agenda_page
    qtbot.waitUntil(lambda: agenda.operator.count() > 1, timeout=5000)
    qtbot.waitUntil(lambda: len(agenda.model.rows) > 0, timeout=5000)
    everyone = {i.case_number for i in agenda.model.rows}
    agenda.operator.setCurrentIndex(agenda.operator.findData(owner))
    # The demo's cases of the same operator may be due too; the case is among theirs.
    qtbot.waitUntil(
        lambda: (
            case.number in {i.case_number for i in agenda.model.rows}  # type: ignore[attr-defined]
            and {i.case_number for i in agenda.model.rows} < everyone
        ),
        timeout=5000,
    )

    # A need marked as met from the story.
    window.open_worker(followed["worker"].id)  # type: ignore[attr-defined]
    story = window.worker_page
    qtbot.waitUntil(
        lambda: story.story is not None and story.needs_model.rowCount() == 2, timeout=5000
    )
    story.needs_view.setCurrentIndex(story.needs_model.index(0, 0))
    need = story.needs_model.rows[0].id
    story.need_status_actions[NeedStatus.MET].trigger()
    qtbot.waitUntil(
        lambda: any(n.id == need and n.status == "met" for n in story.needs_model.rows),
        timeout=5000,
    )
    assert story.needs_model.rows[-1].id == need  # met needs go below the open ones


def test_choices_keep_what_is_chosen(window: MainWindow, qtbot: QtBot) -> None:
    from sqlalchemy import select

    from welfare_desk.store.models import Case
    from welfare_desk.store.uow import UnitOfWork

    assert window.context.store is not None
    with UnitOfWork(window.context.store) as uow:
        case_id = uow.session.scalar(select(Case.id).where(Case.owner_id.is_not(None)))
    assert case_id is not None
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None, timeout=5000)
    assert page.case is not None and page.case.owner
    assert page.owner.currentText() == page.case.owner  # the demo's owner, not "nobody"

    window.sidebar.setCurrentRow(1)
    agenda = window.agenda_page
    qtbot.waitUntil(lambda: agenda.point.count() > 1, timeout=5000)
    agenda.point.setCurrentIndex(2)
    chosen = agenda.point.currentText()
    agenda._retranslate()  # as a language switch or a new social point rebuilds the choices
    assert agenda.point.currentText() == chosen


def test_the_story_says_which_permits_to_ask_about(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """L. 104 art. 33 and L. 106/2025, told from the facts on the story, not granted."""
    from dataclasses import replace
    from datetime import date

    from PySide6.QtWidgets import QLabel

    from tests.helpers import add_member, add_worker, worker_input
    from welfare_desk.registry.workers import save_worker
    from welfare_desk.store.models import HouseholdMember
    from welfare_desk.store.uow import UnitOfWork

    store = window.context.store
    assert store is not None
    worker = add_worker(store, surname="Ferri", name="Marta").worker
    mother = add_member(
        store, worker.id, "Rosa", date(1946, 3, 3), relation="parent", disability="art3_c3"
    )
    with UnitOfWork(store) as uow:
        member = uow.session.get(HouseholdMember, mother)
        assert member is not None
        member.cared_for, member.sex = True, "F"
        data = replace(worker_input(surname="Ferri", name="Marta"), illness_invalidity_percent=80)
        save_worker(uow, data, worker.id, worker.version)
    _open_story(window, qtbot, worker.id)
    page = window.worker_page
    texts = [w.text() for w in page.categories_box.findChildren(QLabel)]
    assert "Permessi e congedi" in texts
    # «a carico» says the income that makes it true (art. 12 c. 2 TUIR)
    members = page.members
    assert members.data(members.index(0, 5)) == ("sì (reddito fino a 2.840,51 €)")
    told = next(t for t in texts if "art. 33 c. 3" in t)
    assert told.splitlines()[0] == "3 giorni al mese per assistere madre Rosa (art. 33 c. 3 L. 104)"
    assert "10 ore all'anno per visite e cure (art. 2 L. 106/2025)" in told.splitlines()
    window.resize(1280, 800)
    window.grab().save(str(tmp_path / "story-permits.png"))


def test_enter_on_a_story_opens_no_case_and_done_asks_first(
    followed: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#17: Enter on a story opened a new case («Apri un percorso» was the default button);
    «Fatta» and «Annulla l'azione» acted at once."""
    from tests.helpers import add_worker

    store = window.context.store
    assert store is not None
    walk_in = add_worker(store, surname="Sforzini", name="Ottavia").worker
    _open_story(window, qtbot, walk_in.id)
    page = window.worker_page
    assert not page.case_button.isDefault()
    page.case_button.setFocus()
    keys(qtbot, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert window.stack.currentWidget() is page
    assert page.story is not None and page.story.case is None

    worker = followed["worker"]
    _open_story(window, qtbot, worker.id)  # type: ignore[attr-defined]
    keys(qtbot, Qt.Key.Key_Space)  # on «Apri il percorso», focused: Space opens the case
    case_page = window.case_page
    qtbot.waitUntil(lambda: case_page.case is not None and case_page.isVisible(), timeout=5000)
    asked: list[str] = []
    monkeypatch.setattr(
        "welfare_desk.gui.pages.case_page.confirm",
        lambda _p, _t, text: asked.append(text) or False,
    )
    case_page.plan.setCurrentItem(case_page.plan.topLevelItem(0).child(0))
    qtbot.keyClick(case_page.done_button, Qt.Key.Key_Space)
    qtbot.keyClick(case_page.cancel_action_button, Qt.Key.Key_Space)
    qtbot.wait(300)
    assert len(asked) == 2
    assert case_page.case is not None
    assert case_page.case.goals[0].actions[0].status not in ("done", "cancelled")


def test_esc_on_a_typed_assessment_asks_and_stays_by_default(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    """#17: Esc on the case assessment dropped what was typed."""
    from PySide6.QtWidgets import QMessageBox

    worker = followed["worker"]
    _open_story(window, qtbot, worker.id)  # type: ignore[attr-defined]
    qtbot.keyClick(window.worker_page.case_button, Qt.Key.Key_Space)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None and page.isVisible(), timeout=5000)
    page.situation.setFocus()
    qtbot.keyClicks(page.situation, "Padre separato, turni di notte.")
    seen: list[str] = []

    def answer(box: QMessageBox, choice: str) -> None:
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return) if choice == "default" else next(
            b for b in box.buttons() if b.text().replace("&", "") == choice
        ).click()

    def when_asked(choice: str) -> None:
        def look() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                answer(box, choice)
            else:
                QTimer.singleShot(50, look)

        QTimer.singleShot(50, look)

    when_asked("default")  # Enter takes the safe choice: stay
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page.situation.setFocus()
    keys(qtbot, Qt.Key.Key_Escape)
    assert seen and "non sono salvate" in seen[0]
    assert window.stack.currentWidget() is page
    assert page.situation.toPlainText() == "Padre separato, turni di notte."
    when_asked("Salva")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page.situation.setFocus()  # back in the field after the question
    keys(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.worker_page, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            window.worker_page.story is not None
            and window.worker_page.story.case is not None
            and window.worker_page.story.case.situation == "Padre separato, turni di notte."
        ),
        timeout=5000,
    )


def test_a_contact_is_corrected_and_removed_from_the_story_and_undone(
    followed: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """#17: a contact could be neither corrected nor removed."""
    from PySide6.QtWidgets import QInputDialog

    from welfare_desk.gui.dialogs.contact_dialog import ContactDialog

    worker = followed["worker"]
    _open_story(window, qtbot, worker.id)  # type: ignore[attr-defined]
    page = window.worker_page
    assert page.contacts_model.rowCount() == 1
    page.correct_contact_button.click()  # nothing chosen: said, nothing opened
    assert "Scegli il colloquio" in window.statusBar().currentMessage()
    page.contacts_view.selectRow(0)
    page.correct_contact_button.click()
    dialog = window.findChild(ContactDialog)
    assert dialog is not None
    dialog.minutes.setValue(40)
    dialog.when.setText("31/11/2026 9")
    dialog.save_button.click()
    assert "30/11/2026 09:30" in dialog.status.text()  # says how to write it
    dialog.when.setText("27/11/2026 09:15")
    dialog.grab().save(str(tmp_path / "contact.png"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.contacts_model.rows[0].duration_minutes == 40, timeout=5000)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("registrato per errore", True))
    )
    monkeypatch.setattr("welfare_desk.gui.pages.worker_page.confirm", lambda *_a: True)
    page.contacts_view.selectRow(0)
    page.remove_contact_button.click()
    qtbot.waitUntil(lambda: page.contacts_model.rowCount() == 0, timeout=5000)
    assert window.undo_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page.contacts_view.setFocus()
    keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Z))
    qtbot.waitUntil(lambda: page.contacts_model.rowCount() == 1, timeout=5000)
    assert not window.undo_button.isVisible()


def test_a_walk_in_gets_a_child_from_the_story(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """#17: a walk-in registered at the desk could never get children."""
    from PySide6.QtWidgets import QInputDialog

    from tests.helpers import add_worker
    from welfare_desk.gui.dialogs.member_dialog import MemberDialog

    store = window.context.store
    assert store is not None
    walk_in = add_worker(store, surname="Sforzini", name="Ottavia").worker
    _open_story(window, qtbot, walk_in.id)
    page = window.worker_page
    assert page.members.rowCount() == 0
    page.add_member_button.click()
    dialog = window.findChild(MemberDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.surname.setText("Sforzini")
    dialog.name.setText("Tobia")
    dialog.birth.setText("31/02/2019")
    dialog.save_button.click()
    assert "31/02/2019" in dialog.status.text() or "data" in dialog.status.text().lower()
    dialog.birth.setText("02/05/2019")
    dialog.dependent.setChecked(True)
    dialog.grab().save(str(tmp_path / "member.png"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.members.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: page.worker is not None and any(page.worker.categories), timeout=5000
    )  # a child under 14: the target category at once
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("inserito per errore", True))
    )
    monkeypatch.setattr("welfare_desk.gui.pages.worker_page.confirm", lambda *_a: True)
    page.members_view.selectRow(0)
    page.remove_member_button.click()
    qtbot.waitUntil(lambda: page.members.rowCount() == 0, timeout=5000)


def test_esc_on_a_goal_typed_asks_and_an_untouched_one_just_closes(
    followed: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#17: every editor warns about unsaved changes (here the goal, a SavingDialog)."""
    asked: list[str] = []
    monkeypatch.setattr(
        "welfare_desk.gui.unsaved.confirm", lambda _p, _t, text: asked.append(text) or False
    )
    window.open_case(followed["case"].id)  # type: ignore[attr-defined]
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None, timeout=5000)
    page.add_goal()
    goal = wait_for_dialog(qtbot, GoalDialog)
    keys(qtbot, Qt.Key.Key_Escape)  # untouched: closes without a word
    qtbot.waitUntil(lambda: not goal.isVisible(), timeout=3000)
    assert asked == []
    goal.deleteLater()  # gone, so that the next lookup finds the new one
    qtbot.waitUntil(
        lambda: not any(isinstance(w, GoalDialog) for w in page.children()), timeout=3000
    )
    page.add_goal()
    goal = wait_for_dialog(qtbot, GoalDialog)
    keys(qtbot, "Rientro con orario flessibile", Qt.Key.Key_Escape)
    assert asked and goal.isVisible()
    goal.done(0)


def test_a_need_is_removed_from_the_story_and_undone(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#17: a need could not be removed."""

    from PySide6.QtWidgets import QInputDialog

    _walk_in_with_a_need(window, qtbot)
    page = window.worker_page
    assert page.needs_model.rowCount() == 1
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("era per la collega", True))
    )
    monkeypatch.setattr("welfare_desk.gui.pages.worker_page.confirm", lambda *_a: True)
    page.needs_view.selectRow(0)
    page.remove_need_action.trigger()
    qtbot.waitUntil(lambda: page.needs_model.rowCount() == 0, timeout=5000)
    assert "Bisogno eliminato" in window.statusBar().currentMessage()
    window.undo_button.click()
    qtbot.waitUntil(lambda: page.needs_model.rowCount() == 1, timeout=5000)


def test_a_need_is_corrected_from_the_story(window: MainWindow, qtbot: QtBot) -> None:
    """#17: a need typed wrong could not be corrected."""
    from welfare_desk.gui.dialogs.need_dialog import NeedDialog

    _walk_in_with_a_need(window, qtbot)
    page = window.worker_page
    page.needs_view.selectRow(0)
    page.correct_need_action.trigger()
    dialog = page.findChild(NeedDialog)
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("time.smart_working"))
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: (
            page.needs_model.rowCount() == 1
            and page.needs_model.rows[0].kind == "time.smart_working"
        ),
        timeout=5000,
    )


def test_a_goal_and_an_action_are_corrected_removed_and_undone_by_keys(
    followed: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#17: a goal or an action typed wrong could be neither corrected nor removed."""
    from PySide6.QtWidgets import QInputDialog

    window.open_case(followed["case"].id)  # type: ignore[attr-defined]
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None and page.isVisible(), timeout=5000)
    goal_item = page.plan.topLevelItem(0)
    page.plan.setCurrentItem(goal_item.child(0))
    page.plan.setFocus()
    keys(qtbot, Qt.Key.Key_F2)  # the chosen action, to correct
    dialog = wait_for_dialog(qtbot, ActionDialog)
    assert dialog.ui.titleEdit.text() == "Domanda al nido comunale"
    dialog.ui.titleEdit.setText("Domanda al nido aziendale")
    keys(qtbot, SAVE)
    qtbot.waitUntil(
        lambda: (
            page.case is not None
            and page.case.goals[0].actions[0].title == "Domanda al nido aziendale"
        ),
        timeout=5000,
    )
    assert page.plan.currentItem() is not None  # the plan keeps a choice after the change

    asked: list[str] = []
    monkeypatch.setattr(
        "welfare_desk.gui.pages.case_page.confirm",
        lambda _p, _t, text: asked.append(text) or True,
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("doppione", True)))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    page.plan.setCurrentItem(page.plan.topLevelItem(0))
    page.plan.setFocus()
    keys(qtbot, Qt.Key.Key_Delete)  # the goal, with its action
    qtbot.waitUntil(lambda: page.case is not None and page.case.goals == [], timeout=5000)
    assert asked == [
        "Eliminare l'obiettivo «Posto al nido entro gennaio» e la sua azione? "
        "Subito dopo puoi annullare (Ctrl+Z)."
    ]
    assert window.undo_button.isVisible()
    window.undo_button.click()
    qtbot.waitUntil(lambda: page.case is not None and len(page.case.goals) == 1, timeout=5000)
    assert len(page.case.goals[0].actions) == 1


def test_enter_in_a_dialog_s_field_never_saves(
    followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    """Enter never creates: in the goal dialog it saved the goal half-typed (Save was the
    default button). Ctrl+Enter saves."""
    window.open_case(followed["case"].id)  # type: ignore[attr-defined]
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None and page.isVisible(), timeout=5000)
    goals = len(page.case.goals)  # type: ignore[union-attr]
    page.add_goal()
    dialog = wait_for_dialog(qtbot, GoalDialog)
    assert isinstance(dialog, GoalDialog)
    dialog.ui.titleEdit.setFocus()
    keys(qtbot, "Posto al", Qt.Key.Key_Return)
    qtbot.wait(300)
    assert dialog.isVisible()
    keys(qtbot, " nido", SAVE)
    qtbot.waitUntil(lambda: page.case is not None and len(page.case.goals) == goals + 1)
    dialog.done(0)
