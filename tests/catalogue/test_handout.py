"""The welfare-day handout on a real store: filters, prices after subsidy, contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers import MOSAICO, add_camp, add_course, add_member, add_worker
from welfare_desk.catalogue.enrollments import enroll
from welfare_desk.catalogue.handout import handout
from welfare_desk.catalogue.offer import (
    AgreementInput,
    EditionInput,
    ProviderInput,
    save_agreement,
    save_edition,
    save_provider,
)
from welfare_desk.domain.catalogue import Audience, EditionStatus, Period, PriceModel
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Edition, Organization
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 5, 4)
OFFICINE = "Officine Lodigiane S.p.A."
LOGISTICA = "Logistica Adda S.r.l."
SANTA_CHIARA = "Fondazione Santa Chiara Lodi"


@dataclass(frozen=True)
class Catalogue:
    camp: uuid.UUID
    nursery: uuid.UUID
    course: uuid.UUID
    elderly: uuid.UUID
    officine: uuid.UUID
    logistica: uuid.UUID


def _edition(
    store: Store,
    service: uuid.UUID,
    title: str,
    starts: date,
    ends: date,
    capacity: int = 20,
    status: EditionStatus = EditionStatus.OPEN,
) -> uuid.UUID:
    with UnitOfWork(store) as uow:
        return save_edition(
            uow, EditionInput(service, title, Period.OTHER, starts, ends, capacity, status)
        )


def build_catalogue(store: Store) -> Catalogue:
    """Two employers, three providers (one reached only through its agreement), and
    services that each filter must keep or drop."""
    add_worker(store, organization=OFFICINE)
    add_worker(store, surname="Verdi", name="Paolo", organization=LOGISTICA)
    with UnitOfWork(store) as uow:
        orgs = {o.name: o.id for o in uow.session.query(Organization)}
        save_provider(uow, ProviderInput(MOSAICO, email="info@ilmosaico.it", phone="0377 123456"))
        totem = save_provider(uow, ProviderInput("Cooperativa Totem", phone="0331 987654"))
        chiara = save_provider(uow, ProviderInput(SANTA_CHIARA))
        deal = save_agreement(
            uow,
            AgreementInput(
                chiara,
                "Convenzione assistenza anziani",
                date(2026, 1, 1),
                contact_name="Marta Riva",
                contact_email="anziani@santachiara.it",
                contact_phone="0371 555000",
            ),
        )
    camp, _ = add_camp(store, capacity=1)
    _edition(store, camp, "Agosto", date(2026, 8, 3), date(2026, 8, 7), 25)
    _edition(
        store, camp, "Chiusa", date(2026, 7, 6), date(2026, 7, 10), status=EditionStatus.CLOSED
    )
    _edition(store, camp, "Passata", date(2026, 4, 6), date(2026, 4, 10))
    nursery, _ = add_camp(
        store,
        name="Nido aziendale Logistica",
        category="childcare.nursery",
        min_age=0,
        max_age=3,
        employer_ids=(orgs[LOGISTICA],),
        starts=date(2026, 9, 1),
        ends=date(2027, 6, 30),
        sessions=0,
    )
    course, _ = add_course(store, totem, date(2026, 5, 20))
    elderly, _ = add_camp(
        store,
        name="Assistenza domiciliare per anziani",
        description="Aiuto a casa, anche più volte al giorno: è il servizio per chi si prende "
        "cura di un genitore anziano.",
        provider_id=chiara,
        agreement_id=deal,
        category="care",
        audience=Audience.FAMILY,
        min_age=65,
        max_age=None,
        price_model=PriceModel.FULL,
        worker_price_cents=None,
        full_price_cents=123456,
        voucher_value_cents=None,
        address="Via Cavour 5",
        municipality="Lodi",
        starts=date(2026, 5, 1),
        ends=date(2026, 12, 31),
        sessions=0,
    )
    add_camp(store, name="Servizio sospeso", active=False)
    return Catalogue(camp, nursery, course, elderly, orgs[OFFICINE], orgs[LOGISTICA])


def _names(found: object) -> list[str]:
    return [s.name for section in found.sections for s in section.services]  # type: ignore[attr-defined]


def test_the_whole_catalogue_by_category_with_prices_places_and_contacts(store: Store) -> None:
    made = build_catalogue(store)
    with UnitOfWork(store) as uow:
        found = handout(uow, today=TODAY)
    assert [(s.code, s.label) for s in found.sections] == [
        ("childcare", "Cura dei figli"),
        ("care", "Cura di familiari anziani o con disabilità"),
        ("money", "Economia familiare"),
    ]
    assert _names(found) == [
        "Campus estivo Il Mosaico",  # holiday camps before nurseries, by the need's label
        "Nido aziendale Logistica",
        "Assistenza domiciliare per anziani",
        "Corso di educazione finanziaria",
    ]
    assert found.service_count == 4 and found.printed_on == TODAY
    camp = found.sections[0].services[0]
    assert (
        camp.id == made.camp
        and camp.need_label == "Centri estivi e campus nelle chiusure scolastiche"
    )
    assert (camp.price_cents, camp.full_price_cents) == (8000, 20000)
    assert camp.for_whom == "bambini e ragazzi da 6 a 11 anni"
    # Closed and past editions are not offered; the rest, soonest first, with places left.
    assert [(e.title, e.starts_on, e.places_left) for e in camp.editions] == [
        ("Settimana 1", date(2026, 6, 15), 1),
        ("Agosto", date(2026, 8, 3), 25),
    ]
    assert camp.link == "mailto:info@ilmosaico.it" and camp.where == "Codogno"
    elderly = found.sections[1].services[0]
    assert (elderly.price_cents, elderly.full_price_cents) == (123456, None)
    assert elderly.for_whom == "lavoratore e familiari dai 65 anni"
    assert elderly.where == "Via Cavour 5, Lodi" and elderly.need_label is None
    # The provider left its own contacts blank: the agreement's reach the worker.
    assert (elderly.provider.name, elderly.provider.person, elderly.provider.email) == (
        SANTA_CHIARA,
        "Marta Riva",
        "anziani@santachiara.it",
    )
    assert elderly.link == "mailto:anziani@santachiara.it"
    course = found.sections[2].services[0]
    assert (course.price_cents, course.link, course.kind_label) == (0, "tel:0331987654", "servizio")


def test_places_left_follow_the_enrollments(store: Store) -> None:
    made = build_catalogue(store)
    parent = add_worker(store, surname="Neri", name="Sara").worker.id
    child = add_member(store, parent, "Luca", date(2018, 2, 1))
    with UnitOfWork(store) as uow:
        found = handout(uow, today=TODAY)
        week = found.sections[0].services[0].editions[0]
    with UnitOfWork(store) as uow:
        edition = uow.session.scalar(
            select(Edition.id).where(Edition.service_id == made.camp, Edition.title == week.title)
        )
        assert edition is not None
        enroll(uow, edition, parent, child, TODAY, add_to_plan=False)
    with UnitOfWork(store) as uow:
        full = handout(uow, today=TODAY).sections[0].services[0].editions[0]
    assert (week.places_left, full.places_left) == (1, 0)


def test_filters_by_employer_category_and_period(store: Store) -> None:
    build_catalogue(store)
    with UnitOfWork(store) as uow:
        officine = handout(uow, "officine lodigiane spa", today=TODAY)
        logistica = handout(uow, LOGISTICA, today=TODAY)
        childcare = handout(uow, category="childcare", today=TODAY)
        by_label = handout(uow, category="cura dei figli", today=TODAY)
        nursery = handout(uow, category="childcare.nursery", today=TODAY)
        august = handout(uow, start=date(2026, 8, 1), end=date(2026, 8, 31), today=TODAY)
        until_june = handout(uow, end=date(2026, 6, 30), today=TODAY)
    assert "Nido aziendale Logistica" not in _names(officine)  # another employer's service
    assert officine.filters.employer == OFFICINE
    assert "Nido aziendale Logistica" in _names(logistica)
    assert (
        _names(childcare)
        == _names(by_label)
        == [
            "Campus estivo Il Mosaico",
            "Nido aziendale Logistica",
        ]
    )
    assert childcare.filters.category == "Cura dei figli"
    assert _names(nursery) == ["Nido aziendale Logistica"]
    assert nursery.filters.category == "Nido e prima infanzia"
    assert _names(august) == ["Campus estivo Il Mosaico", "Assistenza domiciliare per anziani"]
    (camp,) = august.sections[0].services
    assert [e.title for e in camp.editions] == ["Agosto"]  # June's week is outside the period
    assert _names(until_june) == [
        "Campus estivo Il Mosaico",
        "Assistenza domiciliare per anziani",
        "Corso di educazione finanziaria",
    ]
    assert [e.title for e in until_june.sections[0].services[0].editions] == ["Settimana 1"]


def test_unknown_filters_are_refused_naming_the_valid_ones(store: Store) -> None:
    build_catalogue(store)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as employer:
        handout(uow, "Acciaierie Inesistenti", today=TODAY)
    assert employer.value.message.startswith(
        "L'azienda «Acciaierie Inesistenti» non è in archivio."
    )
    assert f"«{OFFICINE}»" in employer.value.message and f"«{LOGISTICA}»" in employer.value.message
    assert MOSAICO not in employer.value.message  # a provider is not an employer
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as category:
        handout(uow, category="sport", today=TODAY)
    assert category.value.message.startswith("La categoria «sport» non esiste. Categorie:")
    assert "childcare (cura dei figli)" in category.value.message
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="prima di cominciare"):
        handout(uow, start=date(2026, 9, 1), end=date(2026, 8, 1), today=TODAY)


def test_an_empty_store_gives_an_empty_handout(store: Store) -> None:
    with UnitOfWork(store) as uow:
        found = handout(uow, today=TODAY)
    assert found.sections == () and found.service_count == 0
