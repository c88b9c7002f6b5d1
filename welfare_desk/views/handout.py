"""The welfare-day handout: the catalogue by area for one employer's workers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ProviderContact:
    """Who runs a service and how to reach them; the agreement's contact fills what the
    provider's own record lacks."""

    name: str
    person: str | None
    phone: str | None
    email: str | None
    website: str | None = None


@dataclass(frozen=True, slots=True)
class HandoutEdition:
    title: str
    starts_on: date
    ends_on: date
    places_left: int
    waiting: int


@dataclass(frozen=True, slots=True)
class HandoutService:
    id: uuid.UUID
    name: str
    need_label: str | None  # the need within the category, when the service names one
    kind_label: str
    description: str | None
    provider: ProviderContact
    where: str | None
    for_whom: str
    price_cents: int  # what the worker pays, after the subsidy
    full_price_cents: int | None  # the price without the subsidy, when there is one
    editions: tuple[HandoutEdition, ...]
    link: str  # what the QR code holds
    price_unit: str = ""  # «a settimana», «per edizione»: what the price buys
    reserved_to: tuple[str, ...] = ()  # the employers whose workers alone may use it


@dataclass(frozen=True, slots=True)
class HandoutSection:
    code: str
    label: str
    services: tuple[HandoutService, ...]


@dataclass(frozen=True, slots=True)
class HandoutFilters:
    employer: str | None
    category: str | None  # the Italian label
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Handout:
    printed_on: date
    filters: HandoutFilters
    sections: tuple[HandoutSection, ...]

    @property
    def service_count(self) -> int:
        return sum(len(s.services) for s in self.sections)
