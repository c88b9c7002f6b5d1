"""Bringing a store's schema to this desk's version, on open.

The common case (already current) is answered with one query and without importing
Alembic, so the command line and the desk start fast.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, ProgrammingError

from welfare_desk.store import cipher
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NewerSchema, StoreUnavailable, from_database
from welfare_desk.store.locations import backups_folder
from welfare_desk.store.private import private_file, private_folder
from welfare_desk.store.revisions import HEAD, REVISIONS

__all__ = ["HEAD", "REVISIONS", "SchemaAction", "ensure_schema"]


class SchemaAction(StrEnum):
    CREATED = "created"
    UPGRADED = "upgraded"
    CURRENT = "current"


def db_dir() -> Path:
    """db/ in a source tree, welfare_desk/db in an installed desk: the same package."""
    import welfare_desk.db

    return Path(welfare_desk.db.__file__).resolve().parent


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(store: Store) -> SchemaAction:
    try:
        return _ensure_schema(store)
    except DBAPIError as exc:
        raise from_database(exc) from None


def _ensure_schema(store: Store) -> SchemaAction:
    with store.engine.connect() as connection:
        revision = current_revision(connection)
        foreign_tables = revision is None and bool(inspect(connection).get_table_names())
    if revision == HEAD:
        return SchemaAction.CURRENT
    if foreign_tables:
        raise StoreUnavailable(
            f"«{store.target.display}» contiene già dati che non sono di Welfare Desk: "
            "scegli un file o un database vuoto."
        )
    if revision is not None and revision not in REVISIONS:
        raise NewerSchema(
            f"L'archivio «{store.target.display}» è stato aggiornato da una versione più "
            "recente di Welfare Desk: aggiorna questo programma prima di aprirlo."
        )
    if revision is not None:
        backup_sqlite(store, revision)
    try:
        upgrade(store)
    except ProgrammingError as exc:
        if "permission denied" not in str(exc.orig).lower():
            raise
        raise StoreUnavailable(
            f"L'utente «{store.target.url.username}» non ha i permessi per creare o aggiornare "
            f"le tabelle in «{store.target.display}»: chiedi all'amministratore del database."
        ) from None
    return SchemaAction.CREATED if revision is None else SchemaAction.UPGRADED


def upgrade(store: Store, to: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(db_dir()))
    with store.engine.connect() as connection:
        sqlite = store.dialect == "sqlite"
        if sqlite:
            # A batch migration rebuilds a SQLite table and drops the old one; with foreign
            # keys on, that drop deletes its rows first, which empties or unlinks every
            # table hanging from it (ON DELETE CASCADE, SET NULL). Off for the upgrade, as
            # SQLite's own procedure for altering a table says, then checked before commit.
            # The pragma is ignored inside a transaction: it is set before one begins.
            _pragma(connection, "foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, to)
                if sqlite:
                    _check_foreign_keys(connection)
        finally:
            if sqlite:
                _pragma(connection, "foreign_keys=ON")


def _pragma(connection: Connection, setting: str) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA {setting}")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise StoreUnavailable(
            f"L'aggiornamento dell'archivio lascerebbe collegamenti interrotti ({tables}): "
            "non è stato applicato e l'archivio è com'era. Segnalalo all'assistenza."
        )


def backup_sqlite(store: Store, revision: str) -> Path | None:
    """A consistent copy of a SQLite store beside it, taken before its schema changes."""
    path = store.target.sqlite_path
    if path is None or not path.exists():
        return None
    folder = backups_folder(path)
    private_folder(folder)
    stamp = store.clock.now().strftime("%Y%m%d-%H%M%S")
    destination = folder / f"{path.stem}-{stamp}-schema{revision}.sqlite"
    private_file(destination)  # a copy of the store is as private as the store
    cipher.backup(path, destination, store.sqlite_key)
    return destination
