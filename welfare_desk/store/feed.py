"""The hub's feed (#20): every change a PostgreSQL store commits is numbered, and desks
pull what comes after the last number they applied.

Numbers are given as the transaction commits, under one advisory lock held until the
commit: a transaction holding the lock has taken its numbers and the next cannot take
any before it commits, so number order is commit order, and a desk that has read up to
number N will never see a change committed later with a number below N. Stamps cannot
serve (they follow the order changes were made in, on clocks that disagree), nor a
sequence alone (taken at insert, committed in any order)."""

from __future__ import annotations

from sqlalchemy import Connection, text

# an arbitrary key of the store's own: "WDFE"
FEED_LOCK = 0x57444645
HUB_KEY = "sync_hub"  # on a replica: its hub's address (no password), or "folder:<path>"
# on the desk that prepared a shared folder: it gives the definitive numbers and places
REFERENCE_KEY = "sync_folder_reference"
CURSOR_KEY = "sync_cursor"  # on a replica: the last hub number applied here
LAST_KEY = "sync_last"  # on a replica: when it last finished synchronising (its clock)
JOURNALED = "journaled"  # a session's info: its transaction wrote journal rows


def number_changes(connection: Connection) -> None:
    """Numbers the journal rows this transaction wrote (and any a bulk writer left
    unnumbered); on SQLite, where each desk keeps its own order, nothing."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK})
    connection.execute(
        text(
            # numbered in the order the changes were made: a record before its changes
            "UPDATE change_journal j SET hub_seq = n.seq FROM (SELECT id, "
            "nextval('change_journal_hub_seq') AS seq FROM (SELECT id FROM change_journal "
            "WHERE hub_seq IS NULL ORDER BY stamp, id) o) n WHERE j.id = n.id"
        )
    )
