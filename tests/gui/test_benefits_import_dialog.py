"""The payroll file of other benefits imported from the desk: read and shown before
anything is written, a bad row refusing the file with what to fix, then imported whole."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from welfare_desk.catalogue.benefits import benefits_of
from welfare_desk.gui.dialogs.benefits_import_dialog import BenefitsImportDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork


def test_a_payroll_file_is_previewed_refused_then_imported(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    store = window.context.store
    assert store is not None
    with UnitOfWork(store) as uow:
        worker_id, code = uow.session.execute(
            select(Worker.id, Worker.codice_fiscale).order_by(Worker.surname).limit(1)
        ).one()
    path = tmp_path / "cedolini marzo.csv"
    path.write_text(
        "Codice fiscale;Anno;Voce;Importo;Reparto\n"
        f"{code};2026;affitto;600,00;Magazzino\n"
        f"{code};2026;yacht;1000;Magazzino\n"
    )
    window.benefits_import_action.trigger()
    dialog = window.findChild(BenefitsImportDialog)
    assert dialog is not None
    dialog.path.setText(str(path))
    dialog.read.click()
    qtbot.waitUntil(lambda: dialog.refused.rowCount() == 1, timeout=5000)
    assert "Riga 3" in dialog.refused.data(dialog.refused.index(0, 0))
    assert "voce «yacht» non riconosciuta" in dialog.refused.data(dialog.refused.index(0, 1))
    assert "1 riga da correggere" in dialog.summary.text()
    assert "«Reparto»" in dialog.summary.text()
    dialog.resize(900, 520)
    assert not dialog.import_button.isEnabled()
    path.write_text(
        f"Codice fiscale;Anno;Voce;Importo;Reparto\n{code};2026;affitto;600,00;Magazzino\n"
    )
    dialog.read.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    assert dialog.refused.rowCount() == 0
    dialog.resize(900, 520)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "1 nuovi" in dialog.summary.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()  # the same file again would change nothing
    with UnitOfWork(store) as uow:
        assert [(b.kind, b.amount_cents) for b in benefits_of(uow, worker_id)] == [("rent", 60000)]
