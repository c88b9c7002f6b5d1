"""The catalogue's vocabulary: kinds of service, price models, periods, who a service is for."""

from __future__ import annotations

from enum import StrEnum


class ServiceKind(StrEnum):
    SERVICE = "service"
    EVENT = "event"  # a welfare day
    WORKSHOP = "workshop"
    COURSE = "course"  # e.g. financial education


class PriceModel(StrEnum):
    FREE = "free"
    SUBSIDISED = "subsidised"  # a worker price below the full price
    FULL = "full"


class Period(StrEnum):
    CHRISTMAS = "christmas"
    CARNIVAL = "carnival"
    EASTER = "easter"
    SUMMER = "summer"
    SCHOOL_YEAR = "school_year"
    OTHER = "other"


class Audience(StrEnum):
    """Who a service is for: whose age the range applies to."""

    CHILDREN = "children"
    WORKER = "worker"
    FAMILY = "family"  # the worker or any household member


class EditionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


KIND_LABELS = {
    ServiceKind.SERVICE: "servizio",
    ServiceKind.EVENT: "welfare day",
    ServiceKind.WORKSHOP: "laboratorio",
    ServiceKind.COURSE: "corso",
}

PRICE_LABELS = {
    PriceModel.FREE: "gratuito",
    PriceModel.SUBSIDISED: "agevolato",
    PriceModel.FULL: "a prezzo pieno",
}

PERIOD_LABELS = {
    Period.CHRISTMAS: "vacanze di Natale",
    Period.CARNIVAL: "Carnevale",
    Period.EASTER: "vacanze di Pasqua",
    Period.SUMMER: "estate",
    Period.SCHOOL_YEAR: "anno scolastico",
    Period.OTHER: "altro periodo",
}

AUDIENCE_LABELS = {
    Audience.CHILDREN: "figli",
    Audience.WORKER: "lavoratore",
    Audience.FAMILY: "lavoratore e familiari",
}


def worker_price(model: PriceModel, worker_cents: int | None, full_cents: int | None) -> int:
    """What the worker pays after the subsidy."""
    if model is PriceModel.FREE:
        return 0
    if model is PriceModel.SUBSIDISED:
        return worker_cents or 0
    return full_cents or 0
