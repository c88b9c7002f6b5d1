"""Desks with replicas of their own and the hub they synchronise with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import store_at
from welfare_desk.store.engine import Store


@pytest.fixture
def hub(pg_store: Store) -> Store:
    return pg_store


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[list[Store]]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        desk = store_at(str(tmp_path / f"{name}.sqlite"))
        opened.append(desk)
        return desk

    yield [make(name) for name in ("a", "b", "c")]
    for desk in opened:
        desk.close()
