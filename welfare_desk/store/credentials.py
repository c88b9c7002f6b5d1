"""Secrets (PostgreSQL passwords, stores' keys), kept only in the operating system's keyring.

Where no keyring backend works, nothing is stored: the desk or the command line asks
each session. There is no plaintext fallback, on purpose.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy takes 0.2 s to import: the quick search reads keys too
    from sqlalchemy.engine import URL

SERVICE = "welfare-desk"


def account(url: URL) -> str:
    """The keyring entry of a server and database, e.g. "postgres@db.local:5432/welfare"."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _usable_backend() -> object | None:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    try:
        if getattr(backend, "priority", 1) <= 0:
            return None
    except Exception:  # a backend whose priority probe fails is not usable
        return None
    return backend


def keyring_available() -> bool:
    return _usable_backend() is not None


def load_secret(service: str, entry: str) -> str | None:
    if _usable_backend() is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        value: str | None = keyring.get_password(service, entry)
    except KeyringError:
        return None
    return value


def save_secret(service: str, entry: str, secret: str) -> bool:
    """True when the keyring kept it; False when no keyring works (nothing was written)."""
    if _usable_backend() is None:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, entry, secret)
    except KeyringError:
        return False
    return True


def load_password(url: URL) -> str | None:
    return load_secret(SERVICE, account(url))


def save_password(url: URL, password: str) -> bool:
    return save_secret(SERVICE, account(url), password)


def forget_secret(service: str, entry: str) -> None:
    if _usable_backend() is None:
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(service, entry)


def forget_password(url: URL) -> None:
    forget_secret(SERVICE, account(url))


OPERATOR_SERVICE = "welfare-desk-operator"


def operator_account(login: str, store: str) -> str:
    """The keyring entry of an operator on a store, e.g. "gferri@/home/…/welfare.sqlite"."""
    return f"{login}@{store}"


def load_operator_password(login: str, store: str) -> str | None:
    """An operator's password kept in the keyring (by `keyring set welfare-desk-operator
    LOGIN@STORE`), for commands run without a terminal."""
    if _usable_backend() is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        value: str | None = keyring.get_password(OPERATOR_SERVICE, operator_account(login, store))
    except KeyringError:
        return None
    return value
