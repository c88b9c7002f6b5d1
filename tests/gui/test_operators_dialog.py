"""An administrator adds and disables operators from the desk (Impostazioni › Operatori)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers import add_worker
from welfare_desk.access.operators import create_first_admin, sign_in
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.operators_dialog import OperatorsDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.errors import NotFound
from welfare_desk.store.uow import UnitOfWork

PASSWORD = "Cortile di via Roma 12"


def test_an_administrator_adds_and_disables_an_operator(
    window: MainWindow,
    context: DeskContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert context.store is not None
    assert not window.operators_action.isVisible()  # nobody signed in: nothing to look after
    with UnitOfWork(context.store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", PASSWORD, True)
    with UnitOfWork(context.store) as uow:
        context.sign_in_as(sign_in(uow, "ebrambilla", PASSWORD))
    window.start()
    assert window.operators_action.isVisible()
    window.operators_action.trigger()
    dialog = window.findChild(OperatorsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.employers.count() > 1, timeout=5000)
    from PySide6.QtCore import Qt

    dialog.login.setText("gferri")
    dialog.name.setText("Giulia Ferri")
    dialog.password.setText("Asilo nido Arcobaleno")
    dialog.again.setText("Asilo nido Arcobaleno")
    followed = dialog.employers.item(0)
    followed.setCheckState(Qt.CheckState.Checked)  # she follows one employer's workers
    dialog.add.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert "Giulia Ferri può accedere come gferri" in dialog.status.text()
    assert dialog.model.rows[1].role_label == "welfare manager"
    assert dialog.model.rows[1].organizations == (followed.text(),)
    dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
    assert dialog.employers.isHidden()  # a coordinator follows no one
    dialog.role.setCurrentIndex(dialog.role.findData("welfare_manager"))
    dialog.grab().save(str(tmp_path / "operators.png"))
    dialog.view.selectRow(1)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    dialog.disable.click()
    qtbot.waitUntil(lambda: dialog.model.rows[1].disabled, timeout=5000)


def test_an_operator_changes_the_password_from_the_desk(
    window: MainWindow, context: DeskContext, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.sign_in_dialog import ChangePasswordDialog

    assert context.store is not None
    with UnitOfWork(context.store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", PASSWORD, True)
    with UnitOfWork(context.store) as uow:
        context.sign_in_as(sign_in(uow, "ebrambilla", PASSWORD))
    window.start()
    window.password_action.trigger()
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None
    dialog.current.setText("non è questa")
    dialog.new.setText("Piazza Duomo 2027")
    dialog.again.setText("Piazza Duomo 2027")
    dialog.go.click()
    qtbot.waitUntil(lambda: "non è corretta" in dialog.status.text(), timeout=5000)
    dialog.current.setText(PASSWORD)
    dialog.new.setText("Piazza Duomo 2027")
    dialog.again.setText("Piazza Duomo 2027")
    dialog.go.click()
    qtbot.waitUntil(lambda: "Password cambiata" in window.statusBar().currentMessage())
    with UnitOfWork(context.store) as uow:
        assert sign_in(uow, "ebrambilla", "Piazza Duomo 2027").login == "ebrambilla"


def test_an_administrator_reads_and_exports_the_access_register(
    window: MainWindow,
    context: DeskContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from welfare_desk.gui.dialogs.audit_dialog import AuditDialog

    assert context.store is not None
    with UnitOfWork(context.store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", PASSWORD, True)
    with UnitOfWork(context.store) as uow:
        context.sign_in_as(sign_in(uow, "ebrambilla", PASSWORD))
    window.start()
    worker = window.workers_page.model.rows[0]
    window.open_worker(worker.id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    window.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=5000)
    dialog.person.setText(worker.codice_fiscale)
    dialog.search.click()
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == 1 and dialog.model.rows[0].entity_id == worker.id,
        timeout=5000,
    )
    assert dialog.model.rows[0].operator == "Elena Brambilla"
    dialog.since.setText("31/02/2026")  # no such day: said, the list stays
    dialog.search.click()
    assert "31/02/2026" in dialog.status.text() and dialog.model.rowCount() == 1
    dialog.since.setText("01/01/2099")  # after every look
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    dialog.since.setText("")
    dialog.search.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.grab().save(str(tmp_path / "audit.png"))
    out = tmp_path / "registro.xlsx"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("DPO", True)))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    dialog.export.click()
    qtbot.waitUntil(lambda: out.exists() and "registro.xlsx" in dialog.status.text(), timeout=5000)


def test_the_open_person_s_data_is_exported_with_a_reason(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import json

    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window.person_export_action.trigger()
    assert "Apri prima la scheda" in window.statusBar().currentMessage()
    worker = window.workers_page.model.rows[0]
    window.open_worker(worker.id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    out = tmp_path / "persona.json"
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("sua richiesta", True))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    window.person_export_action.trigger()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert json.loads(out.read_text("utf-8"))["lavoratore"]["id"] == str(worker.id)
    qtbot.waitUntil(lambda: "salvati in" in window.statusBar().currentMessage(), timeout=5000)


def test_the_notice_and_a_basis_are_recorded_for_the_open_person(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from welfare_desk.gui.dialogs.privacy_dialog import PrivacyDialog

    worker = window.workers_page.model.rows[0]
    window.open_worker(worker.id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    window.privacy_action.trigger()
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: "non è ancora stata consegnata" in dialog.notice.text(), timeout=5000)
    dialog.give_notice.click()
    qtbot.waitUntil(lambda: "consegnata il" in dialog.notice.text(), timeout=5000)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("special_categories"))
    dialog.basis.setCurrentIndex(dialog.basis.findData("explicit_consent"))
    dialog.add.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert "art. 9 par. 2 lett. a" in dialog.model.rows[0].basis_label
    assert dialog.warning.isHidden()
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda *_a, **_k: ("accesso ai dati (art. 15 GDPR)", True)),
    )
    dialog.new_request.click()
    qtbot.waitUntil(lambda: dialog.requests.rowCount() == 1, timeout=5000)
    assert "in agenda" in dialog.status.text() or "agenda" in dialog.status.text()
    dialog.requests_view.selectRow(0)
    dialog.answer_request.click()
    qtbot.waitUntil(lambda: dialog.requests.rows[0].answered_on is not None, timeout=5000)
    dialog.grab().save(str(tmp_path / "privacy.png"))


def test_the_notice_is_previewed_with_the_person_s_name(window: MainWindow, qtbot: QtBot) -> None:
    from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
    from welfare_desk.gui.dialogs.privacy_dialog import PrivacyDialog

    worker = window.workers_page.model.rows[0]
    window.open_worker(worker.id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    window.privacy_action.trigger()
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None
    dialog.print_notice.click()
    qtbot.waitUntil(lambda: dialog.findChild(PdfPreviewDialog) is not None, timeout=10_000)
    preview = dialog.findChild(PdfPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    preview.close()  # a preview left open would be found by the next test's lookup
    dialog.close()


def test_a_walk_in_s_data_are_erased_after_the_plan_and_a_question(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from welfare_desk.gui.dialogs.erasure_dialog import ErasureDialog
    from welfare_desk.gui.dialogs.privacy_dialog import PrivacyDialog
    from welfare_desk.registry.workers import get_worker

    store = window.context.store
    assert store is not None
    code = add_worker(store, surname="Sforzini", name="Ottavia").worker.codice_fiscale
    with UnitOfWork(store) as uow:
        worker_id = get_worker(uow, code).id
    window.open_worker(worker_id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    window.privacy_action.trigger()
    privacy = window.findChild(PrivacyDialog)
    assert privacy is not None
    privacy.erase.click()
    erasure = privacy.findChild(ErasureDialog)
    assert erasure is not None
    qtbot.waitUntil(erasure.erase.isEnabled, timeout=5000)
    assert "la persona stessa" in erasure.plan.toPlainText()
    assert not erasure.erase.isDefault() and not erasure.erase.autoDefault()
    erasure.grab().save(str(tmp_path / "erasure.png"))
    erasure.erase.click()  # no reason yet: nothing happens
    assert "motivo" in erasure.status.text()
    erasure.reason.setText("richiesta dell'interessata del 2 dicembre")
    asked: list[str] = []

    def answer(_parent: object, _title: str, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr("welfare_desk.gui.dialogs.erasure_dialog.confirm", answer)
    erasure.erase.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workers_page, timeout=5000)
    assert "Ottavia Sforzini" in asked[0] and "non si può annullare" in asked[0].lower()
    with UnitOfWork(store) as uow, pytest.raises(NotFound):
        get_worker(uow, code)


def test_a_demo_worker_s_erasure_plan_says_what_the_law_keeps(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from welfare_desk.gui.dialogs.erasure_dialog import ErasureDialog
    from welfare_desk.store.models import Voucher

    assert window.context.store is not None
    with UnitOfWork(window.context.store) as uow:
        worker_id = uow.session.scalars(select(Voucher.worker_id).limit(1)).one()
    dialog = ErasureDialog(window.context, worker_id, "una persona", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.erase.isEnabled, timeout=5000)
    text = dialog.plan.toPlainText()
    assert "Si conservano, per obbligo" in text and "Perché:" in text
    dialog.grab().save(str(tmp_path / "erasure-held.png"))
    dialog.close()


def test_an_administrator_sees_the_retention_periods_and_removes_what_expired(
    window: MainWindow,
    context: DeskContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from datetime import datetime

    from welfare_desk.cases.casework import ContactInput, record_contact
    from welfare_desk.domain.needs import Channel
    from welfare_desk.gui.dialogs.retention_dialog import RetentionDialog

    assert context.store is not None
    worker = add_worker(context.store, surname="Sforzini", name="Ottavia").worker
    with UnitOfWork(context.store) as uow:
        record_contact(uow, ContactInput(worker.id, datetime(2019, 2, 4, 10, 0), Channel.PHONE, 10))
    with UnitOfWork(context.store) as uow:
        create_first_admin(uow, "ebrambilla", "Elena Brambilla", PASSWORD)
    with UnitOfWork(context.store) as uow:
        context.sign_in_as(sign_in(uow, "ebrambilla", PASSWORD))
    window.start()
    assert window.retention_action.isVisible()
    window.retention_action.trigger()
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 5, timeout=5000)
    contacts = next(r for r in dialog.model.rows if r.record == "colloqui")
    assert contacts.count >= 1
    assert dialog.remove.isEnabled() and not dialog.remove.autoDefault()
    dialog.resize(1280, 560)
    dialog.grab().save(str(tmp_path / "retention.png"))
    dialog.reason.setText("revisione annuale")
    monkeypatch.setattr("welfare_desk.gui.dialogs.retention_dialog.confirm", lambda *_a: True)
    dialog.remove.click()
    qtbot.waitUntil(lambda: "eliminat" in dialog.status.text(), timeout=10_000)
    qtbot.waitUntil(
        lambda: next(r for r in dialog.model.rows if r.record == "colloqui").count == 0,
        timeout=5000,
    )
    dialog.close()


def test_the_open_person_s_data_print_as_a_pdf_with_a_reason(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog

    window.person_print_action.trigger()
    assert "Apri prima la scheda" in window.statusBar().currentMessage()
    worker = window.workers_page.model.rows[0]
    window.open_worker(worker.id)
    qtbot.waitUntil(lambda: window.worker_page.worker is not None, timeout=5000)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("sua richiesta", True))
    )
    window.person_print_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PdfPreviewDialog) is not None, timeout=10_000)
    preview = window.findChild(PdfPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(preview.isVisible, timeout=5000)
    preview.resize(1280, 800)
    preview.grab().save(str(tmp_path / "person-preview.png"))
    preview.close()
