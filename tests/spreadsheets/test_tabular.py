"""Files that could hang the desk or fill its memory are refused with a message, quickly:
devices and pipes named .csv, workbooks with millions of shared strings, text in an
encoding the desk cannot tell apart."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from welfare_desk.spreadsheets.tabular import UnreadableFile, read_sheet

# Run in a child with bounded memory and time, so that a regression fails instead of
# hanging the suite or exhausting the machine.
PROBE = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
from welfare_desk.spreadsheets.tabular import UnreadableFile, read_sheet
try:
    sheet = read_sheet(Path(sys.argv[1]))
except UnreadableFile as refused:
    print("REFUSED", refused.message)
else:
    print("READ", len(sheet.rows))
"""


def _probe(path: Path) -> str:
    try:
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        return "HUNG"
    return done.stdout.strip() or f"CRASHED {done.stderr.strip().splitlines()[-1:]}"


def test_a_csv_that_is_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "personale.csv"
    link.symlink_to("/dev/zero")
    outcome = _probe(link)
    assert outcome.startswith("REFUSED") and "non è un file" in outcome, outcome


def test_a_pipe_named_csv_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "personale.csv"
    os.mkfifo(pipe)
    outcome = _probe(pipe)
    assert outcome.startswith("REFUSED") and "non è un file" in outcome, outcome


def test_millions_of_shared_strings_are_refused_before_they_are_read(tmp_path: Path) -> None:
    book = tmp_path / "bomba.xlsx"
    with (
        zipfile.ZipFile(FIXTURES / "hr" / "workers_messy_libreoffice.xlsx") as source,
        zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/sharedStrings.xml":
                head, _, _ = data.partition(b"<si>")
                data = head.replace(b'count="', b'count="9').replace(
                    b'uniqueCount="', b'uniqueCount="9'
                )
                data += b"<si><t>a</t></si>" * 6_000_000 + b"</sst>"
            target.writestr(item, data)
    assert book.stat().st_size < 2_000_000  # small on disk, as the attack is
    outcome = _probe(book)
    assert outcome.startswith("REFUSED") and "testi" in outcome, outcome


def test_shift_jis_text_is_refused_not_imported_as_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "personale.csv"
    path.write_bytes(
        "Codice fiscale;Cognome;Nome;Azienda\nRSSMRA80A01H501U;Rossi;Mario;株式会社ロッシ\n".encode(
            "shift_jis"
        )
    )
    with pytest.raises(UnreadableFile, match="codifica"):
        read_sheet(path)


def test_italian_windows_text_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "personale.csv"
    text = "Cognome;Nome;Note\nD’Antonà;Niccolò;«perché» – 5 € di più…\nÉmile;Zoë;\n"
    path.write_bytes(text.encode("cp1252"))
    rows = read_sheet(path).rows
    assert rows[1][1] == ["D’Antonà", "Niccolò", "«perché» – 5 € di più…"]


def test_excel_unicode_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "personale.txt"
    path.write_bytes("Cognome\tNome\nD’Antonà\tNiccolò\n".encode("utf-16"))
    assert read_sheet(path).rows[1][1] == ["D’Antonà", "Niccolò"]


def test_the_row_limit_counts_data_rows_not_the_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#19: a file of exactly 200,000 workers was refused after 25 s, because the limit
    counted the header row as one of them."""
    from welfare_desk.spreadsheets import tabular

    monkeypatch.setattr(tabular, "MAX_ROWS", 5)
    path = tmp_path / "personale.csv"
    header = "Cognome;Nome\n"
    path.write_text(header + "".join(f"Rossi;Anna{i}\n" for i in range(5)), encoding="utf-8")
    assert len(read_sheet(path).rows) == 6  # the header and five workers
    path.write_text(header + "".join(f"Rossi;Anna{i}\n" for i in range(6)), encoding="utf-8")
    with pytest.raises(UnreadableFile, match="più di 5 righe"):
        read_sheet(path)
