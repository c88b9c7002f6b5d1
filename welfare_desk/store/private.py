"""A SQLite store's files are its owner's alone: they hold health, disability and
pregnancy, and a shared PC has other accounts. SQLite creates its WAL and shared memory
with the database file's permissions, so a private database keeps them private too."""

from __future__ import annotations

import os
from pathlib import Path

from welfare_desk.store.locations import backups_folder, store_files

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> None:
    """Creates the folder for the owner alone; one the desk made before is closed again."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _chmod(folder, FOLDER_MODE)


def private_file(path: Path) -> None:
    """Creates an empty file for the owner alone, or closes an existing one."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    _chmod(path, FILE_MODE)


def make_store_private(database: Path, created_folder: bool) -> None:
    """Before SQLite opens it: the file, its journals and its backups, owner-only. The
    folder is closed only when the desk made it; a folder the user chose stays theirs."""
    if created_folder:
        _chmod(database.parent, FOLDER_MODE)
    private_file(database)
    for path in store_files(database)[1:]:
        if path.is_file():
            _chmod(path, FILE_MODE)
    backups = backups_folder(database)
    if backups.is_dir():
        _chmod(backups, FOLDER_MODE)
        for copy in backups.iterdir():
            if copy.is_file():
                _chmod(copy, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    if os.name == "posix":  # Windows keeps a user's profile to the user already
        os.chmod(path, mode)
