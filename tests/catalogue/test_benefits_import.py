"""The employer's other benefits from a payroll file: one figure per worker, year and
kind; a bad row refuses the file with what to fix; a column not used is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import add_worker, worker_input
from welfare_desk.catalogue.benefits import benefits_of
from welfare_desk.catalogue.benefits_import import import_benefits, plan_benefits
from welfare_desk.errors import InvalidInput
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork


def _file(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "cedolini.csv"
    path.write_text("Codice fiscale;Anno;Voce;Importo;Note;Reparto\n" + rows)
    return path


def test_a_payroll_file_fills_the_meter_and_again_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    worker = add_worker(store).worker
    code = worker_input().codice_fiscale
    path = _file(
        tmp_path,
        f"{code};2026;Utenze domestiche;350,00;luce e gas;Magazzino\n"
        f"{code};2026;affitto;600;;Magazzino\n",
    )
    with UnitOfWork(store) as uow:
        plan = plan_benefits(uow, read_sheet(path))
        assert plan.unused_columns == ["Reparto"]
        result = import_benefits(uow, plan)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    assert "Colonne non usate: «Reparto»." in result.summary()
    with UnitOfWork(store) as uow:
        kinds = {(b.kind, b.amount_cents) for b in benefits_of(uow, worker.id)}
        again = import_benefits(uow, plan_benefits(uow, read_sheet(path)))
    assert kinds == {("utilities", 35000), ("rent", 60000)}
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_a_bad_row_refuses_the_file_and_says_what_to_fix(store: Store, tmp_path: Path) -> None:
    add_worker(store)
    code = worker_input().codice_fiscale
    path = _file(
        tmp_path,
        f"{code};2026;yacht;350;;\n"
        f"RSSMRA80A01H501X;2026;affitto;100;;\n"
        f"{code};duemila;affitto;-5;;\n",
    )
    with UnitOfWork(store) as uow:
        plan = plan_benefits(uow, read_sheet(path))
        with pytest.raises(InvalidInput, match="nessun dato scritto"):
            import_benefits(uow, plan)
    lines = [p.line() for p in plan.refused]
    assert lines[0].startswith("Riga 2: voce «yacht» non riconosciuta: scrivi ")
    assert "carattere di controllo" in lines[1]
    assert "anno «duemila»" in lines[2] and "importo" in lines[2]
    with UnitOfWork(store) as uow:
        assert benefits_of(uow, add_worker(store, name="Anna").worker.id) == []


def test_the_command_line_imports_a_payroll_file_or_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.cli.test_cli import run
    from welfare_desk.cli import main

    db = str(tmp_path / "desk.sqlite")
    assert main(["--db", db, "init"]) == 0
    code = worker_input().codice_fiscale
    people = tmp_path / "w.csv"
    people.write_text(f"codice fiscale;cognome;nome;azienda\n{code};Rossi;Maria;Officine\n")
    assert main(["--db", db, "import", "workers", str(people)]) == 0
    bad = _file(tmp_path, f"{code};2026;yacht;350;;\n")
    done, _out, err = run(capsys, "--db", db, "benefits", str(bad))
    assert done == 2 and "nessun dato scritto" in err and "Riga 2: voce «yacht»" in err
    good = _file(tmp_path, f"{code};2026;auto aziendale;1.200,00;;Sede\n")
    done, out, err = run(capsys, "--db", db, "benefits", str(good))
    assert done == 0, err
    assert out.strip() == (
        "Benefit dal cedolino: 1 nuovi, 0 aggiornati, 0 invariati. Colonne non usate: «Reparto»."
    )
