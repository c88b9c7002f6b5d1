"""Supplementary health funds: the request workflow, claim deadlines, documents, amounts.

Each fund's rules are reference data (db/reference/health_funds.json): how many days a
claim has from the invoice (or from the last invoice of a cycle), December's rule, the
window to complete a suspended claim, the documents each request needs, the largest
attachment it takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from welfare_desk.domain.money import format_euro
from welfare_desk.domain.problems import DomainError


class RequestKind(StrEnum):
    ENROLMENT = "enrolment"
    FAMILY_EXTENSION = "family_extension"
    PRE_AUTHORISATION = "pre_authorisation"
    REIMBURSEMENT = "reimbursement"


KIND_LABELS = {
    RequestKind.ENROLMENT: "iscrizione al fondo",
    RequestKind.FAMILY_EXTENSION: "estensione ai familiari",
    RequestKind.PRE_AUTHORISATION: "presa in carico (regime diretto)",
    RequestKind.REIMBURSEMENT: "richiesta di rimborso (regime indiretto)",
}


class HfStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    SUSPENDED = "suspended"
    APPROVED = "approved"
    PARTLY_APPROVED = "partly_approved"
    REJECTED = "rejected"
    PAID = "paid"


HF_STATUS_LABELS = {
    HfStatus.DRAFT: "bozza",
    HfStatus.SUBMITTED: "inviata",
    HfStatus.SUSPENDED: "sospesa",
    HfStatus.APPROVED: "accolta",
    HfStatus.PARTLY_APPROVED: "accolta in parte",
    HfStatus.REJECTED: "respinta",
    HfStatus.PAID: "pagata",
}


def invoices_open(kind: RequestKind, status: HfStatus) -> bool:
    """Invoices belong to a reimbursement claim, and are added until it is sent (or while
    a suspended claim is completed)."""
    return kind is RequestKind.REIMBURSEMENT and status in (HfStatus.DRAFT, HfStatus.SUSPENDED)


HF_TRANSITIONS: dict[HfStatus, frozenset[HfStatus]] = {
    HfStatus.DRAFT: frozenset({HfStatus.SUBMITTED}),
    HfStatus.SUBMITTED: frozenset(
        {HfStatus.SUSPENDED, HfStatus.APPROVED, HfStatus.PARTLY_APPROVED, HfStatus.REJECTED}
    ),
    # completed within the window goes back to the fund; lapsed, it is rejected
    HfStatus.SUSPENDED: frozenset({HfStatus.SUBMITTED, HfStatus.REJECTED}),
    HfStatus.APPROVED: frozenset({HfStatus.PAID}),
    HfStatus.PARTLY_APPROVED: frozenset({HfStatus.PAID}),
    HfStatus.REJECTED: frozenset(),
    HfStatus.PAID: frozenset(),
}


def check_hf_transition(current: HfStatus, wanted: HfStatus) -> None:
    if wanted in HF_TRANSITIONS[current]:
        return
    if not HF_TRANSITIONS[current]:
        raise DomainError(
            "hf_final", f"La pratica è {HF_STATUS_LABELS[current]}: non si può più cambiare."
        )
    raise DomainError(
        "hf_transition",
        f"Una pratica {HF_STATUS_LABELS[current]} non può diventare «{HF_STATUS_LABELS[wanted]}».",
    )


@dataclass(frozen=True, slots=True)
class FundRules:
    code: str
    name: str
    regimes: tuple[str, ...]
    claim_deadline_days: int
    from_last_invoice: bool
    completion_days: int
    max_attachment_bytes: int
    documents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    december_by: tuple[int, int] | None = None  # (month, day) of the next year
    source: str = ""
    claim_deadline_years: int = 0  # «entro due anni»: the same day, years later
    network_requires_direct: bool = False  # at a contracted provider, only the direct regime
    anagrafe_registered: bool | None = None  # None: not verified, never presumed

    def required(self, kind: RequestKind) -> tuple[str, ...]:
        return self.documents.get(kind.value, ())


def funds_from(data: Mapping[str, Any]) -> dict[str, FundRules]:
    found: dict[str, FundRules] = {}
    funds: Sequence[Mapping[str, Any]] = data["funds"]
    known = set(data["documents"])
    for fund in funds:
        documents = {k: tuple(v) for k, v in fund["documents"].items()}
        unknown = {d for docs in documents.values() for d in docs} - known
        if unknown:
            raise ValueError(f"fund {fund['code']}: unknown documents {sorted(unknown)}")
        december = fund.get("december_invoices_by")
        found[fund["code"]] = FundRules(
            code=fund["code"],
            name=fund["name"],
            regimes=tuple(fund["regimes"]),
            claim_deadline_days=int(fund.get("claim_deadline_days", 0)),
            claim_deadline_years=int(fund.get("claim_deadline_years", 0)),
            network_requires_direct=bool(fund.get("network_requires_direct", False)),
            from_last_invoice=fund["deadline_from"] == "last_invoice",
            completion_days=int(fund["completion_days"]),
            max_attachment_bytes=int(fund["max_attachment_kb"]) * 1024,
            documents=documents,
            december_by=tuple(int(x) for x in december.split("-")) if december else None,  # type: ignore[arg-type]
            source=fund.get("source", ""),
            anagrafe_registered=fund.get("anagrafe_registered"),
        )
    return found


def anagrafe_note(fund: FundRules) -> str | None:
    """What to check when a fund is not known to be in the Ministry of Health's Anagrafe
    dei fondi sanitari: without it, contributions to it are not exempt."""
    if fund.anagrafe_registered is True:
        return None
    state = "non è verificata" if fund.anagrafe_registered is None else "manca"
    return (
        f"{fund.name}: l'iscrizione all'Anagrafe dei fondi sanitari {state}. Senza, i "
        "contributi non sono esenti (art. 51 c. 2 lett. a TUIR): chiedi al fondo "
        "l'attestazione del Ministero della Salute."
    )


def contribution_note(year: int, paid_cents: int, cap_cents: int) -> str:
    """Contributions to a health fund are not income up to the yearly cap; above it,
    unlike a fringe benefit, only the excess is taxed."""
    paid, cap = format_euro(paid_cents), format_euro(cap_cents)
    if paid_cents <= cap_cents:
        return (
            f"Contributi al fondo sanitario {year}: {paid} su {cap} esenti "
            "(art. 51 c. 2 lett. a TUIR)."
        )
    excess = format_euro(paid_cents - cap_cents)
    return (
        f"Contributi al fondo sanitario {year}: {paid}, oltre il limite di {cap} "
        f"(art. 51 c. 2 lett. a TUIR): la parte eccedente, {excess}, è reddito tassato."
    )


def claim_deadline(fund: FundRules, invoice_dates: Iterable[date]) -> date | None:
    """The last day to send a reimbursement claim: from the first invoice, or from the last
    of a treatment cycle; a December invoice may have an earlier cut-off (31 January)."""
    dates = sorted(invoice_dates)
    if not dates:
        return None
    if fund.from_last_invoice:
        return _after(fund, dates[-1])
    deadlines = []
    for day in dates:
        deadline = _after(fund, day)
        if fund.december_by is not None and day.month == 12:
            month, dom = fund.december_by
            deadline = min(deadline, date(day.year + 1, month, dom))
        deadlines.append(deadline)
    return min(deadlines)  # the claim goes in before its earliest invoice lapses


def _after(fund: FundRules, invoice: date) -> date:
    day = invoice + timedelta(days=fund.claim_deadline_days)
    if fund.claim_deadline_years:
        year = day.year + fund.claim_deadline_years
        day = (
            day.replace(year=year, day=28)
            if (day.month, day.day) == (2, 29)
            else day.replace(year=year)
        )
    return day


def completion_deadline(fund: FundRules, suspended_on: date) -> date:
    return suspended_on + timedelta(days=fund.completion_days)


def days_left_text(deadline: date, today: date) -> str:
    """«scade tra 5 giorni», «scade oggi», «scaduta da 3 giorni»: as the agenda says it."""
    days = (deadline - today).days
    if days > 1:
        return f"scade tra {days} giorni"
    if days == 1:
        return "scade domani"
    if days == 0:
        return "scade oggi"
    return "scaduta ieri" if days == -1 else f"scaduta da {-days} giorni"


def missing_documents(fund: FundRules, kind: RequestKind, provided: Iterable[str]) -> list[str]:
    have = set(provided)
    return [d for d in fund.required(kind) if d not in have]


def check_amounts(claimed: int, approved: int | None, paid: int | None) -> None:
    """What a fund pays never exceeds what it approved, nor that what was claimed."""
    if claimed < 0 or (approved is not None and approved < 0) or (paid is not None and paid < 0):
        raise DomainError("hf_amount", "Gli importi non possono essere negativi.")
    if approved is not None and approved > claimed:
        raise DomainError(
            "hf_amount", "L'importo accolto non può superare quello richiesto: controllalo."
        )
    if paid is not None and paid > (approved if approved is not None else claimed):
        raise DomainError(
            "hf_amount", "L'importo pagato non può superare quello accolto: controllalo."
        )


def check_attachment(fund: FundRules, name: str, size: int) -> None:
    allowed = (".pdf", ".jpg", ".jpeg", ".png")
    if not name.lower().endswith(allowed):
        raise DomainError("hf_attachment", f"«{name}»: si allegano solo PDF o immagini (JPG, PNG).")
    if size > fund.max_attachment_bytes:
        weight = f"{size / 1024 / 1024:.1f}".replace(".", ",")
        limit = f"{fund.max_attachment_bytes / 1024 / 1024:.0f}"
        raise DomainError(
            "hf_attachment",
            f"«{name}» pesa {weight} MB: il fondo {fund.name} accetta file fino a {limit} MB. "
            "Riduci la scansione o dividila.",
        )
    if size == 0:
        raise DomainError("hf_attachment", f"«{name}» è vuoto.")
