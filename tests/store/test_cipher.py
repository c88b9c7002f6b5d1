"""A SQLite store is unreadable without its key: a lost laptop, or another account with
`sqlite3 immutable=1` (the security review read 19 pregnancies that way), sees no name,
codice fiscale or note in the file, its WAL or its backups."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import MemoryKeyring, require_tool, store_at
from welfare_desk.demo.generate import generate
from welfare_desk.store import cipher
from welfare_desk.store.locations import backups_folder
from welfare_desk.store.migrate import backup_sqlite
from welfare_desk.store.models import Contact, Worker
from welfare_desk.store.uow import UnitOfWork


def _people(path: Path) -> tuple[list[str], list[str]]:
    """Names, codici fiscali and case notes of the demo store, read with its key."""
    with closing(cipher.connect_keyed(path, cipher.store_key(path, None))) as connection:
        people = connection.execute(
            "SELECT surname, codice_fiscale FROM worker ORDER BY sort_key LIMIT 40"
        ).fetchall()
        notes = connection.execute(
            "SELECT situation FROM case_file WHERE length(situation) > 20 LIMIT 20"
        ).fetchall()
    words = [surname for surname, _ in people if len(surname) >= 5]
    words += [code for _, code in people]
    return words, [note[0][:20] for note in notes]


def _visible(files: list[Path]) -> str:
    """What `strings` shows of the files, as another account would run it."""
    strings = require_tool("strings")
    shown = subprocess.run(
        [strings, "-n", "4", *map(str, files)], capture_output=True, text=True, check=True
    )
    wide = subprocess.run(  # UTF-16 too, in case a driver wrote it so
        [strings, "-n", "4", "-e", "l", *map(str, files)], capture_output=True, text=True
    )
    return (shown.stdout + wide.stdout).upper()


def test_strings_on_the_store_its_wal_and_a_backup_finds_no_one(tmp_path: Path) -> None:
    path = tmp_path / "welfare.sqlite"
    store = store_at(str(path))
    try:
        with UnitOfWork(store) as uow:
            generate(uow, 150, seed=3)
        copy = backup_sqlite(store, "9998")
        assert copy is not None
        with store.engine.connect():  # keeps the WAL in place while it is read
            wal = Path(f"{path}-wal")
            assert wal.exists() and wal.stat().st_size > 0
            words, notes = _people(path)
            assert len(words) > 40 and notes
            seen = _visible([path, wal, copy])
    finally:
        store.close()
    found = [word for word in words + notes if word.upper() in seen]
    assert found == []


def test_the_plain_sqlite_library_cannot_open_it(tmp_path: Path) -> None:
    path = tmp_path / "welfare.sqlite"
    store_at(str(path)).close()
    plain = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    with closing(plain) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM worker").fetchone()


def test_the_key_is_in_the_keyring_and_in_no_file_beside_the_store(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "welfare.sqlite"
    store = store_at(str(path))
    backup_sqlite(store, "9998")
    store.close()
    key = cipher.recovery_key(path)
    assert key is not None and len(key) == 64
    for file in [*tmp_path.iterdir(), *backups_folder(path).iterdir()]:
        if file.is_file():
            content = file.read_bytes()
            assert key.encode() not in content and bytes.fromhex(key) not in content


def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(cipher.PASSPHRASE_ENV, raising=False)


def test_without_a_keyring_a_new_store_asks_for_a_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_keyring(monkeypatch)
    path = tmp_path / "welfare.sqlite"
    with pytest.raises(cipher.KeyRequired) as refused:
        store_at(str(path))
    assert refused.value.new and "frase" in refused.value.message
    assert cipher.is_empty(path)  # nothing written in clear meanwhile

    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "corta")
    with pytest.raises(cipher.KeyRequired) as short:
        store_at(str(path))
    assert "almeno 12 caratteri" in short.value.message

    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "tre parole lunghe bastano")
    store = store_at(str(path))
    store.close()
    assert not cipher.is_plain(path)


def test_a_wrong_passphrase_is_told_and_the_right_one_or_the_recovery_key_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "welfare.sqlite"
    store_at(str(path)).close()
    recovery = cipher.recovery_key(path)
    assert recovery is not None
    _no_keyring(monkeypatch)  # the PC's keyring is lost: a new PC, a reinstalled system
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "non è questa la frase")
    with pytest.raises(cipher.WrongKey) as wrong:
        store_at(str(path))
    assert "non aprono l'archivio" in wrong.value.message
    asked: list[bool] = []

    def ask(message: str, new: bool) -> str | None:
        asked.append(new)
        return recovery

    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    from tests.conftest import clock_at
    from welfare_desk.store.opening import open_store

    store = open_store(str(path), clock=clock_at(), ask_passphrase=ask)
    store.close()
    assert asked == [False]


def test_a_store_made_before_encryption_is_encrypted_in_place_with_its_backups(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    store = store_at(str(path))
    with UnitOfWork(store) as uow:
        generate(uow, 20, seed=2)
    key = store.sqlite_key
    copy = backup_sqlite(store, "0024")
    store.close()
    assert copy is not None
    with closing(cipher.connect_keyed(path, key)) as connection:  # as an older desk left it
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(tmp_path / "p.sqlite"),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("PRAGMA plain.user_version = 0")
    with closing(cipher.connect_keyed(copy, key)) as connection:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(tmp_path / "b.sqlite"),))
        connection.execute("SELECT sqlcipher_export('plain')")
    shutil.move(tmp_path / "p.sqlite", path)
    shutil.move(tmp_path / "b.sqlite", copy)
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    MemoryKeyring.store_keys.pop((cipher.KEY_SERVICE, str(path.resolve())))
    assert cipher.is_plain(path) and cipher.is_plain(copy)
    with closing(sqlite3.connect(path)) as plain:
        before = plain.execute("SELECT count(*) FROM worker").fetchone()[0]
        contacts = plain.execute("SELECT count(*) FROM contact").fetchone()[0]
    assert before == 20

    store = store_at(str(path))
    try:
        with UnitOfWork(store) as uow:
            assert len(uow.session.scalars(select(Worker)).all()) == 20
            assert len(uow.session.scalars(select(Contact)).all()) == contacts
    finally:
        store.close()
    assert not cipher.is_plain(path) and not cipher.is_plain(copy)
    assert not (tmp_path / "old.sqlite.cifratura").exists()
    assert os.stat(path).st_mode & 0o077 == 0


def test_a_file_of_another_program_is_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    before = path.read_bytes()
    from welfare_desk.store.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable):
        store_at(str(path))
    assert path.read_bytes() == before
