"""Editing a worker: validation as you type, saving, duplicates and a lost race."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.gui.dialogs.worker_editor import WorkerEditor
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.registry.workers import get_worker_by_id, save_worker
from welfare_desk.store.uow import UnitOfWork


def _open_first(window: MainWindow, qtbot: QtBot) -> None:
    window.open_worker(window.workers_page.model.rows[0].id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)


def _editor(window: MainWindow, qtbot: QtBot) -> WorkerEditor:
    """The editor as the page's Edit button opens it."""
    window.worker_page.edit_button.click()
    editor = window.findChild(WorkerEditor)
    assert editor is not None and editor.isVisible()
    return editor


def _save_button(editor: WorkerEditor) -> object:
    return editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_errors_sit_next_to_their_field_and_block_saving(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_first(window, qtbot)
    editor = _editor(window, qtbot)
    editor.ui.birthDateEdit.setText("31/02/1985")
    assert editor.ui.birthDateError.isVisible()
    assert "non è una data esistente" in editor.ui.birthDateError.text()
    assert not _save_button(editor).isEnabled()  # type: ignore[attr-defined]
    editor.ui.codiceFiscaleEdit.setText("RSSMRA80A01H501X")
    assert "carattere di controllo" in editor.ui.codiceFiscaleError.text()
    editor.resize(620, 720)
    editor.grab().save(str(tmp_path / "editor-errors.png"))


def test_a_name_that_differs_from_the_code_warns_but_saves(
    window: MainWindow, qtbot: QtBot
) -> None:
    _open_first(window, qtbot)
    editor = _editor(window, qtbot)
    editor.ui.nameEdit.setText(editor.ui.nameEdit.text() + "x")
    assert editor.ui.warningsText.isVisible()
    assert "verifica la trascrizione" in editor.ui.warningsText.text()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "avvisi" in window.statusBar().currentMessage(), timeout=5000)


def test_saving_updates_the_page_and_the_history(window: MainWindow, qtbot: QtBot) -> None:
    _open_first(window, qtbot)
    editor = _editor(window, qtbot)
    editor.ui.emailEdit.setText("nuova.email@esempio.it")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        _save_button(editor).click()  # type: ignore[attr-defined]
    page = window.worker_page
    qtbot.waitUntil(lambda: page.values["email"].text() == "nuova.email@esempio.it", timeout=5000)
    qtbot.waitUntil(lambda: page.history_model.rowCount() >= 2, timeout=5000)
    latest = page.history_model.rows[0]
    assert latest.action == "modificato"
    assert any(c.new == "nuova.email@esempio.it" for c in latest.changes)


def test_a_lost_race_keeps_what_was_typed_and_offers_to_reload(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_first(window, qtbot)
    worker = window.worker_page.worker
    assert worker is not None
    editor = _editor(window, qtbot)
    editor.ui.phoneEdit.setText("333 1111111")
    # Another desk saves the same worker meanwhile.
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        other, _ = editor.read()
        stored = get_worker_by_id(uow, worker.id)
    from dataclasses import replace

    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        save_worker(uow, replace(other, phone="02 999999"), worker.id, stored.version)
    _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.ui.conflictBanner.isVisible(), timeout=5000)
    assert editor.ui.phoneEdit.text() == "333 1111111"
    editor.ui.reloadButton.click()
    qtbot.waitUntil(lambda: bool(editor._stored_hints), timeout=5000)
    assert any("02 999999" in hint.text() for hint in editor._stored_hints)
    editor.grab().save(str(tmp_path / "editor-conflict.png"))
    with qtbot.waitSignal(editor.saved, timeout=5000):
        _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.worker_page.values["phone"].text() == "333 1111111")


def test_a_duplicate_code_links_to_the_existing_worker(window: MainWindow, qtbot: QtBot) -> None:
    existing = window.workers_page.model.rows[3]
    editor = WorkerEditor(window.context, None, window)
    qtbot.addWidget(editor)
    editor.show()
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        detail = get_worker_by_id(uow, existing.id)
    editor.ui.codiceFiscaleEdit.setText(detail.codice_fiscale.lower())
    editor.ui.surnameEdit.setText(detail.surname)
    editor.ui.nameEdit.setText(detail.name)
    editor.ui.birthDateEdit.setText(f"{detail.birth_date:%d/%m/%Y}")
    editor.ui.organizationEdit.setCurrentText(detail.organization)
    _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.ui.duplicateText.isVisible(), timeout=5000)
    with qtbot.waitSignal(editor.open_existing, timeout=2000) as opened:
        editor.ui.duplicateText.linkActivated.emit("open")
    assert opened.args == [existing.id]


def test_a_new_worker_is_created_and_shown(window: MainWindow, qtbot: QtBot) -> None:
    window.edit_worker(None)
    editor = window.findChild(WorkerEditor)
    assert editor is not None
    code = encode("Lucà", "Niccolò", date(1990, 6, 2), "M", "E648")
    editor.ui.codiceFiscaleEdit.setText(code)
    editor.ui.surnameEdit.setText("Lucà")
    editor.ui.nameEdit.setText("Niccolò")
    editor.ui.birthDateEdit.setText("02/06/1990")
    editor.ui.organizationEdit.setCurrentText("Officine Lodigiane S.p.A.")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.worker_page.title.text() == "Lucà Niccolò", timeout=5000)


def test_a_typo_in_the_employer_asks_before_making_a_new_one(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#17: «Casearia» created a new employer beside «Casearia Codognese S.r.l.»."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.edit_worker(None)
    editor = window.findChild(WorkerEditor)
    assert editor is not None
    editor.ui.codiceFiscaleEdit.setText(encode("Lucà", "Niccolò", date(1990, 6, 2), "M", "E648"))
    editor.ui.surnameEdit.setText("Lucà")
    editor.ui.nameEdit.setText("Niccolò")
    editor.ui.birthDateEdit.setText("02/06/1990")
    editor.ui.organizationEdit.setCurrentText("Casearia")
    _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Casearia Codognese S.r.l." in asked[0] and "nuovo datore" in asked[0]
    assert editor.isVisible()  # nothing saved, the form as typed
    assert editor.ui.organizationEdit.currentText() == "Casearia"
    editor.done(0)  # leaves without the question


def test_the_illness_leave_is_typed_checked_and_kept(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """L. 106/2025: the leave taken is what the smart-working priority follows. Health
    data typed for someone with no legal basis recorded is asked about first (art. 9
    GDPR), No by default."""
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    _open_first(window, qtbot)
    editor = _editor(window, qtbot)
    editor.ui.illnessSpin.setValue(80)
    editor.ui.illnessLeaveFromEdit.setText("01/03/2026")
    editor.ui.illnessLeaveUntilEdit.setText("01/02/2026")
    assert editor.ui.illnessLeaveUntilError.isVisible()
    assert "finisce prima di cominciare" in editor.ui.illnessLeaveUntilError.text()
    assert not _save_button(editor).isEnabled()  # type: ignore[attr-defined]
    editor.ui.illnessLeaveUntilEdit.setText("30/09/2026")
    assert not editor.ui.illnessLeaveUntilError.isVisible()
    editor.resize(640, 820)
    editor.grab().save(str(tmp_path / "editor-illness-leave.png"))
    _save_button(editor).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "nessuna base giuridica" in asked[0] and editor.isVisible()  # No: nothing saved
    answer[0] = QMessageBox.StandardButton.Yes
    _save_button(editor).click()  # type: ignore[attr-defined]
    worker = window.worker_page.worker
    assert worker is not None
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
        saved = get_worker_by_id(uow, worker.id)
    assert (saved.illness_leave_from, saved.illness_leave_until) == (
        date(2026, 3, 1),
        date(2026, 9, 30),
    )


def test_esc_with_typed_changes_asks_before_losing_them(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#17: every editor warns about unsaved changes."""
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    _open_first(window, qtbot)
    editor = _editor(window, qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing typed: closes without a word
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
    assert asked == []
    editor.deleteLater()  # gone, so that the next lookup finds the new editor
    qtbot.waitUntil(lambda: window.findChild(WorkerEditor) is None, timeout=3000)
    editor = _editor(window, qtbot)
    editor.ui.phoneEdit.setFocus()
    qtbot.keyClicks(editor.ui.phoneEdit, "0377 123456")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and "non è salvato" in asked[0]
    assert editor.isVisible() and editor.ui.phoneEdit.text().endswith("0377 123456")
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)
