"""L. 106/2025 through the desk: the invalidity alone gives no smart-working priority;
the leave taken, then a request made after the law came in, does, and only then does the
request go ahead of the queue."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.helpers import worker_input
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.workers import save_worker, validate_worker
from welfare_desk.requests.smart_working import SwInput, create_request
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 11, 2)


def _request(store: Store, leave: tuple[date | None, date | None]) -> list[str]:
    data = replace(worker_input(), illness_invalidity_percent=80, illness_leave=leave)
    with UnitOfWork(store) as uow:
        worker = save_worker(uow, data, today=DAY).worker
    with UnitOfWork(store) as uow:
        view = create_request(
            uow,
            SwInput(worker.id, 2, (1, 3), date(2026, 12, 1), None, "rientro dal congedo"),
            DAY,
            add_to_plan=False,
        )
    return [p.reason for p in view.priorities]


def test_an_invalidity_alone_gives_no_priority(store: Store) -> None:
    assert _request(store, (None, None)) == []


def test_the_leave_taken_gives_the_priority_with_its_dates(store: Store) -> None:
    (reason,) = _request(store, (date(2026, 1, 12), date(2026, 10, 31)))
    assert "(dal 12/01/2026 al 31/10/2026), invalidità 80%" in reason
    assert "ove la prestazione lo consenta (art. 1 c. 4 L. 106/2025)" in reason


def test_a_leave_that_ends_before_it_starts_is_refused(store: Store) -> None:
    data = replace(worker_input(), illness_leave=(date(2026, 5, 1), date(2026, 4, 1)))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="finisce prima"):
        save_worker(uow, data, today=DAY)
    low = replace(worker_input(), illness_invalidity_percent=60, illness_leave=(None, DAY))
    assert [p.code for p in validate_worker(low, DAY)] == ["worker.leave_percent"]
