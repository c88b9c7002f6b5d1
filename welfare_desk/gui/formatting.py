"""Dates and amounts as an Italian office writes them, in either language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal


def short_date(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"


def date_time(value: datetime) -> str:
    """The store keeps UTC; people read their own clock."""
    local = value.replace(tzinfo=UTC).astimezone() if value.tzinfo is None else value
    return f"{local:%d/%m/%Y %H:%M}"


def wall_time(value: datetime) -> str:
    """A time people wrote down (a meeting's), kept as it was written."""
    return f"{value:%d/%m/%Y %H:%M}"


def amount(value: Decimal | float) -> str:
    """1234.56 → "1.234,56 €"."""
    text = f"{Decimal(str(value)).quantize(Decimal('0.01')):,.2f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".") + " €"
