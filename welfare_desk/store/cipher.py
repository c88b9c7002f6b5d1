"""A SQLite store is encrypted whole, with SQLCipher: the file, its WAL and its backups.

The key is 32 random bytes kept in the system's keyring under the store's path, never in
a file beside it. Where no keyring works, a passphrase (typed at start, or
WELFARE_DESK_PASSPHRASE for automation) gives the key through argon2id, salted with the
file's own first 16 bytes, which SQLCipher keeps for that purpose. A store made before
encryption is encrypted in place the first time it is opened, with its backups.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

from welfare_desk.store.errors import StoreError, StoreUnavailable
from welfare_desk.store.locations import backups_folder

KEY_SERVICE = "welfare-desk-store-key"
PASSPHRASE_ENV = "WELFARE_DESK_PASSPHRASE"
PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
MIN_PASSPHRASE = 12
_RECOVERY = re.compile(r"^[0-9a-fA-F]{64}$")

# Asked when the key is not in the keyring: gets the message and whether the store is
# new (then the passphrase is chosen, typed twice); returns it, or None to give up.
PassphrasePrompt = Callable[[str, bool], str | None]


class KeyRequired(StoreError):
    """An encrypted store whose key is not in the keyring, or a new store where no
    keyring works: the desk needs a passphrase."""

    code = "store.key_required"

    def __init__(self, message: str, new: bool) -> None:
        super().__init__(message)
        self.new = new


class WrongKey(KeyRequired):
    code = "store.wrong_key"
    bad_input = True


def is_plain(path: Path) -> bool:
    """A SQLite file written before encryption (its header says so in clear)."""
    with path.open("rb") as handle:
        return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def is_desk_store(path: Path) -> bool:
    """A plain file the desk may encrypt: one of its stores, or one with no tables yet."""
    connection = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
    return not tables or "alembic_version" in tables


def is_empty(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def pragma(key: bytes, salt: bytes | None = None) -> str:
    """PRAGMA key's value for a raw key: no key derivation at each connection."""
    return f"\"x'{(key + (salt or b'')).hex()}'\""


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=3,
        memory_cost=64 * 1024,
        parallelism=4,
        hash_len=32,
        type=Type.ID,
    )


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """A 32-byte key from a passphrase (argon2id), as the stores' keys are made."""
    return _derive(passphrase, salt)


def passphrase_problem(passphrase: str) -> str | None:
    if len(passphrase) < MIN_PASSPHRASE and not _RECOVERY.match(passphrase):
        return (
            f"La frase per cifrare l'archivio deve avere almeno {MIN_PASSPHRASE} caratteri: "
            "scegline una più lunga, ad esempio tre o quattro parole."
        )
    return None


def connect_keyed(path: Path | str, key: str | None, **kwargs: Any) -> Any:
    """A SQLCipher connection with its key given first, as SQLCipher requires."""
    connection = sqlcipher3.connect(str(path), **kwargs)
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to tell
    if key is not None:
        connection.execute(f"PRAGMA key = {key}")
    return connection


def _opens(path: Path, key: str) -> bool:
    connection = connect_keyed(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def _keyring_account(path: Path) -> str:
    return str(path.resolve())


def _keyring_key(path: Path) -> str | None:
    from welfare_desk.store import credentials

    return credentials.load_secret(KEY_SERVICE, _keyring_account(path))


def recovery_key(path: Path) -> str | None:
    """The store's key as 64 hexadecimal digits, for an administrator to put away: typed
    as the passphrase, it opens the store where the keyring has lost it."""
    return _keyring_key(path)


def _from_passphrase(passphrase: str, salt: bytes) -> str:
    if _RECOVERY.match(passphrase):
        return pragma(bytes.fromhex(passphrase))
    return pragma(_derive(passphrase, salt))


def store_key(path: Path, ask: PassphrasePrompt | None, passphrase: str | None = None) -> str:
    """The key of the store at `path`. In order: the keyring, the passphrase given,
    WELFARE_DESK_PASSPHRASE, the passphrase asked."""
    if is_empty(path) or is_plain(path):
        return new_key(path, ask, passphrase)
    return existing_key(path, ask, passphrase)


def new_key(path: Path, ask: PassphrasePrompt | None, passphrase: str | None = None) -> str:
    """A key for a store not yet encrypted: random and kept in the keyring, or derived
    from a passphrase chosen now where there is no keyring (or one is given)."""
    from welfare_desk.store import credentials

    if not passphrase and credentials.keyring_available():
        key = secrets.token_bytes(32)
        if credentials.save_secret(KEY_SERVICE, _keyring_account(path), key.hex()):
            return pragma(key)
    typed = passphrase or os.environ.get(PASSPHRASE_ENV)
    salt = secrets.token_bytes(SALT_BYTES)
    message = (
        "Su questo PC non c'è un portachiavi di sistema dove custodire la chiave del "
        "nuovo archivio: scegli una frase (almeno 12 caratteri) con cui cifrarlo. Servirà "
        "a ogni avvio: senza, i dati non si possono leggere."
    )
    while True:
        if not typed:
            typed = ask(message, True) if ask is not None else None
            if not typed:
                raise KeyRequired(message, new=True)
        problem = passphrase_problem(typed)
        if problem is None:
            if _RECOVERY.match(typed):
                return pragma(bytes.fromhex(typed), salt)
            return pragma(_derive(typed, salt), salt)
        if ask is None:
            raise KeyRequired(problem, new=True)
        message, typed = problem, None


def existing_key(path: Path, ask: PassphrasePrompt | None, passphrase: str | None = None) -> str:
    if path.stat().st_size % 512:  # every SQLCipher page size is a multiple of 512
        raise StoreUnavailable(
            "Il file indicato non è un archivio leggibile (danneggiato, o non è un database "
            "SQLite): scegli un altro file."
        )
    stored = _keyring_key(path)
    if stored is not None and _RECOVERY.match(stored):
        key = pragma(bytes.fromhex(stored))
        if _opens(path, key):
            return key
    with path.open("rb") as handle:
        salt = handle.read(SALT_BYTES)
    typed = passphrase or os.environ.get(PASSPHRASE_ENV)
    message = (
        f"L'archivio {path.name} è cifrato e la sua chiave non è nel portachiavi di questo "
        "PC: scrivi la frase con cui è stato cifrato, o la chiave di recupero (64 caratteri) "
        "che l'amministratore ha conservato."
    )
    for _attempt in range(4):
        if typed:
            key = _from_passphrase(typed, salt)
            if _opens(path, key):
                return key
            message = (
                f"La frase o la chiave non aprono l'archivio {path.name}: controlla maiuscole "
                "e spazi e riprova (se il file non è un archivio di Welfare Desk, scegline "
                "un altro). Il file non è stato toccato."
            )
            if ask is None:
                raise WrongKey(message, new=False)
        typed = ask(message, False) if ask is not None else None
        if not typed:
            raise KeyRequired(message, new=False)
    raise WrongKey(message, new=False)


def encrypt_in_place(path: Path, key: str) -> None:
    """Turns a plain SQLite file into an encrypted one with the same content. The copy
    is made beside it and renamed over it: a failure leaves the plain file as it was."""
    from welfare_desk.store.private import private_file

    draft = path.with_name(path.name + ".cifratura")
    with contextlib.suppress(FileNotFoundError):
        draft.unlink()
    private_file(draft)
    draft.unlink()  # SQLCipher creates it; the folder is the owner's already
    source = sqlcipher3.connect(str(path))
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("PRAGMA journal_mode=DELETE")  # no plain WAL left beside the copy
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY {key}", (str(draft),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()
    private_file(draft)
    with draft.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(draft, path)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def encrypt_backups(database: Path, key: str) -> int:
    """The plain copies in the store's backups folder, encrypted with the store's key."""
    folder = backups_folder(database)
    done = 0
    if not folder.is_dir():
        return 0
    for copy in sorted(folder.iterdir()):
        if copy.is_file() and not is_empty(copy) and is_plain(copy):
            encrypt_in_place(copy, key)
            done += 1
    return done


def backup(source: Path, destination: Path, key: str | None) -> None:
    """A consistent copy with the same key: the copy is as closed as the store."""
    origin = connect_keyed(source, key)
    try:
        copy = connect_keyed(destination, key)
        try:
            origin.backup(copy)
        finally:
            copy.close()
    finally:
        origin.close()
