"""Erasure (art. 17 GDPR): a worker's records removed, except what a legal hold keeps
(db/reference/retention.json says which and why), and the history's copies of what was
removed emptied of their values. The plan is shown first; the erasure itself is audited
with its reason, and that audit row, which holds no personal data, is the record that it
was done."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from welfare_desk.domain.health_funds import HfStatus
from welfare_desk.domain.smart_working import SwStatus
from welfare_desk.domain.subject_rights import RightKind
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import retention_rules
from welfare_desk.registry import queries
from welfare_desk.registry.subject_access import BY_WORKER, UNDER
from welfare_desk.registry.workers import get_worker
from welfare_desk.store.models import (
    SubjectRequest,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

SIGNED = frozenset({SwStatus.APPROVED, SwStatus.ACTIVE, SwStatus.ENDED})
PENDING_AT_FUND = frozenset({HfStatus.SUBMITTED, HfStatus.SUSPENDED})
# The worker's own fields an erasure empties even when holds keep the person: contact
# details and special-category data serve no held record.
CLEARED_FIELDS: dict[str, Any] = {
    "email": None,
    "phone": None,
    "municipality": None,
    "work_site": None,
    "pregnancy_due_date": None,
    "disadvantaged": False,
    "disability": "none",
    "illness_invalidity_percent": None,
    "illness_leave_from": None,
    "illness_leave_until": None,
    "l68": None,
}
# Children first, so that no record is removed while another still points at it.
REMOVAL_ORDER = (
    "azioni",
    "obiettivi",
    "percorsi",
    "presenze",
    "iscrizioni",
    "fatture_sanitarie",
    "allegati_sanitari",
    "richieste_fondi_sanitari",
    "comunicazioni_ministero",
    "richieste_lavoro_agile",
    "bisogni",
    "colloqui",
    "privacy",
    "familiari",
)


@dataclass(frozen=True, slots=True)
class Hold:
    """Records an erasure keeps: how many, and the reason the reference data gives."""

    name: str  # the hold's key in the reference data, short enough for the audit
    label: str
    count: int
    reason: str
    article: str


@dataclass(frozen=True)
class ErasurePlan:
    worker_id: uuid.UUID
    removed: dict[str, int]  # section → records that go
    holds: list[Hold]
    whole: bool  # nothing held: the person goes too
    history_rows: int  # entries of the history emptied of their values
    _records: dict[str, list[Any]] = field(repr=False, compare=False)

    @property
    def removed_total(self) -> int:
        return sum(self.removed.values())

    def lines(self, labels: dict[str, str]) -> list[str]:
        """The plan as a person reads it, before anything is done."""
        gone = [
            f"  – {labels.get(section, section)}: {count}"
            for section, count in self.removed.items()
        ]
        if self.whole:
            gone.append(
                "  – la persona stessa (anagrafica): nessun obbligo ne chiede la conservazione"
            )
        out = ["Si cancellano:", *(gone or ["  (nessun record oltre all'anagrafica)"])]
        if self.holds:
            out.append("Si conservano, per obbligo:")
            out += [
                f"  – {h.label}: {h.count}. Perché: {h.reason} ({h.article})" for h in self.holds
            ]
            out.append(
                "  – nome e codice fiscale, che questi record richiedono; i contatti e i dati "
                "particolari (salute, disabilità, gravidanza) si cancellano"
            )
        out.append(f"La cronologia perde i valori di {self.history_rows} modifiche.")
        return out

    def summary(self) -> str:
        """One line for the audit: counts and reasons, no personal data."""
        gone = ", ".join(f"{section} {count}" for section, count in self.removed.items() if count)
        if self.whole:
            return "cancellazione completa (art. 17): " + (gone or "solo l'anagrafica")
        kept = ", ".join(f"{h.name} {h.count}" for h in self.holds)
        removed = gone or "nessun record"
        return f"cancellazione parziale (art. 17): rimossi {removed}; trattenuti {kept}"


def _held_ids(records: dict[str, list[Any]]) -> dict[str, set[uuid.UUID]]:
    """Which of the worker's records a legal hold keeps, by hold."""
    agreements = {
        r.id
        for r in records["richieste_lavoro_agile"]
        if r.signed_on is not None or SwStatus(r.status) in SIGNED
    }
    agreements |= {r.request_id for r in records["comunicazioni_ministero"]}
    claims = {
        r.id for r in records["richieste_fondi_sanitari"] if HfStatus(r.status) in PENDING_AT_FUND
    }
    vouchers = {r.id for r in records["voucher"]}
    enrollments = {r.enrollment_id for r in records["voucher"] if r.enrollment_id is not None}
    enrollments |= {r.enrollment_id for r in records["presenze"]}
    members = {r.member_id for r in records["voucher"] if r.member_id is not None}
    members |= {
        r.member_id
        for r in records["iscrizioni"]
        if r.id in enrollments and r.member_id is not None
    }
    held = {
        "lavoro_agile": agreements
        | {r.id for r in records["comunicazioni_ministero"] if r.request_id in agreements},
        "fondi_sanitari": claims
        | {
            r.id
            for r in records["fatture_sanitarie"] + records["allegati_sanitari"]
            if r.request_id in claims
        },
        "benefit": vouchers
        | {r.id for r in records["crediti_welfare"]}
        | {r.id for r in records["altri_benefit"]},
        "iscrizioni": enrollments
        | members
        | {r.id for r in records["presenze"] if r.enrollment_id in enrollments},
        "richieste_interessato": {r.id for r in records["richieste_interessato"]},
    }
    return {name: ids for name, ids in held.items() if ids}


def _records(uow: UnitOfWork, worker_id: uuid.UUID) -> dict[str, list[Any]]:
    records: dict[str, list[Any]] = {}
    for section, model in BY_WORKER:
        records[section] = queries.records_with(uow, model, "worker_id", [worker_id])
    for section, model, column, parent in UNDER:
        records[section] = queries.records_with(uow, model, column, [r.id for r in records[parent]])
    return records


def _plan(uow: UnitOfWork, worker_id: uuid.UUID) -> ErasurePlan:
    records = _records(uow, worker_id)
    held = _held_ids(records)
    # Subject requests alone keep nothing of the person: the audit row records the answer.
    whole = set(held) <= {"richieste_interessato"}
    kept = set() if whole else set().union(*held.values())
    going = {
        section: [r for r in records[section] if r.id not in kept] for section in REMOVAL_ORDER
    }
    if whole:
        going["richieste_interessato"] = records["richieste_interessato"]
    rules = retention_rules()["holds"]
    holds = (
        []
        if whole
        else [
            Hold(
                name,
                rules[name]["label"],
                len(ids),
                rules[name]["reason"],
                rules[name]["article"],
            )
            for name, ids in held.items()
        ]
    )
    emptied = [worker_id, *(r.id for rows in going.values() for r in rows)]
    return ErasurePlan(
        worker_id=worker_id,
        removed={section: len(rows) for section, rows in going.items() if rows},
        holds=holds,
        whole=whole,
        history_rows=queries.journal_count(uow, emptied),
        _records=going,
    )


def plan_erasure(uow: UnitOfWork, worker: uuid.UUID | str) -> ErasurePlan:
    """What an erasure of the worker (id or codice fiscale) would remove and what it
    would keep, with the reasons; nothing is changed."""
    if isinstance(worker, str):
        worker_id = get_worker(uow, worker).id  # the role and the assignment, checked
    else:
        uow.require_visible(worker)
        worker_id = worker
    return _plan(uow, worker_id)


def erase_person(uow: UnitOfWork, worker: uuid.UUID | str, reason: str) -> ErasurePlan:
    """Carries out the plan in one transaction: all of it, or nothing."""
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput(
            "Scrivi il motivo della cancellazione (ad esempio «richiesta dell'interessato "
            "del 3 dicembre»)."
        )
    plan = plan_erasure(uow, worker)
    uow.forget_values()
    for section in (*REMOVAL_ORDER, "richieste_interessato"):
        for record in plan._records.get(section, []):
            uow.delete(record)
        uow.flush()
    person = uow.get(Worker, plan.worker_id)
    assert person is not None
    if plan.whole:
        uow.delete(person)
    else:
        for name, value in CLEARED_FIELDS.items():
            setattr(person, name, value)
        _answer_erasure_requests(uow, plan.worker_id)
    uow.flush()
    emptied = [plan.worker_id, *(r.id for rows in plan._records.values() for r in rows)]
    queries.empty_journal(uow, emptied)
    uow.audit("erase", "worker", [plan.worker_id], plan.summary()[:200], why[:300])
    uow.commit()
    return plan


def _answer_erasure_requests(uow: UnitOfWork, worker_id: uuid.UUID) -> None:
    today = uow.clock.today()
    for request in queries.records_with(uow, SubjectRequest, "worker_id", [worker_id]):
        if request.kind == RightKind.ERASURE.value and request.answered_on is None:
            request.answered_on = today
