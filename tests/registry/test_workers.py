"""The registry: search as you type, the worker's record, saving with validation."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import add_worker, worker_input
from welfare_desk.demo.generate import generate
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.errors import DuplicateWorker, InvalidInput, StoreNotEmpty
from welfare_desk.registry.organizations import list_organizations
from welfare_desk.registry.workers import (
    get_worker,
    save_worker,
    search_workers,
    stats,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.errors import NotFound
from welfare_desk.store.uow import UnitOfWork


def test_search_matches_prefixes_of_names_codes_and_employer(store: Store) -> None:
    add_worker(store, surname="D'Angelo", name="Niccolò", born=date(1979, 3, 21), sex="M")
    add_worker(store, surname="De Santis", name="Giulia", organization="Logistica Adda S.r.l.")
    add_worker(store, surname="Rossi", name="Mario", sex="M", born=date(1980, 1, 1))
    with UnitOfWork(store) as uow:
        assert [h.surname for h in search_workers(uow, "dang")] == ["D'Angelo"]
        assert [h.surname for h in search_workers(uow, "d'ang")] == ["D'Angelo"]
        assert [h.name for h in search_workers(uow, "niccolo")] == ["Niccolò"]
        assert [h.surname for h in search_workers(uow, "santis")] == ["De Santis"]
        assert [h.surname for h in search_workers(uow, "adda")] == ["De Santis"]
        assert [h.surname for h in search_workers(uow, "rossi mar")] == ["Rossi"]
        assert search_workers(uow, "rossi giu") == []
        code = encode("Rossi", "Mario", date(1980, 1, 1), "M", "E648")
        assert [h.codice_fiscale for h in search_workers(uow, code[:8].lower())] == [code]
        assert len(search_workers(uow, "")) == 3


def test_search_pages_in_surname_order(store: Store) -> None:
    with UnitOfWork(store) as uow:
        generate(uow, 120, seed=5, today=date(2026, 11, 21))
    with UnitOfWork(store) as uow:
        first = search_workers(uow, "", limit=50)
        second = search_workers(uow, "", limit=50, offset=50)
    surnames = [(h.surname, h.name) for h in first + second]
    assert surnames == sorted(surnames)
    assert not {h.id for h in first} & {h.id for h in second}


def test_worker_record_has_household_and_categories(store: Store) -> None:
    with UnitOfWork(store) as uow:
        generate(uow, 300, seed=2, today=date(2026, 11, 21))
    with UnitOfWork(store) as uow:
        hits = search_workers(uow, "", limit=300)
        details = [get_worker(uow, h.codice_fiscale, today=date(2026, 11, 21)) for h in hits]
    with_children = [d for d in details if any(c.code == "children_under_14" for c in d.categories)]
    assert with_children
    reason = next(c.reason for c in with_children[0].categories if c.code == "children_under_14")
    assert reason.startswith(("figlio di", "figlia di"))
    assert any(c.code == "family_law_104" for d in details for c in d.categories)


def test_unknown_code_is_not_found_with_a_message(store: Store) -> None:
    with UnitOfWork(store) as uow, pytest.raises(NotFound, match="Nessun lavoratore"):
        get_worker(uow, encode("Bianchi", "Luca", date(1990, 5, 5), "M", "F205"))


def test_saving_refuses_errors_and_keeps_warnings(store: Store) -> None:
    data = worker_input()
    wrong_date = data.__class__(**{**data.__dict__, "birth_date": date(1985, 3, 8)})
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput) as refused:
        save_worker(uow, wrong_date)
    assert refused.value.problems[0].field == "birth_date"
    transliterated = data.__class__(**{**data.__dict__, "name": "Marja"})
    with UnitOfWork(store) as uow:
        result = save_worker(uow, transliterated)
    assert [w.code for w in result.warnings] == ["cf.name_mismatch"]


def test_a_duplicate_code_points_to_the_existing_worker(store: Store) -> None:
    first = add_worker(store)
    with UnitOfWork(store) as uow, pytest.raises(DuplicateWorker) as refused:
        save_worker(uow, worker_input(email="altro@esempio.it"))
    assert refused.value.existing_id == str(first.worker.id)
    assert "Rossi Maria" in refused.value.message


def test_demo_data_is_deterministic_and_only_for_an_empty_store(store: Store) -> None:
    with UnitOfWork(store) as uow:
        result = generate(uow, 200, seed=7, today=date(2026, 11, 21))
    with UnitOfWork(store) as uow:
        counts = stats(uow)
        listing = [
            (h.codice_fiscale, h.surname, h.organization)
            for h in search_workers(uow, "", limit=500)
        ]
    assert counts["workers"] == 200 == result.workers
    assert counts["household_members"] == result.household_members > 200
    assert counts["organizations"] >= 10 and counts["social_points"] >= 3
    with UnitOfWork(store) as uow, pytest.raises(StoreNotEmpty, match="archivio vuoto"):
        generate(uow, 10, seed=7)
    from tests.conftest import store_at

    other = store_at("sqlite://")
    try:
        with UnitOfWork(other) as uow:
            generate(uow, 200, seed=7, today=date(2026, 11, 21))
        with UnitOfWork(other) as uow:
            again = [
                (h.codice_fiscale, h.surname, h.organization)
                for h in search_workers(uow, "", limit=500)
            ]
    finally:
        other.close()
    assert sorted(again) == sorted(listing)


@pytest.mark.parametrize("today", [date(2026, 11, 21), date(2028, 2, 29), date(2027, 3, 1)])
def test_category_filter_agrees_with_the_domain_rules(store: Store, today: date) -> None:
    """The SQL behind the list's category filter and `domain.categories.derive` agree."""
    with UnitOfWork(store) as uow:
        generate(uow, 400, seed=3, today=date(2026, 11, 21))
    with UnitOfWork(store) as uow:
        everyone = search_workers(uow, "", limit=1000)
        derived = {
            h.id: {c.code for c in get_worker(uow, h.codice_fiscale, today=today).categories}
            for h in everyone
        }
        for category in (
            "children_under_14",
            "pregnancy_maternity",
            "family_law_104",
            "disadvantaged",
        ):
            listed = {
                h.id for h in search_workers(uow, "", limit=1000, category=category, today=today)
            }
            assert listed == {i for i, codes in derived.items() if category in codes}, category
            if today == date(2026, 11, 21):  # the demo's own day has someone in each
                assert listed, category


def test_lists_sort_by_other_columns_and_filter_by_employer(store: Store) -> None:
    with UnitOfWork(store) as uow:
        generate(uow, 150, seed=8)
    with UnitOfWork(store) as uow:
        by_birth = search_workers(uow, "", limit=200, order="birth_date", descending=True)
        assert [h.birth_date for h in by_birth] == sorted(
            (h.birth_date for h in by_birth), reverse=True
        )
        org_id = next(o.id for o in list_organizations(uow) if o.name.startswith("Officine"))
        officine = search_workers(uow, "a", limit=200, organization_id=org_id)
        assert officine and {h.organization for h in officine} == {"Officine Lodigiane S.p.A."}
        by_employer = search_workers(uow, "ma", limit=200, order="organization")
        assert [h.organization for h in by_employer] == sorted(h.organization for h in by_employer)


def test_a_form_names_only_known_employers_unless_a_new_one_is_meant(store: Store) -> None:
    """#17: a typo («Casearia») must not make an employer beside the real one."""
    import pytest

    from tests.helpers import add_worker, worker_input
    from welfare_desk.errors import UnknownEmployer
    from welfare_desk.registry.workers import save_worker

    add_worker(store, organization="Casearia Codognese S.r.l.")
    typo = worker_input(surname="Bianchi", name="Luca", sex="M", organization="casearia")
    with UnitOfWork(store) as uow, pytest.raises(UnknownEmployer) as refused:
        save_worker(uow, typo, new_employer=False)
    assert refused.value.similar == ("Casearia Codognese S.r.l.",)
    assert "non è tra i datori di lavoro" in refused.value.message
    with UnitOfWork(store) as uow:
        made = save_worker(uow, typo, new_employer=True)
    assert made.worker.organization == "casearia"


def test_the_count_agrees_with_the_list_for_words_filters_and_categories(store: Store) -> None:
    """#17: the list says how many match; the count is what the list would show in all."""
    from welfare_desk.registry.workers import count_workers

    day = date(2026, 11, 21)
    with UnitOfWork(store) as uow:
        generate(uow, 200, seed=3, today=day)
    with UnitOfWork(store) as uow:
        employer = next(o.id for o in list_organizations(uow) if o.kind == "employer")
        for text, organization, category in (
            ("", None, None),
            ("a", None, None),
            ("ma", None, None),
            ("ro ma", None, None),
            ("", employer, None),
            ("a", employer, None),
            ("", None, "children_under_14"),
            ("s", None, "family_law_104"),
            ("zzzz", None, None),
        ):
            listed = search_workers(uow, text, 500, 0, organization, category, today=day)
            counted = count_workers(uow, text, organization, category, today=day)
            assert counted == len(listed), (text, organization, category)
