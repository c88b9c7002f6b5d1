"""Benchmarks on 50,000 demo workers (WELFARE_DESK_BENCH_WORKERS for another size, e.g.
200000), on the demo at the programme's full proportions: run with `make bench`, never
by `make test`."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import TODAY
from welfare_desk.store.engine import Store

WORKERS = int(os.environ.get("WELFARE_DESK_BENCH_WORKERS", "50000"))
RESULTS = Path(__file__).parent / "results.json"


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


class Figures:
    def __init__(self) -> None:
        self.values: dict[str, float] = {}

    def record(self, name: str, value: float, unit: str, target: float) -> None:
        self.values[name] = round(value, 4)
        mark = "ok" if value <= target else "OVER TARGET"
        print(f"\n{name}: {value:.4g} {unit} (target ≤ {target:g} {unit}) {mark}")


@pytest.fixture(scope="session")
def figures() -> Iterator[Figures]:
    collected = Figures()
    yield collected
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    previous.update(collected.values)
    previous["workers"] = WORKERS
    RESULTS.write_text(json.dumps(previous, indent=2, sort_keys=True) + "\n")


@pytest.fixture(scope="session")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory, figures: Figures) -> Path:
    """A full 50,000-worker SQLite store (`demo --full`: about 500,000 contacts and
    100,000 paths), made once through the command line and timed."""
    from welfare_desk.cli import main

    path = tmp_path_factory.mktemp("bench") / "demo.sqlite"
    assert main(["--db", str(path), "--today", TODAY.isoformat(), "init"]) == 0
    started = time.perf_counter()
    day = TODAY.isoformat()
    assert (
        main(
            [
                *("--db", str(path), "--today", day),
                *("demo", "--workers", str(WORKERS), "--seed", "1", "--full"),
            ]
        )
        == 0
    )
    figures.record("demo_full_seconds", time.perf_counter() - started, "s", 90 * WORKERS / 50_000)
    return path


@contextmanager
def bench_database() -> Iterator[str]:
    """The address of a PostgreSQL database of the benchmark's own, dropped after."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    url = os.environ.get("WELFARE_DESK_TEST_PG_URL")
    if not url:
        pytest.skip("WELFARE_DESK_TEST_PG_URL is not set")
    name = f"welfare_desk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        yield make_url(url).set(database=name).render_as_string(False)
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def demo_postgresql(figures: Figures) -> Iterator[Store]:
    """The same full demo on a PostgreSQL database of the run's own, made once and timed,
    dropped at the end."""
    from tests.conftest import store_at
    from welfare_desk.demo.generate import generate
    from welfare_desk.store.maintenance import after_bulk_load
    from welfare_desk.store.uow import UnitOfWork

    with bench_database() as url:
        store = store_at(url)
        try:
            started = time.perf_counter()
            with UnitOfWork(store) as uow:
                generate(uow, WORKERS, seed=1, full=True)
            after_bulk_load(store)
            seconds = time.perf_counter() - started
            figures.record("demo_full_seconds_postgresql", seconds, "s", 150 * WORKERS / 50_000)
            yield store
        finally:
            store.close()
