"""Access and portability (artt. 15 and 20 GDPR): everything the store holds about one
worker, as a JSON file a person or another system can read. The export needs a reason
and is audited; a role that does not read people cannot make it."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from welfare_desk import __version__
from welfare_desk.documents.output import write_bytes
from welfare_desk.errors import InvalidInput
from welfare_desk.registry import queries
from welfare_desk.registry.workers import get_worker
from welfare_desk.store.models import (
    Attendance,
    Budget,
    Case,
    CaseAction,
    Contact,
    Enrollment,
    Goal,
    HealthAttachment,
    HealthFundRequest,
    HealthInvoice,
    HouseholdMember,
    MinistryCommunication,
    Need,
    OtherBenefit,
    PrivacyRecord,
    SmartWorkingRequest,
    SubjectRequest,
    Voucher,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork, plain_value

# Section (Italian, as the person reads it) → the records of the worker it holds.
BY_WORKER: tuple[tuple[str, type[Any]], ...] = (
    ("familiari", HouseholdMember),
    ("colloqui", Contact),
    ("bisogni", Need),
    ("percorsi", Case),
    ("iscrizioni", Enrollment),
    ("voucher", Voucher),
    ("crediti_welfare", Budget),
    ("altri_benefit", OtherBenefit),
    ("richieste_fondi_sanitari", HealthFundRequest),
    ("richieste_lavoro_agile", SmartWorkingRequest),
    ("privacy", PrivacyRecord),
    ("richieste_interessato", SubjectRequest),
)
# Section → (the records under another section's, the column that links them, that section)
UNDER: tuple[tuple[str, type[Any], str, str], ...] = (
    ("obiettivi", Goal, "case_id", "percorsi"),
    ("azioni", CaseAction, "goal_id", "obiettivi"),
    ("presenze", Attendance, "enrollment_id", "iscrizioni"),
    ("fatture_sanitarie", HealthInvoice, "request_id", "richieste_fondi_sanitari"),
    ("allegati_sanitari", HealthAttachment, "request_id", "richieste_fondi_sanitari"),
    ("comunicazioni_ministero", MinistryCommunication, "request_id", "richieste_lavoro_agile"),
)
# How a person reads each section's name (the erasure's plan, the person's PDF).
SECTION_LABELS = {
    "familiari": "familiari",
    "colloqui": "colloqui",
    "bisogni": "bisogni",
    "percorsi": "percorsi",
    "obiettivi": "obiettivi dei percorsi",
    "azioni": "azioni dei percorsi",
    "iscrizioni": "iscrizioni ai servizi",
    "presenze": "presenze",
    "voucher": "voucher",
    "crediti_welfare": "crediti welfare",
    "altri_benefit": "altri benefit",
    "richieste_fondi_sanitari": "richieste ai fondi sanitari",
    "fatture_sanitarie": "fatture sanitarie",
    "allegati_sanitari": "allegati sanitari",
    "richieste_lavoro_agile": "richieste di lavoro agile",
    "comunicazioni_ministero": "comunicazioni al Ministero",
    "privacy": "informativa e basi giuridiche",
    "richieste_interessato": "richieste sui dati personali",
}
BOOKKEEPING = {"version", "created_by", "updated_by", "sort_key"}


def _row(record: Any) -> dict[str, Any]:
    return {
        key: plain_value(getattr(record, key))
        for key in queries.column_keys(record)
        if key not in BOOKKEEPING
    }


def person_data(uow: UnitOfWork, codice_fiscale: str) -> tuple[uuid.UUID, dict[str, Any]]:
    """Every record of the worker and of what hangs from them, their history and who
    looked at them."""
    worker_id = get_worker(uow, codice_fiscale).id  # the role and the assignment, checked
    worker = uow.get(Worker, worker_id)
    data: dict[str, Any] = {
        "informazioni": {
            "programma": "Welfare Desk",
            "versione": __version__,
            "creato_il": uow.clock.now().isoformat(timespec="seconds"),
            "nota": "Dati personali dell'interessato (artt. 15 e 20 GDPR). Gli allegati "
            "sanitari sono indicati con nome e dimensione: il file si chiede a parte.",
        },
        "lavoratore": _row(worker),
    }
    ids: dict[str, list[uuid.UUID]] = {}
    for section, model in BY_WORKER:
        records = queries.records_with(uow, model, "worker_id", [worker_id])
        data[section] = [_row(r) for r in records]
        ids[section] = [r.id for r in records]
    for section, model, column, parent in UNDER:
        records = queries.records_with(uow, model, column, ids[parent])
        data[section] = [_row(r) for r in records]
        ids[section] = [r.id for r in records]
    everything = [worker_id, *(i for found in ids.values() for i in found)]
    data["cronologia"] = [
        {
            "quando": plain_value(e.at),
            "tabella": e.entity,
            "azione": e.action,
            "modifiche": e.changes,
            "operatore": plain_value(e.operator_id),
        }
        for e in queries.journal_about(uow, everything)
    ]
    data["accessi"] = [
        {"quando": plain_value(a.at), "azione": a.action, "dettaglio": a.detail}
        for a in queries.audit_about(uow, worker_id)
    ]
    return worker_id, data


def export_person(uow: UnitOfWork, codice_fiscale: str, path: Path, reason: str) -> Path:
    """The worker's data as JSON at `path` (owner-only, whole or not at all)."""
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput(
            "Scrivi perché esporti i dati della persona (ad esempio la sua richiesta)."
        )
    worker_id, data = person_data(uow, codice_fiscale)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    write_bytes(path, text.encode("utf-8"))
    uow.audit("export", "worker", [worker_id], "dati della persona (JSON)", why[:300])
    uow.commit()
    return path
