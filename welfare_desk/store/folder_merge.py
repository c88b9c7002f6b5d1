"""A desk's side of the shared-folder mode (#20): the changes read from the other desks'
files, applied so that every desk ends with the same records whatever order the share
brought the files in.

Each change read is journaled as it was made (its id, stamp and desk), then every record
it touches is made again from all its changes in the journal (`domain.lww.fold`) and
written where it differs. The conflicts the fold finds are this desk's own reading of
the journal, named from the changes that met, so every desk finds the same ones: they
are written here and not journaled; what a welfare manager decides about one (an
ordinary journaled change) reaches the other desks, which apply it to theirs.

A record whose creation has not arrived (a file of another desk the share has not
brought yet) makes the whole file wait (`Waiting`): it is read again at the next round.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, Table, delete, insert, or_, select, update

from welfare_desk.domain.lww import CONFLICT_NAMESPACE, SEEN, UNKNOWN, Change, Folded, Met, fold
from welfare_desk.domain.merge import NO_BASE
from welfare_desk.domain.numbers import NUMBER_APART
from welfare_desk.store.cell_keys import key_of
from welfare_desk.store.models import Base, SyncConflict
from welfare_desk.store.replication import (
    _RANK,
    EDITABLE_TABLES,
    JOURNAL,
    KEYED,
    OWN_ID,
    Op,
    Outcome,
    Writer,
    blob_columns,
    chunks,
    dependents,
    journal_entry,
    known_ops,
    natural_keys,
    new_row,
    note_touched,
    op_of,
    plain_row,
    row_values,
    same_record,
)
from welfare_desk.store.uow import BOOKKEEPING, ERASED, REASON_KEY, plain_value

CONFLICTS: Table = SyncConflict.__table__  # type: ignore[assignment]
# the mark of a unique value set aside while another record holds it
SET_ASIDE = "~"
# the conflicts a fold finds; the others («refused») come from a hub, which this mode has not
FOUND_BY_FOLD = ("field", "deleted", "edit_on_deleted", "same_record")


class Waiting(Exception):
    """A change to a record whose creation has not arrived yet."""


def _plain(value: Any) -> Any:
    return value if value is UNKNOWN or value is NO_BASE else plain_value(value)


def apply_folding(connection: Connection, ops: Sequence[Op], *, secret: bytes) -> Outcome:
    outcome = Outcome()
    known = known_ops(connection, [op.id for op in ops])
    fresh: dict[uuid.UUID, Op] = {}
    for op in ops:
        if op.id in known or op.id in fresh:
            outcome.skipped += 1
            continue
        op.table()  # a table this store does not have: a newer desk's change
        fresh[op.id] = op
    if not fresh:
        return outcome
    for chunk in chunks(list(fresh.values())):
        connection.execute(
            insert(JOURNAL), [journal_entry(op, op.changes, op.action, op.stamp) for op in chunk]
        )
    touched = {(op.entity, op.entity_id) for op in fresh.values()}
    folding = _Folding(connection, secret, fresh, outcome, touched)
    removing = {(op.entity, op.entity_id) for op in fresh.values() if op.action == "delete"}

    def order(item: tuple[str, uuid.UUID]) -> tuple[bool, int, str]:
        # parents made before their children; removals last, children first, so that
        # what was moved away from a record removed meanwhile is moved before it goes
        rank = _RANK.get(item[0], 0)
        return (item in removing, -rank if item in removing else rank, str(item[1]))

    for entity, record_id in sorted(touched, key=order):
        folding.settle(Base.metadata.tables[entity], record_id)
    folding.finish()
    _forget(connection, [op.entity_id for op in fresh.values() if op.forced])
    for op in fresh.values():
        note_touched(outcome, op, op.changes)
    outcome.applied = len(fresh)
    return outcome


def _forget(connection: Connection, record_ids: list[uuid.UUID]) -> None:
    """An erasure made on another desk: the history here keeps what changed and when,
    not the values, as on the desk that erased."""
    for chunk in chunks(sorted(set(record_ids))):
        rows = connection.execute(
            select(JOURNAL.c.id, JOURNAL.c.changes).where(JOURNAL.c.entity_id.in_(chunk))
        ).all()
        for entry_id, changes in rows:
            if isinstance(changes, str):
                changes = json.loads(changes)
            blank = dict.fromkeys(changes or {}, ERASED)
            connection.execute(
                update(JOURNAL).where(JOURNAL.c.id == entry_id).values(changes=blank)
            )


class _Folding:
    """One file's changes being applied: the records they touch made again, one by one,
    with what they need read beforehand and what they write sent a kind at a time."""

    def __init__(
        self,
        connection: Connection,
        secret: bytes,
        fresh: Mapping[uuid.UUID, Op],
        outcome: Outcome,
        touched: set[tuple[str, uuid.UUID]],
    ) -> None:
        self.connection = connection
        self.secret = secret
        self.fresh = fresh
        self.outcome = outcome
        self.moved: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.here: set[Any] = set()  # records known to be in the store now
        self.writer = Writer(connection)
        self.histories: dict[uuid.UUID, list[Op]] = defaultdict(list)
        self.rows: dict[uuid.UUID, dict[str, Any] | None] = {}
        by_entity: dict[str, list[uuid.UUID]] = defaultdict(list)
        for entity, record_id in touched:
            by_entity[entity].append(record_id)
        for entity, ids in by_entity.items():
            table = Base.metadata.tables[entity]
            for chunk in chunks(sorted(ids)):
                statement = select(JOURNAL).where(
                    JOURNAL.c.entity == entity, JOURNAL.c.entity_id.in_(chunk)
                )
                for row in connection.execute(statement):
                    self.histories[row.entity_id].append(fresh.get(row.id) or op_of(row))
                self.rows.update(dict.fromkeys(chunk))
                for row in connection.execute(select(table).where(table.c.id.in_(chunk))):
                    self.rows[row.id] = plain_row(table, row)
                    self.here.add(row.id)
        self.conflicts = _ConflictSink(connection, [record_id for _, record_id in touched])

    def settle(self, table: Table, record_id: uuid.UUID) -> None:
        ops = self.histories[record_id]
        row = self.rows[record_id]
        by_change = {op.id: op for op in ops}
        folded = _folded(table, record_id, ops, row)
        # two desks deciding one conflict differently: the later decision stands, unremarked
        wanted: list[Met | dict[str, Any]] = (
            [] if table.name == CONFLICTS.name else list(folded.met)
        )
        if folded.removed_by is not None:
            if row is not None:
                self.writer.flush()
                removal = by_change[folded.removed_by.id]
                for gone in _remove(self.connection, table, record_id, removal, self.conflicts):
                    self.rows[gone] = None
                    self.here.discard(gone)
                if table.name == "worker":
                    self.outcome.workers.add(record_id)
        elif folded.values is None:
            if table.name != CONFLICTS.name:
                raise Waiting(table.name)
            # a decision about a conflict this desk has not met yet: applied when it does
        else:
            values = {k: v for k, v in folded.values.items() if k in table.columns}
            if row is None:
                values = _unlinked(self.connection, table, values, self.here)
                parent_gone = _removed_parent(self.connection, table, values, self.here)
                if parent_gone is not None:
                    wanted.append(_orphaned(table, record_id, values, parent_gone))
                elif not _makeable(table, values):
                    pass  # erased, or a scan this desk never had: it cannot be made again
                else:
                    known = {k: v for k, v in values.items() if v is not UNKNOWN}
                    if _unique_keys(table):  # who holds a unique value is read from the store
                        self.writer.flush()
                        known = _claim(self.connection, table, record_id, known, folded, self.moved)
                    made = new_row(table, known)
                    if table.name in KEYED:
                        made["cell_key"] = key_of(self.secret, record_id)
                    made.update(_stamped(folded, by_change, True))
                    self.writer.insert(table, {"id": record_id, **made})
                    self.here.add(record_id)
            else:
                _amend(
                    self.connection,
                    table,
                    record_id,
                    values,
                    row,
                    folded,
                    by_change,
                    self.moved,
                    self.writer,
                )
        self.outcome.workers.update(self.moved.get("worker", ()))
        self.conflicts.keep(table.name, record_id, wanted, by_change)

    def finish(self) -> None:
        self.writer.flush()
        self.conflicts.flush()


class _ConflictSink:
    """The conflicts of the records being settled: those already here read at once, the
    new ones written at the end (with what was decided about them elsewhere)."""

    def __init__(self, connection: Connection, record_ids: list[uuid.UUID]) -> None:
        self.connection = connection
        self.existing: dict[uuid.UUID, dict[uuid.UUID, tuple[str, bool]]] = {}
        self.new: dict[uuid.UUID, dict[str, Any]] = {}
        self.retold: dict[uuid.UUID, dict[str, Any]] = {}
        self.told: dict[uuid.UUID, tuple[Any, Any]] = {}  # what each says now
        self.moot: list[uuid.UUID] = []
        self._load(record_ids)

    def _load(self, record_ids: Sequence[uuid.UUID]) -> None:
        for record_id in record_ids:
            self.existing.setdefault(record_id, {})
        for chunk in chunks(sorted(record_ids)):
            statement = select(
                CONFLICTS.c.id,
                CONFLICTS.c.entity_id,
                CONFLICTS.c.kind,
                CONFLICTS.c.resolved_at,
                CONFLICTS.c.kept,
                CONFLICTS.c.lost,
            ).where(CONFLICTS.c.entity_id.in_(chunk))
            for found, entity_id, kind, resolved, kept, lost in self.connection.execute(statement):
                self.existing[entity_id][found] = (kind, resolved is not None)
                self.told[found] = (kept, lost)

    def keep(
        self,
        entity: str,
        record_id: uuid.UUID,
        found: Iterable[Met | dict[str, Any]],
        by_change: Mapping[uuid.UUID, Op],
        *,
        prune: bool = True,
    ) -> None:
        """The record's conflicts as its fold now finds them: new ones kept, those a
        change read since has made moot removed, unless decided."""
        if record_id not in self.existing:
            self._load([record_id])
        here = self.existing[record_id]
        rows = {}
        for item in found:
            made = _conflict_row(entity, record_id, item, by_change)
            if made is not None:
                rows[made["id"]] = made
        if prune:
            # moot even if decided: every desk finds the same conflicts from the same
            # changes, and a desk that never met this one has no decision to keep
            for conflict_id, (kind, _decided) in list(here.items()):
                if kind in FOUND_BY_FOLD[:3] and conflict_id not in rows:
                    del here[conflict_id]
                    if self.new.pop(conflict_id, None) is None:
                        self.moot.append(conflict_id)
        for conflict_id, row in rows.items():
            if conflict_id not in here:
                here[conflict_id] = (row["kind"], False)
                self.new[conflict_id] = row
            elif conflict_id in self.new:
                self.new[conflict_id] = row
            elif not here[conflict_id][1] and self.told.get(conflict_id) != (
                row["kept"],
                row["lost"],
            ):
                # told again from all the changes heard of now: as a desk that heard of
                # them in another order tells it
                self.retold[conflict_id] = {"kept": row["kept"], "lost": row["lost"]}
                self.told[conflict_id] = (row["kept"], row["lost"])

    def flush(self) -> None:
        for chunk in chunks(self.moot):
            self.connection.execute(delete(CONFLICTS).where(CONFLICTS.c.id.in_(chunk)))
        for conflict_id, told in self.retold.items():
            self.connection.execute(
                update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(told)
            )
        self.retold = {}
        rows = list(self.new.values())
        for chunk in chunks(rows):
            self.connection.execute(insert(CONFLICTS), list(chunk))
        for chunk in chunks([row["id"] for row in rows]):
            _decided_elsewhere(self.connection, list(chunk))
        self.moot, self.new = [], {}


def _history(
    connection: Connection, entity: str, record_id: uuid.UUID, fresh: Mapping[uuid.UUID, Op]
) -> list[Op]:
    """Every journaled change of the record; those just read keep what their file carried
    besides (a scan's bytes)."""
    statement = select(JOURNAL).where(JOURNAL.c.entity == entity, JOURNAL.c.entity_id == record_id)
    return [fresh.get(row.id) or op_of(row) for row in connection.execute(statement)]


def _row(connection: Connection, table: Table, record_id: uuid.UUID) -> dict[str, Any] | None:
    found = connection.execute(select(table).where(table.c.id == record_id)).first()
    return plain_row(table, found)


def _folded(
    table: Table, record_id: uuid.UUID, ops: Sequence[Op], row: dict[str, Any] | None
) -> Folded:
    changes = [_change(table, op) for op in ops]
    if row is not None and not any(c.action == "insert" for c in changes):
        # made before this desk kept a journal of it: what it holds is where it starts
        values = {k: v for k, v in row.items() if k != "id"}
        changes.append(Change(uuid.uuid5(CONFLICT_NAMESPACE, str(record_id)), "insert", "", values))
    return fold(changes, plain=_plain)


def _change(table: Table, op: Op) -> Change:
    blobs = blob_columns(table)

    def value(key: str, given: Any) -> Any:
        if key in op.filled:
            return op.filled[key]
        return UNKNOWN if key in blobs or given == ERASED else given

    if op.action == "update":
        pairs: dict[str, tuple[Any, Any]] = {}
        for key, given in op.changes.items():
            if key == REASON_KEY or key not in table.columns:
                continue
            if key in op.filled:
                pairs[key] = (NO_BASE, op.filled[key])
            elif isinstance(given, list) and len(given) == 2:
                pairs[key] = (_base(given[0]), value(key, given[1]))
            elif given == ERASED:
                pairs[key] = (NO_BASE, UNKNOWN)
        return Change(op.id, "update", op.stamp, pairs=pairs, forced=op.forced)
    values = {
        k: value(k, v) for k, v in op.changes.items() if k != REASON_KEY and k in table.columns
    }
    if op.action == "insert":  # as the database made it: what was left to its defaults too
        values = {k: v for k, v in values.items() if v is not None or table.columns[k].nullable}
    return Change(op.id, op.action, op.stamp, values=values, forced=op.forced)


def _base(value: Any) -> Any:
    """A change's «from» value; one set aside here (never journaled) is no base to meet."""
    if isinstance(value, str) and (value.startswith(SET_ASIDE) or NUMBER_APART in value):
        return SEEN
    return value


# -- a unique value two desks gave two records -----------------------------------------


def settle_unique_values(connection: Connection) -> set[uuid.UUID]:
    """Who holds each unique value that two records were given on two desks (a codice
    fiscale, an employer's name, a provisional number): the record made first among
    those still there. Worked out again at every synchronisation from the records set
    aside, so that a removal or a correction made anywhere frees the value on every desk
    alike; the welfare manager sees each pair as a proposal (`same_record`). Returns the
    workers whose codice fiscale moved (to be found again by search)."""
    moved: dict[str, set[uuid.UUID]] = defaultdict(set)
    proposed = set(
        connection.execute(
            select(CONFLICTS.c.entity).where(CONFLICTS.c.kind == "same_record").distinct()
        ).scalars()
    )
    for table in Base.metadata.sorted_tables:
        keys = [k for keys in natural_keys(table) for k in keys if _aside_able(table, k)]
        if not keys or table.name not in EDITABLE_TABLES:
            continue
        aside = list(
            connection.execute(select(table.c.id).where(_set_aside(table, keys))).scalars()
        )
        if not aside and table.name not in proposed:
            continue  # nothing set aside, no proposal to keep or withdraw
        for record_id in sorted(aside, key=lambda i: _made_order(connection, table.name, i)):
            ops = _history(connection, table.name, record_id, {})
            row = _row(connection, table, record_id)
            folded = _folded(table, record_id, ops, row)
            if row is None or folded.values is None:
                continue
            values = {k: v for k, v in folded.values.items() if k in table.columns}
            by_change = {op.id: op for op in ops}
            _amend(connection, table, record_id, values, row, folded, by_change, moved)
        _keep_proposals(connection, table, keys)
    return moved["worker"]


def _set_aside(table: Table, keys: list[str]) -> Any:
    """The records with a value set aside: every text starting with the mark sorts
    between it and the next character, so the value's unique index finds them."""
    after = chr(ord(SET_ASIDE) + 1)
    return or_(*((table.c[k] >= SET_ASIDE) & (table.c[k] < after) for k in keys))


def _aside_able(table: Table, key: str) -> bool:
    return isinstance(table.columns[key].type, String)


def _keep_proposals(connection: Connection, table: Table, keys: list[str]) -> None:
    """One proposal for each record set aside, about the record holding its value."""
    wanted: dict[uuid.UUID, dict[str, Any]] = {}
    aside = connection.execute(select(table).where(_set_aside(table, keys))).all()
    for row in aside:
        ops = _history(connection, table.name, row.id, {})
        folded = _folded(table, row.id, ops, plain_row(table, row))
        if folded.values is None or folded.made_by is None:
            continue
        holder = None
        for group in natural_keys(table):
            holder = holder or same_record(connection, table, group, folded.values)
        made = next((op for op in ops if op.id == folded.made_by.id), None)
        if holder is None or made is None:
            continue
        theirs = _made_values(connection, table, holder)
        mine = dict(folded.made_by.values)
        # what made them one (the code, the name), then what the two creations told apart
        told = [
            k
            for k in (*keys, "name", "surname")
            if k in mine and k in theirs and not k.endswith("_key")  # not a search's own key
        ]
        differing = {k: _plain(mine[k]) for k in told} | {
            k: _plain(v)
            for k, v in mine.items()
            if k in theirs and k not in OWN_ID and k != "id" and _plain(theirs[k]) != _plain(v)
        }
        first, second = sorted([str(holder), str(row.id)])
        conflict_id = uuid.uuid5(CONFLICT_NAMESPACE, f"same_record:{first}:{second}")
        wanted[conflict_id] = (
            _conflict_row(
                table.name,
                holder,
                {
                    "id": conflict_id,
                    "kind": "same_record",
                    "field": None,
                    "kept": {k: _plain(theirs[k]) for k in differing},
                    "lost": differing,  # the record set aside: the creation named by op_id
                    "op": made,
                },
                {},
            )
            or {}
        )
    statement = select(CONFLICTS.c.id, CONFLICTS.c.resolved_at).where(
        CONFLICTS.c.entity == table.name, CONFLICTS.c.kind == "same_record"
    )
    present = {found: resolved for found, resolved in connection.execute(statement)}
    moot = [i for i, resolved in present.items() if i not in wanted and resolved is None]
    for chunk in chunks(moot):
        connection.execute(delete(CONFLICTS).where(CONFLICTS.c.id.in_(chunk)))
    new = [row for conflict_id, row in wanted.items() if conflict_id not in present and row]
    if new:
        connection.execute(insert(CONFLICTS), new)
        _decided_elsewhere(connection, [row["id"] for row in new])


def _made_values(connection: Connection, table: Table, record_id: uuid.UUID) -> dict[str, Any]:
    for op in _history(connection, table.name, record_id, {}):
        if op.action == "insert":
            return dict(_change(table, op).values)
    return _row(connection, table, record_id) or {}


def _stamped(folded: Folded, by_change: Mapping[uuid.UUID, Op], made: bool) -> dict[str, Any]:
    last = folded.last
    stamp: dict[str, Any] = {}
    if last is not None and last.id in by_change:
        stamp.update(updated_at=by_change[last.id].at, updated_by=by_change[last.id].operator_id)
    if made and folded.made_by is not None and folded.made_by.id in by_change:
        made_op = by_change[folded.made_by.id]
        stamp.update(created_at=made_op.at, created_by=made_op.operator_id, version=1)
    return stamp


def _amend(
    connection: Connection,
    table: Table,
    record_id: uuid.UUID,
    values: dict[str, Any],
    row: dict[str, Any],
    folded: Folded,
    by_change: Mapping[uuid.UUID, Op],
    moved: dict[str, set[uuid.UUID]],
    writer: Writer | None = None,
) -> None:
    values = _unlinked(connection, table, values)
    taken = {
        k: v
        for k, v in values.items()
        if v is not UNKNOWN and k in row and k not in OWN_ID and _plain(row[k]) != _plain(v)
    }
    if set(taken) & {k for keys in _unique_keys(table) for k in keys}:
        if writer is not None:
            writer.flush()  # who holds the value is read from the store
        moved[table.name].add(record_id)
        taken = _claim(connection, table, record_id, {**row, **taken}, folded, moved)
        taken = {k: v for k, v in taken.items() if k in row and _plain(row[k]) != _plain(v)}
    if not taken:
        return
    changed: dict[str, Any] = {**row_values(table, taken), **_stamped(folded, by_change, False)}
    if writer is not None:
        writer.update(table, record_id, changed)
        return
    if "version" in table.columns:
        changed["version"] = table.c.version + 1
    connection.execute(update(table).where(table.c.id == record_id).values(changed))


def _set_aside_value(table: Table, key: str, record_id: uuid.UUID, value: Any) -> Any:
    if key == "number":  # still provisional, told apart: the reference desk renumbers it
        return f"{value}{NUMBER_APART}{record_id.hex[:8]}"
    if not _aside_able(table, key):
        return value
    length = getattr(table.columns[key].type, "length", None) or 33
    return f"{SET_ASIDE}{record_id.hex}"[:length]


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    numbered = [("number",)] if "number" in table.columns else []
    return natural_keys(table) + numbered


def _claim(
    connection: Connection,
    table: Table,
    record_id: uuid.UUID,
    values: dict[str, Any],
    folded: Folded,
    moved: dict[str, set[uuid.UUID]],
) -> dict[str, Any]:
    """A unique value two records hold, given on two desks (one person registered on
    both, an employer named on both, one provisional number given by both): the record
    made first keeps it, the other has it set aside, on every desk alike, until the
    welfare manager decides (`settle_unique_values`) or the reference desk renumbers."""
    result = dict(values)
    mine = folded.made_by.order if folded.made_by is not None else ("", str(record_id))
    for keys in _unique_keys(table):
        other = same_record(connection, table, keys, result)
        if other is None or other == record_id:
            continue
        moved[table.name].update([other, record_id])
        if _made_order(connection, table.name, other) < mine:
            result.update({k: _set_aside_value(table, k, record_id, result[k]) for k in keys})
        else:
            aside = {k: _set_aside_value(table, k, other, result[k]) for k in keys}
            connection.execute(update(table).where(table.c.id == other).values(aside))
    return result


def _made_order(connection: Connection, entity: str, record_id: uuid.UUID) -> tuple[str, str]:
    statement = select(JOURNAL.c.stamp, JOURNAL.c.id).where(
        JOURNAL.c.entity == entity, JOURNAL.c.entity_id == record_id, JOURNAL.c.action == "insert"
    )
    found = connection.execute(statement.order_by(JOURNAL.c.stamp).limit(1)).first()
    return ("", str(record_id)) if found is None else (found.stamp or "", str(found.id))


def _made(connection: Connection, entity: str, record_id: uuid.UUID) -> Op | None:
    """The creation of a record that is gone without a removal of its own (it went with
    a record it hung from): what hangs from it has nowhere to go either."""
    statement = select(JOURNAL).where(
        JOURNAL.c.entity == entity, JOURNAL.c.entity_id == record_id, JOURNAL.c.action == "insert"
    )
    found = connection.execute(statement.limit(1)).first()
    return None if found is None else op_of(found)


def _removal_of(connection: Connection, entity: str, record_id: uuid.UUID) -> Op | None:
    statement = select(JOURNAL).where(
        JOURNAL.c.entity == entity, JOURNAL.c.entity_id == record_id, JOURNAL.c.action == "delete"
    )
    found = connection.execute(statement.order_by(JOURNAL.c.stamp).limit(1)).first()
    return None if found is None else op_of(found)


def _makeable(table: Table, values: Mapping[str, Any]) -> bool:
    """Whether every column the record cannot be without has a value to make it with."""
    for column in table.columns:
        if column.nullable or column.key in ("id", "cell_key") or column.key in BOOKKEEPING:
            continue
        given = values.get(column.key, UNKNOWN if column.key in values else None)
        if given is UNKNOWN or (
            given is None and column.default is None and column.server_default is None
        ):
            return False
    return True


def _exists(connection: Connection, parent: Table, key: Any, here: set[Any] | None) -> bool:
    """Whether the record is in this store; `here`: records known to be, asked once."""
    if here is not None and key in here:
        return True
    found = connection.execute(select(parent.c.id).where(parent.c.id == key)).first() is not None
    if found and here is not None:
        here.add(key)
    return found


def _unlinked(
    connection: Connection, table: Table, values: dict[str, Any], here: set[Any] | None = None
) -> dict[str, Any]:
    """A link the database empties when its record goes (ON DELETE SET NULL), empty here
    too when that record is gone: as on the desk that removed it."""
    result = dict(values)
    for column in table.columns:
        value = result.get(column.key)
        if value is None or value is UNKNOWN or not column.foreign_keys:
            continue
        fk = next(iter(column.foreign_keys))
        if (fk.ondelete or "").upper() != "SET NULL":
            continue
        key = row_values(table, {column.key: value})[column.key]
        if not _exists(connection, fk.column.table, key, here):
            result[column.key] = None
    return result


def _removed_parent(
    connection: Connection, table: Table, values: Mapping[str, Any], here: set[Any] | None = None
) -> Op | None:
    """The removal of a record this one hangs from; Waiting when one is not here yet."""
    for column in table.columns:
        value = values.get(column.key)
        if value is None or value is UNKNOWN or not column.foreign_keys:
            continue
        parent = next(iter(column.foreign_keys)).column.table
        if parent.name not in EDITABLE_TABLES:
            continue
        key = row_values(table, {column.key: value})[column.key]
        if _exists(connection, parent, key, here):
            continue
        removal = _removal_of(connection, parent.name, key) or _made(connection, parent.name, key)
        if removal is None:
            raise Waiting(parent.name)
        return removal
    return None


def _orphaned(
    table: Table, record_id: uuid.UUID, values: Mapping[str, Any], removal: Op
) -> dict[str, Any]:
    return {
        "id": uuid.uuid5(CONFLICT_NAMESPACE, f"orphan:{record_id}"),
        "entity": table.name,
        "entity_id": record_id,
        "kind": "deleted",
        "field": None,
        "kept": None,
        # as the record was, whether it was here (removed with its parent) or not yet
        "lost": {
            k: _plain(v)
            for k, v in new_row(
                table, {k: v for k, v in values.items() if v is not UNKNOWN}
            ).items()
            # a default the creation left to the database is not told
            if v is not None and v is not False and v != "" and k != "id"
        },
        "op": removal,
    }


def _remove(
    connection: Connection,
    table: Table,
    record_id: uuid.UUID,
    removal: Op,
    conflicts: _ConflictSink,
) -> list[uuid.UUID]:
    """The record goes, and what hung from it that its removal had not seen (made on
    another desk meanwhile) goes with it, each kept in a conflict. Returns what went."""
    gone: list[uuid.UUID] = []
    for child, child_id, values in dependents(connection, table, record_id):
        connection.execute(delete(child).where(child.c.id == child_id))
        orphaned = _orphaned(child, child_id, values, removal)
        conflicts.keep(child.name, child_id, [orphaned], {}, prune=False)
        gone.append(child_id)
    connection.execute(delete(table).where(table.c.id == record_id))
    return [*gone, record_id]


def _conflict_row(
    entity: str,
    record_id: uuid.UUID,
    found: Met | dict[str, Any],
    by_change: Mapping[uuid.UUID, Op],
) -> dict[str, Any] | None:
    if isinstance(found, Met):
        lost_op = by_change.get(found.lost_by.id)
        kept_op = by_change.get(found.kept_by.id)
        if lost_op is None or kept_op is None:
            return None  # met a record's state from before its journal: nothing to tell
        given = {
            "id": found.id,
            "kind": found.kind,
            "field": found.field,
            "kept": _plain(found.kept) if found.kept is not UNKNOWN else None,
            "lost": _jsonable(found.lost),
            "op": lost_op,
            "at": kept_op.at,
        }
    else:
        given = dict(found)
    op: Op | None = given.pop("op", None)
    if op is None:
        return None
    at: datetime = given.pop("at", op.at)
    return {
        "entity": entity,
        "entity_id": record_id,
        **given,
        "version": 1,
        "created_at": at,
        "updated_at": at,
        "created_by": None,
        "updated_by": None,
        "op_id": op.id,
        "op_site": op.site[:40] or None,
        "op_by": op.operator_id,
        "op_at": op.at,
        "incoming_kept": False,
        "resolved_at": None,
        "resolution": None,
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not UNKNOWN}
    return None if value is UNKNOWN else _plain(value)


def _decided_elsewhere(connection: Connection, conflict_ids: list[uuid.UUID]) -> None:
    """A welfare manager's decision about a conflict, made on a desk that met it first."""
    statement = (
        select(JOURNAL)
        .where(JOURNAL.c.entity == CONFLICTS.name, JOURNAL.c.entity_id.in_(conflict_ids))
        .order_by(JOURNAL.c.stamp)
    )
    for row in connection.execute(statement).all():
        decided = {
            k: pair[1]
            for k, pair in op_of(row).pairs().items()
            if k in ("resolved_at", "resolution")
        }
        if decided:
            connection.execute(
                update(CONFLICTS)
                .where(CONFLICTS.c.id == row.entity_id)
                .values(row_values(CONFLICTS, decided))
            )


__all__ = ["Waiting", "apply_folding", "settle_unique_values"]
