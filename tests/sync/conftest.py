"""Desks sharing a folder (#20): the folder and the desks' stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import copy_store, store_at
from welfare_desk.store.engine import Store


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "condivisa"
    made.mkdir()
    return made


@pytest.fixture
def sites(tmp_path: Path, blank_store: Path) -> Iterator[list[Store]]:
    """Five desks' stores, each a new one of its own (a site of its own)."""
    opened = [
        store_at(str(copy_store(blank_store, tmp_path / f"desk{n}.sqlite"))) for n in range(5)
    ]
    yield opened
    for store in opened:
        store.close()
