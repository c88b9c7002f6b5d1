"""Budgets, their ledgers, and vouchers drawn from them.

A balance is never stored: it is the sum of the budget's ledger, read under the
budget's row lock when money leaves it, so two desks cannot spend the same euro.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from welfare_desk.catalogue import queries
from welfare_desk.domain.catalogue import PriceModel, worker_price
from welfare_desk.domain.fringe import FringeCheck, FringeLevel, check, tax_years
from welfare_desk.domain.household import Disability
from welfare_desk.domain.ledger import (
    BudgetKind,
    Movement,
    VoucherStatus,
    check_cancel,
    check_draw,
    check_reduction,
)
from welfare_desk.domain.money import format_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.text import check_text
from welfare_desk.domain.voucher_rules import FTER, bundle_problem, fter_problem, top_up_problem
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import fringe_thresholds, tax_classes
from welfare_desk.store.counters import next_counter, provisional_mark
from welfare_desk.store.errors import NotFound
from welfare_desk.store.models import (
    Budget,
    Edition,
    HouseholdMember,
    LedgerEntry,
    Service,
    Voucher,
    Worker,
)
from welfare_desk.store.uow import UnitOfWork


class FringeOverThreshold(InvalidInput):
    """Issuing would cross the year's fringe-benefit threshold: the user must confirm."""

    code = "voucher.fringe_over"

    def __init__(self, result: FringeCheck) -> None:
        super().__init__(result.message)
        self.result = result


@dataclass(frozen=True)
class BudgetInput:
    kind: BudgetKind
    name: str
    valid_from: date
    valid_to: date
    initial_cents: int = 0
    programme: str | None = None
    action: str | None = None
    partner_id: uuid.UUID | None = None
    employer_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class BudgetView:
    id: uuid.UUID
    kind: str
    name: str
    programme: str | None
    action: str | None
    partner: str | None
    worker_id: uuid.UUID | None
    year: int | None
    valid_from: date
    valid_to: date
    allocated_cents: int
    spent_cents: int  # vouchers issued, net of those cancelled
    balance_cents: int
    holder: str | None = None  # the worker an allowance belongs to


@dataclass(frozen=True, slots=True)
class LedgerLine:
    on: date  # the movement's business day
    movement: str
    amount_cents: int
    balance_cents: int  # after this movement
    voucher_number: str | None
    note: str | None


@dataclass(frozen=True)
class VoucherInput:
    worker_id: uuid.UUID
    service_id: uuid.UUID
    budget_id: uuid.UUID
    value_cents: int | None = None  # None: the service's voucher value
    member_id: uuid.UUID | None = None
    edition_id: uuid.UUID | None = None
    enrollment_id: uuid.UUID | None = None
    tax_year: int | None = None  # None: the year of issue; see domain.fringe.tax_years


@dataclass(frozen=True, slots=True)
class VoucherView:
    id: uuid.UUID
    version: int
    number: str
    worker_id: uuid.UUID
    beneficiary: str
    service_name: str
    edition_title: str | None
    budget_name: str
    value_cents: int
    status: str
    issued_on: date
    tax_class: str
    fringe: bool


@dataclass(frozen=True)
class Issued:
    voucher: VoucherView
    fringe: FringeCheck | None  # the year's fringe benefits with this voucher, when fringe


def _validate_budget(data: BudgetInput) -> None:
    problems = check_text(data.name, "name", "Nome del budget", 200)
    problems += check_text(data.programme, "programme", "Programma", 120)
    problems += check_text(data.action, "action", "Azione", 120)
    if problems:
        raise InvalidInput(problems[0].message, tuple(problems))
    if not data.name.strip():
        raise InvalidInput("Scrivi il nome del budget.")
    if data.valid_to < data.valid_from:
        raise InvalidInput("Il budget finisce prima di cominciare: controlla le date.")
    if data.kind is BudgetKind.ALLOWANCE and (data.worker_id is None or data.year is None):
        raise InvalidInput("Il credito welfare annuale è di un lavoratore e di un anno.")
    if data.initial_cents < 0:
        raise InvalidInput("Lo stanziamento iniziale non può essere negativo.")


def create_budget(uow: UnitOfWork, data: BudgetInput) -> uuid.UUID:
    _validate_budget(data)
    if data.kind is BudgetKind.ALLOWANCE:
        other = queries.allowance_of(uow, data.worker_id, data.year)
        if other is not None:
            raise InvalidInput(f"Il lavoratore ha già un credito welfare per il {data.year}.")
    budget = Budget(
        kind=data.kind.value,
        name=" ".join(data.name.split()),
        programme=data.programme or None,
        action=data.action or None,
        partner_id=data.partner_id,
        employer_id=data.employer_id,
        worker_id=data.worker_id,
        year=data.year,
        valid_from=data.valid_from,
        valid_to=data.valid_to,
    )
    uow.add(budget)
    uow.flush()
    if data.initial_cents:
        # The initial allocation is the budget's from its first day, whenever it is typed:
        # a 2026 budget entered in 2027 still funded 2026.
        _entry(
            uow,
            budget.id,
            Movement.ALLOCATION,
            data.initial_cents,
            None,
            "stanziamento iniziale",
            data.valid_from,
        )
    uow.flush()
    uow.commit()
    return budget.id


def _entry(
    uow: UnitOfWork,
    budget_id: uuid.UUID,
    movement: Movement,
    amount: int,
    voucher_id: uuid.UUID | None,
    note: str | None,
    on: date,
) -> None:
    uow.add(
        LedgerEntry(
            budget_id=budget_id,
            booked_on=on,
            movement=movement.value,
            amount_cents=amount,
            voucher_id=voucher_id,
            note=note,
        )
    )


def _locked_budget(uow: UnitOfWork, budget_id: uuid.UUID) -> Budget:
    budget = queries.locked_budget(uow, budget_id)
    if budget is None:
        raise NotFound("Il budget non è più in archivio.")
    return budget


def balance_of(uow: UnitOfWork, budget_id: uuid.UUID) -> int:
    return queries.balance_of(uow, budget_id)


def allocate(uow: UnitOfWork, budget_id: uuid.UUID, amount: int, note: str | None = None) -> None:
    if amount <= 0:
        raise InvalidInput("Lo stanziamento deve essere maggiore di zero.")
    _locked_budget(uow, budget_id)
    _entry(uow, budget_id, Movement.ALLOCATION, amount, None, note, uow.clock.today())
    uow.flush()
    uow.commit()


def reduce(uow: UnitOfWork, budget_id: uuid.UUID, amount: int, note: str | None = None) -> None:
    budget = _locked_budget(uow, budget_id)
    try:
        check_reduction(balance_of(uow, budget_id), amount, budget.name)
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    _entry(uow, budget_id, Movement.REDUCTION, -amount, None, note, uow.clock.today())
    uow.flush()
    uow.commit()


def _fringe_used(uow: UnitOfWork, worker_id: uuid.UUID, year: int) -> int:
    return queries.fringe_used(uow, worker_id, year)


def fringe_status(
    uow: UnitOfWork, worker_id: uuid.UUID, year: int, adding_cents: int = 0
) -> FringeCheck:
    """The worker's fringe benefits of the year against the year's threshold."""
    uow.require_people()
    declared, without_code = queries.dependent_children(uow, worker_id)
    return check(
        year,
        _fringe_used(uow, worker_id, year),
        adding_cents,
        declared > 0,
        fringe_thresholds(),
        without_code,
    )


def issue_voucher(
    uow: UnitOfWork, data: VoucherInput, today: date, accept_over_threshold: bool = False
) -> Issued:
    """Issues a nominal voucher for one service, drawing its face value from a budget.

    Refuses a budget that would go below zero, another worker's allowance, a budget out
    of its dates; stops before crossing the fringe-benefit threshold unless accepted."""
    uow.require_people()
    budget = _locked_budget(uow, data.budget_id)
    worker = uow.get(Worker, data.worker_id)
    service = uow.get(Service, data.service_id)
    if worker is None or service is None:
        raise NotFound("Il lavoratore o il servizio non sono più in archivio.")
    if budget.kind == BudgetKind.ALLOWANCE.value and budget.worker_id != worker.id:
        raise InvalidInput(
            "Il credito welfare è personale: si usa solo per il lavoratore a cui è assegnato."
        )
    if not budget.valid_from <= today <= budget.valid_to:
        raise InvalidInput(
            f"Il budget «{budget.name}» vale dal {budget.valid_from:%d/%m/%Y} al "
            f"{budget.valid_to:%d/%m/%Y}: oggi non si può usare."
        )
    member = None
    if data.member_id is not None:
        member = uow.get(HouseholdMember, data.member_id)
        if member is None or member.worker_id != worker.id:
            raise InvalidInput("Il familiare scelto non fa parte della famiglia del lavoratore.")
    if service.tax_class == FTER:
        problem = fter_problem(
            member.name if member else None,
            member.birth_date if member else None,
            Disability(member.disability) if member else Disability.NONE,
            bool(member and member.attendance_allowance),
            today,
        )
        if problem:
            raise InvalidInput(problem)
    if data.edition_id is not None:
        edition = uow.get(Edition, data.edition_id)
        if edition is None or edition.service_id != service.id:
            raise InvalidInput("L'edizione scelta non è di questo servizio.")
    value = data.value_cents if data.value_cents is not None else service.voucher_value_cents
    if value is None:
        raise InvalidInput(f"Il servizio «{service.name}» non ha un valore del voucher: indicalo.")
    bundle = bundle_problem(service.name, service.several_goods, value)
    if bundle:
        raise InvalidInput(bundle)
    if budget.kind == BudgetKind.ALLOWANCE.value and service.tax_class in tax_classes():
        pays = worker_price(
            PriceModel(service.price_model), service.worker_price_cents, service.full_price_cents
        )
        problem = top_up_problem(service.name, pays, value)
        if problem:
            raise InvalidInput(problem)
    try:
        check_draw(balance_of(uow, budget.id), value, budget.name)
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    tax_year = data.tax_year or today.year
    if tax_year not in tax_years(today):
        raise InvalidInput(
            f"Un voucher del {today:%d/%m/%Y} vale per il {today.year}: per l'anno prima "
            "solo se emesso entro il 12 gennaio (art. 51 c. 1 TUIR)."
        )
    tax = tax_classes().get(service.tax_class)
    fringe = bool(tax and tax.fringe)
    result: FringeCheck | None = None
    if fringe:
        queries.lock_worker(uow, worker.id)
        result = fringe_status(uow, worker.id, tax_year, value)
        if result.level is FringeLevel.OVER and not accept_over_threshold:
            raise FringeOverThreshold(result)
    year = today.year
    counter = next_counter(uow, f"voucher_counter:{year}")
    number = f"V-{year}-{provisional_mark(uow)}{counter:05d}"
    voucher = Voucher(
        number=number,
        worker_id=worker.id,
        member_id=data.member_id,
        service_id=service.id,
        edition_id=data.edition_id,
        enrollment_id=data.enrollment_id,
        budget_id=budget.id,
        value_cents=value,
        status=VoucherStatus.ISSUED.value,
        issued_on=today,
        year=tax_year,
        tax_class=service.tax_class,
        fringe=fringe,
    )
    uow.add(voucher)
    uow.flush()
    _entry(uow, budget.id, Movement.VOUCHER_ISSUED, -value, voucher.id, number, today)
    uow.flush()
    view = _voucher_views(uow, voucher_id=voucher.id)[0]
    uow.commit()
    return Issued(view, result)


def _locked_voucher(
    uow: UnitOfWork, voucher_id: uuid.UUID, expected_version: int | None
) -> Voucher:
    gone = "Il voucher non è più in archivio."
    voucher = uow.load(Voucher, voucher_id, None, missing=gone)
    _locked_budget(uow, voucher.budget_id)  # money moves on the budget one desk at a time
    return uow.load(
        Voucher,
        voucher_id,
        expected_version,
        missing=gone,
        changed=lambda v: (
            f"Il voucher {v.number} è stato modificato da un'altra postazione: "
            "ricarica, poi riprova."
        ),
        fresh=True,
    )


def cancel_voucher(
    uow: UnitOfWork,
    voucher_id: uuid.UUID,
    expected_version: int,
    today: date,
    reason: str | None = None,
) -> CancelledVoucher:
    """Cancels an unused voucher; its value returns to the budget it came from. The
    reason, when given, stays in the history."""
    uow.require_people()
    voucher = _locked_voucher(uow, voucher_id, expected_version)
    try:
        check_cancel(VoucherStatus(voucher.status))
    except DomainError as refused:
        raise InvalidInput(refused.message) from None
    voucher.status = VoucherStatus.CANCELLED.value
    voucher.cancelled_on = today
    uow.because(voucher, " ".join((reason or "").split())[:300])
    _entry(
        uow,
        voucher.budget_id,
        Movement.VOUCHER_CANCELLED,
        voucher.value_cents,
        voucher.id,
        voucher.number,
        today,
    )
    uow.flush()
    uow.commit()
    return CancelledVoucher(voucher.id, voucher.number)


@dataclass(frozen=True)
class CancelledVoucher:
    """What an undo needs right after a cancellation."""

    voucher_id: uuid.UUID
    number: str


def undo_cancel_voucher(uow: UnitOfWork, undo: CancelledVoucher, today: date) -> None:
    """A cancellation taken back right after: the voucher issued again and its value taken
    from the budget again, as a new movement (the ledger is never rewritten)."""
    uow.require_people()
    voucher = _locked_voucher(uow, undo.voucher_id, None)
    if voucher.status != VoucherStatus.CANCELLED.value:
        raise InvalidInput(
            f"Il voucher {voucher.number} non è annullato: non c'è niente da ripristinare."
        )
    if balance_of(uow, voucher.budget_id) < voucher.value_cents:
        raise InvalidInput(
            f"Il budget non ha più {format_euro(voucher.value_cents)} disponibili: il voucher "
            f"{voucher.number} resta annullato."
        )
    voucher.status = VoucherStatus.ISSUED.value
    voucher.cancelled_on = None
    uow.because(voucher, "annullamento revocato")
    _entry(
        uow,
        voucher.budget_id,
        Movement.VOUCHER_ISSUED,
        -voucher.value_cents,
        voucher.id,
        voucher.number,
        today,
    )
    uow.flush()
    uow.commit()


def mark_used(uow: UnitOfWork, voucher_id: uuid.UUID, expected_version: int) -> None:
    uow.require_people()
    voucher = _locked_voucher(uow, voucher_id, expected_version)
    if VoucherStatus(voucher.status) is not VoucherStatus.ISSUED:
        raise InvalidInput(f"Il voucher {voucher.number} non è più utilizzabile.")
    voucher.status = VoucherStatus.USED.value
    uow.flush()
    uow.commit()


def budgets(
    uow: UnitOfWork, kind: BudgetKind | None = None, worker_id: uuid.UUID | None = None
) -> list[BudgetView]:
    rows = queries.budget_rows(uow, kind.value if kind else None, worker_id)
    return [
        BudgetView(
            b.id,
            b.kind,
            b.name,
            b.programme,
            b.action,
            partner,
            b.worker_id,
            b.year,
            b.valid_from,
            b.valid_to,
            int(allocated),
            int(allocated) - int(balance),
            int(balance),
            f"{surname} {name}" if surname else None,
        )
        for b, partner, balance, allocated, surname, name in rows
    ]


def usable_budgets(uow: UnitOfWork, worker_id: uuid.UUID, today: date) -> list[BudgetView]:
    """The budgets a voucher for this worker may draw from today: the programme's lines
    and the worker's own allowance, in their dates, with money left."""
    uow.require_people()
    candidates = budgets(uow, worker_id=worker_id) + budgets(uow, BudgetKind.PROGRAMME)
    return [b for b in candidates if b.valid_from <= today <= b.valid_to and b.balance_cents > 0]


@dataclass(frozen=True)
class VoucherTerms:
    """What the voucher dialog tells before issuing: the service's voucher value, its
    tax classification and, for a fringe benefit, where the worker's year stands."""

    value_cents: int | None
    tax_label: str
    fringe: FringeCheck | None


def voucher_terms(
    uow: UnitOfWork, worker_id: uuid.UUID, service_id: uuid.UUID, today: date
) -> VoucherTerms:
    service = uow.get(Service, service_id)
    if service is None:
        raise NotFound("Il servizio non è più in archivio.")
    tax = tax_classes().get(service.tax_class)
    fringe = None
    if tax is not None and tax.fringe:
        fringe = fringe_status(uow, worker_id, today.year, service.voucher_value_cents or 0)
    return VoucherTerms(
        service.voucher_value_cents, tax.label if tax else service.tax_class, fringe
    )


def ledger(uow: UnitOfWork, budget_id: uuid.UUID) -> list[LedgerLine]:
    """The budget's movements in order, each with the balance after it."""
    rows = queries.ledger_rows(uow, budget_id)
    running = 0
    lines: list[LedgerLine] = []
    for on, movement, amount, number, note in rows:
        running += amount
        lines.append(LedgerLine(on, movement, amount, running, number, note))
    return lines


def _voucher_views(
    uow: UnitOfWork,
    voucher_id: uuid.UUID | None = None,
    worker_id: uuid.UUID | None = None,
    budget_id: uuid.UUID | None = None,
) -> list[VoucherView]:
    rows = queries.voucher_rows(uow, voucher_id, worker_id, budget_id)
    return [
        VoucherView(
            v.id,
            v.version,
            v.number,
            v.worker_id,
            f"{mn} {ms}" if mn else f"{wn} {ws}",
            service,
            edition,
            budget,
            v.value_cents,
            v.status,
            v.issued_on,
            v.tax_class,
            v.fringe,
        )
        for v, wn, ws, mn, ms, service, edition, budget in rows
    ]


def worker_vouchers(uow: UnitOfWork, worker_id: uuid.UUID) -> list[VoucherView]:
    uow.require_people()
    return _voucher_views(uow, worker_id=worker_id)


def budget_vouchers(uow: UnitOfWork, budget_id: uuid.UUID) -> list[VoucherView]:
    uow.require_people()
    return _voucher_views(uow, budget_id=budget_id)


def totals(uow: UnitOfWork) -> tuple[int, int]:
    """Vouchers issued and not cancelled: how many, and their value in cents."""
    return queries.voucher_totals(uow)


def describe(budget: BudgetView) -> str:
    return f"{budget.name}: {format_euro(budget.balance_cents)} disponibili"


def grant_allowances(
    uow: UnitOfWork, employer_id: uuid.UUID, year: int, amount_cents: int
) -> tuple[int, int]:
    """The employer's welfare plan for a year: an allowance for each of its workers who
    has none yet, each with its allocation in the ledger. Returns (granted, already had)."""
    if amount_cents <= 0:
        raise InvalidInput("Il credito welfare deve essere maggiore di zero.")
    if not 2000 <= year <= 2100:
        raise InvalidInput(f"L'anno {year} non è plausibile.")
    employer = queries.locked_organization(uow, employer_id)
    if employer is None:
        raise NotFound("L'azienda non è più in archivio.")
    workers = queries.workers_of_employer(uow, employer_id)
    have = queries.allowances_held(uow, employer_id, year)
    missing = [w for w in workers if w not in have]
    budgets = [
        {
            "kind": BudgetKind.ALLOWANCE.value,
            "name": f"Credito welfare {year}",
            "programme": None,
            "action": None,
            "partner_id": None,
            "employer_id": employer_id,
            "worker_id": worker_id,
            "year": year,
            "valid_from": date(year, 1, 1),
            "valid_to": date(year, 12, 31),
        }
        for worker_id in missing
    ]
    ids = uow.insert_many(Budget, budgets)
    uow.insert_many(
        LedgerEntry,
        [
            {
                "budget_id": budget_id,
                "booked_on": date(year, 1, 1),  # the year's plan, whenever it is granted
                "movement": Movement.ALLOCATION.value,
                "amount_cents": amount_cents,
                "voucher_id": None,
                "note": f"piano welfare {employer.name} {year}",
            }
            for budget_id in ids
        ],
    )
    uow.commit()
    return len(ids), len(have)
