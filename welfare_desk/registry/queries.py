"""What the registry reads from the store: workers, their households, employers and
social points, the search index and the journal of a worker's record.

Lookups by codice fiscale come in chunks, since an import asks for thousands at once
and a statement may carry only so many parameters."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, func, inspect, or_, select
from sqlalchemy import text as sql_text

from welfare_desk.store.models import (
    AuditEntry,
    Base,
    Case,
    CaseAction,
    Contact,
    Enrollment,
    Goal,
    HealthAttachment,
    HealthFundRequest,
    HealthInvoice,
    HouseholdMember,
    ImportProfile,
    JournalEntry,
    MinistryCommunication,
    Need,
    Operator,
    Organization,
    PrivacyRecord,
    SmartWorkingRequest,
    SocialPoint,
    SubjectRequest,
    Worker,
    WorkerSearchToken,
)
from welfare_desk.store.uow import ERASED, UnitOfWork

LOOKUP_CHUNK = 500  # parameters in one IN (…): within every database's limit

# Organizations


def organization_rows(uow: UnitOfWork) -> list[tuple[uuid.UUID, str, str, str]]:
    """Every organization as (id, name, name key, kind)."""
    rows = uow.session.execute(
        select(Organization.id, Organization.name, Organization.name_key, Organization.kind)
    )
    return [(r.id, r.name, r.name_key, r.kind) for r in rows]


def organizations_by_name(uow: UnitOfWork) -> list[tuple[uuid.UUID, str, str]]:
    rows = uow.session.execute(
        select(Organization.id, Organization.name, Organization.kind).order_by(Organization.name)
    )
    return [(r.id, r.name, r.kind) for r in rows]


def employer_rows(uow: UnitOfWork) -> list[tuple[uuid.UUID, int, str, bool]]:
    """Every employer as (id, version, name, public administration), by name."""
    rows = uow.session.execute(
        select(
            Organization.id,
            Organization.version,
            Organization.name,
            Organization.public_administration,
        )
        .where(Organization.kind == "employer")
        .order_by(Organization.name)
    )
    return [(r.id, r.version, r.name, r.public_administration) for r in rows]


def organization_name(uow: UnitOfWork, organization_id: uuid.UUID) -> str:
    return uow.session.get_one(Organization, organization_id).name


def organization_names_by_hex(uow: UnitOfWork) -> dict[str, str]:
    """Names by the id as the journal writes it (hex, no dashes)."""
    return {o.id.hex: o.name for o in uow.session.scalars(select(Organization))}


def social_point_rows(uow: UnitOfWork) -> list[tuple[uuid.UUID, str]]:
    rows = uow.session.execute(select(SocialPoint.id, SocialPoint.name).order_by(SocialPoint.code))
    return [(r.id, r.name) for r in rows]


def social_point_codes(uow: UnitOfWork) -> list[tuple[str, str]]:
    rows = uow.session.execute(
        select(SocialPoint.code, SocialPoint.name).order_by(SocialPoint.code)
    )
    return [(r.code, r.name) for r in rows]


def operator_names(uow: UnitOfWork) -> dict[uuid.UUID, str]:
    return {o.id: o.name for o in uow.session.scalars(select(Operator))}


# Workers


def worker_by_code(uow: UnitOfWork, code: str) -> Worker | None:
    return uow.session.scalar(select(Worker).where(Worker.codice_fiscale == code))


def worker_ids_by_code(uow: UnitOfWork, codes: Sequence[str]) -> dict[str, uuid.UUID]:
    found: dict[str, uuid.UUID] = {}
    for start in range(0, len(codes), LOOKUP_CHUNK):
        chunk = codes[start : start + LOOKUP_CHUNK]
        rows = uow.session.execute(
            select(Worker.codice_fiscale, Worker.id).where(Worker.codice_fiscale.in_(chunk))
        )
        found.update({r[0]: r[1] for r in rows})
    return found


def workers_by_code(uow: UnitOfWork, codes: Sequence[str]) -> dict[str, Worker]:
    existing: dict[str, Worker] = {}
    for start in range(0, len(codes), LOOKUP_CHUNK):
        chunk = codes[start : start + LOOKUP_CHUNK]
        for worker in uow.session.scalars(select(Worker).where(Worker.codice_fiscale.in_(chunk))):
            existing[worker.codice_fiscale] = worker
    return existing


def workers_of_organization(
    uow: UnitOfWork, organization_id: uuid.UUID
) -> list[tuple[uuid.UUID, str, str, str]]:
    """(id, surname, name, codice fiscale) of an employer's workers."""
    rows = uow.session.execute(
        select(Worker.id, Worker.surname, Worker.name, Worker.codice_fiscale).where(
            Worker.organization_id == organization_id
        )
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def households_locked(uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]) -> list[HouseholdMember]:
    """The members of these workers' households, the workers held until commit.

    Two desks importing the same family at once: the second waits, then sees the first
    one's members instead of adding them again (PostgreSQL; SQLite refuses the second
    writer outright)."""
    members: list[HouseholdMember] = []
    for start in range(0, len(worker_ids), LOOKUP_CHUNK):
        chunk = worker_ids[start : start + LOOKUP_CHUNK]
        uow.session.execute(select(Worker.id).where(Worker.id.in_(chunk)).with_for_update())
        members.extend(
            uow.session.scalars(select(HouseholdMember).where(HouseholdMember.worker_id.in_(chunk)))
        )
    return members


def member_enrollments(uow: UnitOfWork, member_id: uuid.UUID) -> int:
    found = uow.session.scalar(
        select(func.count()).select_from(Enrollment).where(Enrollment.member_id == member_id)
    )
    return int(found or 0)


def members_of(uow: UnitOfWork, worker_id: uuid.UUID) -> list[HouseholdMember]:
    return list(
        uow.session.scalars(select(HouseholdMember).where(HouseholdMember.worker_id == worker_id))
    )


def count_of(uow: UnitOfWork, model: type[Base]) -> int:
    return uow.session.scalar(select(func.count()).select_from(model)) or 0


# Search


def run_search_sql(uow: UnitOfWork, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The search's own SQL (store/search_sql.py writes it for either database)."""
    return [tuple(r) for r in uow.session.execute(sql_text(sql), params)]


def drop_search_tokens(uow: UnitOfWork, worker_ids: Sequence[uuid.UUID]) -> None:
    for start in range(0, len(worker_ids), 500):
        uow.session.execute(
            delete(WorkerSearchToken).where(
                WorkerSearchToken.worker_id.in_(worker_ids[start : start + 500])
            )
        )


# History


def journal_of_worker(
    uow: UnitOfWork, worker_id: uuid.UUID, member_ids: Sequence[uuid.UUID], limit: int
) -> list[JournalEntry]:
    """Newest first: the changes to the worker's record and to their household's."""
    return list(
        uow.session.scalars(
            select(JournalEntry)
            .where(
                or_(
                    (JournalEntry.entity == "worker") & (JournalEntry.entity_id == worker_id),
                    (JournalEntry.entity == "household_member")
                    & JournalEntry.entity_id.in_(list(member_ids)),
                )
            )
            .order_by(JournalEntry.id.desc())
            .limit(limit)
        ).all()
    )


# Import profiles


def profile_keyed(uow: UnitOfWork, key: str) -> ImportProfile | None:
    return uow.session.scalar(select(ImportProfile).where(ImportProfile.name_key == key))


def all_profiles(uow: UnitOfWork) -> list[ImportProfile]:
    return list(uow.session.scalars(select(ImportProfile).order_by(ImportProfile.name_key)))


def profile_names(uow: UnitOfWork, kind: str | None) -> list[str]:
    query = select(ImportProfile.name).order_by(ImportProfile.name)
    if kind is not None:
        query = query.where(ImportProfile.kind == kind)
    return list(uow.session.scalars(query))


def records_with(
    uow: UnitOfWork, model: type[Any], column: str, ids: Sequence[uuid.UUID]
) -> list[Any]:
    """Every row of `model` whose `column` is one of `ids`, in chunks."""
    found: list[Any] = []
    field = getattr(model, column)
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = list(ids[start : start + LOOKUP_CHUNK])
        found += uow.session.scalars(select(model).where(field.in_(chunk)))
    return found


def journal_about(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> list[JournalEntry]:
    found: list[JournalEntry] = []
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = list(ids[start : start + LOOKUP_CHUNK])
        found += uow.session.scalars(
            select(JournalEntry).where(JournalEntry.entity_id.in_(chunk)).order_by(JournalEntry.at)
        )
    return found


def journal_count(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> int:
    total = 0
    for start in range(0, len(ids), LOOKUP_CHUNK):
        chunk = list(ids[start : start + LOOKUP_CHUNK])
        total += (
            uow.session.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.entity_id.in_(chunk))
            )
            or 0
        )
    return total


def empty_journal(uow: UnitOfWork, ids: Sequence[uuid.UUID]) -> None:
    """The history of these records keeps what changed and when, not the values."""
    for entry in journal_about(uow, ids):
        entry.changes = dict.fromkeys(entry.changes, ERASED)
    uow.flush()


def audit_about(uow: UnitOfWork, worker_id: uuid.UUID) -> list[AuditEntry]:
    return list(
        uow.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "worker", AuditEntry.entity_id == worker_id)
            .order_by(AuditEntry.at)
        )
    )


def column_keys(record: Any) -> list[str]:
    """The mapped columns of a record, in the table's order."""
    return [attr.key for attr in inspect(record).mapper.column_attrs]


def privacy_records(uow: UnitOfWork, worker_id: uuid.UUID) -> list[PrivacyRecord]:
    return list(
        uow.session.scalars(
            select(PrivacyRecord)
            .where(PrivacyRecord.worker_id == worker_id)
            .order_by(PrivacyRecord.recorded_on, PrivacyRecord.created_at)
        )
    )


def holds_special_data(uow: UnitOfWork, worker_id: uuid.UUID) -> bool:
    """Health, disability or pregnancy recorded for the worker or their household."""
    own = select(Worker.id).where(
        Worker.id == worker_id,
        or_(
            Worker.pregnancy_due_date.is_not(None),
            Worker.disability != "none",
            Worker.illness_invalidity_percent.is_not(None),
            Worker.illness_leave_from.is_not(None),
            Worker.l68.is_not(None),
        ),
    )
    family = select(HouseholdMember.id).where(
        HouseholdMember.worker_id == worker_id, HouseholdMember.disability != "none"
    )
    return bool(uow.session.scalar(select(own.exists() | family.exists())))


def subject_requests(uow: UnitOfWork, worker_id: uuid.UUID) -> list[SubjectRequest]:
    return list(
        uow.session.scalars(
            select(SubjectRequest)
            .where(SubjectRequest.worker_id == worker_id)
            .order_by(SubjectRequest.received_on)
        )
    )


# Retention: each record kind's expiry, as (model, the day it runs from, what else must
# hold). Open work never expires: a need still open, a case not closed, a claim the fund
# has not decided, an agreement still in force.
def _expiry(record: str) -> tuple[type[Any], Any, list[Any]]:
    if record == "colloqui":
        return Contact, Contact.at, []
    if record == "bisogni":
        return Need, Need.raised_on, [Need.status.not_in(("open", "in_progress"))]
    if record == "percorsi":
        return Case, Case.closed_on, [Case.status == "closed"]
    if record == "richieste_fondi_sanitari":
        decided = ("approved", "partly_approved", "rejected", "paid")
        return (
            HealthFundRequest,
            HealthFundRequest.decided_on,
            [HealthFundRequest.status.in_(decided)],
        )
    if record == "allegati_sanitari":
        return (
            HealthAttachment,
            HealthFundRequest.decided_on,
            [
                HealthAttachment.request_id == HealthFundRequest.id,
                HealthFundRequest.decided_on.is_not(None),
            ],
        )
    if record == "richieste_lavoro_agile":
        ended = func.coalesce(
            SmartWorkingRequest.withdrawal_effective_on,
            SmartWorkingRequest.ends_on,
            SmartWorkingRequest.decided_on,
        )
        return (
            SmartWorkingRequest,
            ended,
            [SmartWorkingRequest.status.in_(("ended", "rejected", "withdrawn"))],
        )
    raise KeyError(record)


def _before(column: Any, cutoff: date) -> Any:
    if column is Contact.at:
        return column < datetime.combine(cutoff, time.min)
    return column < cutoff


def expired_summary(uow: UnitOfWork, record: str, cutoff: date) -> tuple[int, Any]:
    """How many records of a kind ran past their period, and the oldest one's day."""
    model, day, conditions = _expiry(record)
    row = uow.session.execute(
        select(func.count(model.id), func.min(day)).where(_before(day, cutoff), *conditions)
    ).one()
    return int(row[0]), row[1]


def expired_records(uow: UnitOfWork, record: str, cutoff: date) -> list[list[Any]]:
    """The expired records and what hangs from them, in the order they can go."""
    model, day, conditions = _expiry(record)
    top = list(uow.session.scalars(select(model).where(_before(day, cutoff), *conditions)))
    ids = [r.id for r in top]
    if record == "percorsi":
        goals = records_with(uow, Goal, "case_id", ids)
        actions = records_with(uow, CaseAction, "goal_id", [g.id for g in goals])
        return [actions, goals, top]
    if record == "richieste_fondi_sanitari":
        invoices = records_with(uow, HealthInvoice, "request_id", ids)
        attachments = records_with(uow, HealthAttachment, "request_id", ids)
        return [invoices, attachments, top]
    if record == "richieste_lavoro_agile":
        return [records_with(uow, MinistryCommunication, "request_id", ids), top]
    return [top]


def records_of_worker(uow: UnitOfWork, worker_id: uuid.UUID) -> list[Any]:
    """Every record that names this worker directly (family, contacts, paths, requests,
    enrollments, vouchers, budgets, privacy), as objects of the unit of work."""
    from welfare_desk.store.models import Worker

    return [record for record, _key in naming(uow, Worker, worker_id)]


def naming(uow: UnitOfWork, model: Any, record_id: uuid.UUID) -> list[tuple[Any, str]]:
    """Every record that names this one directly, with the field that names it."""
    from welfare_desk.store.models import Base

    target = model.__table__.c.id
    found: list[tuple[Any, str]] = []
    for mapper in Base.registry.mappers:
        table = mapper.persist_selectable
        if "id" not in table.c or mapper.class_ is model:
            continue
        for column in table.c:
            if any(fk.column is target for fk in column.foreign_keys):
                other = mapper.class_
                found += [
                    (record, column.key)
                    for record in uow.session.scalars(
                        select(other).where(getattr(other, column.key) == record_id)
                    ).all()
                ]
    return found


def member_with_code(
    uow: UnitOfWork, worker_id: uuid.UUID, codice_fiscale: str | None
) -> HouseholdMember | None:
    if not codice_fiscale:
        return None
    return uow.session.scalars(
        select(HouseholdMember).where(
            HouseholdMember.worker_id == worker_id,
            HouseholdMember.codice_fiscale == codice_fiscale,
        )
    ).first()


def enrollments_of_member(uow: UnitOfWork, member_id: uuid.UUID) -> list[Enrollment]:
    return list(uow.session.scalars(select(Enrollment).where(Enrollment.member_id == member_id)))
