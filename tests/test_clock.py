"""The one clock: Rome's day whatever the machine's zone, a day that can be moved, and a
guard that no other code of the desk reads the wall clock."""

from __future__ import annotations

import ast
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.clock import ZONE, Clock, local, stamp_of

ROOT = Path(__file__).resolve().parents[1]


def test_today_is_rome_s_day_whatever_the_machine_s_zone(machine_in_new_york: None) -> None:
    # 00:30 in Rome on New Year's Day is still 31 December in New York and in UTC
    clock = Clock.starting(datetime(2027, 1, 1, 0, 30, tzinfo=ZONE))
    assert clock.today() == date(2027, 1, 1)
    # the clock runs on from its start, so a slow machine reads a few milliseconds later
    assert clock.stamp().replace(second=0, microsecond=0) == datetime(2026, 12, 31, 23, 30)
    assert clock.wall_time().replace(second=0, microsecond=0) == datetime(2027, 1, 1, 0, 30)


def test_a_clock_started_on_a_day_runs_on() -> None:
    clock = Clock.starting(date(2028, 2, 29))
    first = clock.stamp()
    time.sleep(0.002)
    assert clock.stamp() > first
    assert clock.today() == date(2028, 2, 29)
    assert clock.now().hour == 10 and clock.now().tzinfo is not None


def test_a_moved_day_keeps_the_time_of_day_and_says_it_is_moved() -> None:
    real = Clock.system()
    ahead = Clock.as_of(real.today() + timedelta(days=400))
    assert ahead.today() == real.today() + timedelta(days=400)
    assert abs(ahead.now().hour - real.now().hour) in (0, 1, 23)  # one clock tick apart
    assert ahead.moved and not real.moved
    assert not Clock.as_of(real.today()).moved


def test_a_day_moved_across_summer_time_keeps_ten_o_clock_ten_o_clock() -> None:
    # from a winter day to a summer one: whole days, not 24-hour steps
    winter = Clock.starting(datetime(2027, 1, 15, 10, 0, tzinfo=ZONE))
    assert winter.now().utcoffset() == timedelta(hours=1)
    summer = Clock.starting(datetime(2027, 7, 15, 10, 0, tzinfo=ZONE))
    assert summer.now().utcoffset() == timedelta(hours=2)
    assert summer.wall_time().hour == winter.wall_time().hour == 10


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31)))
def test_a_wall_time_and_its_stamp_read_back_alike(wall: datetime) -> None:
    wall = wall.replace(microsecond=0)
    aware = wall.replace(tzinfo=ZONE)
    if aware.astimezone(UTC).astimezone(ZONE).replace(tzinfo=None) != wall:
        return  # an hour that does not exist in Rome (the spring change)
    assert local(stamp_of(wall)).replace(tzinfo=None) == wall


# --- the guard -----------------------------------------------------------------------

# What reads the wall clock. Only welfare_desk/clock.py may; the rest asks the clock.
WALL_CLOCK = {
    "datetime.date.today",
    "datetime.datetime.now",
    "datetime.datetime.utcnow",
    "datetime.datetime.today",
    "time.time",
    "time.time_ns",
    "time.localtime",
    "time.gmtime",
    "time.ctime",
    "time.asctime",
    "time.strftime",
    "PySide6.QtCore.QDate.currentDate",
    "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch",
    "PySide6.QtCore.QTime.currentTime",
    "sqlalchemy.func.now",
    "sqlalchemy.func.current_timestamp",
    "sqlalchemy.func.current_date",
    "sqlalchemy.func.current_time",
    "sqlalchemy.func.localtimestamp",
    "sqlalchemy.func.localtime",
    "sqlalchemy.sql.func.now",
    "sqlalchemy.sql.expression.func.now",
}
# A database server's clock, written as SQL.
SERVER_TIME = ("now()", "current_timestamp", "current_date", "current_time", "localtimestamp")


def _aliases(tree: ast.Module) -> dict[str, str]:
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _dotted(node: ast.expr, names: dict[str, str]) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(names.get(node.id, node.id))
    return ".".join(reversed(parts))


def wall_clock_reads(source: str, filename: str) -> list[str]:
    """Every place in the source that reads the wall clock or the server's, as
    «file:line: what»."""
    tree = ast.parse(source, filename)
    names = _aliases(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute | ast.Name):
            dotted = _dotted(node, names)
            if dotted in WALL_CLOCK:
                found.append(f"{filename}:{node.lineno}: {dotted}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.lower()
            for sql in SERVER_TIME:
                if sql in text:
                    found.append(f"{filename}:{node.lineno}: {sql} in SQL")
    return sorted(set(found))


def _sources() -> list[Path]:
    """The desk, its migrations and its tests: a test that reads the machine's day passes
    today and fails next month. Only the clock and this guard name the wall clock."""
    allowed = {ROOT / "welfare_desk" / "clock.py", Path(__file__).resolve()}
    return sorted(
        p
        for folder in ("welfare_desk", "db", "tests")
        for p in (ROOT / folder).rglob("*.py")
        if p not in allowed
    )


def test_nothing_but_the_clock_reads_the_wall_clock() -> None:
    reads = [
        hit
        for path in _sources()
        for hit in wall_clock_reads(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert reads == [], "ask the clock (uow.clock, context.clock) instead:\n" + "\n".join(reads)


@pytest.mark.parametrize(
    "line",
    [
        "from datetime import date\ntoday = date.today()",
        "import datetime\nnow = datetime.datetime.now()",
        "from datetime import datetime as dt\nstamp = dt.utcnow()",
        "import time\nseconds = time.time()",
        "from PySide6.QtCore import QDate\nday = QDate.currentDate()",
        "from sqlalchemy import func\nwhen = func.now()",
        "import sqlalchemy as sa\nwhen = sa.func.current_timestamp()",
        "from datetime import date\nmake = field(default_factory=date.today)",
        "col = Column(DateTime, server_default=text('CURRENT_TIMESTAMP'))",
        "session.execute(text('SELECT now()'))",
    ],
)
def test_the_guard_sees_each_way_of_reading_the_clock(line: str) -> None:
    assert wall_clock_reads(line, "services/x.py") != []


@pytest.mark.parametrize(
    "line",
    [
        "import time\nstarted = time.perf_counter()",
        "import time\nstarted = time.monotonic()",
        "from datetime import date\nday = date(2027, 1, 4)",
        "today = uow.clock.today()",
        "message = 'Sono le ore di ufficio'",
    ],
)
def test_the_guard_lets_durations_and_given_days_through(line: str) -> None:
    assert wall_clock_reads(line, "services/x.py") == []
