"""Budgets and vouchers on a real store: ledger sums, no overspending, fringe warnings."""

from __future__ import annotations

import re
import threading
import uuid
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.conftest import store_at
from tests.helpers import add_camp, add_member, add_worker
from welfare_desk.catalogue.vouchers import (
    BudgetInput,
    FringeOverThreshold,
    VoucherInput,
    allocate,
    balance_of,
    budgets,
    cancel_voucher,
    create_budget,
    issue_voucher,
    ledger,
    mark_used,
    worker_vouchers,
)
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.domain.fringe import FringeLevel
from welfare_desk.domain.ledger import BudgetKind
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.models import HouseholdMember, LedgerEntry, Service, Worker
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 5, 4)


def programme(store: Store, cents: int, name: str = "Lodigiano Welfare – azione 2") -> uuid.UUID:
    with UnitOfWork(store) as uow:
        return create_budget(
            uow,
            BudgetInput(
                BudgetKind.PROGRAMME,
                name,
                date(2020, 1, 1),
                date(2026, 12, 31),
                cents,
                programme="Lodigiano Welfare",
                action="Voucher conciliazione",
            ),
        )


def _allowance(store: Store, worker: uuid.UUID, cents: int = 100000) -> uuid.UUID:
    with UnitOfWork(store) as uow:
        return create_budget(
            uow,
            BudgetInput(
                BudgetKind.ALLOWANCE,
                "Credito welfare 2026",
                date(2026, 1, 1),
                date(2026, 12, 31),
                cents,
                worker_id=worker,
                year=2026,
            ),
        )


def test_vouchers_draw_from_the_budget_and_cancelling_gives_back(store: Store) -> None:
    service, edition = add_camp(store)
    worker = add_worker(store).worker.id
    budget = programme(store, 30000)
    with UnitOfWork(store) as uow:
        first = issue_voucher(uow, VoucherInput(worker, service, budget), TODAY).voucher
    assert re.fullmatch(r"V-2026-\d{5}", first.number)
    assert (first.value_cents, first.status) == (12000, "issued")
    with UnitOfWork(store) as uow:
        second = issue_voucher(
            uow, VoucherInput(worker, service, budget, edition_id=edition), TODAY
        ).voucher
    assert int(second.number[-5:]) == int(first.number[-5:]) + 1
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert refused.value.message == (
        "Il budget «Lodigiano Welfare – azione 2» ha 60,00 € disponibili: non basta per "
        "120,00 €. Scegli un altro budget o un valore minore."
    )
    with UnitOfWork(store) as uow:
        cancel_voucher(uow, first.id, first.version, TODAY)
        (view,) = budgets(uow)
        lines = ledger(uow, budget)
    assert (view.allocated_cents, view.spent_cents, view.balance_cents) == (30000, 12000, 18000)
    assert [(x.movement, x.amount_cents, x.balance_cents) for x in lines] == [
        ("allocation", 30000, 30000),
        ("voucher_issued", -12000, 18000),
        ("voucher_issued", -12000, 6000),
        ("voucher_cancelled", 12000, 18000),
    ]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="già annullato"):
        cancel_voucher(uow, first.id, first.version + 1, TODAY)


def test_a_used_voucher_is_never_cash_and_an_allowance_is_personal(store: Store) -> None:
    service, _ = add_camp(store)
    anna = add_worker(store, name="Anna").worker.id
    piero = add_worker(store, name="Piero", sex="M").worker.id
    allowance = _allowance(store, anna, 50000)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="è personale"):
        issue_voucher(uow, VoucherInput(piero, service, allowance), TODAY)
    with UnitOfWork(store) as uow:
        voucher = issue_voucher(uow, VoucherInput(anna, service, allowance), TODAY).voucher
    with UnitOfWork(store) as uow:
        mark_used(uow, voucher.id, voucher.version)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="convertire in denaro"):
        cancel_voucher(uow, voucher.id, voucher.version + 1, TODAY)
    with UnitOfWork(store) as uow:
        assert [v.status for v in worker_vouchers(uow, anna)] == ["used"]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="oggi non si può usare"):
        issue_voucher(uow, VoucherInput(anna, service, allowance), date(2027, 1, 4))


def test_fringe_vouchers_warn_near_and_stop_over_the_threshold(store: Store) -> None:
    service, _ = add_camp(
        store, name="Buono spesa", tax_class="c3_fringe", voucher_value_cents=45000
    )
    worker = add_worker(store).worker.id
    budget = programme(store, 1_000_000)
    with UnitOfWork(store) as uow:
        first = issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert first.fringe is not None and first.fringe.level is FringeLevel.WITHIN
    with UnitOfWork(store) as uow:
        second = issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert second.fringe is not None and second.fringe.level is FringeLevel.NEAR
    with UnitOfWork(store) as uow, pytest.raises(FringeOverThreshold) as stopped:
        issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert "oltre la soglia di 1.000,00 €" in stopped.value.message
    # the €2,000 threshold needs the children declared with their codici fiscali
    luca = add_member(store, worker, "Luca", date(2017, 2, 1), dependent=True)
    with UnitOfWork(store) as uow, pytest.raises(FringeOverThreshold) as stopped:
        issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert "C'è 1 figlio a carico senza codice fiscale" in stopped.value.message
    with UnitOfWork(store) as uow:
        member = uow.session.get(HouseholdMember, luca)
        assert member is not None
        member.codice_fiscale = encode("Rossi", "Luca", date(2017, 2, 1), "M", "E648")
        uow.commit()
    with UnitOfWork(store) as uow:
        third = issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert third.fringe is not None and third.fringe.threshold_cents == 200_000
    with UnitOfWork(store) as uow:
        issue_voucher(uow, VoucherInput(worker, service, budget, value_cents=50000), TODAY)
    with UnitOfWork(store) as uow, pytest.raises(FringeOverThreshold):
        issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    with UnitOfWork(store) as uow:
        accepted = issue_voucher(
            uow, VoucherInput(worker, service, budget), TODAY, accept_over_threshold=True
        )
    assert accepted.fringe is not None and accepted.fringe.level is FringeLevel.OVER


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from("aic"), st.integers(1, 40_000)), max_size=25))
def test_the_stored_balance_is_always_the_ledger_sum(
    sqlite_store: Store, steps: list[tuple[str, int]]
) -> None:
    with UnitOfWork(sqlite_store) as uow:  # the examples share the store: set up once
        service = uow.session.scalar(select(Service.id))
        worker = uow.session.scalar(select(Worker.id))
    service = service or add_camp(sqlite_store)[0]
    worker = worker or add_worker(sqlite_store).worker.id
    budget = programme(sqlite_store, 0, f"Budget {uuid.uuid4().hex[:6]}")
    expected = 0
    live: list[tuple[uuid.UUID, int, int]] = []
    for op, amount in steps:
        with UnitOfWork(sqlite_store) as uow:
            try:
                if op == "a":
                    allocate(uow, budget, amount)
                    expected += amount
                elif op == "i":
                    issued = issue_voucher(
                        uow, VoucherInput(worker, service, budget, value_cents=amount), TODAY
                    ).voucher
                    live.append((issued.id, issued.version, amount))
                    expected -= amount
                elif live:
                    voucher_id, version, value = live.pop(amount % len(live))
                    cancel_voucher(uow, voucher_id, version, TODAY)
                    expected += value
            except InvalidInput:
                pass
        with UnitOfWork(sqlite_store) as uow:
            stored = balance_of(uow, budget)
            summed = uow.session.scalar(
                select(func.sum(LedgerEntry.amount_cents)).where(LedgerEntry.budget_id == budget)
            )
        assert stored == expected == (summed or 0)
        assert stored >= 0


def test_two_desks_spending_the_same_budget_never_take_it_below_zero(
    pg_store: Store, pg_database_url: str
) -> None:
    service, _ = add_camp(pg_store)
    worker = add_worker(pg_store).worker.id
    budget = programme(pg_store, 12000 * 7)
    outcomes: list[str] = []

    def desk() -> None:
        store = store_at(pg_database_url)
        for _ in range(6):
            with UnitOfWork(store) as uow:
                try:
                    issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
                    outcomes.append("issued")
                except InvalidInput:
                    outcomes.append("refused")
        store.close()

    desks = [threading.Thread(target=desk) for _ in range(2)]
    for d in desks:
        d.start()
    for d in desks:
        d.join()
    assert outcomes.count("issued") == 7
    with UnitOfWork(pg_store) as uow:
        assert balance_of(uow, budget) == 0


def test_an_employers_plan_grants_each_worker_an_allowance_once(store: Store) -> None:
    from sqlalchemy import select as choose

    from welfare_desk.catalogue.vouchers import grant_allowances
    from welfare_desk.store.models import Organization

    anna = add_worker(store, name="Anna").worker.id
    add_worker(store, name="Bruno", sex="M", organization="Logistica Adda S.r.l.")
    with UnitOfWork(store) as uow:
        employer = uow.session.scalar(
            choose(Organization.id).where(Organization.name == "Officine Lodigiane S.p.A.")
        )
    assert employer is not None
    with UnitOfWork(store) as uow:
        assert grant_allowances(uow, employer, 2026, 50000) == (1, 0)
    with UnitOfWork(store) as uow:
        assert grant_allowances(uow, employer, 2026, 50000) == (0, 1)
    with UnitOfWork(store) as uow:
        (allowance,) = budgets(uow, BudgetKind.ALLOWANCE)
    assert (allowance.worker_id, allowance.year, allowance.balance_cents) == (anna, 2026, 50000)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="maggiore di zero"):
        grant_allowances(uow, employer, 2027, 0)


def test_two_desks_cannot_cross_the_fringe_threshold_unasked(
    pg_store: Store, pg_database_url: str
) -> None:
    """600 € used of 1.000 €: two 300 € cards at once from two budgets; one must ask."""
    service, _ = add_camp(pg_store, name="Carta acquisti", tax_class="c3_fringe")
    worker = add_worker(pg_store).worker.id
    budgets_ = [programme(pg_store, 100_000, f"Budget {n}") for n in (1, 2, 3)]
    with UnitOfWork(pg_store) as uow:
        issue_voucher(uow, VoucherInput(worker, service, budgets_[0], 60_000), TODAY)
    outcomes: list[str] = []

    def desk(budget: uuid.UUID) -> None:
        store = store_at(pg_database_url)
        with UnitOfWork(store) as uow:
            try:
                issue_voucher(uow, VoucherInput(worker, service, budget, 30_000), TODAY)
                outcomes.append("issued")
            except FringeOverThreshold:
                outcomes.append("asked")
        store.close()

    desks = [threading.Thread(target=desk, args=(b,)) for b in budgets_[1:]]
    for d in desks:
        d.start()
    for d in desks:
        d.join()
    assert sorted(outcomes) == ["asked", "issued"]


def test_a_welfare_credit_voucher_takes_no_top_up_from_the_worker(store: Store) -> None:
    """DM 25/3/2016 art. 6 c. 1: an art. 51 voucher gives its good «per l'intero valore
    nominale senza integrazioni a carico del titolare»; a programme's subsidy may leave
    the worker a share."""
    from welfare_desk.domain.catalogue import PriceModel

    service, _edition = add_camp(
        store, price_model=PriceModel.FULL, worker_price_cents=None, full_price_cents=20000
    )
    worker = add_worker(store).worker.id
    credit = _allowance(store, worker)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        issue_voucher(uow, VoucherInput(worker, service, credit), TODAY)
    assert refused.value.message == (
        "Il servizio «Campus estivo Il Mosaico» costa al lavoratore 200,00 €: un voucher "
        "del credito welfare di 120,00 € lo costringerebbe a integrare la differenza, che "
        "l'art. 6 c. 1 del DM 25/3/2016 non consente. Emetti un voucher di 200,00 €."
    )
    with UnitOfWork(store) as uow:
        whole = issue_voucher(uow, VoucherInput(worker, service, credit, 20000), TODAY)
    assert whole.voucher.value_cents == 20000
    funded = programme(store, 50000)
    with UnitOfWork(store) as uow:
        assert issue_voucher(uow, VoucherInput(worker, service, funded), TODAY).voucher


def test_f_ter_is_for_a_relative_aged_75_or_not_self_sufficient(store: Store) -> None:
    """Art. 51 c. 2 lett. f-ter TUIR: «familiari anziani o non autosufficienti»; anziani
    from 75 (circ. Agenzia delle Entrate 28/E/2016, par. 2.4)."""
    service, _edition = add_camp(
        store, name="Assistenza domiciliare", tax_class="c2_fter", category="care.elderly"
    )
    worker = add_worker(store).worker.id
    father = add_member(store, worker, "Aldo", date(1952, 5, 4), relation="parent")
    grandmother = add_member(store, worker, "Ida", date(1951, 5, 4), relation="grandparent")
    budget = programme(store, 100000)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        issue_voucher(uow, VoucherInput(worker, service, budget, member_id=father), TODAY)
    assert "Aldo ha 74 anni" in refused.value.message
    assert "dai 75 anni (circ. 28/E/2016)" in refused.value.message
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="scegli il familiare"):
        issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    with UnitOfWork(store) as uow:
        assert issue_voucher(
            uow, VoucherInput(worker, service, budget, member_id=grandmother), TODAY
        ).voucher
    with UnitOfWork(store) as uow:
        member = uow.session.get(HouseholdMember, father)
        assert member is not None
        member.attendance_allowance = True
        uow.commit()
    with UnitOfWork(store) as uow:
        assert issue_voucher(
            uow, VoucherInput(worker, service, budget, member_id=father), TODAY
        ).voucher


def test_a_voucher_of_early_january_may_count_for_the_year_before(store: Store) -> None:
    """Art. 51 c. 1 TUIR, «cassa allargata»: what is given by 12 January and refers to the
    year before counts in that year's tax period, fringe threshold included."""
    service, _ = add_camp(
        store, name="Buono spesa", tax_class="c3_fringe", voucher_value_cents=45000
    )
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        budget = create_budget(
            uow,
            BudgetInput(
                BudgetKind.PROGRAMME,
                "Programma 2027",
                date(2026, 1, 1),
                date(2027, 12, 31),
                1_000_000,
                programme="P",
                action="A",
            ),
        )
    january = date(2027, 1, 12)
    with UnitOfWork(store) as uow:
        issue_voucher(uow, VoucherInput(worker, service, budget), date(2026, 12, 10))
        issue_voucher(uow, VoucherInput(worker, service, budget), date(2026, 12, 11))
    with UnitOfWork(store) as uow, pytest.raises(FringeOverThreshold) as stopped:
        issue_voucher(uow, VoucherInput(worker, service, budget, tax_year=2026), january)
    assert "Fringe benefit 2026" in stopped.value.message
    with UnitOfWork(store) as uow:  # for 2027 it starts again from zero
        fresh = issue_voucher(uow, VoucherInput(worker, service, budget), january)
    assert fresh.fringe is not None and fresh.fringe.used_cents == 0
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="entro il 12 gennaio"):
        issue_voucher(uow, VoucherInput(worker, service, budget, tax_year=2026), date(2027, 1, 13))


def test_the_employer_s_other_benefits_fill_the_same_threshold(store: Store) -> None:
    """Utilities, rent, the company car given through payroll count toward the threshold
    the desk's vouchers fill; over it the whole amount is taxed."""
    from welfare_desk.catalogue.benefits import (
        BenefitInput,
        benefits_of,
        record_benefit,
        remove_benefit,
    )
    from welfare_desk.domain.fringe import BenefitKind

    service, _ = add_camp(
        store, name="Buono spesa", tax_class="c3_fringe", voucher_value_cents=45000
    )
    worker = add_worker(store).worker.id
    budget = programme(store, 1_000_000)
    with UnitOfWork(store) as uow:
        rent = record_benefit(uow, BenefitInput(worker, 2026, BenefitKind.RENT, 70000))
    with UnitOfWork(store) as uow, pytest.raises(FringeOverThreshold) as stopped:
        issue_voucher(uow, VoucherInput(worker, service, budget), TODAY)
    assert "si arriva a 1.150,00 €, oltre la soglia di 1.000,00 €" in stopped.value.message
    with UnitOfWork(store) as uow:
        (shown,) = benefits_of(uow, worker)
        assert shown.label == "affitto della prima casa"
        remove_benefit(uow, rent.id, rent.version)
    with UnitOfWork(store) as uow:
        assert issue_voucher(uow, VoucherInput(worker, service, budget), TODAY).voucher
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="maggiore di zero"):
        record_benefit(uow, BenefitInput(worker, 2026, BenefitKind.UTILITIES, 0))


def test_a_voucher_for_several_goods_stays_within_258_euro(store: Store) -> None:
    """DM 25/3/2016 art. 6 c. 3: the goods and services of art. 51 c. 3 TUIR may be named
    together in one voucher only up to € 258,23 in all."""
    bundle, _ = add_camp(
        store,
        name="Carta spesa e carburante",
        tax_class="c3_fringe",
        voucher_value_cents=30000,
        several_goods=True,
    )
    worker = add_worker(store).worker.id
    budget = programme(store, 1_000_000)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        issue_voucher(uow, VoucherInput(worker, bundle, budget), TODAY)
    assert refused.value.message == (
        "Il voucher «Carta spesa e carburante» vale per più beni o servizi insieme: così "
        "non può superare 258,23 € (DM 25/3/2016, art. 6 c. 3). Emettine uno di 258,23 € "
        "al massimo, o un voucher per ciascun bene."
    )
    with UnitOfWork(store) as uow:
        assert issue_voucher(uow, VoucherInput(worker, bundle, budget, 25823), TODAY).voucher


def test_health_fund_contributions_have_their_own_cap_not_the_fringe_threshold(
    store: Store,
) -> None:
    """Art. 51 c. 2 lett. a TUIR: contributions to a health fund are not income up to
    € 3.615,20 a year; only the part above it is taxed, and they fill no fringe threshold."""
    from welfare_desk.catalogue.benefits import (
        BenefitInput,
        health_contribution_notes,
        record_benefit,
    )
    from welfare_desk.catalogue.vouchers import fringe_status
    from welfare_desk.domain.fringe import BenefitKind

    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        record_benefit(uow, BenefitInput(worker, 2026, BenefitKind.HEALTH_FUND, 400000))
        record_benefit(uow, BenefitInput(worker, 2025, BenefitKind.HEALTH_FUND, 15600))
    with UnitOfWork(store) as uow:
        assert fringe_status(uow, worker, 2026).used_cents == 0
        notes = health_contribution_notes(uow, worker)
    assert notes == [
        "Contributi al fondo sanitario 2026: 4.000,00 €, oltre il limite di 3.615,20 € "
        "(art. 51 c. 2 lett. a TUIR): la parte eccedente, 384,80 €, è reddito tassato.",
        "Contributi al fondo sanitario 2025: 156,00 € su 3.615,20 € esenti "
        "(art. 51 c. 2 lett. a TUIR).",
    ]


def test_a_voucher_cancellation_keeps_its_reason_in_the_history(store: Store) -> None:
    """#17: a voucher issued by mistake is cancelled with a reason the history keeps."""
    from welfare_desk.store.models import JournalEntry

    service, _edition = add_camp(store)
    worker = add_worker(store).worker.id
    budget = programme(store, 30000)
    with UnitOfWork(store) as uow:
        made = issue_voucher(uow, VoucherInput(worker, service, budget), TODAY).voucher
    with UnitOfWork(store) as uow:
        cancel_voucher(uow, made.id, made.version, TODAY, reason="servizio sbagliato")
    with UnitOfWork(store) as uow:
        rows = uow.session.scalars(
            select(JournalEntry.changes).where(
                JournalEntry.entity == "voucher", JournalEntry.entity_id == made.id
            )
        ).all()
    assert any(r.get("motivo") == "servizio sbagliato" for r in rows)


def test_a_voucher_cancellation_is_undone_and_the_ledger_says_so(store: Store) -> None:
    """#17: undone right after, the voucher is issued again and its value leaves the budget
    again, as a movement of the ledger: the ledger is never rewritten."""
    from welfare_desk.catalogue.vouchers import undo_cancel_voucher

    service, _edition = add_camp(store)
    worker = add_worker(store).worker.id
    budget = programme(store, 30000)
    with UnitOfWork(store) as uow:
        made = issue_voucher(uow, VoucherInput(worker, service, budget), TODAY).voucher
    with UnitOfWork(store) as uow:
        undo = cancel_voucher(uow, made.id, made.version, TODAY, reason="errore")
    with UnitOfWork(store) as uow:
        undo_cancel_voucher(uow, undo, TODAY)
    with UnitOfWork(store) as uow:
        (view,) = budgets(uow)
        lines = ledger(uow, budget)
        assert worker_vouchers(uow, worker)[0].status == "issued"
    assert view.balance_cents == 30000 - 12000
    assert [x.movement for x in lines][-3:] == [
        "voucher_issued",
        "voucher_cancelled",
        "voucher_issued",
    ]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="non è annullato"):
        undo_cancel_voucher(uow, undo, TODAY)
