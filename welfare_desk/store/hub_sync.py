"""A replica's synchronisation with its hub (#20): push what it made, pull what the hub has.

Push: the replica's unacknowledged changes, a batch at a time, applied on the hub in one
SERIALIZABLE transaction (retried when PostgreSQL refuses to serialise it), numbered as
it commits (`store.feed`); then, and only then, deleted from the replica's outbox. A push
whose acknowledgement was lost is sent again and skipped by its operation ids.

Pull: the hub's changes numbered after the replica's cursor, applied in the replica with
the cursor moved in the same transaction, so a pull cut short resumes where it stopped.

First pull: a store that has never synchronised and holds nothing of its own becomes a
replica by copying the hub as one snapshot, with the hub's number at that snapshot as
its cursor.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from psycopg import IsolationLevel
from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Uuid,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from welfare_desk.store import bulk
from welfare_desk.store.cell_keys import SECRET
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import StoreError
from welfare_desk.store.feed import CURSOR_KEY, HUB_KEY, LAST_KEY, number_changes
from welfare_desk.store.hub_merge import CONFLICTS, apply_merging
from welfare_desk.store.maintenance import after_bulk_load
from welfare_desk.store.migrate import current_revision
from welfare_desk.store.models import Base, StoreMeta
from welfare_desk.store.replica_apply import apply_as_written
from welfare_desk.store.replica_scope import (
    POINTS_KEY,
    journal_scope_sql,
    parse_points,
    remove_people,
    scope_sql,
    subtree,
)
from welfare_desk.store.replication import (
    JOURNAL,
    Op,
    Outcome,
    UnknownRecord,
    acknowledge,
    feed,
    outbox,
    passwords,
    pending_count,
    pending_fields,
    set_password,
)
from welfare_desk.store.revisions import HEAD, REVISIONS
from welfare_desk.store.stamps import SITE_KEY

PUSH_BATCH = 2000
PULL_BATCH = 2000
COPY_CHUNK = 10_000
RETRIES = 8
META: Any = StoreMeta.__table__
# Not copied to a replica: the store's own facts, who looked at what on which desk, and
# what is waiting to leave.
LOCAL_TABLES = frozenset({"store_meta", "audit_entry", "sync_outbox", "sync_alias"})

# After changes are applied: their workers found again by search (the search index is
# derived data, rebuilt by the registry, which this layer does not know).
Reindex = Callable[[Connection, set[Any], set[Any]], None]


class SyncRefused(StoreError):
    """Synchronisation cannot start or go on; the message says what to do."""


@dataclass
class SyncReport:
    first: bool = False  # the replica was made by this synchronisation
    pushed: int = 0
    replayed: int = 0  # sent again after a lost acknowledgement, found already applied
    pulled: int = 0
    conflicts: int = 0  # met in this synchronisation
    open_conflicts: int = 0  # waiting for the welfare manager, met now or before
    pending: int = 0  # left to push (changes made while synchronising)
    cursor: int = 0
    retries: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def meta_value(connection: Connection, key: str) -> str | None:
    found = connection.execute(select(META.c.value).where(META.c.key == key)).scalar()
    return None if found is None else str(found)


def set_meta(connection: Connection, key: str, value: str) -> None:
    if connection.execute(update(META).where(META.c.key == key).values(value=value)).rowcount:
        return
    connection.execute(insert(META).values(key=key, value=value))


def check_schemas(replica: Store, hub: Store) -> None:
    """Both stores at this desk's schema: a desk older than its hub must be updated, and a
    hub older than the desk must be upgraded first. Nothing is sent or taken before."""
    with hub.engine.connect() as connection:
        revision = current_revision(connection)
    if revision is None:
        raise SyncRefused(
            "Il server indicato non contiene un archivio di Welfare Desk: controlla "
            "l'indirizzo, oppure crealo con «welfare-desk init --db INDIRIZZO»."
        )
    if revision not in REVISIONS:
        raise SyncRefused(
            "L'archivio sul server è stato aggiornato da una versione più recente di "
            "Welfare Desk: installa l'ultima versione su questa postazione, poi sincronizza. "
            "Le modifiche fatte qui restano in attesa e non vanno perse."
        )
    if revision != HEAD:
        raise SyncRefused(
            "L'archivio sul server è di una versione precedente di Welfare Desk: chi lo "
            "gestisce lo aggiorni (welfare-desk init --db INDIRIZZO), poi sincronizza. Le "
            "modifiche fatte qui restano in attesa e non vanno perse."
        )


def hub_address(hub: Store) -> str:
    """The hub's address as a replica keeps it: without a password, which stays in the
    keyring."""
    return hub.target.url.set(password=None).render_as_string(hide_password=False)


def known_hub(store: Store) -> str | None:
    """The hub this replica synchronises with, None for a store that is no replica."""
    with store.engine.connect() as connection:
        return meta_value(connection, HUB_KEY)


def open_conflicts(store: Store) -> int:
    with store.engine.connect() as connection:
        return int(
            connection.execute(
                select(func.count()).select_from(CONFLICTS).where(CONFLICTS.c.resolved_at.is_(None))
            ).scalar_one()
        )


def is_replica(store: Store) -> bool:
    with store.engine.connect() as connection:
        return meta_value(connection, HUB_KEY) is not None


def synchronise(
    replica: Store,
    hub: Store,
    *,
    reindex: Reindex,
    progress: Callable[[str, int], None] | None = None,
    address: str | None = None,
    points: Sequence[str] | None = None,
) -> SyncReport:
    """Makes the replica on first use, then pushes and pulls until both are even.
    `address`: the hub's, as the replica keeps it to synchronise again; `points`: the
    codes of the social points a new replica is limited to (`store.replica_scope`)."""
    started = time.perf_counter()
    if replica.dialect != "sqlite" or hub.dialect != "postgresql":
        raise SyncRefused(
            "Si sincronizza un archivio locale (file) con l'archivio del programma su PostgreSQL."
        )
    check_schemas(replica, hub)
    report = SyncReport()
    if points and is_replica(replica):
        raise SyncRefused(
            "Questa postazione ha già la sua copia locale: i punti sociali si scelgono alla "
            "prima copia. Per portare con sé altri punti, crea un archivio nuovo."
        )
    try:
        if not is_replica(replica):
            report.first = True
            report.cursor = make_replica(replica, hub, address or hub_address(hub), points)
        else:
            push(replica, hub, report, reindex=reindex, progress=progress)
        pull(replica, hub, report, reindex=reindex, progress=progress)
        if report.pushed or report.pulled:  # a password's change travels as a change
            settle_passwords(replica, hub)
    except DBAPIError as exc:
        if not is_disconnect(exc):
            raise
        raise SyncRefused(
            "Il collegamento con il server si è interrotto durante la sincronizzazione (rete "
            "caduta o server riavviato): ciò che era già arrivato resta, e le modifiche fatte "
            "qui non vanno perse: partono alla prossima sincronizzazione."
        ) from None
    with replica.engine.begin() as connection:
        set_meta(connection, LAST_KEY, replica.clock.stamp().isoformat(timespec="seconds"))
        report.pending = pending_count(connection)
    report.open_conflicts = open_conflicts(replica)
    report.seconds = time.perf_counter() - started
    return report


def is_disconnect(exc: DBAPIError) -> bool:
    """The connection went (a network down, a server restarted or shut down)."""
    if exc.connection_invalidated:
        return True
    code = getattr(exc.orig, "sqlstate", None) or ""
    # 57P01-03: the server shutting down; 08: a connection exception
    return code.startswith(("57P0", "08")) or "closed" in str(exc.orig).lower()


def settle_passwords(replica: Store, hub: Store) -> None:
    """Operators' passwords, which the journal never holds (only the day one was set):
    once both have each other's changes, the desk that made the latest change of a
    password (the site its clock stamp names) is the one whose password both keep."""
    with replica.engine.begin() as local, hub.engine.begin() as remote:
        site = meta_value(local, SITE_KEY)
        mine, theirs = passwords(local), passwords(remote)
        for operator_id, (hashed, stamp) in theirs.items():
            here = mine.get(operator_id)
            if here is None or here[0] == hashed:
                continue
            latest = max(stamp, here[1])
            if latest and latest.rsplit(".", 1)[-1] == site:
                if here[0] is not None:
                    set_password(remote, operator_id, here[0])
            elif hashed is not None:
                set_password(local, operator_id, hashed)


def _hub_millis(connection: Connection) -> int:
    """The hub's own time: the desk's clock may be wrong, which is why it is asked."""
    return int(
        connection.execute(
            text("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)")
        ).scalar_one()
    )


def _serialisation_failure(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("40001", "40P01")


def push(
    replica: Store,
    hub: Store,
    report: SyncReport,
    *,
    reindex: Reindex,
    progress: Callable[[str, int], None] | None = None,
) -> None:
    while True:
        with replica.engine.connect() as local:
            ops = outbox(local, PUSH_BATCH)
        if not ops:
            return
        outcome = _push_batch(replica, hub, ops, report, reindex)
        with replica.engine.begin() as local:
            acknowledge(local, [op.id for op in ops])
        report.pushed += outcome.applied
        report.replayed += outcome.skipped
        report.conflicts += len(outcome.conflicts)
        if progress is not None:
            progress("push", report.pushed + report.replayed)


def _push_batch(
    replica: Store, hub: Store, ops: list[Op], report: SyncReport, reindex: Reindex
) -> Outcome:
    for attempt in range(RETRIES):
        try:
            with hub.engine.connect() as connection:
                connection = connection.execution_options(isolation_level="SERIALIZABLE")
                with connection.begin():
                    secret = bytes.fromhex(meta_value(connection, SECRET) or "")
                    outcome = apply_merging(
                        connection,
                        ops,
                        secret=secret,
                        hub_wall_ms=_hub_millis(connection),
                        now=replica.clock.stamp(),
                    )
                    reindex(connection, outcome.workers, outcome.organizations)
                    number_changes(connection)
                return outcome
        except UnknownRecord as exc:
            raise SyncRefused(
                f"Una modifica riguarda dati («{exc}») che l'archivio sul server non conosce: "
                "aggiornatelo all'ultima versione di Welfare Desk, poi sincronizza."
            ) from None
        except DBAPIError as exc:
            if not _serialisation_failure(exc) or attempt == RETRIES - 1:
                raise
            report.retries += 1
            time.sleep(0.01 * (2**attempt))
    raise AssertionError("unreachable")


def pull(
    replica: Store,
    hub: Store,
    report: SyncReport,
    *,
    reindex: Reindex,
    progress: Callable[[str, int], None] | None = None,
) -> None:
    with replica.engine.connect() as local:
        cursor = int(meta_value(local, CURSOR_KEY) or 0)
    while True:
        with hub.engine.connect() as connection:
            ops = feed(connection, cursor, PULL_BATCH)
        if not ops:
            break
        with replica.engine.begin() as local:
            points = meta_value(local, POINTS_KEY)
            outcome = apply_as_written(
                local,
                ops,
                secret=bytes.fromhex(meta_value(local, SECRET) or ""),
                pending=pending_fields(local),
                points=parse_points(points) if points is not None else None,
            )
            if outcome.leaving:
                remove_people(local, outcome.leaving)
            if outcome.arriving:
                _fetch_people(hub, local, outcome.arriving)
                outcome.workers.update(outcome.arriving)
            reindex(local, outcome.workers, outcome.organizations)
            cursor = max(op.hub_seq or 0 for op in ops)
            set_meta(local, CURSOR_KEY, str(cursor))
        report.pulled += outcome.applied
        if progress is not None:
            progress("pull", report.pulled)
    report.cursor = cursor


def _fetch_people(hub: Store, local: Connection, worker_ids: set[uuid.UUID]) -> None:
    """Workers who came to a limited replica's points: copied from the hub with what
    hangs from them and their history, as the first copy would have."""
    with hub.engine.connect() as source:
        held = subtree(source, sorted(worker_ids))
        every: list[uuid.UUID] = []
        for table in Base.metadata.sorted_tables:
            ids = sorted(held.get(table.name, ()))
            if ids:  # (the search index is made again from the workers)
                every += ids
                _copy_missing(source, local, table, table.c.id, ids)
        _copy_missing(source, local, JOURNAL, JOURNAL.c.entity_id, every)
        _copy_missing(source, local, CONFLICTS, CONFLICTS.c.entity_id, every)


def _copy_missing(
    source: Connection, local: Connection, table: Any, column: Any, ids: list[uuid.UUID]
) -> None:
    """The rows of `table` whose `column` is one of `ids`, those this store lacks."""
    for start in range(0, len(ids), COPY_CHUNK):
        chunk = ids[start : start + COPY_CHUNK]
        rows = [dict(r) for r in source.execute(select(table).where(column.in_(chunk))).mappings()]
        if not rows:
            continue
        wanted = [r["id"] for r in rows]
        there = set(local.execute(select(table.c.id).where(table.c.id.in_(wanted))).scalars())
        missing = [r for r in rows if r["id"] not in there]
        if missing:
            local.execute(insert(table), missing)


def _own_records(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(JOURNAL)).scalar_one())


def make_replica(
    replica: Store, hub: Store, address: str, points: Sequence[str] | None = None
) -> int:
    """Copies the hub into a store that holds nothing of its own yet; returns the cursor.

    One snapshot of the hub (REPEATABLE READ), read with the driver's own cursor (a
    journal's JSON travels as the text it is); the replica's indexes are made again once
    the rows are in, which is quicker than keeping them up to date row by row. All in
    one transaction on the replica: a copy cut short leaves it as it was."""
    with replica.engine.connect() as local:
        if _own_records(local):
            raise SyncRefused(
                "Questo archivio contiene già dati inseriti qui: non può diventare la copia "
                "locale dell'archivio del programma senza mescolarli. Crea un archivio nuovo "
                "(ad esempio «welfare-desk --db nuovo.sqlite sync --hub INDIRIZZO»)."
            )
    tables = [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]
    source = hub.engine.raw_connection()
    driver: Any = source.driver_connection
    try:
        source.rollback()  # set before the transaction begins, as the driver wants
        driver.isolation_level, driver.read_only = IsolationLevel.REPEATABLE_READ, True
        cursor = source.cursor()
        cursor.execute("SELECT coalesce(max(hub_seq), 0) FROM change_journal")
        hub_seq = int(cursor.fetchone()[0])  # type: ignore[index]
        cursor.execute("SELECT value FROM store_meta WHERE key = %s", (SECRET,))
        found = cursor.fetchone()
        secret = None if found is None else str(found[0])
        limited = _point_ids(cursor, points) if points else None
        with replica.engine.connect() as local, _sorting_in_memory(local), local.begin():
            for table in reversed(tables):
                local.execute(delete(table))
            indexes = _set_aside_indexes(local, [t.name for t in tables])
            for table in tables:
                _copy_table(source, local, table, _limit(table.name, limited))
            for statement in indexes:
                local.exec_driver_sql(statement)
            if secret is not None:  # one noise for the whole programme's reports
                set_meta(local, SECRET, secret)
            set_meta(local, HUB_KEY, address[:200])
            set_meta(local, CURSOR_KEY, str(hub_seq))
            if limited is not None:
                set_meta(local, POINTS_KEY, ",".join(str(i) for i in limited))
        source.rollback()
    finally:
        source.rollback()  # a copy refused or cut short: its snapshot ends first
        driver.isolation_level, driver.read_only = None, None
        source.close()
    after_bulk_load(replica)  # the planner's statistics, as after any large load
    return hub_seq


@contextmanager
def _sorting_in_memory(local: Connection) -> Iterator[None]:
    """The indexes made again are sorted in memory, not in temporary files encrypted page
    by page (set outside a transaction, as SQLite wants)."""
    raw = local.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        raw.execute("PRAGMA temp_store = DEFAULT")


def _set_aside_indexes(local: Connection, tables: list[str]) -> list[str]:
    """Drops the indexes a load would keep up to date row by row; returns how to make
    them again. Those behind a primary key or a unique constraint stay."""
    marks = ", ".join("?" for _ in tables)
    found = local.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        tuple(tables),
    ).all()
    for name, _sql in found:
        local.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _as_sqlite_keeps_it(column: Any) -> str:
    """The column read as the text SQLite keeps (SQLAlchemy's forms): made by the server,
    in C, while this desk writes the rows before."""
    name, kind = f'"{column.name}"', column.type
    if isinstance(kind, Uuid):
        return f"replace({name}::text, '-', '')"
    if isinstance(kind, DateTime):
        return f"to_char({name}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date):
        return f"to_char({name}, 'YYYY-MM-DD')"
    if isinstance(kind, Boolean):
        return f"{name}::int"
    if isinstance(kind, JSON):
        return f"{name}::text"
    return name


def _point_ids(cursor: Any, codes: Sequence[str]) -> list[uuid.UUID]:
    cursor.execute("SELECT code, id FROM social_point WHERE code = ANY(%s)", (list(codes),))
    found = dict(cursor.fetchall())
    missing = [code for code in codes if code not in found]
    if missing:
        raise SyncRefused(
            f"Il server non ha i punti sociali {', '.join(missing)}: controlla i codici "
            "(welfare-desk sync --points SP01,SP02). Non è stato copiato nulla."
        )
    return [found[code] for code in codes]


def _limit(table: str, points: list[uuid.UUID] | None) -> str | None:
    """What a limited replica copies of a table: a condition in SQL, None for all."""
    if points is None:
        return None
    quoted = ", ".join(f"'{point}'" for point in points)  # ids read from the hub itself
    if table in (JOURNAL.name, CONFLICTS.name):
        return journal_scope_sql(quoted)
    return scope_sql(table, quoted)


def _copy_table(source: Any, local: Connection, table: Any, where: str | None = None) -> None:
    names = [column.name for column in table.columns]
    wanted = ", ".join(_as_sqlite_keeps_it(column) for column in table.columns)
    with source.cursor(name=f"copy_{table.name}") as rows:
        rows.itersize = COPY_CHUNK
        rows.execute(f'SELECT {wanted} FROM "{table.name}"' + (f" WHERE {where}" if where else ""))
        while True:
            chunk = rows.fetchmany(COPY_CHUNK)
            if not chunk:
                return
            bulk.write_tuples(local, table, names, chunk, ready=names)
