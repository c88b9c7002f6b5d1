"""Budgets as ledgers: a balance is always the sum of its movements, never below zero.

A voucher is nominal, for one service, at face value, never cash, never transferable:
issuing draws its value from a budget, cancelling gives it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from welfare_desk.domain.money import format_euro
from welfare_desk.domain.problems import DomainError


class Movement(StrEnum):
    ALLOCATION = "allocation"  # money put into the budget (positive)
    REDUCTION = "reduction"  # money taken back from the budget (negative)
    VOUCHER_ISSUED = "voucher_issued"  # negative
    VOUCHER_CANCELLED = "voucher_cancelled"  # positive, the voucher's value back


MOVEMENT_LABELS = {
    Movement.ALLOCATION: "stanziamento",
    Movement.REDUCTION: "riduzione",
    Movement.VOUCHER_ISSUED: "voucher emesso",
    Movement.VOUCHER_CANCELLED: "voucher annullato",
}


class BudgetKind(StrEnum):
    PROGRAMME = "programme"  # a funded programme's line, by action and partner
    ALLOWANCE = "allowance"  # one worker's yearly welfare allowance from the employer's plan


class VoucherStatus(StrEnum):
    ISSUED = "issued"
    USED = "used"
    CANCELLED = "cancelled"


VOUCHER_STATUS_LABELS = {
    VoucherStatus.ISSUED: "emesso",
    VoucherStatus.USED: "utilizzato",
    VoucherStatus.CANCELLED: "annullato",
}


def balance(amounts: Iterable[int]) -> int:
    return sum(amounts)


def check_draw(available: int, amount: int, budget_name: str) -> None:
    """Refuses a draw that is not positive or that would take the budget below zero."""
    if amount <= 0:
        raise DomainError("amount", "Il valore del voucher deve essere maggiore di zero.")
    if amount > available:
        raise DomainError(
            "budget_exhausted",
            f"Il budget «{budget_name}» ha {format_euro(available)} disponibili: "
            f"non basta per {format_euro(amount)}. Scegli un altro budget o un valore minore.",
        )


def check_reduction(available: int, amount: int, budget_name: str) -> None:
    if amount <= 0:
        raise DomainError("amount", "L'importo della riduzione deve essere maggiore di zero.")
    if amount > available:
        raise DomainError(
            "budget_exhausted",
            f"Il budget «{budget_name}» ha {format_euro(available)} disponibili: "
            f"non si può ridurre di {format_euro(amount)}.",
        )


def check_cancel(status: VoucherStatus) -> None:
    if status is VoucherStatus.CANCELLED:
        raise DomainError("voucher_cancelled", "Il voucher è già annullato.")
    if status is VoucherStatus.USED:
        raise DomainError(
            "voucher_used",
            "Il voucher è già stato utilizzato: non si può annullare né convertire in denaro.",
        )


@dataclass
class Ledger:
    """The rules on plain values: what the store does, checked without a store."""

    name: str
    entries: list[tuple[Movement, int]] = field(default_factory=list)

    @property
    def balance(self) -> int:
        return balance(amount for _, amount in self.entries)

    def allocate(self, amount: int) -> None:
        if amount <= 0:
            raise DomainError("amount", "Lo stanziamento deve essere maggiore di zero.")
        self.entries.append((Movement.ALLOCATION, amount))

    def reduce(self, amount: int) -> None:
        check_reduction(self.balance, amount, self.name)
        self.entries.append((Movement.REDUCTION, -amount))

    def issue(self, amount: int) -> None:
        check_draw(self.balance, amount, self.name)
        self.entries.append((Movement.VOUCHER_ISSUED, -amount))

    def give_back(self, amount: int) -> None:
        self.entries.append((Movement.VOUCHER_CANCELLED, amount))
