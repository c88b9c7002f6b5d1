"""The hub's side of synchronisation (#20): a desk's changes merged with what the hub
holds (`domain.merge`), and what the hub alone decides as they arrive: a record two desks
made for one person, the numbers given offline, the places of an edition, the changes
its database refuses. Each change is journaled as the hub wrote it, for every desk."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
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
    SyncAlias,
    SyncConflict,
)
from welfare_desk.store.replication import (
    JOURNAL,
    KEYED,
    OWN_ID,
    Op,
    Outcome,
    Writer,
    bookkept,
    chunks,
    current_rows,
    dependents,
    fk_columns,
    journal_entry,
    journaled_columns,
    known_ops,
    new_row,
    note_touched,
    ordered,
    orphan,
    plain,
    plain_row,
    row_values,
    same_as,
    to_column,
)
from welfare_desk.store.uow import ERASED, REASON_KEY, plain_value

CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]


ALIASES: Table = SyncAlias.__table__  # type: ignore[assignment]


PENDING = "pending"  # an enrollment made offline, its place for the hub to give


def _mapped(op: Op, aliases: Mapping[str, str]) -> Op:
    """The change with the records it names as the hub knows them (`SyncAlias`)."""
    if not aliases:
        return op
    links = fk_columns(op.table())

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
        self.found = current_rows(connection, ops)

    def get(self, table: Table, record_id: uuid.UUID) -> dict[str, Any] | None:
        if record_id not in self.found:
            row = self.connection.execute(select(table).where(table.c.id == record_id)).first()
            self.found[record_id] = plain_row(table, row)
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
    writer = Writer(connection)
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
            same = same_as(connection, table, op)
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
        if op.action == "insert" and row is None and orphan(connection, writer, table, op, present):
            # what it hangs from was removed on another desk: set aside, removed everywhere
            conflicts.append(_conflict(op, "edit_on_deleted", None, None, op.values(), False, now))
            action, changes = "delete", {}
        elif op.action == "insert" and row is None:
            values = op.values()
            made = new_row(table, values)
            if op.entity in KEYED:
                made["cell_key"] = key_of(secret, op.entity_id)
            writer.insert(table, {"id": op.entity_id, **made, **bookkept(op, True)})
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
                    table, op.entity_id, {**row_values(table, taken), **bookkept(op, False)}
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
                journal.append({**journal_entry(gone, values, "delete", stamp), "id": new_id()})
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
        note_touched(outcome, op, changes)
        journal.append(journal_entry(op, changes, action, stamp))
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
    for chunk in chunks(journal):
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
    return journal_entry(op, undo, action, op.stamp)


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
    keys = journaled_columns(CONFLICTS)
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
