"""`welfare-desk profile`: the senders' profiles looked after from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from welfare_desk.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store with one sender's profile, kept by an import as a manager would."""
    path = str(tmp_path / "desk.sqlite")
    assert main(["--db", path, "demo", "--workers", "30"]) == 0
    providers = tmp_path / "aurora.csv"
    providers.write_text(
        "Ente;Servizio;Categoria;Tariffa;Periodo;Dal;Al;Posti\n"
        "Cooperativa Aurora;Campo estivo Aurora;Centri estivi;120;Estate;"
        "15/06/2027;31/07/2027;40\n"
    )
    options = ["--map", "full_price=Tariffa", "--profile", "Cooperativa Aurora"]
    assert main(["--db", path, "import", "catalogue", str(providers), *options]) == 0
    return path


def test_the_list_names_each_profile_with_what_it_holds(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, _err = run(capsys, "--db", db, "profile", "list")
    assert code == 0
    assert out.startswith("Cooperativa Aurora — catalogo: 1 colonne, 0 valori; salvato il ")


def test_a_profile_is_corrected_then_shown_as_it_now_is(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        *("--db", db, "profile", "edit", "cooperativa aurora"),
        *("--value", 'period:"Estate piena"=summer', "--forget-column", "full_price"),
    )
    assert code == 0, err
    assert "Colonna" not in out
    assert "Valore — Periodo (period) «estate piena» = " in out
    code, out, err = run(
        capsys, "--db", db, "profile", "edit", "Cooperativa Aurora", "--map", "x=Y"
    )
    assert code == 2 and "«x» non è un campo di questo tipo di file" in err


def test_a_rename_and_a_removal_asked_first(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _err = run(capsys, "--db", db, "profile", "rename", "Cooperativa Aurora", "Aurora")
    assert (code, out) == (0, "Profilo rinominato: ora si chiama «Aurora».\n")
    # no terminal and no --yes: nothing removed
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _out, err = run(capsys, "--db", db, "profile", "delete", "Aurora")
    assert code == 2 and "Conferma con --yes" in err
    assert run(capsys, "--db", db, "profile", "show", "Aurora")[0] == 0
    code, out, _err = run(capsys, "--db", db, "profile", "delete", "Aurora", "--yes")
    assert code == 0 and "i dati già importati restano" in out
    code, _out, err = run(capsys, "--db", db, "profile", "show", "Aurora")
    assert code == 2 and "Non c'è un profilo «Aurora». Profili: nessuno." in err
