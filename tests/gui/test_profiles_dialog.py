"""The import profiles dialog: a value read the wrong way corrected, a choice forgotten,
a profile renamed and removed, and a correction never dropped without a word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.profiles_dialog import ProfilesDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.registry.profiles import profile, profile_lines, save_profile
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.store.uow import UnitOfWork


def _profiles(context: DeskContext) -> None:
    with UnitOfWork(context.store) as uow:  # type: ignore[arg-type]
        save_profile(
            uow,
            "Officine Lodigiane HR",
            ImportKind.HOUSEHOLD,
            {"disability": "Legge 104", "relation": "Parentela"},
            {("disability", "si"): "art3_c1", ("relation", "figlia"): "child"},
        )
        save_profile(uow, "Cooperativa Aurora", ImportKind.CATALOGUE, {"capacity": "Posti"}, {})


def _dialog(window: MainWindow, qtbot: QtBot) -> ProfilesDialog:
    window.profiles_action.trigger()
    dialog = window.findChild(ProfilesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 2)
    return dialog


def _answer(qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(50, press)


def test_a_value_read_the_wrong_way_is_corrected_and_a_choice_forgotten(
    window: MainWindow, context: DeskContext, qtbot: QtBot, tmp_path: Path
) -> None:
    _profiles(context)
    dialog = _dialog(window, qtbot)
    dialog.resize(1100, 560)
    dialog.list.setCurrentRow(1)  # Officine Lodigiane HR
    assert dialog.table.rowCount() == 4
    assert not dialog.save.isEnabled()
    values = [r for r in dialog.rows if r[0] == "value"]
    disability = next(combo for _k, key, combo in values if key == ("disability", "si"))
    assert disability is not None
    disability.setCurrentIndex(disability.findData("art3_c3"))
    relation_row = next(i for i, r in enumerate(dialog.rows) if r[1] == "relation")
    dialog.table.selectRow(relation_row)
    dialog.forget.click()
    dialog.grab().save(str(tmp_path / "profiles.png"))
    assert dialog.save.isEnabled()
    dialog.save.click()
    qtbot.waitUntil(lambda: "salvato" in dialog.status.text() or "saved" in dialog.status.text())
    with UnitOfWork(context.store) as uow:  # type: ignore[arg-type]
        kept = profile(uow, "Officine Lodigiane HR")
    assert kept.columns == {"disability": "Legge 104"}
    assert kept.choices == {("disability", "si"): "art3_c3", ("relation", "figlia"): "child"}


def test_a_correction_is_not_dropped_by_esc(
    window: MainWindow, context: DeskContext, qtbot: QtBot
) -> None:
    _profiles(context)
    dialog = _dialog(window, qtbot)
    dialog.list.setCurrentRow(0)
    dialog.table.selectRow(0)
    dialog.forget.click()
    _answer(qtbot, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible() and dialog.dirty
    _answer(qtbot, QMessageBox.StandardButton.Save)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    def saved() -> bool:
        with UnitOfWork(context.store) as uow:  # type: ignore[arg-type]
            return profile(uow, "Cooperativa Aurora").columns == {}

    qtbot.waitUntil(saved)


def test_a_profile_is_renamed_and_removed_only_after_asking(
    window: MainWindow, context: DeskContext, qtbot: QtBot
) -> None:
    _profiles(context)
    dialog = _dialog(window, qtbot)
    dialog.list.setCurrentRow(0)  # Cooperativa Aurora
    _answer(qtbot, QMessageBox.StandardButton.No)
    dialog.remove.click()
    with UnitOfWork(context.store) as uow:  # type: ignore[arg-type]
        assert len(profile_lines(uow)) == 2
    _answer(qtbot, QMessageBox.StandardButton.Yes)
    dialog.remove.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.shown is not None and dialog.shown.name == "Officine Lodigiane HR"
    assert dialog.remove.isEnabled()
