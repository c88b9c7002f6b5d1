"""The catalogue's and the vouchers' figures for `stats`."""

from __future__ import annotations

from typing import Any

from welfare_desk.catalogue.enrollments import counts_by_status
from welfare_desk.catalogue.offer import catalogue_counts
from welfare_desk.catalogue.vouchers import totals
from welfare_desk.store.uow import UnitOfWork


def counts(uow: UnitOfWork) -> dict[str, Any]:
    services, editions = catalogue_counts(uow)
    issued, value_cents = totals(uow)
    return {
        "services": services,
        "editions": editions,
        "enrollments_by_status": counts_by_status(uow),
        "vouchers_issued": issued,
        "vouchers_value": round(value_cents / 100, 2),
    }
