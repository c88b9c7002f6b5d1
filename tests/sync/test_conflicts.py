"""The conflict inbox: what the welfare manager sees and decides, carried to every desk."""

from __future__ import annotations

import pytest

from tests.helpers import add_worker
from tests.sync.test_hub import _copies, _edit, _worker
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.conflicts import open_conflicts, resolve
from welfare_desk.sync.hub import sync_with_hub
from welfare_desk.sync.status import sync_state


def _conflicted(hub: Store, desks: list[Store]) -> tuple[Store, Store, object]:
    worker_id = add_worker(hub, surname="Galli", name="Anna").worker.id
    a, b = _copies(hub, desks, 2)
    _edit(a, Worker, worker_id, phone="0371 111111")
    _edit(b, Worker, worker_id, phone="0371 222222")
    for desk in (b, a, b):
        sync_with_hub(desk, hub)
    return a, b, worker_id


def test_the_inbox_shows_both_values_whose_and_about_whom(hub: Store, desks: list[Store]) -> None:
    a, _b, worker_id = _conflicted(hub, desks)

    with UnitOfWork(a) as uow:
        [shown] = open_conflicts(uow)

    assert shown.record == "Scheda del lavoratore — Galli Anna"
    assert shown.worker_id == worker_id
    assert shown.kept == [("Telefono", "0371 222222")]
    assert shown.other == [("Telefono", "0371 111111")]
    assert shown.what == "Lo stesso dato modificato su due postazioni"
    assert shown.can_take_other
    with UnitOfWork(a) as uow:
        state = sync_state(uow)
    assert (state.replica, state.pending, state.conflicts) == (True, 0, 1)
    assert state.last is not None


def test_taking_the_other_value_reaches_every_desk_and_closes_the_conflict(
    hub: Store, desks: list[Store]
) -> None:
    a, b, worker_id = _conflicted(hub, desks)
    with UnitOfWork(a) as uow:
        [shown] = open_conflicts(uow)
        resolve(uow, shown.id, shown.version, take_other=True)

    for desk in (a, b):
        sync_with_hub(desk, hub)

    for store in (hub, a, b):
        found = _worker(store, worker_id)  # type: ignore[arg-type]
        assert found is not None and found.phone == "0371 111111"
        with UnitOfWork(store) as uow:
            assert open_conflicts(uow) == []


def test_a_conflict_resolved_on_another_desk_cannot_be_resolved_again(
    hub: Store, desks: list[Store]
) -> None:
    a, b, _ = _conflicted(hub, desks)
    with UnitOfWork(b) as uow:
        [on_b] = open_conflicts(uow)
    with UnitOfWork(a) as uow:
        [on_a] = open_conflicts(uow)
        resolve(uow, on_a.id, on_a.version)
    sync_with_hub(a, hub)
    sync_with_hub(b, hub)

    with UnitOfWork(b) as uow, pytest.raises(Exception, match="risolto"):
        resolve(uow, on_b.id, on_b.version, take_other=True)


def test_a_store_that_is_no_replica_says_so(sqlite_store: Store) -> None:
    with UnitOfWork(sqlite_store) as uow:
        state = sync_state(uow)
    assert (state.replica, state.pending, state.conflicts) == (False, 0, 0)


def test_a_removed_record_cannot_take_the_other_value(hub: Store, desks: list[Store]) -> None:
    from datetime import date

    from tests.helpers import add_member
    from welfare_desk.store.models import HouseholdMember

    worker_id = add_worker(hub).worker.id
    member_id = add_member(hub, worker_id, "Giulia", date(2019, 5, 2))
    a, b = _copies(hub, desks, 2)
    with UnitOfWork(a) as uow:
        member = uow.get(HouseholdMember, member_id)
        assert member is not None
        uow.delete(member)
        uow.commit()
    _edit(b, HouseholdMember, member_id, disability="art3c3")
    for desk in (a, b):
        sync_with_hub(desk, hub)

    with UnitOfWork(b) as uow:
        [shown] = open_conflicts(uow)
        assert not shown.can_take_other
        with pytest.raises(InvalidInput, match="non si può riprendere"):
            resolve(uow, shown.id, shown.version, take_other=True)
