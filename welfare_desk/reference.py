"""Reference data kept in db/reference: read once, checked, shared."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from welfare_desk.domain.belfiore import Belfiore
from welfare_desk.domain.fringe import Threshold, thresholds_from
from welfare_desk.domain.health_funds import FundRules, funds_from
from welfare_desk.domain.holidays import Holidays, holidays_from
from welfare_desk.domain.leave_rights import LeaveRules, leave_rules_from
from welfare_desk.domain.money import parse_euro
from welfare_desk.domain.needs import Taxonomy, taxonomy_from
from welfare_desk.domain.places import Places
from welfare_desk.domain.smart_working import Rules as SwRules
from welfare_desk.domain.smart_working import rules_from as sw_rules_from
from welfare_desk.domain.vocabulary import Vocabulary, vocabulary_from


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
def agreement_template() -> dict[str, Any]:
    """The programme's model of the smart-working agreement, editable as reference data;
    its required clauses are checked when it is filled (domain.agreement)."""
    return dict(_read("agreement_template.json"))


@cache
def leave_rules() -> LeaveRules:
    return leave_rules_from(_read("leave_rights.json"), smart_working_rules().illness_percent)


@cache
def dependent_limits() -> tuple[int, int, int]:
    """(children up to this age, their income limit, everyone else's) in cents."""
    data = _read("dependents.json")
    return (
        int(data["children_up_to_age"]),
        parse_euro(data["children_limit"]),
        parse_euro(data["others_limit"]),
    )


@cache
def holidays() -> Holidays:
    return holidays_from(_read("holidays.json"))


@cache
def belfiore() -> Belfiore:
    """The cadastral codes of municipalities and states, for the codice fiscale's place."""
    data = _read("belfiore.json")
    return Belfiore(data["places"], date.fromisoformat(data["updated"]))


@cache
def places() -> Places:
    rows = _read("municipalities.json")["municipalities"]
    return Places({name: (lat, lon) for name, lat, lon in rows})


@cache
def health_funds() -> dict[str, FundRules]:
    return funds_from(_read("health_funds.json"))


@cache
def retention_rules() -> dict[str, Any]:
    """What an erasure keeps and why, and how long records are kept
    (db/reference/retention.json)."""
    return dict(_read("retention.json"))


@cache
def privacy_rules() -> dict[str, Any]:
    """The notice's version, the legal bases and the purposes (db/reference/privacy.json)."""
    return dict(_read("privacy.json"))


@cache
def health_contribution_cap() -> int:
    """Art. 51 c. 2 lett. a TUIR: the yearly cap on exempt health-fund contributions."""
    return parse_euro(_read("health_funds.json")["contribution_cap"]["value"])


@cache
def health_documents() -> dict[str, str]:
    return dict(_read("health_funds.json")["documents"])


@cache
def smart_working_rules() -> SwRules:
    return sw_rules_from(_read("smart_working.json"))


def funder_layout() -> dict[str, Any]:
    """The funder report's sheets, rows and columns: read each time, so that an office
    that edits the layout sees it at once."""
    layout: dict[str, Any] = _read("funder_report.json")
    return layout


@dataclass(frozen=True, slots=True)
class ProgrammeIdentity:
    name: str
    lead_body: str
    project_code: str
    funder: str
    contact: str
    signatory: str
    staff_hourly_cost_cents: int  # a welfare manager's hour, as the funder accounts it
    funded_share_percent: int  # of the costs; the rest is co-financing


def programme_identity() -> ProgrammeIdentity:
    """Who runs the programme (db/reference/programme.json): read each time, like the
    funder's layout, so that an office's edit shows in the next report."""
    found = _read("programme.json")

    def text(name: str) -> str:
        return str(found.get(name, ""))

    return ProgrammeIdentity(
        text("name"),
        text("lead_body"),
        text("project_code"),
        text("funder"),
        text("contact"),
        text("signatory"),
        int(found.get("staff_hourly_cost_cents", 0)),
        int(found.get("funded_share_percent", 100)),
    )


@cache
def vocabularies() -> dict[str, Vocabulary]:
    """Each coded field's values as people write them (db/reference/vocabularies.json),
    with the desk's own labels and codes read as well."""
    from welfare_desk.domain.catalogue import AUDIENCE_LABELS, PERIOD_LABELS, PRICE_LABELS
    from welfare_desk.domain.categories import CATEGORY_LABELS
    from welfare_desk.domain.household import DISABILITY_LABELS, RELATION_LABELS
    from welfare_desk.domain.needs import CHANNEL_LABELS

    data = _read("vocabularies.json")
    taxonomy = need_taxonomy()
    categories = dict(taxonomy.categories) | {k.code: k.label for k in taxonomy.kinds}
    data["category"]["values"] = {
        code: data["category"]["values"].get(code, []) for code in categories
    }
    labels: dict[str, dict[str, str]] = {
        "relation": {str(k): v for k, v in RELATION_LABELS.items()},
        "disability": {str(k): v for k, v in DISABILITY_LABELS.items()},
        "channel": {str(k): v for k, v in CHANNEL_LABELS.items()},
        "audience": {str(k): v for k, v in AUDIENCE_LABELS.items()},
        "period": {str(k): v for k, v in PERIOD_LABELS.items()},
        "price_model": {str(k): v for k, v in PRICE_LABELS.items()},
        "tax_class": {code: c.label for code, c in tax_classes().items()},
        "category": categories,
        "target_category": {str(k): v for k, v in CATEGORY_LABELS.items()},
        "yes_no": {"yes": "sì", "no": "no"},
        "sex": {"M": "maschio", "F": "femmina"},
    }
    return {
        name: vocabulary_from(name, spec, labels.get(name))
        for name, spec in data.items()
        if not name.startswith("_")
    }
