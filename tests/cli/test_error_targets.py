"""Where the refused rows of an import may be saved: never over the store, its journal or
a backup, never over the file being imported, only as a workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from welfare_desk.cli import main

MESSY = FIXTURES / "hr" / "workers_messy_openpyxl.xlsx"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "demo", "--workers", "30"]) == 0
    return path


def _import(db: Path, source: Path, errors: Path) -> int:
    return main(
        [
            "--db",
            str(db),
            "import",
            "workers",
            str(source),
            "--skip-invalid",
            "--errors",
            str(errors),
        ]
    )


def _stats(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), "stats"]) == 0
    return capsys.readouterr().out


def test_the_store_itself_is_refused_and_left_whole(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, size = _stats(db, capsys), db.stat().st_size
    assert _import(db, MESSY, db) == 2
    assert "archivio" in capsys.readouterr().err
    assert db.stat().st_size == size
    assert _stats(db, capsys) == before


@pytest.mark.parametrize(
    "name", ["desk.sqlite-wal", "desk.sqlite-journal", "backups/desk-0008.xlsx"]
)
def test_the_store_s_journal_and_backups_are_refused(
    db: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db.parent / name
    target.parent.mkdir(exist_ok=True)
    assert _import(db, MESSY, target) == 2
    assert "archivio" in capsys.readouterr().err
    assert not target.exists()


def test_the_file_being_imported_is_refused_and_left_whole(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "personale.xlsx"
    shutil.copy(MESSY, source)
    assert _import(db, source, source) == 2
    assert "file da importare" in capsys.readouterr().err
    assert source.read_bytes() == MESSY.read_bytes()


def test_only_a_workbook_is_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "errori.pdf"
    assert _import(db, MESSY, target) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert not target.exists()
