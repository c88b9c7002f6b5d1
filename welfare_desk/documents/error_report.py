"""The refused rows of an import, as a spreadsheet the HR office can correct and send back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from welfare_desk.documents.workbook import clean_text, save_workbook


class Refusal(Protocol):
    @property
    def row(self) -> int: ...
    @property
    def message(self) -> str: ...


class RefusedRows(Protocol):
    """What the report reads of an import's plan: its headers, the rows it refused with
    why, and each row's cells as the file had them."""

    @property
    def headers(self) -> list[str]: ...
    @property
    def refused(self) -> Sequence[Refusal]: ...
    def cells_of(self, row: int) -> Sequence[Any]: ...


def _safe(value: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _within(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def check_report_target(target: Path, source: Path, protected: Sequence[Path]) -> Path:
    """Where the refused rows may be saved: never over the store's files or inside its
    backups' folder (`protected`), never over the file being imported, only as .xlsx."""
    from welfare_desk.errors import InvalidInput

    for kept in protected:
        if _same(target, kept) or (kept.is_dir() and _within(target, kept)):
            raise InvalidInput(
                f"«{target.name}» è l'archivio di Welfare Desk, un suo file di servizio o una "
                "sua copia di sicurezza: salva l'elenco delle righe scartate in un altro file."
            )
    if _same(target, source):
        raise InvalidInput(
            f"«{target.name}» è il file da importare: salva l'elenco delle righe scartate in "
            "un altro file, così l'originale resta com'è."
        )
    if target.suffix.lower() != ".xlsx":
        raise InvalidInput(
            f"«{target.name}»: l'elenco delle righe scartate si salva come foglio Excel, con "
            "un nome che finisce in .xlsx."
        )
    if target.is_dir():
        raise InvalidInput(f"«{target}» è una cartella: scrivi il nome del file da creare.")
    return target


def write_error_report(path: Path, plan: RefusedRows) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Righe scartate"
    sheet.append(["Riga del file", "Motivo", *[_safe(h) for h in plan.headers]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.data_type = "s"  # a header is text too, whatever it starts with
    for problem in plan.refused:
        sheet.append([problem.row, problem.message])
        row = sheet.max_row
        for offset, value in enumerate(plan.cells_of(problem.row), start=3):
            cell = sheet.cell(row=row, column=offset)
            cell.value = _safe(value)
            if hasattr(value, "year"):
                cell.number_format = "DD/MM/YYYY"
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 70
    sheet.freeze_panes = "C2"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save_workbook(workbook, path)
    except OSError as exc:
        from welfare_desk.documents.output import why_not_written
        from welfare_desk.errors import NotWritten

        raise NotWritten(
            f"Elenco degli errori non salvato in «{path}»: {why_not_written(exc)}. "
            "Un elenco che c'era già è rimasto com'era."
        ) from None
    return path
