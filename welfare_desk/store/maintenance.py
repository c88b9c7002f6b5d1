"""Upkeep after large writes, so that the planner sees the new data."""

from __future__ import annotations

from welfare_desk.store.engine import Store

BULK_TABLES = ("worker", "household_member", "worker_search_token", "change_journal")


def after_bulk_load(store: Store) -> None:
    """Fresh statistics after a demo or a large import.

    On PostgreSQL a VACUUM also marks the new pages all-visible, which lets the search
    read its index alone; it cannot run inside a transaction, hence autocommit.
    """
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in BULK_TABLES:
                conn.exec_driver_sql(f"VACUUM ANALYZE {table}")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
