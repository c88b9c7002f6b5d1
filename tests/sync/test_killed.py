"""A desk's process killed (kill -9) at the worst moments of a synchronisation and of a
change: nothing is lost, nothing is applied twice."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import store_at, store_env
from tests.helpers import add_worker
from tests.sync.test_hub import _edit, _journal_ids, _worker
from welfare_desk.store.engine import Store
from welfare_desk.store.models import JournalEntry, SyncOutbox, Worker
from welfare_desk.sync.hub import sync_with_hub

ROOT = Path(__file__).resolve().parents[2]


def _killed(script: str, store: str, *args: str) -> int:
    """Runs `script` in a process of its own, as the desk would, until it kills itself."""
    prelude = textwrap.dedent(
        """
        import os, signal, sys
        sys.path.insert(0, ROOT)
        from tests.conftest import store_at
        def die(*_args, **_kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        """
    ).replace("ROOT", repr(str(ROOT)))
    done = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(script), store, *args],
        env=store_env(Path(store)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    return done.returncode


def test_killed_after_the_hub_committed_and_before_the_acknowledgement(
    hub: Store, desks: list[Store], pg_database_url: str
) -> None:
    worker_id = add_worker(hub).worker.id
    desk = desks[0]
    sync_with_hub(desk, hub)
    _edit(desk, Worker, worker_id, phone="0371 111111")
    path = str(desk.target.sqlite_path)
    desk.close()

    code = _killed(
        """
        from welfare_desk.store import hub_sync
        from welfare_desk.sync.hub import sync_with_hub
        hub_sync.acknowledge = die
        sync_with_hub(store_at(sys.argv[1]), store_at(sys.argv[2]))
        """,
        path,
        pg_database_url,
    )

    assert code == -signal.SIGKILL
    found = _worker(hub, worker_id)
    assert found is not None and found.phone == "0371 111111"  # the hub has it
    again = store_at(path)
    try:
        report = sync_with_hub(again, hub)
        assert (report.pushed, report.replayed, report.pending) == (0, 1, 0)
        ids = _journal_ids(hub)
        assert len(ids) == len(set(ids))
    finally:
        again.close()


def test_killed_in_the_middle_of_a_change_leaves_neither_the_change_nor_its_outbox(
    hub: Store, desks: list[Store]
) -> None:
    worker_id = add_worker(hub).worker.id
    desk = desks[0]
    sync_with_hub(desk, hub)
    path = str(desk.target.sqlite_path)
    with desk.engine.connect() as connection:
        journaled = connection.execute(select(func.count()).select_from(JournalEntry)).scalar()
    desk.close()

    code = _killed(
        """
        import uuid
        from sqlalchemy import event
        from welfare_desk.store.models import Worker
        from welfare_desk.store.uow import UnitOfWork
        store = store_at(sys.argv[1])
        with UnitOfWork(store) as uow:
            worker = uow.get(Worker, uuid.UUID(sys.argv[2]))
            worker.phone = "0371 999999"
            uow.flush()  # the row, its journal and its outbox written, not committed
            die()
        """,
        path,
        str(worker_id),
    )

    assert code == -signal.SIGKILL
    again = store_at(path)
    try:
        found = _worker(again, worker_id)
        assert found is not None and found.phone is None
        with again.engine.connect() as connection:
            assert (
                connection.execute(select(func.count()).select_from(JournalEntry)).scalar()
                == journaled
            )
            assert connection.execute(select(func.count()).select_from(SyncOutbox)).scalar() == 0
        assert sync_with_hub(again, hub).pushed == 0
    finally:
        again.close()
