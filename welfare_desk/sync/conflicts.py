"""The conflict inbox (#20): what a synchronisation kept and what it set aside, for the
welfare manager to confirm, or to put right with the other desk's value. A resolution is
a change like any other: journaled, and synchronised to every desk."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from welfare_desk.errors import InvalidInput
from welfare_desk.registry.history import FIELD_LABELS, HIDDEN
from welfare_desk.registry.history import _text as shown
from welfare_desk.registry.merging import merge_organizations, merge_workers
from welfare_desk.registry.queries import (
    operator_names,
    organization_names_by_hex,
)
from welfare_desk.registry.workers import found_again
from welfare_desk.store.models import Base, SyncConflict
from welfare_desk.store.replication import to_column
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync import queries

RECORDS = {
    "worker": "Scheda del lavoratore",
    "household_member": "Familiare",
    "organization": "Ente",
    "social_point": "Social point",
    "contact": "Colloquio",
    "need": "Bisogno",
    "case_file": "Percorso",
    "goal": "Obiettivo del percorso",
    "case_action": "Azione del percorso",
    "enrollment": "Iscrizione",
    "voucher": "Voucher",
    "health_request": "Pratica del fondo sanitario",
    "smart_working_request": "Richiesta di lavoro agile",
    "service": "Servizio del catalogo",
    "edition": "Edizione",
}
KINDS = {
    "field": "Lo stesso dato modificato su due postazioni",
    "deleted": "Eliminato su una postazione mentre un'altra lo modificava",
    "edit_on_deleted": "Una modifica arrivata dopo l'eliminazione",
    "same_record": "Registrato due volte, su due postazioni",
    "refused": "Una modifica che l'archivio del programma non ha potuto accettare",
}
# what a worker is found and listed by: changed, the search index follows
NAMED_BY = frozenset({"surname", "name", "codice_fiscale", "organization_id"})
# What each choice did, in the history
KEPT, OTHER, SEEN, MERGED = "kept", "other", "seen", "merged"


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    version: int
    kind: str
    what: str  # the kind, in Italian
    record: str  # e.g. «Scheda del lavoratore — Rossi Maria»
    worker_id: uuid.UUID | None  # whose page to open, when it is about a person
    kept: list[tuple[str, str]]  # (field, value) as the desks now hold it
    other: list[tuple[str, str]]  # (field, value) set aside
    by: str  # who made the change that met the other
    at: datetime | None
    can_take_other: bool  # the record is there to take the other value
    # a shared folder's proposal: the person's other record, which can be merged into this
    double_id: uuid.UUID | None = None


def _pairs(values: Any, key: str | None, names: dict[str, str]) -> list[tuple[str, str]]:
    if key is not None:
        return [(FIELD_LABELS.get(key, key), shown(key, values, names))]
    if not isinstance(values, dict):
        return []
    return [
        (FIELD_LABELS.get(str(k), str(k)), shown(str(k), v, names))
        for k, v in values.items()
        if k not in HIDDEN
    ]


def open_conflicts(uow: UnitOfWork) -> list[ConflictView]:
    """The conflicts no one has resolved yet, oldest first, of the people this operator
    follows (the whole programme's for one without an assignment)."""
    uow.require_people()
    found = queries.open_conflicts(uow)
    people = queries.people_of(
        uow,
        {c.entity_id for c in found if c.entity == "worker"},
        {c.entity_id for c in found if c.entity == "household_member"},
    )
    visible = uow.visible_workers(worker for _, worker in people.values())
    operators = operator_names(uow)
    organizations = organization_names_by_hex(uow)
    doubles = queries.doubles_of(uow, found)
    views: list[ConflictView] = []
    for conflict in found:
        person = people.get(conflict.entity_id)
        if person is not None and person[1] not in visible:
            continue
        record = RECORDS.get(conflict.entity, conflict.entity)
        views.append(
            ConflictView(
                id=conflict.id,
                version=conflict.version,
                kind=conflict.kind,
                what=KINDS.get(conflict.kind, conflict.kind),
                record=f"{record} — {person[0]}" if person else record,
                worker_id=person[1] if person else None,
                kept=_pairs(conflict.kept, conflict.field, organizations),
                other=_pairs(conflict.lost, conflict.field, organizations),
                by=operators.get(conflict.op_by, "—") if conflict.op_by else "—",
                at=conflict.op_at,
                can_take_other=conflict.kind in ("field", "same_record"),
                double_id=doubles.get(conflict.id),
            )
        )
    return views


def _open_conflict(uow: UnitOfWork, conflict_id: uuid.UUID, version: int) -> SyncConflict:
    uow.require_people()
    conflict = uow.load(
        SyncConflict,
        conflict_id,
        version,
        missing="Il conflitto non è più in archivio.",
        changed="Il conflitto è stato risolto su un'altra postazione: ricarica l'elenco.",
    )
    if conflict.resolved_at is not None:
        raise InvalidInput("Il conflitto è già stato risolto.")
    return conflict


def merge(uow: UnitOfWork, conflict_id: uuid.UUID, version: int) -> int:
    """Closes a shared folder's proposal by making the person's two records one: what the
    other record held moves onto the one kept (`registry.merging`); returns how many
    records moved."""
    conflict = _open_conflict(uow, conflict_id, version)
    double = queries.doubles_of(uow, [conflict]).get(conflict.id)
    if double is None:
        raise InvalidInput(
            "Qui c'è una sola scheda di questa persona: non c'è nulla da unire. Conferma il "
            "valore mantenuto, oppure usa l'altro."
        )
    if conflict.entity == "organization":
        moved = merge_organizations(uow, conflict.entity_id, double)
    else:
        moved = merge_workers(uow, conflict.entity_id, double)
    conflict.resolved_at = uow.clock.stamp()
    conflict.resolution = MERGED
    uow.commit()
    return moved


def resolve(
    uow: UnitOfWork, conflict_id: uuid.UUID, version: int, take_other: bool = False
) -> None:
    """Closes a conflict: what the desks hold is confirmed, or the value set aside is
    written in its place (an ordinary change, which synchronisation carries everywhere)."""
    conflict = _open_conflict(uow, conflict_id, version)
    resolution = SEEN if conflict.kind in ("deleted", "edit_on_deleted", "refused") else KEPT
    if take_other:
        if conflict.kind not in ("field", "same_record"):
            raise InvalidInput(
                "Questo valore non si può riprendere da qui: correggi il dato dalla sua "
                "pagina, se serve."
            )
        record = _record(uow, conflict.entity, conflict.entity_id)
        values = {conflict.field: conflict.lost} if conflict.field else dict(conflict.lost or {})
        table = Base.metadata.tables[conflict.entity]
        for key, value in values.items():
            if key in table.columns:
                setattr(record, key, to_column(table, key, value))
        if conflict.entity == "worker" and NAMED_BY & set(values):
            found_again(uow, record)
        uow.because(record, "conflitto di sincronizzazione risolto con l'altro valore")
        resolution = OTHER
    conflict.resolved_at = uow.clock.stamp()
    conflict.resolution = resolution
    uow.commit()


def _record(uow: UnitOfWork, entity: str, record_id: uuid.UUID) -> Any:
    model = next(
        (m.class_ for m in Base.registry.mappers if m.persist_selectable.description == entity),
        None,
    )
    record = uow.get(model, record_id) if model is not None else None
    if record is None:
        raise InvalidInput("Il dato non è più in archivio: non c'è nulla da correggere.")
    if entity == "worker":
        uow.require_person(record.organization_id, record.social_point_id)
    return record
