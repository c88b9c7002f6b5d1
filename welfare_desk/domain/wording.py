"""Counts said as an Italian office writes them: «1 giorno», «2 giorni», «1.234 righe»."""

from __future__ import annotations


def number(n: int) -> str:
    """Thousands grouped with a full stop, as Italian writes them."""
    return f"{n:,}".replace(",", ".")


def how_many(n: int, one: str, many: str) -> str:
    """The count and the word that agrees with it."""
    return f"{number(n)} {one if n == 1 else many}"
