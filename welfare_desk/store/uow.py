"""The unit of work: one session, one transaction, and the change journal written inside it.

The use cases of a capability hold no SQL: they add, get, load and delete records
through the unit of work, and read through their capability's `queries` module, the one
module of each capability that writes statements.

Every insert, update and delete made through a session of the store passes the
`before_flush` hook below, which stamps bookkeeping columns and adds a journal row in
the same flush. Bulk inserts go through `UnitOfWork.insert_many`, which does the same
with Core statements.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy import Date, DateTime, Table, Uuid, event, func, insert, inspect, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from welfare_desk.clock import Clock
from welfare_desk.domain.access import people_refusal
from welfare_desk.domain.hlc import Stamp
from welfare_desk.store import bulk
from welfare_desk.store.cell_keys import forget_secret, key_of, session_secret
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import ConflictError, NotAllowed, NotFound, from_database
from welfare_desk.store.feed import HUB_KEY, JOURNALED, number_changes
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import (
    AuditEntry,
    Base,
    Editable,
    JournalEntry,
    Keyed,
    MadeAtPoint,
    StoreMeta,
    SyncOutbox,
    Worker,
)
from welfare_desk.store.revisions import HEAD
from welfare_desk.store.stamps import SITE_KEY, StampSource, floor_of

E = TypeVar("E", bound=Editable)
B = TypeVar("B", bound=Base)
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "created_by", "updated_by"})
BULK_CHUNK = 2000
JOURNAL: Table = JournalEntry.__table__  # type: ignore[assignment]
OUTBOX: Table = SyncOutbox.__table__  # type: ignore[assignment]
REPLICA = "replica"  # a session's info: its store is a replica, whose changes go out


def plain_value(value: Any) -> Any:
    """A column's value as JSON holds it: the journal's and the person's export's form."""
    if isinstance(value, bytes):  # a scan's content: the journal keeps its size, not a copy
        return f"{len(value)} byte"
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


OUT_OF_SCOPE = (
    "Questa persona non è tra le aziende e i social point assegnati a te: chiedi "
    "all'amministratore se devi seguirla."
)

# Columns that never leave the store, in its journal or in a person's export: a
# password's hash and the lockout's counters are no one's history, and cell_key, the id's
# keyed hash (`store.cell_keys`), would give away the noise of every report cell its
# record is counted in.
STORE_ONLY = frozenset({"password_hash", "failed_attempts", "locked_until", "cell_key"})
JOURNAL_SKIPS = STORE_ONLY


def _fields(model: type[Base]) -> list[str]:
    return [
        c.key
        for c in inspect(model).column_attrs
        if c.key not in BOOKKEEPING and c.key not in JOURNAL_SKIPS
    ]


def _plain_fields(model: type[Base]) -> list[tuple[str, Callable[[Any], Any]]]:
    """The journaled columns whose values JSON cannot hold as they are, each with its
    conversion: asked of the encoder value by value, they cost more than the encoding."""
    columns = model.__table__.columns
    found: list[tuple[str, Callable[[Any], Any]]] = []
    for key in _fields(model):
        kind = columns[key].type
        if isinstance(kind, Uuid):
            found.append((key, str))
        elif isinstance(kind, Date | DateTime):
            found.append((key, _iso))
    return found


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _journal_row(
    entity: str,
    entity_id: uuid.UUID,
    action: str,
    changes: dict[str, Any] | str,
    at: datetime,
    operator_id: uuid.UUID | None,
    stamp: str,
    base_version: int | None = None,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "at": at,
        "operator_id": operator_id,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "changes": changes,
        "stamp": stamp,
        "base_version": base_version,
        "schema_version": HEAD,
    }


def _stamp(session: Session) -> str:
    """The hybrid logical clock's stamp for the changes of one flush (`store.stamps`)."""
    source: StampSource = session.info["stamps"]
    connection = session.connection()
    site = session.info.get("site")
    if site is None:
        wanted = select(StoreMeta.key, StoreMeta.value).where(
            StoreMeta.key.in_((SITE_KEY, HUB_KEY))
        )
        found = {key: value for key, value in connection.execute(wanted)}
        site = session.info["site"] = str(found[SITE_KEY])
        session.info[REPLICA] = HUB_KEY in found
    session.info[JOURNALED] = True
    newest = connection.execute(select(func.max(JournalEntry.stamp))).scalar()
    if newest is not None:
        return source.next(site, Stamp.parse(newest)).text()
    made = connection.execute(  # PostgreSQL has no max() of UUIDs; the key's index
        select(JournalEntry.id).order_by(JournalEntry.id.desc()).limit(1)
    ).scalar()
    return source.next(site, floor_of(site, made) if made is not None else None).text()


# Where the journal keeps why a record was removed by hand.
REASON_KEY = "motivo"
# What the journal keeps of a value an erasure or a purge removed: that it changed, not what.
ERASED = "[cancellato]"


def _forgotten(values: dict[str, Any]) -> dict[str, Any]:
    return dict.fromkeys(values, ERASED)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    forgetting = bool(session.info.get("forget"))
    operator_id: uuid.UUID | None = session.info.get("operator_id")
    clock: Clock | None = session.info.get("clock")
    if clock is None:  # a session made outside a unit of work would stamp no time
        raise RuntimeError("changes are written through a unit of work")
    now = clock.stamp()
    entries: list[JournalEntry] = []
    point: uuid.UUID | None = session.info.get("social_point_id")
    stamp: str | None = None

    def stamped() -> str:  # asked only when something is journaled
        nonlocal stamp
        stamp = stamp or _stamp(session)
        return stamp

    for obj in list(session.new):
        if not isinstance(obj, Editable):
            continue
        if isinstance(obj, MadeAtPoint) and obj.social_point_id is None:
            obj.social_point_id = point
        made = obj.id = obj.id or new_id()
        if isinstance(obj, Keyed):
            obj.cell_key = key_of(session_secret(session), made)
        obj.created_at = obj.updated_at = now
        obj.created_by = obj.updated_by = operator_id
        mapper = inspect(obj).mapper
        values = {key: plain_value(getattr(obj, key)) for key in _fields(mapper.class_)}
        entries.append(
            JournalEntry(
                **_journal_row(
                    mapper.local_table.name, obj.id, "insert", values, now, operator_id, stamped()
                )
            )
        )
    for obj in list(session.dirty):
        if not isinstance(obj, Editable) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes: dict[str, Any] = {}
        for key in _fields(state.mapper.class_):
            history = state.attrs[key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    changes[key] = [plain_value(old), plain_value(new)]
        if not changes:
            continue
        if forgetting:
            changes = _forgotten(changes)
        because = session.info.get("reasons", {}).pop(id(obj), None)
        if because:
            changes[REASON_KEY] = because
        obj.updated_at = now
        obj.updated_by = operator_id
        entries.append(
            JournalEntry(
                **_journal_row(
                    state.mapper.local_table.name,
                    obj.id,
                    "update",
                    changes,
                    now,
                    operator_id,
                    stamped(),
                    obj.version,  # the version it was made on: the flush moves it on
                )
            )
        )
    for obj in list(session.deleted):
        if not isinstance(obj, Editable):
            continue
        mapper = inspect(obj).mapper
        values = {key: plain_value(getattr(obj, key)) for key in _fields(mapper.class_)}
        if forgetting:
            values = _forgotten(values)
        why = session.info.get("reasons", {}).pop(id(obj), None)
        if why:
            values[REASON_KEY] = why
        entries.append(
            JournalEntry(
                **_journal_row(
                    mapper.local_table.name,
                    obj.id,
                    "delete",
                    values,
                    now,
                    operator_id,
                    stamped(),
                    obj.version,
                )
            )
        )
    session.add_all(entries)
    if entries and session.info.get(REPLICA):  # sent to the hub until it acknowledges them
        session.add_all(SyncOutbox(op_id=entry.id) for entry in entries)


def _before_commit(session: Session) -> None:
    """On a hub, the transaction's changes are numbered as it commits (`store.feed`)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.flush()  # the commit's own flush comes after this hook
    if session.info.pop(JOURNALED, False):
        number_changes(session.connection())


def _after_rollback(session: Session) -> None:
    forget_secret(session)
    session.info.pop(JOURNALED, None)


def install_journal(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_rollback", _after_rollback)


class UnitOfWork:
    """One short transaction against a store. Leaving without `commit()` rolls back.

    `clock` is the store's, the application's one clock: services ask it for today."""

    def __init__(self, store: Store, operator_id: uuid.UUID | None = None) -> None:
        self.store = store
        self.clock: Clock = store.clock
        self.operator_id = operator_id if operator_id is not None else store.operator_id
        self.social_point_id = store.social_point_id
        self.role, self.also_manager = store.role, store.also_manager
        self.scope_organizations, self.scope_points = store.scope_organizations, store.scope_points
        self._audits: list[dict[str, Any]] = []
        self._session: Session | None = None

    def __enter__(self) -> Self:
        self._session = self.store.sessions()
        self._session.info["operator_id"] = self.operator_id
        self._session.info["social_point_id"] = self.social_point_id
        self._session.info["clock"] = self.clock
        self._session.info["stamps"] = self.store.stamps
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
            if self._audits and exc is None:  # a read that went well: its look is kept
                self._write_audits()
                session.commit()
        finally:
            session.close()
            self._session = None
        if isinstance(exc, DBAPIError):
            raise from_database(exc) from None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    @property
    def dialect(self) -> str:
        return self.store.dialect

    def add(self, record: Base) -> None:
        self.session.add(record)

    def add_all(self, records: Iterable[Base]) -> None:
        self.session.add_all(records)

    def get(self, model: type[B], record_id: uuid.UUID) -> B | None:
        return self.session.get(model, record_id)

    def delete(self, record: Base, reason: str | None = None) -> None:
        """Removes a record through the session, so the journal keeps what it held and,
        when given, why it was removed."""
        if reason:
            self.session.info.setdefault("reasons", {})[id(record)] = reason
        self.session.delete(record)

    def because(self, record: Base, reason: str | None) -> None:
        """The journal's row for this record's next change keeps why it was made (a
        cancellation's reason, for instance)."""
        if reason:
            self.session.info.setdefault("reasons", {})[id(record)] = reason

    def refresh(self, record: Base) -> None:
        self.session.refresh(record)

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError:
            self.session.rollback()
            raise _conflict() from None

    def audit(
        self,
        action: str,
        entity: str,
        ids: Iterable[uuid.UUID | None],
        detail: str | None = None,
        reason: str | None = None,
    ) -> None:
        """A look at, print or export of people's data, one row each, by whoever signed
        in; written with the unit of work's commit, or alone when it only read."""
        at = self.clock.stamp()
        self._audits += [
            {
                "id": new_id(),
                "at": at,
                "operator_id": self.operator_id,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "detail": detail,
                "reason": reason,
            }
            for entity_id in ids
        ]

    def forget_values(self) -> None:
        """From here on the journal records what this unit of work changes and removes,
        but not the values: an erasure must not copy into the history what it erases."""
        self.session.info["forget"] = True

    def require_people(self) -> None:
        """Refuses, before any row is read, a role that does not read people's records."""
        refusal = people_refusal(self.role, self.also_manager)
        if refusal is not None:
            raise NotAllowed(refusal)

    def require_person(
        self, organization_id: uuid.UUID | None, social_point_id: uuid.UUID | None
    ) -> None:
        """A person's record, for a role that reads people and, for a manager with an
        assignment, only of the employers or social points assigned."""
        self.require_people()
        if not (self.scope_organizations or self.scope_points):
            return
        if organization_id in self.scope_organizations or social_point_id in self.scope_points:
            return
        raise NotAllowed(OUT_OF_SCOPE)

    def require_visible(self, worker_id: uuid.UUID) -> None:
        """As require_person, for a worker known by id only."""
        self.require_people()
        if worker_id not in self.visible_workers([worker_id]):
            raise NotAllowed(OUT_OF_SCOPE)

    def visible_workers(self, worker_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Of these workers, those a manager's assignment reaches (all without one)."""
        wanted = list(dict.fromkeys(worker_ids))
        if not (self.scope_organizations or self.scope_points):
            return set(wanted)
        seen: set[uuid.UUID] = set()
        for start in range(0, len(wanted), 500):
            statement = select(Worker.id).where(
                Worker.id.in_(wanted[start : start + 500]),
                or_(
                    Worker.organization_id.in_(self.scope_organizations),
                    Worker.social_point_id.in_(self.scope_points),
                ),
            )
            seen.update(self.session.scalars(statement))
        return seen

    def _write_audits(self) -> None:
        if self._audits:
            self.session.execute(insert(AuditEntry), self._audits)
            self._audits = []

    def commit(self) -> None:
        self._write_audits()
        try:
            self.session.commit()
        except StaleDataError:
            self.session.rollback()
            raise _conflict() from None
        except DBAPIError as exc:
            self.session.rollback()
            raise from_database(exc) from None

    def rollback(self) -> None:
        self.session.rollback()

    def load(
        self,
        model: type[E],
        record_id: uuid.UUID,
        expected_version: int | None,
        *,
        missing: str = "Il dato non è più in archivio: qualcuno l'ha eliminato.",
        changed: str | Callable[[E], str] = (
            "Il dato è stato modificato da un'altra postazione: ricarica, poi riprova."
        ),
        lock: bool = False,
        fresh: bool = False,
    ) -> E:
        """The record as the caller last saw it: NotFound when it is gone, ConflictError
        when another desk changed it since `expected_version` (None: whatever its version).
        `changed` may name the record (a function of it). `lock` holds it until commit,
        for a change that reads before it writes; `fresh` reads it again, for a record
        checked after the lock of the row that guards it (its edition, its budget)."""
        if lock:
            statement = select(model).where(model.id == record_id).with_for_update()
            record = self.session.execute(statement).scalar_one_or_none()
        else:
            record = self.session.get(model, record_id)
        if record is None:
            raise NotFound(missing)
        if fresh:
            self.session.refresh(record)
        if expected_version is not None and record.version != expected_version:
            raise ConflictError(changed if isinstance(changed, str) else changed(record))
        return record

    def insert_many(
        self,
        model: type[Editable],
        rows: Sequence[Mapping[str, Any]],
        progress: Callable[[int], None] | None = None,
        when: Callable[[Mapping[str, Any]], datetime] | None = None,
    ) -> list[uuid.UUID]:
        """Bulk insert with bookkeeping and journal rows, in Core for speed; `progress`
        hears how many rows are written so far (and may raise to stop). `when` dates a
        row that records the past (demo history, naive UTC); by default it is now."""
        if not rows:
            return []
        written_at = self.clock.stamp()
        fields = _fields(model)  # type: ignore[arg-type]
        plain = _plain_fields(model)  # type: ignore[arg-type]
        table = model.__table__  # type: ignore[attr-defined]
        stamped: list[dict[str, Any]] = []
        journal: list[dict[str, Any]] = []
        # the defaults of columns left out, given here: the journal holds what the row does
        filled = bulk.defaults(table, {*rows[0], "id"})
        self.flush()  # records added before are written first, as a query would
        secret = session_secret(self.session) if issubclass(model, Keyed) else None
        for row in rows:
            record = dict(row)
            if "id" not in record:  # not setdefault: a new id costs, and most rows have one
                record["id"] = new_id()
            if secret is not None:
                record["cell_key"] = key_of(secret, record["id"])
            for key, made in filled.items():
                record[key] = made()
            now = when(record) if when is not None else written_at
            record.update(
                version=1,
                created_at=now,
                updated_at=now,
                created_by=self.operator_id,
                updated_by=self.operator_id,
            )
            stamped.append(record)
            # written as the JSON column would write it, without a pass over every value
            values = {key: record.get(key) for key in fields}
            for key, made_plain in plain:
                value = values[key]
                if value is not None:
                    values[key] = made_plain(value)
            text = json.dumps(values, default=plain_value)
            journal.append(
                _journal_row(table.name, record["id"], "insert", text, now, self.operator_id, "")
            )
        connection = self.session.connection()
        stamp = _stamp(self.session)  # the rows are new records: none precedes another
        for entry in journal:
            entry["stamp"] = stamp
        replica = bool(self.session.info.get(REPLICA))
        written = 0
        for chunk, journal_chunk in zip(_chunks(stamped), _chunks(journal), strict=True):
            bulk.write(connection, table, chunk)
            bulk.write(connection, JOURNAL, journal_chunk, ready={"changes"})
            if replica:
                bulk.write(connection, OUTBOX, [{"op_id": e["id"]} for e in journal_chunk])
            written += len(chunk)
            if progress is not None:
                progress(written)
        return [r["id"] for r in stamped]

    def ensure_meta(self, key: str, value: str) -> None:
        """Creates a store_meta row unless it exists, without racing another desk doing
        the same: a row lock cannot guard a row that is not there yet."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
        statement = upsert(StoreMeta).values(key=key, value=value).on_conflict_do_nothing()
        self.session.execute(statement)

    def insert_derived(self, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
        """Bulk insert of derived rows (search index): no bookkeeping, no journal."""
        self.flush()
        bulk.write(self.session.connection(), model.__table__, rows)  # type: ignore[arg-type]


def _chunks(rows: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(rows), BULK_CHUNK):
        yield rows[start : start + BULK_CHUNK]


def _conflict() -> ConflictError:
    return ConflictError(
        "I dati sono stati modificati da un'altra postazione mentre lavoravi: ricarica per "
        "vedere le modifiche, poi riprova."
    )
