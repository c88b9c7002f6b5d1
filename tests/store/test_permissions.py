"""Files that hold special-category data are the owner's alone: the store, its WAL and
shared memory, its backups and the documents the desk saves, whatever the umask (the
security review read 19 pregnancies from another account under umask 022)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import store_at
from tests.helpers import add_worker
from welfare_desk.documents.output import write_bytes
from welfare_desk.store.locations import backups_folder
from welfare_desk.store.migrate import backup_sqlite


@pytest.fixture
def umask_022() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_its_wal_and_its_backups_are_the_owner_s_alone(
    tmp_path: Path, umask_022: None
) -> None:
    database = tmp_path / "desk" / "welfare.sqlite"
    store = store_at(str(database))
    try:
        add_worker(store)
        copy = backup_sqlite(store, "0099")
        assert copy is not None
        with store.engine.connect():  # the WAL and its shared memory are open now
            for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm"), copy):
                assert path.exists()
                assert _mode(path) == 0o600, path.name
        assert _mode(backups_folder(database)) == 0o700
        assert _mode(database.parent) == 0o700
    finally:
        store.close()


def test_a_store_left_readable_by_an_earlier_desk_is_closed_at_opening(
    tmp_path: Path, umask_022: None
) -> None:
    database = tmp_path / "welfare.sqlite"
    store_at(str(database)).close()
    os.chmod(database, 0o644)
    backups_folder(database).mkdir(exist_ok=True)
    os.chmod(backups_folder(database), 0o755)
    stale = backups_folder(database) / "old.sqlite"
    stale.write_bytes(b"")
    os.chmod(stale, 0o644)
    store_at(str(database)).close()
    assert _mode(database) == 0o600
    assert _mode(backups_folder(database)) == 0o700
    assert _mode(stale) == 0o600


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_a_saved_document_is_the_owner_s_alone(tmp_path: Path, umask: int) -> None:
    before = os.umask(umask)
    try:
        target = tmp_path / "percorso.pdf"
        write_bytes(target, b"%PDF-1.4")
        assert _mode(target) == 0o600
        os.chmod(target, 0o644)  # overwritten: it does not keep a mode that shows it
        write_bytes(target, b"%PDF-1.4")
        assert _mode(target) == 0o600
    finally:
        os.umask(before)
