"""When something is due: overdue, today, this week (Monday to Sunday), later."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class Due(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"


def week_end(today: date) -> date:
    """The Sunday that ends today's week, across month and year ends."""
    return today + timedelta(days=6 - today.weekday())


def due_class(due: date, today: date) -> Due:
    if due < today:
        return Due.OVERDUE
    if due == today:
        return Due.TODAY
    if due <= week_end(today):
        return Due.THIS_WEEK
    return Due.LATER


def days_text(due: date, today: date) -> str:
    """ "scade oggi", "scade tra 5 giorni", "scaduto da 2 giorni"."""
    delta = (due - today).days
    if delta == 0:
        return "scade oggi"
    if delta == 1:
        return "scade domani"
    if delta > 1:
        return f"scade tra {delta} giorni"
    if delta == -1:
        return "scaduto ieri"
    return f"scaduto da {-delta} giorni"
