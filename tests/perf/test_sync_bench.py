"""#20: a desk's replica against the programme's hub, on the full demo on PostgreSQL: the
first copy, a synchronisation with nothing to do, and a push of 10,000 changes."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from sqlalchemy import event, select

from tests.conftest import store_at
from tests.perf.conftest import WORKERS, Figures
from welfare_desk.store import hub_sync
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.hub import sync_with_hub
from welfare_desk.sync.queries import reindex

CHANGES = 10_000


def _statements(*stores: Store) -> list[int]:
    counted = [0]

    def count(*_args: object) -> None:
        counted[0] += 1

    for store in stores:
        event.listen(store.engine, "before_cursor_execute", count)
    return counted


def test_a_desk_copies_the_hub_syncs_with_nothing_to_do_and_pushes_ten_thousand_changes(
    demo_postgresql: Store, tmp_path: Path, figures: Figures
) -> None:
    desk = store_at(str(tmp_path / "replica.sqlite"))
    try:
        started = time.perf_counter()
        first = sync_with_hub(desk, demo_postgresql)
        seconds = time.perf_counter() - started
        assert first.first
        figures.record("sync_first_pull_seconds", seconds, "s", 30 * WORKERS / 50_000)

        idle: list[float] = []
        counted = _statements(desk, demo_postgresql)
        for _ in range(11):
            started = time.perf_counter()
            report = sync_with_hub(desk, demo_postgresql)
            idle.append(time.perf_counter() - started)
            assert (report.pushed, report.pulled) == (0, 0)
        figures.record("sync_nothing_to_do_ms", statistics.median(idle) * 1000, "ms", 100)
        figures.record("sync_nothing_to_do_statements", counted[0] / len(idle), "", 16)

        with UnitOfWork(desk) as uow:
            workers = list(uow.session.scalars(select(Worker).limit(CHANGES)))
            for index, worker in enumerate(workers):
                worker.phone = f"0371 {index:06d}"
            uow.commit()
        report = hub_sync.SyncReport()
        started = time.perf_counter()
        hub_sync.push(desk, demo_postgresql, report, reindex=reindex)
        figures.record("sync_push_10000_seconds", time.perf_counter() - started, "s", 3)
        assert report.pushed == CHANGES
        started = time.perf_counter()
        back = sync_with_hub(desk, demo_postgresql)
        figures.record("sync_pull_10000_back_seconds", time.perf_counter() - started, "s", 3)
        assert back.pulled == 0  # its own changes come back and are not journaled twice
    finally:
        desk.close()
