"""Shared test set-up: offscreen Qt, an in-memory keyring, SQLite and PostgreSQL stores."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import ClassVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text

from welfare_desk.clock import Clock
from welfare_desk.store import cipher
from welfare_desk.store.engine import Store
from welfare_desk.store.opening import open_store
from welfare_desk.store.stamps import StampSource

FIXTURES = Path(__file__).parent / "fixtures"
IN_CI = os.environ.get("CI", "").lower() == "true"
PG_URL = os.environ.get("WELFARE_DESK_TEST_PG_URL")
# Commands run in their own process find no keyring (never the developer's own): a store
# they make is keyed by this passphrase, as automation without a keyring would do.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault(cipher.PASSPHRASE_ENV, "frase di prova dei test")

# The suite's day. Every store, desk and command of the tests runs as of it, whatever the
# machine's clock says: CI runs the suite a second time with the machine's clock moved,
# and a test that passes on one day and fails on another is a defect.
# WELFARE_DESK_TEST_TODAY moves it, to try the suite on another day.
TODAY = date.fromisoformat(os.environ.get("WELFARE_DESK_TEST_TODAY", "2026-11-30"))


def clock_at(day: date = TODAY) -> Clock:
    """A clock that starts at 10:00 in Rome on `day` and runs on."""
    return Clock.starting(day)


def store_at(location: str, day: date = TODAY) -> Store:
    """A store opened as the desk opens it, with the tests' clock."""
    return open_store(location, clock=clock_at(day))


@pytest.fixture
def machine_in_new_york() -> Iterator[None]:
    """The machine's own zone is New York: the desk must not care."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def day_of(request: pytest.FixtureRequest) -> date:
    """The day a test module is written for (its TODAY), or the suite's."""
    day = getattr(request.module, "TODAY", TODAY)
    assert isinstance(day, date)
    return day


class MemoryKeyring(KeyringBackend):
    """The tests' keyring: real API, nothing leaves the process. Stores' keys outlive a
    test, as they outlive a session in a real keyring: a store made once for many tests
    opens in each."""

    priority = 1  # type: ignore[assignment]
    store_keys: ClassVar[dict[tuple[str, str], str]] = {}

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def _kept(self, service: str) -> dict[tuple[str, str], str]:
        return self.store_keys if service == cipher.KEY_SERVICE else self.secrets

    def get_password(self, service: str, username: str) -> str | None:
        return self._kept(service).get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._kept(service)[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._kept(service).pop((service, username), None)


def copy_store(source: Path, destination: Path) -> Path:
    """A copy of a SQLite store whose key the keyring knows, as for the original."""
    import shutil

    shutil.copyfile(source, destination)
    key = MemoryKeyring.store_keys.get((cipher.KEY_SERVICE, str(source.resolve())))
    if key is not None:
        MemoryKeyring.store_keys[(cipher.KEY_SERVICE, str(destination.resolve()))] = key
    return destination


def store_env(store: Path, **extra: str) -> dict[str, str]:
    """The environment of a command run in its own process on a store made here: no
    keyring there, so its key goes as the passphrase, as automation would give it."""
    env = {**os.environ, **extra}
    key = cipher.recovery_key(store)
    if key is not None:
        env[cipher.PASSPHRASE_ENV] = key
    return env


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


def calc_sheets(book: Path, work: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as LibreOffice reads it, as a real client would: rows of
    the cells' text as shown (converted headless to CSV, one file per sheet)."""
    import csv
    import subprocess

    soffice = require_tool("soffice")
    out = work / f"{book.stem}-csv"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{work}/lo-profile",
            "--headless",
            "--convert-to",
            # UTF-8, comma-separated, every sheet to its own file
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(out),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheets = {}
    for path in sorted(out.glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows = [row for row in csv.reader(handle) if any(row)]
        sheets[path.stem.removeprefix(f"{book.stem}-")] = rows
    return sheets


def require_tool(name: str) -> str:
    """The tool's path; in CI a missing tool fails the test instead of skipping it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed"
        if IN_CI:
            pytest.fail(message + " (CI must install it in .ci/run)")
        pytest.skip(message)
    return path


def require_pg() -> str:
    if not PG_URL:
        if IN_CI:
            pytest.fail("WELFARE_DESK_TEST_PG_URL is not set in CI")
        pytest.skip("WELFARE_DESK_TEST_PG_URL is not set")
    return PG_URL


def _admin_execute(statement: str) -> None:
    import psycopg

    url = require_pg().replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A throwaway PostgreSQL database for the whole run, dropped at the end."""
    from sqlalchemy.engine import make_url

    base = make_url(require_pg())
    name = f"welfare_desk_test_{uuid.uuid4().hex[:10]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty(store: Store) -> None:
    keep = {"alembic_version", "store_meta"}
    with store.engine.begin() as connection:
        from welfare_desk.store.models import Base

        names = [t.name for t in Base.metadata.sorted_tables if t.name not in keep]
        connection.execute(text("TRUNCATE " + ", ".join(f'"{n}"' for n in names) + " CASCADE"))
        # the counters (case numbers, vouchers…) start again, as in a new store; the site
        # and the secret of the cell key method stay, made with the store
        made_with = "'site_id', 'disclosure_secret', 'disclosure_method'"
        connection.execute(text(f"DELETE FROM store_meta WHERE key NOT IN ({made_with})"))


@pytest.fixture
def pg_store(pg_database_url: str, request: pytest.FixtureRequest) -> Iterator[Store]:
    store = store_at(pg_database_url, day_of(request))
    _empty(store)
    yield store
    store.close()


@pytest.fixture
def sqlite_store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    store = store_at(str(tmp_path / "store.sqlite"), day_of(request))
    yield store
    store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> Store:
    """The same test on a SQLite file and on PostgreSQL."""
    name = "sqlite_store" if request.param == "sqlite" else "pg_store"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


# Desks with replicas of their own, and the hub they synchronise with (#20).


def _server_clock(hub: Store) -> Callable[[], int]:
    """The hub's own time in milliseconds. CI runs the suite a second time with this
    process's clock moved a year ahead, and the hub keeps no stamp more than five minutes
    ahead of its own: desks on the moved clock would all be brought back to the same
    limit, and which edit is the later would depend on the order of the pushes."""

    def now() -> int:
        with hub.engine.connect() as connection:
            return int(
                connection.execute(
                    text("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)")
                ).scalar_one()
            )

    return now


@pytest.fixture
def hub(pg_store: Store) -> Store:
    pg_store.stamps = StampSource(_server_clock(pg_store))
    return pg_store


@pytest.fixture(scope="session")
def blank_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty SQLite store, made once: a copy opens without running every
    migration again (a copy is another file, so it gets a site of its own)."""
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite"
    store_at(str(path)).close()
    return path


@pytest.fixture
def desks(tmp_path: Path, hub: Store, blank_store: Path) -> Iterator[list[Store]]:
    """Three desks' replicas (not yet made), their clocks agreeing with the hub's."""
    opened: list[Store] = []

    def make(name: str) -> Store:
        desk = store_at(str(copy_store(blank_store, tmp_path / f"{name}.sqlite")))
        desk.stamps = StampSource(_server_clock(hub))
        opened.append(desk)
        return desk

    yield [make(name) for name in ("a", "b", "c")]
    for desk in opened:
        desk.close()
