"""The figures issue #2 asks for, measured on this machine."""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import store_at
from tests.perf.conftest import WORKERS, Figures, p95
from welfare_desk.registry.workers import search_workers
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def _typed_queries(store: Store, count: int = 200) -> list[str]:
    """What a manager types, letter by letter: prefixes of real surnames, names and codes."""
    rng = random.Random(11)
    with UnitOfWork(store) as uow:
        sample = search_workers(uow, "", limit=2000, offset=rng.randrange(WORKERS - 2000))
    queries: list[str] = []
    while len(queries) < count:
        hit = rng.choice(sample)
        kind = rng.random()
        if kind < 0.5:
            word = hit.surname
        elif kind < 0.7:
            word = f"{hit.surname} {hit.name}"
        elif kind < 0.85:
            word = hit.codice_fiscale
        else:
            word = hit.organization
        queries.append(word[: rng.randrange(1, min(len(word), 12) + 1)])
    return queries


def _search_p95(store: Store) -> float:
    queries = _typed_queries(store)
    timings: list[float] = []
    for query in queries:
        started = time.perf_counter()
        with UnitOfWork(store) as uow:
            search_workers(uow, query, limit=50)
        timings.append((time.perf_counter() - started) * 1000)
    return p95(timings)


def test_search_p95_sqlite(demo_sqlite: Path, figures: Figures) -> None:
    store = store_at(str(demo_sqlite))
    try:
        value = _search_p95(store)
    finally:
        store.close()
    figures.record("search_p95_ms_sqlite", value, "ms", 10)
    assert value <= 10


def test_search_p95_postgresql(figures: Figures) -> None:
    import os

    import psycopg
    from sqlalchemy.engine import make_url

    from welfare_desk.demo.generate import generate
    from welfare_desk.store.maintenance import after_bulk_load

    url = os.environ.get("WELFARE_DESK_TEST_PG_URL")
    if not url:
        pytest.skip("WELFARE_DESK_TEST_PG_URL is not set")
    name = f"welfare_desk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        store = store_at(make_url(url).set(database=name).render_as_string(False))
        try:
            started = time.perf_counter()
            with UnitOfWork(store) as uow:
                generate(uow, WORKERS, seed=1)
            after_bulk_load(store)
            figures.record("demo_50k_seconds_postgresql", time.perf_counter() - started, "s", 120)
            value = _search_p95(store)
        finally:
            store.close()
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]
    figures.record("search_p95_ms_postgresql", value, "ms", 10)
    assert value <= 10


def _spreadsheet(path: Path, rows: int) -> None:
    from datetime import date, timedelta

    from openpyxl import Workbook

    from welfare_desk.demo import names
    from welfare_desk.domain.codice_fiscale import encode, omocode

    rng = random.Random(3)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Dipendenti")
    sheet.append(["Anagrafica dipendenti al 30/09/2026"])
    sheet.append([])
    sheet.append(
        ["Codice Fiscale", "Cognome", "Nome", "Data di nascita", "Sesso", "Azienda", "Sede"]
    )
    seen: set[str] = set()
    for _ in range(rows):
        sex = rng.choice("MF")
        surname = rng.choice(names.SURNAMES)
        first = rng.choice(names.FEMALE_NAMES if sex == "F" else names.MALE_NAMES)
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(15000))
        code = encode(surname, first, born, sex, rng.choice(names.MUNICIPALITIES)[1])
        level = 0
        while code in seen:
            level += 1
            code = omocode(code, level)
        seen.add(code)
        birth = born if rng.random() < 0.7 else born.strftime("%d/%m/%Y")
        sheet.append(
            [
                code,
                surname.upper(),
                first,
                birth,
                sex,
                rng.choice(names.ORGANIZATIONS[:7])[0],
                "Lodi",
            ]
        )
    book.save(path)


def test_import_10000_rows(tmp_path: Path, figures: Figures) -> None:
    from welfare_desk.cli import main

    source = tmp_path / "dipendenti.xlsx"
    _spreadsheet(source, 10_000)
    db = str(tmp_path / "import.sqlite")
    assert main(["--db", db, "init"]) == 0
    started = time.perf_counter()
    assert main(["--db", db, "import", "workers", str(source)]) == 0
    figures.record("import_10k_rows_seconds", time.perf_counter() - started, "s", 15)
    started = time.perf_counter()
    assert main(["--db", db, "import", "workers", str(source)]) == 0
    figures.record("reimport_10k_rows_unchanged_seconds", time.perf_counter() - started, "s", 15)


def _median_run(args: list[str], runs: int = 7) -> float:
    command = str(Path(sys.executable).parent / "welfare-desk")
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([command, *args], check=True, capture_output=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def test_command_line_start(demo_sqlite: Path, figures: Figures) -> None:
    version = _median_run(["--version"])
    search = _median_run(["--db", str(demo_sqlite), "search", "rossi m"])
    figures.record("cli_version_seconds", version, "s", 0.3)
    figures.record("cli_search_minus_version_seconds", search - version, "s", 0.3)
