"""Read-only answers over the bare DBAPI, for the command line.

Importing SQLAlchemy takes about 0.4 s on a desk's laptop, longer than a whole search.
When the store is current and needs nothing asked, a search runs here through SQLCipher
or psycopg; anything else (a store to create or upgrade, a password to ask) returns None
and the caller takes the full path.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from typing import Any

import sqlcipher3

from welfare_desk.store import cipher, pg_options
from welfare_desk.store.errors import StoreError
from welfare_desk.store.locations import is_postgres, sqlite_path
from welfare_desk.store.revisions import HEAD
from welfare_desk.store.search_sql import run_search
from welfare_desk.store.shares import network_filesystem

REVISION_SQL = "SELECT version_num FROM alembic_version"
# A store with operators is read only after a sign-in, on the full path: never here.
GUARDED_SQL = "SELECT 1 FROM operator WHERE login IS NOT NULL AND password_hash IS NOT NULL LIMIT 1"


def _sqlite_search(location: str | None, text: str, limit: int) -> list[Sequence[Any]] | None:
    path = sqlite_path(location)
    if path is None or not path.is_file() or cipher.is_empty(path) or cipher.is_plain(path):
        return None  # a store to create or to encrypt takes the full path
    if network_filesystem(path) is not None:
        return None  # the full path refuses it, and says why
    try:
        key = cipher.store_key(path, None)  # the keyring's or the environment's, never asked
        connection = cipher.connect_keyed(f"file:{path}?mode=ro", key, uri=True, timeout=10)
    except (sqlcipher3.Error, StoreError):
        return None
    with closing(connection):
        try:
            if connection.execute(REVISION_SQL).fetchone() != (HEAD,):
                return None
            if connection.execute(GUARDED_SQL).fetchone() is not None:
                return None

            def execute(sql: str, params: dict[str, Any]) -> list[Sequence[Any]]:
                return list(connection.execute(sql, params).fetchall())

            return run_search(execute, text, limit, 0, "named")
        except sqlcipher3.Error:
            return None


def _pg_search(location: str, text: str, limit: int) -> list[Sequence[Any]] | None:
    import psycopg

    conninfo = location.replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        parts = psycopg.conninfo.conninfo_to_dict(conninfo)
    except psycopg.Error:
        return None
    if "password" in parts:
        return None  # the full path refuses an address with a password, and says why
    extra: dict[str, Any] = {}
    if not pg_options.is_local_host(str(parts.get("host") or "")):
        extra["sslmode"] = parts.get("sslmode") or "verify-full"  # as the full path does
    try:
        connection = psycopg.connect(
            conninfo,
            connect_timeout=pg_options.CONNECT_TIMEOUT_S,
            application_name=pg_options.APP_NAME,
            options=pg_options.SESSION_OPTIONS,
            **extra,
        )
    except psycopg.Error:
        return None  # a password to ask, a server down: the full path says what to do
    with connection:
        try:
            row = connection.execute(REVISION_SQL).fetchone()
            if row is None or row[0] != HEAD:
                return None
            if connection.execute(GUARDED_SQL).fetchone() is not None:
                return None

            def execute(sql: str, params: dict[str, Any]) -> list[Sequence[Any]]:
                return list(connection.execute(sql, params).fetchall())

            return run_search(execute, text, limit, 0, "pyformat")
        except psycopg.Error:
            return None


def search(location: str | None, text: str, limit: int) -> list[Sequence[Any]] | None:
    """Rows of (id, codice fiscale, surname, name, employer), or None to take the full path."""
    if location is not None and is_postgres(location):
        return _pg_search(location, text, limit)
    return _sqlite_search(location, text, limit)
