"""The desk's connections to PostgreSQL: a unit of work that follows another at once
does not ask the server whether it is still there (a round trip per unit of work, a
third of a worker's record), and one that follows a pause does, so that a server
restarted meanwhile costs nothing but a new connection."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.helpers import add_worker
from welfare_desk.registry.workers import search_workers
from welfare_desk.store import engine as engine_module
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def _pings(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    dialect: Any = store.engine.dialect
    ping = dialect.do_ping

    def counted(connection: Any) -> bool:
        pings.append(1)
        return bool(ping(connection))

    monkeypatch.setattr(dialect, "do_ping", counted)
    return pings


def test_units_of_work_in_a_row_do_not_ping_the_server(
    pg_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_worker(pg_store)
    pings = _pings(pg_store, monkeypatch)
    for _ in range(5):
        with UnitOfWork(pg_store) as uow:
            assert search_workers(uow, "", limit=5)
    assert pings == []


def test_after_a_pause_a_connection_the_server_dropped_is_replaced_unseen(
    pg_store: Store, pg_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_worker(pg_store)
    with UnitOfWork(pg_store) as uow:
        assert search_workers(uow, "", limit=5)
    # the server drops the desk's idle connections (a restart, a network device)
    # (only this run's database: other tests and desks share the server)
    url = pg_database_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as admin:
        dropped = admin.execute(  # waits up to 5 s for each to be gone
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = 'welfare-desk' "
            "AND pid <> pg_backend_pid()"
        ).fetchall()
    assert dropped and all(ok for (ok,) in dropped)
    pings = _pings(pg_store, monkeypatch)
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)  # the pause
    with UnitOfWork(pg_store) as uow:
        assert search_workers(uow, "", limit=5)
    assert pings
