"""A provider's catalogue spreadsheet, from openpyxl and from LibreOffice: all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.conftest import FIXTURES
from welfare_desk.catalogue.offer import CatalogueFilter, list_catalogue, service_detail
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.importing import plan_import, run_import
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.models import Edition, Service
from welfare_desk.store.uow import UnitOfWork

CLEAN = FIXTURES / "catalogue" / "catalogue_clean_openpyxl.xlsx"
MESSY = FIXTURES / "catalogue" / "catalogue_messy_libreoffice.xlsx"


def load(store: Store, path: object) -> tuple[int, int, int]:
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), ImportKind.CATALOGUE)  # type: ignore[arg-type]
        result = run_import(uow, plan)
    return result.created, result.updated, result.unchanged


def test_a_clean_catalogue_creates_the_provider_services_and_editions(store: Store) -> None:
    assert load(store, CLEAN) == (6, 0, 0)
    with UnitOfWork(store) as uow:
        page = list_catalogue(uow, CatalogueFilter())
        camp = next(r for r in page.rows if r.service_name == "Campus estivo Girasole")
        detail = service_detail(uow, camp.service_id)
    assert page.total == 6
    assert [e.title for e in detail.editions] == ["Settimana 1", "Settimana 2", "Settimana 3"]
    data = detail.data
    assert (data.category, data.min_age, data.max_age, data.tax_class) == (
        "childcare.holiday_camps",
        6,
        11,
        "c2_fbis",
    )
    assert (data.worker_price_cents, data.full_price_cents, data.voucher_value_cents) == (
        8000,
        20000,
        12000,
    )
    assert data.inclusion_support is True
    assert detail.provider.name == "Cooperativa Sociale Il Girasole"
    assert detail.editions[0].starts_on == date(2027, 6, 14)
    assert load(store, CLEAN) == (0, 0, 6)  # the same file again changes nothing


def test_a_messy_libreoffice_catalogue_names_every_wrong_row_and_writes_nothing(
    store: Store,
) -> None:
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(MESSY), ImportKind.CATALOGUE)
    assert plan.header_row == 3  # under the title and a blank row
    assert [p.row for p in plan.refused] == [6, 7, 8, 9, 10, 11, 12, 14]
    messages = {p.row: p.message for p in plan.refused}
    assert messages[9] == "Posti: «venti» non è un numero di posti."
    assert messages[10] == "Data inizio: «31/02/2027» non è una data esistente."
    assert messages[11] == "L'edizione è già presente alla riga 4 del file."
    assert messages[12].startswith(
        "Il servizio «Campus estivo Girasole» è descritto diversamente alla riga 4 "
        "(prezzo agevolato)"
    )
    assert [r.row for r in plan.valid] == [4, 5, 13]
    assert plan.valid[0].values["worker_price_cents"] == 8000  # "80,00 €" typed as text
    assert plan.valid[2].values["description"].startswith("=HYPERLINK(")
    with UnitOfWork(store) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Service)) == 0


def test_skipping_the_wrong_rows_keeps_a_formula_as_plain_text(store: Store) -> None:
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(MESSY), ImportKind.CATALOGUE)
        result = run_import(uow, plan)
    assert (result.created, result.refused) == (3, 8)
    with UnitOfWork(store) as uow:
        description = uow.session.scalar(
            select(Service.description).where(Service.name == "Consulenza educativa")
        )
    assert description == '=HYPERLINK("http://esempio.invalid","clic")'


def test_places_cannot_drop_below_those_already_taken(store: Store) -> None:
    load(store, CLEAN)
    with UnitOfWork(store) as uow:
        for edition in uow.session.scalars(select(Edition)):
            edition.taken = 24
        uow.commit()
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(CLEAN), ImportKind.CATALOGUE)
    refused = {p.row: p.message for p in plan.refused}
    assert refused[4] == (
        "L'edizione «Settimana 3» ha già 24 posti occupati: i posti non possono scendere a 20."
    )


def test_a_workers_file_is_not_a_catalogue(store: Store) -> None:
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="intestazione"):
        plan_import(uow, read_sheet(FIXTURES / "hr" / "workers_clean.xlsx"), ImportKind.CATALOGUE)


def test_a_file_with_fewer_columns_changes_only_what_it_says(
    store: Store, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    load(store, CLEAN)
    path = Path(str(tmp_path)) / "solo_posti.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Ente erogatore", "Servizio", "Categoria", "Edizione", "Data inizio",
                  "Data fine", "Posti"])  # fmt: skip
    sheet.append(["Cooperativa Sociale Il Girasole", "Campus estivo Girasole",
                  "childcare.holiday_camps", "Settimana 1", date(2027, 6, 14),
                  date(2027, 6, 18), 30])  # fmt: skip
    book.save(path)
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), ImportKind.CATALOGUE)
        assert [w.message for w in plan.warnings] == [
            "Classificazione fiscale non indicata: per un servizio nuovo vale art. 51 c. 2 "
            "lett. f TUIR (non fringe benefit); verificala nella scheda del servizio."
        ]
        result = run_import(uow, plan)
    assert (result.created, result.updated) == (0, 1)
    with UnitOfWork(store) as uow:
        camp = uow.session.scalar(select(Service).where(Service.name == "Campus estivo Girasole"))
        assert camp is not None
        detail = service_detail(uow, camp.id)
    data = detail.data
    assert (data.min_age, data.max_age, data.worker_price_cents, data.tax_class) == (
        6,
        11,
        8000,
        "c2_fbis",
    )
    assert data.address == "Via Dante 12"
    assert next(e for e in detail.editions if e.title == "Settimana 1").capacity == 30


def test_an_overlong_address_refuses_its_row_only(store: Store, tmp_path: object) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    path = Path(str(tmp_path)) / "lungo.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Ente erogatore", "Servizio", "Categoria", "Edizione", "Data inizio",
                  "Data fine", "Posti", "Indirizzo"])  # fmt: skip
    sheet.append(["Coop A", "Ludoteca", "childcare", "Inverno", date(2027, 1, 10),
                  date(2027, 2, 10), 10, "Via " + "lunga " * 60])  # fmt: skip
    sheet.append(["Coop A", "Ludoteca 2", "childcare", "Inverno", date(2027, 1, 10),
                  date(2027, 2, 10), 10, "Via Roma 1"])  # fmt: skip
    book.save(path)
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), ImportKind.CATALOGUE)
    assert [p.row for p in plan.refused] == [2]
    assert "Indirizzo: è lungo" in plan.refused[0].message
    assert [r.row for r in plan.valid] == [3]
