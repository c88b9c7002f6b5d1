"""Every workbook the desk writes keeps hostile text as text: a name or a cell that a
spreadsheet would run as a formula is shown as typed, in openpyxl and in LibreOffice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import calc_sheets
from welfare_desk.documents.error_report import write_error_report
from welfare_desk.documents.funder_xlsx import write_funder_xlsx
from welfare_desk.documents.quarterly_xlsx import write_quarterly_xlsx
from welfare_desk.domain.periods import Quarter
from welfare_desk.reference import funder_layout
from welfare_desk.views.funder import COLUMNS, FunderReport
from welfare_desk.views.quarterly import QuarterlyReport, Row, Section

# What a hostile file or a careless name can carry, and what must be shown instead.
HOSTILE = {
    "=2+3": "=2+3",
    "\x01=4+5": "=4+5",  # a control character, removed, must not leave a live formula
    "\x00=SUM(1;2)": "=SUM(1;2)",
    "+39 0371 000": "+39 0371 000",
    "-6+7": "-6+7",
    "@SUM(1;1)": "@SUM(1;1)",
    "\t=8+1": "\t=8+1",
}


class _Refusal:
    def __init__(self, row: int) -> None:
        self.row, self.message = row, "riga rifiutata"


class _Refused:
    """Rows 20 onwards, so that no row number reads like a computed result."""

    def __init__(self) -> None:
        self.headers = ["Cognome", "Nome"]
        self.refused = [_Refusal(n) for n in range(20, 20 + len(HOSTILE))]
        self._cells = dict(zip(range(20, 20 + len(HOSTILE)), HOSTILE, strict=True))

    def cells_of(self, row: int) -> list[str]:
        return [self._cells[row], "Anna"]


def _texts(book: Path) -> set[str]:
    workbook = load_workbook(book)
    texts = set()
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", f"{cell.coordinate}: {cell.value!r} is live"
                    texts.add(cell.value)
    return texts


def _shown(book: Path, tmp_path: Path) -> set[str]:
    return {cell for rows in calc_sheets(book, tmp_path).values() for row in rows for cell in row}


def _quarterly() -> QuarterlyReport:
    rows = tuple(Row(text, "7", "3", "+4") for text in HOSTILE)
    section = Section("channels", "Colloqui per canale", rows, Row("Totale", "49", "21", "+28"))
    return QuarterlyReport(
        Quarter(2026, 3),
        "=2+3",
        False,
        date(2026, 10, 5),
        Quarter(2026, 2),
        (section,),
        (),
        date(2026, 10, 5),
    )


def _funder() -> FunderReport:
    layout = funder_layout()
    summary_keys = {
        row["key"] for s in layout["sheets"] if s["kind"] == "summary" for row in s["rows"]
    }
    summary: dict[str, object] = {key: 1 for key in summary_keys}
    summary[next(iter(sorted(summary_keys)))] = "=2+3"
    tables: dict[str, list[dict[str, object]]] = {}
    for source, keys in COLUMNS.items():
        tables[source] = [
            {key: (text if isinstance(text, str) and n == 0 else 1) for n, key in enumerate(keys)}
            for text in HOSTILE
        ]
    cover_keys = [row["key"] for s in layout["sheets"] if s["kind"] == "cover" for row in s["rows"]]
    cover = {key: '=HYPERLINK("x")' for key in cover_keys}
    return FunderReport(
        "Rendicontazione",
        "=2+3",
        date(2026, 1, 1),
        date(2026, 6, 30),
        summary,
        tables,
        layout,
        cover,
    )


def test_the_error_report_keeps_hostile_cells_as_text(tmp_path: Path) -> None:
    book = write_error_report(tmp_path / "errori.xlsx", _Refused())
    assert set(HOSTILE.values()) <= _texts(book)
    shown = _shown(book, tmp_path)
    assert {"=2+3", "=4+5", "=SUM(1;2)"} <= shown
    assert not {"5", "9", "3"} & shown  # nothing was computed


def test_the_quarterly_workbook_keeps_hostile_names_as_text(tmp_path: Path) -> None:
    book = write_quarterly_xlsx(tmp_path / "trimestre.xlsx", _quarterly())
    assert set(HOSTILE.values()) <= _texts(book)
    shown = _shown(book, tmp_path)
    assert {"=2+3", "=4+5", "@SUM(1;1)"} <= shown
    assert not {"5", "9"} & shown


def test_the_funder_workbook_keeps_hostile_names_as_text(tmp_path: Path) -> None:
    book = write_funder_xlsx(tmp_path / "rendiconto.xlsx", _funder())
    assert set(HOSTILE.values()) <= _texts(book)
    shown = _shown(book, tmp_path)
    assert {"=2+3", "=4+5", "-6+7"} <= shown
    assert not {"5", "9"} & shown
