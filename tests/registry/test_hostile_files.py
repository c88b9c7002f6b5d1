"""Files that try the importer: odd placeholders, columns that could mislead, long or
invisible text. Each row is refused with a reason, never written, never a crash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.errors import InvalidInput
from welfare_desk.registry.importing import ImportPlan, plan_import, run_import
from welfare_desk.registry.workers import get_worker
from welfare_desk.spreadsheets import tabular
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import UnreadableFile, read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

CODE = encode("Rossi", "Mario", date(1980, 1, 1), "M", "F205")
CHILD = encode("Rossi", "Luca", date(2018, 5, 4), "M", "F205")


def _csv(tmp_path: Path, lines: list[str], name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _plan(
    store: Store, path: Path, kind: ImportKind = ImportKind.WORKERS, **kw: object
) -> ImportPlan:
    with UnitOfWork(store) as uow:
        return plan_import(uow, read_sheet(path), kind, today=date(2026, 11, 21), **kw)  # type: ignore[arg-type]


def _import_worker(store: Store, tmp_path: Path) -> None:
    path = _csv(
        tmp_path, ["codice fiscale;cognome;nome;azienda", f"{CODE};Rossi;Mario;Officine"], "w.csv"
    )
    with UnitOfWork(store) as uow:
        run_import(uow, plan_import(uow, read_sheet(path), ImportKind.WORKERS))


def test_an_employer_without_letters_is_a_refused_row(store: Store, tmp_path: Path) -> None:
    plan = _plan(
        store, _csv(tmp_path, ["codice fiscale;cognome;nome;azienda", f"{CODE};Rossi;Mario;-"])
    )
    assert [p.row for p in plan.refused] == [2]
    assert "non contiene lettere né cifre" in plan.refused[0].message


def test_long_and_invisible_text_is_refused_on_every_store(store: Store, tmp_path: Path) -> None:
    lines = [
        "codice fiscale;cognome;nome;azienda;telefono",
        f"{CODE};Rossi;Mario;Officine;{'3' * 66}",
        f"{encode('Bianchi', 'Anna', date(1985, 2, 2), 'F', 'F205')};Bianchi;An\x1bna;Officine;",
    ]
    plan = _plan(store, _csv(tmp_path, lines))
    assert [p.row for p in plan.refused] == [2, 3]
    assert "il massimo è 40" in plan.refused[0].message
    assert "caratteri invisibili" in plan.refused[1].message


def test_household_columns_about_the_worker_are_not_the_relatives(
    store: Store, tmp_path: Path
) -> None:
    _import_worker(store, tmp_path)
    lines = [
        "CF dipendente;Data nascita dipendente;Parentela;Cognome familiare;Nome familiare;"
        "Data nascita familiare",
        f"{CODE};01/01/1980;figlio;Rossi;Luca;04/05/2018",
    ]
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(_csv(tmp_path, lines)), ImportKind.HOUSEHOLD)
        run_import(uow, plan)
    with UnitOfWork(store) as uow:
        member = get_worker(uow, CODE).household[0]
    assert (member.name, member.birth_date) == ("Luca", date(2018, 5, 4))


def test_two_equally_named_columns_are_asked_not_guessed(store: Store, tmp_path: Path) -> None:
    _import_worker(store, tmp_path)
    path = _csv(
        tmp_path,
        [
            "Codice fiscale;Cognome;Nome;Parentela;Cognome;Nome;Data di nascita",
            f"{CODE};Rossi;Mario;figlio;Rossi;Luca;04/05/2018",
        ],
    )
    with pytest.raises(InvalidInput) as asked:
        _plan(store, path, ImportKind.HOUSEHOLD)
    assert "--map surname=B" in asked.value.message
    plan = _plan(store, path, ImportKind.HOUSEHOLD, overrides={"surname": "E", "name": "F"})
    assert [r.values["name"] for r in plan.valid] == ["Luca"]


def test_dates_with_a_time_as_exports_write_them(store: Store, tmp_path: Path) -> None:
    plan = _plan(
        store,
        _csv(
            tmp_path,
            [
                "codice fiscale;cognome;nome;data di nascita;azienda",
                f"{CODE};Rossi;Mario;01/01/1980 00:00:00;Officine",
            ],
        ),
    )
    assert [r.values["birth_date"] for r in plan.valid] == [date(1980, 1, 1)]


def test_a_zip_bomb_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import FIXTURES

    monkeypatch.setattr(tabular, "MAX_UNPACKED", 1000)
    with pytest.raises(UnreadableFile, match="decompresso"):
        read_sheet(FIXTURES / "hr" / "workers_clean.xlsx")
