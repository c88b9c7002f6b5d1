"""Opening stores, the journal, optimistic locking, migrations and backups."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from tests.conftest import clock_at, store_at
from tests.helpers import add_worker, worker_input
from welfare_desk.registry.workers import save_worker
from welfare_desk.store import migrate
from welfare_desk.store.cipher import connect_keyed
from welfare_desk.store.engine import Store, resolve_target
from welfare_desk.store.errors import ConflictError, NewerSchema, StoreUnavailable
from welfare_desk.store.ids import new_id
from welfare_desk.store.models import (
    Contact,
    HealthFundRequest,
    IssuedReport,
    JournalEntry,
    LedgerEntry,
    Need,
    SmartWorkingRequest,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork


def test_ids_are_time_ordered_uuid7() -> None:
    ids = [new_id() for _ in range(200)]
    assert all(i.version == 7 for i in ids)
    assert len(set(ids)) == 200
    millis = [i.int >> 80 for i in ids]
    assert millis == sorted(millis)


def test_sqlite_store_uses_the_house_settings(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        # kibibytes, negative: a cache that keeps a full programme's pages decrypted
        assert connection.execute(text("PRAGMA cache_size")).scalar() == -256 * 1024


def test_every_store_has_a_site_id(store: Store) -> None:
    with store.engine.connect() as connection:
        site = connection.execute(text("SELECT value FROM store_meta WHERE key='site_id'")).scalar()
    assert uuid.UUID(site)


def test_journal_records_insert_and_update_in_the_same_transaction(store: Store) -> None:
    saved = add_worker(store)
    with UnitOfWork(store) as uow:
        data = worker_input(email="maria.rossi@esempio.it")
        save_worker(uow, data, saved.worker.id, saved.worker.version)
    with UnitOfWork(store) as uow:
        entries = uow.session.scalars(
            select(JournalEntry)
            .where(JournalEntry.entity_id == saved.worker.id)
            .order_by(JournalEntry.id)
        ).all()
        assert [e.action for e in entries] == ["insert", "update"]
        assert entries[0].changes["surname"] == "Rossi"
        assert entries[1].changes == {"email": [None, "maria.rossi@esempio.it"]}


def test_a_failed_unit_of_work_leaves_no_journal_behind(store: Store) -> None:
    with UnitOfWork(store) as uow:
        uow.session.add(
            Worker(**{**_worker_values(), "organization_id": uuid.uuid4()})  # no such employer
        )
        with pytest.raises(Exception):  # noqa: B017 - the database's own integrity error
            uow.commit()
    with UnitOfWork(store) as uow:
        assert uow.session.scalar(select(JournalEntry.id)) is None


def _worker_values() -> dict[str, object]:
    data = worker_input()
    return {
        "codice_fiscale": data.codice_fiscale,
        "surname": data.surname,
        "name": data.name,
        "birth_date": data.birth_date,
        "sex": "F",
        "birth_place_code": "E648",
        "disadvantaged": False,
    }


def test_a_stale_version_is_refused_with_a_conflict(store: Store) -> None:
    saved = add_worker(store)
    with UnitOfWork(store) as uow:
        save_worker(uow, worker_input(phone="333 1234567"), saved.worker.id, saved.worker.version)
    with UnitOfWork(store) as uow, pytest.raises(ConflictError) as refused:
        save_worker(uow, worker_input(phone="333 7654321"), saved.worker.id, saved.worker.version)
    assert "un'altra postazione" in refused.value.message
    with UnitOfWork(store) as uow:
        assert uow.session.get(Worker, saved.worker.id).phone == "333 1234567"  # type: ignore[union-attr]


def test_two_postgres_sessions_racing_on_one_worker_give_one_conflict(pg_store: Store) -> None:
    """Both read version 1; the first commit wins, the second is refused at flush."""
    saved = add_worker(pg_store)
    first, second = UnitOfWork(pg_store), UnitOfWork(pg_store)
    with first, second:
        a = first.session.get(Worker, saved.worker.id)
        b = second.session.get(Worker, saved.worker.id)
        assert a is not None and b is not None
        a.phone, b.phone = "111", "222"
        first.commit()
        outcome: list[BaseException] = []

        def save_second() -> None:
            try:
                second.commit()
            except BaseException as exc:
                outcome.append(exc)

        worker = threading.Thread(target=save_second)
        worker.start()
        worker.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)
    with UnitOfWork(pg_store) as uow:
        assert uow.session.get(Worker, saved.worker.id).phone == "111"  # type: ignore[union-attr]


def test_migration_revisions_listed_in_code_match_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.db_dir()))
    script = ScriptDirectory.from_config(config)
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == migrate.REVISIONS


def test_models_and_migrations_agree(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from welfare_desk.store.models import Base

    def made_here(item: object, _name: object, kind: str, _reflected: bool, _other: object) -> bool:
        # an index made on one database only (ddl_if) is not looked for on the other
        wanted = getattr(item, "_ddl_if", None)
        return kind != "index" or wanted is None or wanted.dialect in (None, store.dialect)

    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": False, "include_object": made_here}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_a_store_from_a_newer_desk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    first = store_at(str(path))
    first.close()
    with closing(connect_keyed(path, first.sqlite_key)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(NewerSchema) as refused:
        store_at(str(path))
    assert "versione più recente" in refused.value.message


def add_worker_before_0006(store: Store) -> None:
    """A worker as schema 0005 stores one, written through bare table clauses: the
    models' newer columns (and their defaults) stay out."""
    from sqlalchemy import Uuid, column, insert, table

    made = worker_input()
    now, org = datetime(2026, 1, 1), new_id()
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    fields = ("version", "created_at", "updated_at")
    organization = table(
        "organization", column("id", Uuid()), *map(column, (*fields, "name", "name_key", "kind"))
    )
    worker = table(
        "worker",
        column("id", Uuid()),
        column("organization_id", Uuid()),
        *map(
            column,
            (
                *fields,
                "codice_fiscale",
                "surname",
                "name",
                "sort_key",
                "birth_date",
                "sex",
                "birth_place_code",
                "disadvantaged",
            ),
        ),
    )
    with store.engine.begin() as connection:
        connection.execute(
            insert(organization).values(
                id=org, name="Officine", name_key="officine", kind="employer", **stamp
            )
        )
        connection.execute(
            insert(worker).values(
                id=new_id(),
                organization_id=org,
                codice_fiscale=made.codice_fiscale,
                surname=made.surname,
                name=made.name,
                sort_key="rossi maria",
                birth_date=made.birth_date,
                sex=made.sex,
                birth_place_code="E648",
                disadvantaged=False,
                **stamp,
            )
        )


def test_an_old_sqlite_store_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    """A store made by an earlier release (schema 0005, the last before the worker's own
    health facts) opens in this desk: copied first, then upgraded, its workers kept.
    (The current models write its workers, so the earlier schema must hold them.)"""
    from welfare_desk.store.opening import connect

    path = tmp_path / "old.sqlite"
    old = connect(resolve_target(str(path)), clock=clock_at())
    migrate.upgrade(old, "0005")
    add_worker_before_0006(old)
    old.close()
    store = store_at(str(path))
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD
        assert connection.execute(text("SELECT count(*) FROM worker")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM case_file")).scalar() == 0
    store.close()
    backups = list((tmp_path / "backups").glob("old-*-schema0005.sqlite"))
    assert len(backups) == 1
    with closing(connect_keyed(backups[0], store.sqlite_key)) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)
        assert copy.execute("SELECT count(*) FROM worker").fetchone() == (1,)


def test_a_file_of_another_program_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StoreUnavailable) as refused:
        store_at(str(path))
    assert "non sono di Welfare Desk" in refused.value.message


def test_targets_are_resolved_from_paths_and_urls(tmp_path: Path) -> None:
    assert resolve_target(str(tmp_path / "a.sqlite")).sqlite_path == tmp_path / "a.sqlite"
    pg = resolve_target("postgresql://anna@db.example:5433/welfare")
    assert pg.url.drivername == "postgresql+psycopg"
    assert resolve_target(None).sqlite_path.name == "welfare-desk.sqlite"  # type: ignore[union-attr]
    with pytest.raises(StoreUnavailable, match="non supportato"):
        resolve_target("mysql://root@localhost/x")


def _filled(connection: Any, name: str, **values: object) -> str:
    """A row of a table as an older schema has it (read from the database itself), its
    other required columns filled with plain values; ids as the database keeps them."""
    from sqlalchemy import MetaData, Table

    found = Table(name, MetaData(), autoload_with=connection)
    made = new_id()
    row: dict[str, object] = {
        "id": made if connection.dialect.name == "postgresql" else made.hex,
        "version": 1,
    }
    plain = {"DATE": date(2026, 1, 1), "BOOLEAN": False}
    for col in found.columns:
        if col.name in row or col.name in values or col.nullable:
            continue
        kind = str(col.type).upper()
        if kind.startswith(("DATETIME", "TIMESTAMP")):
            row[col.name] = datetime(2026, 1, 1, 12)
        else:
            row[col.name] = plain.get(kind, 0 if "INT" in kind else {} if "JSON" in kind else "x")
    row.update(values)
    connection.execute(found.insert(), row)
    return str(made.hex)


def _rows_and_links(connection: Any) -> dict[str, int]:
    """How many rows each table holds and how many of them point at another through each
    foreign key: what an upgrade must keep."""
    from sqlalchemy import MetaData, func

    schema = MetaData()
    schema.reflect(connection)
    found: dict[str, int] = {}
    for table in schema.sorted_tables:
        found[table.name] = connection.execute(select(func.count()).select_from(table)).scalar()
        for key in table.foreign_keys:
            column = key.parent
            linked = select(func.count()).select_from(table).where(column.is_not(None))
            found[f"{table.name}.{column.name}"] = connection.execute(linked).scalar()
    return found


def test_an_0008_store_gets_its_business_days_from_its_stamps_in_rome(old_location: str) -> None:
    """Rows written before business dates were data take the Rome day of their stamp:
    22:30 UTC on 30 September is already 1 October in Rome. A need raised in a contact
    takes the contact's day."""
    from welfare_desk.store.opening import connect

    old = connect(resolve_target(old_location), clock=clock_at())
    migrate.upgrade(old, "0008")
    late = datetime(2026, 9, 30, 22, 30)  # naive UTC, as the store keeps stamps
    with old.engine.begin() as connection:
        org = _filled(connection, "organization", name_key="officine")
        worker = _filled(
            connection, "worker", organization_id=org, codice_fiscale="A", sort_key="a"
        )
        met = _filled(connection, "contact", worker_id=worker, at=datetime(2026, 9, 29, 23, 50))
        raised = _filled(connection, "need", worker_id=worker, contact_id=met, created_at=late)
        alone = _filled(connection, "need", worker_id=worker, contact_id=None, created_at=late)
        budget = _filled(connection, "budget")
        _filled(connection, "ledger_entry", budget_id=budget, at=late, created_at=late)
        health = _filled(
            connection, "health_request", worker_id=worker, number="FS", created_at=late
        )
        agile = _filled(
            connection, "smart_working_request", worker_id=worker, number="LA", created_at=late
        )
        _filled(connection, "issued_report", created_at=late)
        # what hangs from the tables the upgrade rebuilds must hang there after
        case = _filled(connection, "case_file", worker_id=worker, number="SP01-2026-0001")
        _filled(connection, "goal", case_id=case, need_id=raised)
        _filled(connection, "health_invoice", request_id=health)
        _filled(connection, "ministry_communication", request_id=agile)
        before = _rows_and_links(connection)
    old.close()
    store = store_at(old_location)
    with store.engine.connect() as connection:
        after = _rows_and_links(connection)
        # the cell key method's secret and table; on a file, where its site id was made
        made = {"store_meta": before["store_meta"] + 2 + (store.dialect == "sqlite")}
        assert {k: after[k] for k in before} == before | made
        new_tables = {
            "import_profile",
            "other_benefit",
            "other_benefit.worker_id",
            "operator_scope",
            "operator_scope.operator_id",
            "operator_scope.organization_id",
            "operator_scope.social_point_id",
            "audit_entry",
            "sync_outbox",
            "sync_conflict",
            "sync_alias",
            "privacy_record",
            "privacy_record.worker_id",
            "subject_request",
            "subject_request.worker_id",
            *(
                f"{table}.social_point_id"
                for table in (
                    "need",
                    "case_action",
                    "enrollment",
                    "voucher",
                    "health_request",
                    "smart_working_request",
                )
            ),
        }
        assert set(after) - set(before) <= new_tables  # new since 0008, empty
        assert all(after.get(name, 0) == 0 for name in new_tables)
        if store.dialect == "sqlite":  # off for the upgrade only
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with UnitOfWork(store) as uow:
        needs = {n.id.hex: n.raised_on for n in uow.session.scalars(select(Need))}
        assert needs == {raised: date(2026, 9, 29), alone: date(2026, 10, 1)}
        for model, column in (
            (LedgerEntry, LedgerEntry.booked_on),
            (HealthFundRequest, HealthFundRequest.received_on),
            (SmartWorkingRequest, SmartWorkingRequest.received_on),
            (IssuedReport, IssuedReport.issued_on),
        ):
            assert uow.session.scalars(select(column)).all() == [date(2026, 10, 1)], model
    store.close()


def test_a_password_in_the_address_is_refused_and_never_repeated() -> None:
    """`ps` shows a command's arguments to every user of the PC while it runs: the
    password is asked, or taken from the keyring, never written in the address."""
    from welfare_desk.store.errors import BadAddress

    for location in (
        "postgresql://anna:segreta@db.example:5433/welfare",
        "postgresql://anna:segreta@db.example:porta/welfare",
        "postgresql://anna:segreta@db.example:99999/welfare",
    ):
        with pytest.raises(BadAddress) as refused:
            resolve_target(location)
        assert "segreta" not in refused.value.message, location
        assert "***" in refused.value.message or "password" in refused.value.message


def test_a_path_that_looks_like_a_server_address_is_refused(tmp_path: Path) -> None:
    """«postgresql//…» (a colon forgotten) used to create a SQLite file in a folder named
    after the address."""
    from welfare_desk.store.errors import BadAddress

    for typo in ("postgresql//anna@db.example/welfare", "postgres:/db.example/welfare"):
        with pytest.raises(BadAddress, match="sembra l'indirizzo di un server"):
            resolve_target(typo)
    assert resolve_target(str(tmp_path / "postgresql-copia.sqlite")).sqlite_path is not None


def test_a_server_away_from_this_pc_is_reached_only_over_verified_tls() -> None:
    from welfare_desk.store.errors import BadAddress

    remote = resolve_target("postgresql://anna@db.example/welfare")
    assert remote.url.query["sslmode"] == "verify-full"
    assert "sslmode" not in resolve_target("postgresql://anna@127.0.0.1/welfare").url.query
    assert "sslmode" not in resolve_target("postgresql://anna@localhost/welfare").url.query
    kept = resolve_target("postgresql://anna@db.example/welfare?sslmode=verify-ca")
    assert kept.url.query["sslmode"] == "verify-ca"
    with pytest.raises(BadAddress, match="connessione cifrata"):
        resolve_target("postgresql://anna@db.example/welfare?sslmode=disable")


@pytest.mark.parametrize("with_people", [True, False])
def test_a_store_that_printed_under_the_first_table_keeps_it(
    old_location: str, with_people: bool
) -> None:
    """#18 review: a store upgraded to the second table (ckm-2) printed the same cells,
    from the same keys, under both: an employer of 3 workers printed «9» beside the «7»
    of the quarter before, a pair only a 3 can make. A store that holds people when it
    is upgraded keeps the table its counts may have left under; a new one takes the
    current one; either prints every report with it."""
    from welfare_desk.domain.disclosure import CURRENT, FIRST
    from welfare_desk.reporting.queries.keys import store_method
    from welfare_desk.store.opening import connect

    old = connect(resolve_target(old_location), clock=clock_at())
    migrate.upgrade(old, "0028")
    if with_people:
        with old.engine.begin() as connection:
            org = _filled(connection, "organization", name_key="officine")
            _filled(connection, "worker", organization_id=org, codice_fiscale="A", sort_key="a")
    old.close()
    store = store_at(old_location)
    try:
        with UnitOfWork(store) as uow:
            assert store_method(uow) == (FIRST if with_people else CURRENT)
    finally:
        store.close()


def test_an_upgraded_store_keeps_each_records_key_in_its_row(old_location: str) -> None:
    """#19: a quarter is counted by the database, a sum of the keys of each cell's
    records; the keys an upgraded store's rows get are the ones its printed cells were
    drawn from, or a reissue would print new noise for the same people."""
    from welfare_desk.domain.disclosure import record_key
    from welfare_desk.store.cell_keys import SECRET
    from welfare_desk.store.counters import read_stamp
    from welfare_desk.store.opening import connect

    old = connect(resolve_target(old_location), clock=clock_at())
    migrate.upgrade(old, "0029")
    with old.engine.begin() as connection:
        org = _filled(connection, "organization", name_key="officine")
        worker = _filled(
            connection, "worker", organization_id=org, codice_fiscale="A", sort_key="a"
        )
        contact = _filled(connection, "contact", worker_id=worker, channel="phone")
    old.close()
    store = store_at(old_location)
    try:
        with UnitOfWork(store) as uow:
            secret = bytes.fromhex(read_stamp(uow, SECRET) or "")
            for model, made in ((Worker, worker), (Contact, contact)):
                key = uow.session.scalar(select(model.cell_key).where(model.id == uuid.UUID(made)))
                assert key == record_key(secret, uuid.UUID(made))
    finally:
        store.close()


def test_records_written_one_by_one_or_in_bulk_carry_their_key(store: Store) -> None:
    from welfare_desk.domain.disclosure import record_key
    from welfare_desk.store.cell_keys import SECRET
    from welfare_desk.store.counters import read_stamp

    one = add_worker(store).worker
    with UnitOfWork(store) as uow:
        many = uow.insert_many(
            Contact,
            [{"worker_id": one.id, "at": datetime(2026, 3, 1, 9), "channel": "phone"}] * 3,
        )
        uow.commit()
    with UnitOfWork(store) as uow:
        secret = bytes.fromhex(read_stamp(uow, SECRET) or "")
        keys = {c: k for c, k in uow.session.execute(select(Contact.id, Contact.cell_key))}
        assert keys == {c: record_key(secret, c) for c in many}
        assert uow.session.scalar(select(Worker.cell_key)) == record_key(secret, one.id)


def test_a_record_written_after_a_rollback_is_keyed_with_the_store_s_secret(
    store: Store,
) -> None:
    """#18 review: a store with no secret made one inside the unit of work's transaction
    and the session kept it; rolled back and written again, the records were keyed with
    a secret the store never kept, and reports drew their noise from another one."""
    from sqlalchemy import delete

    from welfare_desk.domain.disclosure import record_key
    from welfare_desk.store.cell_keys import SECRET
    from welfare_desk.store.counters import read_stamp
    from welfare_desk.store.models import StoreMeta

    one = add_worker(store).worker
    with UnitOfWork(store) as uow:
        uow.session.execute(delete(StoreMeta).where(StoreMeta.key == SECRET))
        uow.commit()
    at = datetime(2026, 3, 1, 9)
    with UnitOfWork(store) as uow:
        uow.add(Contact(worker_id=one.id, at=at, channel="phone"))
        uow.flush()  # keyed with a secret made in this transaction
        uow.rollback()
        kept = Contact(worker_id=one.id, at=at, channel="email")
        uow.add(kept)
        uow.commit()
    with UnitOfWork(store) as uow:
        secret = bytes.fromhex(read_stamp(uow, SECRET) or "")
        assert secret, "the store keeps the secret its records were keyed with"
        key = uow.session.scalar(select(Contact.cell_key).where(Contact.id == kept.id))
        assert key == record_key(secret, kept.id)
