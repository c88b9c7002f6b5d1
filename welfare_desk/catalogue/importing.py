"""A provider's spreadsheet into the catalogue: one row per edition of a service.

Rows of the same service (same provider and service name) must agree on the service's
facts; a service already in the store is updated, an edition already there (same title
and start) too, the rest is created. Validation is the catalogue's own.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from welfare_desk.catalogue import queries
from welfare_desk.catalogue.offer import catalogue_changed, category_codes
from welfare_desk.catalogue.waitlist import promote_waiting
from welfare_desk.domain.catalogue import (
    PERIOD_LABELS,
    Audience,
    EditionStatus,
    Period,
    PriceModel,
    edition_problems,
    service_problems,
)
from welfare_desk.domain.money import parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.search_text import fold, name_key
from welfare_desk.domain.text import check_text, web_link
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import tax_classes
from welfare_desk.registry.organizations import (
    OrganizationKind,
    clean_name,
    create_organizations,
    organizations_by_key,
)
from welfare_desk.spreadsheets.tabular import Cell
from welfare_desk.spreadsheets.values import ValueReader
from welfare_desk.store.models import Edition, Organization, Service
from welfare_desk.store.uow import UnitOfWork

T = TypeVar("T")
DEFAULT_TAX_CLASS = "c2_f"
# The file's columns and the service's facts they carry: a re-import changes only what
# the file says, and keeps what it does not have a column for.
COLUMN_FIELDS = {
    "category": ("category",),
    "municipality": ("municipality",),
    "address": ("address",),
    "description": ("description",),
    "audience": ("audience",),
    "min_age": ("min_age",),
    "max_age": ("max_age",),
    "price_model": ("price_model",),
    "worker_price": ("worker_price_cents", "price_model"),
    "full_price": ("full_price_cents", "price_model"),
    "voucher_value": ("voucher_value_cents",),
    "tax_class": ("tax_class",),
    "inclusion": ("inclusion_support",),
    "target_categories": ("target_categories",),
    "employers": ("employer_ids",),
}

FIELD_LABELS = {
    "category": "categoria",
    "municipality": "comune",
    "address": "indirizzo",
    "description": "descrizione",
    "audience": "destinatari",
    "min_age": "età minima",
    "max_age": "età massima",
    "price_model": "tariffa",
    "worker_price_cents": "prezzo agevolato",
    "full_price_cents": "prezzo pieno",
    "voucher_value_cents": "valore voucher",
    "tax_class": "classificazione fiscale",
    "inclusion_support": "sostegno all'inclusione",
    "target_categories": "categorie destinatarie",
    "employer_ids": "aziende a cui è riservato",
}

SERVICE_FIELDS = (
    "category",
    "municipality",
    "address",
    "description",
    "audience",
    "min_age",
    "max_age",
    "price_model",
    "worker_price_cents",
    "full_price_cents",
    "voucher_value_cents",
    "tax_class",
    "inclusion_support",
    "target_categories",
    "employer_ids",
)
# The first and last years an edition may run in: a typo like 0001 or 9999 is a row to
# correct, not a date to keep.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _count(value: Cell, label: str, what: str, problems: list[str]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        problems.append(f"{label}: «{value}» non è un numero {what}.")
        return None
    if not number.is_integer():
        problems.append(f"{label}: «{value}» non è un numero intero {what}.")
        return None
    return int(number)


def _age(value: Cell, label: str, problems: list[str]) -> int | None:
    return _count(value, label, "di anni", problems)


def _amount(value: Cell, label: str, problems: list[str]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_euro(value)
    except DomainError as refused:
        problems.append(f"{label}: {refused.message}")
        return None


def _website(written: str, problems: list[str]) -> str | None:
    try:
        return web_link(written)
    except DomainError as refused:
        problems.append(f"Sito web: {refused.message}")
        return None


def _edition_name(period: Period | None, starts: date | None, ends: date | None) -> str:
    """An edition named from what the row says, when the file has no edition column."""
    when = f"dal {starts:%d/%m/%Y} al {ends:%d/%m/%Y}" if starts and ends else ""
    if period is None or period is Period.OTHER:
        return f"Edizione {when}".strip()
    return f"{PERIOD_LABELS[period].capitalize()}, {when}".strip(", ")


def _targets(text: str, reader: ValueReader, row: int, problems: list[str]) -> list[str]:
    found: list[str] = []
    for part in re.split(r"[;,/\n]+", text):
        if part.strip():
            value = reader.read("target_category", part.strip(), row, problems)
            if value is not None and value not in found:
                found.append(value)
    return found


def _employers(
    text: str, employers: dict[str, tuple[uuid.UUID, str]], problems: list[str]
) -> list[str]:
    found: list[str] = []
    for part in re.split(r"[;/\n]+", text):
        if not part.strip():
            continue
        known = employers.get(name_key(part))
        if known is None:
            names = ", ".join(f"«{n}»" for _, n in sorted(employers.values(), key=lambda e: e[1]))
            problems.append(
                f"Riservato alle aziende: «{part.strip()}» non è un'azienda in archivio "
                f"(aziende: {names or 'nessuna'}). Importa prima i suoi lavoratori o "
                "correggi il nome."
            )
        elif str(known[0]) not in found:
            found.append(str(known[0]))
    return found


def parse_row(
    cells: list[Cell],
    mapping: dict[str, int],
    text: Callable[[Cell], str],
    read_date: Callable[[Cell, str, list[str]], date | None],
    reader: ValueReader,
    row: int,
    employers: dict[str, tuple[uuid.UUID, str]],
) -> tuple[dict[str, Any], list[str], list[str]]:
    """One edition row: its values, what is wrong with it, what to check. Coded values
    are read through the vocabularies; what they cannot read waits for the person."""
    problems: list[str] = []

    def cell(key: str) -> Cell:
        index = mapping.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    def coded(name: str, key: str) -> str | None:
        written = text(cell(key))
        return reader.read(name, written, row, problems) if written else None

    provider, service = clean_name(text(cell("provider"))), text(cell("service"))
    for value, label in ((provider, "Ente erogatore"), (service, "Servizio")):
        if not value:
            problems.append(f"{label}: manca.")
    for key, label, size in (
        ("website", "Sito web", 300),
        ("provider", "Ente erogatore", 200),
        ("service", "Servizio", 200),
        ("edition", "Edizione", 200),
        ("municipality", "Comune", 80),
        ("address", "Indirizzo", 200),
        ("description", "Descrizione", 5000),
    ):
        problems += [p.message for p in check_text(text(cell(key)), key, label, size)]
    category_text = text(cell("category"))
    category = coded("category", "category")
    if not category_text:
        problems.append("Categoria: manca (ad esempio «Centri estivi» o «Prima infanzia»).")
    starts = read_date(cell("starts_on"), "Data inizio", problems)
    ends = read_date(cell("ends_on"), "Data fine", problems)
    for day, label in ((starts, "Data inizio"), (ends, "Data fine")):
        if day is None and not any(p.startswith(label) for p in problems):
            problems.append(f"{label}: manca.")
        elif day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            problems.append(
                f"{label}: {day:%d/%m/%Y} non è una data plausibile per un'edizione "
                f"(anni dal {FIRST_YEAR} al {LAST_YEAR}): correggi l'anno."
            )
    capacity = _count(cell("capacity"), "Posti", "di posti", problems)
    if capacity is None and not any(p.startswith("Posti") for p in problems):
        problems.append("Posti: manca il numero di posti.")
    period_code = coded("period", "period")
    period = Period(period_code) if period_code else None
    audience_code = coded("audience", "audience")
    audience = Audience(audience_code) if audience_code else None
    worker_price = _amount(cell("worker_price"), "Prezzo agevolato", problems)
    full_price = _amount(cell("full_price"), "Prezzo pieno", problems)
    price_code = coded("price_model", "price_model")
    if price_code:
        price_model: PriceModel | None = PriceModel(price_code)
    elif text(cell("price_model")):
        price_model = None  # written, not read: the person chooses
    elif worker_price == 0 and not full_price:
        price_model = PriceModel.FREE  # nothing to pay, nothing to subsidise
    elif worker_price is not None:
        price_model = PriceModel.SUBSIDISED
    elif full_price is not None:
        price_model = PriceModel.FULL
    else:
        price_model = PriceModel.FREE
    warnings: list[str] = []
    tax_text = text(cell("tax_class"))
    tax = coded("tax_class", "tax_class")
    if not tax_text:
        tax = DEFAULT_TAX_CLASS
        warnings.append(
            "Classificazione fiscale non indicata: per un servizio nuovo vale art. 51 c. 2 "
            "lett. f TUIR (non fringe benefit); verificala nella scheda del servizio."
        )
    edition = text(cell("edition")) or _edition_name(period, starts, ends)
    inclusion = text(cell("inclusion"))
    values: dict[str, Any] = {
        "provider": provider,
        "service": service,
        "edition": edition,
        "category": category,
        "starts_on": starts,
        "ends_on": ends,
        "capacity": capacity,
        "period": period,
        "municipality": text(cell("municipality")) or None,
        "address": text(cell("address")) or None,
        "description": text(cell("description")) or None,
        "audience": audience,
        "min_age": _age(cell("min_age"), "Età minima", problems),
        "max_age": _age(cell("max_age"), "Età massima", problems),
        "price_model": price_model or PriceModel.FREE,
        "worker_price_cents": worker_price,
        "full_price_cents": full_price,
        "voucher_value_cents": _amount(cell("voucher_value"), "Valore voucher", problems),
        "tax_class": tax,
        "tax_given": bool(tax_text),
        "inclusion_support": bool(inclusion)
        and reader.read("yes_no", inclusion, row, problems) == "yes",
        "target_categories": _targets(text(cell("target_categories")), reader, row, problems),
        "employer_ids": _employers(text(cell("employers")), employers, problems),
        "website": _website(text(cell("website")), problems),
    }
    if not problems:
        found = service_problems(
            service,
            category or "",
            category_codes(),
            values["min_age"],
            values["max_age"],
            price_model or PriceModel.FREE,
            worker_price,
            full_price,
            tax or "",
            tax_classes(),
        )
        assert starts is not None and ends is not None and capacity is not None
        found += edition_problems(edition, starts, ends, capacity)
        problems += [p.message for p in found if p.is_error]
    return values, problems, warnings


def group_key(values: dict[str, Any]) -> tuple[str, str]:
    return name_key(values["provider"]), name_key(values["service"])


def edition_key(values: dict[str, Any]) -> tuple[str, str, str, date]:
    return (*group_key(values), fold(values["edition"]), values["starts_on"])


def check_same_service(values: dict[str, Any], first: dict[str, Any], first_row: int) -> str | None:
    """Rows of one service must describe it alike: the first says how."""
    differ = [FIELD_LABELS[k] for k in SERVICE_FIELDS if values[k] != first[k]]
    if differ:
        return (
            f"il servizio «{values['service']}» è descritto diversamente alla riga {first_row} "
            f"({', '.join(differ)}): una riga per edizione, con gli stessi dati del servizio."
        )
    return None


def taken_places(uow: UnitOfWork, rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], int]:
    """Places already held in the editions the file updates, by edition key."""
    providers = organizations_by_key(uow)
    found: dict[tuple[Any, ...], int] = {}
    for row in rows:
        provider = providers.get(name_key(row["provider"]))
        if provider is None:
            continue
        taken = queries.places_taken(
            uow, provider.id, name_key(row["service"]), row["edition"], row["starts_on"]
        )
        if taken:
            found[edition_key(row)] = taken
    return found


def write(
    uow: UnitOfWork, rows: list[dict[str, Any]], columns: set[str]
) -> tuple[int, int, int, list[str]]:
    """Writes the valid rows: editions created, updated and unchanged, new providers.
    `columns` are the file's: a service already in the store changes only in those."""
    told = {field for column in columns for field in COLUMN_FIELDS.get(column, ())}
    known = set(organizations_by_key(uow))
    providers = create_organizations(uow, [r["provider"] for r in rows], OrganizationKind.PROVIDER)
    new_providers = sorted(
        {
            name_key(r["provider"]): r["provider"]
            for r in rows
            if name_key(r["provider"]) not in known
        }.values()
    )
    for row in rows:  # a provider's site, where its rows give one
        if row.get("website"):
            provider = uow.get(Organization, providers[name_key(row["provider"])])
            if provider is not None and provider.website != row["website"]:
                provider.website = row["website"]
    services: dict[tuple[str, str], uuid.UUID] = {}
    created = updated = unchanged = 0
    for row in rows:
        key = group_key(row)
        provider_id = providers[key[0]]
        values = {k: row[k] for k in SERVICE_FIELDS}
        values["audience"] = (row["audience"] or Audience.FAMILY).value
        values["price_model"] = row["price_model"].value
        if key not in services:
            service = queries.service_keyed(uow, provider_id, key[1])
            if service is None:
                service = Service(
                    name=row["service"],
                    name_key=key[1],
                    kind="service",
                    provider_id=provider_id,
                    municipalities=[],
                    active=True,
                    **values,
                )
                uow.add(service)
            else:
                for field, value in values.items():
                    if field in told and not (field == "tax_class" and not row["tax_given"]):
                        setattr(service, field, value)
            uow.flush()
            services[key] = service.id
        service_id = services[key]
        edition = queries.locked_edition_named(uow, service_id, row["edition"], row["starts_on"])
        if edition is None:
            uow.add(
                Edition(
                    service_id=service_id,
                    title=row["edition"],
                    period=(row["period"] or Period.OTHER).value,
                    starts_on=row["starts_on"],
                    ends_on=row["ends_on"],
                    status=EditionStatus.OPEN.value,
                    capacity=row["capacity"],
                    taken=0,
                    waiting=0,
                )
            )
            created += 1
        else:
            wanted = {
                "ends_on": row["ends_on"],
                "period": (row["period"] or Period.OTHER).value,
                "capacity": row["capacity"],
            }
            if all(getattr(edition, k) == v for k, v in wanted.items()):
                unchanged += 1
            else:
                if row["capacity"] < edition.taken:  # taken since the plan was checked
                    raise InvalidInput(
                        f"L'edizione «{edition.title}» ha ora {edition.taken} posti occupati: "
                        f"i posti non possono scendere a {row['capacity']}. Nulla è stato "
                        "importato: correggi il file e riprova."
                    )
                for field, value in wanted.items():
                    setattr(edition, field, value)
                promote_waiting(uow, edition)
                updated += 1
    catalogue_changed(uow)
    uow.flush()
    return created, updated, unchanged, new_providers
