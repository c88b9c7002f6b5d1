"""The command line as a script would use it: exit codes, one-line Italian errors, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, TODAY, store_env
from tests.fixtures.hr.spellings import SETTLED_OPTIONS
from welfare_desk.cli import main
from welfare_desk.store.engine import Store

HR = FIXTURES / "hr"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    """An empty store, created as a manager would."""
    path = str(tmp_path / "desk.sqlite")
    assert main(["--db", path, "init"]) == 0
    return path


def test_version_imports_neither_qt_nor_sqlalchemy() -> None:
    probe = (
        "import sys; from welfare_desk.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("welfare-desk ")
    assert done.stdout.strip().endswith("[]")


def test_the_core_works_with_pyside6_unimportable(tmp_path: Path) -> None:
    probe = """
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] == 'PySide6':
            raise ImportError('PySide6 is not available here')
sys.meta_path.insert(0, NoQt())
import welfare_desk
for info in pkgutil.walk_packages(welfare_desk.__path__, 'welfare_desk.'):
    if not info.name.startswith('welfare_desk.gui'):
        importlib.import_module(info.name)
from welfare_desk.cli import main
from welfare_desk.store.engine import Store
sys.exit(main(['--db', sys.argv[1], 'demo', '--workers', '5']))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "s.sqlite")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Dati dimostrativi creati: 5 lavoratori" in done.stdout


def test_init_creates_then_finds_the_store_current(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert run(capsys, "--db", db, "init")[1].startswith("Archivio creato")
    assert run(capsys, "--db", db, "init")[1].startswith("Archivio già aggiornato")


def test_demo_search_worker_stats_round_trip(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "demo", "--workers", "150", "--seed", "4")
    assert code == 0 and "150 lavoratori" in out
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    counts = json.loads(out)
    assert counts["workers"] == 150 and counts["household_members"] > 150
    code, out, _ = run(capsys, "--db", db, "search", "a", "--limit", "3", "--json")
    hits = json.loads(out)
    assert len(hits) == 3
    assert set(hits[0]) == {"id", "codice_fiscale", "surname", "name", "organization"}
    code, out, _ = run(capsys, "--db", db, "worker", hits[0]["codice_fiscale"].lower(), "--json")
    worker = json.loads(out)
    assert worker["codice_fiscale"] == hits[0]["codice_fiscale"]
    assert set(worker) == {
        "codice_fiscale",
        "surname",
        "name",
        "birth_date",
        "sex",
        "organization",
        "household",
        "categories",
    }
    for member in worker["household"]:
        assert set(member) == {"relation", "name", "birth_date", "disability", "dependent"}
    code, out, _ = run(capsys, "--db", db, "worker", hits[0]["codice_fiscale"])
    assert code == 0 and hits[0]["surname"] in out


def test_import_with_invalid_rows_writes_nothing_and_exits_2(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    errors = tmp_path / "errori.xlsx"
    code, _out, err = run(
        capsys,
        "--db",
        db,
        "import",
        "workers",
        str(HR / "workers_messy_openpyxl.xlsx"),
        "--errors",
        str(errors),
    )
    assert code == 2
    assert "Riga 11:" in err and "nessun dato scritto" in err.splitlines()[-1]
    assert errors.exists()
    assert json.loads(run(capsys, "--db", db, "stats", "--json")[1])["workers"] == 0


def test_import_skip_invalid_keeps_the_valid_rows_and_reports_the_rest(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    errors = tmp_path / "errori.xlsx"
    code, out, err = run(
        capsys,
        "--db",
        db,
        "import",
        "workers",
        str(HR / "workers_messy_openpyxl.xlsx"),
        "--skip-invalid",
        "--errors",
        str(errors),
    )
    assert code == 0, err
    assert "8 nuovi" in out and "5 righe scartate" in out
    sheet = load_workbook(errors).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Riga del file", "Motivo")
    assert [r[0] for r in rows[1:]] == [11, 12, 14, 15, 16]
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        "workers",
        str(HR / "workers_messy_openpyxl.xlsx"),
        "--skip-invalid",
        "--json",
    )
    again = json.loads(out)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 8)


def test_household_import_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert run(capsys, "--db", db, "import", "workers", str(HR / "workers_clean.xlsx"))[0] == 0
    code, out, err = run(
        capsys, "--db", db, "import", "household", str(HR / "household_clean.xlsx")
    )
    assert code == 0, err
    assert "15 nuovi" in out


@pytest.mark.parametrize(
    ("args", "expected_code", "words"),
    [
        (["worker", "RSSMRA80A01H501X"], 2, "carattere di controllo"),
        (["import", "workers", "/nessuna/cartella/file.xlsx"], 2, "non esiste"),
        (["import", "workers", str(HR / "broken.xlsx")], 2, "non è un file Excel"),
        (["demo", "--workers", "0"], 2, "almeno 1"),
        (["search"], 2, "Comando non valido"),
        (["--db", "postgresql://postgres@127.0.0.1:1/x", "stats"], 1, "Impossibile raggiungere"),
        (["--db", "notadb://x", "stats"], 2, "non supportato"),
        (["--db", "postgresql://postgres@127.0.0.1:54x2/x", "stats"], 2, "La porta"),
    ],
)
def test_errors_are_one_italian_line(
    capsys: pytest.CaptureFixture[str], db: str, args: list[str], expected_code: int, words: str
) -> None:
    full = args if args[0] == "--db" else ["--db", db, *args]
    code, _out, err = run(capsys, *full)
    assert code == expected_code
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_the_installed_command_runs(db: str) -> None:
    command = Path(sys.executable).parent / "welfare-desk"
    done = subprocess.run(
        [str(command), "--db", db, "stats", "--json"],
        capture_output=True,
        text=True,
        env=store_env(Path(db), WELFARE_DESK_DEBUG=""),
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["workers"] == 0


def test_quick_search_agrees_with_the_service(store: Store, tmp_path: Path) -> None:
    """The command line's SQLAlchemy-free search gives the service's answers, page for page."""
    from welfare_desk.demo.generate import generate
    from welfare_desk.registry.worker_hits import quick_search
    from welfare_desk.registry.workers import search_workers
    from welfare_desk.store.uow import UnitOfWork

    with UnitOfWork(store) as uow:
        generate(uow, 400, seed=9)
    location = store.target.url.render_as_string(hide_password=False)
    if store.target.is_sqlite:
        location = str(store.target.sqlite_path)
    for query in ["", "r", "ma", "rossi", "ros ma", "cooperativa", "lodig", "zz", "spazio ap"]:
        with UnitOfWork(store) as uow:
            expected = search_workers(uow, query, limit=30)
        assert quick_search(location, query, 30) == expected, query


def test_quick_search_steps_aside_for_a_store_to_create(tmp_path: Path) -> None:
    from welfare_desk.registry.worker_hits import quick_search

    assert quick_search(str(tmp_path / "nuovo.sqlite"), "rossi", 5) is None
    assert quick_search("postgresql://postgres@127.0.0.1:1/x", "rossi", 5) is None


def test_a_store_that_is_not_a_database_gets_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text_file = tmp_path / "note.sqlite"
    text_file.write_text("appunti della riunione\n" * 200, encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(text_file), "init")
    assert code == 1
    assert "non è un archivio leggibile" in err and len(err.strip().splitlines()) == 1
    folder = tmp_path / "cartella"
    folder.mkdir()
    code, _out, err = run(capsys, "--db", str(folder), "init")
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_agenda_case_and_stats_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    from datetime import timedelta

    from tests.conftest import store_at
    from tests.helpers import add_worker
    from welfare_desk.cases.casework import add_action, add_goal, open_case
    from welfare_desk.store.uow import UnitOfWork

    capsys.readouterr()  # what creating the store printed
    store = store_at(db)
    worker = add_worker(store).worker
    today = TODAY
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, today)
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido")
    with UnitOfWork(store) as uow:
        add_action(
            uow, goal, "referral", "Invio al nido comunale", "operator", today - timedelta(days=2)
        )
    store.close()
    code, out, err = run(capsys, "--db", db, "agenda", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert items == [
        {
            "kind": "action",
            "due": (today - timedelta(days=2)).isoformat(),
            "overdue": True,
            "worker": "Rossi Maria",
            "case_number": case.number,
            "title": "Invio al nido comunale",
        }
    ]
    detail = json.loads(run(capsys, "--db", db, "case", case.number.lower(), "--json")[1])
    assert detail["number"] == case.number and detail["status"] == "open"
    assert detail["goals"][0]["actions"][0]["type"] == "referral"
    counts = json.loads(run(capsys, "--db", db, "stats", "--json")[1])
    assert counts["cases_by_status"]["open"] == 1 and counts["contacts"] == 0
    code, out, _err = run(capsys, "--db", db, "agenda", "--owner", "Nessun Referente", "--json")
    assert code == 0 and json.loads(out) == []  # --operator is who runs the command
    code, _out, err = run(capsys, "--db", db, "agenda", "--until", "31/02/2026")
    assert code == 2 and "non è una data esistente" in err


def test_a_command_runs_as_of_the_day_given_with_today(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    from datetime import timedelta

    from tests.conftest import store_at
    from tests.helpers import add_worker
    from welfare_desk.cases.casework import add_action, add_goal, open_case
    from welfare_desk.store.uow import UnitOfWork

    capsys.readouterr()
    store = store_at(db)
    worker = add_worker(store).worker
    due = TODAY + timedelta(days=40)  # beyond the agenda's week as of the suite's day
    with UnitOfWork(store) as uow:
        case = open_case(uow, worker.id, TODAY)
    with UnitOfWork(store) as uow:
        goal = add_goal(uow, case.id, "Posto al nido")
    with UnitOfWork(store) as uow:
        add_action(uow, goal, "referral", "Invio al nido", "operator", due)
    store.close()
    code, out, err = run(capsys, "--db", db, "agenda", "--json")
    assert code == 0 and json.loads(out) == [], err
    # the day before it is due, it is due and not late
    before = (due - timedelta(days=1)).isoformat()
    code, out, err = run(
        capsys, "--db", db, "--today", before, "agenda", "--until", due.isoformat(), "--json"
    )
    assert code == 0, err
    (item,) = json.loads(out)
    assert item["due"] == due.isoformat() and item["overdue"] is False
    # after the subcommand too, and in Italian form; a week later it is late
    later = f"{due + timedelta(days=7):%d/%m/%Y}"
    code, out, err = run(capsys, "--db", db, "agenda", "--json", "--today", later)
    assert code == 0, err
    assert json.loads(out)[0]["overdue"] is True


def test_a_wrong_today_says_how_to_write_it(capsys: pytest.CaptureFixture[str], db: str) -> None:
    capsys.readouterr()
    code, _out, err = run(capsys, "--db", db, "--today", "29/02/2027", "agenda")
    assert code == 2
    assert err.startswith("Comando non valido: argomento --today: «29/02/2027»")
    assert err.rstrip().endswith("Scrivila come 2027-01-04 o 04/01/2027. Vedi welfare-desk --help.")
    code, _out, err = run(capsys, "--db", db, "agenda", "--today")
    assert code == 2 and "argomento --today: serve un valore" in err


def test_values_to_choose_are_printed_and_taken_with_value(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    from datetime import date

    from welfare_desk.domain.codice_fiscale import encode

    code = encode("Rossi", "Mario", date(1980, 1, 1), "M", "F205")
    workers = tmp_path / "w.csv"
    workers.write_text(f"codice fiscale;cognome;nome;azienda\n{code};Rossi;Mario;Officine\n")
    assert run(capsys, "--db", db, "import", "workers", str(workers))[0] == 0
    family = str(HR / "household_spellings_libreoffice.xlsx")
    code, _out, err = run(capsys, "--db", db, "import", "household", family)
    assert code == 2
    assert 'Da scegliere — Legge 104 «Sì» (righe 25): aggiungi --value disability:"Sì"=none' in err
    assert '--value disability:"Sì"=art3_c3' in err
    assert (
        'Da scegliere — Relazione «NIPOTE» (righe 20): proposta: --value relation:"NIPOTE"='
        'grandchild oppure --value relation:"NIPOTE"=nephew'
    ) in err
    assert "Colonne non usate: «Note HR»." in err
    code, out, err = run(capsys, "--db", db, "import", "household", family, *SETTLED_OPTIONS)
    assert code == 0, err
    assert "25 nuovi" in out and "Colonne non usate: «Note HR»." in out


def test_a_sender_s_profile_remembers_the_values_chosen(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    from datetime import date

    from welfare_desk.domain.codice_fiscale import encode

    code = encode("Rossi", "Mario", date(1980, 1, 1), "M", "F205")
    workers = tmp_path / "w.csv"
    workers.write_text(f"codice fiscale;cognome;nome;azienda\n{code};Rossi;Mario;Officine\n")
    assert run(capsys, "--db", db, "import", "workers", str(workers))[0] == 0
    family = str(HR / "household_spellings_libreoffice.xlsx")
    values = SETTLED_OPTIONS
    first = run(
        capsys, "--db", db, "import", "household", family, *values, "--profile", "Officine HR"
    )
    assert first[0] == 0, first[2]
    # next quarter: the same shape, the profile alone settles the values
    code, out, err = run(
        capsys, "--db", db, "import", "household", family, "--profile", "officine hr"
    )
    assert code == 0, err
    assert "25 invariati" in out
    code, _out, err = run(
        capsys, "--db", db, "import", "workers", str(workers), "--profile", "Officine HR"
    )
    assert code == 2 and "per un altro tipo di file" in err


def test_a_password_on_the_command_line_is_refused_and_not_repeated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for location in (
        "postgresql://anna:segreta@db.example/welfare",
        "postgresql://anna:segreta@db.example:porta/welfare",
    ):
        code, out, err = run(capsys, "--db", location, "stats")
        assert code != 0
        assert "segreta" not in out + err
        assert err.count("\n") == 1
    code, _out, err = run(capsys, "--db", str(tmp_path / "x") + "/postgresql//db/w", "init")
    assert code == 0  # a real path with such a folder in it is a path
    code, _out, err = run(capsys, "--db", "postgresql//anna@db.example/welfare", "init")
    assert code != 0 and "sembra l'indirizzo di un server" in err
    assert not Path("postgresql").exists()
