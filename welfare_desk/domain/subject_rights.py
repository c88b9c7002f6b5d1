"""A data subject's requests (artt. 15–22 GDPR): answered within one month of receipt,
extendable by two further months where needed (art. 12 par. 3)."""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum


class RightKind(StrEnum):
    ACCESS = "access"  # art. 15
    RECTIFICATION = "rectification"  # art. 16
    ERASURE = "erasure"  # art. 17
    RESTRICTION = "restriction"  # art. 18
    PORTABILITY = "portability"  # art. 20
    OBJECTION = "objection"  # art. 21


RIGHT_LABELS = {
    RightKind.ACCESS: "accesso ai dati (art. 15 GDPR)",
    RightKind.RECTIFICATION: "rettifica (art. 16 GDPR)",
    RightKind.ERASURE: "cancellazione (art. 17 GDPR)",
    RightKind.RESTRICTION: "limitazione (art. 18 GDPR)",
    RightKind.PORTABILITY: "portabilità (art. 20 GDPR)",
    RightKind.OBJECTION: "opposizione (art. 21 GDPR)",
}


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when it has no such day
    (a request of 31 January is due on 28 or 29 February)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def answer_due(received: date, extended: bool) -> date:
    """One month from receipt; three when the extension of art. 12 par. 3 was used."""
    return add_months(received, 3 if extended else 1)
