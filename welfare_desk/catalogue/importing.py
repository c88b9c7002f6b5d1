"""A provider's spreadsheet into the catalogue: one row per edition of a service.

Rows of the same service (same provider and service name) must agree on the service's
facts; a service already in the store is updated, an edition already there (same title
and start) too, the rest is created. Validation is the catalogue's own.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from welfare_desk.catalogue import queries
from welfare_desk.catalogue.offer import catalogue_changed, category_codes
from welfare_desk.catalogue.waitlist import promote_waiting
from welfare_desk.domain.catalogue import (
    Audience,
    EditionStatus,
    Period,
    PriceModel,
    edition_problems,
    service_problems,
)
from welfare_desk.domain.money import parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.domain.search_text import fold
from welfare_desk.domain.text import check_text
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import need_taxonomy, tax_classes
from welfare_desk.registry.organizations import (
    OrganizationKind,
    create_organizations,
    name_key,
    organizations_by_key,
)
from welfare_desk.spreadsheets.tabular import Cell
from welfare_desk.store.models import Edition, Service
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
)
_PERIODS = {
    **{w: Period.CHRISTMAS for w in ("natale", "vacanze di natale", "christmas")},
    **{w: Period.CARNIVAL for w in ("carnevale", "carnival")},
    **{w: Period.EASTER for w in ("pasqua", "vacanze di pasqua", "easter")},
    **{w: Period.SUMMER for w in ("estate", "estivo", "estiva", "summer")},
    **{w: Period.SCHOOL_YEAR for w in ("anno scolastico", "scuola", "school year")},
    **{w: Period.OTHER for w in ("", "altro", "other")},
    **{fold(p.value): p for p in Period},
}
_AUDIENCES = {
    **{w: Audience.CHILDREN for w in ("figli", "figlio", "bambini", "minori", "children")},
    **{w: Audience.WORKER for w in ("lavoratore", "lavoratori", "dipendenti", "worker")},
    **{w: Audience.FAMILY for w in ("", "famiglia", "tutti", "familiari", "family")},
    **{fold(a.value): a for a in Audience},
}
_PRICES = {
    **{w: PriceModel.FREE for w in ("gratuito", "gratis", "free", "0")},
    **{w: PriceModel.SUBSIDISED for w in ("agevolato", "agevolata", "scontato", "subsidised")},
    **{w: PriceModel.FULL for w in ("pieno", "intero", "prezzo pieno", "full")},
    **{fold(p.value): p for p in PriceModel},
}
_TAX_WORDS = {
    "f": "c2_f",
    "lett f": "c2_f",
    "c 2 lett f": "c2_f",
    "fbis": "c2_fbis",
    "f bis": "c2_fbis",
    "lett f bis": "c2_fbis",
    "c 2 lett f bis": "c2_fbis",
    "fter": "c2_fter",
    "f ter": "c2_fter",
    "lett f ter": "c2_fter",
    "c 2 lett f ter": "c2_fter",
    "fringe": "c3_fringe",
    "fringe benefit": "c3_fringe",
    "c 3": "c3_fringe",
    "comma 3": "c3_fringe",
}


def _categories() -> dict[str, str]:
    """Codes, and the Italian labels of needs and of whole categories, to codes."""
    taxonomy = need_taxonomy()
    found = {fold(c): c for c in category_codes()}
    found |= {fold(k.label): k.code for k in taxonomy.kinds}
    found |= {fold(label): code for code, label in taxonomy.categories}
    return found


def _choice(
    value: str, words: dict[str, T], label: str, examples: str, problems: list[str]
) -> T | None:
    found = words.get(fold(value))
    if found is None:
        problems.append(f"{label}: «{value}» non è tra i valori previsti ({examples}).")
    return found


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


def parse_row(
    cells: list[Cell],
    mapping: dict[str, int],
    text: Callable[[Cell], str],
    read_date: Callable[[Cell, str, list[str]], date | None],
    yes_no: Callable[[Cell, str, list[str]], bool],
) -> tuple[dict[str, Any], list[str], list[str]]:
    """One edition row: its values, what is wrong with it, what to check."""
    problems: list[str] = []

    def cell(key: str) -> Cell:
        index = mapping.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    provider, service, edition = (
        text(cell("provider")),
        text(cell("service")),
        text(cell("edition")),
    )
    for value, label in (
        (provider, "Ente erogatore"),
        (service, "Servizio"),
        (edition, "Edizione"),
    ):
        if not value:
            problems.append(f"{label}: manca.")
    for key, label, size in (
        ("provider", "Ente erogatore", 200),
        ("service", "Servizio", 200),
        ("edition", "Edizione", 200),
        ("municipality", "Comune", 80),
        ("address", "Indirizzo", 200),
        ("description", "Descrizione", 5000),
    ):
        problems += [p.message for p in check_text(text(cell(key)), key, label, size)]
    category_text = text(cell("category"))
    category = _categories().get(fold(category_text))
    if category is None:
        problems.append(
            f"Categoria: «{category_text}» non è nel catalogo dei bisogni (ad esempio "
            "«Centri estivi e campus nelle chiusure scolastiche» o childcare.holiday_camps)."
        )
    starts = read_date(cell("starts_on"), "Data inizio", problems)
    ends = read_date(cell("ends_on"), "Data fine", problems)
    for day, label in ((starts, "Data inizio"), (ends, "Data fine")):
        if day is None and not any(p.startswith(label) for p in problems):
            problems.append(f"{label}: manca.")
    capacity = _count(cell("capacity"), "Posti", "di posti", problems)
    if capacity is None and not any(p.startswith("Posti") for p in problems):
        problems.append("Posti: manca il numero di posti.")
    period = _choice(
        text(cell("period")),
        _PERIODS,
        "Periodo",
        "Natale, Carnevale, Pasqua, estate, anno scolastico, altro",
        problems,
    )
    audience = _choice(
        text(cell("audience")), _AUDIENCES, "Destinatari", "figli, lavoratore, famiglia", problems
    )
    price_text = text(cell("price_model"))
    worker_price = _amount(cell("worker_price"), "Prezzo agevolato", problems)
    full_price = _amount(cell("full_price"), "Prezzo pieno", problems)
    if price_text:
        price_model = _choice(
            price_text, _PRICES, "Tariffa", "gratuito, agevolato, pieno", problems
        )
    elif worker_price is not None:
        price_model = PriceModel.SUBSIDISED
    elif full_price is not None:
        price_model = PriceModel.FULL
    else:
        price_model = PriceModel.FREE
    warnings: list[str] = []
    tax_text = text(cell("tax_class"))
    tax = tax_text if tax_text in tax_classes() else _TAX_WORDS.get(fold(tax_text))
    if not tax_text:
        tax = DEFAULT_TAX_CLASS
        warnings.append(
            "Classificazione fiscale non indicata: per un servizio nuovo vale art. 51 c. 2 "
            "lett. f TUIR (non fringe benefit); verificala nella scheda del servizio."
        )
    if tax is None:
        problems.append(
            f"Classificazione fiscale: «{tax_text}» non è prevista; scrivi ad esempio f, f-bis, "
            "f-ter o fringe (art. 51 TUIR)."
        )
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
        "price_model": price_model,
        "worker_price_cents": worker_price,
        "full_price_cents": full_price,
        "voucher_value_cents": _amount(cell("voucher_value"), "Valore voucher", problems),
        "tax_class": tax,
        "tax_given": bool(tax_text),
        "inclusion_support": yes_no(cell("inclusion"), "Sostegno all'inclusione", problems),
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
    new_providers = sorted({r["provider"] for r in rows if name_key(r["provider"]) not in known})
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
                    target_categories=[],
                    employer_ids=[],
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
