"""Fringe benefits (art. 51 c. 3 TUIR): the yearly threshold and the warning before it.

The thresholds are reference data (db/reference/fringe_thresholds.json) with their
sources; over the threshold the whole amount is taxed, not only the excess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from welfare_desk.domain.money import format_euro, parse_euro

NEAR_SHARE = 0.8  # warn from 80% of the threshold


@dataclass(frozen=True, slots=True)
class Threshold:
    year: int
    base_cents: int
    with_children_cents: int
    source: str

    def for_worker(self, dependent_children: bool) -> int:
        return self.with_children_cents if dependent_children else self.base_cents


class FringeLevel(StrEnum):
    WITHIN = "within"
    NEAR = "near"
    OVER = "over"


@dataclass(frozen=True, slots=True)
class FringeCheck:
    year: int
    used_cents: int  # before this voucher
    adding_cents: int
    threshold_cents: int
    level: FringeLevel
    children_without_code: int = 0  # dependent, but not declared with a codice fiscale

    @property
    def after_cents(self) -> int:
        return self.used_cents + self.adding_cents

    @property
    def message(self) -> str:
        used = format_euro(self.after_cents)
        limit = format_euro(self.threshold_cents)
        if self.level is FringeLevel.OVER:
            return (
                f"Fringe benefit {self.year}: con questo voucher si arriva a {used}, oltre la "
                f"soglia di {limit}. Oltre la soglia l'intero importo diventa reddito "
                "tassato, non solo l'eccedenza." + self._children_hint()
            )
        if self.level is FringeLevel.NEAR:
            return (
                f"Fringe benefit {self.year}: con questo voucher si arriva a {used} della "
                f"soglia di {limit}."
            )
        return f"Fringe benefit {self.year}: {used} su {limit}."

    def _children_hint(self) -> str:
        count = self.children_without_code
        if not count:
            return ""
        who = "C'è 1 figlio a carico" if count == 1 else f"Ci sono {count} figli a carico"
        return (
            f" {who} senza codice fiscale: la soglia più alta richiede la dichiarazione dei "
            "figli a carico con il loro codice fiscale; registralo nella famiglia."
        )


def thresholds_from(data: Mapping[str, Any]) -> dict[int, Threshold]:
    years: Sequence[Mapping[str, Any]] = data["years"]
    found: dict[int, Threshold] = {}
    for row in years:
        base = parse_euro(row["base"])
        with_children = parse_euro(row.get("with_dependent_children", row["base"]))
        found[int(row["year"])] = Threshold(int(row["year"]), base, with_children, row["source"])
    return found


def threshold_for(year: int, table: Mapping[int, Threshold]) -> Threshold:
    """The year's threshold; a year not in the table takes the latest earlier one, so a
    desk not yet updated for a new law errs on the known rule."""
    if year in table:
        return table[year]
    earlier = [y for y in table if y < year]
    return table[max(earlier)] if earlier else table[min(table)]


def check(
    year: int,
    used_cents: int,
    adding_cents: int,
    dependent_children: bool,
    table: Mapping[int, Threshold],
    children_without_code: int = 0,
) -> FringeCheck:
    """`dependent_children`: declared with their codici fiscali, as the higher threshold
    of L. 207/2024 c. 390 requires; those without a code are only said."""
    limit = threshold_for(year, table).for_worker(dependent_children)
    after = used_cents + adding_cents
    if after > limit:
        level = FringeLevel.OVER
    elif after * 10 >= limit * int(NEAR_SHARE * 10):
        level = FringeLevel.NEAR
    else:
        level = FringeLevel.WITHIN
    hint = 0 if dependent_children else children_without_code
    return FringeCheck(year, used_cents, adding_cents, limit, level, hint)


WIDE_CASH_DAY = 12  # art. 51 c. 1 TUIR: given by 12 January, it may count for the year before


def tax_years(day: date) -> tuple[int, ...]:
    """The tax periods a benefit given on `day` may belong to: the year itself, and in the
    first twelve days of January the year before («cassa allargata»)."""
    if day.month == 1 and day.day <= WIDE_CASH_DAY:
        return (day.year, day.year - 1)
    return (day.year,)


class BenefitKind(StrEnum):
    """What else an employer gives that counts toward the same threshold (art. 51 c. 3
    TUIR; L. 207/2024 c. 390 for utilities, rent and mortgage interest on the main home;
    art. 51 c. 4 lett. a for the company car)."""

    UTILITIES = "utilities"
    RENT = "rent"
    MORTGAGE_INTEREST = "mortgage_interest"
    COMPANY_CAR = "company_car"
    OTHER_PLATFORM = "other_platform"
    OTHER = "other"
    # art. 51 c. 2 lett. a: not a fringe benefit; exempt up to its own cap, only the excess
    # taxed. Kept with the others because payroll states it on the same sheet.
    HEALTH_FUND = "health_fund"


FRINGE_KINDS = tuple(k for k in BenefitKind if k is not BenefitKind.HEALTH_FUND)


BENEFIT_LABELS = {
    BenefitKind.UTILITIES: "utenze domestiche (acqua, luce, gas)",
    BenefitKind.RENT: "affitto della prima casa",
    BenefitKind.MORTGAGE_INTEREST: "interessi del mutuo sulla prima casa",
    BenefitKind.COMPANY_CAR: "auto aziendale a uso promiscuo",
    BenefitKind.OTHER_PLATFORM: "beni e servizi di un'altra piattaforma welfare",
    BenefitKind.OTHER: "altro fringe benefit",
    BenefitKind.HEALTH_FUND: "contributi a un fondo sanitario (art. 51 c. 2 lett. a TUIR)",
}
