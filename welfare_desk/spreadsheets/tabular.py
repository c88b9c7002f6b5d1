"""Reading the rows of an HR file: .xlsx through openpyxl, .csv as Excel writes it.

Rows keep the number the user sees in Excel or LibreOffice, so that every problem can
be found in the original file.
"""

from __future__ import annotations

import csv
import io
import stat
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
# openpyxl holds every shared string in memory before the first row: a 0.7 MB file can
# declare sixteen million of them. Ten distinct texts a row for the largest file is ample.
MAX_SHARED_STRINGS = 2_000_000
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: more rows, empty or not, is no HR file

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


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _keep(path: Path, number: int, cells: list[Any], rows: list[tuple[int, list[Cell]]]) -> None:
    cleaned = [_clean(c) for c in cells[:MAX_COLUMNS]]
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    if not cleaned:
        return
    if len(rows) > MAX_ROWS:  # the header row and MAX_ROWS rows of data are kept
        raise UnreadableFile(
            f"Il file «{path.name}» ha più di {_number(MAX_ROWS)} righe di dati: dividilo in "
            "più file."
        )
    rows.append((number, cleaned))


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    if not path.exists():
        raise UnreadableFile(f"Il file «{path}» non esiste.")
    if path.is_dir():
        raise UnreadableFile(f"«{path}» è una cartella, non un file.")
    if not stat.S_ISREG(path.stat().st_mode):  # a device or a pipe would never end
        raise UnreadableFile(
            f"«{path.name}» non è un file su disco (è un dispositivo, una coda o un collegamento "
            "a uno di questi): salva il foglio come file .xlsx o .csv e scegli quello."
        )
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
            if unpacked > MAX_UNPACKED:
                raise UnreadableFile(
                    f"«{path.name}» una volta decompresso occuperebbe più di 300 MB: non sembra "
                    "un normale elenco del personale. Salvalo di nuovo con Excel o LibreOffice, "
                    "o dividilo."
                )
            if _shared_strings(archive) > MAX_SHARED_STRINGS:
                raise UnreadableFile(
                    f"«{path.name}» dichiara più di {_number(MAX_SHARED_STRINGS)} testi "
                    "diversi: non sembra un normale elenco. Salvalo di nuovo con Excel o "
                    "LibreOffice, o dividilo in più file."
                )
    except (zipfile.BadZipFile, OSError, EOFError):
        raise not_xlsx from None
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
                if number > MAX_SHEET_ROWS:
                    raise UnreadableFile(
                        f"Il foglio «{worksheet.title}» di «{path.name}» va oltre la riga "
                        f"{_number(MAX_SHEET_ROWS)}, il limite di Excel: salvalo di nuovo "
                        "con Excel o LibreOffice."
                    )
                _keep(path, number, list(row), result.rows)
        except UnreadableFile:
            raise
        except Exception:
            raise not_xlsx from None
        return result
    finally:
        workbook.close()


def _shared_strings(archive: zipfile.ZipFile) -> int:
    """How many texts the workbook's table of shared strings holds, counted in the
    compressed stream a megabyte at a time (its declared count can lie)."""
    entries = [i for i in archive.infolist() if i.filename.lower().endswith("sharedstrings.xml")]
    found = 0
    for entry in entries:
        carry = b""
        with archive.open(entry) as stream:
            while chunk := stream.read(1 << 20):
                window = carry + chunk
                found += sum(window.count(tag) for tag in (b"<si>", b"<si ", b":si>", b":si "))
                carry = window[-3:]  # a tag across two chunks, never one counted twice
                if found > MAX_SHARED_STRINGS:
                    return found
    return found


# Characters that Italian text in Excel's Western encoding hardly ever holds, and that
# text in another encoding (Shift-JIS, say) read as Windows-1252 is full of.
_UNLIKELY = frozenset("ŠšŽžŒœŸ‰ƒˆ˜†‡‹›¤¦¬¯±µ¶¸¹²³¼½¾¿¡¢¥ÐðÞþ×÷ÃãÕõÅåÆæØøÝýƒ")


def _unreadable_encoding(name: str, sample: str = "") -> UnreadableFile:
    shown = f" (ad esempio «{sample}»)" if sample else ""
    return UnreadableFile(
        f"«{name}» non è scritto in una codifica che Welfare Desk riconosce (UTF-8, o quella "
        f"di Excel per l'Europa occidentale): i nomi diventerebbero illeggibili{shown}. "
        "Salvalo da Excel o LibreOffice come «CSV UTF-8» e riprova."
    )


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's «Testo Unicode»
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise _unreadable_encoding(name) from None
    if b"\x00" in raw[:4096]:
        raise UnreadableFile(
            f"«{name}» non è un file di testo CSV: salvalo da Excel come "
            "«CSV (delimitato dal separatore di elenco)»."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise _unreadable_encoding(name) from None
    foreign = [c for c in text if ord(c) > 127]
    unlikely = [c for c in foreign if c in _UNLIKELY]
    if len(unlikely) >= 3 and len(unlikely) * 10 >= len(foreign):
        raise _unreadable_encoding(name, "".join(unlikely[:6]))
    return text


def _delimiter(text: str) -> str:
    sample = "\n".join(line for line in text.splitlines()[:30] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=lambda d: counts[d])


def _read_csv(path: Path) -> Sheet:
    with path.open("rb") as handle:  # never more than the limit, whatever the size said
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise UnreadableFile(f"Il file «{path.name}» è troppo grande (oltre 100 MB).")
    text = _decode(raw, path.name)
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
