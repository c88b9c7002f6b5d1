"""The information notice and the legal basis per purpose, recorded per worker with the
day and the notice's version; special-category data without a basis is said."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import add_member, add_worker
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.privacy import (
    privacy_of,
    record_basis,
    record_notice,
    withdraw_basis,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 12, 1)


def test_a_notice_and_the_bases_are_kept_with_day_and_version(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        view = privacy_of(uow, worker)
    assert view.notice_version is None and not view.special_missing
    with UnitOfWork(store) as uow:
        record_notice(uow, worker, DAY)
    with UnitOfWork(store) as uow:
        record_basis(uow, worker, "services", "contract", DAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="non è una base"):
        record_basis(uow, worker, "special_categories", "contract", DAY)
    with UnitOfWork(store) as uow:
        view = privacy_of(uow, worker)
    assert (view.notice_version, view.notice_on) == ("2026-1", DAY)
    assert [(b.purpose, b.basis, b.on) for b in view.bases] == [("services", "contract", DAY)]
    assert "art. 6 par. 1 lett. b" in view.bases[0].basis_label


def test_health_data_without_a_basis_is_said_until_one_is_recorded(store: Store) -> None:
    worker = add_worker(store).worker.id
    add_member(store, worker, "Luca", date(2015, 4, 2), disability="art3_c3")
    with UnitOfWork(store) as uow:
        view = privacy_of(uow, worker)
    assert view.special_missing
    assert "senza una base giuridica" in view.warning
    with UnitOfWork(store) as uow:
        made = record_basis(uow, worker, "special_categories", "explicit_consent", DAY)
    with UnitOfWork(store) as uow:
        assert not privacy_of(uow, worker).special_missing
    with UnitOfWork(store) as uow:
        withdraw_basis(uow, made.id, made.version, date(2026, 12, 3))
    with UnitOfWork(store) as uow:
        view = privacy_of(uow, worker)
    assert view.special_missing  # a withdrawn consent is no basis
    assert view.bases[0].withdrawn_on == date(2026, 12, 3)
