"""The employers dialog: an employer marked as a public administration, from the keyboard,
and the Ministry's term said for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.employers_dialog import EmployersDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.registry.organizations import employers
from welfare_desk.store.uow import UnitOfWork


def test_an_employer_marked_as_a_public_administration(
    window: MainWindow, context: DeskContext, qtbot: QtBot
) -> None:
    window.employers_action.trigger()
    dialog = window.findChild(EmployersDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    first = dialog.model.rows[0]
    assert dialog.model.data(dialog.model.index(0, 2)) == "entro 5 giorni"
    assert dialog.toggle.text().replace("&", "") == "Segna come pubblica amministrazione"
    qtbot.keyClick(dialog.toggle, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.model.rows and dialog.model.rows[0].public_administration)
    assert dialog.model.data(dialog.model.index(0, 2)) == "entro il 20 del mese successivo"
    assert dialog.toggle.text().replace("&", "") == "Segna come datore di lavoro privato"
    with UnitOfWork(context.store) as uow:  # type: ignore[arg-type]
        (marked,) = [e for e in employers(uow) if e.public_administration]
    assert marked.name == first.name
