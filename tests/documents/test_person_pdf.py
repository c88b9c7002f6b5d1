"""A person's data as a PDF they can read (art. 15 GDPR), read back with pdftotext: the
Italian words, not the store's codes; printing it is audited with its reason."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import require_tool
from tests.helpers import add_member, add_worker
from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
from welfare_desk.documents.person_pdf import write_person
from welfare_desk.domain.needs import Channel
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.subject_access import person_document
from welfare_desk.store.engine import Store
from welfare_desk.store.models import AuditEntry
from welfare_desk.store.uow import UnitOfWork


def test_the_person_reads_their_data_in_italian(sqlite_store: Store, tmp_path: Path) -> None:
    made = add_worker(sqlite_store, surname="Sforzini", name="Ottavia", email="o@example.it")
    add_member(sqlite_store, made.worker.id, "Tobia", date(2019, 5, 2))
    with UnitOfWork(sqlite_store) as uow:
        record_contact(
            uow,
            ContactInput(
                made.worker.id,
                datetime(2026, 11, 30, 9, 30),
                Channel.SOCIAL_POINT,
                30,
                notes="chiede del centro estivo",
                needs=[NeedInput("care.elderly")],
            ),
        )
    code = made.worker.codice_fiscale
    with UnitOfWork(sqlite_store) as uow, pytest.raises(InvalidInput):
        person_document(uow, code, " ")
    with UnitOfWork(sqlite_store) as uow:
        document = person_document(uow, code, "richiesta di accesso del 30/11")
    out = tmp_path / "dati.pdf"
    write_person(out, document)
    text = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for said in (
        "I tuoi dati presso lo sportello welfare",
        f"Ottavia Sforzini – C.F. {code}",
        "Tobia",
        "figlio",
        "sportello",  # the channel in words, not social_point
        "chiede del centro estivo",
        "30/11/2026 09:30",
        "Cronologia delle modifiche",
        "Chi ha consultato",
    ):
        assert said in text, said
    assert "Assistenza a un familiare anziano" in text and "media" in text
    for code_word in ("social_point", "care.elderly", "worker_id", "None", "medium"):
        assert code_word not in text, code_word
    with UnitOfWork(sqlite_store) as uow:
        printed = uow.session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "print")
        ).all()
    assert printed == ["richiesta di accesso del 30/11"]
