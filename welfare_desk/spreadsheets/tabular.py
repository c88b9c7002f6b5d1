"""Reading the rows of an HR file: .xlsx through openpyxl, .csv as Excel writes it.

Rows keep the number the user sees in Excel or LibreOffice, so that every problem can
be found in the original file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from welfare_desk.errors import ServiceError

MAX_ROWS = 200_000
MAX_COLUMNS = 200
MAX_CELL = 1_000
MAX_BYTES = 100 * 1024 * 1024
MAX_UNPACKED = 300 * 1024 * 1024  # an .xlsx is a zip: a small file can unpack to gigabytes

Cell = str | int | float | bool | date | datetime | None


class UnreadableFile(ServiceError):
    code = "import.unreadable"


@dataclass
class Sheet:
    """A file's rows as (row number, cells), empty rows left out, and where it came from."""

    path: Path
    name: str
    sheet_names: list[str]
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)


def _clean(value: Any) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value[:MAX_CELL] if value else None
    if isinstance(value, bool | int | float | date | datetime) or value is None:
        return value
    return str(value)[:MAX_CELL]


def _keep(path: Path, number: int, cells: list[Any], rows: list[tuple[int, list[Cell]]]) -> None:
    cleaned = [_clean(c) for c in cells[:MAX_COLUMNS]]
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    if not cleaned:
        return
    if len(rows) >= MAX_ROWS:
        raise UnreadableFile(
            f"Il file «{path.name}» ha più di {MAX_ROWS:,} righe: dividilo in più file.".replace(
                ",", "."
            )
        )
    rows.append((number, cleaned))


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    if not path.exists():
        raise UnreadableFile(f"Il file «{path}» non esiste.")
    if path.is_dir():
        raise UnreadableFile(f"«{path}» è una cartella, non un file.")
    if path.stat().st_size > MAX_BYTES:
        raise UnreadableFile(f"Il file «{path.name}» è troppo grande (oltre 100 MB).")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    if suffix in (".xls", ".ods", ".numbers"):
        raise UnreadableFile(
            f"Il formato {suffix} non è supportato: apri «{path.name}» con Excel o "
            "LibreOffice e salvalo come .xlsx o .csv."
        )
    raise UnreadableFile(
        f"«{path.name}» non è un foglio di calcolo che Welfare Desk sa leggere: usa .xlsx o .csv."
    )


def _read_xlsx(path: Path, wanted: str | None) -> Sheet:
    from openpyxl import load_workbook

    not_xlsx = UnreadableFile(
        f"«{path.name}» non è un file Excel .xlsx leggibile: forse è danneggiato o è un "
        "altro tipo di file rinominato. Aprilo con Excel o LibreOffice e salvalo di nuovo."
    )
    if not zipfile.is_zipfile(path):
        raise not_xlsx
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise not_xlsx from None
    if unpacked > MAX_UNPACKED:
        raise UnreadableFile(
            f"«{path.name}» una volta decompresso occuperebbe più di 300 MB: non sembra un "
            "normale elenco del personale. Salvalo di nuovo con Excel o LibreOffice, o dividilo."
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a broken package
        raise not_xlsx from None
    try:
        # Chart sheets hold no rows: only worksheets can be imported.
        names = [sheet.title for sheet in workbook.worksheets]
        if not names:
            raise UnreadableFile(f"«{path.name}» non contiene fogli con dati.")
        if wanted is not None and wanted not in names:
            raise UnreadableFile(
                f"Il file «{path.name}» non ha un foglio «{wanted}»: i fogli sono "
                + ", ".join(f"«{n}»" for n in names)
                + "."
            )
        worksheet = workbook[wanted] if wanted else workbook[names[0]]
        # Some writers declare a wrong size; reading to the real end is safer.
        worksheet.reset_dimensions()
        result = Sheet(path, worksheet.title, names)
        try:
            for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
                _keep(path, number, list(row), result.rows)
        except UnreadableFile:
            raise
        except Exception:
            raise not_xlsx from None
        return result
    finally:
        workbook.close()


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _delimiter(text: str) -> str:
    sample = "\n".join(line for line in text.splitlines()[:30] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: counts[d])


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise UnreadableFile(
            f"«{path.name}» non è un file di testo CSV: salvalo da Excel come "
            "«CSV (delimitato dal separatore di elenco)»."
        )
    text = _decode(raw)
    # Long cells are read whole and refused by the checks, with their row, not here.
    csv.field_size_limit(MAX_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    result = Sheet(path, path.stem, [path.stem])
    try:
        line = 1
        for cells in reader:
            _keep(path, line, cells, result.rows)
            line = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableFile(
            f"Il file «{path.name}» non è un CSV valido alla riga {line}: {exc}."
        ) from None
    return result
