"""A laptop that carries only the people of its welfare manager's social points (#20):
the first copy, what arrives after, and workers who come to the points or leave them."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import String, cast, select

from tests.helpers import add_member, add_worker
from tests.sync.test_hub import _edit, _worker
from welfare_desk.registry.workers import search_workers
from welfare_desk.store.engine import Store
from welfare_desk.store.models import HouseholdMember, JournalEntry, SocialPoint, Worker
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.hub import SyncRefused, sync_with_hub


def _point(hub: Store, code: str, organization_id: uuid.UUID) -> uuid.UUID:
    with UnitOfWork(hub) as uow:
        point = SocialPoint(code=code, name=f"Sportello {code}", organization_id=organization_id)
        uow.add(point)
        uow.commit()
        return point.id


def _members(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.execute(select(HouseholdMember.name)).scalars())


def _journal_mentions(store: Store, *ids: uuid.UUID) -> int:
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(JournalEntry.entity_id, cast(JournalEntry.changes, String))
        ).all()
    return sum(
        1 for entity_id, text in rows if entity_id in ids or any(str(i) in text for i in ids)
    )


def _found(store: Store, text: str) -> list[str]:
    with UnitOfWork(store) as uow:
        return [w.surname for w in search_workers(uow, text)]


def test_a_laptop_carries_only_the_people_of_its_points(hub: Store, desks: list[Store]) -> None:
    rossi = add_worker(hub, surname="Rossi").worker
    bianchi = add_worker(hub, surname="Bianchi").worker
    employer = _worker(hub, rossi.id).organization_id  # type: ignore[union-attr]
    here = _point(hub, "SP01", employer)
    there = _point(hub, "SP02", employer)
    _edit(hub, Worker, rossi.id, social_point_id=here)
    _edit(hub, Worker, bianchi.id, social_point_id=there)
    add_member(hub, rossi.id, "Giulia", date(2019, 5, 2))
    other_child = add_member(hub, bianchi.id, "Marco", date(2018, 4, 1))
    laptop = desks[0]

    report = sync_with_hub(laptop, hub, points=["SP01"])

    assert report.first
    assert _worker(laptop, rossi.id) is not None and _worker(laptop, bianchi.id) is None
    assert _members(laptop) == {"Giulia"}
    assert _found(laptop, "bian") == [] and _found(laptop, "ross") == ["Rossi"]
    # nothing of the others in the history either
    assert _journal_mentions(laptop, bianchi.id, other_child) == 0

    # what the hub gets later: only what belongs to the laptop's points arrives
    add_member(hub, rossi.id, "Sara", date(2021, 2, 3))
    add_member(hub, bianchi.id, "Luca", date(2020, 1, 1))
    verdi = add_worker(hub, surname="Verdi").worker
    _edit(hub, Worker, verdi.id, social_point_id=there)
    _edit(laptop, Worker, rossi.id, phone="0371 555555")  # and what it does goes out
    sync_with_hub(laptop, hub)
    assert _members(laptop) == {"Giulia", "Sara"}
    assert _worker(laptop, verdi.id) is None
    assert _worker(hub, rossi.id).phone == "0371 555555"  # type: ignore[union-attr]

    # a worker who comes to the points arrives with their family; one who leaves goes
    _edit(hub, Worker, bianchi.id, social_point_id=here)
    _edit(hub, Worker, rossi.id, social_point_id=there)
    sync_with_hub(laptop, hub)
    assert _worker(laptop, bianchi.id) is not None and _worker(laptop, rossi.id) is None
    assert _members(laptop) == {"Marco", "Luca"}
    assert _found(laptop, "bian") == ["Bianchi"] and _found(laptop, "ross") == []
    assert _journal_mentions(laptop, rossi.id) == 0
    assert _journal_mentions(laptop, bianchi.id) > 0  # their history came with them


def test_points_are_chosen_at_the_first_copy_and_must_exist(hub: Store, desks: list[Store]) -> None:
    add_worker(hub, surname="Rossi")
    with pytest.raises(SyncRefused, match="SP99"):
        sync_with_hub(desks[0], hub, points=["SP99"])
    sync_with_hub(desks[0], hub)
    with pytest.raises(SyncRefused, match="prima copia"):
        sync_with_hub(desks[0], hub, points=["SP01"])
