"""Fixtures of the store's tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def old_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where an earlier release's store is: a SQLite file, or a PostgreSQL database of
    its own (dropped after)."""
    if request.param == "sqlite":
        yield str(tmp_path / "old.sqlite")
        return
    from sqlalchemy.engine import make_url

    from tests.conftest import _admin_execute, require_pg

    name = f"welfare_desk_old_{uuid.uuid4().hex[:10]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(require_pg()).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
