"""Where the refused rows of an import may be saved: never over the store, its journal or
a backup, never over the file being imported, only as a workbook."""

from __future__ import annotations

import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, store_env
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


def _import_on_a_full_disk(
    db: Path, source: Path, errors: Path, room: int
) -> subprocess.CompletedProcess[str]:
    """The command in a process that may write no file past `room` bytes, as on a disk that
    fills up halfway through the workbook (the store is only read before the report)."""

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))

    command = "import sys; from welfare_desk.cli import main; sys.exit(main(sys.argv[1:]))"
    arguments = ["--db", str(db), "import", "workers", str(source), "--errors", str(errors)]
    return subprocess.run(
        [sys.executable, "-c", command, *arguments],
        capture_output=True,
        text=True,
        preexec_fn=full_disk,
        check=False,
        env=store_env(db),
    )


def test_a_full_disk_leaves_the_earlier_list_whole_and_says_so(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "personale.csv"
    rows = [
        f"RSS{n:06d}X;Rossi{n};Anna{n * 7919 % 100003};31/02/1980;Ditta {n}" for n in range(3000)
    ]
    source.write_text("Codice fiscale;Cognome;Nome;Data di nascita;Azienda\n" + "\n".join(rows))
    errors = tmp_path / "errori.xlsx"
    errors.write_bytes(b"the list saved last quarter")
    before = _stats(db, capsys)
    # past SQLite's 32 KB shared-memory file, short of the 3,000 refused rows' workbook
    done = _import_on_a_full_disk(db, source, errors, room=48_000)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        f"Elenco degli errori non salvato in «{errors}»: il disco è pieno: libera spazio o "
        "scegli un altro disco. Un elenco che c'era già è rimasto com'era."
    ]
    assert errors.read_bytes() == b"the list saved last quarter"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert _stats(db, capsys) == before
