"""A replica limited to some social points (#20): a laptop that carries only the people
its welfare manager follows.

The people's records are the workers of those points and everything that hangs from
them (families, contacts, paths, requests, enrollments, vouchers, and their history in
the journal). What is not a person's (the catalogue, employers, points, operators) is
carried whole. The first copy selects on the hub; what the hub sends after is sorted
here: a record of someone else is not kept, a worker who comes to one of the points is
fetched with all that hangs from them, and one who leaves is removed from the laptop
with their history.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, select

from welfare_desk.store.models import Base

WORKER = "worker"
POINTS_KEY = "sync_points"  # on a limited replica: its social points' ids, comma-separated


@dataclass(frozen=True)
class Link:
    column: str
    parent: str
    nullable: bool  # a row without a parent is no one's (a programme's budget)


def _person_tables() -> dict[str, Link | None]:
    found: dict[str, Link | None] = {WORKER: None}
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in found:
                continue
            for column in table.columns:
                parents = [fk.column.table.name for fk in column.foreign_keys]
                if parents and parents[0] in found and parents[0] != table.name:
                    found[table.name] = Link(column.name, parents[0], bool(column.nullable))
                    changed = True
                    break
    return found


PERSON_TABLES = _person_tables()


def parse_points(text: str | None) -> list[uuid.UUID]:
    return [uuid.UUID(part) for part in (text or "").split(",") if part]


def scope_sql(table: str, points: str) -> str | None:
    """The rows of `table` a replica of these points holds, as a condition in SQL on the
    hub (`points`: the ids, quoted and comma-separated); None: every row."""
    link = PERSON_TABLES.get(table)
    if table == WORKER:
        return f"social_point_id IN ({points})"
    if link is None:
        return None
    parent = scope_sql(link.parent, points)
    held = f'"{link.column}" IN (SELECT id FROM "{link.parent}" WHERE {parent})'
    return f'("{link.column}" IS NULL OR {held})' if link.nullable else held


def journal_scope_sql(points: str, entity: str = "entity", entity_id: str = "entity_id") -> str:
    """The journal's (or the conflicts') rows about what such a replica holds."""
    persons = ", ".join(f"'{name}'" for name in PERSON_TABLES)
    held = " OR ".join(
        f"({entity} = '{name}' AND {entity_id} IN (SELECT id FROM \"{name}\" WHERE "
        f"{scope_sql(name, points)}))"
        for name in PERSON_TABLES
    )
    return f"({entity} NOT IN ({persons}) OR {held})"


def subtree(connection: Connection, worker_ids: Sequence[uuid.UUID]) -> dict[str, set[uuid.UUID]]:
    """The ids of every record hanging from these workers in this store, by table."""
    found: dict[str, set[uuid.UUID]] = {WORKER: set(worker_ids)}
    for table in Base.metadata.sorted_tables:
        link = PERSON_TABLES.get(table.name)
        if link is None or table.name == WORKER or "id" not in table.c:
            continue  # (the search index is made again from the workers)
        parents = sorted(found.get(link.parent, ()))
        ids: set[uuid.UUID] = set()
        for start in range(0, len(parents), 500):
            chunk = parents[start : start + 500]
            ids.update(
                connection.execute(
                    select(table.c.id).where(table.c[link.column].in_(chunk))
                ).scalars()
            )
        found[table.name] = ids
    return found


def remove_people(connection: Connection, worker_ids: Iterable[uuid.UUID]) -> None:
    """Removes from this replica (without journaling: they stay on the hub) workers who
    left its points, with what hangs from them and their history."""
    from welfare_desk.store.replication import JOURNAL

    held = subtree(connection, list(worker_ids))
    tokens = _table("worker_search_token")
    gone = sorted(held[WORKER])
    for start in range(0, len(gone), 500):
        connection.execute(delete(tokens).where(tokens.c.worker_id.in_(gone[start : start + 500])))
    for table in reversed(Base.metadata.sorted_tables):
        ids = sorted(held.get(table.name, ()))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            connection.execute(delete(table).where(table.c.id.in_(chunk)))
            connection.execute(
                delete(JOURNAL).where(
                    JOURNAL.c.entity == table.name, JOURNAL.c.entity_id.in_(chunk)
                )
            )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]
