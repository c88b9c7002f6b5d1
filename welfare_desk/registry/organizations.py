"""Organizations: employers, providers, public bodies, matched by a folded name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from welfare_desk.domain.search_text import name_key
from welfare_desk.registry import queries
from welfare_desk.store.models import Organization
from welfare_desk.store.uow import UnitOfWork


class OrganizationKind(StrEnum):
    EMPLOYER = "employer"
    PROVIDER = "provider"
    PUBLIC_BODY = "public_body"
    OTHER = "other"


KIND_LABELS = {
    OrganizationKind.EMPLOYER: "datore di lavoro",
    OrganizationKind.PROVIDER: "ente erogatore",
    OrganizationKind.PUBLIC_BODY: "ente pubblico",
    OrganizationKind.OTHER: "altro",
}


@dataclass(frozen=True, slots=True)
class OrganizationView:
    id: uuid.UUID
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class EmployerView:
    id: uuid.UUID
    version: int
    name: str
    public_administration: bool


def employers(uow: UnitOfWork) -> list[EmployerView]:
    return [EmployerView(*row) for row in queries.employer_rows(uow)]


def mark_public_administration(
    uow: UnitOfWork, organization_id: uuid.UUID, version: int, public: bool
) -> EmployerView:
    """A public administration (art. 1 c. 2 D.Lgs. 165/2001) tells the Ministry of its
    smart-working agreements by the 20th of the following month, not within five days:
    the communications owed from now on take its term."""
    employer = uow.load(
        Organization,
        organization_id,
        version,
        changed=lambda o: (
            f"{o.name} è stato modificato da un'altra postazione: ricarica, poi riprova."
        ),
    )
    employer.public_administration = public
    uow.flush()
    view = EmployerView(employer.id, employer.version, employer.name, public)
    uow.commit()
    return view


def clean_name(name: str) -> str:
    """Spaces as one, and no leading = + - @: what a spreadsheet would run is no part of a
    name, and «=Officine» is Officine (its key is the same)."""
    return " ".join(name.lstrip("=+-@ \t").split())


def organizations_by_key(uow: UnitOfWork) -> dict[str, OrganizationView]:
    return {
        key: OrganizationView(id_, name, kind)
        for id_, name, key, kind in queries.organization_rows(uow)
    }


def list_organizations(uow: UnitOfWork) -> list[OrganizationView]:
    return [OrganizationView(*row) for row in queries.organizations_by_name(uow)]


def create_organizations(
    uow: UnitOfWork, names: list[str], kind: OrganizationKind = OrganizationKind.EMPLOYER
) -> dict[str, uuid.UUID]:
    """Creates the organizations not yet in the store; returns every name's id by key."""
    known = organizations_by_key(uow)
    missing: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        if key and key not in known and key not in missing:
            missing[key] = clean_name(name)
    ids = uow.insert_many(
        Organization,
        [{"name": n, "name_key": k, "kind": kind.value} for k, n in missing.items()],
    )
    result = {key: view.id for key, view in known.items()}
    result.update(dict(zip(missing, ids, strict=True)))
    return result


def social_points_by_code(uow: UnitOfWork) -> list[tuple[str, str]]:
    """The programme's social points: (code, name), to assign them to an operator."""
    return queries.social_point_codes(uow)


def social_points(uow: UnitOfWork) -> list[tuple[uuid.UUID, str]]:
    """The programme's social points, by code: (id, name)."""
    return queries.social_point_rows(uow)
