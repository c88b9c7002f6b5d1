"""Small builders shared by the tests."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from welfare_desk.catalogue.offer import (
    EditionInput,
    ProviderInput,
    ServiceInput,
    providers,
    save_edition,
    save_provider,
    save_service,
)
from welfare_desk.domain.catalogue import Audience, Period, PriceModel
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.registry.workers import SaveResult, WorkerInput, save_worker
from welfare_desk.store.engine import Store
from welfare_desk.store.models import HouseholdMember, Worker
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


def add_member(
    store: Store,
    worker_id: uuid.UUID,
    name: str,
    born: date,
    relation: str = "child",
    disability: str = "none",
    dependent: bool = True,
    sex: str = "M",
    codice_fiscale: str | None = None,
) -> uuid.UUID:
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, worker_id)
        assert worker is not None
        member = HouseholdMember(
            worker_id=worker_id,
            relation=relation,
            surname=worker.surname,
            name=name,
            birth_date=born,
            disability=disability,
            dependent=dependent,
            sex=sex,
            codice_fiscale=codice_fiscale,
        )
        uow.session.add(member)
        uow.flush()
        uow.commit()
        return member.id


MOSAICO = "Il Mosaico Servizi Cooperativa Sociale"


def add_camp(
    store: Store,
    capacity: int = 20,
    starts: date = date(2026, 6, 15),
    ends: date = date(2026, 6, 19),
    sessions: int = 5,
    **service: object,
) -> tuple[uuid.UUID, uuid.UUID]:
    """A summer camp for children 6–11 near Codogno and one edition of it: (service, edition)."""
    with UnitOfWork(store) as uow:
        known = {p.name: p.id for p in providers(uow)}
        provider = known.get(MOSAICO) or save_provider(uow, ProviderInput(MOSAICO))
    values: dict[str, object] = {
        "name": "Campus estivo Il Mosaico",
        "provider_id": provider,
        "category": "childcare.holiday_camps",
        "tax_class": "c2_fbis",
        "municipality": "Codogno",
        "audience": Audience.CHILDREN,
        "min_age": 6,
        "max_age": 11,
        "price_model": PriceModel.SUBSIDISED,
        "worker_price_cents": 8000,
        "full_price_cents": 20000,
        "voucher_value_cents": 12000,
    }
    values.update(service)
    with UnitOfWork(store) as uow:
        service_id = save_service(uow, ServiceInput(**values))  # type: ignore[arg-type]
    with UnitOfWork(store) as uow:
        edition_id = save_edition(
            uow,
            EditionInput(
                service_id,
                "Settimana 1",
                Period.SUMMER,
                starts,
                ends,
                capacity,
                session_days=tuple(starts + timedelta(days=i) for i in range(sessions)),
                session_minutes=480,
            ),
        )
    return service_id, edition_id


def add_course(
    store: Store, provider_id: uuid.UUID, day: date, **service: object
) -> tuple[uuid.UUID, uuid.UUID]:
    """A free one-day course of financial education for workers: (service, edition)."""
    values: dict[str, object] = {
        "name": "Corso di educazione finanziaria",
        "provider_id": provider_id,
        "category": "money.financial_education",
        "audience": Audience.WORKER,
        "min_age": None,
        "max_age": None,
        "price_model": PriceModel.FREE,
        "worker_price_cents": None,
        "full_price_cents": None,
        "voucher_value_cents": None,
    }
    values.update(service)
    return add_camp(store, starts=day, ends=day, sessions=1, **values)


def sign(store: Store, request: Any) -> Any:
    """The individual agreement signed (art. 19): what activation needs."""
    from welfare_desk.requests.smart_working import AgreementTerms, save_terms

    with UnitOfWork(store) as uow:
        return save_terms(
            uow,
            request.id,
            request.version,
            AgreementTerms("domicilio", signed_on=date(2026, 12, 1)),
        )


PLANNER_STATS = Path(__file__).parent / "fixtures" / "planner" / "stat1_200k.json"


def plan_as_at_scale(store: Store) -> None:
    """Gives a small SQLite store the planner's statistics of the 200,000-worker full demo
    (`ANALYZE`'s table, copied from it): its queries are then planned as on a programme
    four times the real size, so a test of plans sees what a small store hides."""
    rows = json.loads(PLANNER_STATS.read_text())
    with store.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")  # makes the statistics' table
        connection.exec_driver_sql("DELETE FROM sqlite_stat1")
        connection.exec_driver_sql(
            "INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", [tuple(r) for r in rows]
        )
        connection.exec_driver_sql("ANALYZE sqlite_schema")  # read them again
    store.engine.dispose()  # connections already open keep the plans they had
