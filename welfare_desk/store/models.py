"""The store's tables as typed SQLAlchemy 2 models.

Every editable record has an application-made UUID, a version for optimistic locking,
and who/when it was created and last changed.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from welfare_desk.store.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Byte order on PostgreSQL too, so that prefixes are ranges and both plans of the search
# sort alike (SQLite compares bytes already).
BYTE_ORDERED = String(240).with_variant(String(240, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        uuid.UUID: Uuid(),
        datetime: DateTime(),
        date: Date(),
    }


class Editable:
    """Identity, optimistic locking and bookkeeping shared by every editable record."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(nullable=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    created_by: Mapped[uuid.UUID | None]
    updated_by: Mapped[uuid.UUID | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class MadeAtPoint:
    """A record made at the desk: the social point where the operator who made it signed
    in that day (set by the unit of work), so that staff time and the HR summary count
    where it happened."""

    social_point_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("social_point.id"))


class Keyed:
    """A record counted in what leaves for HR or a funder: its key for the cell key method,
    `domain.disclosure.record_key` of its id with the store's secret, set when the row is
    written (`store.cell_keys`), so that the database sums the keys of a cell's records."""

    cell_key: Mapped[int] = mapped_column(BigInteger)


class StoreMeta(Base):
    """Facts about the store itself: its site id, its counters."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Operator(Editable, Base):
    __tablename__ = "operator"

    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(30))
    # An operator who signs in; one without a login is only named (a case's owner).
    login: Mapped[str | None] = mapped_column(String(60), unique=True)
    # argon2id; never journaled, like the lockout's counters (JOURNAL_SKIPS in uow.py)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    password_changed_at: Mapped[datetime | None]
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    # An administrator who also follows workers (a small programme's one account)
    also_manager: Mapped[bool] = mapped_column(Boolean, default=False)


class OperatorScope(Editable, Base):
    """What a welfare manager may see: the employers and the social points assigned."""

    __tablename__ = "operator_scope"

    operator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("operator.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organization.id"))
    social_point_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("social_point.id"))


class Organization(Editable, Base):
    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(200))
    # Folded name, so that "Coop. Famiglia Nuova" typed twice is one organization.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    vat_number: Mapped[str | None] = mapped_column(String(16))
    municipality: Mapped[str | None] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(300))  # a provider's, for QR codes
    # art. 1 c. 2 D.Lgs. 165/2001: its Ministry communications keep the 20th of next month
    public_administration: Mapped[bool] = mapped_column(Boolean, default=False)


class SocialPoint(Editable, Base):
    __tablename__ = "social_point"

    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    municipality: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(200))
    opening_hours: Mapped[str | None] = mapped_column(String(200))


class Worker(Keyed, Editable, Base):
    __tablename__ = "worker"
    # what a report joins a record's worker for, and what a list shows of them (the
    # agenda's week), read from the index alone
    __table_args__ = (
        Index(
            "ix_worker_counted",
            "id",
            "organization_id",
            "cell_key",
            "social_point_id",
            "surname",
            "name",
        ),
        # a short typed word that begins an employer's word: its workers in list order
        Index("ix_worker_employer_order", "organization_id", "sort_key"),
    )

    codice_fiscale: Mapped[str] = mapped_column(String(16), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    # The order lists and search results are shown and paged in (domain.search_text).
    sort_key: Mapped[str] = mapped_column(BYTE_ORDERED, unique=True)
    birth_date: Mapped[date]
    sex: Mapped[str] = mapped_column(String(1))
    birth_place_code: Mapped[str] = mapped_column(String(4))
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    social_point_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("social_point.id"), index=True
    )
    work_site: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    municipality: Mapped[str | None] = mapped_column(String(80))
    # Special-category data (art. 9 GDPR): shown only where a category needs it.
    pregnancy_due_date: Mapped[date | None]
    disadvantaged: Mapped[bool] = mapped_column(Boolean, default=False)
    # The worker's own recognition under L. 104/1992 and a disabling illness (L. 106/2025):
    # special-category data, read only to derive the smart-working priority.
    disability: Mapped[str] = mapped_column(
        String(10), default="none", server_default="none", info={"sensitive": True}
    )
    illness_invalidity_percent: Mapped[int | None] = mapped_column(info={"sensitive": True})
    # The leave of art. 1 c. 1 L. 106/2025, once taken: the smart-working priority follows it.
    illness_leave_from: Mapped[date | None] = mapped_column(info={"sensitive": True})
    illness_leave_until: Mapped[date | None] = mapped_column(
        index=True,
        info={"sensitive": True},  # the agenda asks who is back this week
    )
    # Disabled under art. 1 c. 1 L. 68/1999, as certified (domain.smart_working.L68Basis).
    l68: Mapped[str | None] = mapped_column(String(20), info={"sensitive": True})

    household: Mapped[list[HouseholdMember]] = relationship(
        back_populates="worker",
        cascade="all, delete-orphan",
        order_by="HouseholdMember.birth_date",
    )
    organization: Mapped[Organization] = relationship()


class HouseholdMember(Keyed, Editable, Base):
    __tablename__ = "household_member"
    __table_args__ = (
        UniqueConstraint("worker_id", "codice_fiscale"),
        # a worker's family and what makes their categories, read from the index alone
        Index(
            "ix_household_member_counted",
            "worker_id",
            "relation",
            "birth_date",
            "entered_on",
            "disability",
        ),
    )

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    relation: Mapped[str] = mapped_column(String(20))
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date]
    codice_fiscale: Mapped[str | None] = mapped_column(String(16))
    sex: Mapped[str | None] = mapped_column(String(1))
    disability: Mapped[str] = mapped_column(String(10), default="none")
    dependent: Mapped[bool] = mapped_column(Boolean, default=False)
    # adopted or fostered: maternity runs a year from this day (art. 54 c. 9 D.Lgs. 151/2001)
    entered_on: Mapped[date | None]
    # L. 205/2017 art. 1 c. 255: the worker assists them (told, never presumed), and the
    # attendance allowance that, like art. 3 c. 3, makes them one a caregiver assists.
    cared_for: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    attendance_allowance: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false(), info={"sensitive": True}
    )

    worker: Mapped[Worker] = relationship(back_populates="household")


class WorkerSearchToken(Base):
    """Index for search as you type: one row per word of a worker's names and code,
    and one per prefix of one to four letters of those words, marked with "!" (see
    `domain.search_text.short_prefixes`), each with the worker's sort key so that a
    word's or a short prefix's matches are read already in order.

    Derived data, rebuilt from the worker; not journaled.
    """

    __tablename__ = "worker_search_token"
    # Both indexes cover every column the search reads: no table lookups.
    __table_args__ = (
        Index("ix_worker_search_token_worker", "worker_id", "token"),
        {"sqlite_with_rowid": False},
    )

    token: Mapped[str] = mapped_column(
        String(40).with_variant(String(40, collation="C"), "postgresql"), primary_key=True
    )
    sort_key: Mapped[str] = mapped_column(BYTE_ORDERED, primary_key=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), primary_key=True
    )


class JournalEntry(Base):
    """One change to one record: who, when, what, old → new. Written in the same
    transaction; its id is the change's operation id."""

    __tablename__ = "change_journal"
    __table_args__ = (
        Index("ix_change_journal_entity", "entity", "entity_id"),
        # what a hub's commit has still to number: its own rows, found without a scan
        Index(
            "ix_change_journal_unnumbered", "id", postgresql_where=text("hub_seq IS NULL")
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime]
    operator_id: Mapped[uuid.UUID | None]
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    # What synchronisation needs to replay the change on another desk (#20): its place
    # in the order of every desk's changes (a hybrid logical clock stamp, which names
    # the site), the record's version it was made on (none for a new record) and the
    # schema it was written under. Rows from before revision 0033 have none.
    stamp: Mapped[str | None] = mapped_column(
        String(64).with_variant(String(64, collation="C"), "postgresql"), index=True
    )
    base_version: Mapped[int | None]
    schema_version: Mapped[str | None] = mapped_column(String(12))
    # On the hub: the change's place in commit order, given under a lock as its transaction
    # commits (`store.feed`), so that a desk reading past its cursor misses nothing.
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, index=True, unique=True)


class SyncOutbox(Base):
    """A replica's changes not yet acknowledged by the hub, in the order they were made:
    written with the change, deleted when the hub has it (#20)."""

    __tablename__ = "sync_outbox"

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[uuid.UUID] = mapped_column(unique=True)


class SyncAlias(Base):
    """On the hub: a record a desk made for one already there (the same codice fiscale,
    the same employer's name), and the record it stands for; the desk's later changes to
    it, and to what hangs from it, are applied to that one."""

    __tablename__ = "sync_alias"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    target: Mapped[uuid.UUID]


class SyncConflict(Editable, Base):
    """Two desks changed the same thing: what the merge kept and what it set aside, for
    the welfare manager to confirm or put right (`sync.conflicts`)."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_open", "resolved_at", "created_at"),)

    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    # "field": the same field edited on two desks; "deleted": removed on one desk, edited
    # on another (the removal stands); "edit_on_deleted": an edit arrived after the removal
    kind: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(String(60))
    kept: Mapped[Any | None] = mapped_column(JSON)
    lost: Mapped[Any | None] = mapped_column(JSON)
    # the change that met the other desk's: its id, site, operator and time
    op_id: Mapped[uuid.UUID]
    op_site: Mapped[str | None] = mapped_column(String(40))
    op_by: Mapped[uuid.UUID | None]
    op_at: Mapped[datetime | None]
    incoming_kept: Mapped[bool] = mapped_column(Boolean)  # its value is the one kept
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(20))


class PrivacyRecord(Editable, Base):
    """The information notice given to a worker (purpose None) or the legal basis of one
    purpose (art. 6 or 9 GDPR), with its day and the notice's version; a withdrawal keeps
    the record, dated."""

    __tablename__ = "privacy_record"

    worker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str | None] = mapped_column(String(40))
    basis: Mapped[str | None] = mapped_column(String(40))
    notice_version: Mapped[str] = mapped_column(String(20))
    recorded_on: Mapped[date]
    withdrawn_on: Mapped[date | None]


class SubjectRequest(Editable, Base):
    """A data subject's request (artt. 15–22 GDPR): received, due, extended, answered."""

    __tablename__ = "subject_request"
    __table_args__ = (Index("ix_subject_request_open", "answered_on", "due_on"),)

    worker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str | None] = mapped_column(String(300))
    answered_on: Mapped[date | None]


class AuditEntry(Base):
    """One look at, print or export of a person's data: who, when, what, and for an
    export why. Append-only: the database refuses to change or remove a row."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(index=True)
    operator_id: Mapped[uuid.UUID | None]
    action: Mapped[str] = mapped_column(String(20))  # view, print, export
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None]
    detail: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(String(300))


class Contact(Keyed, Editable, Base):
    """A conversation with a worker (colloquio): when, how, where, who, what was said."""

    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_worker_at", "worker_id", "at"),
        # a quarter's contacts counted from the index alone (`reporting.queries.quarter`)
        Index(
            "ix_contact_counted",
            "at",
            "worker_id",
            "channel",
            "social_point_id",
            "cell_key",
            "duration_minutes",  # the funder's hours
        ),
    )

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    # the meeting's local wall time, as the operator writes it
    at: Mapped[datetime]
    duration_minutes: Mapped[int] = mapped_column(default=0)
    channel: Mapped[str] = mapped_column(String(20))
    social_point_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("social_point.id"), index=True
    )
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), index=True)
    # Special-category data may be written here (health, pregnancy): encrypted at rest by
    # the data-protection issue, never shown to HR.
    notes: Mapped[str | None] = mapped_column(Text, info={"sensitive": True})


class Need(MadeAtPoint, Keyed, Editable, Base):
    """A need raised in a contact, from the taxonomy in db/reference/needs.json."""

    __tablename__ = "need"
    __table_args__ = (
        Index("ix_need_worker_status", "worker_id", "status"),
        Index("ix_need_counted", "raised_on", "worker_id", "kind", "cell_key"),
    )

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    # The case whose assessment took the need on; a need raised once may wait for one.
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(60))
    # The day it was raised (its contact's day): what reports count by, not created_at.
    raised_on: Mapped[date]
    urgency: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(500))


class Case(Keyed, Editable, Base):
    """A personalised path (percorso): at most one open per worker."""

    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_file_worker_status", "worker_id", "status"),
        # the quarter's cases counted from the indexes alone
        Index("ix_case_file_opened_counted", "opened_on", "worker_id", "cell_key"),
        Index(
            "ix_case_file_closed_counted",
            "closed_on",
            "worker_id",
            "closing_reason",
            "cell_key",
            "opened_on",  # a path followed in the quarter: open in it, its days in the index
            "id",  # and its goals found from it
        ),
        # the agenda: reviews due on open paths, and a due action's path, from the index
        Index(
            "ix_case_file_status",
            "status",
            "next_review",
            "number",
            "id",
            "worker_id",
            "owner_id",
            "social_point_id",
        ),
        Index(
            "ix_case_file_agenda",
            "id",
            "status",
            "number",
            "worker_id",
            "owner_id",
            "social_point_id",
        ),
    )

    number: Mapped[str] = mapped_column(String(30), unique=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"), index=True)
    social_point_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("social_point.id"))
    status: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    closing_reason: Mapped[str | None] = mapped_column(String(30))
    situation: Mapped[str | None] = mapped_column(Text, info={"sensitive": True})
    resources: Mapped[str | None] = mapped_column(Text, info={"sensitive": True})
    next_review: Mapped[date | None] = mapped_column(index=True)


class Goal(Keyed, Editable, Base):
    __tablename__ = "goal"
    # a case's goals, and what the quarter counts of them, from the index alone; and a
    # due action's path (the agenda)
    __table_args__ = (
        Index("ix_goal_counted", "case_id", "outcome", "cell_key"),
        Index("ix_goal_case_of", "id", "case_id"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    need_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("need.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    target_date: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(String(20))


class CaseAction(MadeAtPoint, Editable, Base):
    """A step of the plan: who does what by when."""

    __tablename__ = "case_action"
    # The agenda reads what is due from this index alone: the goal and the title ride in it.
    __table_args__ = (Index("ix_case_action_due", "status", "due_date", "goal_id", "title"),)

    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    responsible: Mapped[str] = mapped_column(String(20))
    due_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20))


class Agreement(Editable, Base):
    """A convenzione with a provider: rates, validity, the employers or programme it serves."""

    __tablename__ = "agreement"

    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    rates: Mapped[str | None] = mapped_column(Text)
    programme: Mapped[str | None] = mapped_column(String(120))
    employer_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_name: Mapped[str | None] = mapped_column(String(120))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(40))


class Service(Editable, Base):
    """A service of the catalogue: what, who provides it, for whom, at what price."""

    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("provider_id", "name_key"),)

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    # A need code ("childcare.holiday_camps") or a whole category ("childcare").
    category: Mapped[str] = mapped_column(String(60), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    agreement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id"))
    municipality: Mapped[str | None] = mapped_column(String(80))
    address: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[str] = mapped_column(String(20))
    min_age: Mapped[int | None]
    max_age: Mapped[int | None]
    target_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    employer_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    municipalities: Mapped[list[str]] = mapped_column(JSON, default=list)
    inclusion_support: Mapped[bool] = mapped_column(Boolean, default=False)
    # one voucher names several goods or services (DM 25/3/2016 art. 6 c. 3: ≤ € 258,23)
    several_goods: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    price_model: Mapped[str] = mapped_column(String(20))
    worker_price_cents: Mapped[int | None]
    full_price_cents: Mapped[int | None]
    voucher_value_cents: Mapped[int | None]
    tax_class: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Edition(Editable, Base):
    """A run of a service in a period, with its places; `taken` and `waiting` are kept by
    the enrollments under a row lock, so that matching reads places without counting."""

    __tablename__ = "edition"
    __table_args__ = (Index("ix_edition_open", "status", "ends_on"),)

    service_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    period: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20))
    capacity: Mapped[int]
    taken: Mapped[int] = mapped_column(default=0)
    waiting: Mapped[int] = mapped_column(default=0)


class EditionSession(Editable, Base):
    __tablename__ = "edition_session"

    edition_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("edition.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date]
    minutes: Mapped[int] = mapped_column(default=0)


class Enrollment(MadeAtPoint, Keyed, Editable, Base):
    """A worker, or one of their household, in an edition."""

    __tablename__ = "enrollment"
    __table_args__ = (Index("ix_enrollment_edition_status", "edition_id", "status"),)

    edition_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("edition.id", ondelete="CASCADE"))
    worker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("household_member.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_action.id", ondelete="SET NULL"), index=True
    )


class Attendance(Editable, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("enrollment_id", "session_id"),)

    enrollment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE")
    )
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("edition_session.id", ondelete="CASCADE"), index=True
    )
    present: Mapped[bool] = mapped_column(Boolean)


class Budget(Editable, Base):
    """A pot of money: a programme's line (by action and partner) or one worker's yearly
    welfare allowance. Its balance is never stored: it is the sum of its ledger."""

    __tablename__ = "budget"
    # One allowance per worker and year, whatever two desks do at once.
    __table_args__ = (
        Index(
            "uq_budget_allowance",
            "worker_id",
            "year",
            unique=True,
            sqlite_where=text("kind = 'allowance'"),
            postgresql_where=text("kind = 'allowance'"),
        ),
    )

    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    programme: Mapped[str | None] = mapped_column(String(120))
    action: Mapped[str | None] = mapped_column(String(120))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organization.id"))
    employer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organization.id"))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int | None]
    valid_from: Mapped[date]
    valid_to: Mapped[date]


class Voucher(MadeAtPoint, Keyed, Editable, Base):
    """Nominal, for one service, at face value; never cash, never transferable."""

    __tablename__ = "voucher"
    __table_args__ = (Index("ix_voucher_worker_year", "worker_id", "year"),)

    number: Mapped[str] = mapped_column(String(30), unique=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    member_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("household_member.id", ondelete="SET NULL"), index=True
    )
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"), index=True)
    edition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("edition.id"))
    enrollment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("enrollment.id", ondelete="SET NULL"), index=True
    )
    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budget.id"), index=True)
    value_cents: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20))
    issued_on: Mapped[date] = mapped_column(index=True)
    year: Mapped[int]
    tax_class: Mapped[str] = mapped_column(String(20))
    fringe: Mapped[bool] = mapped_column(Boolean, default=False)
    cancelled_on: Mapped[date | None] = mapped_column(index=True)


class OtherBenefit(Editable, Base):
    """A benefit the employer gives outside the desk (utilities, rent, the company car…),
    as payroll states it: it counts toward the same fringe-benefit threshold."""

    __tablename__ = "other_benefit"
    __table_args__ = (Index("ix_other_benefit_worker_year", "worker_id", "year"),)

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id", ondelete="CASCADE"))
    year: Mapped[int]  # the tax period it belongs to
    kind: Mapped[str] = mapped_column(String(30))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str | None] = mapped_column(String(200))


class LedgerEntry(Keyed, Editable, Base):
    """One movement of a budget; appended, never changed."""

    __tablename__ = "ledger_entry"
    __table_args__ = (Index("ix_ledger_entry_budget", "budget_id", "booked_on"),)

    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budget.id", ondelete="CASCADE"))
    # The business day of the movement (a voucher's issue or cancellation): reports put
    # money in a period by it; created_at only says when the row was written.
    booked_on: Mapped[date]
    movement: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    voucher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("voucher.id"), index=True)
    note: Mapped[str | None] = mapped_column(String(300))


class HealthFundRequest(MadeAtPoint, Keyed, Editable, Base):
    """A request to a supplementary health fund: enrolment, extension, pre-authorisation,
    reimbursement. Health data: never shown to HR."""

    __tablename__ = "health_request"
    __table_args__ = (Index("ix_health_request_status", "status"),)

    number: Mapped[str] = mapped_column(String(30), unique=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("household_member.id", ondelete="SET NULL"), index=True
    )
    fund_code: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(30))
    regime: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date]  # the day the desk took the request in
    submitted_on: Mapped[date | None]
    suspended_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    paid_on: Mapped[date | None]
    amount_claimed_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    amount_approved_cents: Mapped[int | None] = mapped_column(BigInteger)
    amount_paid_cents: Mapped[int | None] = mapped_column(BigInteger)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text, info={"sensitive": True})
    decision_note: Mapped[str | None] = mapped_column(String(500))
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_action.id", ondelete="SET NULL"), index=True
    )


class HealthInvoice(Editable, Base):
    __tablename__ = "health_invoice"

    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_request.id", ondelete="CASCADE"), index=True
    )
    invoice_date: Mapped[date]
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    issuer: Mapped[str | None] = mapped_column(String(200), info={"sensitive": True})


class HealthAttachment(Editable, Base):
    """A scan or PDF kept in the store, with its hash; its content is health data."""

    __tablename__ = "health_attachment"

    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("health_request.id", ondelete="CASCADE"), index=True
    )
    document: Mapped[str | None] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(60))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, info={"sensitive": True})


class SmartWorkingRequest(MadeAtPoint, Keyed, Editable, Base):
    """A request for agile work (L. 81/2017) and, once approved, its individual agreement."""

    __tablename__ = "smart_working_request"
    __table_args__ = (Index("ix_smart_working_request_status", "status"),)

    number: Mapped[str] = mapped_column(String(30), unique=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("worker.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    days_per_week: Mapped[int]
    weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)  # 0 = Monday
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]  # None: open-ended
    reasons: Mapped[str | None] = mapped_column(Text, info={"sensitive": True})
    received_on: Mapped[date]  # the day the desk took the request in
    submitted_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    decision_reason: Mapped[str | None] = mapped_column(String(500))
    places: Mapped[str | None] = mapped_column(String(500))
    tools: Mapped[str | None] = mapped_column(String(500))
    rest_times: Mapped[str | None] = mapped_column(String(500))
    disconnection: Mapped[str | None] = mapped_column(String(500))
    reachable_hours: Mapped[str | None] = mapped_column(String(300))  # art. 18 c. 1
    signed_on: Mapped[date | None]
    # A withdrawal from an agreement in force: the agreement runs until this day.
    withdrawal_effective_on: Mapped[date | None]
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("case_action.id", ondelete="SET NULL"), index=True
    )


class MinistryCommunication(Editable, Base):
    """The mandatory communication of an agreement's start, change or end."""

    __tablename__ = "ministry_communication"

    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("smart_working_request.id", ondelete="CASCADE"), index=True
    )
    event: Mapped[str] = mapped_column(String(10))  # start, change, end
    event_date: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    sent_on: Mapped[date | None]
    reference: Mapped[str | None] = mapped_column(String(60))


class IssuedReport(Editable, Base):
    """A report's figures as they were when it was first issued for a period that had
    ended: issuing it again gives the same numbers, whatever was edited since."""

    __tablename__ = "issued_report"
    __table_args__ = (UniqueConstraint("kind", "period", "scope"),)

    kind: Mapped[str] = mapped_column(String(20))  # quarterly
    period: Mapped[str] = mapped_column(String(20))  # 2026Q3
    scope: Mapped[str] = mapped_column(String(40))  # an employer's id, or "" for all
    issued_on: Mapped[date]  # the day the issuer gave, printed on every later issue
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)


class ImportProfile(Editable, Base):
    """How a sender writes its files: the columns and the values a person confirmed once,
    offered again the next time the same employer or provider sends the same shape."""

    __tablename__ = "import_profile"

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # workers, household, catalogue
    columns: Mapped[dict[str, Any]] = mapped_column(JSON)  # field → header or column letter
    choices: Mapped[list[Any]] = mapped_column(JSON)  # [field, text as normalised, value]
