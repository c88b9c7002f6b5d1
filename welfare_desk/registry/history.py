"""A record's history from the change journal: who changed what and when, in Italian."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from welfare_desk.domain.household import (
    DISABILITY_LABELS,
    RELATION_LABELS,
    Disability,
    Relation,
)
from welfare_desk.registry import queries
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork

FIELD_LABELS = {
    "codice_fiscale": "Codice fiscale",
    "surname": "Cognome",
    "name": "Nome",
    "birth_date": "Data di nascita",
    "sex": "Sesso",
    "birth_place_code": "Luogo di nascita (codice)",
    "organization_id": "Azienda",
    "social_point_id": "Social point",
    "work_site": "Sede di lavoro",
    "email": "Email",
    "phone": "Telefono",
    "municipality": "Comune di residenza",
    "pregnancy_due_date": "Data presunta del parto",
    "disadvantaged": "Lavoratore svantaggiato",
    "relation": "Relazione",
    "disability": "Legge 104",
    "dependent": "A carico",
    "entered_on": "Ingresso in famiglia",
    "cared_for": "Assistito dal lavoratore",
    "attendance_allowance": "Indennità di accompagnamento",
    "illness_invalidity_percent": "Invalidità per malattia (%)",
    "illness_leave_from": "Congedo per malattia dal",
    "illness_leave_until": "Congedo per malattia fino al",
    "l68": "Disabile ai sensi della L. 68/1999",
}
HIDDEN = frozenset({"sort_key", "worker_id"})
ACTIONS = {"insert": "creato", "update": "modificato", "delete": "eliminato"}


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    operator: str
    record: str
    action: str  # in Italian, for people
    kind: str  # insert, update or delete
    changes: list[Change]


def _text(key: str, value: Any, organizations: dict[str, str]) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "sì" if value else "no"
    if key.endswith("_date"):
        try:
            return f"{date.fromisoformat(str(value)):%d/%m/%Y}"
        except ValueError:
            return str(value)
    if key == "organization_id":
        return organizations.get(str(value).replace("-", ""), str(value))
    if key == "relation" and value in {r.value for r in Relation}:
        return RELATION_LABELS[Relation(value)]
    if key == "disability" and value in {d.value for d in Disability}:
        return DISABILITY_LABELS[Disability(value)]
    return str(value)


def worker_history(uow: UnitOfWork, worker_id: uuid.UUID, limit: int = 200) -> list[HistoryEntry]:
    """Newest first: the worker's record and their household members' records."""
    worker = uow.get(Worker, worker_id)
    if worker is not None:
        uow.require_person(worker.organization_id, worker.social_point_id)
    else:
        uow.require_people()
    members = {m.id: f"{m.name} {m.surname}" for m in queries.members_of(uow, worker_id)}
    entries = queries.journal_of_worker(uow, worker_id, list(members), limit)
    operators = queries.operator_names(uow)
    organizations = queries.organization_names_by_hex(uow)
    history: list[HistoryEntry] = []
    for entry in entries:
        if entry.entity == "worker":
            record = "Scheda del lavoratore"
        else:
            record = f"Familiare: {members.get(entry.entity_id, '')}".strip()
        changes: list[Change] = []
        for key, value in entry.changes.items():
            if key in HIDDEN:
                continue
            label = FIELD_LABELS.get(key, key)
            if entry.action == "update":
                old, new = value
                changes.append(
                    Change(label, _text(key, old, organizations), _text(key, new, organizations))
                )
            elif value not in (None, "", False):
                changes.append(Change(label, "—", _text(key, value, organizations)))
        history.append(
            HistoryEntry(
                at=entry.at,
                operator=operators.get(entry.operator_id, "importazione o riga di comando")
                if entry.operator_id
                else "importazione o riga di comando",
                record=record,
                action=ACTIONS.get(entry.action, entry.action),
                kind=entry.action,
                changes=changes,
            )
        )
    return history
