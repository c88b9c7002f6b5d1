"""Synchronising this desk's replica through a shared folder (`store.folder_sync`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from welfare_desk.store.engine import Store
from welfare_desk.store.folder_sync import folder_of, synchronise_folder
from welfare_desk.store.hub_sync import SyncReport
from welfare_desk.sync.queries import reindex

__all__ = ["folder_of", "sync_with_folder"]


def sync_with_folder(
    store: Store,
    folder: Path,
    passphrase: str | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> SyncReport:
    """`passphrase`: the folder's, needed the first time only (the desk keeps its key)."""
    return synchronise_folder(
        store, folder, passphrase=passphrase, reindex=reindex, progress=progress
    )
