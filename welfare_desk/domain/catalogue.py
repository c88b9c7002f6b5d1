"""The catalogue's vocabulary: kinds of service, price models, periods, who a service is for."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date
from enum import StrEnum

from welfare_desk.domain.problems import Problem
from welfare_desk.domain.text import check_text


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


MAX_AGE = 120
MAX_CAPACITY = 10_000


def service_problems(
    name: str,
    category: str,
    known_categories: Collection[str],
    min_age: int | None,
    max_age: int | None,
    price_model: PriceModel,
    worker_cents: int | None,
    full_cents: int | None,
    tax_class: str,
    known_tax_classes: Collection[str],
) -> list[Problem]:
    """What is wrong with a service as typed or imported, each with what to fix."""
    found = check_text(name, "name", "Nome del servizio", 200)
    if not name.strip():
        found.append(Problem("service.name", "name", "Scrivi il nome del servizio."))
    if category not in known_categories:
        found.append(
            Problem(
                "service.category",
                "category",
                f"La categoria «{category}» non è nel catalogo dei bisogni: scegline una "
                "dall'elenco (ad esempio childcare.holiday_camps).",
            )
        )
    for field, value in (("min_age", min_age), ("max_age", max_age)):
        if value is not None and not 0 <= value <= MAX_AGE:
            found.append(
                Problem("service.age", field, f"L'età va da 0 a {MAX_AGE} anni, non {value}.")
            )
    if min_age is not None and max_age is not None and min_age > max_age:
        found.append(
            Problem(
                "service.age_range",
                "max_age",
                f"L'età massima ({max_age}) è minore della minima ({min_age}).",
            )
        )
    if price_model is PriceModel.SUBSIDISED:
        if worker_cents is None or full_cents is None:
            found.append(
                Problem(
                    "service.price",
                    "worker_price",
                    "Un servizio agevolato ha due prezzi: quello per il lavoratore e quello pieno.",
                )
            )
        elif worker_cents > full_cents:  # equal: the programme pays nothing, still allowed
            found.append(
                Problem(
                    "service.price",
                    "worker_price",
                    "Il prezzo agevolato non può superare il prezzo pieno.",
                )
            )
    if price_model is PriceModel.FULL and full_cents is None:
        found.append(Problem("service.price", "full_price", "Indica il prezzo pieno."))
    if tax_class not in known_tax_classes:
        found.append(
            Problem(
                "service.tax_class",
                "tax_class",
                f"La classificazione fiscale «{tax_class}» non è tra quelle previste "
                "(art. 51 TUIR): scegline una dall'elenco.",
            )
        )
    return found


def edition_problems(
    title: str,
    starts_on: date,
    ends_on: date,
    capacity: int,
    session_days: Iterable[date] = (),
) -> list[Problem]:
    found = check_text(title, "title", "Titolo dell'edizione", 200)
    if not title.strip():
        found.append(Problem("edition.title", "title", "Scrivi il titolo dell'edizione."))
    if ends_on < starts_on:
        found.append(
            Problem(
                "edition.dates",
                "ends_on",
                f"L'edizione finisce il {ends_on:%d/%m/%Y}, prima di cominciare "
                f"({starts_on:%d/%m/%Y}).",
            )
        )
    if not 1 <= capacity <= MAX_CAPACITY:
        found.append(
            Problem(
                "edition.capacity",
                "capacity",
                f"I posti vanno da 1 a {MAX_CAPACITY}, non {capacity}.",
            )
        )
    outside = sorted(d for d in session_days if not starts_on <= d <= ends_on)
    if outside:
        found.append(
            Problem(
                "edition.sessions",
                "sessions",
                f"L'incontro del {outside[0]:%d/%m/%Y} è fuori dalle date dell'edizione.",
            )
        )
    return found
