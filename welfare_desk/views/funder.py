"""The funder's report, as laid out in its workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

# What each table holds, for a layout to choose from even when the period has no rows.
COLUMNS = {
    "activities": (
        "category",
        "service",
        "provider",
        "edition",
        "period",
        "municipality",
        "from",
        "to",
        "sessions",
        "hours",
        "participants",
        "completed",
    ),
    "budgets": (
        "action",
        "partner",
        "allocated",
        "vouchers",
        "spent",
        "spent_to_date",
        "committed",
        "available",
    ),
    "by_period": ("period", "activities", "participants", "hours"),
    "by_municipality": ("municipality", "activities", "participants", "hours"),
    "contacts": ("channel", "contacts", "hours"),
    "by_provider": ("provider", "vouchers", "spent"),
    "costs": ("item", "hours", "cost", "funded", "co_financing"),
}


@dataclass(frozen=True, slots=True)
class FunderReport:
    title: str
    programme: str  # the programme's name, or "Tutti i programmi"
    start: date
    end: date
    summary: dict[str, Any]  # figure key → number, cents or text
    tables: dict[str, list[dict[str, Any]]]  # source → rows of figure key → value
    layout: dict[str, Any]
    cover: dict[str, str] = field(default_factory=dict)  # lead body, project code, funder…
