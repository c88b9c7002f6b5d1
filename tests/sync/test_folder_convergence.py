"""Desks sharing a folder and no server, many orders of events (#20): they create, edit and
remove workers and their families, synchronise, die between writing a file and marking it
sent, read while the share has not yet brought another desk's newest file, and run with
their clocks two years off. After two full rounds every desk holds the same, no person
is registered twice, no change is journaled twice, and every change a desk wrote to the
folder is there, was changed after, or is in the conflict log."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from tests.conftest import copy_store, store_at
from tests.helpers import add_member, add_worker
from tests.sync.test_convergence import FIELDS, PEOPLE, YEAR_MS, Lost, _members, _workers
from tests.sync.test_folder import PHRASE, _contents
from welfare_desk.store import folder_sync
from welfare_desk.store.changesets import CHANGES
from welfare_desk.store.engine import Store
from welfare_desk.store.models import (
    HouseholdMember,
    JournalEntry,
    StoreMeta,
    SyncConflict,
    Worker,
)
from welfare_desk.store.replication import outbox
from welfare_desk.store.stamps import SITE_KEY, StampSource
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.folder import sync_with_folder

SITES = 3


def test_every_desk_ends_with_the_same_records(tmp_path: Path, blank_store: Path) -> None:
    runs = iter(range(10_000))

    class Desks(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            run = next(runs)
            self.folder = tmp_path / f"{run}-cartella"
            self.folder.mkdir()
            self.desks = [
                store_at(str(copy_store(blank_store, tmp_path / f"{run}-{n}.sqlite")))
                for n in range(SITES)
            ]
            for desk in self.desks:
                sync_with_folder(desk, self.folder, PHRASE)
            self.written: list[tuple[uuid.UUID, str, Any]] = []

        def teardown(self) -> None:
            try:
                for _ in range(2):
                    for desk in self.desks:
                        desk.stamps = StampSource()
                        sync_with_folder(desk, self.folder)
                expected = _contents(self.desks[0])
                for desk in self.desks[1:]:
                    assert _contents(desk) == expected
                for desk in self.desks:
                    with desk.engine.connect() as connection:
                        ids = list(connection.execute(select(JournalEntry.id)).scalars())
                    assert len(ids) == len(set(ids))
                self._written_changes_kept()
            finally:
                for desk in self.desks:
                    desk.close()

        def _written_changes_kept(self) -> None:
            desk = self.desks[0]
            with UnitOfWork(desk) as uow:
                conflicts = list(uow.session.scalars(select(SyncConflict)))
                lost = {(c.entity_id, c.field, str(c.lost)) for c in conflicts}
                lost_records = {c.entity_id for c in conflicts if c.field is None}
                changes = {
                    (e.entity_id, key)
                    for e in uow.session.scalars(select(JournalEntry))
                    for key in (e.changes or {})
                }
                for worker_id, field, value in self.written:
                    worker = uow.get(Worker, worker_id)
                    if worker is None or getattr(worker, field) == value:
                        continue
                    assert (
                        (worker_id, field) in changes
                        or (worker_id, field, str(value)) in lost
                        or worker_id in lost_records
                    )

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
            with UnitOfWork(desk) as uow:
                worker = uow.get(Worker, workers[pick % len(workers)])
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
            self._remove(site, _members, pick)

        @rule(site=st.integers(0, SITES - 1), pick=st.integers(0, 50))
        def remove_worker(self, site: int, pick: int) -> None:
            self._remove(site, _workers, pick)

        def _remove(self, site: int, listed: Any, pick: int) -> None:
            desk = self.desks[site]
            ids = listed(desk)
            if not ids:
                return
            model = Worker if listed is _workers else HouseholdMember
            with UnitOfWork(desk) as uow:
                record = uow.get(model, ids[pick % len(ids)])
                assert record is not None
                uow.delete(record)
                uow.commit()

        @rule(site=st.integers(0, SITES - 1))
        def synchronise(self, site: int) -> None:
            desk = self.desks[site]
            self._note(desk)
            sync_with_folder(desk, self.folder)

        def _note(self, desk: Store) -> None:
            with desk.engine.connect() as connection:
                for op in outbox(connection, 10_000):
                    if op.entity == "worker" and op.action == "update":
                        for key, change in op.changes.items():
                            if key in FIELDS:
                                self.written.append((op.entity_id, key, change[1]))

        @rule(site=st.integers(0, SITES - 1))
        def dies_after_writing_its_file(self, site: int) -> None:
            desk = self.desks[site]
            self._note(desk)
            real = folder_sync.acknowledge

            def lost(*_args: Any) -> None:
                raise Lost

            folder_sync.acknowledge = lost  # type: ignore[assignment]
            try:
                sync_with_folder(desk, self.folder)
            except Lost:
                pass
            finally:
                folder_sync.acknowledge = real

        @rule(site=st.integers(0, SITES - 1), other=st.integers(0, SITES - 1))
        def reads_before_the_share_brings_a_file(self, site: int, other: int) -> None:
            # another desk's newest file, not yet brought by the share (a desk's own
            # files are on its own disk)
            root = self.folder / CHANGES
            with self.desks[site].engine.connect() as connection:
                own = connection.execute(
                    select(StoreMeta.value).where(StoreMeta.key == SITE_KEY)
                ).scalar()
            runs = [r for r in sorted(root.iterdir()) if r.name != own] if root.exists() else []
            files = sorted(runs[other % len(runs)].glob("*.wdc")) if runs else []
            if not files:
                return
            hidden = files[-1].with_name(".hidden.tmp")
            files[-1].rename(hidden)
            try:
                sync_with_folder(self.desks[site], self.folder)
            finally:
                hidden.rename(files[-1])

        @rule(site=st.integers(0, SITES - 1), years=st.sampled_from([-2, 0, 2]))
        def clock_skewed(self, site: int, years: int) -> None:
            base = StampSource()._wall_ms

            def wall() -> int:
                return int(base()) + years * YEAR_MS

            self.desks[site].stamps = StampSource(wall)

    run_state_machine_as_test(
        Desks,
        settings=settings(
            max_examples=int(os.environ.get("FOLDER_EXAMPLES", "40")),
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
