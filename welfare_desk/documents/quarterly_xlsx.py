"""The quarterly HR summary as an Excel workbook: one sheet of tables, each chart under its table.

Numbers are written as numbers (so that HR can sum and chart them), a withheld median or
amount as the text the reader is told about ("n.d."), never as a number."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from welfare_desk.documents.workbook import clean_text, save_workbook

if TYPE_CHECKING:
    from welfare_desk.views.quarterly import QuarterlyReport, Row

_EURO = re.compile(r"^[+-]?[\d.]+,\d\d €$")
_SIGNED = re.compile(r"^[+-]\d+$")
_DECIMAL = re.compile(r"^[+-]?\d+,\d+$")
EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"'
CHANGE_FORMAT = '+0;-0;"="'
HEADER_FILL = "DCE9F0"
ACCENT = "2F6F8F"
PAGE_CM = 25.0  # what an A4 page holds between its margins


def cell_value(text: str) -> tuple[Any, str | None]:
    """What a printed figure is in a spreadsheet: a number with its format, or text."""
    if text.isdigit():
        return int(text), "0"
    if _SIGNED.match(text):
        return int(text), CHANGE_FORMAT
    if text == "=":
        return 0, CHANGE_FORMAT
    if _EURO.match(text):
        sign = -1 if text.startswith("-") else 1
        digits = text.lstrip("+-").removesuffix(" €").replace(".", "").replace(",", ".")
        return sign * float(digits), EURO_FORMAT
    if _DECIMAL.match(text):
        return float(text.replace(",", ".")), "0.0"
    return clean_text(text), None


ROW_CM = 0.45  # a row at the default height
# The sheet is printed a page wide: its 21 cm of columns shrink to the 18 cm between the
# margins, so a page holds more of the sheet than its own height.
SHEET_PAGE_CM = PAGE_CM * 21 / 18


def _chart_cm(section: Any) -> float:
    return max(6.0, 0.9 * len(section.rows) + 3)


def _bar_chart(sheet: Any, title: str, first: int, last: int) -> Any:
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "bar"  # horizontal: the labels are long
    chart.title = title
    chart.style = 10
    chart.height = max(6.0, 0.9 * (last - first + 1) + 3)  # as _chart_cm
    chart.width = 17  # centimetres: within an A4 page's margins
    data = Reference(sheet, min_col=2, max_col=3, min_row=first - 1, max_row=last)
    labels = Reference(sheet, min_col=1, min_row=first, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    chart.y_axis.title = "numero"
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # first label on top, as in the table
    return chart


def write_quarterly_xlsx(path: Path, report: QuarterlyReport) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.pagebreak import Break

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sintesi"
    workbook.properties.title = f"Sintesi trimestrale welfare – {report.quarter.label}"
    workbook.properties.creator = "Welfare Desk"  # never the operator: no personal data
    bold = Font(bold=True)
    heading = Font(bold=True, size=12, color=ACCENT)
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    rule = Border(top=Side(style="thin", color="7F8C95"))

    sheet["A1"] = "Sintesi trimestrale del programma di welfare"
    sheet["A1"].font = Font(bold=True, size=15)
    sheet["A2"] = clean_text(f"{report.quarter.label} · {report.employer}")
    sheet["A2"].font = Font(italic=True, size=11)
    sheet["A3"] = (
        "Dati provvisori: il trimestre è in corso"
        if report.provisional
        else f"Dati congelati il {report.frozen_on:%d/%m/%Y}"
        + (f", emissione n. {report.issue}" if report.issue > 1 else "")
    )
    if report.programme or report.contact:
        sheet["A4"] = clean_text(
            " · ".join(x for x in (report.programme, f"per informazioni: {report.contact}") if x)
        )
        sheet["A4"].font = Font(size=9)
    row = 5
    page_starts = [1]
    for section in report.sections:
        if row > 5:  # a table and its chart start on a fresh page rather than be cut
            block = ROW_CM * (len(section.rows) + 4) + (_chart_cm(section) if section.drawn else 0)
            if (row - page_starts[-1]) * ROW_CM + block > SHEET_PAGE_CM:
                sheet.row_breaks.append(Break(id=row - 1))
                page_starts.append(row)
        sheet.cell(row=row, column=1, value=clean_text(section.title)).font = heading
        row += 1
        for column, title in enumerate(
            section.headers
            or ("Voce", report.quarter.short_label, report.previous.short_label, "Variazione"),
            start=1,
        ):
            cell = sheet.cell(row=row, column=column, value=title)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(horizontal="left" if column == 1 else "right")
        row += 1
        first = row
        lines: list[tuple[Row, bool]] = [(r, False) for r in section.rows]
        if section.total is not None:
            lines.append((section.total, True))
        for line, is_total in lines:
            sheet.cell(row=row, column=1, value=clean_text(line.label))
            for column, text in enumerate((line.now, line.before, line.change), start=2):
                value, number_format = cell_value(text)
                cell = sheet.cell(row=row, column=column, value=value)
                cell.alignment = Alignment(horizontal="right")
                if number_format:
                    cell.number_format = number_format
            if is_total:
                for column in range(1, 5):
                    sheet.cell(row=row, column=column).font = bold
                    sheet.cell(row=row, column=column).border = rule
            row += 1
        if section.drawn:  # under its own table, never on a sheet of its own
            chart = _bar_chart(sheet, section.title, first, first + len(section.rows) - 1)
            sheet.add_chart(chart, f"A{row + 1}")
            row += math.ceil(chart.height / ROW_CM) + 2
            withheld = [r.label for r in section.rows if not r.now.isdigit()]
            if withheld:  # a spreadsheet draws a text cell as nothing: say so
                note = (
                    f"Nel grafico «{section.title}» le voci «n.d.» non sono disegnate: "
                    + ", ".join(withheld)
                    + "."
                )
                sheet.cell(row=row, column=1, value=clean_text(note)).font = Font(italic=True)
                row += 1
        row += 1
    if report.definitions:
        sheet.cell(row=row, column=1, value="Definizioni").font = heading
        for term, meaning in report.definitions:
            row += 1
            cell = sheet.cell(row=row, column=1, value=clean_text(f"{term}: {meaning}"))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
            sheet.row_dimensions[row].height = 30
        row += 2
    sheet.cell(row=row, column=1, value="Note").font = heading
    for note in report.notes:
        row += 1
        sheet.cell(row=row, column=1, value=clean_text(note)).alignment = Alignment(wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        sheet.row_dimensions[row].height = 30
    sheet.column_dimensions["A"].width = 58
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 18
    sheet.freeze_panes = "A5"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
    sheet.oddFooter.center.text = "Pagina &P di &N"

    return save_workbook(workbook, path)
