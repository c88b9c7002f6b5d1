"""A desk's side of synchronisation (#20): the hub's changes applied as the hub wrote
them, except the fields changed here and not yet sent, which the next push settles."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)

from welfare_desk.store.cell_keys import key_of
from welfare_desk.store.models import (
    Base,
)
from welfare_desk.store.replica_scope import PERSON_TABLES, WORKER
from welfare_desk.store.replication import (
    JOURNAL,
    KEYED,
    Op,
    Outcome,
    Writer,
    bookkept,
    chunks,
    current_rows,
    dependents,
    journal_entry,
    known_ops,
    natural_keys,
    new_row,
    note_touched,
    ordered,
    orphan,
    plain,
    row_values,
    same_as,
)


def apply_as_written(
    connection: Connection,
    ops: Sequence[Op],
    *,
    secret: bytes,
    pending: set[tuple[uuid.UUID, str]],
    points: list[uuid.UUID] | None = None,
) -> Outcome:
    """On a replica: the hub's changes as the hub wrote them, except the fields changed
    here and not yet pushed (`pending`: record id and field), which the next push settles.
    A change of the desk's own coming back is not journaled twice. A record of the hub's
    with the codice fiscale (or other natural key) of a record created here absorbs it:
    the hub did the same with this desk's when it arrived (`SyncAlias`)."""
    outcome = Outcome()
    known = known_ops(connection, [op.id for op in ops])
    current = current_rows(connection, ops)
    writer = Writer(connection)
    journal: list[dict[str, Any]] = []
    present: set[Any] = set()
    held = _Held(connection, points, current) if points is not None else None
    for op in ordered(ops):
        table = op.table()
        row = current.get(op.entity_id)
        if held is not None and not held.keeps(op, outcome):
            continue  # someone this laptop does not carry (or who just left its points)
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
            op.action == "insert" and row is None and orphan(connection, writer, table, op, present)
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
                made = new_row(table, values)
                if op.entity in KEYED:
                    made["cell_key"] = key_of(secret, op.entity_id)
                here = same_as(connection, table, op)
                if here is not None and here in current and current[here] is None:
                    here = None  # removed earlier in this batch: its removal is not yet written
                if here is not None and not _made_here(connection, op.entity, here):
                    # a record of the hub's took a value this desk gave another record
                    # meanwhile (a code corrected here): this desk's goes aside until the
                    # hub's undoing of its change arrives
                    writer.flush()
                    _set_aside(connection, table, here)
                    writer.insert(table, {"id": op.entity_id, **made, **bookkept(op, True)})
                elif here is not None:
                    writer.flush()
                    _fold(
                        connection, table, here, {"id": op.entity_id, **made, **bookkept(op, True)}
                    )
                    current[here] = None
                    outcome.workers.update([here] if op.entity == "worker" else [])
                else:
                    writer.insert(table, {"id": op.entity_id, **made, **bookkept(op, True)})
                current[op.entity_id] = dict(values)
            elif row is not None:
                taken = {k: v for k, v in values.items() if k in row and plain(row[k]) != plain(v)}
                if taken:
                    writer.update(
                        table, op.entity_id, {**row_values(table, taken), **bookkept(op, False)}
                    )
                    row.update(taken)
        note_touched(outcome, op, op.changes)
        if op.id in known:
            outcome.skipped += 1
            continue
        journal.append(
            {**journal_entry(op, op.changes, op.action, op.stamp), "hub_seq": op.hub_seq}
        )
        outcome.applied += 1
    writer.flush()
    for chunk in chunks(journal):
        connection.execute(insert(JOURNAL), list(chunk))
    return outcome


CONFLICTS_TABLE = "sync_conflict"


class _Held:
    """What a replica limited to some social points keeps of the hub's changes."""

    def __init__(
        self,
        connection: Connection,
        points: list[uuid.UUID],
        current: dict[uuid.UUID, dict[str, Any] | None],
    ) -> None:
        self.connection = connection
        self.points = {str(p) for p in points}
        self.current = current
        self.known: dict[uuid.UUID, bool] = {}

    def here(self, entity: str, record_id: Any) -> bool:
        key = uuid.UUID(str(record_id))
        if key in self.current:
            return self.current[key] is not None
        if key not in self.known:
            table = Base.metadata.tables[entity]
            found = self.connection.execute(select(table.c.id).where(table.c.id == key)).first()
            self.known[key] = found is not None
        return self.known[key]

    def keeps(self, op: Op, outcome: Outcome) -> bool:
        if op.entity == CONFLICTS_TABLE:
            about = op.changes.get("entity")
            if op.action == "insert" and about in PERSON_TABLES:
                return self.here(str(about), op.changes.get("entity_id"))
            return op.action == "insert" or self.here(op.entity, op.entity_id)
        if op.entity not in PERSON_TABLES:
            return True  # not a person's record: every desk has them all
        link = PERSON_TABLES[op.entity]
        present = self.here(op.entity, op.entity_id)
        if op.entity == WORKER:
            point = op.changes.get("social_point_id")
            if op.action == "insert":
                kept = str(point) in self.points
            elif op.action == "update" and isinstance(point, list):
                inside = str(point[1]) in self.points
                if present and not inside:
                    outcome.leaving.add(op.entity_id)
                elif not present and inside:
                    outcome.arriving.add(op.entity_id)
                kept = present and inside
            else:
                kept = present
        elif op.action == "insert":
            assert link is not None
            parent = op.changes.get(link.column)
            kept = parent is None if link.nullable else False
            kept = kept or (parent is not None and self.here(link.parent, parent))
        else:
            kept = present
        if kept and op.action == "insert":
            self.known[op.entity_id] = True
        return kept


def _set_aside(connection: Connection, table: Table, record_id: uuid.UUID) -> bool:
    """Gives the record's unique text values a spare one for a moment; False when it has
    none to give."""
    spare = {
        key: f"~{record_id.hex}"[: getattr(table.columns[key].type, "length", None) or 33]
        for keys in natural_keys(table)
        for key in keys
        if isinstance(table.columns[key].type, String)
    }
    if spare:
        connection.execute(update(table).where(table.c.id == record_id).values(spare))
    return bool(spare)


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
    if not _set_aside(connection, table, here):
        # nothing to set aside (two attendances of one session): nothing hangs from it
        connection.execute(delete(table).where(table.c.id == here))
        connection.execute(insert(table).values(arrived))
        return
    connection.execute(insert(table).values(arrived))
    for child in Base.metadata.sorted_tables:
        for column in child.columns:
            if any(fk.column is table.c.id for fk in column.foreign_keys):
                connection.execute(
                    update(child).where(column == here).values({column.key: arrived["id"]})
                )
    connection.execute(delete(table).where(table.c.id == here))
