"""The store's secret for the cell key method (`domain.disclosure`): made once, shared by
every desk on the store, never printed nor journaled."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from sqlalchemy import select

from welfare_desk.domain.disclosure import FIRST, METHODS, Method, record_key
from welfare_desk.errors import InvalidInput
from welfare_desk.store.cell_keys import SECRET
from welfare_desk.store.counters import read_stamp
from welfare_desk.store.models import StoreMeta
from welfare_desk.store.uow import UnitOfWork

METHOD_KEY = "disclosure_method"


class RecordKeys:
    """Each record's key, from the store's secret, and the table the store prints with."""

    def __init__(self, secret: bytes, method: Method) -> None:
        self.secret = secret
        self.method = method
        self.known: dict[uuid.UUID | str, int] = {}  # a worker is keyed in many tables

    def __call__(self, record: uuid.UUID | str) -> int:
        """The same record gives the same key, read as a UUID or as the database's text."""
        found = self.known.get(record)
        if found is None:
            if isinstance(record, str):
                found = record_key(self.secret, bytes.fromhex(record.replace("-", "")))
            else:
                found = record_key(self.secret, record)
            self.known[record] = found
        return found


def record_keys(uow: UnitOfWork) -> RecordKeys:
    secret = read_stamp(uow, SECRET) or _made_apart(uow)
    return RecordKeys(bytes.fromhex(secret), store_method(uow))


def store_method(uow: UnitOfWork) -> Method:
    """The table this store prints every count with, fixed when the store was made
    (revision 0029): two tables drawing from the same keys would give pairs of numbers
    that only one small count can make."""
    return method_named(read_stamp(uow, METHOD_KEY) or FIRST.name)  # unknown: the first


def method_named(name: str) -> Method:
    """A table by its name, as a store or frozen figures keep it; one this desk does not
    know was written by a newer one."""
    if name not in METHODS:
        raise InvalidInput(
            f"L'archivio stampa i conteggi con il metodo «{name}», di una versione più "
            "recente del programma: aggiornare il programma per stampare i prospetti."
        )
    return METHODS[name]


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
