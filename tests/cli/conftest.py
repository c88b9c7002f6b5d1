"""Commands run as of the suite's day, as the desk's tests do, unless a test gives
--today itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import clock_at
from welfare_desk import cli


@pytest.fixture(autouse=True)
def suite_day(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    chosen = cli._clock
    monkeypatch.setattr(cli, "_clock", lambda args: chosen(args) if args.today else clock_at())
    yield
