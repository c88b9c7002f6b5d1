"""The audit of every look: reading a worker's story writes one row (not one per query),
printing a path summary or an agreement writes one per person printed, and the desk can
neither change nor remove a row, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from tests.helpers import add_worker
from welfare_desk.access.audit import audit_entries
from welfare_desk.access.operators import create_first_admin, sign_in
from welfare_desk.cases.story import worker_story
from welfare_desk.reporting.path_summary import path_summary
from welfare_desk.store.engine import Store
from welfare_desk.store.models import AuditEntry
from welfare_desk.store.uow import UnitOfWork

PASSWORD = "Cortile di via Roma 12"


def _signed(store: Store) -> object:
    with UnitOfWork(store) as uow:
        create_first_admin(uow, "gferri", "Giulia Ferri", PASSWORD)
    with UnitOfWork(store) as uow:
        signed = sign_in(uow, "gferri", PASSWORD)
    store.operator_id = signed.id
    return signed


def test_reading_a_story_writes_one_audit_row_naming_who(store: Store) -> None:
    signed = _signed(store)
    try:
        worker = add_worker(store).worker.id
        with UnitOfWork(store) as uow:
            worker_story(uow, worker)
        with UnitOfWork(store) as uow:
            path_summary(uow, worker, date(2026, 11, 30))
        with UnitOfWork(store) as uow:
            rows = audit_entries(uow, worker_id=worker)
    finally:
        store.operator_id = None
    assert [(r.action, r.detail, r.operator) for r in rows] == [
        ("stampa", "riepilogo del percorso", "Giulia Ferri"),
        ("consultazione", "scheda del lavoratore", "Giulia Ferri"),
    ]
    assert signed is not None


def test_a_failed_read_writes_nothing_and_a_write_keeps_its_own_rows(store: Store) -> None:
    import uuid

    from welfare_desk.store.errors import NotFound

    with UnitOfWork(store) as uow, pytest.raises(NotFound):
        worker_story(uow, uuid.uuid4())
    with UnitOfWork(store) as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_the_desk_can_neither_change_nor_remove_an_audit_row(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        worker_story(uow, worker)
    for statement in (
        "UPDATE audit_entry SET detail = 'niente'",
        "DELETE FROM audit_entry",
    ):
        with store.engine.connect() as connection, pytest.raises(Exception) as refused:
            connection.execute(text(statement))
            connection.commit()
        assert "registro degli accessi" in str(refused.value)
    with UnitOfWork(store) as uow:
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == 1


def test_the_audit_exported_says_why_and_is_itself_audited(store: Store, tmp_path: object) -> None:
    from pathlib import Path

    from openpyxl import load_workbook

    from welfare_desk.access.audit import export_audit
    from welfare_desk.errors import InvalidInput

    _signed(store)
    try:
        worker = add_worker(store).worker.id
        with UnitOfWork(store) as uow:
            worker_story(uow, worker)
        out = Path(str(tmp_path)) / "registro.xlsx"
        with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="perché"):
            export_audit(uow, audit_entries(uow), out, "  ")
        with UnitOfWork(store) as uow:
            export_audit(uow, audit_entries(uow), out, "richiesta del DPO del 3/12")
        with UnitOfWork(store) as uow:
            newest = audit_entries(uow)[0]
    finally:
        store.operator_id = None
    sheet = load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[2]][1:4] == ["Giulia Ferri", "consultazione", "worker"]
    assert (newest.action, newest.reason) == ("esportazione", "richiesta del DPO del 3/12")
