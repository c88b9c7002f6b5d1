"""The store: SQLAlchemy models, engine, unit of work, journal, migrations, credentials."""
