"""Opening a store: the engine, sessions that write the change journal, and the schema
brought up to date. Above the engine, the unit of work and the migrations, which know
nothing of each other's opening."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from welfare_desk.clock import Clock
from welfare_desk.store.cipher import PassphrasePrompt
from welfare_desk.store.engine import (
    PasswordPrompt,
    Store,
    Target,
    create_pg_engine,
    create_sqlite_engine,
    resolve_target,
)
from welfare_desk.store.migrate import ensure_schema
from welfare_desk.store.shares import refuse_network_share
from welfare_desk.store.site import settle_site
from welfare_desk.store.uow import install_journal


def connect(
    target: Target,
    *,
    clock: Clock,
    ask_password: PasswordPrompt | None = None,
    password: str | None = None,
    ask_passphrase: PassphrasePrompt | None = None,
    passphrase: str | None = None,
) -> Store:
    """The engine and session factory, without touching the schema."""
    key = None
    if target.sqlite_path is not None:
        refuse_network_share(target.sqlite_path)
    if target.is_sqlite:
        engine, key = create_sqlite_engine(target, ask_passphrase, passphrase)
    else:
        engine = create_pg_engine(target, ask_password, password)
    sessions = sessionmaker(engine, expire_on_commit=False)
    install_journal(sessions)
    return Store(target=target, engine=engine, sessions=sessions, clock=clock, sqlite_key=key)


def open_store(
    location: str | None,
    *,
    clock: Clock,
    ask_password: PasswordPrompt | None = None,
    password: str | None = None,
    ask_passphrase: PassphrasePrompt | None = None,
    passphrase: str | None = None,
) -> Store:
    """Opens a store and brings its schema up to date (a SQLite store is backed up first)."""
    store = connect(
        resolve_target(location),
        clock=clock,
        ask_password=ask_password,
        password=password,
        ask_passphrase=ask_passphrase,
        passphrase=passphrase,
    )
    try:
        ensure_schema(store)
        settle_site(store)
    except BaseException:
        store.close()
        raise
    return store
