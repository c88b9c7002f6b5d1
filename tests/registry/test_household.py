"""#17: a walk-in's household is typed at the desk, with the import's checks; a relative
is corrected or removed with the reason; the target categories follow at once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.conftest import TODAY
from tests.helpers import add_worker
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.domain.household import Disability, Relation
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.household import MemberInput, remove_member, save_member
from welfare_desk.registry.workers import get_worker_by_id
from welfare_desk.store.engine import Store
from welfare_desk.store.models import JournalEntry
from welfare_desk.store.uow import UnitOfWork


def test_a_child_is_added_corrected_and_removed_and_categories_follow(store: Store) -> None:
    worker = add_worker(store).worker.id
    child = MemberInput(Relation.CHILD, "Rossi", "Tobia", date(2019, 5, 2), dependent=True)
    with UnitOfWork(store) as uow:
        member = save_member(uow, worker, child)
    with UnitOfWork(store) as uow:
        detail = get_worker_by_id(uow, worker, TODAY)
    assert [m.name for m in detail.household] == ["Tobia"]
    assert any("figli" in c.reason or "7 anni" in c.reason for c in detail.categories)
    with UnitOfWork(store) as uow:
        save_member(
            uow,
            worker,
            MemberInput(
                Relation.CHILD, "Rossi", "Tobia", date(2019, 5, 2), disability=Disability.ART3_C3
            ),
            member,
            detail.household[0].version,
        )
    with UnitOfWork(store) as uow:
        detail = get_worker_by_id(uow, worker, TODAY)
    assert detail.household[0].disability == "art3_c3"
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="perché"):
        remove_member(uow, member, detail.household[0].version, "")
    with UnitOfWork(store) as uow:
        remove_member(uow, member, detail.household[0].version, "inserito per errore")
    with UnitOfWork(store) as uow:
        assert get_worker_by_id(uow, worker, TODAY).household == []
        gone = uow.session.scalars(
            select(JournalEntry.changes).where(
                JournalEntry.entity == "household_member", JournalEntry.action == "delete"
            )
        ).one()
    assert gone["motivo"] == "inserito per errore"


def test_the_import_s_checks_hold_at_the_desk(store: Store) -> None:
    worker = add_worker(store).worker.id
    wrong = encode("Rossi", "Anna", date(2018, 3, 1), "F", "E648")
    cases = [
        (MemberInput(Relation.CHILD, "Rossi", "Tobia", date(2090, 1, 1)), "futur"),
        (MemberInput(Relation.CHILD, "Rossi", "Tobia", date(2019, 5, 2), wrong), "fiscale"),
        (
            MemberInput(
                Relation.PARENT, "Rossi", "Ada", date(1950, 1, 1), entered_on=date(2020, 1, 1)
            ),
            "adottati",
        ),
        (MemberInput(Relation.CHILD, " ", "Tobia", date(2019, 5, 2)), "cognome"),
    ]
    for data, said in cases:
        with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
            save_member(uow, worker, data)
        assert said in refused.value.message.lower(), refused.value.message
