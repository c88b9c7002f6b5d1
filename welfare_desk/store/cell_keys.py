"""Each counted record's key for the cell key method (`domain.disclosure`), kept in its
row when it is written: a quarter is then counted by the database, a count and a sum of
keys per cell, and not by turning every record of the quarter into a key in Python,
which grew with the store."""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welfare_desk.domain.disclosure import record_key
from welfare_desk.store.models import StoreMeta

SECRET = "disclosure_secret"
_KNOWN = "cell_secret"  # where a session keeps the secret once read


def session_secret(session: Session) -> bytes:
    """The store's secret, read once per unit of work; made in the same transaction if
    the store has none (one emptied by hand): the records keyed with it roll back with
    it."""
    found: bytes | None = session.info.get(_KNOWN)
    if found is None:
        found = bytes.fromhex(_read_or_make(session))
        session.info[_KNOWN] = found
    return found


def forget_secret(session: Session) -> None:
    """After a rollback: a secret made in the transaction rolled back with it, so the next
    record is keyed with the one the store keeps (read, or made, again)."""
    session.info.pop(_KNOWN, None)


def key_of(secret: bytes, record_id: uuid.UUID | str) -> int:
    if isinstance(record_id, str):
        return record_key(secret, bytes.fromhex(record_id.replace("-", "")))
    return record_key(secret, record_id)


def _read_or_make(session: Session) -> str:
    read = select(StoreMeta.value).where(StoreMeta.key == SECRET)
    with session.no_autoflush:  # asked for in the middle of a flush, or before one
        found = session.scalar(read)
        if found:
            return str(found)
        session.execute(_upsert(session).values(key=SECRET, value=secrets.token_hex(32)))
        made = session.scalar(read)
    assert made
    return str(made)


def _upsert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    return insert(StoreMeta).on_conflict_do_nothing()
