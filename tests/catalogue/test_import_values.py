"""A provider's list written the ordinary way: its categories in its own words, no
edition column, a free service, the categories a service is for and the employers it is
reserved to, and a column nobody asked for, named rather than dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import add_worker
from welfare_desk.catalogue.offer import CatalogueFilter, list_catalogue, service_detail
from welfare_desk.registry.importing import ImportPlan, plan_import, run_import
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

HEADER = (
    "Ente erogatore;Servizio;Categoria;Data inizio;Data fine;Posti;Periodo;Età minima;"
    "Età massima;Prezzo agevolato;Prezzo pieno;Classificazione fiscale;"
    "Categorie destinatarie;Riservato ai dipendenti di;Note interne"
)
ROWS = [
    "Coop Il Sole;Campus Estate;Centri estivi;15/06/2027;19/06/2027;30;estate;6;11;80;200;"
    "f-bis;;;telefonare a Gino",
    "Coop Il Sole;Nido Piccoli Passi;Prima infanzia;01/09/2027;30/06/2028;20;"
    "anno scolastico;0;3;0;0;f-bis;;;",
    "Coop Il Sole;Sollievo;Cura di familiari anziani o disabili;01/07/2027;31/12/2027;10;"
    "altro;;;;;f-ter;Familiari con disabilità (L. 104);Officine Lodigiane S.p.A.;",
]


def _file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "offerta.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _plan(store: Store, path: Path) -> ImportPlan:
    with UnitOfWork(store) as uow:
        return plan_import(uow, read_sheet(path), ImportKind.CATALOGUE)


def test_a_provider_s_own_words_import_with_the_right_categories(
    store: Store, tmp_path: Path
) -> None:
    add_worker(store)  # Officine Lodigiane S.p.A. is an employer in the store
    plan = _plan(store, _file(tmp_path, ROWS))
    assert [p.message for p in plan.refused] == []
    assert plan.unused_columns == ["Note interne"]
    with UnitOfWork(store) as uow:
        result = run_import(uow, plan)
    assert "Colonne non usate: «Note interne»" in result.summary()
    with UnitOfWork(store) as uow:
        rows = {r.service_name: r for r in list_catalogue(uow, CatalogueFilter()).rows}
        details = {name: service_detail(uow, r.service_id) for name, r in rows.items()}
    assert details["Campus Estate"].data.category == "childcare.holiday_camps"
    assert details["Nido Piccoli Passi"].data.category == "childcare.nursery"
    sollievo = details["Sollievo"].data
    assert sollievo.category == "care"
    assert [c.value for c in sollievo.target_categories] == ["family_law_104"]
    assert len(sollievo.employer_ids) == 1
    nido = details["Nido Piccoli Passi"].data
    assert nido.price_model.value == "free"  # 0 and 0: free, not refused
    # no edition column: each edition is named from its period and dates
    assert [e.title for e in details["Campus Estate"].editions] == [
        "Estate, dal 15/06/2027 al 19/06/2027"
    ]


def test_an_unknown_reserved_employer_is_refused_with_the_known_ones(
    store: Store, tmp_path: Path
) -> None:
    add_worker(store)
    row = ROWS[2].replace("Officine Lodigiane S.p.A.", "Acciaierie Inesistenti")
    plan = _plan(store, _file(tmp_path, [row]))
    assert "Acciaierie Inesistenti" in plan.refused[0].message
    assert "Officine Lodigiane" in plan.refused[0].message


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("01/01/0001", "Data inizio"),
        ("31/12/9999", "Data inizio"),
    ],
)
def test_dates_far_outside_a_programme_are_refused(
    store: Store, tmp_path: Path, cell: str, words: str
) -> None:
    row = ROWS[0].replace("15/06/2027", cell)
    plan = _plan(store, _file(tmp_path, [row]))
    assert plan.refused and words in plan.refused[0].message


def test_a_huge_price_is_a_refused_row_not_a_crash(store: Store, tmp_path: Path) -> None:
    row = ROWS[0].replace(";200;", ";1e308;")
    plan = _plan(store, _file(tmp_path, [row]))
    assert plan.refused and "Prezzo pieno" in plan.refused[0].message


def test_a_provider_with_a_formula_sign_before_its_name_is_the_same_provider(
    store: Store, tmp_path: Path
) -> None:
    rows = [ROWS[0], "=" + ROWS[1], "+" + ROWS[2].replace(";Officine Lodigiane S.p.A.;", ";;")]
    plan = _plan(store, _file(tmp_path, rows))
    assert [p.message for p in plan.refused] == []
    assert plan.new_organizations == ["Coop Il Sole"]


def test_an_agevolato_may_equal_the_full_price_but_not_pass_it(
    store: Store, tmp_path: Path
) -> None:
    same = ROWS[0].replace(";80;200;", ";200;200;")
    above = ROWS[0].replace(";80;200;", ";250;200;").replace("Campus Estate", "Campus Caro")
    plan = _plan(store, _file(tmp_path, [same, above]))
    assert [p.row for p in plan.refused] == [3]
    assert "non può superare il prezzo pieno" in plan.refused[0].message


def test_a_provider_s_web_site_is_imported_and_is_what_its_qr_code_opens(
    store: Store, tmp_path: Path
) -> None:
    from datetime import date

    from welfare_desk.catalogue.handout import contact_link, provider_contacts

    path = tmp_path / "sito.csv"
    path.write_text(
        HEADER.replace(";Note interne", ";Sito web")
        + "\n"
        + ROWS[0].replace(";telefonare a Gino", ";www.coopilsole.it")
        + "\n",
        encoding="utf-8",
    )
    plan = _plan(store, path)
    assert [p.message for p in plan.refused] == []
    with UnitOfWork(store) as uow:
        run_import(uow, plan)
    with UnitOfWork(store) as uow:
        row = list_catalogue(uow, CatalogueFilter()).rows[0]
        detail = service_detail(uow, row.service_id)
        key = (detail.data.provider_id, detail.data.agreement_id)
        contact = provider_contacts(uow, [key], date(2027, 1, 1))[key]
    assert contact.website == "https://www.coopilsole.it"
    assert contact_link(contact, "Campus Estate", None) == "https://www.coopilsole.it"
    bad = tmp_path / "sito-errato.csv"
    bad.write_text(path.read_text().replace("www.coopilsole.it", "coop il sole"))
    assert "Sito web" in _plan(store, bad).refused[0].message


def test_a_libreoffice_provider_list_in_its_own_words(store: Store) -> None:
    from zipfile import ZipFile

    from tests.conftest import FIXTURES
    from tests.fixtures.catalogue.spellings import ROWS as OFFER

    book = FIXTURES / "catalogue" / "catalogue_spellings_libreoffice.xlsx"
    with ZipFile(book) as archive:
        assert b"LibreOffice" in archive.read("docProps/app.xml")
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(book), ImportKind.CATALOGUE)
    assert [p.message for p in plan.refused] == []
    assert plan.unused_columns == []
    read = {r.values["service"]: r.values["category"] for r in plan.valid}
    assert read == {row[0]: row[-1] for row in OFFER}
    assert len({row[1] for row in OFFER}) >= 20


def test_a_provider_s_site_typed_in_the_desk(store: Store) -> None:
    from welfare_desk.catalogue.offer import ProviderInput, provider_detail, save_provider
    from welfare_desk.errors import InvalidInput

    with UnitOfWork(store) as uow:
        provider = save_provider(uow, ProviderInput("Coop Il Faro", website="www.ilfaro.org"))
    with UnitOfWork(store) as uow:
        data, version = provider_detail(uow, provider)
    assert data.website == "https://www.ilfaro.org"
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Sito web"):
        save_provider(uow, ProviderInput("Coop Il Faro", website="il faro"), provider, version)
