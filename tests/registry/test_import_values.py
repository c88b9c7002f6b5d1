"""Values inside the columns, as HR offices write them: L. 104 in twenty spellings, a
«Sì» that must be asked, columns the import does not use, named, never dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.fixtures.hr.spellings import ASKED, ASKED_RELATION, ROWS, SETTLED
from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.registry.importing import ImportPlan, plan_import, run_import
from welfare_desk.registry.workers import get_worker
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.spreadsheets.values import Choices, parse_choice
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

CODE = encode("Rossi", "Mario", date(1980, 1, 1), "M", "F205")
SPELLINGS = FIXTURES / "hr" / "household_spellings_libreoffice.xlsx"
DAY = date(2026, 11, 21)


def _worker(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(f"codice fiscale;cognome;nome;azienda\n{CODE};Rossi;Mario;Officine\n")
    with UnitOfWork(store) as uow:
        run_import(uow, plan_import(uow, read_sheet(path), ImportKind.WORKERS, today=DAY))


def _plan(store: Store, choices: Choices | None = None) -> ImportPlan:
    with UnitOfWork(store) as uow:
        return plan_import(
            uow, read_sheet(SPELLINGS), ImportKind.HOUSEHOLD, today=DAY, choices=choices
        )


def test_the_fixture_is_libreoffice_s_and_has_twenty_spellings() -> None:
    from zipfile import ZipFile

    with ZipFile(SPELLINGS) as book:
        assert b"LibreOffice" in book.read("docProps/app.xml")
    assert len({row[3] for row in ROWS}) >= 20


def test_l104_relations_and_dependants_as_written_are_read(store: Store, tmp_path: Path) -> None:
    _worker(store, tmp_path)
    plan = _plan(store, {("relation", "nipote"): "grandchild"})
    by_name = {row.values["name"]: row.values for row in plan.valid}
    for relation, name, _born, written, _dependent, disability, relation_value in ROWS:
        assert name in by_name, f"{written!r} / {relation!r} refused"
        assert by_name[name]["disability"] == disability, written
        assert by_name[name]["relation"] == relation_value, relation
    assert by_name["Giulia"]["dependent"] and by_name["Samuel"]["dependent"]
    assert not by_name["Elena"]["dependent"]


def test_a_bare_yes_to_l104_is_asked_once_for_its_rows(store: Store, tmp_path: Path) -> None:
    _worker(store, tmp_path)
    plan = _plan(store)
    refused = {p.row: p.message for p in plan.refused}
    assert len(refused) == len(ASKED) + 1
    assert all("non dice quale valore" in m for m in refused.values())
    asked = {u.text: u for u in plan.unsettled}
    assert set(asked) == {"Sì", "L. 104", ASKED_RELATION}
    assert asked["Sì"].asked and asked["Sì"].field == "disability"
    assert asked[ASKED_RELATION].proposals == ("grandchild", "nephew")
    # the person chooses once; the rows import with that choice
    choices = dict([parse_choice('disability:"Sì"=art3_c3'), parse_choice("disability:L. 104=1")])
    assert {**choices, ("relation", "nipote"): "grandchild"} == SETTLED
    plan = _plan(store, SETTLED)
    assert not plan.refused
    with UnitOfWork(store) as uow:
        run_import(uow, plan)
    with UnitOfWork(store) as uow:
        household = {m.name: m for m in get_worker(uow, CODE, DAY).household}
    assert household["Bianca"].disability == "art3_c3"
    assert household["Aldo"].disability == "art3_c1"
    assert household["Giulia"].disability == "art3_c3"


def test_a_column_the_import_does_not_use_is_named(store: Store, tmp_path: Path) -> None:
    _worker(store, tmp_path)
    plan = _plan(store)
    assert plan.unused_columns == ["Note HR"]
    with UnitOfWork(store) as uow:
        result = run_import(uow, plan)
    assert "Colonne non usate: «Note HR»" in result.summary()
    assert result.as_dict()["unused_columns"] == ["Note HR"]


def test_a_close_value_is_proposed_in_the_refusal(store: Store, tmp_path: Path) -> None:
    _worker(store, tmp_path)
    path = tmp_path / "f.csv"
    path.write_text(
        "CF dipendente;Parentela;Cognome;Nome;Data di nascita;Legge 104\n"
        f"{CODE};figlia;Rossi;Anna;01/02/2015;gravta\n",
        encoding="utf-8",
    )
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), ImportKind.HOUSEHOLD, today=DAY)
    assert "forse «art. 3 c. 3 L. 104/1992 (situazione di gravità)»" in plan.refused[0].message
    assert plan.unsettled[0].proposals == ("art3_c3",)
    assert plan.unsettled[0].option() == '--value disability:"gravta"=art3_c3'


@pytest.mark.parametrize(
    ("option", "words"),
    [
        ("disability=art3_c3", "non è una scelta valida"),
        ('colore:"rosso"=blu', "non è una scelta valida"),
        ('disability:"Sì"=molto', "non è un valore di Legge 104"),
    ],
)
def test_a_wrong_choice_says_how_to_write_it(option: str, words: str) -> None:
    from welfare_desk.errors import InvalidInput

    with pytest.raises(InvalidInput, match=words):
        parse_choice(option)


def test_an_employer_written_with_a_formula_sign_is_the_same_employer(
    store: Store, tmp_path: Path
) -> None:
    other = encode("Bianchi", "Anna", date(1985, 2, 2), "F", "F205")
    path = tmp_path / "w.csv"
    path.write_text(
        "codice fiscale;cognome;nome;azienda\n"
        f"{CODE};Rossi;Mario;=Officine Lodigiane\n"
        f"{other};Bianchi;Anna;Officine Lodigiane\n",
        encoding="utf-8",
    )
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), ImportKind.WORKERS, today=DAY)
        result = run_import(uow, plan)
    assert plan.new_organizations == ["Officine Lodigiane"]
    assert result.organizations_created == ["Officine Lodigiane"]
