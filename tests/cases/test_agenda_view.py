"""#19: the desk's agenda shows the nearest items of the period and says how many it holds
in all, so that a programme's week of thousands costs what a page costs. What it shows
is the head of the whole list, and its totals are the whole list's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from welfare_desk.cases.agenda import agenda, agenda_view
from welfare_desk.demo.generate import generate
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Operator, SocialPoint
from welfare_desk.store.uow import UnitOfWork


@pytest.fixture
def programme(store: Store) -> Store:
    with UnitOfWork(store) as uow:
        generate(uow, 120, seed=2, full=True)
        uow.commit()
    return store


def _key(item: object) -> tuple[object, ...]:
    return (item.due, item.case_number, item.overdue)  # type: ignore[attr-defined]


def test_the_page_shows_the_head_of_the_list_and_counts_all_of_it(programme: Store) -> None:
    until = TODAY + timedelta(days=14)
    with UnitOfWork(programme) as uow:
        point = uow.session.scalars(select(SocialPoint.id)).first()
        owner = uow.session.scalars(select(Operator.name)).first()
        for filters in ({}, {"social_point_id": point}, {"operator": owner}):
            whole = agenda(uow, TODAY, until, **filters)  # type: ignore[arg-type]
            assert len(whole) > 12 or filters  # the programme's fortnight is not short
            for limit in (1, 7, len(whole) - 1, len(whole), len(whole) + 5):
                if limit < 1:
                    continue
                view = agenda_view(uow, TODAY, until, limit=limit, **filters)  # type: ignore[arg-type]
                assert [_key(i) for i in view.items] == [_key(i) for i in whole[:limit]]
                assert view.total == len(whole)
                assert view.overdue == sum(1 for i in whole if i.overdue)
                assert view.complete == (limit >= len(whole))
