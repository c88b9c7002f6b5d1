"""The catalogue: services and editions validated, listed with their places, matched."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers import add_camp, add_member, add_worker
from welfare_desk.catalogue.enrollments import enroll
from welfare_desk.catalogue.matching import match_worker
from welfare_desk.catalogue.offer import (
    CatalogueFilter,
    EditionInput,
    ServiceInput,
    delete_edition,
    list_catalogue,
    save_edition,
    save_service,
    service_detail,
)
from welfare_desk.domain.catalogue import Audience, Period
from welfare_desk.domain.household import Disability
from welfare_desk.errors import InvalidInput
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Edition, EditionSession, HouseholdMember, JournalEntry
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 5, 4)


def test_a_service_with_wrong_fields_is_refused_with_what_to_fix(store: Store) -> None:
    service, _ = add_camp(store)
    with UnitOfWork(store) as uow:
        provider = service_detail(uow, service).provider.id
    wrong = ServiceInput(
        "Doposcuola",
        provider,
        "childcare.homework",
        "c2_fbis",
        min_age=12,
        max_age=6,
    )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        save_service(uow, wrong)
    messages = [p.message for p in refused.value.problems]
    assert messages == [
        "La categoria «childcare.homework» non è nel catalogo dei bisogni: scegline una "
        "dall'elenco (ad esempio childcare.holiday_camps).",
        "L'età massima (6) è minore della minima (12).",
    ]
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="ha già un servizio"):
        save_service(uow, ServiceInput("CAMPUS estivo il mosaico", provider, "childcare", "c2_f"))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="prima di cominciare"):
        save_edition(
            uow,
            EditionInput(
                service, "Natale", Period.CHRISTMAS, date(2026, 12, 30), date(2026, 12, 22), 10
            ),
        )


def test_the_catalogue_lists_places_and_filters_by_words_category_and_places(
    store: Store,
) -> None:
    _, full = add_camp(store, capacity=1)
    add_camp(
        store,
        name="Pre e post scuola Codogno",
        category="childcare.pre_post_school",
        starts=date(2026, 9, 10),
        ends=date(2027, 6, 8),
        sessions=0,
    )
    worker = add_worker(store).worker.id
    child = add_member(store, worker, "Luca", date(2017, 2, 1))
    with UnitOfWork(store) as uow:
        enroll(uow, full, worker, child, TODAY)
    with UnitOfWork(store) as uow:
        every = list_catalogue(uow, CatalogueFilter())
        words = list_catalogue(uow, CatalogueFilter(query="post scuola"))
        camps = list_catalogue(uow, CatalogueFilter(category="childcare.holiday_camps"))
        whole = list_catalogue(uow, CatalogueFilter(category="childcare"))
        free = list_catalogue(uow, CatalogueFilter(only_with_places=True))
    assert [(r.service_name, r.places_left) for r in every.rows] == [
        ("Campus estivo Il Mosaico", 0),
        ("Pre e post scuola Codogno", 20),
    ]
    assert [r.service_name for r in words.rows] == ["Pre e post scuola Codogno"]
    assert [r.service_name for r in camps.rows] == ["Campus estivo Il Mosaico"]
    assert whole.total == 2
    assert [r.service_name for r in free.rows] == ["Pre e post scuola Codogno"]
    assert every.rows[0].price_cents == 8000


def test_matching_a_worker_ranks_the_open_need_and_explains_near_misses(store: Store) -> None:
    add_camp(store, inclusion_support=True)
    add_camp(
        store,
        name="Corso di educazione finanziaria",
        category="money.financial_education",
        audience=Audience.WORKER,
        min_age=None,
        max_age=None,
        price_model="free",
        worker_price_cents=None,
        full_price_cents=None,
        municipality="Lodi",
    )
    worker = add_worker(store, municipality="Codogno").worker.id
    add_member(store, worker, "Luca", date(2017, 2, 1), disability=Disability.ART3_C1.value)
    add_member(store, worker, "Sara", date(2011, 1, 10), sex="F")
    with UnitOfWork(store) as uow:
        found = match_worker(uow, worker, TODAY, near_misses=True)
    assert [(m.service_name, m.person, m.eligible) for m in found] == [
        ("Campus estivo Il Mosaico", "Luca (figlio)", True),
        ("Corso di educazione finanziaria", "Maria Rossi", True),
        ("Campus estivo Il Mosaico", "Sara (figlia)", False),
    ]
    assert "sostegno all'inclusione disponibile (educatore dedicato)" in found[0].reasons
    assert "a Lodi, circa 23 km" in found[1].reasons
    assert found[2].reasons == ("età 15 il 15/06/2026: il servizio accetta 6–11 anni",)


def test_matching_sees_places_taken_by_another_desk_at_once(store: Store) -> None:
    _, edition = add_camp(store, capacity=1)
    first = add_worker(store, name="Anna").worker.id
    second = add_worker(store, name="Bea").worker.id
    for worker in (first, second):
        add_member(store, worker, "Luca", date(2017, 2, 1))
    with UnitOfWork(store) as uow:
        (before,) = match_worker(uow, second, TODAY)
    assert before.places_left == 1
    with UnitOfWork(store) as uow:
        child = uow.session.scalar(
            select(HouseholdMember.id).where(HouseholdMember.worker_id == first)
        )
        enroll(uow, edition, first, child, TODAY)
    with UnitOfWork(store) as uow:
        (after,) = match_worker(uow, second, TODAY)
    assert after.places_left == 0
    assert "posti esauriti: lista d'attesa (0 in attesa)" in after.reasons


def test_deleting_an_edition_keeps_its_meetings_in_the_history(store: Store) -> None:
    _service, edition = add_camp(store, sessions=5)
    with UnitOfWork(store) as uow:
        version = uow.session.get(Edition, edition).version  # type: ignore[union-attr]
        delete_edition(uow, edition, version)
    with UnitOfWork(store) as uow:
        deleted = uow.session.scalars(
            select(JournalEntry.entity).where(JournalEntry.action == "delete")
        ).all()
        assert uow.session.scalars(select(EditionSession)).all() == []
    # the five meetings and the edition, each with what it held
    assert sorted(deleted) == ["edition", *["edition_session"] * 5]
