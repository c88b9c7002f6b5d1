"""Nothing in a file is ignored without being said: every headed column of every fixture
is either read into a field or listed as not imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from welfare_desk.registry.importing import plan_import
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

FILES = [
    (path, ImportKind.CATALOGUE if path.parent.name == "catalogue" else kind)
    for folder in ("hr", "catalogue")
    for path in sorted((FIXTURES / folder).glob("*.*"))
    if path.suffix in (".xlsx", ".csv") and "broken" not in path.name and "not_a" not in path.name
    for kind in [ImportKind.HOUSEHOLD if "household" in path.name else ImportKind.WORKERS]
]


@pytest.mark.parametrize(("path", "kind"), FILES, ids=[p.name for p, _ in FILES])
def test_every_column_is_read_or_named(sqlite_store: Store, path: Path, kind: ImportKind) -> None:
    with UnitOfWork(sqlite_store) as uow:
        plan = plan_import(uow, read_sheet(path), kind)
    used = {plan.headers[i] for i in plan.mapping.values()}
    headed = {h for h in plan.headers if h.strip()}
    assert headed == used | set(plan.unused_columns)
    assert not used & set(plan.unused_columns)
