"""Documents reach their file whole or not at all: written beside it under a temporary
name, then moved over it, so that a full disk, a pulled stick or a cancel leaves the old
file, or none, never half a report."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

# Why a file could not be written, as the person can act on it; strerror is English.
_REASONS = {
    errno.ENOSPC: "il disco è pieno: libera spazio o scegli un altro disco",
    errno.EFBIG: "il disco è pieno: libera spazio o scegli un altro disco",
    getattr(errno, "EDQUOT", errno.ENOSPC): "lo spazio a tua disposizione è esaurito: "
    "libera spazio o scegli un altro disco",
    errno.EACCES: "non hai il permesso di scrivere in quella cartella: scegline un'altra",
    errno.EPERM: "non hai il permesso di scrivere in quella cartella: scegline un'altra",
    errno.EROFS: "il disco è di sola lettura: scegli un'altra cartella",
    errno.ENOENT: "la cartella non esiste più: scegline un'altra",
    errno.ENOTDIR: "la cartella non esiste più: scegline un'altra",
    errno.EISDIR: "è una cartella: scrivi il nome del file da creare",
}


def why_not_written(exc: OSError) -> str:
    """The reason in Italian, with what to do; the system's words for what is rarer."""
    return _REASONS.get(exc.errno or 0) or f"errore del sistema: {exc.strerror or exc}"


@contextlib.contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """Yields the temporary path to write; on leaving without an error it becomes `path`."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # What the desk saves may name people: the owner's alone (mkstemp's 0600), even
        # over a file that another program had left readable.
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_bytes(target: Path | str | BinaryIO, data: bytes) -> None:
    """A finished document to a stream, or whole to a file, flushed to the disk."""
    if not isinstance(target, str | Path):
        target.write(data)
        return
    with whole_file(Path(target)) as temporary, temporary.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def as_bytes(write: Callable[[BinaryIO], object]) -> bytes:
    """A document written to memory, for the desk's preview: nothing touches the disk."""
    buffer = io.BytesIO()
    write(buffer)
    return buffer.getvalue()
