"""Dates between Python and Qt's date fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
