"""Synchronising this desk's replica with the programme's PostgreSQL (`store.hub_sync`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from welfare_desk.store.engine import Store
from welfare_desk.store.hub_sync import (
    SyncRefused,
    SyncReport,
    hub_address,
    is_replica,
    known_hub,
    synchronise,
)
from welfare_desk.sync.queries import reindex

__all__ = ["SyncRefused", "SyncReport", "hub_address", "is_replica", "known_hub", "sync_with_hub"]


def sync_with_hub(
    replica: Store,
    hub: Store,
    progress: Callable[[str, int], None] | None = None,
    address: str | None = None,
    points: Sequence[str] | None = None,
) -> SyncReport:
    """`points`: the codes of the social points a new replica is limited to."""
    return synchronise(
        replica, hub, reindex=reindex, progress=progress, address=address, points=points
    )
