"""Both kinds of request in one answer: the statuses each kind has decide what is listed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import add_worker
from tests.requests.test_health_funds import claim
from welfare_desk.errors import InvalidInput
from welfare_desk.requests.both import requests_of
from welfare_desk.requests.smart_working import SwInput, create_request
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 12, 28)


def test_a_status_lists_the_kinds_that_have_it(store: Store) -> None:
    claimed = claim(store)  # a health draft
    asker = add_worker(store, name="Luisa").worker.id
    with UnitOfWork(store) as uow:
        agile = create_request(uow, SwInput(asker, 2, (0, 4), date(2027, 2, 1)), TODAY)
    with UnitOfWork(store) as uow:
        every = requests_of(uow)
        drafts = requests_of(uow, status="draft")  # both kinds have drafts
        reviewed = requests_of(uow, status="under_review")  # smart working only
        health = requests_of(uow, kind="health")
        mine = requests_of(uow, worker_id=asker)
    assert [r.number for r in every.health] == [claimed.number]  # type: ignore[attr-defined]
    assert [r.number for r in every.smart_working] == [agile.number]
    assert len(drafts.health) == len(drafts.smart_working) == 1
    assert reviewed.health == [] and reviewed.smart_working == []
    assert health.smart_working == [] and len(health.health) == 1
    assert mine.health == [] and [r.number for r in mine.smart_working] == [agile.number]


def test_an_unknown_status_or_kind_is_named_with_the_known_ones(store: Store) -> None:
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        requests_of(uow, status="sospesissima")
    assert refused.value.message.startswith("Lo stato «sospesissima» non esiste: gli stati sono ")
    assert "under_review" in refused.value.message and "paid" in refused.value.message
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="i tipi sono health"):
        requests_of(uow, kind="dentista")
