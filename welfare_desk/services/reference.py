"""Reference data kept in db/reference: read once, checked, shared."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from welfare_desk.domain.fringe import Threshold, thresholds_from
from welfare_desk.domain.needs import Taxonomy, taxonomy_from
from welfare_desk.domain.places import Places


def reference_dir() -> Path:
    import welfare_desk.db

    return Path(welfare_desk.db.__file__).resolve().parent / "reference"


@cache
def need_taxonomy() -> Taxonomy:
    return taxonomy_from(_read("needs.json"))


@dataclass(frozen=True, slots=True)
class TaxClass:
    code: str
    label: str
    fringe: bool


def _read(name: str) -> Any:
    return json.loads((reference_dir() / name).read_text(encoding="utf-8"))


@cache
def tax_classes() -> dict[str, TaxClass]:
    """The art. 51 TUIR classifications services may carry, editable as reference data."""
    return {
        row["code"]: TaxClass(row["code"], row["label"], bool(row["fringe"]))
        for row in _read("tax_classes.json")["classes"]
    }


@cache
def fringe_thresholds() -> dict[int, Threshold]:
    return thresholds_from(_read("fringe_thresholds.json"))


@cache
def places() -> Places:
    rows = _read("municipalities.json")["municipalities"]
    return Places({name: (lat, lon) for name, lat, lon in rows})
