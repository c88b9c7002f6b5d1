"""An adopted or fostered child, imported with its entry into the family: its mother's
«Gravidanza e maternità» runs a year from that day (art. 54 c. 9 D.Lgs. 151/2001), and a
father's first year is his own reason, not maternity."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from welfare_desk.domain.codice_fiscale import encode
from welfare_desk.registry.importing import plan_import, run_import
from welfare_desk.registry.workers import get_worker, search_workers
from welfare_desk.spreadsheets.columns import ImportKind
from welfare_desk.spreadsheets.tabular import read_sheet
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 11, 21)
MOTHER = encode("Verdi", "Anna", date(1984, 5, 3), "F", "F205")
FATHER = encode("Neri", "Paolo", date(1983, 2, 1), "M", "F205")
LUCIA = encode("Verdi", "Lucia", date(2021, 2, 10), "F", "Z110")


def _workers(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(
        "codice fiscale;cognome;nome;azienda\n"
        f"{MOTHER};Verdi;Anna;Officine\n{FATHER};Neri;Paolo;Officine\n"
    )
    with UnitOfWork(store) as uow:
        run_import(uow, plan_import(uow, read_sheet(path), ImportKind.WORKERS, today=DAY))


def _household(store: Store, tmp_path: Path, rows: str) -> list[str]:
    path = tmp_path / "f.csv"
    path.write_text(
        "CF dipendente;Relazione;Cognome;Nome;Data di nascita;Data di ingresso in famiglia;"
        "CF familiare\n" + rows
    )
    with UnitOfWork(store) as uow:
        plan = plan_import(uow, read_sheet(path), ImportKind.HOUSEHOLD, today=DAY)
        if not plan.refused:
            run_import(uow, plan)
    return [problem.message for problem in plan.refused]


def test_an_adopted_child_gives_its_mother_a_year_from_its_entry(
    store: Store, tmp_path: Path
) -> None:
    _workers(store, tmp_path)
    assert not _household(
        store,
        tmp_path,
        f"{MOTHER};figlia;Verdi;Lucia;10/02/2021;15/03/2026;{LUCIA}\n"
        f"{FATHER};figlio;Neri;Marco;01/09/2026;;\n",
    )
    with UnitOfWork(store) as uow:
        mother = get_worker(uow, MOTHER, today=DAY)
        father = get_worker(uow, FATHER, today=DAY)
        listed = {
            h.codice_fiscale
            for h in search_workers(uow, "", limit=10, category="pregnancy_maternity", today=DAY)
        }
    assert next((c.code, c.reason) for c in mother.categories) == (
        "pregnancy_maternity",
        "figlia di 5 anni, in famiglia dal 15/03/2026 (adozione o affidamento)",
    )
    assert "pregnancy_maternity" not in {c.code for c in father.categories}
    assert any("congedo di paternità" in c.reason for c in father.categories)
    assert listed == {MOTHER}


def test_an_entry_before_the_birth_or_for_a_parent_is_refused(store: Store, tmp_path: Path) -> None:
    _workers(store, tmp_path)
    refused = _household(
        store,
        tmp_path,
        f"{MOTHER};figlia;Verdi;Lucia;10/02/2021;15/03/2020;\n"
        f"{MOTHER};madre;Bianchi;Rosa;10/02/1950;15/03/2020;\n",
    )
    assert any("viene prima della nascita (10/02/2021)" in m for m in refused)
    assert any("solo per un figlio o una figlia adottati" in m for m in refused)


def test_a_pregnancy_is_recorded_for_a_woman_worker_only(store: Store) -> None:
    import pytest

    from tests.helpers import worker_input
    from welfare_desk.registry.workers import validate_worker

    man = worker_input("Neri", "Paolo", sex="M", pregnancy_due_date=date(2027, 3, 1))
    woman = worker_input("Neri", "Paola", sex="F", pregnancy_due_date=date(2027, 3, 1))
    assert [p.code for p in validate_worker(man, DAY)] == ["worker.pregnancy"]
    assert validate_worker(woman, DAY) == []
    with pytest.raises(Exception, match="si registra per una lavoratrice"):
        from tests.helpers import add_worker

        add_worker(
            store, surname="Neri", name="Paolo", sex="M", pregnancy_due_date=date(2027, 3, 1)
        )
