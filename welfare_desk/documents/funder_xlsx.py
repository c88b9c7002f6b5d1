"""The funder report as a workbook laid out by reference data: each sheet a summary of
labelled figures or a table of chosen columns, in the order the layout gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from welfare_desk.documents.workbook import clean_text, save_workbook
from welfare_desk.domain.disclosure import HIDDEN

if TYPE_CHECKING:
    from welfare_desk.views.funder import FunderReport

EURO_FORMAT = '#,##0.00 "€"'
ACCENT = "2F6F8F"
HEADER_FILL = "DCE9F0"


def _value(value: Any, money: bool) -> tuple[Any, str | None]:
    if value is None:  # an amount standing for too few to be given
        return HIDDEN, None
    if money and isinstance(value, int):
        return value / 100, EURO_FORMAT
    if isinstance(value, date):
        return value, "DD/MM/YYYY"
    if isinstance(value, float):
        return value, "0.0"
    if isinstance(value, str):
        return clean_text(value), None
    return value, None


_FORBIDDEN = set("[]:*?/\\")


def _shape_problem(layout: Any) -> str | None:
    """What is wrong with the layout's shape, in Italian, or None."""
    if not isinstance(layout, dict) or not isinstance(layout.get("sheets"), list):
        return "deve essere un oggetto con un elenco «sheets»"
    if not layout["sheets"]:
        return "l'elenco «sheets» è vuoto: serve almeno un foglio"
    for number, sheet in enumerate(layout["sheets"], start=1):
        if not isinstance(sheet, dict):
            return f"il foglio n. {number} non è un oggetto"
        title = sheet.get("title")
        if not isinstance(title, str) or not title.strip() or len(title) > 31:
            return f"il foglio n. {number} ha bisogno di un «title» di 1–31 caratteri"
        if _FORBIDDEN & set(title):
            return f"il titolo «{title}» contiene caratteri che Excel non accetta: [ ] : * ? / \\"
        kind = sheet.get("kind")
        if kind not in ("summary", "table", "cover"):
            return f"il foglio «{title}» ha «kind» «{kind}»: scrivi «cover», «summary» o «table»"
        name = "columns" if kind == "table" else "rows"
        items = sheet.get(name)
        if not isinstance(items, list) or not items:
            return f"il foglio «{title}» ha bisogno di un elenco «{name}»"
        for item in items:
            if not (
                isinstance(item, dict)
                and isinstance(item.get("key"), str)
                and isinstance(item.get("label"), str)
            ):
                return f"nel foglio «{title}» ogni voce ha bisogno di «key» e «label»"
        if kind == "table" and not isinstance(sheet.get("source"), str):
            return f"il foglio «{title}» ha bisogno di una «source» (activities o budgets)"
    return None


def check_layout(layout: Any, report: FunderReport) -> None:
    """A layout of the wrong shape, or naming a figure the desk does not compute, is
    refused with what to fix: a typo must not make an empty column."""
    from welfare_desk.errors import InvalidInput

    problem = _shape_problem(layout)
    if problem:
        raise InvalidInput(f"L'impaginazione della rendicontazione {problem}.")
    for sheet in layout["sheets"]:
        if sheet["kind"] in ("summary", "cover"):
            known = set(report.summary if sheet["kind"] == "summary" else report.cover)
            keys = [row["key"] for row in sheet["rows"]]
        else:
            rows = report.tables.get(sheet["source"])
            if rows is None:
                raise InvalidInput(
                    f"Il foglio «{sheet['title']}» chiede la tabella «{sheet['source']}»: "
                    "le tabelle sono " + ", ".join(report.tables) + "."
                )
            known = set(rows[0]) if rows else _columns(report, sheet["source"])
            keys = [column["key"] for column in sheet["columns"]]
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise InvalidInput(
                f"Il foglio «{sheet['title']}» chiede dati che non esistono: "
                + ", ".join(unknown)
                + ". Disponibili: "
                + ", ".join(sorted(known))
                + "."
            )


def _cover(sheet: Any, spec: dict[str, Any], report: FunderReport) -> None:
    """Who reports what to whom, for which period, and a place to sign."""
    from openpyxl.styles import Alignment, Border, Font, Side

    row = 4
    for item in spec["rows"]:
        sheet.cell(row=row, column=1, value=clean_text(item["label"])).font = Font(bold=True)
        value = sheet.cell(row=row, column=2, value=clean_text(report.cover[item["key"]]))
        value.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 2
    line = Border(bottom=Side(style="thin", color="000000"))
    for label in ("Luogo e data", "Firma del legale rappresentante"):
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
        sheet.cell(row=row, column=2).border = line
        sheet.row_dimensions[row].height = 36
        row += 2
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 70
    _fit_to_page(sheet, landscape=False)


def _columns(report: FunderReport, source: str) -> set[str]:
    from welfare_desk.views.funder import COLUMNS

    return set(COLUMNS.get(source, ()))


def write_funder_xlsx(path: Path, report: FunderReport) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    layout = report.layout
    check_layout(layout, report)
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = layout.get("title", "Rendicontazione")
    workbook.properties.creator = "Welfare Desk"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    period = f"dal {report.start:%d/%m/%Y} al {report.end:%d/%m/%Y}"
    for spec in layout.get("sheets", []):
        sheet = workbook.create_sheet(str(spec.get("title", "Foglio"))[:31])
        sheet["A1"] = clean_text(report.title)
        sheet["A1"].font = Font(bold=True, size=14, color=ACCENT)
        sheet["A2"] = clean_text(f"{report.programme} · {period}")
        sheet["A2"].font = Font(italic=True)
        if spec.get("kind") == "cover":
            _cover(sheet, spec, report)
            continue
        if spec.get("kind") == "summary":
            for column, title in enumerate(("Voce", "Valore"), start=1):
                cell = sheet.cell(row=4, column=column, value=title)
                cell.font, cell.fill = bold, fill
            for offset, row in enumerate(spec.get("rows", []), start=5):
                sheet.cell(row=offset, column=1, value=clean_text(row["label"]))
                value, number_format = _value(report.summary[row["key"]], row.get("money", False))
                cell = sheet.cell(row=offset, column=2, value=value)
                # numbers to the right; words (the satisfaction line) read from the left
                cell.alignment = Alignment(horizontal="left" if isinstance(value, str) else "right")
                if number_format:
                    cell.number_format = number_format
            texts = [len(str(report.summary[r["key"]])) for r in spec.get("rows", [])]
            sheet.column_dimensions["A"].width = 52
            sheet.column_dimensions["B"].width = min(70, max([18, *texts]) + 2)
            _fit_to_page(sheet, landscape=False)
            continue
        columns = spec.get("columns", [])
        for number, column in enumerate(columns, start=1):
            cell = sheet.cell(row=4, column=number, value=clean_text(column["label"]))
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        rows = report.tables[spec["source"]]
        for offset, row in enumerate(rows, start=5):
            for number, column in enumerate(columns, start=1):
                value, number_format = _value(row[column["key"]], column.get("money", False))
                cell = sheet.cell(row=offset, column=number, value=value)
                if number_format:
                    cell.number_format = number_format
        totals = [c for c in columns if c.get("total", True) and _summable(rows, c["key"])]
        if rows and totals:
            last = 4 + len(rows)
            sheet.cell(row=last + 1, column=1, value="Totale").font = bold
            for number, column in enumerate(columns, start=1):
                if column in totals and number > 1:
                    # the sum itself, not a formula: a reader that does not recalculate
                    # (a script, a viewer) sees it too
                    total = sum(row[column["key"]] for row in rows)
                    value, _ = _value(total, column.get("money", False))
                    cell = sheet.cell(row=last + 1, column=number, value=value)
                    cell.font = bold
                    if column.get("money"):
                        cell.number_format = EURO_FORMAT
        for number, column in enumerate(columns, start=1):
            width = max(
                [len(str(column["label"]))] + [len(str(r[column["key"]])) for r in rows[:200]]
            )
            if column.get("money"):  # shown as "169.952,00 €", wider than the cents
                width = max(width, 16)
            sheet.column_dimensions[get_column_letter(number)].width = min(48, max(10, width + 2))
        sheet.freeze_panes = "A5"
        sheet.print_title_rows = "4:4"  # the column titles on every printed page
        _fit_to_page(sheet, landscape=len(columns) > 5)
    return save_workbook(workbook, path)


def _summable(rows: list[dict[str, Any]], key: str) -> bool:
    return bool(rows) and all(
        isinstance(r[key], int | float) and not isinstance(r[key], bool) for r in rows
    )


def _fit_to_page(sheet: Any, landscape: bool) -> None:
    """Printed as the funder reads it: A4, as wide as the page, as many pages as it takes."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.center.text = "Pagina &P di &N"
