"""L. 205/2017 art. 1 c. 255 through an HR file: the caregiver priority comes from who the
worker assists, as the file says, never from a relation and a recognition alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.registry.importing import plan_import, run_import
from welfare_desk.registry.workers import get_worker
from welfare_desk.requests.smart_working import SwInput, create_request
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 11, 2)
CODE = encode("Ferri", "Marta", date(1979, 4, 9), "F", "F205")


def _import(store: Store, tmp_path: Path, name: str, text: str, kind: ImportKind) -> None:
    path = tmp_path / name
    path.write_text(text)
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), kind, today=DAY)
        assert not plan.refused, [p.line() for p in plan.refused]
        run_import(uow, plan)


def test_the_relative_the_worker_assists_gives_the_priority(store: Store, tmp_path: Path) -> None:
    _import(
        store,
        tmp_path,
        "w.csv",
        f"codice fiscale;cognome;nome;azienda\n{CODE};Ferri;Marta;Officine\n",
        ImportKind.WORKERS,
    )
    _import(
        store,
        tmp_path,
        "f.csv",
        "CF dipendente;Parentela;Cognome;Nome;Data di nascita;Legge 104;"
        "Assistito dal lavoratore;Indennità di accompagnamento\n"
        f"{CODE};nonna;Ferri;Ida;02/02/1931;no;sì;sì\n"
        f"{CODE};padre;Ferri;Aldo;03/03/1950;art. 3 c. 3;no;no\n"
        f"{CODE};nipote (figlio della sorella);Neri;Leo;04/04/2001;art. 3 c. 3;sì;no\n",
        ImportKind.HOUSEHOLD,
    )
    with UnitOfWork(store) as uow:
        worker = get_worker(uow, CODE, DAY)
        view = create_request(
            uow, SwInput(worker.id, 1, (2,), date(2026, 12, 1)), DAY, add_to_plan=False
        )
    assert [p.reason for p in view.priorities] == [
        "assiste nonna Ida, titolare dell'indennità di accompagnamento: caregiver familiare "
        "(L. 205/2017 art. 1 c. 255)"
    ]
