"""The statements synchronisation needs beyond the store's: the search index of the
workers a pull or a push changed, rebuilt as the registry builds it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, Table, delete, func, select

from welfare_desk.registry.workers import token_rows
from welfare_desk.store import bulk
from welfare_desk.store.models import (
    HouseholdMember,
    JournalEntry,
    Organization,
    StoreMeta,
    SyncConflict,
    SyncOutbox,
    Worker,
    WorkerSearchToken,
)
from welfare_desk.store.uow import UnitOfWork

CHUNK = 500


def reindex(connection: Connection, workers: set[uuid.UUID], organizations: set[uuid.UUID]) -> None:
    """Rebuilds the search tokens of these workers and of every worker of these employers
    (renamed); a worker no longer in the store keeps none."""
    wanted = set(workers)
    for chunk in _chunks(sorted(organizations)):
        wanted.update(
            connection.execute(select(Worker.id).where(Worker.organization_id.in_(chunk))).scalars()
        )
    tokens: Table = WorkerSearchToken.__table__  # type: ignore[assignment]
    for chunk in _chunks(sorted(wanted)):
        connection.execute(delete(tokens).where(tokens.c.worker_id.in_(chunk)))
        rows = connection.execute(
            select(Worker.id, Worker.surname, Worker.name, Worker.codice_fiscale, Organization.name)
            .join(Organization, Organization.id == Worker.organization_id)
            .where(Worker.id.in_(chunk))
        )
        made = [token for row in rows for token in token_rows(*row)]
        bulk.write(connection, tokens, made)


def _chunks(items: Sequence[uuid.UUID]) -> list[Sequence[uuid.UUID]]:
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def open_conflicts(uow: UnitOfWork) -> list[SyncConflict]:
    statement = (
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None))
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    return list(uow.session.scalars(statement))


def doubles_of(uow: UnitOfWork, conflicts: Sequence[SyncConflict]) -> dict[uuid.UUID, uuid.UUID]:
    """For each proposal about a worker or an employer registered twice whose other record
    is still here (a shared folder keeps both): that record, by conflict."""
    kinds = ("worker", "organization")
    wanted = {c.op_id: c for c in conflicts if c.kind == "same_record" and c.entity in kinds}
    if not wanted:
        return {}
    made = dict(
        uow.session.execute(
            select(JournalEntry.id, JournalEntry.entity_id).where(
                JournalEntry.id.in_(list(wanted)), JournalEntry.entity.in_(kinds)
            )
        ).all()
    )
    ids = list(made.values())
    present = set(uow.session.scalars(select(Worker.id).where(Worker.id.in_(ids))))
    present |= set(uow.session.scalars(select(Organization.id).where(Organization.id.in_(ids))))
    return {
        conflict.id: made[op_id]
        for op_id, conflict in wanted.items()
        if made.get(op_id) in present and made[op_id] != conflict.entity_id
    }


def people_of(
    uow: UnitOfWork, workers: set[uuid.UUID], members: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, uuid.UUID]]:
    """Who each record is about: its name and its worker (a member's worker)."""
    found: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
    for chunk in _chunks(sorted(workers)):
        rows = uow.session.execute(
            select(Worker.id, Worker.surname, Worker.name).where(Worker.id.in_(chunk))
        )
        found.update((r.id, (f"{r.surname} {r.name}", r.id)) for r in rows)
    for chunk in _chunks(sorted(members)):
        rows = uow.session.execute(
            select(
                HouseholdMember.id,
                HouseholdMember.surname,
                HouseholdMember.name,
                HouseholdMember.worker_id,
            ).where(HouseholdMember.id.in_(chunk))
        )
        found.update((r.id, (f"{r.surname} {r.name}", r.worker_id)) for r in rows)
    return found


def sync_facts(uow: UnitOfWork) -> tuple[dict[str, str], int, int]:
    """The replica's facts (hub, cursor, last synchronisation), its changes waiting to
    go out, and the conflicts waiting for someone."""
    facts = {
        key: value
        for key, value in uow.session.execute(
            select(StoreMeta.key, StoreMeta.value).where(StoreMeta.key.startswith("sync_"))
        )
    }
    pending = uow.session.scalar(select(func.count()).select_from(SyncOutbox)) or 0
    waiting = (
        uow.session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0
    )
    return facts, int(pending), int(waiting)
