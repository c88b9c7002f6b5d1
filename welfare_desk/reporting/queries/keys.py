"""The store's secret for the cell key method (`domain.disclosure`): made once, shared by
every desk on the store, never printed nor journaled."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from welfare_desk.domain.disclosure import record_key
from welfare_desk.store.counters import read_stamp
from welfare_desk.store.models import StoreMeta
from welfare_desk.store.uow import UnitOfWork

SECRET = "disclosure_secret"


def record_keys(uow: UnitOfWork) -> Callable[[uuid.UUID | str], int]:
    """Each record's key, from the store's secret."""
    secret = read_stamp(uow, SECRET) or _made_apart(uow)
    raw = bytes.fromhex(secret)
    known: dict[uuid.UUID | str, int] = {}  # a worker is keyed in many tables of a summary

    def key(record: uuid.UUID | str) -> int:
        """The same record gives the same key, read as a UUID or as the database's text."""
        found = known.get(record)
        if found is None:
            if isinstance(record, str):
                found = record_key(raw, bytes.fromhex(record.replace("-", "")))
            else:
                found = record_key(raw, record)
            known[record] = found
        return found

    return key


def ensure_secret(uow: UnitOfWork) -> None:
    """The secret made, if missing, before a report writes anything: the unit of work's
    snapshot is begun again after it, since SQLite lets no stale snapshot write."""
    if not read_stamp(uow, SECRET):
        uow.session.rollback()  # nothing is written yet: only reads are let go
        _made_apart(uow)


def _made_apart(uow: UnitOfWork) -> str:
    """The secret made in a transaction of its own, committed whatever the caller does: a
    secret rolled back with a report that is never committed would draw fresh noise at
    every export, and averaging exports would give the counts. Stores have one from
    their creation (revision 0027); this is for one emptied by hand."""
    with uow.store.engine.begin() as connection:
        statement = _upsert(uow.dialect)(StoreMeta).values(key=SECRET, value=secrets.token_hex(32))
        connection.execute(statement.on_conflict_do_nothing())
        made = connection.scalar(select(StoreMeta.value).where(StoreMeta.key == SECRET))
    assert made
    return str(made)


def _upsert(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    return insert
