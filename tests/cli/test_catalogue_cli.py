"""match, import catalogue and the catalogue's stats from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import FIXTURES, TODAY, store_at
from tests.helpers import add_camp, add_member, add_worker
from welfare_desk.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "desk.sqlite")
    assert main(["--db", path, "init"]) == 0
    return path


def test_match_lists_what_fits_with_reasons_and_near_misses(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    store = store_at(db)
    today = TODAY
    add_camp(store, starts=date(today.year + 1, 6, 14), ends=date(today.year + 1, 6, 18))
    worker = add_worker(store, municipality="Codogno").worker
    add_member(store, worker.id, "Luca", date(today.year - 8, 2, 1))
    add_member(store, worker.id, "Sara", date(today.year - 15, 1, 10), sex="F")
    store.close()
    capsys.readouterr()
    code, out, err = run(capsys, "--db", db, "match", worker.codice_fiscale, "--json")
    assert code == 0, err
    (found,) = json.loads(out)
    assert found["service"] == "Campus estivo Il Mosaico"
    assert found["person"] == "Luca (figlio)" and found["eligible"] is True
    assert found["price"] == 80.0 and found["places_left"] == 20
    assert "a Codogno, nel comune di residenza" in found["reasons"]
    code, out, _ = run(capsys, "--db", db, "match", worker.codice_fiscale, "--near-misses")
    assert code == 0
    assert "✗ Campus estivo Il Mosaico" in out and "il servizio accetta 6–11 anni" in out
    code, _, err = run(capsys, "--db", db, "match", "RSSMRA85C47E648X")
    assert code == 2 and err.count("\n") == 1


def test_import_catalogue_then_stats(capsys: pytest.CaptureFixture[str], db: str) -> None:
    messy = str(FIXTURES / "catalogue" / "catalogue_messy_libreoffice.xlsx")
    capsys.readouterr()
    code, _, err = run(capsys, "--db", db, "import", "catalogue", messy)
    assert code == 2 and "nessun dato scritto" in err
    code, out, err = run(capsys, "--db", db, "import", "catalogue", messy, "--skip-invalid")
    assert code == 0, err
    assert out.startswith("Importazione completata (edizioni del catalogo): 3 nuovi")
    counts = json.loads(run(capsys, "--db", db, "stats", "--json")[1])
    assert (counts["services"], counts["editions"]) == (2, 3)
    assert counts["enrollments_by_status"]["confirmed"] == 0
    assert (counts["vouchers_issued"], counts["vouchers_value"]) == (0, 0)


def test_the_refused_catalogue_rows_go_to_the_error_report(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    messy = str(FIXTURES / "catalogue" / "catalogue_messy_libreoffice.xlsx")
    report = tmp_path / "scartate.xlsx"
    capsys.readouterr()
    code, _, err = run(capsys, "--db", db, "import", "catalogue", messy, "--errors", str(report))
    assert code == 2 and "elenco in" in err
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Riga del file", "Motivo", "Ente erogatore", "Servizio")
    assert [r[0] for r in rows[1:]] == [6, 7, 8, 9, 10, 11, 12, 14]
    assert rows[4][1] == "Posti: «venti» non è un numero di posti."
