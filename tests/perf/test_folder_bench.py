"""#20: five desks sharing a folder and no server, a thousand changes made on each, until
every desk holds the same: the serial time of the rounds (one machine plays every desk;
desks at their own PCs synchronise at once)."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event, select

from tests.conftest import copy_store, store_at
from tests.helpers import add_worker
from tests.perf.conftest import Figures
from tests.sync.test_folder import _contents
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.folder import sync_with_folder

DESKS = int(__import__("os").environ.get("FOLDER_DESKS", "5"))
CHANGES = 1_000
PHRASE = "la frase della cartella del banco di prova"


def test_five_desks_with_a_thousand_changes_each_converge(
    tmp_path: Path, blank_store: Path, figures: Figures
) -> None:
    folder = tmp_path / "condivisa"
    folder.mkdir()
    desks = [
        store_at(str(copy_store(blank_store, tmp_path / f"desk{n}.sqlite"))) for n in range(DESKS)
    ]
    try:
        for n in range(CHANGES):  # a codice fiscale each: born on different days
            add_worker(desks[0], surname="Lavoratore", born=date(1960, 1, 1) + timedelta(days=n))
        for desk in desks:
            sync_with_folder(desk, folder, PHRASE)
        for n, desk in enumerate(desks):
            with UnitOfWork(desk) as uow:
                workers = list(uow.session.scalars(select(Worker).order_by(Worker.id)))
                for index, worker in enumerate(workers[:CHANGES]):
                    if n % 2:  # half the desks the same field: conflicts to find as well
                        worker.phone = f"0371 {n}{index:05d}"
                    else:
                        worker.municipality = f"Comune {n}-{index}"
                uow.commit()

        counted = [0]

        def count(*_args: object) -> None:
            counted[0] += 1

        for desk in desks:
            event.listen(desk.engine, "before_cursor_execute", count)
        started = time.perf_counter()
        for _ in range(2):
            for desk in desks:
                sync_with_folder(desk, folder)
        seconds = time.perf_counter() - started

        contents = [_contents(desk) for desk in desks]
        assert all(c == contents[0] for c in contents[1:])
        figures.record("folder_five_desks_converge_seconds", seconds, "s", 10)
        figures.record("folder_statements_per_change", counted[0] / (DESKS * CHANGES), "", 40)

        # nothing to send, nothing new in the folder: what a desk's timer costs
        counted[0] = 0
        started = time.perf_counter()
        report = sync_with_folder(desks[1], folder)
        idle = time.perf_counter() - started
        assert (report.pushed, report.pulled) == (0, 0)
        figures.record("folder_nothing_to_do_ms", idle * 1000, "ms", 100)
        figures.record("folder_nothing_to_do_statements", counted[0], "", 40)
    finally:
        for desk in desks:
            desk.close()
