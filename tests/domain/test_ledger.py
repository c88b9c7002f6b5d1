"""Budgets: the balance is the ledger's sum and never goes below zero, whatever happens."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.ledger import Ledger, Movement, VoucherStatus, check_cancel
from welfare_desk.domain.problems import DomainError

operations = st.lists(
    st.tuples(
        st.sampled_from(["allocate", "issue", "cancel", "reduce"]),
        st.integers(min_value=-500, max_value=50_000),
    ),
    max_size=60,
)


@given(operations)
def test_the_balance_is_the_sum_and_never_negative(steps: list[tuple[str, int]]) -> None:
    ledger = Ledger("Lodigiano Welfare – azione 1")
    issued: list[int] = []
    for op, amount in steps:
        before = ledger.balance
        try:
            if op == "allocate":
                ledger.allocate(amount)
            elif op == "issue":
                ledger.issue(amount)
                issued.append(amount)
            elif op == "reduce":
                ledger.reduce(amount)
            elif issued:
                ledger.give_back(issued.pop(amount % len(issued)))
        except DomainError:
            assert ledger.balance == before  # a refused movement leaves nothing behind
        assert ledger.balance == sum(a for _, a in ledger.entries)
        assert ledger.balance >= 0
    allocated = sum(a for m, a in ledger.entries if m is Movement.ALLOCATION)
    outstanding = sum(issued)
    reduced = -sum(a for m, a in ledger.entries if m is Movement.REDUCTION)
    assert ledger.balance == allocated - outstanding - reduced


def test_a_voucher_larger_than_the_balance_is_refused_with_the_figures() -> None:
    ledger = Ledger("Piano welfare 2026")
    ledger.allocate(50_000)
    with pytest.raises(DomainError) as refused:
        ledger.issue(60_000)
    assert refused.value.message == (
        "Il budget «Piano welfare 2026» ha 500,00 € disponibili: non basta per 600,00 €. "
        "Scegli un altro budget o un valore minore."
    )
    ledger.issue(50_000)
    assert ledger.balance == 0


def test_a_used_voucher_cannot_be_cancelled_into_cash() -> None:
    with pytest.raises(DomainError, match="convertire in denaro"):
        check_cancel(VoucherStatus.USED)
    with pytest.raises(DomainError, match="già annullato"):
        check_cancel(VoucherStatus.CANCELLED)
    check_cancel(VoucherStatus.ISSUED)
