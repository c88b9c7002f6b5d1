"""Alembic environment: one migration tree for SQLite and PostgreSQL.

The store's migration runner passes its connection in `config.attributes`; batch mode
lets SQLite alter tables by copying them.
"""

from alembic import context

from welfare_desk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise SystemExit("Le migrazioni si applicano aprendo l'archivio: welfare-desk init")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
