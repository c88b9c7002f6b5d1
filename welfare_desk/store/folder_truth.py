"""What needs one truth in the shared-folder mode (#20), decided on the folder's reference
desk (the one that prepared it) as it synchronises: the definitive numbers of what the
other desks numbered provisionally, and a place or the waiting list for what they
enrolled. Each decision is an ordinary change, which reaches the others through the
folder; a desk never decides these itself, so two desks never give one place twice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from welfare_desk.domain.enrollments import HOLDS_PLACE, EnrollmentStatus
from welfare_desk.domain.numbers import NUMBER_APART, counter_key, definitive, is_provisional
from welfare_desk.store.counters import next_counter
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Base, Edition, Enrollment, JournalEntry
from welfare_desk.store.uow import UnitOfWork

DECIDED_HERE = "definito dalla postazione di riferimento della cartella condivisa"


def _numbered() -> list[Any]:
    return [
        mapper.class_
        for mapper in Base.registry.mappers
        if "number" in mapper.persist_selectable.c
        and counter_key(str(mapper.persist_selectable.description), "X-2026") is not None
    ]


def decide(store: Store) -> bool:
    """True when something was decided (and is to be sent)."""
    with UnitOfWork(store) as uow:
        decided = _renumber(uow) + _place(uow)
        if decided:
            uow.commit()
        return bool(decided)


def _renumber(uow: UnitOfWork) -> int:
    count = 0
    for model in _numbered():
        entity = model.__tablename__
        records = uow.session.scalars(select(model).where(model.number.like("%-P%"))).all()
        for record in _in_order_made(uow, entity, records):
            if not is_provisional(record.number):
                continue
            given = record.number.split(NUMBER_APART)[0]
            key = counter_key(entity, given.rsplit("-", 1)[0])
            made = definitive(entity, given, next_counter(uow, key)) if key else None
            if made is not None:
                record.number = made
                uow.because(record, DECIDED_HERE)
                count += 1
    return count


def _in_order_made(uow: UnitOfWork, entity: str, records: Sequence[Any]) -> list[Any]:
    """In the order they were made on whichever desk (their clocks' stamps, which every
    desk orders alike), not the order they arrived here."""
    stamps: dict[Any, str] = {}
    ids = [record.id for record in records]
    for start in range(0, len(ids), 500):
        statement = (
            select(JournalEntry.entity_id, func.min(JournalEntry.stamp))
            .where(
                JournalEntry.entity == entity,
                JournalEntry.action == "insert",
                JournalEntry.entity_id.in_(ids[start : start + 500]),
            )
            .group_by(JournalEntry.entity_id)
        )
        for record_id, stamp in uow.session.execute(statement):
            stamps[record_id] = stamp or ""
    return sorted(records, key=lambda r: (stamps.get(r.id) or "", str(r.id)))


def _place(uow: UnitOfWork) -> int:
    pending = _in_order_made(
        uow,
        "enrollment",
        uow.session.scalars(
            select(Enrollment).where(Enrollment.status == EnrollmentStatus.PENDING.value)
        ).all(),
    )
    holding = [s.value for s in HOLDS_PLACE]
    for enrollment in pending:
        edition = uow.get(Edition, enrollment.edition_id)
        if edition is None:
            continue
        uow.flush()
        taken = uow.session.scalar(
            select(func.count()).where(
                Enrollment.edition_id == edition.id, Enrollment.status.in_(holding)
            )
        )
        waiting = uow.session.scalar(
            select(func.count()).where(
                Enrollment.edition_id == edition.id,
                Enrollment.status == EnrollmentStatus.WAITLISTED.value,
            )
        )
        placed = (taken or 0) < edition.capacity and not waiting
        enrollment.status = (
            EnrollmentStatus.CONFIRMED if placed else EnrollmentStatus.WAITLISTED
        ).value
        uow.because(enrollment, DECIDED_HERE)
    uow.flush()
    return len(pending) + _fill_places(uow, holding)


def _fill_places(uow: UnitOfWork, holding: list[str]) -> int:
    """Every edition counted again from its enrollments, and a place freed on any desk
    given to the longest waiting (the other desks leave it to this one)."""
    changed = 0
    for edition in uow.session.scalars(select(Edition)).all():
        waiting = _in_order_made(
            uow,
            "enrollment",
            uow.session.scalars(
                select(Enrollment).where(
                    Enrollment.edition_id == edition.id,
                    Enrollment.status == EnrollmentStatus.WAITLISTED.value,
                )
            ).all(),
        )
        taken = uow.session.scalar(
            select(func.count()).where(
                Enrollment.edition_id == edition.id, Enrollment.status.in_(holding)
            )
        )
        free = edition.capacity - (taken or 0)
        for enrollment in waiting[: max(free, 0)]:
            enrollment.status = EnrollmentStatus.CONFIRMED.value
            uow.because(enrollment, DECIDED_HERE)
            changed += 1
        uow.flush()
        if _recount(uow, edition, holding):
            changed += 1
    return changed


def _recount(uow: UnitOfWork, edition: Edition, holding: list[str]) -> bool:
    rows = uow.session.execute(
        select(Enrollment.status, func.count())
        .where(Enrollment.edition_id == edition.id)
        .group_by(Enrollment.status)
    ).all()
    taken = sum(n for status, n in rows if status in holding)
    waiting = sum(n for status, n in rows if status == EnrollmentStatus.WAITLISTED.value)
    if (edition.taken, edition.waiting) == (taken, waiting):
        return False
    edition.taken, edition.waiting = taken, waiting
    return True
