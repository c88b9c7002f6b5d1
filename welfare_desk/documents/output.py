"""Documents reach their file whole or not at all: written beside it under a temporary
name, then moved over it, so that a failure or a cancel leaves no half a report."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on leaving without an error it becomes `path`."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=".wd-", suffix=path.suffix, dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def as_bytes(write: Callable[[BinaryIO], object]) -> bytes:
    """A document written to memory, for the desk's preview: nothing touches the disk."""
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()
