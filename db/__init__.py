"""Alembic's environment and the store's migrations (installed as welfare_desk.db)."""
