"""Small builders shared by the tests."""

from __future__ import annotations

from datetime import date

from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.services.registry import SaveResult, WorkerInput, save_worker
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def worker_input(
    surname: str = "Rossi",
    name: str = "Maria",
    born: date = date(1985, 3, 7),
    sex: str = "F",
    organization: str = "Officine Lodigiane S.p.A.",
    place: str = "E648",
    **extra: object,
) -> WorkerInput:
    return WorkerInput(
        codice_fiscale=encode(surname, name, born, sex, place),
        surname=surname,
        name=name,
        birth_date=born,
        sex=sex,
        organization=organization,
        **extra,  # type: ignore[arg-type]
    )


def add_worker(store: Store, **kwargs: object) -> SaveResult:
    with UnitOfWork(store) as uow:
        return save_worker(uow, worker_input(**kwargs))  # type: ignore[arg-type]
