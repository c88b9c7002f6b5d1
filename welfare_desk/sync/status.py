"""What the status bar says of a desk's replica: its hub, when it last synchronised, what
waits to go out, and the conflicts waiting for someone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from welfare_desk.store.engine import masked
from welfare_desk.store.feed import HUB_KEY, LAST_KEY
from welfare_desk.store.folder_sync import folder_of
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync import queries


@dataclass(frozen=True)
class SyncState:
    hub: str | None  # masked; None: this store is no replica
    folder: str | None  # the shared folder it synchronises through, if not a server
    last: datetime | None  # naive UTC, as the store keeps stamps
    pending: int
    conflicts: int

    @property
    def replica(self) -> bool:
        return self.hub is not None


def sync_state(uow: UnitOfWork) -> SyncState:
    facts, pending, conflicts = queries.sync_facts(uow)
    hub = facts.get(HUB_KEY)
    last = facts.get(LAST_KEY)
    folder = folder_of(hub)
    return SyncState(
        hub=masked(hub).replace("+psycopg", "") if hub and folder is None else hub,
        folder=str(folder) if folder is not None else None,
        last=datetime.fromisoformat(last) if last else None,
        pending=pending,
        conflicts=conflicts,
    )
