"""Scans opened from the desk go to a folder of the owner's alone, emptied when the desk
starts and when it closes: a kill or a power cut leaves them only until the next start,
and never in a shared temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from welfare_desk.store.pg_options import APP_NAME
from welfare_desk.store.private import FILE_MODE, private_folder


def default_opened_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "opened"


def clean_opened(folder: Path) -> None:
    """What an earlier session left, removed."""
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


def write_opened(folder: Path, name: str, content: bytes) -> Path:
    """The content under its own name, for another program to show; 0600 in a 0700 folder,
    removed when the desk closes."""
    private_folder(folder)
    place = Path(tempfile.mkdtemp(dir=folder))  # two scans may share a name
    atexit.register(shutil.rmtree, place, True)
    path = place / (Path(name).name or "allegato")
    handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    with os.fdopen(handle, "wb") as out:
        out.write(content)
    return path
