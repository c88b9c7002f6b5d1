"""Importing the HR files employers really send, checked against tests/fixtures/hr/expected.json."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.conftest import FIXTURES
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.errors import Cancelled, InvalidInput
from welfare_desk.progress import TaskState
from welfare_desk.registry.importing import ImportPlan, plan_import, run_import
from welfare_desk.registry.workers import get_worker, search_workers
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import UnreadableFile, read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.models import HouseholdMember, JournalEntry, Worker
from welfare_desk.store.uow import UnitOfWork

HR = FIXTURES / "hr"
EXPECTED: dict[str, Any] = json.loads((HR / "expected.json").read_text(encoding="utf-8"))
TODAY = date.fromisoformat(EXPECTED["reference_date"])
FILES = EXPECTED["files"]
WORKER_FILES = [n for n, f in FILES.items() if f["kind"] == "workers"]
HOUSEHOLD_FILES = [n for n, f in FILES.items() if f["kind"] == "household"]

# What the user reads for each kind of refusal in the fixtures.
REASON_WORDS = {
    "cf.check": "carattere di controllo",
    "cf.birth_date_mismatch": "non corrisponde al codice fiscale",
    "date.format": "Data di nascita",
    "surname.missing": "cognome",
    "duplicate": "è già presente alla riga",
    "cf.invalid": "16 caratteri",
    "worker.unknown": "non è in archivio",
    "date.future": "nel futuro",
    "relation.unknown": "non è un valore riconosciuto",
}


def _plan(store: Store, name: str, kind: ImportKind) -> ImportPlan:
    with UnitOfWork(store) as uow:
        return plan_import(uow, read_sheet(HR / name), kind, today=TODAY)


def _import(store: Store, name: str, kind: ImportKind) -> Any:
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(HR / name), kind, today=TODAY)
        return run_import(uow, plan)


def _count(store: Store, model: type[Any]) -> int:
    with UnitOfWork(store) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize("name", WORKER_FILES)
def test_worker_files_are_read_as_the_user_sees_them(sqlite_store: Store, name: str) -> None:
    expected = FILES[name]
    plan = _plan(sqlite_store, name, ImportKind.WORKERS)
    assert plan.header_row == expected["header_row"]
    assert len(plan.valid) == expected["valid_count"]
    assert {p.row for p in plan.refused} == {i["row"] for i in expected["invalid"]}
    for invalid in expected["invalid"]:
        message = next(p.message for p in plan.refused if p.row == invalid["row"])
        assert REASON_WORDS[invalid["reason"]].lower() in message.lower(), message
    assert {w.row for w in plan.warnings} == {w["row"] for w in expected["warnings"]}


def _as_written_by_the_desk(text: str) -> str:
    """Payroll exports shout names in capitals; the desk writes "De Luca"."""
    text = " ".join(text.split())
    return text.title() if text.isupper() or text.islower() else text


@pytest.mark.parametrize("name", WORKER_FILES)
def test_valid_worker_rows_land_with_their_data(sqlite_store: Store, name: str) -> None:
    result = _import(sqlite_store, name, ImportKind.WORKERS)
    expected = FILES[name]
    assert result.created == expected["valid_count"]
    with UnitOfWork(sqlite_store) as uow:
        for record in expected["valid"]:
            worker = get_worker(uow, record["codice_fiscale"], today=TODAY)
            assert worker.surname == _as_written_by_the_desk(record["surname"])
            assert worker.name == _as_written_by_the_desk(record["name"])
            assert worker.birth_date.isoformat() == record["birth_date"]
            assert worker.organization == " ".join(record["employer"].split())


def test_a_first_import_into_an_empty_store_creates_the_employers(store: Store) -> None:
    result = _import(store, "workers_clean.xlsx", ImportKind.WORKERS)
    employers = sorted({r["employer"] for r in FILES["workers_clean.xlsx"]["valid"]})
    assert sorted(result.organizations_created) == employers
    assert "Nuove aziende" in result.summary()


def test_reimporting_the_same_file_changes_nothing(store: Store) -> None:
    _import(store, "workers_clean.xlsx", ImportKind.WORKERS)
    _import(store, "household_clean.xlsx", ImportKind.HOUSEHOLD)
    journal = _count(store, JournalEntry)
    again = _import(store, "workers_clean.xlsx", ImportKind.WORKERS)
    again_household = _import(store, "household_clean.xlsx", ImportKind.HOUSEHOLD)
    assert (again.created, again.updated) == (0, 0)
    assert again.unchanged == FILES["workers_clean.xlsx"]["valid_count"]
    assert (again_household.created, again_household.updated) == (0, 0)
    assert _count(store, JournalEntry) == journal


def test_a_changed_row_updates_the_worker_and_the_journal_says_so(
    sqlite_store: Store, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _import(sqlite_store, "workers_clean.xlsx", ImportKind.WORKERS)
    workbook = load_workbook(HR / "workers_clean.xlsx")
    sheet = workbook.active
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("Email") + 1, value="nuovo.indirizzo@esempio.it")
    changed = tmp_path / "changed.xlsx"
    workbook.save(changed)
    with UnitOfWork(sqlite_store) as uow:
        result = run_import(
            uow, plan_import(uow, read_sheet(changed), ImportKind.WORKERS, today=TODAY)
        )
    assert (result.created, result.updated) == (0, 1)
    with UnitOfWork(sqlite_store) as uow:
        entry = uow.session.scalars(
            select(JournalEntry).where(JournalEntry.action == "update")
        ).one()
        assert entry.changes["email"][1] == "nuovo.indirizzo@esempio.it"


@pytest.mark.parametrize("name", HOUSEHOLD_FILES)
def test_household_files_after_their_workers(sqlite_store: Store, name: str) -> None:
    _import(sqlite_store, "workers_clean.xlsx", ImportKind.WORKERS)
    expected = FILES[name]
    plan = _plan(sqlite_store, name, ImportKind.HOUSEHOLD)
    assert plan.header_row == expected["header_row"]
    assert {p.row for p in plan.refused} == {i["row"] for i in expected["invalid"]}
    for invalid in expected["invalid"]:
        message = next(p.message for p in plan.refused if p.row == invalid["row"])
        assert REASON_WORDS[invalid["reason"]].lower() in message.lower(), message
    with UnitOfWork(sqlite_store) as uow:
        result = run_import(uow, plan)
    assert result.created == expected["valid_count"]
    with UnitOfWork(sqlite_store) as uow:
        for record in expected["valid"]:
            worker = get_worker(uow, record["worker_codice_fiscale"], today=TODAY)
            member = next(
                m
                for m in worker.household
                if m.name == _as_written_by_the_desk(record["name"])
                and m.birth_date.isoformat() == record["birth_date"]
            )
            assert member.relation == record["relation"]
            assert member.disability == record["disability"]
            assert member.dependent == record["dependent"]


def test_household_gives_the_worker_categories_with_reasons(sqlite_store: Store) -> None:
    _import(sqlite_store, "workers_clean.xlsx", ImportKind.WORKERS)
    _import(sqlite_store, "household_clean.xlsx", ImportKind.HOUSEHOLD)
    babies = [
        r
        for r in FILES["household_clean.xlsx"]["valid"]
        if r["relation"] == "child" and r["age_on_reference_date"] == 0
    ]
    assert babies
    with UnitOfWork(sqlite_store) as uow:
        worker = get_worker(uow, babies[0]["worker_codice_fiscale"], today=TODAY)
    codes = {c.code for c in worker.categories}
    assert {"pregnancy_maternity", "children_under_14"} <= codes
    assert any("mesi" in c.reason for c in worker.categories)


def test_household_rows_of_unknown_workers_are_refused_before_any_write(
    sqlite_store: Store,
) -> None:
    plan = _plan(sqlite_store, "household_clean.xlsx", ImportKind.HOUSEHOLD)
    assert not plan.valid
    assert all("importa prima il file dei lavoratori" in p.message for p in plan.refused)


@pytest.mark.parametrize("name", ["broken.xlsx", "not_a_spreadsheet.xlsx"])
def test_broken_files_get_a_clear_message(name: str) -> None:
    with pytest.raises(UnreadableFile) as refused:
        read_sheet(HR / name)
    assert "non è un file Excel .xlsx leggibile" in refused.value.message


def test_other_formats_are_named_with_the_way_out(tmp_path: Path) -> None:
    old = tmp_path / "vecchio.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnreadableFile, match=r"salvalo come \.xlsx o \.csv"):
        read_sheet(old)


def test_a_file_without_a_header_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "numeri.csv"
    path.write_text("1;2;3\n4;5;6\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="Non trovo la riga di intestazione"):
        _plan_path(path)


def _plan_path(path: Path) -> ImportPlan:
    from tests.conftest import store_at

    store = store_at(str(path.parent / "s.sqlite"))
    try:
        with UnitOfWork(store) as uow:
            return plan_import(uow, read_sheet(path), ImportKind.WORKERS, today=TODAY)
    finally:
        store.close()


def test_the_mapping_can_be_overridden(tmp_path: Path) -> None:
    path = tmp_path / "strano.csv"
    code = encode("Rossi", "Maria", date(1985, 3, 7), "F", "E648")
    lines = ["Codice fiscale;Cognome;Nome;Ditta", f"{code};Rossi;Maria;Officine Lodigiane"]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(InvalidInput, match="--map organization=NomeColonna"):
        _plan_path(path)
    from tests.conftest import store_at

    store = store_at(str(tmp_path / "s.sqlite"))
    with UnitOfWork(store) as uow:
        plan = plan_import(
            uow, read_sheet(path), ImportKind.WORKERS, {"organization": "Ditta"}, today=TODAY
        )
        assert [r.values["organization"] for r in plan.valid] == ["Officine Lodigiane"]
        with pytest.raises(InvalidInput, match="non c'è la colonna «Reparto»"):
            plan_import(uow, read_sheet(path), ImportKind.WORKERS, {"work_site": "Reparto"})
    store.close()


def test_a_cancelled_import_leaves_the_store_as_it_was(store: Store) -> None:
    _import(store, "workers_clean.xlsx", ImportKind.WORKERS)
    before = (_count(store, Worker), _count(store, JournalEntry))
    state = TaskState()
    state.cancel()
    with UnitOfWork(store) as uow:
        plan = plan_import(
            uow, read_sheet(HR / "workers_libreoffice.csv"), ImportKind.WORKERS, today=TODAY
        )
        with pytest.raises(Cancelled, match="com'era"):
            run_import(uow, plan, state)
    assert (_count(store, Worker), _count(store, JournalEntry)) == before
    assert _count(store, HouseholdMember) == 0


def test_progress_reaches_the_end(sqlite_store: Store) -> None:
    seen: list[tuple[int, int]] = []
    with UnitOfWork(sqlite_store) as uow:
        plan = plan_import(
            uow, read_sheet(HR / "workers_clean.xlsx"), ImportKind.WORKERS, today=TODAY
        )
        run_import(uow, plan, TaskState(lambda done, total: seen.append((done, total))))
    done, total = seen[-1]
    assert done == total > 0
    assert len(seen) >= 2  # also while writing, not only at the end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_imported_workers_are_found_by_search(store: Store) -> None:
    _import(store, "workers_messy_openpyxl.xlsx", ImportKind.WORKERS)
    with UnitOfWork(store) as uow:
        hits = search_workers(uow, "d'amico nicc")
        assert [(h.surname, h.name) for h in hits] == [("D'Amico", "Niccolò")]
        assert search_workers(uow, "damico")[0].surname == "D'Amico"
        assert search_workers(uow, "DMCNCL")[0].codice_fiscale.startswith("DMCNCL")
