"""Codici fiscali in HR files: a grandfather born in 1925 is not «nato il 10/06/2025», and
a place of birth that is no municipality or state is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.registry.importing import plan_import, run_import
from welfare_desk.registry.workers import get_worker
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 12, 3)
WORKER = encode("Galli", "Carla", date(1978, 3, 3), "F", "F205")
GRANDFATHER = encode("Galli", "Pietro", date(1925, 6, 10), "M", "E648")


def _plan(store: Store, tmp_path: Path, name: str, text: str, kind: ImportKind):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text)
    with UnitOfWork(store) as uow:
        return plan_import(uow, read_sheet(path), kind, today=DAY)


def test_a_grandfather_s_birth_from_his_code_alone_is_in_the_1920s(
    store: Store, tmp_path: Path
) -> None:
    workers = _plan(
        store,
        tmp_path,
        "w.csv",
        f"codice fiscale;cognome;nome;azienda\n{WORKER};Galli;Carla;Officine\n",
        ImportKind.WORKERS,
    )
    with UnitOfWork(store) as uow:
        run_import(uow, workers)
    family = _plan(
        store,
        tmp_path,
        "f.csv",
        "CF dipendente;Parentela;Cognome;Nome;CF familiare\n"
        f"{WORKER};nonno;Galli;Pietro;{GRANDFATHER}\n",
        ImportKind.HOUSEHOLD,
    )
    assert not family.refused
    (warning,) = [w.message for w in family.warnings]
    assert warning == (
        "data di nascita ricavata dal codice fiscale: 10/06/1925 (il codice ha solo le ultime "
        "due cifre dell'anno: per nonno/a vale il 1925, non il 2025); controllala."
    )
    with UnitOfWork(store) as uow:
        run_import(uow, family)
        (grandfather,) = get_worker(uow, WORKER, DAY).household
    assert grandfather.birth_date == date(1925, 6, 10)


def test_a_place_of_birth_that_does_not_exist_is_refused(store: Store, tmp_path: Path) -> None:
    invented = encode("Galli", "Carla", date(1978, 3, 3), "F", "Z999")
    plan = _plan(
        store,
        tmp_path,
        "w.csv",
        f"codice fiscale;cognome;nome;azienda\n{invented};Galli;Carla;Officine\n",
        ImportKind.WORKERS,
    )
    (refused,) = plan.refused
    assert "«Z999», che non è un comune né uno Stato" in refused.message
