"""Changes carried between a desk's replica and the hub (#20), read from and applied to
the journal-keeping tables of either store, in Core.

A change (`Op`) is a journal row: its id is the operation id, which makes a change
applied twice harmless (the journal's key refuses it, and it is looked for first). The
hub applies a desk's changes merging them field by field (`domain.merge`) and records in
its journal what it actually wrote; a desk applies the hub's journal as written, so that
after a pull it holds what the hub holds, except the fields it has changed since its
last push, which the hub settles at the next one.

Two kinds of value are not in the journal as they are: a scan (the journal keeps its
size) and what an erasure removed (the journal keeps that it changed). Both are read
from the record itself as the change leaves its store.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    LargeBinary,
    Row,
    String,
    Table,
    UniqueConstraint,
    Uuid,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from welfare_desk.domain.enrollments import HOLDS_PLACE, EnrollmentStatus
from welfare_desk.domain.hlc import Stamp, clamped
from welfare_desk.domain.merge import NO_BASE, FieldConflict, merge_fields
from welfare_desk.domain.numbers import counter_key, definitive, is_provisional
from welfare_desk.store.cell_keys import key_of
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import (
    Base,
    JournalEntry,
    Keyed,
    StoreMeta,
    SyncAlias,
    SyncConflict,
    SyncOutbox,
)
from welfare_desk.store.uow import BOOKKEEPING, ERASED, REASON_KEY, STORE_ONLY, plain_value

JOURNAL: Table = JournalEntry.__table__  # type: ignore[assignment]
OUTBOX: Table = SyncOutbox.__table__  # type: ignore[assignment]
CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]
ALIASES: Table = SyncAlias.__table__  # type: ignore[assignment]
META: Table = StoreMeta.__table__  # type: ignore[assignment]
CHUNK = 500
# Parents before children: a flush's inserts are journaled in no particular order.
_RANK = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}
_KEYED = {
    str(mapper.persist_selectable.description)
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Keyed)
}
_ACTION_ORDER = {"insert": 0, "update": 1, "delete": 2}
OWN_ID = frozenset({"sort_key"})  # made from the record's id: differs between any two
PENDING = "pending"  # an enrollment made offline, its place for the hub to give


class UnknownRecord(Exception):
    """A change to a table this store does not have: it was made by a newer desk."""


@dataclass(slots=True)
class Op:
    id: uuid.UUID
    entity: str
    entity_id: uuid.UUID
    action: str
    changes: dict[str, Any]
    stamp: str
    at: datetime
    operator_id: uuid.UUID | None
    base_version: int | None
    schema_version: str | None
    hub_seq: int | None = None
    # values the journal does not hold as they are (a scan, an erased field), read from
    # the record as the change left its store; None where the record was already gone
    filled: dict[str, Any] = field(default_factory=dict)

    @property
    def site(self) -> str:
        return Stamp.parse(self.stamp).site if self.stamp else ""

    def table(self) -> Table:
        found = Base.metadata.tables.get(self.entity)
        if found is None:
            raise UnknownRecord(self.entity)
        return found

    def values(self) -> dict[str, Any]:
        """An insert's or a delete's fields, as the journal holds them."""
        return {k: self.filled.get(k, v) for k, v in self.changes.items() if k != REASON_KEY}

    def made(self) -> dict[str, Any]:
        """An insert's fields, without those it left to the database's defaults (the
        journal took them before the database filled them in)."""
        columns = self.table().columns
        return {
            k: v
            for k, v in self.values().items()
            if k in columns and (v is not None or columns[k].nullable)
        }

    def pairs(self) -> dict[str, tuple[Any, Any]]:
        """An update's fields: (value it was changed from, value it was changed to)."""
        found: dict[str, tuple[Any, Any]] = {}
        for key, change in self.changes.items():
            if key == REASON_KEY:
                continue
            if key in self.filled:
                found[key] = (NO_BASE, self.filled[key])
            elif isinstance(change, list) and len(change) == 2:
                found[key] = (change[0], change[1])
        return found

    @property
    def forced(self) -> bool:
        """An erasure: what it removed is removed everywhere, whatever else changed."""
        return any(v == ERASED for v in self.changes.values())


def _op(row: Row[Any]) -> Op:
    changes = row.changes
    if isinstance(changes, str):
        changes = json.loads(changes)
    return Op(
        id=row.id,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        changes=dict(changes),
        stamp=row.stamp or "",
        at=row.at,
        operator_id=row.operator_id,
        base_version=row.base_version,
        schema_version=row.schema_version,
        hub_seq=row.hub_seq,
    )


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- reading changes where they were made ---------------------------------------------


def outbox(connection: Connection, limit: int) -> list[Op]:
    """A replica's changes the hub has not acknowledged, oldest first."""
    statement = (
        select(JOURNAL)
        .join(OUTBOX, OUTBOX.c.op_id == JOURNAL.c.id)
        .order_by(OUTBOX.c.position)
        .limit(limit)
    )
    ops = [_op(row) for row in connection.execute(statement)]
    fill_values(connection, ops)
    return ops


def pending_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(OUTBOX)).scalar_one())


def acknowledge(connection: Connection, op_ids: Sequence[uuid.UUID]) -> None:
    for chunk in _chunks(op_ids):
        connection.execute(delete(OUTBOX).where(OUTBOX.c.op_id.in_(chunk)))


def feed(connection: Connection, after: int, limit: int) -> list[Op]:
    """The hub's changes numbered after `after`, in commit order."""
    statement = (
        select(JOURNAL).where(JOURNAL.c.hub_seq > after).order_by(JOURNAL.c.hub_seq).limit(limit)
    )
    ops = [_op(row) for row in connection.execute(statement)]
    fill_values(connection, ops)
    return ops


def _blob_columns(table: Table) -> set[str]:
    return {c.key for c in table.columns if isinstance(c.type, LargeBinary)}


def fill_values(connection: Connection, ops: Sequence[Op]) -> None:
    """Reads from the records what their changes do not carry: scans and erased values."""
    wanted: dict[str, dict[uuid.UUID, list[Op]]] = defaultdict(lambda: defaultdict(list))
    for op in ops:
        if op.action == "delete" or op.entity not in Base.metadata.tables:
            continue
        blobs = _blob_columns(op.table())
        if op.forced or blobs.intersection(op.changes):
            wanted[op.entity][op.entity_id].append(op)
    for entity, by_id in wanted.items():
        table = Base.metadata.tables[entity]
        blobs = _blob_columns(table)
        rows: dict[uuid.UUID, Row[Any]] = {}
        for chunk in _chunks(list(by_id)):
            rows.update(
                (row.id, row)
                for row in connection.execute(select(table).where(table.c.id.in_(chunk)))
            )
        for record_id, record_ops in by_id.items():
            row = rows.get(record_id)
            for op in record_ops:
                for key, value in op.changes.items():
                    if key in blobs or value == ERASED:
                        if row is None:
                            op.filled[key] = None
                        elif key in blobs:
                            op.filled[key] = getattr(row, key)
                        else:
                            op.filled[key] = plain_value(getattr(row, key))


# -- values ------------------------------------------------------------------------


def to_column(table: Table, key: str, value: Any) -> Any:
    """A journal's value as the column takes it."""
    if value is None:
        return None
    kind = table.columns[key].type
    if isinstance(kind, Uuid) and isinstance(value, str):
        return uuid.UUID(value)
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _columns(table: Table) -> list[str]:
    return [
        c.key
        for c in table.columns
        if c.key not in BOOKKEEPING and c.key not in STORE_ONLY and c.key != "cell_key"
    ]


def _plain_row(table: Table, row: Row[Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    blobs = _blob_columns(table)
    return {
        key: (getattr(row, key) if key in blobs else plain_value(getattr(row, key)))
        for key in _columns(table)
    }


def ordered(ops: Sequence[Op]) -> list[Op]:
    """The changes in the order they came, except that within one flush (one stamp)
    parents are written before their children and removed after them."""
    result: list[Op] = []
    group: list[Op] = []

    def key(op: Op) -> tuple[int, int]:
        rank = _RANK.get(op.entity, 0)
        return (_ACTION_ORDER.get(op.action, 1), -rank if op.action == "delete" else rank)

    for op in ops:
        if group and op.stamp != group[0].stamp:
            result += sorted(group, key=key)
            group = []
        group.append(op)
    return result + sorted(group, key=key)


def _current(connection: Connection, ops: Sequence[Op]) -> dict[uuid.UUID, dict[str, Any] | None]:
    """The records the changes touch, as they are now in this store."""
    found: dict[uuid.UUID, dict[str, Any] | None] = {}
    by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
    for op in ops:
        by_table[op.entity].add(op.entity_id)
    for entity, ids in by_table.items():
        table = Base.metadata.tables[entity]
        for chunk in _chunks(sorted(ids)):
            for row in connection.execute(select(table).where(table.c.id.in_(chunk))):
                found[row.id] = _plain_row(table, row)
    return found


def known_ops(connection: Connection, op_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of these operations, those this store's journal holds already."""
    known: set[uuid.UUID] = set()
    for chunk in _chunks(list(op_ids)):
        known.update(
            connection.execute(select(JOURNAL.c.id).where(JOURNAL.c.id.in_(chunk))).scalars()
        )
    return known


# -- writing -------------------------------------------------------------------------


@dataclass
class Outcome:
    applied: int = 0
    skipped: int = 0  # had been applied before: a replay, or a desk's own change back
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    workers: set[uuid.UUID] = field(default_factory=set)  # to find again by search
    organizations: set[uuid.UUID] = field(default_factory=set)  # renamed: their workers too


class _Writer:
    """Writes rows in the order given, consecutive ones of one kind in one statement."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.queue: list[tuple[Any, tuple[str, ...], str, dict[str, Any]]] = []

    def insert(self, table: Table, row: dict[str, Any]) -> None:
        self._add(table, "insert", row)

    def update(self, table: Table, record_id: uuid.UUID, values: dict[str, Any]) -> None:
        self._add(table, "update", {**values, "_id": record_id})

    def delete(self, table: Table, record_id: uuid.UUID) -> None:
        self._add(table, "delete", {"_id": record_id})

    def _add(self, table: Table, kind: str, row: dict[str, Any]) -> None:
        self.queue.append((table, tuple(sorted(row)), kind, row))

    def flush(self) -> None:
        start = 0
        while start < len(self.queue):
            table, keys, kind, _ = self.queue[start]
            end = start
            while end < len(self.queue) and self.queue[end][:3] == (table, keys, kind):
                end += 1
            rows = [item[3] for item in self.queue[start:end]]
            self._write(table, kind, keys, rows)
            start = end
        self.queue = []

    def _write(
        self, table: Table, kind: str, keys: tuple[str, ...], rows: list[dict[str, Any]]
    ) -> None:
        if kind == "insert":
            self.connection.execute(insert(table), rows)
            return
        # a bound name may not be a column's: the values are given as v_<column>
        given = [{f"v_{k}": v for k, v in row.items()} for row in rows]
        where = table.c.id == bindparam("v__id")
        if kind == "delete":
            self.connection.execute(delete(table).where(where), given)
            return
        values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in keys if k != "_id"}
        if "version" in table.columns:
            values["version"] = table.c.version + 1
        self.connection.execute(update(table).where(where).values(values), given)


def _bookkept(op: Op, made: bool) -> dict[str, Any]:
    stamp: dict[str, Any] = {"updated_at": op.at, "updated_by": op.operator_id}
    if made:  # an update moves the version on itself (`_Writer`)
        stamp.update(created_at=op.at, created_by=op.operator_id, version=1)
    return stamp


def _row_values(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: to_column(table, k, v) for k, v in values.items() if k in table.columns}


def _new_row(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """A record's columns as its creation set them. The journal took a new record's values
    before the database gave it its defaults: a column left empty that has one gets it."""
    made = _row_values(table, values)
    for key, value in list(made.items()):
        column = table.columns[key]
        if value is not None or column.nullable:
            continue
        if column.default is not None and column.default.is_scalar:
            made[key] = column.default.arg  # type: ignore[attr-defined]
        elif column.server_default is not None:
            del made[key]
    return made


# What search finds a worker by: a change to anything else leaves the index as it is.
FOUND_BY = frozenset({"surname", "name", "codice_fiscale", "organization_id"})


def _note_touched(outcome: Outcome, op: Op, keys: Iterable[str]) -> None:
    if op.entity == "worker" and (op.action == "insert" or FOUND_BY.intersection(keys)):
        outcome.workers.add(op.entity_id)
    elif op.entity == "organization" and "name" in set(keys):
        outcome.organizations.add(op.entity_id)


def _journal_entry(op: Op, changes: Mapping[str, Any], action: str, stamp: str) -> dict[str, Any]:
    return {
        "id": op.id,
        "at": op.at,
        "operator_id": op.operator_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "action": action,
        "changes": dict(changes),
        "stamp": stamp,
        "base_version": op.base_version,
        "schema_version": op.schema_version,
    }


def natural_keys(table: Table) -> list[tuple[str, ...]]:
    """The columns that tell one record from another besides its id (a worker's codice
    fiscale, an employer's name): two records made on two desks with the same are one.
    Numbers are not among them (the hub gives them), nor keys that hold the id."""
    found: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys = tuple(column.key for column in constraint.columns)
            if keys and not {"id", "number", "sort_key"} & set(keys) and keys not in found:
                found.append(keys)
    return found


def _same_record(
    connection: Connection, table: Table, keys: tuple[str, ...], values: Mapping[str, Any]
) -> uuid.UUID | None:
    wanted = [values.get(k) for k in keys]
    if any(v is None for v in wanted):
        return None
    condition = and_(
        *(table.c[k] == to_column(table, k, v) for k, v in zip(keys, wanted, strict=True))
    )
    found = connection.execute(select(table.c.id).where(condition).limit(1)).scalar()
    return found if isinstance(found, uuid.UUID) or found is None else uuid.UUID(str(found))


def _fk_columns(table: Table) -> set[str]:
    return {c.key for c in table.columns if c.foreign_keys}


def _mapped(op: Op, aliases: Mapping[str, str]) -> Op:
    """The change with the records it names as the hub knows them (`SyncAlias`)."""
    if not aliases:
        return op
    links = _fk_columns(op.table())

    def of(value: Any) -> Any:
        return aliases.get(value, value) if isinstance(value, str) else value

    changes: dict[str, Any] = {}
    for key, value in op.changes.items():
        if key not in links:
            changes[key] = value
        elif op.action == "update" and isinstance(value, list):
            changes[key] = [of(v) for v in value]
        else:
            changes[key] = of(value)
    target = aliases.get(str(op.entity_id))
    return replace(op, entity_id=uuid.UUID(target) if target else op.entity_id, changes=changes)


def _next_hub_number(connection: Connection, key: str) -> int:
    connection.execute(
        text("INSERT INTO store_meta (key, value) VALUES (:key, '0') ON CONFLICT DO NOTHING"),
        {"key": key},
    )
    found = connection.execute(
        text(
            "UPDATE store_meta SET value = (CAST(value AS INTEGER) + 1)::text "
            "WHERE key = :key RETURNING value"
        ),
        {"key": key},
    ).scalar_one()
    return int(found)


def _confirmed_number(connection: Connection, op: Op) -> Op:
    """A record numbered on a desk's replica gets the hub's next number."""
    number = op.changes.get("number")
    if not isinstance(number, str) or not is_provisional(number):
        return op
    prefix = number.rsplit("-", 1)[0]
    key = counter_key(op.entity, prefix)
    made = definitive(op.entity, number, _next_hub_number(connection, key)) if key else None
    return replace(op, changes={**op.changes, "number": made}) if made else op


class _Rows:
    """The records the changes touch, as they are in this store, read a batch at a time
    and then kept up to date as the changes are applied."""

    def __init__(self, connection: Connection, ops: Sequence[Op]) -> None:
        self.connection = connection
        self.found = _current(connection, ops)

    def get(self, table: Table, record_id: uuid.UUID) -> dict[str, Any] | None:
        if record_id not in self.found:
            row = self.connection.execute(select(table).where(table.c.id == record_id)).first()
            self.found[record_id] = _plain_row(table, row)
        return self.found[record_id]

    def __setitem__(self, record_id: uuid.UUID, row: dict[str, Any] | None) -> None:
        self.found[record_id] = row


def apply_merging(
    connection: Connection,
    ops: Sequence[Op],
    *,
    secret: bytes,
    hub_wall_ms: int,
    now: datetime,
) -> Outcome:
    """On the hub: a desk's changes, merged with what the hub holds (`domain.merge`), each
    journaled with what it actually wrote and numbered by the caller's commit. Changes
    whose id the hub has are skipped: a push replayed after a lost acknowledgement.

    A change the database refuses (a unique value another desk took meanwhile) must not
    hold back every change after it for good: the batch is applied again change by
    change, and the refused one is set aside in a conflict, with its undoing journaled
    for the desk that made it."""
    savepoint = connection.begin_nested()
    try:
        outcome = _merged(connection, ops, secret, hub_wall_ms, now, careful=False)
    except IntegrityError:
        savepoint.rollback()
        return _merged(connection, ops, secret, hub_wall_ms, now, careful=True)
    savepoint.commit()
    return outcome


def _merged(
    connection: Connection,
    ops: Sequence[Op],
    secret: bytes,
    hub_wall_ms: int,
    now: datetime,
    careful: bool,
) -> Outcome:
    outcome = Outcome()
    known = known_ops(connection, [op.id for op in ops])
    fresh = [op for op in ordered(ops) if op.id not in known]
    outcome.skipped = len(ops) - len(fresh)
    current = _Rows(connection, fresh)
    aliases = {
        str(a): str(t) for a, t in connection.execute(select(ALIASES.c.id, ALIASES.c.target))
    }
    writer = _Writer(connection)
    journal: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    last_clamped: dict[str, Stamp] = {}
    batch_stamps: dict[tuple[uuid.UUID, str], str] = {}
    history: dict[uuid.UUID, list[tuple[str, set[str] | None]]] = {}

    def last_stamp(op: Op, key: str) -> str | None:
        made = batch_stamps.get((op.entity_id, key))
        if made is not None:
            return made
        if op.entity_id not in history:
            history[op.entity_id] = _field_history(connection, op.entity, op.entity_id)
        for stamp, keys in history[op.entity_id]:
            if keys is None or key in keys:
                return stamp or None
        return None

    editions: set[str] = set()
    present: set[Any] = set()

    def step(given: Op) -> None:
        op = _without_counters(_mapped(given, aliases))
        table = op.table()
        seen = Stamp.parse(op.stamp) if op.stamp else None
        stamp = op.stamp
        if seen is not None:
            kept = clamped(seen, hub_wall_ms, last_clamped.get(seen.site))
            last_clamped[seen.site] = kept
            stamp = kept.text()
        row = current.get(table, op.entity_id)
        action, changes, found = op.action, dict[str, Any](), list[FieldConflict]()
        start = len(conflicts)
        if op.action == "insert" and row is None:
            same = _same_as(connection, table, op)
            if same is not None and same in current.found and current.found[same] is None:
                same = None  # removed earlier in this batch: its removal is not yet written
            if same is not None:  # the same person, or employer, made on another desk
                writer.flush()
                connection.execute(
                    insert(ALIASES).values(id=op.entity_id, entity=op.entity, target=same)
                )
                aliases[str(op.entity_id)] = str(same)
                op = _mapped(op, aliases)
                row = current.get(table, same)
                assert row is not None
                differing = {
                    k: v
                    for k, v in op.made().items()
                    if k in row and k not in OWN_ID and plain(row[k]) != v
                }
                if differing:  # identical: nothing for anyone to decide
                    conflicts.append(
                        _conflict(
                            op,
                            "same_record",
                            None,
                            {k: plain(row[k]) for k in differing},
                            differing,
                            False,
                            now,
                        )
                    )
                action = "update"
            else:
                op = _confirmed_number(connection, op)
                if op.entity == "enrollment" and op.changes.get("status") == PENDING:
                    writer.flush()
                    op = _place_given(connection, op)
        if op.entity == "enrollment":
            editions.add(str(op.changes.get("edition_id") or ""))
            if row is not None and row.get("edition_id"):
                editions.add(str(row["edition_id"]))
        if (
            op.action == "insert"
            and row is None
            and _orphan(connection, writer, table, op, present)
        ):
            # what it hangs from was removed on another desk: set aside, removed everywhere
            conflicts.append(_conflict(op, "edit_on_deleted", None, None, op.values(), False, now))
            action, changes = "delete", {}
        elif op.action == "insert" and row is None:
            values = op.values()
            made = _new_row(table, values)
            if op.entity in _KEYED:
                made["cell_key"] = key_of(secret, op.entity_id)
            writer.insert(table, {"id": op.entity_id, **made, **_bookkept(op, True)})
            current[op.entity_id] = dict(values)
            changes = {k: v for k, v in op.changes.items() if k in values or k == REASON_KEY}
        elif action == "update" and op.action == "insert":
            pass  # a proposal to merge: the welfare manager decides what to keep
        elif op.action in ("insert", "update") and row is not None:
            if op.forced:
                taken = {k: new for k, (_, new) in op.pairs().items() if k in row}
            else:
                wanted = (
                    {k: (NO_BASE, v) for k, v in op.made().items()}
                    if op.action == "insert"
                    else op.pairs()
                )
                merged = merge_fields(row, wanted, stamp, partial(last_stamp, op))
                taken, found = merged.taken, merged.conflicts
            if taken:
                writer.update(
                    table, op.entity_id, {**_row_values(table, taken), **_bookkept(op, False)}
                )
            action = "update"
            changes = {k: [plain(row[k]), plain(v)] for k, v in taken.items()}
            if REASON_KEY in op.changes:
                changes[REASON_KEY] = op.changes[REASON_KEY]
            row.update(taken)
        elif op.action == "update":  # the record was removed meanwhile: it stays removed
            conflicts.append(
                _conflict(
                    op,
                    "edit_on_deleted",
                    None,
                    None,
                    {k: plain(v[1]) for k, v in op.pairs().items()},
                    False,
                    now,
                )
            )
        elif op.action == "delete" and row is not None:
            edited = {
                k: plain(row[k])
                for k, v in op.values().items()
                if k in row and v != ERASED and plain(row[k]) != v
            }
            if edited:  # edited on another desk since this one read it: the removal stands
                conflicts.append(_conflict(op, "deleted", None, None, edited, True, now))
            writer.flush()
            for child, child_id, values in dependents(connection, table, op.entity_id):
                # made on another desk, hanging from what this one removed: the removal
                # stands, and what hung from it is kept in the conflict
                connection.execute(delete(child).where(child.c.id == child_id))
                current[child_id] = None
                present.discard(child_id)
                gone = replace(op, entity=child.name, entity_id=child_id, changes=values)
                conflicts.append(_conflict(gone, "deleted", None, None, values, True, now))
                journal.append({**_journal_entry(gone, values, "delete", stamp), "id": new_id()})
            writer.delete(table, op.entity_id)
            current[op.entity_id] = None
            present.discard(op.entity_id)
            changes = op.changes
        # a removal of a record already removed changes nothing, and is journaled as seen
        for item in found:
            conflicts.append(
                _conflict(
                    op,
                    "field",
                    item.field,
                    plain(item.kept),
                    plain(item.lost),
                    item.incoming_won,
                    now,
                )
            )
        for made in conflicts[start:]:
            made["_stamp"] = stamp  # as the hub recorded the change that met the other
        for key in changes:
            batch_stamps[(op.entity_id, key)] = stamp
        _note_touched(outcome, op, changes)
        journal.append(_journal_entry(op, changes, action, stamp))
        outcome.applied += 1

    for given in fresh:
        if not careful:
            step(given)
            continue
        marks = (len(journal), len(conflicts))
        nested = connection.begin_nested()
        try:
            step(given)
            writer.flush()
            nested.commit()
        except IntegrityError:
            nested.rollback()
            writer.queue = []
            del journal[marks[0] :]
            del conflicts[marks[1] :]
            journal.append(_refused(connection, current, given, aliases, conflicts, now))
            outcome.applied += 1
    writer.flush()
    if editions - {""}:
        journal += _recount(connection, sorted(editions - {""}), now, last_stamp_made(journal))
    for chunk in _chunks(journal):
        connection.execute(insert(JOURNAL), list(chunk))
    _write_conflicts(connection, conflicts, secret)
    outcome.conflicts = conflicts
    return outcome


def last_stamp_made(journal: list[dict[str, Any]]) -> str:
    return max((str(e["stamp"] or "") for e in journal), default="")


# -- what the hub alone decides -------------------------------------------------------

EDITIONS: Table = Base.metadata.tables["edition"]
ENROLLMENTS: Table = Base.metadata.tables["enrollment"]
COUNTERS = frozenset({"taken", "waiting"})  # an edition's, kept by the hub from its enrollments


def _without_counters(op: Op) -> Op:
    """An edition's places and waiting list are counted by the hub from its enrollments:
    a desk's own counts (made offline) are not taken as changes."""
    if op.entity != "edition" or op.action != "update" or not COUNTERS & set(op.changes):
        return op
    return replace(op, changes={k: v for k, v in op.changes.items() if k not in COUNTERS})


def _counts(connection: Connection, edition_id: Any) -> tuple[int, int]:
    holding = [s.value for s in HOLDS_PLACE]
    statuses = connection.execute(
        select(ENROLLMENTS.c.status, func.count())
        .where(ENROLLMENTS.c.edition_id == to_column(ENROLLMENTS, "edition_id", edition_id))
        .group_by(ENROLLMENTS.c.status)
    ).all()
    taken = sum(n for status, n in statuses if status in holding)
    waiting = sum(n for status, n in statuses if status == EnrollmentStatus.WAITLISTED.value)
    return taken, waiting


def _place_given(connection: Connection, op: Op) -> Op:
    """An enrollment made offline: a place while places last and nobody waits, the waiting
    list after, decided under the edition's lock as the desk's own enrollments are."""
    edition_id = to_column(ENROLLMENTS, "edition_id", op.changes.get("edition_id"))
    capacity = connection.execute(
        select(EDITIONS.c.capacity).where(EDITIONS.c.id == edition_id).with_for_update()
    ).scalar()
    if capacity is None:
        return op
    taken, waiting = _counts(connection, edition_id)
    placed = taken < capacity and waiting == 0
    status = EnrollmentStatus.CONFIRMED if placed else EnrollmentStatus.WAITLISTED
    return replace(op, changes={**op.changes, "status": status.value})


def _promoted(
    connection: Connection, edition_id: Any, taken: int, waiting: int, now: datetime, stamp: str
) -> list[dict[str, Any]]:
    """A place freed on a desk offline goes to the longest waiting, as the desk's own
    cancellation gives it (`catalogue.waitlist`), journaled for every desk."""
    from welfare_desk.store.revisions import HEAD

    capacity = connection.execute(
        select(EDITIONS.c.capacity).where(EDITIONS.c.id == edition_id).with_for_update()
    ).scalar_one()
    free = min(max(capacity - taken, 0), waiting)
    if not free:
        return []
    firsts = connection.execute(
        select(ENROLLMENTS.c.id)
        .where(
            ENROLLMENTS.c.edition_id == edition_id,
            ENROLLMENTS.c.status == EnrollmentStatus.WAITLISTED.value,
        )
        .order_by(ENROLLMENTS.c.created_at, ENROLLMENTS.c.id)
        .limit(free)
    ).scalars()
    made: list[dict[str, Any]] = []
    for enrollment_id in firsts:
        connection.execute(
            update(ENROLLMENTS)
            .where(ENROLLMENTS.c.id == enrollment_id)
            .values(
                status=EnrollmentStatus.CONFIRMED.value,
                version=ENROLLMENTS.c.version + 1,
                updated_at=now,
            )
        )
        made.append(
            {
                "id": new_id(),
                "at": now,
                "operator_id": None,
                "entity": "enrollment",
                "entity_id": enrollment_id,
                "action": "update",
                "changes": {
                    "status": [EnrollmentStatus.WAITLISTED.value, EnrollmentStatus.CONFIRMED.value]
                },
                "stamp": stamp,
                "base_version": None,
                "schema_version": HEAD,
            }
        )
    return made


def _recount(
    connection: Connection, edition_ids: list[str], now: datetime, stamp: str
) -> list[dict[str, Any]]:
    """The editions' places and waiting lists counted again from their enrollments, each
    change journaled so that every desk has the hub's counts."""
    from welfare_desk.store.revisions import HEAD

    made: list[dict[str, Any]] = []
    for edition_id in edition_ids:
        key = to_column(EDITIONS, "id", edition_id)
        row = connection.execute(
            select(EDITIONS.c.taken, EDITIONS.c.waiting).where(EDITIONS.c.id == key)
        ).first()
        if row is None:
            continue
        taken, waiting = _counts(connection, key)
        made += _promoted(connection, key, taken, waiting, now, stamp)
        taken, waiting = _counts(connection, key)
        if (taken, waiting) == (row.taken, row.waiting):
            continue
        connection.execute(
            update(EDITIONS)
            .where(EDITIONS.c.id == key)
            .values(taken=taken, waiting=waiting, version=EDITIONS.c.version + 1, updated_at=now)
        )
        made.append(
            {
                "id": new_id(),
                "at": now,
                "operator_id": None,
                "entity": "edition",
                "entity_id": key,
                "action": "update",
                "changes": {"taken": [row.taken, taken], "waiting": [row.waiting, waiting]},
                "stamp": stamp,
                "base_version": None,
                "schema_version": HEAD,
            }
        )
    return made


_JOURNALED = {
    str(mapper.persist_selectable.description)
    for mapper in Base.registry.mappers
    if "version" in mapper.persist_selectable.c
}


def dependents(
    connection: Connection, table: Table, record_id: uuid.UUID
) -> list[tuple[Table, uuid.UUID, dict[str, Any]]]:
    """The journaled records that hang from this one, and from those, deepest first,
    each with its values as the journal holds them."""
    found: list[tuple[Table, uuid.UUID, dict[str, Any]]] = []
    for child in Base.metadata.sorted_tables:
        if child.name not in _JOURNALED:
            continue
        for column in child.columns:
            if not any(fk.column is table.c.id for fk in column.foreign_keys):
                continue
            for row in connection.execute(select(child).where(column == record_id)):
                if row.id == record_id:
                    continue
                found += dependents(connection, child, row.id)
                found.append((child, row.id, _plain_row(child, row) or {}))
    return found


def _orphan(
    connection: Connection, writer: _Writer, table: Table, op: Op, present: set[Any]
) -> bool:
    """Whether a new record names a record this store no longer has. `present`: the
    records known to be there, so that a batch asks for each at most once."""
    values = op.values()
    for column in table.columns:
        value = values.get(column.key)
        if value is None or not column.foreign_keys:
            continue
        parent = next(iter(column.foreign_keys)).column.table
        if parent.name not in _JOURNALED:
            continue
        key = to_column(table, column.key, value)
        if key in present:
            continue
        writer.flush()
        if connection.execute(select(parent.c.id).where(parent.c.id == key)).first() is None:
            return True
        present.add(key)
    present.add(op.entity_id)
    return False


def _refused(
    connection: Connection,
    current: _Rows,
    given: Op,
    aliases: Mapping[str, str],
    conflicts: list[dict[str, Any]],
    now: datetime,
) -> dict[str, Any]:
    """A change the hub could not take: kept in a conflict, and journaled as its undoing,
    so that the desk that made it comes back to what the hub holds."""
    op = _mapped(given, aliases)
    table = op.table()
    current.found.pop(op.entity_id, None)
    row = current.get(table, op.entity_id)
    wanted: dict[str, Any]
    undo: dict[str, Any]
    if op.action == "update":
        wanted = {k: new for k, (_, new) in op.pairs().items()}
        undo = {k: [plain(v), plain(row[k])] for k, v in wanted.items() if row and k in row}
        action = "update" if row is not None else "delete"
    elif op.action == "insert":
        wanted, undo, action = op.values(), {}, "delete"
    else:  # a removal refused: the record as the hub keeps it, for the desk to have again
        wanted, undo, action = {}, dict(row or {}), "insert" if row else "delete"
    conflicts.append(_conflict(op, "refused", None, None, wanted, False, now))
    conflicts[-1]["_stamp"] = op.stamp
    return _journal_entry(op, undo, action, op.stamp)


def _same_as(connection: Connection, table: Table, op: Op) -> uuid.UUID | None:
    values = op.made()
    for keys in natural_keys(table):
        found = _same_record(connection, table, keys, values)
        if found is not None and found != op.entity_id:
            return found
    return None


def plain(value: Any) -> Any:
    return plain_value(value)


def _field_history(
    connection: Connection, entity: str, entity_id: uuid.UUID
) -> list[tuple[str, set[str] | None]]:
    """The hub's changes to one record, newest first: each stamp with the fields it set
    (None: all of them, a creation)."""
    statement = (
        select(JOURNAL.c.stamp, JOURNAL.c.action, JOURNAL.c.changes)
        .where(JOURNAL.c.entity == entity, JOURNAL.c.entity_id == entity_id)
        .order_by(JOURNAL.c.hub_seq.desc().nulls_last(), JOURNAL.c.stamp.desc())
    )
    found: list[tuple[str, set[str] | None]] = []
    for stamp, action, changes in connection.execute(statement):
        if isinstance(changes, str):
            changes = json.loads(changes)
        found.append((stamp or "", None if action == "insert" else set(changes)))
    return found


def _conflict(
    op: Op,
    kind: str,
    key: str | None,
    kept: Any,
    lost: Any,
    incoming_kept: bool,
    now: datetime,
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "version": 1,
        "created_at": now,
        "updated_at": now,
        "created_by": None,
        "updated_by": None,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "kind": kind,
        "field": key,
        "kept": kept,
        "lost": lost,
        "op_id": op.id,
        "op_site": op.site[:40] or None,
        "op_by": op.operator_id,
        "op_at": op.at,
        "incoming_kept": incoming_kept,
        "resolved_at": None,
        "resolution": None,
        "_stamp": op.stamp,
    }


def _write_conflicts(
    connection: Connection, conflicts: list[dict[str, Any]], secret: bytes
) -> None:
    """The conflicts, journaled like any record the hub makes, so that every desk has them."""
    if not conflicts:
        return
    from welfare_desk.store.revisions import HEAD

    rows = [{k: v for k, v in c.items() if k != "_stamp"} for c in conflicts]
    connection.execute(insert(CONFLICTS), rows)
    keys = _columns(CONFLICTS)
    journal = [
        {
            "id": new_id(),
            "at": row["created_at"],
            "operator_id": None,
            "entity": CONFLICTS.name,
            "entity_id": row["id"],
            "action": "insert",
            "changes": {k: plain_value(row[k]) for k in keys},
            "stamp": made["_stamp"],
            "base_version": None,
            "schema_version": HEAD,
        }
        for row, made in zip(rows, conflicts, strict=True)
    ]
    connection.execute(insert(JOURNAL), journal)
    for row in conflicts:
        row.pop("_stamp", None)


def apply_as_written(
    connection: Connection,
    ops: Sequence[Op],
    *,
    secret: bytes,
    pending: set[tuple[uuid.UUID, str]],
) -> Outcome:
    """On a replica: the hub's changes as the hub wrote them, except the fields changed
    here and not yet pushed (`pending`: record id and field), which the next push settles.
    A change of the desk's own coming back is not journaled twice. A record of the hub's
    with the codice fiscale (or other natural key) of a record created here absorbs it:
    the hub did the same with this desk's when it arrived (`SyncAlias`)."""
    outcome = Outcome()
    known = known_ops(connection, [op.id for op in ops])
    current = _current(connection, ops)
    writer = _Writer(connection)
    journal: list[dict[str, Any]] = []
    present: set[Any] = set()
    for op in ordered(ops):
        table = op.table()
        row = current.get(op.entity_id)
        if op.action == "delete":
            if row is not None:
                writer.flush()
                # made here and not yet sent: the hub sets them aside when they arrive
                for child, child_id, _values in dependents(connection, table, op.entity_id):
                    connection.execute(delete(child).where(child.c.id == child_id))
                    current[child_id] = None
                    present.discard(child_id)
                writer.delete(table, op.entity_id)
                current[op.entity_id] = None
                present.discard(op.entity_id)
        elif (
            op.action == "insert"
            and row is None
            and _orphan(connection, writer, table, op, present)
        ):
            pass  # hangs from what this desk removed: the hub removes it when that arrives
        else:
            values = (
                op.made()
                if op.action == "insert"
                else {k: new for k, (_, new) in op.pairs().items()}
            )
            values = {k: v for k, v in values.items() if (op.entity_id, k) not in pending}
            if row is None and op.action == "insert":
                made = _new_row(table, values)
                if op.entity in _KEYED:
                    made["cell_key"] = key_of(secret, op.entity_id)
                here = _same_as(connection, table, op)
                if here is not None and here in current and current[here] is None:
                    here = None  # removed earlier in this batch: its removal is not yet written
                if here is not None and not _made_here(connection, op.entity, here):
                    # a record of the hub's took a value this desk gave another record
                    # meanwhile (a code corrected here): this desk's goes aside until the
                    # hub's undoing of its change arrives
                    writer.flush()
                    _set_aside(connection, table, here)
                    writer.insert(table, {"id": op.entity_id, **made, **_bookkept(op, True)})
                elif here is not None:
                    writer.flush()
                    _fold(
                        connection, table, here, {"id": op.entity_id, **made, **_bookkept(op, True)}
                    )
                    current[here] = None
                    outcome.workers.update([here] if op.entity == "worker" else [])
                else:
                    writer.insert(table, {"id": op.entity_id, **made, **_bookkept(op, True)})
                current[op.entity_id] = dict(values)
            elif row is not None:
                taken = {k: v for k, v in values.items() if k in row and plain(row[k]) != plain(v)}
                if taken:
                    writer.update(
                        table, op.entity_id, {**_row_values(table, taken), **_bookkept(op, False)}
                    )
                    row.update(taken)
        _note_touched(outcome, op, op.changes)
        if op.id in known:
            outcome.skipped += 1
            continue
        journal.append(
            {**_journal_entry(op, op.changes, op.action, op.stamp), "hub_seq": op.hub_seq}
        )
        outcome.applied += 1
    writer.flush()
    for chunk in _chunks(journal):
        connection.execute(insert(JOURNAL), list(chunk))
    return outcome


def _set_aside(connection: Connection, table: Table, record_id: uuid.UUID) -> None:
    spare = {
        key: f"~{record_id.hex}"[: getattr(table.columns[key].type, "length", None) or 33]
        for keys in natural_keys(table)
        for key in keys
        if isinstance(table.columns[key].type, String)
    }
    if spare:
        connection.execute(update(table).where(table.c.id == record_id).values(spare))


def _made_here(connection: Connection, entity: str, record_id: uuid.UUID) -> bool:
    """Whether the record was created on this desk (its creation came from no hub)."""
    statement = select(JOURNAL.c.id).where(
        JOURNAL.c.entity == entity,
        JOURNAL.c.entity_id == record_id,
        JOURNAL.c.action == "insert",
        JOURNAL.c.hub_seq.is_(None),
    )
    return connection.execute(statement.limit(1)).first() is not None


def _fold(connection: Connection, table: Table, here: uuid.UUID, arrived: dict[str, Any]) -> None:
    """A record made on this desk turns out to be one the hub has under another id (the
    same person registered on two desks): what hangs from it here is moved onto the hub's,
    and it goes, as the hub does with it (`SyncAlias`) when this desk's own arrives there.
    Its unique values are set aside first, so that both exist for a moment."""
    spare = {
        key: f"~{here.hex}"[: getattr(table.columns[key].type, "length", None) or 33]
        for keys in natural_keys(table)
        for key in keys
        if isinstance(arrived.get(key), str)
    }
    if not spare:  # nothing to set aside (two attendances of one session): nothing hangs
        connection.execute(delete(table).where(table.c.id == here))
        connection.execute(insert(table).values(arrived))
        return
    connection.execute(update(table).where(table.c.id == here).values(spare))
    connection.execute(insert(table).values(arrived))
    for child in Base.metadata.sorted_tables:
        for column in child.columns:
            if any(fk.column is table.c.id for fk in column.foreign_keys):
                connection.execute(
                    update(child).where(column == here).values({column.key: arrived["id"]})
                )
    connection.execute(delete(table).where(table.c.id == here))


def pending_fields(connection: Connection) -> set[tuple[uuid.UUID, str]]:
    """The fields a replica has changed and not yet pushed, by record id."""
    statement = select(JOURNAL.c.entity_id, JOURNAL.c.action, JOURNAL.c.changes).join(
        OUTBOX, OUTBOX.c.op_id == JOURNAL.c.id
    )
    found: set[tuple[uuid.UUID, str]] = set()
    for entity_id, _action, changes in connection.execute(statement):
        if isinstance(changes, str):
            changes = json.loads(changes)
        found.update((entity_id, key) for key in changes)
    return found
