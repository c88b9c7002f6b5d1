"""The audit of looks, prints and exports, read back for an administrator: who, when,
what, about whom. Rows are written by the unit of work (UnitOfWork.audit) and the
database refuses to change or remove them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from welfare_desk.access import queries
from welfare_desk.domain import codice_fiscale as cf
from welfare_desk.domain.wording import how_many
from welfare_desk.errors import InvalidInput
from welfare_desk.store.uow import UnitOfWork

ACTION_WORDS = {
    "view": "consultazione",
    "print": "stampa",
    "export": "esportazione",
    "erase": "cancellazione (art. 17)",
    "purge": "eliminazione per scadenza",
}


@dataclass(frozen=True, slots=True)
class AuditView:
    at: datetime
    operator: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    detail: str
    reason: str


def worker_for_audit(uow: UnitOfWork, codice_fiscale: str) -> uuid.UUID:
    """The person a filter of the audit names, by codice fiscale, without reading them."""
    code = cf.normalize(codice_fiscale)
    invalid = cf.validate(code)
    if invalid:
        raise InvalidInput(invalid[0].message)
    found = queries.worker_id_by_code(uow, code)
    if found is None:
        raise InvalidInput(f"Nessun lavoratore con codice fiscale {code} in archivio.")
    return found


def audit_entries(
    uow: UnitOfWork,
    worker_id: uuid.UUID | None = None,
    operator_id: uuid.UUID | None = None,
    since: datetime | None = None,
    limit: int = 1000,
) -> list[AuditView]:
    """The newest first, filtered by person, operator and time."""
    names = queries.operator_names(uow)
    return [
        AuditView(
            row.at,
            names.get(row.operator_id, "") if row.operator_id else "nessun operatore",
            ACTION_WORDS.get(row.action, row.action),
            row.entity,
            row.entity_id,
            row.detail or "",
            row.reason or "",
        )
        for row in queries.audit_rows(uow, worker_id, operator_id, since, limit)
    ]


HEADERS = ("Quando", "Operatore", "Azione", "Dato", "Persona (id)", "Dettaglio", "Motivo")


def export_audit(uow: UnitOfWork, rows: list[AuditView], path: Path, reason: str) -> Path:
    """The rows shown, as a workbook for the data protection officer; the export is itself
    written to the audit, with its reason."""
    from openpyxl import Workbook

    from welfare_desk.clock import local
    from welfare_desk.documents.workbook import save_workbook

    why = " ".join(reason.split())
    if not why:
        raise InvalidInput("Scrivi perché esporti il registro degli accessi.")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Registro degli accessi"
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(
            [
                local(row.at).strftime("%d/%m/%Y %H:%M:%S"),
                row.operator,
                row.action,
                row.entity,
                str(row.entity_id) if row.entity_id else "",
                row.detail,
                row.reason,
            ]
        )
    saved = save_workbook(book, path)
    uow.audit(
        "export", "audit", [None], f"{how_many(len(rows), 'riga', 'righe')} del registro", why[:300]
    )
    uow.commit()
    return saved
