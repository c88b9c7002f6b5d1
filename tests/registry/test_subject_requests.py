"""A data subject's request recorded with the day it came, due in a month (three when
extended), in the agenda until it is answered."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import add_worker
from welfare_desk.cases.agenda import agenda
from welfare_desk.domain.subject_rights import RightKind
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.subject_requests import (
    answer_request,
    extend_request,
    open_request,
    requests_of_worker,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def _gdpr(uow: UnitOfWork, until: date) -> list[object]:
    return [i for i in agenda(uow, date(2026, 11, 30), until) if i.kind == "gdpr"]


def test_a_request_is_in_the_agenda_until_answered(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        made = open_request(uow, worker, RightKind.ACCESS, date(2026, 11, 10))
    assert made.due_on == date(2026, 12, 10)
    with UnitOfWork(store) as uow:
        (item,) = [
            i for i in agenda(uow, date(2026, 11, 30), date(2026, 12, 13)) if i.kind == "gdpr"
        ]
    assert item.due == date(2026, 12, 10) and item.worker_id == worker  # type: ignore[attr-defined]
    assert "accesso ai dati (art. 15 GDPR)" in item.title  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        longer = extend_request(uow, made.id, made.version, "richiesta complessa")
    assert longer.due_on == date(2027, 2, 10)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="già prorogata"):
        extend_request(uow, longer.id, longer.version, "ancora")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="prima della richiesta"):
        answer_request(uow, longer.id, longer.version, date(2026, 11, 1))
    with UnitOfWork(store) as uow:
        answer_request(uow, longer.id, longer.version, date(2026, 12, 1))
    with UnitOfWork(store) as uow:
        assert not [
            i for i in agenda(uow, date(2026, 11, 30), date(2027, 3, 1)) if i.kind == "gdpr"
        ]
        (done,) = requests_of_worker(uow, worker)
    assert done.answered_on == date(2026, 12, 1)
