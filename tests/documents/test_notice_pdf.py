"""The information notice printed for a person, read back with pdftotext: the purposes
with their legal bases, the rights, the version, the person's name; the print audited."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import require_tool
from tests.helpers import add_worker, worker_input
from welfare_desk.access.audit import audit_entries
from welfare_desk.documents.notice_pdf import write_notice
from welfare_desk.registry.privacy import notice_document
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def test_the_notice_prints_for_a_person_with_purposes_bases_and_rights(
    sqlite_store: Store, tmp_path: Path
) -> None:
    pdftotext = require_tool("pdftotext")
    worker = add_worker(sqlite_store).worker.id
    with UnitOfWork(sqlite_store) as uow:
        doc = notice_document(uow, worker)
    out = tmp_path / "informativa.pdf"
    write_notice(out, doc)
    text = subprocess.run(
        [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for expected in (
        "Informativa sul trattamento dei dati personali",
        "Versione 2026-1 del 01/12/2026",
        "Finalità e basi giuridiche",
        "consenso esplicito (art. 9 par. 2 lett. a GDPR)",
        "I suoi diritti",
        "Garante per la protezione dei dati personali",
        f"Maria Rossi – C.F. {worker_input().codice_fiscale}",
    ):
        assert expected in flat, expected
    with UnitOfWork(sqlite_store) as uow:
        (printed,) = audit_entries(uow, worker_id=worker)
    assert (printed.action, printed.detail) == ("stampa", "informativa privacy 2026-1")
    with UnitOfWork(sqlite_store) as uow:
        blank = notice_document(uow)
    assert blank.person is None
