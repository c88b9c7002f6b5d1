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
from welfare_desk.documents.person_pdf import PersonDocument, PersonSection
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
from welfare_desk.store.uow import STORE_ONLY, UnitOfWork, plain_value

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
BOOKKEEPING = {"version", "created_by", "updated_by", "sort_key"} | STORE_ONLY


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


# The record's columns as a person reads them; ids and bookkeeping are left out.
FIELD_LABELS = {
    "codice_fiscale": "Codice fiscale",
    "surname": "Cognome",
    "name": "Nome",
    "birth_date": "Data di nascita",
    "sex": "Sesso",
    "birth_place_code": "Comune o Stato di nascita (codice)",
    "work_site": "Sede di lavoro",
    "email": "Email",
    "phone": "Telefono",
    "municipality": "Comune di residenza",
    "pregnancy_due_date": "Data presunta del parto",
    "disadvantaged": "Lavoratore svantaggiato",
    "disability": "Riconoscimento L. 104/1992",
    "illness_invalidity_percent": "Invalidità (%)",
    "illness_leave_from": "Congedo per malattia dal",
    "illness_leave_until": "Congedo per malattia fino al",
    "l68": "Disabilità L. 68/1999",
    "relation": "Parentela",
    "dependent": "A carico",
    "entered_on": "In famiglia dal",
    "cared_for": "Assistito dal lavoratore",
    "attendance_allowance": "Indennità di accompagnamento",
    "at": "Quando",
    "duration_minutes": "Durata (minuti)",
    "channel": "Canale",
    "notes": "Note",
    "note": "Nota",
    "kind": "Tipo",
    "raised_on": "Registrato il",
    "urgency": "Urgenza",
    "status": "Stato",
    "number": "Numero",
    "opened_on": "Aperto il",
    "closed_on": "Chiuso il",
    "closing_reason": "Motivo della chiusura",
    "situation": "Situazione",
    "resources": "Risorse",
    "next_review": "Prossima verifica",
    "title": "Titolo",
    "description": "Descrizione",
    "due_on": "Scadenza",
    "done_on": "Fatta il",
    "outcome": "Esito",
    "value_cents": "Valore (centesimi)",
    "amount_cents": "Importo (centesimi)",
    "issued_on": "Emesso il",
    "year": "Anno",
    "tax_class": "Classificazione fiscale",
    "fringe": "Fringe benefit",
    "cancelled_on": "Annullato il",
    "fund_code": "Fondo",
    "received_on": "Ricevuta il",
    "submitted_on": "Presentata il",
    "decided_on": "Decisa il",
    "paid_on": "Pagata il",
    "days_per_week": "Giorni a settimana",
    "weekdays": "Giorni (0 = lunedì)",
    "starts_on": "Dal",
    "ends_on": "Al",
    "reasons": "Motivi",
    "decision_reason": "Motivo della decisione",
    "signed_on": "Firmato il",
    "event": "Evento",
    "event_date": "Data dell'evento",
    "sent_on": "Inviata il",
    "reference": "Riferimento",
    "purpose": "Finalità",
    "basis": "Base giuridica",
    "notice_version": "Versione dell'informativa",
    "recorded_on": "Registrata il",
    "withdrawn_on": "Revocata il",
    "extended": "Prorogata",
    "extension_reason": "Motivo della proroga",
    "answered_on": "Risposta il",
    "present": "Presente",
    "issuer": "Emessa da",
    "file_name": "File",
    "size": "Dimensione (byte)",
}
SKIPPED = {"id", "created_at", "updated_at", "content"}
ACTIONS = {"insert": "creato", "update": "modificato", "delete": "eliminato"}


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"  # an ISO day
    if isinstance(value, str) and len(value) >= 16 and value[10] == "T":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]} {value[11:16]}"
    return str(value)


def _value_labels() -> dict[tuple[str, str], dict[Any, str]]:
    """(section, field) → the Italian words of its codes; section "" for any section."""
    from welfare_desk.domain import cases, enrollments, health_funds, household, ledger, needs
    from welfare_desk.domain.smart_working import SW_STATUS_LABELS
    from welfare_desk.domain.subject_rights import RIGHT_LABELS
    from welfare_desk.reference import need_taxonomy

    return {
        ("", "relation"): dict(household.RELATION_LABELS),
        ("", "disability"): dict(household.DISABILITY_LABELS),
        ("", "channel"): dict(needs.CHANNEL_LABELS),
        ("", "urgency"): dict(needs.URGENCY_LABELS),
        ("bisogni", "status"): dict(needs.NEED_STATUS_LABELS),
        ("percorsi", "status"): dict(cases.STATUS_LABELS),
        ("percorsi", "closing_reason"): dict(cases.CLOSING_REASON_LABELS),
        ("azioni", "status"): dict(cases.ACTION_STATUS_LABELS),
        ("iscrizioni", "status"): dict(enrollments.STATUS_LABELS),
        ("voucher", "status"): dict(ledger.VOUCHER_STATUS_LABELS),
        ("richieste_fondi_sanitari", "status"): dict(health_funds.HF_STATUS_LABELS),
        ("richieste_fondi_sanitari", "kind"): dict(health_funds.KIND_LABELS),
        ("richieste_lavoro_agile", "status"): dict(SW_STATUS_LABELS),
        ("richieste_interessato", "kind"): dict(RIGHT_LABELS),
        ("bisogni", "kind"): {k.code: k.label for k in need_taxonomy().kinds},
    }


def _pairs(section: str, row: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    words = _value_labels()

    def said(key: str, value: Any) -> str:
        labels = words.get((section, key)) or words.get(("", key)) or {}
        return labels.get(value, _shown(value))

    return tuple(
        (FIELD_LABELS.get(key, key.replace("_", " ")), said(key, value))
        for key, value in row.items()
        if value not in (None, "", [], "none") and key not in SKIPPED and not key.endswith("_id")
    )


def person_document(uow: UnitOfWork, codice_fiscale: str, reason: str) -> PersonDocument:
    """The person's data as the PDF shows it; printing it is audited with the reason."""
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput(
            "Scrivi perché stampi i dati della persona (ad esempio la sua richiesta)."
        )
    worker_id, data = person_data(uow, codice_fiscale)
    person = data["lavoratore"]
    sections = [PersonSection("Anagrafica", (_pairs("lavoratore", person),))]
    for section, _model in BY_WORKER:
        sections.append(
            PersonSection(
                SECTION_LABELS.get(section, section).capitalize(),
                tuple(_pairs(section, row) for row in data[section]),
            )
        )
    for section, _model, _column, _parent in UNDER:
        sections.append(
            PersonSection(
                SECTION_LABELS.get(section, section).capitalize(),
                tuple(_pairs(section, row) for row in data[section]),
            )
        )
    history = tuple(
        (
            _shown(e["quando"]),
            TABLE_LABELS.get(e["tabella"], e["tabella"]),
            ACTIONS.get(e["azione"], e["azione"]),
            ", ".join(FIELD_LABELS.get(k, k.replace("_", " ")) for k in e["modifiche"]),
        )
        for e in data["cronologia"]
    )
    looks = tuple((_shown(a["quando"]), a["azione"], a["dettaglio"] or "") for a in data["accessi"])
    uow.audit("print", "worker", [worker_id], "dati della persona (PDF)", why[:300])
    uow.commit()
    return PersonDocument(
        f"{person['name']} {person['surname']} – C.F. {person['codice_fiscale']}",
        uow.clock.today(),
        tuple(sections),
        history,
        looks,
    )


TABLE_LABELS = {
    "worker": "anagrafica",
    "household_member": "familiari",
    "contact": "colloqui",
    "need": "bisogni",
    "case_file": "percorsi",
    "goal": "obiettivi",
    "case_action": "azioni",
    "enrollment": "iscrizioni",
    "attendance": "presenze",
    "voucher": "voucher",
    "budget": "crediti welfare",
    "other_benefit": "altri benefit",
    "health_request": "fondi sanitari",
    "health_invoice": "fatture sanitarie",
    "health_attachment": "allegati sanitari",
    "smart_working_request": "lavoro agile",
    "ministry_communication": "comunicazioni al Ministero",
    "privacy_record": "privacy",
    "subject_request": "richieste sui dati",
}
