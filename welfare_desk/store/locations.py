"""Where stores live, told apart without importing SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

from welfare_desk.store.pg_options import APP_NAME


def default_sqlite_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "welfare-desk.sqlite"


def is_postgres(location: str) -> bool:
    return location.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def sqlite_path(location: str | None) -> Path | None:
    """The file of a SQLite location, or None for a server or an in-memory store."""
    if location is None:
        return default_sqlite_path()
    if is_postgres(location) or location in ("sqlite://", "sqlite:///:memory:"):
        return None
    if location.startswith("sqlite:///"):
        return Path(location.removeprefix("sqlite:///"))
    if "://" in location:
        return None
    return Path(location).expanduser().absolute()


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def store_files(database: Path) -> tuple[Path, ...]:
    """What a SQLite store is made of on disk: the file, its journals and its backups'
    folder. Nothing the desk writes for a person may land on one of them."""
    return (
        database,
        *(Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal")),
        backups_folder(database),
    )
