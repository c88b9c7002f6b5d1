"""Amounts in euro cents: exact sums for ledgers, Italian writing for people."""

from __future__ import annotations

import math
import re

from welfare_desk.domain.problems import DomainError

# "1.234,56", "1234,56", "1234.56", "€ 80", "80 €": what people and spreadsheets write.
_AMOUNT = re.compile(r"^(?P<int>\d{1,3}(?:\.\d{3})+|\d+)(?:[,.](?P<dec>\d{1,2}))?$")
MAX_CENTS = 100_000_000_00  # one hundred million euro: beyond any programme


def format_euro(cents: int) -> str:
    """1234.56 € as an Italian office writes it: «1.234,56 €»."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", ".")
    return f"{sign}{grouped},{part:02d} €"


# No welfare service, voucher or budget line costs a billion euros: a larger figure is a
# typo or a hostile cell, refused before it overflows anything.
MAX_EUROS = 1_000_000_000


def parse_euro(text: object) -> int:
    """Cents from what a person or a cell holds; refuses negatives and nonsense in Italian."""
    if isinstance(text, bool):
        raise DomainError("amount", f"«{text}» non è un importo.")
    if isinstance(text, int):
        cents = text * 100
    elif isinstance(text, float):
        if not math.isfinite(text) or abs(text) > MAX_EUROS:
            raise DomainError("amount", f"«{text}» non è un importo plausibile: è troppo grande.")
        cents = round(text * 100)
    else:
        raw = str(text).replace("€", "").replace("EUR", "").replace(" ", "").strip()
        if not raw:
            raise DomainError("amount", "L'importo è vuoto.")
        # "1.234" is a thousand and more in Italian; "12.5" and "12.50" are decimals.
        if re.fullmatch(r"\d+\.\d{1,2}", raw):
            raw = raw.replace(".", ",")
        match = _AMOUNT.match(raw)
        if match is None:
            raise DomainError(
                "amount",
                f"«{text}» non è un importo: scrivilo in euro, ad esempio 1.234,56 o 80.",
            )
        whole = int(match["int"].replace(".", ""))
        decimals = (match["dec"] or "0").ljust(2, "0")
        cents = whole * 100 + int(decimals)
    if cents < 0:
        raise DomainError("amount", f"«{text}»: l'importo non può essere negativo.")
    if cents > MAX_EUROS * 100:
        raise DomainError("amount", f"«{text}» non è un importo plausibile: è troppo grande.")
    if cents > MAX_CENTS:
        raise DomainError("amount", f"«{text}»: l'importo è troppo alto, controllalo.")
    return cents
