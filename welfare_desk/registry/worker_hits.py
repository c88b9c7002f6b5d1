"""A worker as a search result lists them; light enough for the command line's quick path."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class WorkerHit:
    id: uuid.UUID
    codice_fiscale: str
    surname: str
    name: str
    organization: str
    birth_date: date


def hit_from_row(row: Sequence[Any]) -> WorkerHit:
    """From (id, codice fiscale, surname, name, employer, birth date); SQLite gives ids
    and dates as text."""
    worker_id = row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(str(row[0]))
    born = row[5] if isinstance(row[5], date) else date.fromisoformat(str(row[5]))
    return WorkerHit(worker_id, row[1], row[2], row[3], row[4], born)


def quick_search(location: str | None, text: str, limit: int) -> list[WorkerHit] | None:
    """Search without SQLAlchemy when the store allows it; None means take the full path."""
    from welfare_desk.store import quick

    rows = quick.search(location, text, limit)
    return None if rows is None else [hit_from_row(r) for r in rows]
