"""`report quarterly` as a script would run it: a file made whole, or one Italian line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import TODAY
from welfare_desk.cli import main


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    path = str(tmp_path / "desk.sqlite")
    assert main(["--db", path, "demo", "--workers", "300", "--seed", "3"]) == 0
    return path


def test_a_past_quarter_as_xlsx_and_pdf(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    last = TODAY.replace(day=1)
    quarter = f"{last.year - 1}Q4"
    code, out, err = run(
        capsys,
        "--db",
        demo_db,
        "report",
        "quarterly",
        "--quarter",
        quarter,
        "--out",
        str(tmp_path / "q.xlsx"),
    )
    assert code == 0, err
    assert f"Sintesi definitiva del IV trimestre {last.year - 1} (Tutte le aziende)" in out
    assert zipfile.is_zipfile(tmp_path / "q.xlsx")
    code, out, err = run(
        capsys,
        "--db",
        demo_db,
        "report",
        "quarterly",
        "--quarter",
        quarter,
        "--org",
        "OFFICINE LODIGIANE SPA",
        "--out",
        str(tmp_path / "q.pdf"),
    )
    assert code == 0, err
    assert "(Officine Lodigiane S.p.A.)" in out
    assert (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".wd-")] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "2026Q5", "--out", "q.xlsx"], "Trimestre «2026Q5» non valido"),
        (["--quarter", "2026Q1", "--out", "q.docx"], "estensione .xlsx o .pdf"),
        (["--quarter", "2026Q1", "--org", "Acme", "--out", "q.xlsx"], "non è in archivio"),
        (["--quarter", "2999Q1", "--out", "q.xlsx"], "non è ancora cominciato"),
        (["--quarter", "2026Q1", "--out", "nessuna/q.xlsx"], "non esiste"),
        (["--out", "q.xlsx"], "mancano gli argomenti --quarter"),
    ],
)
def test_bad_requests_get_one_italian_line_and_no_file(
    capsys: pytest.CaptureFixture[str],
    demo_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "--db", demo_db, "report", "quarterly", *args)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("q.*"))


def test_json_says_what_was_saved_and_a_plain_hyphen_finds_the_programme(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    import json

    from welfare_desk.demo.catalogue import programme_cycle
    from welfare_desk.reporting.funder import last_period

    last = f"{TODAY.year - 1}Q4"
    capsys.readouterr()  # what making the demo said
    code, out, err = run(
        capsys,
        "--db",
        demo_db,
        "report",
        "quarterly",
        "--quarter",
        last,
        "--out",
        str(tmp_path / "q.xlsx"),
        "--json",
    )
    assert code == 0, err
    said = json.loads(out)
    assert said["file"] == str(tmp_path / "q.xlsx") and said["quarter"] == last
    typed = programme_cycle(TODAY).name.replace("–", "-").upper()  # as on a keyboard
    code, out, err = run(
        capsys,
        "--db",
        demo_db,
        "report",
        "funder",
        "--from",
        last_period(TODAY)[0].isoformat(),  # the last quarter ended
        "--to",
        last_period(TODAY)[1].isoformat(),
        "--programme",
        typed,
        "--out",
        str(tmp_path / "f.xlsx"),
    )
    assert code == 0, err
    assert programme_cycle(TODAY).name in out


def test_a_layout_nested_beyond_reason_is_one_italian_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "desk.sqlite")
    assert main(["--db", db, "init"]) == 0
    layout = tmp_path / "annidata.json"
    layout.write_text("[" * 100_000 + "]" * 100_000)
    code, _out, err = run(
        capsys,
        "--db",
        db,
        "report",
        "funder",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--layout",
        str(layout),
        "--out",
        str(tmp_path / "r.xlsx"),
    )
    assert code == 2, err
    assert "--layout" in err and "annidato" in err and len(err.strip().splitlines()) == 1


def test_a_file_that_cannot_be_written_leaves_the_quarter_unfrozen(
    capsys: pytest.CaptureFixture[str], demo_db: str, tmp_path: Path
) -> None:
    """#18: the quarter was frozen before its file was written; a folder gone (as a full
    disk) left frozen figures and no document."""
    from sqlalchemy import func, select

    from tests.conftest import store_at
    from welfare_desk.store.models import IssuedReport
    from welfare_desk.store.uow import UnitOfWork

    quarter = f"{TODAY.year - 1}Q4"
    args = ["--db", demo_db, "report", "quarterly", "--quarter", quarter, "--out"]
    code, _out, err = run(capsys, *args, str(tmp_path / "nessuna" / "q.xlsx"))
    assert code == 2 and "non esiste" in err
    store = store_at(demo_db)
    try:
        with UnitOfWork(store) as uow:
            frozen = uow.session.scalar(select(func.count()).select_from(IssuedReport))
    finally:
        store.close()
    assert frozen == 0
    code, _out, err = run(capsys, *args, str(tmp_path / "q.xlsx"))
    assert code == 0, err
