"""Changes carried between a desk's replica and the hub (#20), read from and applied to
the journal-keeping tables of either store, in Core.

A change (`Op`) is a journal row: its id is the operation id, which makes a change
applied twice harmless (the journal's key refuses it, and it is looked for first). The
hub applies a desk's changes merging them field by field (`store.hub_merge`) and records
in its journal what it actually wrote; a desk applies the hub's journal as written
(`store.replica_apply`). This module holds what both sides share: reading changes,
turning their values back into columns, the records they touch and hang from, and
writing rows a batch at a time.

Two kinds of value are not in the journal as they are: a scan (the journal keeps its
size) and what an erasure removed (the journal keeps that it changed). Both are read
from the record itself as the change leaves its store.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    LargeBinary,
    Row,
    Table,
    UniqueConstraint,
    Uuid,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from welfare_desk.domain.hlc import Stamp
from welfare_desk.domain.merge import NO_BASE
from welfare_desk.store.models import (
    Base,
    JournalEntry,
    Keyed,
    Operator,
    StoreMeta,
    SyncOutbox,
)
from welfare_desk.store.uow import BOOKKEEPING, ERASED, REASON_KEY, STORE_ONLY, plain_value

JOURNAL: Table = JournalEntry.__table__  # type: ignore[assignment]


OUTBOX: Table = SyncOutbox.__table__  # type: ignore[assignment]


META: Table = StoreMeta.__table__  # type: ignore[assignment]


CHUNK = 500
# Parents before children: a flush's inserts are journaled in no particular order.


_RANK = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


KEYED = {
    str(mapper.persist_selectable.description)
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Keyed)
}


_ACTION_ORDER = {"insert": 0, "update": 1, "delete": 2}


OWN_ID = frozenset({"sort_key"})  # made from the record's id: differs between any two


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


def op_of(row: Row[Any]) -> Op:
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


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
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
    ops = [op_of(row) for row in connection.execute(statement)]
    fill_values(connection, ops)
    return ops


def pending_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(OUTBOX)).scalar_one())


def acknowledge(connection: Connection, op_ids: Sequence[uuid.UUID]) -> None:
    for chunk in chunks(op_ids):
        connection.execute(delete(OUTBOX).where(OUTBOX.c.op_id.in_(chunk)))


def feed(connection: Connection, after: int, limit: int) -> list[Op]:
    """The hub's changes numbered after `after`, in commit order."""
    statement = (
        select(JOURNAL).where(JOURNAL.c.hub_seq > after).order_by(JOURNAL.c.hub_seq).limit(limit)
    )
    ops = [op_of(row) for row in connection.execute(statement)]
    fill_values(connection, ops)
    return ops


def blob_columns(table: Table) -> set[str]:
    return {c.key for c in table.columns if isinstance(c.type, LargeBinary)}


def fill_values(connection: Connection, ops: Sequence[Op]) -> None:
    """Reads from the records what their changes do not carry: scans and erased values."""
    wanted: dict[str, dict[uuid.UUID, list[Op]]] = defaultdict(lambda: defaultdict(list))
    for op in ops:
        if op.action == "delete" or op.entity not in Base.metadata.tables:
            continue
        blobs = blob_columns(op.table())
        if op.forced or blobs.intersection(op.changes):
            wanted[op.entity][op.entity_id].append(op)
    for entity, by_id in wanted.items():
        table = Base.metadata.tables[entity]
        blobs = blob_columns(table)
        rows: dict[uuid.UUID, Row[Any]] = {}
        for chunk in chunks(list(by_id)):
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


def journaled_columns(table: Table) -> list[str]:
    return [
        c.key
        for c in table.columns
        if c.key not in BOOKKEEPING and c.key not in STORE_ONLY and c.key != "cell_key"
    ]


def plain_row(table: Table, row: Row[Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    blobs = blob_columns(table)
    return {
        key: (getattr(row, key) if key in blobs else plain_value(getattr(row, key)))
        for key in journaled_columns(table)
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


def current_rows(
    connection: Connection, ops: Sequence[Op]
) -> dict[uuid.UUID, dict[str, Any] | None]:
    """The records the changes touch, as they are now in this store."""
    found: dict[uuid.UUID, dict[str, Any] | None] = {}
    by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
    for op in ops:
        by_table[op.entity].add(op.entity_id)
    for entity, ids in by_table.items():
        table = Base.metadata.tables[entity]
        for chunk in chunks(sorted(ids)):
            for row in connection.execute(select(table).where(table.c.id.in_(chunk))):
                found[row.id] = plain_row(table, row)
    return found


def known_ops(connection: Connection, op_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Of these operations, those this store's journal holds already."""
    known: set[uuid.UUID] = set()
    for chunk in chunks(list(op_ids)):
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
    # on a replica limited to some social points: workers who came to them or left them
    arriving: set[uuid.UUID] = field(default_factory=set)
    leaving: set[uuid.UUID] = field(default_factory=set)


class Writer:
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


def bookkept(op: Op, made: bool) -> dict[str, Any]:
    stamp: dict[str, Any] = {"updated_at": op.at, "updated_by": op.operator_id}
    if made:  # an update moves the version on itself (`Writer`)
        stamp.update(created_at=op.at, created_by=op.operator_id, version=1)
    return stamp


def row_values(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: to_column(table, k, v) for k, v in values.items() if k in table.columns}


def new_row(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """A record's columns as its creation set them. The journal took a new record's values
    before the database gave it its defaults: a column left empty that has one gets it."""
    made = row_values(table, values)
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


def note_touched(outcome: Outcome, op: Op, keys: Iterable[str]) -> None:
    if op.entity == "worker" and (op.action == "insert" or FOUND_BY.intersection(keys)):
        outcome.workers.add(op.entity_id)
    elif op.entity == "organization" and "name" in set(keys):
        outcome.organizations.add(op.entity_id)


def journal_entry(op: Op, changes: Mapping[str, Any], action: str, stamp: str) -> dict[str, Any]:
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


def same_record(
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


def fk_columns(table: Table) -> set[str]:
    return {c.key for c in table.columns if c.foreign_keys}


EDITABLE_TABLES = {
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
        if child.name not in EDITABLE_TABLES:
            continue
        for column in child.columns:
            links = [fk for fk in column.foreign_keys if fk.column is table.c.id]
            if not links or (links[0].ondelete or "").upper() == "SET NULL":
                continue  # (a link the database empties by itself when the record goes)
            for row in connection.execute(select(child).where(column == record_id)):
                if row.id == record_id:
                    continue
                found += dependents(connection, child, row.id)
                found.append((child, row.id, plain_row(child, row) or {}))
    return found


def orphan(connection: Connection, writer: Writer, table: Table, op: Op, present: set[Any]) -> bool:
    """Whether a new record names a record this store no longer has. `present`: the
    records known to be there, so that a batch asks for each at most once."""
    values = op.values()
    for column in table.columns:
        value = values.get(column.key)
        if value is None or not column.foreign_keys:
            continue
        parent = next(iter(column.foreign_keys)).column.table
        if parent.name not in EDITABLE_TABLES:
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


def same_as(connection: Connection, table: Table, op: Op) -> uuid.UUID | None:
    values = op.made()
    for keys in natural_keys(table):
        found = same_record(connection, table, keys, values)
        if found is not None and found != op.entity_id:
            return found
    return None


def plain(value: Any) -> Any:
    return plain_value(value)


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


# -- operators' passwords, which the journal never holds --------------------------------


OPERATORS: Table = Operator.__table__  # type: ignore[assignment]


def passwords(connection: Connection) -> dict[uuid.UUID, tuple[str | None, str]]:
    """Each operator's password hash (None: none here yet, or an operator who does not
    sign in), with the clock stamp of the latest change of it this store has heard of
    (which names the desk that made it)."""
    statement = select(OPERATORS.c.id, OPERATORS.c.password_hash)
    found = {row.id: row.password_hash for row in connection.execute(statement)}
    stamps: dict[uuid.UUID, str] = {}
    history = select(JOURNAL.c.entity_id, JOURNAL.c.stamp, JOURNAL.c.changes).where(
        JOURNAL.c.entity == OPERATORS.name, JOURNAL.c.entity_id.in_(list(found))
    )
    for operator_id, stamp, changes in connection.execute(history):
        if isinstance(changes, str):
            changes = json.loads(changes)
        latest = stamps.get(operator_id, "")
        if "password_changed_at" in (changes or {}) and (stamp or "") > latest:
            stamps[operator_id] = stamp or ""
    return {k: (hashed, stamps.get(k, "")) for k, hashed in found.items()}


def set_password(connection: Connection, operator_id: uuid.UUID, hashed: str) -> None:
    connection.execute(
        update(OPERATORS).where(OPERATORS.c.id == operator_id).values(password_hash=hashed)
    )
