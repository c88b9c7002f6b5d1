"""The requests' queue: priority first, moves through the workflow, a request from the story."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from tests.gui.keyboard import wait_for_dialog
from tests.helpers import add_member, add_worker, sign
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.engine import Store


def test_a_request_from_the_story_joins_the_queue_with_its_priority_first(
    demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.request_dialogs import SwRequestDialog

    worker = add_worker(demo_store, surname="Zanetti", name="Giulia").worker
    add_member(demo_store, worker.id, "Luca", date(date.today().year - 5, 2, 1))
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
    requests.every_status.setChecked(True)
    qtbot.waitUntil(
        lambda: any(r.worker == "Zanetti Giulia" for r in requests.sw_model.rows), timeout=5000
    )
    row = next(i for i, r in enumerate(requests.sw_model.rows) if r.worker == "Zanetti Giulia")
    requests.sw_view.selectRow(row)
    assert [a.text() for a in requests.sw_menu.actions()] == ["presentata", "ritirata"]
    requests.sw_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: ": presentata." in requests.message.text(), timeout=5000)
    requests.every_status.setChecked(False)
    qtbot.waitUntil(
        lambda: (
            any(r.worker == "Zanetti Giulia" for r in requests.sw_model.rows)
            and all(r.status in ("submitted", "under_review") for r in requests.sw_model.rows)
        ),
        timeout=5000,
    )
    queue = requests.sw_model.rows
    ours = next(r for r in queue if r.worker == "Zanetti Giulia")
    assert ours.priority_text == "genitore di figli fino a 12 anni"
    first_plain = next((i for i, r in enumerate(queue) if not r.priority), len(queue))
    assert all(r.priority for r in queue[:first_plain])
    assert not any(r.priority for r in queue[first_plain:])


def test_health_requests_by_deadline_open_the_story(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(requests.hf_model.rows) > 0, timeout=5000)
    dated = [r.due for r in requests.hf_model.rows if r.due is not None]
    assert dated == sorted(dated)
    requests.hf_view.selectRow(0)
    first = requests.hf_model.rows[0]
    requests.hf_open.click()
    qtbot.waitUntil(
        lambda: (
            window.worker_page.worker is not None
            and window.worker_page.worker.id == first.worker_id
        ),
        timeout=5000,
    )


def test_a_communication_to_the_ministry_marked_sent(
    demo_store: Store, window: MainWindow, qtbot: QtBot, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from welfare_desk.domain.smart_working import SwStatus
    from welfare_desk.services.smart_working import SwInput, change_status, create_request
    from welfare_desk.store.uow import UnitOfWork

    today = date.today()
    worker = add_worker(demo_store, surname="Zanetti", name="Giulia").worker.id
    with UnitOfWork(demo_store) as uow:
        made = create_request(uow, SwInput(worker, 1, (2,), today), today)
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED, SwStatus.ACTIVE):
        if status is SwStatus.ACTIVE:
            made = sign(demo_store, made)
        with UnitOfWork(demo_store) as uow:
            made = change_status(uow, made.id, made.version, status, today)
    window.sidebar.setCurrentRow(4)
    requests = window.requests_page
    requests.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: len(requests.ministry_model.rows) > 0, timeout=5000)
    owed = len(requests.ministry_model.rows)
    row = next(
        i for i, c in enumerate(requests.ministry_model.rows) if c.request_number == made.number
    )
    chosen = requests.ministry_model.rows[row]
    assert requests.ministry_model.data(requests.ministry_model.index(row, 1)) == (
        "scade tra 5 giorni"
    )
    requests.ministry_view.selectRow(row)
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("UNILAV-12345678", True))
    )
    requests.sent_button.click()
    qtbot.waitUntil(
        lambda: f"Comunicazione di {chosen.request_number} registrata." in requests.message.text(),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: len(requests.ministry_model.rows) == owed - 1, timeout=5000)
