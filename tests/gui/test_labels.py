"""The desk in Italian names every code as the documents and the command line do: the
names the desk translates and the domain's Italian labels are one vocabulary, checked
here, so a status cannot read «annullata» on screen and «annullato» on paper."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from welfare_desk.domain import (
    cases,
    catalogue,
    categories,
    enrollments,
    health_funds,
    household,
    ledger,
    needs,
    smart_working,
)
from welfare_desk.gui import i18n, labels

SAME_WORDS: list[tuple[str, Mapping[Any, str]]] = [
    ("CATEGORY_NAMES", categories.CATEGORY_LABELS),
    ("RELATION_NAMES", household.RELATION_LABELS),
    ("DISABILITY_NAMES", household.DISABILITY_LABELS),
    ("CASE_STATUS_NAMES", cases.STATUS_LABELS),
    ("ACTION_TYPE_NAMES", cases.ACTION_TYPE_LABELS),
    ("RESPONSIBLE_NAMES", cases.RESPONSIBLE_LABELS),
    ("ACTION_STATUS_NAMES", cases.ACTION_STATUS_LABELS),
    ("OUTCOME_NAMES", cases.OUTCOME_LABELS),
    ("CLOSING_REASON_NAMES", cases.CLOSING_REASON_LABELS),
    ("NEED_STATUS_NAMES", needs.NEED_STATUS_LABELS),
    ("CHANNEL_NAMES", needs.CHANNEL_LABELS),
    ("SERVICE_KIND_NAMES", catalogue.KIND_LABELS),
    ("PRICE_MODEL_NAMES", catalogue.PRICE_LABELS),
    ("PERIOD_NAMES", catalogue.PERIOD_LABELS),
    ("AUDIENCE_NAMES", catalogue.AUDIENCE_LABELS),
    ("ENROLLMENT_STATUS_NAMES", enrollments.STATUS_LABELS),
    ("VOUCHER_STATUS_NAMES", ledger.VOUCHER_STATUS_LABELS),
    ("MOVEMENT_NAMES", ledger.MOVEMENT_LABELS),
    ("HF_STATUS_NAMES", health_funds.HF_STATUS_LABELS),
    ("HF_KIND_NAMES", health_funds.KIND_LABELS),
    ("SW_STATUS_NAMES", smart_working.SW_STATUS_LABELS),
]


@pytest.mark.parametrize(("name", "domain"), SAME_WORDS, ids=[n for n, _ in SAME_WORDS])
def test_the_italian_desk_says_what_the_documents_say(
    qtbot: QtBot, name: str, domain: Mapping[StrEnum, str]
) -> None:
    i18n.install("it")
    names: Mapping[StrEnum, str] = getattr(labels, name)
    codes = type(next(iter(domain)))
    assert set(names) == set(domain) == set(codes), "every code has a name, on screen and paper"
    differ = {
        code.value: (labels.name_of(names, code.value), domain[code])
        for code in codes
        if labels.name_of(names, code.value).casefold() != domain[code].casefold()
    }
    assert not differ, f"desk ≠ documents: {differ}"


def test_every_code_map_of_the_desk_is_checked() -> None:
    maps = {n for n in dir(labels) if n.endswith("_NAMES") and isinstance(getattr(labels, n), dict)}
    # the steps of the method and the urgencies are names of buttons and of the desk only
    assert maps - {n for n, _ in SAME_WORDS} == {
        "CASE_STEP_NAMES",
        "CASE_STEP_BACK_NAMES",
        "URGENCY_NAMES",
        "BUDGET_KIND_NAMES",
    }
