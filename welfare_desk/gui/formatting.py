"""Dates and amounts as an Italian office writes them, in either language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from welfare_desk.clock import local


def short_date(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"


def date_time(value: datetime) -> str:
    """A stamp the store keeps (UTC) as the programme's clock reads it, in Rome, whatever
    the zone of the machine."""
    return f"{local(value):%d/%m/%Y %H:%M}"


def wall_time(value: datetime) -> str:
    """A time people wrote down (a meeting's), kept as it was written."""
    return f"{value:%d/%m/%Y %H:%M}"


def amount(value: Decimal | float) -> str:
    """1234.56 → "1.234,56 €"."""
    text = f"{Decimal(str(value)).quantize(Decimal('0.01')):,.2f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".") + " €"


def thousands(value: int) -> str:
    """22575 → "22.575", as an Italian office writes a count."""
    return f"{value:,}".replace(",", ".")
