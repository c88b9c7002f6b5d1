"""The store's secret for the cell key method (`domain.disclosure`): made once, shared by
every desk on the store, never printed nor journaled."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable

from welfare_desk.domain.disclosure import record_key
from welfare_desk.store.counters import read_stamp
from welfare_desk.store.uow import UnitOfWork

SECRET = "disclosure_secret"


def record_keys(uow: UnitOfWork) -> Callable[[uuid.UUID | str], int]:
    """Each record's key, from the store's secret."""
    secret = read_stamp(uow, SECRET)
    if not secret:
        uow.ensure_meta(SECRET, secrets.token_hex(32))
        secret = read_stamp(uow, SECRET)
    assert secret
    raw = bytes.fromhex(secret)

    def key(record: uuid.UUID | str) -> int:
        """The same record gives the same key, read as a UUID or as the database's text."""
        if isinstance(record, str):
            return record_key(raw, bytes.fromhex(record.replace("-", "")))
        return record_key(raw, record)

    return key
