"""One record's state from every change made to it on any desk, in any order (#20).

In the shared-folder mode there is no hub to apply changes in one order: each desk reads
the others' files as the share brings them. So a record is not changed by each change as
it arrives; it is made again from all the changes it has had, sorted by their stamps
(hybrid logical clock, then site, then the change's id), and two desks holding the same
changes hold the same record, whatever order they read them in.

- A field takes the value of the latest change that set it (last writer wins).
- A change that set a field without having seen the value it replaced (its «from» is not
  the value before it in the order) met another desk's edit: a conflict, named from the
  two changes so that every desk names it the same.
- A removal stands: a later edit does not bring the record back (a conflict), nor does an
  edit the removal had not seen (a conflict).
- An erasure's fields stay erased: a change that had not seen the erasure does not write
  them back.

Values are compared as the journal holds them. This module reads no store and no clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from welfare_desk.domain.merge import NO_BASE

# A value a desk does not hold as it was made (a scan, whose journal keeps its size; a
# field an erasure emptied): its column is left as the store has it.
UNKNOWN: Any = type("Unknown", (), {"__repr__": lambda self: "UNKNOWN"})()
# The base of a field changed from a value this desk never journaled (one set aside while
# another record held it): the change saw what its desk showed, and meets no one.
SEEN: Any = type("Seen", (), {"__repr__": lambda self: "SEEN"})()
# every desk names a conflict the same: from the changes that met
CONFLICT_NAMESPACE = uuid.UUID("6f1d2c3e-8a41-4c52-9d0e-57444643464c")


@dataclass(frozen=True, slots=True)
class Change:
    id: uuid.UUID
    action: str  # insert, update, delete
    stamp: str
    # insert and delete: the record's fields (as made, as last seen); update: (from, to)
    values: Mapping[str, Any] = field(default_factory=dict)
    pairs: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    forced: bool = False  # an erasure

    @property
    def order(self) -> tuple[str, str]:
        return (self.stamp, str(self.id))


@dataclass(frozen=True, slots=True)
class Met:
    """Two changes that met: `lost` is set aside, `kept` stands (for a removal, the edit
    is lost and the removal kept)."""

    kind: str  # field, deleted, edit_on_deleted
    field: str | None
    kept_by: Change
    lost_by: Change
    kept: Any
    lost: Any

    @property
    def id(self) -> uuid.UUID:
        name = f"{self.kind}:{self.field or ''}:{self.kept_by.id}:{self.lost_by.id}"
        return uuid.uuid5(CONFLICT_NAMESPACE, name)


@dataclass(slots=True)
class Folded:
    values: dict[str, Any] | None = None  # None: never made here, or removed
    made_by: Change | None = None
    removed_by: Change | None = None
    writers: dict[str, Change] = field(default_factory=dict)  # field → its last writer
    met: list[Met] = field(default_factory=list)

    @property
    def last(self) -> Change | None:
        changes = [*self.writers.values(), *([self.made_by] if self.made_by else [])]
        return max(changes, key=lambda c: c.order) if changes else None


def fold(changes: Iterable[Change], plain: Any = lambda v: v) -> Folded:
    """The record as its changes make it. `plain`: a value as the journal compares it."""
    state = Folded()
    erased: set[str] = set()
    seen: set[uuid.UUID] = set()
    for change in sorted(changes, key=lambda c: c.order):
        if change.id in seen:
            continue
        seen.add(change.id)
        if state.removed_by is not None:
            if change.action != "delete":
                state.met.append(
                    Met("edit_on_deleted", None, state.removed_by, change, None, _wanted(change))
                )
            continue
        if change.action == "delete":
            _remove(state, change, plain)
            continue
        if state.values is None:
            if change.action != "insert":
                continue  # its record's creation is not here (yet)
            state.values = dict(change.values)
            state.made_by = change
            state.writers = dict.fromkeys(change.values, change)
            erased.update(change.values if change.forced else ())
            continue
        pairs = (
            {k: (NO_BASE, v) for k, v in change.values.items()}
            if change.action == "insert"  # the same record made twice (a named conflict)
            else change.pairs
        )
        for key, (before, after) in pairs.items():
            now = state.values.get(key)
            if after is UNKNOWN:
                state.values[key], state.writers[key] = after, change
                erased.update([key] if change.forced else [])
                continue
            if key in erased and not change.forced and plain(before) != plain(now):
                continue  # written back by a desk that had not seen the erasure
            if plain(now) == plain(after):
                state.writers[key] = change
                continue
            # an erasure stands and tells no one what it erased
            unseen = before is NO_BASE or plain(before) != plain(now)
            if now is not UNKNOWN and before is not SEEN and not change.forced and unseen:
                other = state.writers.get(key)
                if other is not None:
                    state.met.append(Met("field", key, change, other, after, now))
            state.values[key] = after
            state.writers[key] = change
            if change.forced:
                erased.add(key)
    return state


def _remove(state: Folded, change: Change, plain: Any) -> None:
    if state.values is not None and not change.forced:  # an erasure tells nothing
        unseen: dict[uuid.UUID, tuple[Change, dict[str, Any]]] = {}
        for key, writer in state.writers.items():
            now = state.values.get(key)
            if writer is state.made_by or key not in change.values or now is UNKNOWN:
                continue
            if plain(change.values[key]) != plain(now):
                # edited on a desk that the removal had not heard from
                unseen.setdefault(writer.id, (writer, {}))[1][key] = now
        for writer, edited in unseen.values():
            state.met.append(Met("deleted", None, change, writer, None, edited))
    state.values = None
    state.removed_by = change


def _wanted(change: Change) -> dict[str, Any]:
    if change.action == "update":
        return {k: after for k, (_before, after) in change.pairs.items()}
    return dict(change.values)
