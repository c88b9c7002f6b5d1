"""The requests' queue: priority first, moves through the workflow, a request from the story."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.gui.keyboard import wait_for_dialog
from tests.helpers import add_member, add_worker, sign
from welfare_desk.domain.health_funds import RequestKind, days_left_text
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def test_a_request_from_the_story_joins_the_queue_with_its_priority_first(
    demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.request_dialogs import SwRequestDialog

    worker = add_worker(demo_store, surname="Zanetti", name="Giulia").worker
    add_member(demo_store, worker.id, "Luca", date(TODAY.year - 5, 2, 1))
    window.open_worker(worker.id)
    page = window.worker_page
    qtbot.waitUntil(lambda: page.worker is not None and page.worker.id == worker.id, timeout=5000)
    page.sw_request_action.trigger()
    dialog = wait_for_dialog(qtbot, SwRequestDialog)
    assert isinstance(dialog, SwRequestDialog)
    dialog.ui.daysSpin.setValue(2)
    dialog.weekdays[0].setChecked(True)
    dialog.weekdays[4].setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    # Submit it from the queue's page: drafts are not in the queue, so show every status.
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.smart.every_status.setChecked(True)
    qtbot.waitUntil(
        lambda: any(r.worker == "Zanetti Giulia" for r in requests.smart.model.rows), timeout=5000
    )
    row = next(i for i, r in enumerate(requests.smart.model.rows) if r.worker == "Zanetti Giulia")
    requests.smart.view.selectRow(row)
    assert [a.text() for a in requests.smart.menu.actions()] == [
        "presentata",
        "ritirata",
        "",
        "Correggi la bozza…",
        "Elimina la bozza…",
    ]
    requests.smart.menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: ": presentata." in requests.message.text(), timeout=5000)
    requests.smart.every_status.setChecked(False)
    qtbot.waitUntil(
        lambda: (
            any(r.worker == "Zanetti Giulia" for r in requests.smart.model.rows)
            and all(r.status in ("submitted", "under_review") for r in requests.smart.model.rows)
        ),
        timeout=5000,
    )
    queue = requests.smart.model.rows
    ours = next(r for r in queue if r.worker == "Zanetti Giulia")
    assert ours.priority_text == "genitore di figli fino a 12 anni"
    first_plain = next((i for i, r in enumerate(queue) if not r.priority), len(queue))
    assert all(r.priority for r in queue[:first_plain])
    assert not any(r.priority for r in queue[first_plain:])


def test_health_requests_by_deadline_open_the_story(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(requests.health.model.rows) > 0, timeout=5000)
    dated = [r.due for r in requests.health.model.rows if r.due is not None]
    assert dated == sorted(dated)
    requests.health.view.selectRow(0)
    first = requests.health.model.rows[0]
    requests.health.open_button.click()
    qtbot.waitUntil(
        lambda: (
            window.worker_page.worker is not None
            and window.worker_page.worker.id == first.worker_id
        ),
        timeout=5000,
    )


def _running_agreement(store: Store, ends: date | None = None) -> Any:
    """Giulia Zanetti's agreement, one day a week from TODAY, signed and running."""
    from welfare_desk.domain.smart_working import SwStatus
    from welfare_desk.requests.smart_working import SwInput, change_status, create_request
    from welfare_desk.store.uow import UnitOfWork

    worker = add_worker(store, surname="Zanetti", name="Giulia").worker.id
    with UnitOfWork(store) as uow:
        made = create_request(uow, SwInput(worker, 1, (2,), TODAY, ends), TODAY)
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED, SwStatus.ACTIVE):
        if status is SwStatus.ACTIVE:
            made = sign(store, made)
        with UnitOfWork(store) as uow:
            made = change_status(uow, made.id, made.version, status, TODAY)
    return made


def test_a_communication_to_the_ministry_marked_sent(
    demo_store: Store, window: MainWindow, qtbot: QtBot, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    today = TODAY
    made = _running_agreement(demo_store)
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: len(requests.ministry.model.rows) > 0, timeout=5000)
    owed = len(requests.ministry.model.rows)
    row = next(
        i for i, c in enumerate(requests.ministry.model.rows) if c.request_number == made.number
    )
    chosen = requests.ministry.model.rows[row]
    assert chosen.due_on == today + timedelta(days=5)
    # what the page says is counted from its own day, which may have turned since
    shown = requests.ministry.model.data(requests.ministry.model.index(row, 1))
    assert shown.startswith(days_left_text(chosen.due_on, TODAY))  # then a Sunday's note
    requests.ministry.view.selectRow(row)
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("UNILAV-12345678", True))
    )
    requests.ministry.sent_button.click()
    qtbot.waitUntil(
        lambda: f"Comunicazione di {chosen.request_number} registrata." in requests.message.text(),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: len(requests.ministry.model.rows) == owed - 1, timeout=5000)


def test_the_story_lists_the_workers_requests_and_opens_one_on_the_requests_page(
    demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    from datetime import timedelta

    from welfare_desk.domain.health_funds import HfStatus, RequestKind
    from welfare_desk.domain.smart_working import SwStatus
    from welfare_desk.requests import health_funds as health_requests
    from welfare_desk.requests import smart_working
    from welfare_desk.store.uow import UnitOfWork

    today = TODAY
    worker = add_worker(demo_store, surname="Ferrari", name="Marta").worker
    with UnitOfWork(demo_store) as uow:
        sw = smart_working.create_request(
            uow, smart_working.SwInput(worker.id, 2, (0, 4), today - timedelta(days=60)), today
        )
    for wanted in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED):
        with UnitOfWork(demo_store) as uow:
            sw = smart_working.change_status(uow, sw.id, sw.version, wanted, today)
    sw = sign(demo_store, sw)
    for wanted in (SwStatus.ACTIVE, SwStatus.WITHDRAWN):
        with UnitOfWork(demo_store) as uow:
            sw = smart_working.change_status(uow, sw.id, sw.version, wanted, today)
    with UnitOfWork(demo_store) as uow:
        hf = health_requests.create_request(
            uow, health_requests.HfInput(worker.id, "fisde", RequestKind.ENROLMENT), today
        )
    with UnitOfWork(demo_store) as uow:
        hf = health_requests.set_documents(uow, hf.id, hf.version, {"enrolment_form"})
    for status in (HfStatus.SUBMITTED, HfStatus.APPROVED):
        with UnitOfWork(demo_store) as uow:
            hf = health_requests.change_status(uow, hf.id, hf.version, status, today)

    window.open_worker(worker.id)
    page = window.worker_page
    qtbot.waitUntil(lambda: len(page.requests_model.rows) == 2, timeout=5000)
    assert page.tabs.tabText(4) == "Richies&te (2)"
    smart, health = page.requests_model.rows
    effective = today + timedelta(days=30)  # the worker's notice on an open-ended agreement
    assert smart.status == f"recesso dal {effective:%d/%m/%Y}: in vigore fino ad allora"
    assert health.status == "accolta" and "iscrizione al fondo" in health.what

    # The approved enrolment is closed: the Requests page lists it all the same, chosen.
    page.tabs.setCurrentIndex(4)
    page.requests_view.setFocus()
    page.requests_view.selectRow(1)
    qtbot.keyClick(page.requests_view, Qt.Key.Key_Return)
    requests = window.requests_page
    qtbot.waitUntil(
        lambda: (
            requests.health.current() is not None and requests.health.current().number == hf.number
        ),
        timeout=5000,
    )
    assert window.stack.currentWidget() is requests and window.sidebar.currentRow() == 4
    assert requests.tabs.currentIndex() == 1 and requests.health.every.isChecked()


def test_the_english_desk_names_kinds_and_statuses_in_english(
    window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui import i18n

    i18n.install("en")
    try:
        window.sidebar.setCurrentRow(4)
        requests = window.requests_page
        requests.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: len(requests.health.model.rows) > 0, timeout=5000)
        model = requests.health.model
        shown = {
            (model.data(model.index(row, 3)), model.data(model.index(row, 4)))
            for row in range(model.rowCount())
        }
        kinds, statuses = {k for k, _s in shown}, {s for _k, s in shown}
        english = {"draft", "sent to the fund", "suspended", "approved", "partly approved"}
        assert statuses <= english | {"rejected", "paid"} and statuses & english
        assert kinds <= {
            "enrolment in the fund",
            "extension to family members",
            "pre-authorisation (direct scheme)",
            "reimbursement claim (indirect scheme)",
        }
        sw = requests.smart.model
        qtbot.waitUntil(lambda: sw.rowCount() > 0, timeout=5000)
        assert {sw.data(sw.index(row, 5)) for row in range(sw.rowCount())} <= {
            "draft",
            "submitted",
            "under review",
            "approved",
        }  # the queue shows what is still to decide
    finally:
        i18n.install("it")


def test_a_fixed_term_agreement_is_extended_from_the_panel(
    demo_store: Store, window: MainWindow, qtbot: QtBot, monkeypatch: object, tmp_path: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from welfare_desk.store.uow import UnitOfWork

    ends = TODAY + timedelta(days=90)
    made = _running_agreement(demo_store, ends)
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    panel = requests.smart
    requests.tabs.setCurrentWidget(panel)
    panel.every_status.setChecked(True)
    qtbot.waitUntil(lambda: any(r.number == made.number for r in panel.model.rows), timeout=5000)
    row = next(i for i, r in enumerate(panel.model.rows) if r.number == made.number)
    panel.view.selectRow(row)
    assert panel.extend_button.isEnabled()
    later = ends + timedelta(days=92)
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: (f"{later:%d/%m/%Y}", True))
    )
    panel.extend_button.click()
    qtbot.waitUntil(
        lambda: (
            f"{made.number} prorogata al" in requests.message.text()
            or f"{made.number} extended to" in requests.message.text()
        ),
        timeout=5000,
    )
    with UnitOfWork(demo_store) as uow:
        from welfare_desk.requests.smart_working import communications

        assert any(c.event == "change" for c in communications(uow))
    # #17: after the action the same request stays chosen, not the first of the list
    qtbot.wait(300)
    assert panel.current() is not None and panel.current().number == made.number


def test_a_fund_not_known_in_the_anagrafe_is_said_when_chosen(
    window: MainWindow, qtbot: QtBot
) -> None:
    from sqlalchemy import select

    from welfare_desk.gui.dialogs.request_dialogs import HfRequestDialog
    from welfare_desk.registry.workers import get_worker_by_id
    from welfare_desk.store.models import Worker
    from welfare_desk.store.uow import UnitOfWork

    store = window.context.store
    assert store is not None
    with UnitOfWork(store) as uow:
        worker_id = uow.session.scalars(select(Worker.id).limit(1)).one()
        worker = get_worker_by_id(uow, worker_id)
    dialog = HfRequestDialog(window.context, worker, window)
    qtbot.addWidget(dialog)
    dialog.ui.fundCombo.setCurrentIndex(dialog.ui.fundCombo.findData("metasalute"))
    assert dialog.fund_note.isHidden()
    dialog.ui.fundCombo.setCurrentIndex(dialog.ui.fundCombo.findData("regionale"))
    assert not dialog.fund_note.isHidden()
    assert "iscrizione all'Anagrafe dei fondi sanitari non è verificata" in (
        dialog.fund_note.text()
    )


def test_a_scan_opens_from_a_folder_of_the_owner_s_alone_emptied_at_start(
    window: MainWindow, qtbot: QtBot, monkeypatch: Any
) -> None:
    """The security review found scans in /tmp/welfare-desk-<random>, readable (0644) and left
    there by a kill -9."""
    import stat
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from welfare_desk.domain.health_funds import RequestKind
    from welfare_desk.gui.opened import clean_opened
    from welfare_desk.requests.health_funds import HfInput, attach, create_request
    from welfare_desk.store.uow import UnitOfWork

    store = window.context.store
    assert store is not None
    worker = add_worker(store, surname="Zanetti", name="Giulia").worker.id
    with UnitOfWork(store) as uow:
        made = create_request(uow, HfInput(worker, "fisde", RequestKind.REIMBURSEMENT), TODAY)
    with UnitOfWork(store) as uow:
        attach(uow, made.id, "referto.pdf", b"%PDF-1.4 referto", "prescription")
    shown: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: shown.append(url.toLocalFile()) or True),
    )
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentIndex(1)
    panel = requests.health

    def chosen() -> bool:
        panel.select_number(made.number)
        return panel.current() is not None and panel.current().number == made.number

    qtbot.waitUntil(chosen, timeout=5000)
    qtbot.waitUntil(lambda: requests.health.open_file_button.isEnabled(), timeout=5000)
    scan = next(i for i, r in enumerate(requests.health.files.rows) if len(r) == 4)
    requests.health.files_view.selectRow(scan)
    requests.health.open_file_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    path = Path(shown[0])
    folder = window.context.opened_folder
    assert folder is not None and folder in path.parents
    assert path.read_bytes() == b"%PDF-1.4 referto" and path.name == "referto.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    clean_opened(folder)  # the next start, after a kill
    assert not path.exists() and list(folder.iterdir()) == []


def test_a_draft_recorded_by_mistake_is_removed_and_undone(
    demo_store: Store, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#17: a request recorded by mistake could not be removed."""
    from PySide6.QtWidgets import QApplication, QInputDialog

    from tests.gui.keyboard import keys
    from welfare_desk.requests.health_funds import HfInput, create_request

    worker = add_worker(demo_store, surname="Sforzini", name="Ottavia").worker
    with UnitOfWork(demo_store) as uow:
        made = create_request(uow, HfInput(worker.id, "fisde", RequestKind.REIMBURSEMENT), TODAY)
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentWidget(requests.health)
    qtbot.waitUntil(
        lambda: any(r.number == made.number for r in requests.health.model.rows), timeout=5000
    )
    requests.health.select_number(made.number)
    monkeypatch.setattr("welfare_desk.gui.confirm.confirm", lambda *_a: True)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("lavoratore sbagliato", True))
    )
    remove = next(a for a in requests.health.menu.actions() if a.text() == "Elimina la bozza…")
    remove.trigger()
    qtbot.waitUntil(
        lambda: all(r.number != made.number for r in requests.health.model.rows), timeout=5000
    )
    assert f"Bozza {made.number} eliminata." in requests.message.text()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    requests.health.view.setFocus()
    keys(qtbot, (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Z))
    qtbot.waitUntil(
        lambda: any(r.number == made.number for r in requests.health.model.rows), timeout=5000
    )


def test_a_draft_typed_wrong_is_corrected_in_the_dialog_that_made_it(
    demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    """#17: a request typed wrong could not be corrected."""
    from tests.gui.keyboard import SAVE, keys
    from welfare_desk.gui.dialogs.request_dialogs import HfRequestDialog
    from welfare_desk.requests.health_funds import HfInput, create_request
    from welfare_desk.store.models import HealthFundRequest

    worker = add_worker(demo_store, surname="Sforzini", name="Ottavia").worker
    with UnitOfWork(demo_store) as uow:
        made = create_request(
            uow,
            HfInput(worker.id, "fisde", RequestKind.REIMBURSEMENT, notes="occhiali"),
            TODAY,
        )
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentWidget(requests.health)
    qtbot.waitUntil(
        lambda: any(r.number == made.number for r in requests.health.model.rows), timeout=5000
    )
    requests.health.select_number(made.number)
    correct = next(a for a in requests.health.menu.actions() if a.text() == "Correggi la bozza…")
    correct.trigger()
    dialog = wait_for_dialog(qtbot, HfRequestDialog)
    assert isinstance(dialog, HfRequestDialog)
    assert dialog.ui.notesEdit.toPlainText() == "occhiali"
    assert made.number in dialog.windowTitle()
    dialog.ui.notesEdit.setPlainText("occhiali da vista della figlia")
    keys(qtbot, SAVE)
    qtbot.waitUntil(
        lambda: f"Bozza {made.number} corretta." in requests.message.text(), timeout=5000
    )
    with UnitOfWork(demo_store) as uow:
        record = uow.get(HealthFundRequest, made.id)
        assert record is not None and record.notes == "occhiali da vista della figlia"


def test_long_queues_show_their_head_and_say_how_many_and_how_to_see_the_rest(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#19: at 200,000 workers the page read and painted every open request (2,388 to
    decide, 5,106 health-fund requests) in a second: it now shows the first ones and
    says how many there are."""
    from welfare_desk.domain.smart_working import SwStatus
    from welfare_desk.gui.pages import requests_page
    from welfare_desk.requests import health_funds, smart_working
    from welfare_desk.requests.smart_working import SwInput, change_status, create_request

    store = window.context.store
    assert store is not None
    for surname in ("Zanetti", "Valli"):
        worker = add_worker(store, surname=surname, name="Giulia").worker.id
        with UnitOfWork(store) as uow:
            made = create_request(uow, SwInput(worker, 1, (2,), TODAY, None), TODAY)
        with UnitOfWork(store) as uow:
            change_status(uow, made.id, made.version, SwStatus.SUBMITTED, TODAY)
    with UnitOfWork(store) as uow:
        queue = smart_working.queue(uow)
        deadlines = health_funds.by_deadline(uow, TODAY)
    assert len(queue) > 2 and len(deadlines) > 2
    monkeypatch.setattr(requests_page, "SHOWN", 2)
    window.sidebar.setCurrentRow(4)
    page = window.requests_page
    qtbot.waitUntil(lambda: len(page.health.model.rows) == 2, timeout=5000)
    assert [r.number for r in page.smart.model.rows] == [r.number for r in queue[:2]]
    assert [r.number for r in page.health.model.rows] == [r.number for r in deadlines[:2]]
    assert page.tabs.tabText(0) == f"Lavoro agile da &decidere ({len(queue)})"
    assert page.tabs.tabText(1) == f"Fondi sanitari per &scadenza ({len(deadlines)})"
    page.tabs.setCurrentIndex(0)
    assert page.shown.isVisibleTo(page)
    assert page.shown.text().startswith(f"Qui le prime 2 delle {len(queue)} richieste da decidere")
    assert "scegli un datore di lavoro" in page.shown.text()
    page.tabs.setCurrentIndex(1)
    assert page.shown.text().startswith(f"Qui le prime 2 delle {len(deadlines)} pratiche aperte")
    page.tabs.setCurrentIndex(2)
    assert not page.shown.isVisibleTo(page)
