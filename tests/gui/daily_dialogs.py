"""The dialogs of the daily work, made for a followed worker: the mnemonic and the size
tests open the same ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow


def open_followed(
    window: MainWindow, followed: dict[str, object], qtbot: QtBot
) -> tuple[Any, Any, Any]:
    """The followed worker's record, case and story, with the story open."""
    from welfare_desk.cases.story import case_by_id
    from welfare_desk.registry.workers import get_worker_by_id
    from welfare_desk.store.uow import UnitOfWork

    worker = followed["worker"]
    store = window.context.store
    assert store is not None
    with UnitOfWork(store) as uow:
        detail = get_worker_by_id(uow, worker.id)  # type: ignore[attr-defined]
        case = case_by_id(uow, followed["case"].id)  # type: ignore[attr-defined]
    window.open_worker(worker.id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.worker_page.story is not None, timeout=5000)
    return detail, case, window.worker_page.story


def daily_dialogs(
    window: MainWindow, detail: Any, case: Any, story: Any
) -> dict[str, Callable[[], QWidget]]:
    from welfare_desk.gui.dialogs.contact_dialog import ContactDialog
    from welfare_desk.gui.dialogs.member_dialog import MemberDialog
    from welfare_desk.gui.dialogs.plan_dialogs import ActionDialog, ClosureDialog, GoalDialog
    from welfare_desk.gui.dialogs.quick_intake import QuickIntake
    from welfare_desk.gui.dialogs.request_dialogs import HfRequestDialog, SwRequestDialog
    from welfare_desk.gui.dialogs.worker_editor import WorkerEditor

    context = window.context
    return {
        "quick intake": lambda: QuickIntake(context, window),
        "smart working": lambda: SwRequestDialog(context, detail, window),
        "health fund": lambda: HfRequestDialog(context, detail, window),
        "worker editor": lambda: WorkerEditor(context, detail, window),
        "contact": lambda: ContactDialog(context, story.contacts[0], window),
        "relative": lambda: MemberDialog(context, detail.id, None, window),
        "goal": lambda: GoalDialog(context, case, window),
        "action": lambda: ActionDialog(context, case, None, window),
        "closure": lambda: ClosureDialog(context, case, window),
    }
