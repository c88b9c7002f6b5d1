"""Opening a store: where it is, the engine with the house settings, the password."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from welfare_desk.clock import Clock
from welfare_desk.store import cipher, credentials, pg_options
from welfare_desk.store.cipher import PassphrasePrompt
from welfare_desk.store.errors import (
    BadAddress,
    PasswordRequired,
    StoreError,
    StoreUnavailable,
    WrongPassword,
)
from welfare_desk.store.locations import default_sqlite_path
from welfare_desk.store.private import FOLDER_MODE, make_store_private
from welfare_desk.store.stamps import StampSource

SQLITE_BUSY_TIMEOUT_MS = 10_000
# The most of SQLite's cache one connection may fill, taken only as pages are read: a
# quarter's counting on the full 50,000-worker store reads the same workers' pages for
# every contact, and each page read again from the file is decrypted again (4.2 s with
# 64 MB, 3.2 s with 256 MB). The desk works on one connection, on its store thread.
SQLITE_CACHE_KIB = 256 * 1024

# Asked when the keyring has no password: gets the reason and the server, returns a
# password or None when the user gives up.
PasswordPrompt = Callable[[str, URL], str | None]


@dataclass(frozen=True)
class Target:
    """Where a store lives; `display` never shows a password."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def display(self) -> str:
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True).replace("+psycopg", "")


# A server address typed without its colon or with one slash is no file name: taken as a
# path it would make a SQLite file in a folder named after the server.
_URL_LIKE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+:?//|(postgres(ql)?|sqlite)(\+\w+)?:)", re.I)
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@/]*@")
_WEAK_TLS = ("disable", "allow", "prefer")


def masked(location: str) -> str:
    """The address as it may be shown: a password in it becomes ***."""
    return _PASSWORD.sub(r"\1***@", location)


def resolve_target(location: str | None) -> Target:
    """A SQLite path, a sqlite:/// URL, a postgresql:// URL, or None for the default file.
    A password is never part of the address (it would show in `ps` and in messages), and
    a server away from this PC is reached over TLS that checks its certificate."""
    if location is None:
        return Target(make_url(f"sqlite:///{default_sqlite_path()}"))
    shown = masked(location)
    if "://" not in location:
        if _URL_LIKE.match(location):
            raise BadAddress(
                f"«{shown}» sembra l'indirizzo di un server scritto male, non un file: "
                "scrivi postgresql://utente@server:porta/database (con «://»), oppure il "
                "percorso di un file .sqlite."
            )
        return Target(make_url(f"sqlite:///{Path(location).expanduser().absolute()}"))
    if _PASSWORD.search(location):
        raise BadAddress(
            f"Nell'indirizzo «{shown}» c'è una password: toglila. La desk la chiede quando "
            "serve, o la prende dal portachiavi del sistema; scritta nell'indirizzo, la "
            "vedrebbe chiunque usi questo PC."
        )
    try:
        url = make_url(location)
    except ValueError:  # a port that is not a number fails here on SQLAlchemy 2.0
        raise BadAddress(
            f"La porta in «{shown}» non è un numero da 1 a 65535: scrivi ad esempio "
            "postgresql://utente@server:5432/database."
        ) from None
    except ArgumentError:
        raise BadAddress(
            f"«{shown}» non è un indirizzo di archivio valido: usa un percorso di file "
            "oppure postgresql://utente@server:porta/database."
        ) from None
    try:
        port = url.port  # a port that is not a number fails here, not at connect
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise BadAddress(
            f"La porta in «{shown}» non è un numero da 1 a 65535: scrivi ad esempio "
            "postgresql://utente@server:5432/database."
        )
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return Target(_with_tls(url.set(drivername="postgresql+psycopg"), shown))
    if backend == "sqlite":
        return Target(url)
    raise BadAddress(f"Archivio di tipo «{backend}» non supportato: usa SQLite o PostgreSQL.")


def _with_tls(url: URL, shown: str) -> URL:
    """A server on this PC (or its socket) is reached directly; any other only over TLS
    that checks the server's certificate and name, unless the address asks for another
    checking mode. Unencrypted, special-category data would cross the network in clear."""
    if pg_options.is_local_host(url.host):
        return url
    mode = url.query.get("sslmode")
    if mode is None:
        return url.update_query_dict({"sslmode": "verify-full"})
    if mode in _WEAK_TLS:
        raise BadAddress(
            f"«{shown}» chiede sslmode={mode}: un server che non è su questo PC si raggiunge "
            "solo con una connessione cifrata che ne verifica il certificato. Togli "
            "sslmode dall'indirizzo (vale verify-full) o scrivi sslmode=verify-ca."
        )
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would begin a transaction only at the first write, so a unit of work's
    # reads and writes would not see one snapshot; SQLAlchemy's recipe: begin ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # Every page read from the file is decrypted: pages kept decrypted in SQLite's own
    # cache are what keeps search as you type within its 10 ms (42 ms p95 at 50,000
    # workers with the default 8 MB, 5 ms with 32 MB or more), and a report's counting
    # from reading the same pages again (SQLITE_CACHE_KIB).
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()


def create_sqlite_engine(
    target: Target, ask_passphrase: PassphrasePrompt | None = None, passphrase: str | None = None
) -> tuple[Engine, str | None]:
    """The engine of a SQLite store and its key (None for one held in memory only)."""
    path = target.sqlite_path
    key: str | None = None
    if path is not None:
        created = not path.parent.exists()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        except OSError as exc:
            raise StoreUnavailable(
                f"Impossibile creare la cartella dell'archivio {path.parent}: {exc.strerror}."
            ) from None
        try:
            make_store_private(path, created)
        except OSError as exc:
            raise StoreUnavailable(
                f"Impossibile rendere l'archivio {path} leggibile solo da te: "
                f"{exc.strerror}. Controlla di esserne il proprietario."
            ) from None
        key = _key_of(path, ask_passphrase, passphrase)
    database = str(path) if path is not None else ":memory:"

    def keyed() -> Any:
        return cipher.connect_keyed(
            database,
            key,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )

    engine = create_engine(target.url, module=sqlcipher3, creator=keyed)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine, key


def _key_of(path: Path, ask: PassphrasePrompt | None, passphrase: str | None) -> str:
    """The store's key; a store written before encryption is encrypted now, with the
    copies in its backups folder, before anything else reads it."""
    if cipher.is_empty(path) or not cipher.is_plain(path):
        return cipher.store_key(path, ask, passphrase)
    if not cipher.is_desk_store(path):
        raise StoreUnavailable(
            f"«{path}» contiene già dati che non sono di Welfare Desk: scegli un altro file "
            "o una cartella vuota. Il file non è stato toccato."
        )
    key = cipher.new_key(path, ask, passphrase)
    try:
        cipher.encrypt_in_place(path, key)
        cipher.encrypt_backups(path, key)
    except OSError as exc:
        raise StoreUnavailable(
            f"Impossibile cifrare l'archivio {path}: {exc.strerror}. Controlla lo spazio "
            "libero e i permessi della cartella; l'archivio è rimasto com'era."
        ) from None
    return key


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


# A connection back in the pool for longer than this is asked whether the server is still
# there before it is used again. Asking every time (SQLAlchemy's pre-ping) is a round
# trip per unit of work: a third of reading a worker's record. A server restarted while
# a desk was busy shows the next unit of work an error once, and a new connection after.
PING_AFTER_IDLE_S = 30.0


def _returned(_dbapi_connection: Any, record: Any) -> None:
    record.info["returned"] = time.monotonic()


def _ping_if_idle(engine: Engine, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    returned = record.info.get("returned")
    if returned is None or time.monotonic() - returned < PING_AFTER_IDLE_S:
        return  # new, or used a moment ago
    try:
        alive = engine.dialect.do_ping(dbapi_connection)
    except engine.dialect.loaded_dbapi.Error as error:
        if not engine.dialect.is_disconnect(error, dbapi_connection, None):
            raise
        alive = False
    if not alive:
        raise DisconnectionError()  # the pool replaces it with a new connection


def _pg_engine(url: URL) -> Engine:
    engine = create_engine(
        url,
        connect_args={
            "connect_timeout": pg_options.CONNECT_TIMEOUT_S,
            "application_name": pg_options.APP_NAME,
            "options": pg_options.SESSION_OPTIONS,
            # psycopg prepares a statement run five times; PostgreSQL may then plan it once
            # for any value, and a prefix's plan depends on how common the prefix is.
            "prepare_threshold": None,
        },
    )
    event.listen(engine.pool, "checkin", _returned)
    event.listen(engine.pool, "checkout", partial(_ping_if_idle, engine))
    return engine


def _classify_pg_failure(exc: OperationalError, url: URL) -> StoreError:
    detail = str(exc.orig or exc).lower()
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    if "password authentication failed" in detail:
        return WrongPassword(
            f"Password errata per l'utente «{url.username}» sul server {server}: "
            "riprova o chiedi la password all'amministratore."
        )
    if "no password supplied" in detail or "password is required" in detail:
        return PasswordRequired(
            f"Il server {server} chiede una password per l'utente «{url.username}»."
        )
    if "role" in detail and "does not exist" in detail:
        return StoreUnavailable(
            f"Sul server {server} non esiste l'utente «{url.username}»: controlla il nome "
            "utente nell'indirizzo dell'archivio."
        )
    if "invalid" in detail and ("sslmode" in detail or "option" in detail):
        return StoreUnavailable(
            "Un parametro dell'indirizzo dell'archivio non è valido: controlla ciò che segue "
            "il «?» nell'indirizzo."
        )
    if "does not exist" in detail and "database" in detail:
        return StoreUnavailable(
            f"Sul server {server} non esiste il database «{url.database}»: controlla il "
            "nome o crealo prima."
        )
    return StoreUnavailable(
        f"Impossibile raggiungere il server PostgreSQL {server}: controlla l'indirizzo, "
        "la rete e che il server sia acceso."
    )


def create_pg_engine(
    target: Target, ask_password: PasswordPrompt | None, password: str | None = None
) -> Engine:
    """Connects once to learn whether the password is right, asking again when it is not.

    The password is, in order: the one given, the URL's, the keyring's, the one asked.
    """
    url = target.url
    password = password or url.password or credentials.load_password(url)
    asked = 0
    while True:
        attempt = url.set(password=password) if password else url
        engine = _pg_engine(attempt)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return engine
        except OperationalError as exc:
            engine.dispose()
            failure = _classify_pg_failure(exc, url)
            if not isinstance(failure, PasswordRequired | WrongPassword):
                raise failure from None
            if ask_password is None or asked >= 3:
                raise failure from None
            asked += 1
            password = ask_password(failure.message, url)
            if password is None:
                raise failure from None


@dataclass
class Store:
    """An open store: its engine, the sessions the units of work use, and the
    application's clock, which its units of work hand to every service."""

    target: Target
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    # Who signed in for this session: every unit of work writes it into the journal and
    # into created_by/updated_by, unless it names someone itself.
    operator_id: uuid.UUID | None = None
    social_point_id: uuid.UUID | None = None  # where the operator works this session
    role: str | None = None  # the signed-in operator's (domain.access.Role); None: no one
    also_manager: bool = False  # an administrator who also follows workers
    # A welfare manager's assignment; both empty: the whole programme.
    scope_organizations: frozenset[uuid.UUID] = frozenset()
    scope_points: frozenset[uuid.UUID] = frozenset()
    sqlite_key: str | None = field(default=None, repr=False)  # PRAGMA key's value
    # the hybrid logical clock its units of work stamp the journal with (#20)
    stamps: StampSource = field(default_factory=StampSource, repr=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()
