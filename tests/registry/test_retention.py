"""Retention: each kind of record has a period and a reason in the reference data; the dry
run lists what would go and changes nothing; the purge removes exactly that, empties the
history's copies and is audited."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from tests.conftest import TODAY
from tests.helpers import add_worker
from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
from welfare_desk.domain.access import Role
from welfare_desk.domain.needs import Channel
from welfare_desk.domain.subject_rights import add_months
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import retention_rules
from welfare_desk.registry.retention import purge, purge_plan
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.models import AuditEntry, Contact, JournalEntry, Need
from welfare_desk.store.uow import UnitOfWork

OLD_NOTE = "Separazione in corso, il figlio dorme dai nonni"


def _contact(store: Store, worker_id: object, day: date, note: str) -> None:
    with UnitOfWork(store) as uow:
        record_contact(
            uow,
            ContactInput(
                worker_id,  # type: ignore[arg-type]
                datetime(day.year, day.month, day.day, 10, 0),
                Channel.SOCIAL_POINT,
                20,
                notes=note,
                needs=[NeedInput("care.elderly")],
            ),
        )


def test_every_period_has_a_reason_and_a_day_it_runs_from() -> None:
    periods = retention_rules()["periods"]
    assert {p["record"] for p in periods} >= {"colloqui", "percorsi", "allegati_sanitari"}
    for period in periods:
        assert period["years"] >= 1 and period["reason"] and period["from"]


def test_the_dry_run_lists_what_would_go_and_the_purge_removes_only_that(store: Store) -> None:
    worker = add_worker(store).worker
    old_day = date(TODAY.year - 6, 3, 2)
    _contact(store, worker.id, old_day, OLD_NOTE)
    _contact(store, worker.id, TODAY, "colloquio di oggi")

    with UnitOfWork(store) as uow:
        plan = {line.record: line for line in purge_plan(uow)}
    contacts = plan["colloqui"]
    assert contacts.count == 1 and contacts.oldest == old_day
    assert contacts.cutoff == add_months(TODAY, -60)  # 29 February: the 28th, five years back
    assert plan["bisogni"].count == 0  # its need is still open: open work never expires
    with UnitOfWork(store) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 2

    with UnitOfWork(store) as uow, pytest.raises(InvalidInput):
        purge(uow, "")
    with UnitOfWork(store) as uow:
        purge(uow, "revisione annuale della conservazione")
    with UnitOfWork(store) as uow:
        left = uow.session.scalars(select(Contact)).all()
        assert [c.notes for c in left] == ["colloquio di oggi"]
        assert uow.session.scalar(select(func.count()).select_from(Need)) == 2
        history = json.dumps(
            [e.changes for e in uow.session.scalars(select(JournalEntry))], ensure_ascii=False
        )
        audit = uow.session.execute(
            select(AuditEntry.reason, AuditEntry.detail).where(AuditEntry.action == "purge")
        ).one()
    assert OLD_NOTE not in history and "colloquio di oggi" in history
    assert audit.reason == "revisione annuale della conservazione"
    assert "colloqui 1" in (audit.detail or "")


def test_only_the_administrator_purges(store: Store) -> None:
    store.role = Role.WELFARE_MANAGER.value
    try:
        with UnitOfWork(store) as uow, pytest.raises(NotAllowed):
            purge_plan(uow)
    finally:
        store.role = None
