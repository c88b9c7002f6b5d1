"""Who is at the desk: nothing of a person shows before a sign-in; a new store makes its
first administrator; Ctrl+L and an idle time lock the desk until the same password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import copy_store, store_at
from welfare_desk.access.operators import (
    OperatorInput,
    add_operator,
    create_first_admin,
    sign_in,
)
from welfare_desk.domain.access import Role
from welfare_desk.gui import i18n
from welfare_desk.gui.app import DeskStarter
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.sign_in_dialog import FirstAdminDialog, LockDialog, SignInDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.uow import UnitOfWork

PASSWORD = "Cortile di via Roma 12"


def _shown(kind: type) -> object | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def _start(context: DeskContext, qtbot: QtBot, location: str) -> MainWindow:
    i18n.install("it")
    context.store = None
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    starter = DeskStarter(context, location)
    starter.attach(window)
    window.show()
    starter.open()
    window.setProperty("starter", starter)  # kept alive as run_desk keeps it
    return window


def test_the_desk_shows_no_one_before_the_sign_in(
    context: DeskContext, qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    location = tmp_path / "guarded.sqlite"
    copy_store(demo_file, location)
    store = store_at(str(location))
    with UnitOfWork(store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", PASSWORD)
    with UnitOfWork(store) as uow:
        add_operator(uow, OperatorInput("gferri", "Giulia Ferri", Role.WELFARE_MANAGER), PASSWORD)
    store.close()
    window = _start(context, qtbot, str(location))
    qtbot.waitUntil(lambda: _shown(SignInDialog) is not None, timeout=10_000)
    dialog = _shown(SignInDialog)
    assert isinstance(dialog, SignInDialog)
    qtbot.wait(300)  # the quick first page has had its time
    assert window.workers_page.model.rowCount() == 0
    dialog.resize(520, 260)
    dialog.grab().save(str(tmp_path / "sign_in.png"))
    qtbot.waitUntil(lambda: dialog.point.count() > 1, timeout=5000)
    dialog.point.setCurrentIndex(1)
    chosen = dialog.point.currentData()
    dialog.login.setText("gferri")
    dialog.password.setText("sbagliata!!")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "non corretti" in dialog.status.text(), timeout=5000)
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workers_page.model.rowCount() > 0, timeout=10_000)
    assert context.signed_in is not None and context.signed_in.login == "gferri"
    assert context.store is not None and context.store.operator_id == context.signed_in.id
    assert context.store.social_point_id is not None
    assert context.store.social_point_id.hex == chosen  # every contact of the session's


def test_a_new_store_makes_its_first_administrator(
    context: DeskContext, qtbot: QtBot, tmp_path: Path
) -> None:
    from welfare_desk.gui import settings

    context.settings.set(settings.FIRST_START_ANSWERED, True)  # the demo is offered apart
    window = _start(context, qtbot, str(tmp_path / "new.sqlite"))
    qtbot.waitUntil(lambda: _shown(FirstAdminDialog) is not None, timeout=10_000)
    dialog = _shown(FirstAdminDialog)
    assert isinstance(dialog, FirstAdminDialog)
    dialog.resize(560, 320)
    dialog.grab().save(str(tmp_path / "first_admin.png"))
    dialog.login.setText("ebrambilla")
    dialog.name.setText("Elena Brambilla")
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "x")
    dialog.go.click()
    assert "diverse" in dialog.status.text() or "differ" in dialog.status.text()
    dialog.password.setText("corta")
    dialog.again.setText("corta")
    dialog.go.click()
    qtbot.waitUntil(lambda: "almeno 10" in dialog.status.text(), timeout=5000)
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD)
    dialog.go.click()
    qtbot.waitUntil(lambda: context.signed_in is not None, timeout=10_000)
    assert context.signed_in.name == "Elena Brambilla"  # type: ignore[union-attr]
    assert context.signed_in.also_manager  # type: ignore[union-attr]  # ticked by default
    assert context.store is not None and context.store.also_manager
    assert window.isVisible()


def test_ctrl_l_and_an_idle_time_lock_the_desk_until_the_same_password(
    window: MainWindow, context: DeskContext, qtbot: QtBot, tmp_path: Path
) -> None:
    assert context.store is not None
    with UnitOfWork(context.store) as uow:
        create_first_admin(uow, "gferri", "Giulia Ferri", PASSWORD)
        context.sign_in_as(sign_in(uow, "gferri", PASSWORD))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown(LockDialog) is not None, timeout=5000)
    assert window.locked and not window.central.isVisible()
    lock = _shown(LockDialog)
    assert isinstance(lock, LockDialog)
    assert lock.login.text() == "gferri" and lock.login.isReadOnly()
    lock.resize(520, 260)
    lock.grab().save(str(tmp_path / "lock.png"))
    lock.password.setText(PASSWORD)
    lock.go.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert window.central.isVisible()
    window._idle.setInterval(100)  # ten minutes in the desk
    window._idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert not window.central.isVisible()


def test_an_hr_analyst_s_desk_offers_no_one(
    context: DeskContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """The services refuse the analyst people's records; the desk does not offer them."""
    assert context.store is not None
    with UnitOfWork(context.store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", PASSWORD)
    with UnitOfWork(context.store) as uow:
        add_operator(uow, OperatorInput("pgatti", "Paolo Gatti", Role.HR_ANALYST), PASSWORD)
    with UnitOfWork(context.store) as uow:
        context.sign_in_as(sign_in(uow, "pgatti", PASSWORD))
    i18n.install("it")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    assert window.workers_item.isHidden() and window.agenda_item.isHidden()
    assert window.requests_item.isHidden()
    assert not window.intake_action.isEnabled() and not window.find_action.isEnabled()
    # The analyst's own page: the employer's smart-working decisions, without health.
    assert not window.decisions_item.isHidden()
    assert window.stack.currentWidget() is window.decisions_page
    assert "nessun dato delle singole persone" in window.statusBar().currentMessage()
    page = window.decisions_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    rows = page.model.rows
    assert [r.priority for r in rows] == sorted((r.priority for r in rows), reverse=True)
    assert all("disabilit" not in r.category and "malattia" not in r.category for r in rows)
    qtbot.wait(300)
    assert window.workers_page.model.rowCount() == 0
    window.grab().save(str(tmp_path / "hr_desk.png"))
