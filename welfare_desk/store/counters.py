"""Per-store counters: case and voucher numbers, the catalogue's revision.

The row lock makes two desks counting at once get two values, never the same one.
"""

from __future__ import annotations

from sqlalchemy import or_, select

from welfare_desk.domain.numbers import MARK
from welfare_desk.store.feed import HUB_KEY, REFERENCE_KEY
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import StoreMeta
from welfare_desk.store.uow import UnitOfWork


def next_counter(uow: UnitOfWork, key: str) -> int:
    uow.ensure_meta(key, "0")
    counter = uow.session.execute(
        select(StoreMeta).where(StoreMeta.key == key).with_for_update()
    ).scalar_one()
    counter.value = str(int(counter.value) + 1)
    uow.flush()
    return int(counter.value)


def provisional_mark(uow: UnitOfWork) -> str:
    """ "P" on a desk's replica, whose case, request and voucher numbers are provisional
    until the hub (or a shared folder's reference desk) gives its own (`domain.numbers`);
    "" on a store that is the truth."""
    found = set(
        uow.session.scalars(
            select(StoreMeta.key).where(StoreMeta.key.in_((HUB_KEY, REFERENCE_KEY)))
        )
    )
    return MARK if HUB_KEY in found and REFERENCE_KEY not in found else ""


def read_counter(uow: UnitOfWork, key: str) -> int:
    value = uow.session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))
    return int(value) if value else 0


def stamp(uow: UnitOfWork, key: str) -> None:
    """Marks a change with a fresh value that no other store or moment can share, so a
    cache keyed on it is never mistaken for another store's."""
    uow.ensure_meta(key, "")
    row = uow.session.get(StoreMeta, key)
    assert row is not None
    row.value = str(new_id())


def read_stamp(uow: UnitOfWork, key: str) -> str | None:
    return uow.session.scalar(select(StoreMeta.value).where(StoreMeta.key == key))


def counters_starting(uow: UnitOfWork, *prefixes: str) -> dict[str, int]:
    """Every counter whose key starts with one of `prefixes`, by key."""
    rows = uow.session.execute(
        select(StoreMeta.key, StoreMeta.value).where(
            or_(*(StoreMeta.key.startswith(prefix) for prefix in prefixes))
        )
    )
    return {key: int(value or 0) for key, value in rows}


def set_counter(uow: UnitOfWork, key: str, value: int) -> None:
    """Sets a counter outright: for a generator that has just given the numbers itself."""
    uow.ensure_meta(key, "0")
    row = uow.session.get(StoreMeta, key)
    assert row is not None
    row.value = str(value)


def raise_counter(uow: UnitOfWork, key: str, at_least: int) -> None:
    """Brings a counter up to `at_least`, never down: numbers are never given twice."""
    uow.ensure_meta(key, "0")
    row = uow.session.get(StoreMeta, key)
    assert row is not None
    row.value = str(max(int(row.value or 0), at_least))
