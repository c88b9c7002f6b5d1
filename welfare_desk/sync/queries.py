"""The statements synchronisation needs beyond the store's: the search index of the
workers a pull or a push changed, rebuilt as the registry builds it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Connection, Table, delete, select

from welfare_desk.registry.workers import token_rows
from welfare_desk.store import bulk
from welfare_desk.store.models import Organization, Worker, WorkerSearchToken

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
