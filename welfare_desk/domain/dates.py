"""Dates as HR files write them, and whether a birth date is plausible."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from welfare_desk.domain.problems import Problem

# Excel's day 0 is 30/12/1899 once its phantom 29/02/1900 is accounted for.
_EXCEL_EPOCH = date(1899, 12, 30)
# A time after the date (as LibreOffice and database exports write it) is ignored.
_DMY = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$"
)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")

WORKER_MIN_AGE = 15
WORKER_MAX_AGE = 90
PERSON_MAX_AGE = 120


class DateFormatError(ValueError):
    """The text is not a date in a format the desk reads; the message is Italian."""


def parse_date(value: object) -> date:
    """A date from a cell: a date, an Excel serial, dd/mm/yyyy (also with . or -), or ISO."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateFormatError(f"«{value}» non è una data.")
    if isinstance(value, int | float):
        if not 1 <= value < 2958466:  # 31/12/9999
            raise DateFormatError(f"«{value}» non è una data valida.")
        serial = int(value)
        if serial == 60:  # Excel's phantom 29/02/1900
            raise DateFormatError(f"«{value}» è il 29/02/1900 di Excel, un giorno che non esiste.")
        # Before the phantom day the serials count from 31/12/1899 (serial 1 = 01/01/1900).
        return _EXCEL_EPOCH + timedelta(days=serial if serial > 60 else serial + 1)
    text = str(value).strip()
    if not text:
        raise DateFormatError("La data è vuota.")
    match = _DMY.match(text)
    if match:
        day, month, year_text = match.groups()
        if len(year_text) != 4:
            raise DateFormatError(
                f"«{text}» ha l'anno a {len(year_text)} cifre: scrivilo per intero "
                "(gg/mm/aaaa), per non confondere 1925 e 2025."
            )
        return _build(int(year_text), int(month), int(day), text)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _build(year, month, day, text)
    raise DateFormatError(
        f"«{text}» non è una data: scrivila come gg/mm/aaaa, ad esempio 07/03/1985."
    )


def _build(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateFormatError(f"«{text}» non è una data esistente.") from None


def age_on(birth_date: date, on: date) -> int:
    """Completed years on a day; someone born on 29/02 comes of age on 01/03."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def months_on(birth_date: date, on: date) -> int:
    months = (on.year - birth_date.year) * 12 + on.month - birth_date.month
    if on.day < birth_date.day:
        months -= 1
    return months


def check_birth_date(
    birth_date: date, today: date, *, worker: bool, field: str = "birth_date"
) -> list[Problem]:
    """A birth date that cannot be right: in the future, or an impossible age."""
    if birth_date > today:
        return [
            Problem(
                "date.future",
                field,
                f"La data di nascita {birth_date:%d/%m/%Y} è nel futuro.",
            )
        ]
    age = age_on(birth_date, today)
    if worker and not WORKER_MIN_AGE <= age <= WORKER_MAX_AGE:
        return [
            Problem(
                "date.worker_age",
                field,
                f"La data di nascita {birth_date:%d/%m/%Y} non è plausibile per un "
                f"lavoratore: avrebbe {age} anni (ammessi da {WORKER_MIN_AGE} a "
                f"{WORKER_MAX_AGE}).",
            )
        ]
    if age > PERSON_MAX_AGE:
        return [
            Problem(
                "date.too_old",
                field,
                f"La data di nascita {birth_date:%d/%m/%Y} non è plausibile: avrebbe {age} anni.",
            )
        ]
    return []
