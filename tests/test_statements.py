"""Every command runs a number of SQL statements that does not grow with the store (#19):
the same commands on a full demo programme and on one four times its size, counted with
an engine event listener. An N+1 (a query per worker, per request, per case) shows as
hundreds more statements on the larger store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine

from tests.conftest import TODAY, store_at
from welfare_desk.cli import main
from welfare_desk.domain.periods import Quarter
from welfare_desk.store.models import Case, Contact, Worker
from welfare_desk.store.uow import UnitOfWork

SIZES = (60, 240)
SLACK = 3  # a count may differ by what one worker's own record holds, never by the store
QUARTER = Quarter.of(TODAY).previous()


def _made(root: Path, workers: int) -> tuple[str, str, str]:
    """A full demo store, its most seen worker with a path, and that worker's latest path."""
    path = str(root / f"full-{workers}.sqlite")
    day = TODAY.isoformat()
    assert main(["--db", path, "--today", day, "init"]) == 0
    demo = ["--db", path, "--today", day, "demo", "--workers", str(workers), "--full"]
    assert main(demo) == 0
    store = store_at(path)
    with UnitOfWork(store) as uow:
        seen = func.count(Contact.id)
        worker = uow.session.execute(
            select(Worker.id, Worker.codice_fiscale)
            .join(Contact, Contact.worker_id == Worker.id)
            .where(Worker.id.in_(select(Case.worker_id)))
            .group_by(Worker.id, Worker.codice_fiscale)
            .order_by(seen.desc(), Worker.codice_fiscale)
            .limit(1)
        ).one()
        number = uow.session.scalar(
            select(Case.number).where(Case.worker_id == worker.id).order_by(Case.opened_on.desc())
        )
    store.close()
    assert number is not None
    return path, worker.codice_fiscale, number


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[str, str, str]]:
    root = tmp_path_factory.mktemp("statements")
    return {n: _made(root, n) for n in SIZES}


@pytest.fixture
def counted() -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    yield seen
    event.remove(Engine, "before_cursor_execute", count)


COMMANDS: dict[str, list[str]] = {
    "scheda": ["worker", "{cf}"],
    "agenda": ["agenda"],
    "percorso": ["case", "{case}"],
    "servizi adatti": ["match", "{cf}"],
    "pratiche": ["requests"],
    "riepilogo del percorso": ["print", "path", "{cf}", "--out", "{out}/percorso.pdf"],
    "sintesi trimestrale": [
        "report", "quarterly", "--quarter", QUARTER.code, "--out", "{out}/sintesi.xlsx"
    ],
    "rendicontazione": [
        "report", "funder", "--from", QUARTER.first_day.isoformat(),
        "--to", QUARTER.last_day.isoformat(), "--out", "{out}/rendiconto.xlsx",
    ],
    "conteggi": ["stats"],
}  # fmt: skip


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_s_statements_do_not_grow_with_the_store(
    name: str,
    stores: dict[int, tuple[str, str, str]],
    counted: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    counts = {}
    for size, (path, cf, case) in stores.items():
        out = tmp_path / str(size)
        out.mkdir()
        args = [a.format(cf=cf, case=case, out=out) for a in COMMANDS[name]]
        counted.clear()
        code = main(["--db", path, "--today", TODAY.isoformat(), *args])
        assert code == 0, capsys.readouterr()
        counts[size] = len(counted)
    small, large = (counts[n] for n in SIZES)
    grown = f"«{name}»: {small} statements on {SIZES[0]} workers, {large} on {SIZES[1]}"
    with capsys.disabled():
        print(grown)
    assert large <= small + SLACK, grown


def test_search_as_you_type_runs_the_same_statements_on_a_larger_store(
    stores: dict[int, tuple[str, str, str]], counted: list[str]
) -> None:
    """The desk's search (the command line's reads the file directly, with no engine)."""
    from welfare_desk.registry.workers import search_workers

    counts: dict[int, list[int]] = {}
    for size, (path, _cf, _case) in stores.items():
        store = store_at(path)
        with UnitOfWork(store) as uow:
            counts[size] = []
            for typed in ("r", "ro", "ros", "ma", "ber", "co"):
                counted.clear()
                search_workers(uow, typed, limit=50)
                counts[size].append(len(counted))
        store.close()
    assert counts[SIZES[1]] == counts[SIZES[0]]


def test_the_agenda_s_week_is_read_from_indexes_alone(
    stores: dict[int, tuple[str, str, str]],
) -> None:
    """#19: the week's actions were looked up in goal, path and worker rows one by one,
    and the data subjects' requests were found by reading every worker: each lookup
    answers from an index that holds what the agenda shows."""
    from welfare_desk.cases.agenda import agenda
    from welfare_desk.domain.agenda import week_end

    path = stores[SIZES[1]][0]
    store = store_at(path)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with UnitOfWork(store) as uow:
            assert agenda(uow, TODAY, week_end(TODAY))
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    slow = []
    with store.engine.connect() as connection:
        for statement, parameters in statements:
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters):
                step = str(row[-1])
                by_id = step.startswith(("SEARCH goal ", "SEARCH case_file ", "SEARCH worker "))
                looked_up = by_id and "(id=?" in step
                if step.startswith("SCAN worker") or (looked_up and "COVERING" not in step):
                    slow.append(step)
    store.close()
    assert not slow, slow


PAGES = ("workers", "agenda", "catalogue", "budgets", "requests", "decisions")


def _page_statements(path: str, settings_dir: Path, counted: list[str]) -> dict[str, int]:
    """Statements from a click on the sidebar to the page's data painted, page by page."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tests.conftest import clock_at
    from welfare_desk.gui.context import DeskContext
    from welfare_desk.gui.main_window import MainWindow
    from welfare_desk.gui.settings import Settings
    from welfare_desk.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(settings_dir / "s.ini"), QSettings.Format.IniFormat))
    store = store_at(path)
    context = DeskContext(TaskRunner(), settings, clock_at(), store)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    runner = context.runner

    def settled() -> None:
        quiet = 0
        while quiet < 2:  # a page's first answer may ask for a second (its details)
            app.processEvents()
            quiet = quiet + 1 if runner._pending == 0 else 0

    counted.clear()
    window.start()  # the desk opens on the workers' page
    settled()
    found = {"start": len(counted)}
    shown = [r for r in range(len(PAGES)) if not window.sidebar.item(r).isHidden()]
    for row in shown:
        window.sidebar.setCurrentRow(next(r for r in shown if r != row))
        settled()
        counted.clear()
        window.sidebar.setCurrentRow(row)
        settled()
        found[PAGES[row]] = len(counted)
    runner.shutdown()
    window.close()
    store.close()
    return found


def test_every_page_opens_with_the_same_statements_on_a_larger_store(
    stores: dict[int, tuple[str, str, str]],
    counted: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    counts = {n: _page_statements(stores[n][0], tmp_path, counted) for n in SIZES}
    with capsys.disabled():
        print(counts)
    assert len(counts[SIZES[0]]) >= 5
    # a page that runs nothing when opened again (its list already painted) is measured
    # when the desk starts on it: no page escapes with a count of nothing
    quiet = {page for page, n in counts[SIZES[0]].items() if n == 0}
    assert quiet <= {"workers"} and counts[SIZES[0]]["start"] > 0, counts
    for page, small in counts[SIZES[0]].items():
        assert counts[SIZES[1]][page] <= small + SLACK, (page, counts)
