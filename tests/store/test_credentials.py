"""PostgreSQL passwords: keyring only, asked when missing, errors that say what to do."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from tests.conftest import MemoryKeyring, clock_at, require_pg, store_at
from welfare_desk.store import credentials
from welfare_desk.store.errors import StoreUnavailable, WrongPassword
from welfare_desk.store.opening import open_store


def test_password_round_trip_through_the_keyring(memory_keyring: MemoryKeyring) -> None:
    url = make_url("postgresql+psycopg://anna@db.example:5432/welfare")
    assert credentials.save_password(url, "s3greta")
    assert memory_keyring.secrets == {("welfare-desk", "anna@db.example:5432/welfare"): "s3greta"}
    assert credentials.load_password(url) == "s3greta"
    credentials.forget_password(url)
    assert credentials.load_password(url) is None


def test_without_a_working_keyring_nothing_is_stored() -> None:
    keyring.set_keyring(fail.Keyring())
    url = make_url("postgresql+psycopg://anna@db.example:5432/welfare")
    assert not credentials.keyring_available()
    assert credentials.save_password(url, "s3greta") is False
    assert credentials.load_password(url) is None


def test_an_unreachable_server_gets_a_clear_message() -> None:
    with pytest.raises(StoreUnavailable) as refused:
        store_at("postgresql://postgres@127.0.0.1:1/welfare")
    assert "Impossibile raggiungere il server PostgreSQL 127.0.0.1:1" in refused.value.message


def test_a_missing_database_is_named() -> None:
    base = make_url(require_pg())
    with pytest.raises(StoreUnavailable) as refused:
        store_at(base.set(database="non_esiste_affatto").render_as_string(False))
    assert "non esiste il database «non_esiste_affatto»" in refused.value.message


@pytest.fixture
def password_role() -> Iterator[tuple[str, bool]]:
    """A login role with a password on the local server, and whether the server asks for
    it (a server that trusts local logins, as CI's does, never asks)."""
    import psycopg

    admin = require_pg()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("DROP ROLE IF EXISTS welfare_desk_pw_test")
        connection.execute("CREATE ROLE welfare_desk_pw_test LOGIN PASSWORD 'giusta'")
    url = make_url(admin).set(username="welfare_desk_pw_test")
    try:
        psycopg.connect(url.render_as_string(False), connect_timeout=5).close()
        asks = False
    except psycopg.OperationalError:
        asks = True
    yield "welfare_desk_pw_test", asks
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute("DROP ROLE IF EXISTS welfare_desk_pw_test")


def test_a_password_is_asked_only_when_the_server_wants_one(
    pg_database_url: str, password_role: tuple[str, bool]
) -> None:
    role, server_asks = password_role
    url = make_url(pg_database_url).set(username=role, password=None)
    asked: list[str] = []

    def ask(reason: str, _url: object) -> str | None:
        asked.append(reason)
        return "giusta" if len(asked) == 2 else "sbagliata"

    # The role may not create tables in the test database: that refusal is told too.
    with pytest.raises(StoreUnavailable) as refused:
        open_store(url.render_as_string(False), clock=clock_at(), ask_password=ask)
    if server_asks:
        assert len(asked) == 2
        assert "Password errata" in asked[1]
        with pytest.raises(WrongPassword):
            store_at(url.set(password="sbagliata").render_as_string(False))
    else:
        assert asked == []  # a trusting server is opened without asking anything
        assert "permessi" in refused.value.message
