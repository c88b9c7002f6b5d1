"""Health-fund requests: numbers, invoices, documents and attachments, the workflow with
its amounts, and the deadlines that must not lapse."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date

from welfare_desk.cases.plan_links import add_to_open_plan
from welfare_desk.domain.cases import ActionType
from welfare_desk.domain.health_funds import (
    KIND_LABELS,
    FundRules,
    HfStatus,
    RequestKind,
    check_amounts,
    check_attachment,
    check_hf_transition,
    claim_deadline,
    completion_deadline,
    invoices_open,
    missing_documents,
)
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.text import check_text
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import health_documents, health_funds
from welfare_desk.requests import queries
from welfare_desk.store.counters import next_counter, provisional_mark
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    HealthAttachment,
    HealthFundRequest,
    HealthInvoice,
    HouseholdMember,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork

CONTENT_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                 ".png": "image/png"}  # fmt: skip


@dataclass(frozen=True)
class HfInput:
    worker_id: uuid.UUID
    fund_code: str
    kind: RequestKind
    regime: str = "indirect"
    member_id: uuid.UUID | None = None
    notes: str | None = None
    network_provider: bool = False  # the care is at a provider under contract with the fund


@dataclass(frozen=True, slots=True)
class HfView:
    id: uuid.UUID
    version: int
    number: str
    worker_id: uuid.UUID
    worker: str
    fund: str
    kind: str
    status: str
    claimed_cents: int
    approved_cents: int | None
    paid_cents: int | None
    due: date | None  # the claim's deadline, or the suspended claim's completion window
    missing: tuple[str, ...]  # documents still to provide, in Italian
    provided: tuple[str, ...]  # the codes of the documents ticked as provided
    invoices: tuple[tuple[date, int], ...]

    @property
    def can_add_invoice(self) -> bool:
        """Asked by the desk, never restated: domain.health_funds.invoices_open."""
        return invoices_open(RequestKind(self.kind), HfStatus(self.status))


def _fund(code: str) -> FundRules:
    funds = health_funds()
    if code not in funds:
        raise InvalidInput(
            f"Il fondo «{code}» non è tra quelli configurati: "
            + ", ".join(f.name for f in funds.values())
            + "."
        )
    return funds[code]


def _due(request: HealthFundRequest, invoices: list[date]) -> date | None:
    return _due_of(request.fund_code, request.status, request.kind, request.suspended_on, invoices)


def _due_of(
    fund_code: str, status: str, kind: str, suspended_on: date | None, invoices: list[date]
) -> date | None:
    fund = health_funds().get(fund_code)
    if fund is None:  # a fund taken out of the reference data: its requests still list
        return None
    if status == HfStatus.SUSPENDED.value and suspended_on is not None:
        return completion_deadline(fund, suspended_on)
    if status == HfStatus.DRAFT.value and kind == RequestKind.REIMBURSEMENT.value:
        return claim_deadline(fund, invoices)
    return None


def _view(uow: UnitOfWork, request: HealthFundRequest) -> HfView:
    worker = uow.get(Worker, request.worker_id)
    assert worker is not None
    invoices = [(i.invoice_date, i.amount_cents) for i in queries.invoices_of(uow, request.id)]
    return _made_view(request, f"{worker.surname} {worker.name}", invoices)


def _made_view(request: HealthFundRequest, worker: str, invoices: list[tuple[date, int]]) -> HfView:
    fund = health_funds().get(request.fund_code)
    labels = health_documents()
    missing = missing_documents(fund, RequestKind(request.kind), request.documents) if fund else []
    return HfView(
        request.id,
        request.version,
        request.number,
        request.worker_id,
        worker,
        fund.name if fund else request.fund_code,
        request.kind,
        request.status,
        request.amount_claimed_cents,
        request.amount_approved_cents,
        request.amount_paid_cents,
        _due(request, [d for d, _ in invoices]),
        tuple(labels.get(m, m) for m in missing),
        tuple(request.documents),
        tuple(invoices),
    )


def checked(uow: UnitOfWork, data: HfInput) -> FundRules:
    """The fund's rules for a request as typed, or the reason it cannot be made."""
    fund = _fund(data.fund_code)
    if data.regime not in fund.regimes:
        raise InvalidInput(
            f"Il fondo {fund.name} non prevede il regime "
            f"{'diretto' if data.regime == 'direct' else 'indiretto'}."
        )
    if data.kind is RequestKind.PRE_AUTHORISATION and data.regime != "direct":
        raise InvalidInput("La presa in carico si chiede solo nel regime diretto.")
    if data.kind is RequestKind.REIMBURSEMENT and data.regime != "indirect":
        raise InvalidInput("Il rimborso si chiede nel regime indiretto.")
    if data.network_provider and fund.network_requires_direct and data.regime == "indirect":
        raise InvalidInput(
            f"Presso una struttura convenzionata con {fund.name} si usa il regime diretto: "
            "chiedi la presa in carico prima della prestazione; a rimborso non sarebbe pagata."
        )
    problems = check_text(data.notes, "notes", "Note", 2000)
    if problems:
        raise InvalidInput(problems[0].message)
    if uow.get(Worker, data.worker_id) is None:
        raise NotFound("Il lavoratore non è più in archivio.")
    if data.member_id is not None:
        member = uow.get(HouseholdMember, data.member_id)
        if member is None or member.worker_id != data.worker_id:
            raise InvalidInput("Il familiare scelto non fa parte della famiglia del lavoratore.")
    return fund


def create_request(uow: UnitOfWork, data: HfInput, today: date, add_to_plan: bool = True) -> HfView:
    """A draft request; with an open case, its plan gains the action to follow it."""
    fund = checked(uow, data)
    counter = next_counter(uow, f"hf_counter:{today.year}")
    number = f"FS-{today.year}-{provisional_mark(uow)}{counter:05d}"
    request = HealthFundRequest(
        number=number,
        worker_id=data.worker_id,
        member_id=data.member_id,
        fund_code=data.fund_code,
        kind=RequestKind(data.kind).value,
        regime=data.regime,
        status=HfStatus.DRAFT.value,
        received_on=today,
        amount_claimed_cents=0,
        documents=[],
        notes=data.notes or None,
    )
    if add_to_plan:
        request.action_id = add_to_open_plan(
            uow,
            data.worker_id,
            "health",
            "Usare il fondo sanitario per le spese della famiglia",
            None,
            ActionType.HEALTH_FUND_REQUEST.value,
            f"Pratica {number} con {fund.name}: {KIND_LABELS[RequestKind(data.kind)]}",
            today,
        )
    uow.add(request)
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def _load(uow: UnitOfWork, request_id: uuid.UUID, version: int) -> HealthFundRequest:
    return uow.load(
        HealthFundRequest,
        request_id,
        version,
        missing="La pratica non è più in archivio.",
        changed=lambda r: (
            f"La pratica {r.number} è stata modificata da un'altra postazione: "
            "ricarica, poi riprova."
        ),
    )


def add_invoice(
    uow: UnitOfWork,
    request_id: uuid.UUID,
    version: int,
    invoice_date: date,
    amount_cents: int,
    today: date,
) -> HfView:
    """An invoice of a reimbursement claim; the amount claimed is their sum."""
    request = _load(uow, request_id, version)
    if request.kind != RequestKind.REIMBURSEMENT.value:
        raise InvalidInput("Le fatture si allegano alle richieste di rimborso.")
    if not invoices_open(RequestKind(request.kind), HfStatus(request.status)):
        raise InvalidInput("La pratica è già inviata: le fatture non si aggiungono più.")
    if invoice_date > today:
        raise InvalidInput(f"La fattura è datata {invoice_date:%d/%m/%Y}, nel futuro.")
    if amount_cents <= 0:
        raise InvalidInput("L'importo della fattura deve essere maggiore di zero.")
    fund = _fund(request.fund_code)
    own = claim_deadline(fund, [invoice_date])
    if own is not None and today > own and not fund.from_last_invoice:
        raise InvalidInput(
            f"La fattura del {invoice_date:%d/%m/%Y} è fuori termine per {fund.name} "
            f"(scadeva il {own:%d/%m/%Y}): il fondo non la rimborserebbe."
        )
    uow.add(
        HealthInvoice(request_id=request.id, invoice_date=invoice_date, amount_cents=amount_cents)
    )
    request.amount_claimed_cents += amount_cents
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def set_documents(
    uow: UnitOfWork, request_id: uuid.UUID, version: int, provided: set[str]
) -> HfView:
    request = _load(uow, request_id, version)
    unknown = provided - set(health_documents())
    if unknown:
        raise InvalidInput(f"Documenti sconosciuti: {', '.join(sorted(unknown))}.")
    request.documents = sorted(provided)
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def attach(
    uow: UnitOfWork,
    request_id: uuid.UUID,
    filename: str,
    content: bytes,
    document: str | None = None,
) -> str:
    """Keeps a scan or a PDF in the store with its SHA-256; refuses what the fund would."""
    request = uow.get(HealthFundRequest, request_id)
    if request is None:
        raise NotFound("La pratica non è più in archivio.")
    fund = health_funds()[request.fund_code]
    try:
        check_attachment(fund, filename, len(content))
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    suffix = filename[filename.rfind(".") :].lower()
    digest = hashlib.sha256(content).hexdigest()
    uow.add(
        HealthAttachment(
            request_id=request.id,
            document=document,
            filename=filename[-200:],
            content_type=CONTENT_TYPES[suffix],
            size=len(content),
            sha256=digest,
            content=content,
        )
    )
    uow.flush()
    uow.commit()
    return digest


def change_status(
    uow: UnitOfWork,
    request_id: uuid.UUID,
    version: int,
    wanted: HfStatus,
    today: date,
    approved_cents: int | None = None,
    paid_cents: int | None = None,
    note: str | None = None,
) -> HfView:
    """Moves a request: sending needs every document; a fund's answer carries the amount
    approved; payment, the amount paid."""
    request = _load(uow, request_id, version)
    current = HfStatus(request.status)
    try:
        check_hf_transition(current, wanted)
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    fund = health_funds()[request.fund_code]
    if wanted is HfStatus.SUBMITTED:
        missing = missing_documents(fund, RequestKind(request.kind), request.documents)
        if missing:
            labels = health_documents()
            raise InvalidInput(
                "Mancano documenti: " + "; ".join(labels.get(m, m) for m in missing) + "."
            )
        invoices = queries.invoice_dates(uow, request.id)
        if request.kind == RequestKind.REIMBURSEMENT.value:
            if not invoices:
                raise InvalidInput("Aggiungi almeno una fattura prima di inviare il rimborso.")
            deadline = claim_deadline(fund, invoices)
            if current is HfStatus.DRAFT and deadline is not None and today > deadline:
                raise InvalidInput(
                    f"Il termine del fondo {fund.name} è scaduto il {deadline:%d/%m/%Y}: la "
                    "richiesta non sarebbe accolta."
                )
        if current is HfStatus.SUSPENDED and request.suspended_on is not None:
            window = completion_deadline(fund, request.suspended_on)
            if today > window:
                raise InvalidInput(
                    f"Il tempo per completare la pratica è finito il {window:%d/%m/%Y}: il "
                    "fondo la considera respinta."
                )
        request.submitted_on = today
    if wanted is HfStatus.SUSPENDED:
        request.suspended_on = today
    claim = request.kind == RequestKind.REIMBURSEMENT.value
    if wanted is HfStatus.PAID and not claim:
        raise InvalidInput("Si paga solo un rimborso: questa pratica si chiude con l'esito.")
    if wanted is HfStatus.PARTLY_APPROVED and not (
        approved_cents is not None and 0 < approved_cents < request.amount_claimed_cents
    ):
        raise InvalidInput(
            "Accolta in parte: l'importo accolto deve essere maggiore di zero e minore di "
            "quello richiesto."
        )
    if wanted is HfStatus.APPROVED and approved_cents not in (None, request.amount_claimed_cents):
        raise InvalidInput("Accolta per intero: l'importo accolto è quello richiesto.")
    if wanted in (HfStatus.APPROVED, HfStatus.PARTLY_APPROVED, HfStatus.REJECTED):
        request.decided_on = today
        if wanted is HfStatus.APPROVED:
            approved_cents = (
                request.amount_claimed_cents if approved_cents is None else approved_cents
            )
        if wanted is HfStatus.PARTLY_APPROVED and approved_cents is None:
            raise InvalidInput("Indica l'importo accolto dal fondo.")
        request.amount_approved_cents = approved_cents if wanted is not HfStatus.REJECTED else 0
    if wanted is HfStatus.PAID:
        request.paid_on = today
        request.amount_paid_cents = (
            request.amount_approved_cents if paid_cents is None else paid_cents
        )
    try:
        check_amounts(
            request.amount_claimed_cents, request.amount_approved_cents, request.amount_paid_cents
        )
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    problems = check_text(note, "note", "Nota", 500)
    if problems:
        raise InvalidInput(problems[0].message)
    if note:
        request.decision_note = note.strip()
    request.status = wanted.value
    uow.flush()
    view = _view(uow, request)
    uow.commit()
    return view


def by_deadline(uow: UnitOfWork, today: date) -> list[HfView]:
    """Open requests, the ones with a deadline first, the nearest on top."""
    return by_deadline_head(uow, today)[0]


OPEN = (HfStatus.DRAFT, HfStatus.SUBMITTED, HfStatus.SUSPENDED)


def by_deadline_head(
    uow: UnitOfWork, today: date, limit: int | None = None
) -> tuple[list[HfView], int]:
    """The first `limit` open requests by deadline (all when None), and how many are open.

    Every open request's deadline is worked out from plain rows to rank them; only the
    head is read as records, with its invoices."""
    uow.require_people()
    found = queries.deadline_rows(uow, [s.value for s in OPEN])
    seen = uow.visible_workers(row[1] for row in found)
    ranked = []
    for number, worker_id, _worker, code, status, kind, suspended_on, days in found:
        if worker_id in seen:
            due = _due_of(code, status, kind, suspended_on, days)
            ranked.append((due is None, due or date.max, number))
    ranked.sort()
    head = [number for *_key, number in ranked[:limit]]
    views: list[HfView] = []
    for start in range(0, len(head), 500):
        rows = queries.health_rows(uow, None, None, head[start : start + 500])
        views += [_made_view(r, who, bills) for r, who, bills in rows]
    order = {number: place for place, number in enumerate(head)}
    return sorted(views, key=lambda v: order[v.number]), len(ranked)


@dataclass(frozen=True, slots=True)
class HfDue:
    """A request as the agenda lists it: what is due, by when."""

    number: str
    worker_id: uuid.UUID
    worker: str
    fund: str
    status: str
    due: date


def deadlines(uow: UnitOfWork, until: date) -> list[HfDue]:
    """Requests whose deadline falls by `until`, the nearest first: the same days as
    `by_deadline`, read without the views the requests page needs."""
    uow.require_people()
    # a suspended request's completion, a draft claim's sending: nothing else has a day
    found = queries.deadline_rows(uow, [HfStatus.SUSPENDED.value, HfStatus.DRAFT.value])
    seen = uow.visible_workers(row[1] for row in found)
    funds = health_funds()
    listed = []
    for number, worker_id, worker, code, status, kind, suspended_on, days in found:
        due = _due_of(code, status, kind, suspended_on, days)
        if due is None or due > until or worker_id not in seen:
            continue
        fund = funds.get(code)
        listed.append(HfDue(number, worker_id, worker, fund.name if fund else code, status, due))
    return sorted(listed, key=lambda d: (d.due, d.number))


def all_requests(
    uow: UnitOfWork, status: HfStatus | None = None, worker_id: uuid.UUID | None = None
) -> list[HfView]:
    uow.require_people()
    found = queries.health_rows(uow, [status.value] if status else None, worker_id)
    seen = uow.visible_workers(r.worker_id for r, _, _ in found)
    return [_made_view(r, who, bills) for r, who, bills in found if r.worker_id in seen]


def counts_by_status(uow: UnitOfWork) -> dict[str, int]:
    found = queries.health_counts(uow)
    return {s.value: found.get(s.value, 0) for s in HfStatus}


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: uuid.UUID
    filename: str
    document: str | None  # the document it stands for, in Italian
    size: int
    sha256: str


def attachments_of(uow: UnitOfWork, request_id: uuid.UUID) -> list[AttachmentView]:
    """The scans kept with a request, without their content."""
    labels = health_documents()
    rows = queries.attachments_of(uow, request_id)
    return [
        AttachmentView(i, name, labels.get(doc, doc) if doc else None, size, digest)
        for i, name, doc, size, digest in rows
    ]


def attachment_content(uow: UnitOfWork, attachment_id: uuid.UUID) -> tuple[str, bytes]:
    """A scan's name and bytes, checked against the hash it was kept with."""
    row = uow.get(HealthAttachment, attachment_id)
    if row is None:
        raise NotFound("L'allegato non è più in archivio.")
    if hashlib.sha256(row.content).hexdigest() != row.sha256:
        raise InvalidInput(
            f"«{row.filename}» non corrisponde più all'impronta con cui era stato salvato: "
            "allegalo di nuovo."
        )
    return row.filename, row.content
