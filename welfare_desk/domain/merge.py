"""Three-way merge of one record, field by field, as the hub applies a desk's change (#20).

A desk sends each field it changed with the value it changed it from (the base) and to.
Against the hub's value: unchanged since the base, the desk's value is taken; already
equal to it, nothing happens; changed meanwhile by another desk, the two edits conflict
and the later by the hybrid logical clock (then the site, which the stamp carries) is
kept everywhere, the other set aside for the welfare manager. Edits of different fields
never conflict. Values are compared as the journal holds them (`store.uow.plain_value`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# The base of a field whose change came without one (a record created on two desks
# under one id): any different value on the hub is a concurrent edit.
NO_BASE = object()


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    kept: Any
    lost: Any
    incoming_won: bool


@dataclass(frozen=True, slots=True)
class Merged:
    taken: dict[str, Any]  # the fields to write, with the desk's values
    conflicts: list[FieldConflict]


def merge_fields(
    current: Mapping[str, Any],
    changes: Mapping[str, tuple[Any, Any]],
    incoming: str,
    last_stamp: Callable[[str], str | None],
) -> Merged:
    """`changes`: field → (base, new); `incoming`: the change's stamp; `last_stamp`: the
    stamp of the change that gave the hub's field its value (None: none known, as for a
    record that predates stamps, which any stamped change is newer than)."""
    taken: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for field, (base, new) in changes.items():
        if field not in current:
            continue  # a field this store does not have (a newer desk's schema)
        now = current[field]
        if now == new:
            continue
        if base is not NO_BASE and now == base:
            taken[field] = new
            continue
        before = last_stamp(field)
        wins = before is None or incoming > before
        if wins:
            taken[field] = new
        conflicts.append(
            FieldConflict(field, new if wins else now, now if wins else new, incoming_won=wins)
        )
    return Merged(taken, conflicts)
