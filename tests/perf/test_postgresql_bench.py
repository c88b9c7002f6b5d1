"""#19: each operation on PostgreSQL within 1.5× of SQLite, on the same full demo, the
two stores taking turns in one run (`side_by_side`)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import store_at
from tests.perf.conftest import Figures
from tests.perf.side_by_side import measure
from welfare_desk.store.engine import Store


def test_each_operation_on_postgresql_against_sqlite(
    demo_sqlite: Path, demo_postgresql: Store, figures: Figures
) -> None:
    sqlite = store_at(str(demo_sqlite))
    try:
        found = measure({"sqlite": sqlite, "postgresql": demo_postgresql})
    finally:
        sqlite.close()
    for operation, times in found.items():
        figures.record(f"side_by_side_{operation}_ms_sqlite", times["sqlite"], "ms", 1000)
        figures.record(f"side_by_side_{operation}_ms_postgresql", times["postgresql"], "ms", 1000)
        ratio = times["postgresql"] / times["sqlite"]
        figures.record(f"side_by_side_{operation}_postgresql_times_sqlite", ratio, "×", 1.5)
    assert found


def test_command_line_search_on_postgresql_against_sqlite(
    demo_sqlite: Path, demo_postgresql: Store, figures: Figures
) -> None:
    """The whole process, as a script or a colleague's terminal runs it."""
    from tests.perf.test_bench import _median_run

    url = demo_postgresql.target.url.render_as_string(hide_password=False)
    on_sqlite = _median_run(["--db", str(demo_sqlite), "search", "rossi m"], store=demo_sqlite)
    on_postgresql = _median_run(["--db", url, "search", "rossi m"])
    figures.record("side_by_side_cli_search_seconds_sqlite", on_sqlite, "s", 1)
    figures.record("side_by_side_cli_search_seconds_postgresql", on_postgresql, "s", 1)
    ratio = on_postgresql / on_sqlite
    figures.record("side_by_side_cli_search_postgresql_times_sqlite", ratio, "×", 1.5)
