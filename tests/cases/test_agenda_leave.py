"""The agenda reminds of a worker back from the L. 106/2025 leave: the day to offer the
smart-working priority (art. 1 c. 4), in one statement whatever the store's size."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.helpers import add_worker, worker_input
from welfare_desk.cases.agenda import agenda
from welfare_desk.registry.workers import save_worker
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

MONDAY = date(2026, 11, 30)


def test_a_return_from_the_illness_leave_is_on_the_week_s_agenda(store: Store) -> None:
    back_this_week = add_worker(store, surname="Ferri", name="Marta").worker
    back_later = add_worker(store, surname="Galli", name="Ugo", sex="M").worker
    for saved, until in ((back_this_week, date(2026, 12, 2)), (back_later, date(2026, 12, 20))):
        with UnitOfWork(store) as uow:
            data = replace(
                worker_input(surname=saved.surname, name=saved.name, sex=saved.sex),
                illness_invalidity_percent=80,
                illness_leave=(date(2026, 6, 1), until),
            )
            save_worker(uow, data, saved.id, saved.version, today=MONDAY)
    with UnitOfWork(store) as uow:
        items = [i for i in agenda(uow, MONDAY, date(2026, 12, 6)) if i.kind == "leave"]
    assert [(i.worker, i.due, i.about_request) for i in items] == [
        ("Ferri Marta", date(2026, 12, 3), True)
    ]
    assert items[0].title.startswith("rientro dal congedo per malattia (L. 106/2025)")
    assert items[0].worker_id == back_this_week.id
