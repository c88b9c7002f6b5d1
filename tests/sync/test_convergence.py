"""Many desks, many orders of events (#20): desks create, edit and remove workers and their
families, synchronise, lose acknowledgements, lose the connection in the middle of a
push and run with their clocks two years off. After two full rounds of synchronisation
every replica holds what the hub holds, no record or operation exists twice, and every
change the hub acknowledged is there or in the conflict log."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from tests.conftest import _empty, copy_store, store_at
from tests.helpers import add_member, add_worker
from tests.sync.test_hub import _contents, _journal_ids
from welfare_desk.store import hub_sync
from welfare_desk.store.engine import Store
from welfare_desk.store.models import HouseholdMember, JournalEntry, SyncConflict, Worker
from welfare_desk.store.stamps import StampSource
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.hub import sync_with_hub

SITES = 3
YEAR_MS = 365 * 24 * 3600 * 1000
# few names, so that two desks now and then register the same person
PEOPLE = [("Rossi", "Maria"), ("Bianchi", "Luca"), ("Colombo", "Sara"), ("Ricci", "Paolo")]
FIELDS = ("phone", "email", "municipality")


class Lost(Exception):
    """The acknowledgement or the connection lost, on purpose."""


def _workers(store: Store) -> list[uuid.UUID]:
    with store.engine.connect() as connection:
        return sorted(connection.execute(select(Worker.id)).scalars())


def _members(store: Store) -> list[uuid.UUID]:
    with store.engine.connect() as connection:
        return sorted(connection.execute(select(HouseholdMember.id)).scalars())


def test_every_desk_ends_with_what_the_hub_holds(
    pg_store: Store, tmp_path: Path, blank_store: Path
) -> None:
    hub = pg_store
    runs = iter(range(10_000))

    class Desks(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            _empty(hub)
            run = next(runs)
            self.desks = [
                store_at(str(copy_store(blank_store, tmp_path / f"{run}-{n}.sqlite")))
                for n in range(SITES)
            ]
            for desk in self.desks:
                sync_with_hub(desk, hub)
            self.acknowledged: list[tuple[uuid.UUID, str, str, Any]] = []

        def teardown(self) -> None:
            try:
                for _ in range(2):
                    for desk in self.desks:
                        desk.stamps = StampSource()
                        sync_with_hub(desk, hub)
                expected = _contents(hub)
                for desk in self.desks:
                    assert _contents(desk) == expected
                ids = _journal_ids(hub)
                assert len(ids) == len(set(ids))
                self._acknowledged_writes_kept()
            finally:
                for desk in self.desks:
                    desk.close()

        def _acknowledged_writes_kept(self) -> None:
            """A value a desk saw acknowledged is on the hub, was changed after it, or is
            in the conflict log; a removed record may take its values with it."""
            with UnitOfWork(hub) as uow:
                lost = {
                    (c.entity_id, c.field, str(c.lost))
                    for c in uow.session.scalars(select(SyncConflict))
                }
                changed_later = {
                    (e.entity_id, key)
                    for e in uow.session.scalars(select(JournalEntry))
                    for key in (e.changes or {})
                }
                for worker_id, field, value, _ in self.acknowledged:
                    worker = uow.get(Worker, worker_id)
                    if worker is None or getattr(worker, field) == value:
                        continue
                    assert (worker_id, field) in changed_later or (
                        worker_id,
                        field,
                        str(value),
                    ) in lost

        @invariant()
        def no_person_twice(self) -> None:
            for desk in self.desks:
                with desk.engine.connect() as connection:
                    codes = list(connection.execute(select(Worker.codice_fiscale)).scalars())
                assert len(codes) == len(set(codes))

        @rule(site=st.integers(0, SITES - 1), person=st.sampled_from(PEOPLE))
        def register(self, site: int, person: tuple[str, str]) -> None:
            desk = self.desks[site]
            surname, name = person
            with desk.engine.connect() as connection:
                taken = connection.execute(
                    select(Worker.id).where(Worker.surname == surname, Worker.name == name)
                ).first()
            if taken is None:
                add_worker(desk, surname=surname, name=name)

        @rule(
            site=st.integers(0, SITES - 1),
            pick=st.integers(0, 50),
            field=st.sampled_from(FIELDS),
            value=st.sampled_from(["A", "B", "C", None]),
        )
        def edit(self, site: int, pick: int, field: str, value: str | None) -> None:
            desk = self.desks[site]
            workers = _workers(desk)
            if not workers:
                return
            worker_id = workers[pick % len(workers)]
            with UnitOfWork(desk) as uow:
                worker = uow.get(Worker, worker_id)
                assert worker is not None
                setattr(worker, field, value)
                uow.commit()

        @rule(site=st.integers(0, SITES - 1), pick=st.integers(0, 50))
        def add_child(self, site: int, pick: int) -> None:
            desk = self.desks[site]
            workers = _workers(desk)
            if workers:
                add_member(desk, workers[pick % len(workers)], f"Figlio{pick}", date(2018, 1, 2))

        @rule(site=st.integers(0, SITES - 1), pick=st.integers(0, 50))
        def remove_child(self, site: int, pick: int) -> None:
            desk = self.desks[site]
            members = _members(desk)
            if not members:
                return
            with UnitOfWork(desk) as uow:
                member = uow.get(HouseholdMember, members[pick % len(members)])
                assert member is not None
                uow.delete(member)
                uow.commit()

        @rule(site=st.integers(0, SITES - 1), pick=st.integers(0, 50))
        def remove_worker(self, site: int, pick: int) -> None:
            desk = self.desks[site]
            workers = _workers(desk)
            if not workers:
                return
            with UnitOfWork(desk) as uow:
                worker = uow.get(Worker, workers[pick % len(workers)])
                assert worker is not None
                uow.delete(worker)
                uow.commit()

        @rule(site=st.integers(0, SITES - 1))
        def synchronise(self, site: int) -> None:
            desk = self.desks[site]
            with desk.engine.connect() as connection:
                waiting = hub_sync.outbox(connection, 10_000)
            sync_with_hub(desk, hub)
            self._note(waiting)

        def _note(self, ops: list[Any]) -> None:
            for op in ops:
                if op.entity == "worker" and op.action == "update":
                    for key, change in op.changes.items():
                        if key in FIELDS:
                            self.acknowledged.append((op.entity_id, key, change[1], op.id))

        @rule(site=st.integers(0, SITES - 1))
        def acknowledgement_lost(self, site: int) -> None:
            desk = self.desks[site]
            with desk.engine.connect() as connection:
                waiting = hub_sync.outbox(connection, 10_000)
            real = hub_sync.acknowledge

            def lost(*_args: Any) -> None:
                raise Lost

            hub_sync.acknowledge = lost  # type: ignore[assignment]
            try:
                sync_with_hub(desk, hub)
            except Lost:
                pass
            finally:
                hub_sync.acknowledge = real
            self._note(waiting)

        @rule(site=st.integers(0, SITES - 1))
        def connection_lost_mid_push(self, site: int) -> None:
            real = hub_sync.apply_merging

            def cut(*_args: Any, **_kwargs: Any) -> Any:
                raise OperationalError("push", {}, Lost())

            hub_sync.apply_merging = cut  # type: ignore[assignment]
            try:
                sync_with_hub(self.desks[site], hub)
            except OperationalError:
                pass
            finally:
                hub_sync.apply_merging = real

        @rule(site=st.integers(0, SITES - 1), years=st.sampled_from([-2, 0, 2]))
        def clock_skewed(self, site: int, years: int) -> None:
            base = StampSource()._wall_ms

            def wall() -> int:
                return int(base()) + years * YEAR_MS

            self.desks[site].stamps = StampSource(wall)

    run_state_machine_as_test(
        Desks,
        settings=settings(
            max_examples=40,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
