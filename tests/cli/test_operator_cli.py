"""Operators on the command line: the first administrator made by init, then every
command runs as someone; the password comes from the environment, the keyring or the
terminal, never from an argument, and the journal names who ran the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import store_at
from welfare_desk.cli import main
from welfare_desk.store.models import JournalEntry, Operator
from welfare_desk.store.uow import UnitOfWork

ADMIN = "Cortile di via Roma 12"
GIULIA = "Asilo nido Arcobaleno"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def guarded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A store whose first administrator, ebrambilla, was made by init."""
    for name in ("WELFARE_DESK_OPERATOR", "WELFARE_DESK_PASSWORD", "WELFARE_DESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    path = str(tmp_path / "desk.sqlite")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    assert main(["--db", path, "init", "--admin", "ebrambilla", "--name", "Elena Brambilla"]) == 0
    monkeypatch.delenv("WELFARE_DESK_PASSWORD")
    return path


def test_a_guarded_store_asks_who_is_running_the_command(
    capsys: pytest.CaptureFixture[str], guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = run(capsys, "--db", guarded, "stats")
    assert code != 0 and "--operator" in err
    code, _out, err = run(capsys, "--db", guarded, "stats", "--operator", "ebrambilla")
    assert code != 0 and "WELFARE_DESK_PASSWORD" in err  # no terminal here to ask on
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", "sbagliata!!")
    code, _out, err = run(capsys, "--db", guarded, "stats", "--operator", "ebrambilla")
    assert code != 0 and "Nome utente o password non corretti" in err
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "ebrambilla")
    code, _out, err = run(capsys, "--db", guarded, "stats")
    assert code == 0, err


def test_an_administrator_adds_lists_and_disables_operators(
    capsys: pytest.CaptureFixture[str], guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "ebrambilla")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    monkeypatch.setenv("WELFARE_DESK_NEW_PASSWORD", GIULIA)
    code, out, err = run(
        capsys,
        "--db",
        guarded,
        "operator",
        "add",
        "gferri",
        "--role",
        "welfare_manager",
        "--name",
        "Giulia Ferri",
    )
    assert code == 0, err
    assert "gferri" in out
    code, out, _err = run(capsys, "--db", guarded, "operator", "list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == ["ebrambilla", "gferri"]
    assert "welfare manager" in out
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "gferri")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", GIULIA)
    code, _out, err = run(capsys, "--db", guarded, "operator", "list")
    assert code != 0 and "Solo un amministratore" in err
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "ebrambilla")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    code, out, err = run(capsys, "--db", guarded, "operator", "disable", "gferri")
    assert code == 0, err
    store = store_at(guarded)
    try:
        with UnitOfWork(store) as uow:
            admin = uow.session.scalar(select(Operator.id).where(Operator.login == "ebrambilla"))
            changes = [
                (e.action, e.operator_id)
                for e in uow.session.scalars(
                    select(JournalEntry).where(JournalEntry.entity == "operator")
                )
            ]
    finally:
        store.close()
    assert ("insert", admin) in changes and ("update", admin) in changes


def test_a_password_is_never_an_argument(capsys: pytest.CaptureFixture[str], guarded: str) -> None:
    code, _out, err = run(
        capsys, "--db", guarded, "stats", "--operator", "ebrambilla", "--password", ADMIN
    )
    assert code == 2 and "--password" in err
    assert ADMIN not in err  # an argument not understood is named, its value not repeated


def test_an_administrator_reads_who_looked_at_whom(
    capsys: pytest.CaptureFixture[str], guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import add_worker, worker_input
    from welfare_desk.cases.story import worker_story

    store = store_at(guarded)
    try:
        worker = add_worker(store).worker.id
        with UnitOfWork(store) as uow:
            store.operator_id = uow.session.scalar(
                select(Operator.id).where(Operator.login == "ebrambilla")
            )
        with UnitOfWork(store) as uow:
            worker_story(uow, worker)
    finally:
        store.close()
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "ebrambilla")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    capsys.readouterr()  # what init said
    code, out, err = run(
        capsys, "--db", guarded, "audit", "--worker", worker_input().codice_fiscale
    )
    assert code == 0, err
    (line,) = out.splitlines()
    assert "Elena Brambilla\tconsultazione\tscheda del lavoratore" in line
    code, out, _err = run(capsys, "--db", guarded, "audit", "--by", "ebrambilla", "--json")
    assert code == 0 and '"action": "consultazione"' in out
    saved = Path(guarded).parent / "registro.xlsx"
    code, _out, err = run(capsys, "--db", guarded, "audit", "--out", str(saved))
    assert code == 2 and "perché" in err and not saved.exists()
    code, out, err = run(
        capsys, "--db", guarded, "audit", "--out", str(saved), "--reason", "verifica DPO"
    )
    assert code == 0 and saved.exists(), err


def test_an_hr_analyst_reaches_no_one_from_the_command_line(
    capsys: pytest.CaptureFixture[str], guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import add_worker, worker_input

    store = store_at(guarded)
    try:
        add_worker(store)
    finally:
        store.close()
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "ebrambilla")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    monkeypatch.setenv("WELFARE_DESK_NEW_PASSWORD", GIULIA)
    assert main(["--db", guarded, "operator", "add", "pgatti", "--role", "hr_analyst"]) == 0
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "pgatti")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", GIULIA)
    code_ = worker_input().codice_fiscale
    for command in (["search", "rossi"], ["worker", code_], ["match", code_]):
        capsys.readouterr()
        code, out, err = run(capsys, "--db", guarded, *command)
        assert code == 2 and "non consulta i dati delle singole persone" in err, command
        assert "Rossi" not in out + err
    code, out, err = run(capsys, "--db", guarded, "stats")
    assert code == 0, err  # aggregates are the analyst's


def test_a_manager_assigned_to_one_employer_finds_only_its_workers(
    capsys: pytest.CaptureFixture[str], guarded: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.helpers import add_worker, worker_input

    store = store_at(guarded)
    try:
        add_worker(store)
        add_worker(store, name="Lucia", organization="Tessitura Olona S.p.A.")
    finally:
        store.close()
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "ebrambilla")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", ADMIN)
    monkeypatch.setenv("WELFARE_DESK_NEW_PASSWORD", GIULIA)
    add = ["operator", "add", "gferri", "--role", "welfare_manager"]
    assert main(["--db", guarded, *add, "--org", "Officine Lodigiane S.p.A."]) == 0
    code, out, _err = run(capsys, "--db", guarded, "operator", "list")
    assert "Officine Lodigiane S.p.A." in out
    monkeypatch.setenv("WELFARE_DESK_OPERATOR", "gferri")
    monkeypatch.setenv("WELFARE_DESK_PASSWORD", GIULIA)
    code, out, err = run(capsys, "--db", guarded, "search", "rossi", "--json")
    assert code == 0, err
    assert [h["name"] for h in json.loads(out)] == ["Maria"]
    lucia = worker_input(name="Lucia").codice_fiscale
    code, _out, err = run(capsys, "--db", guarded, "worker", lucia)
    assert code == 2 and "assegnati a te" in err


def test_a_person_s_data_exported_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.helpers import add_worker, worker_input

    path = str(tmp_path / "open.sqlite")
    assert main(["--db", path, "init"]) == 0
    store = store_at(path)
    try:
        add_worker(store)
    finally:
        store.close()
    out = tmp_path / "maria.json"
    code_ = worker_input().codice_fiscale
    code, _out, err = run(capsys, "--db", path, "export-person", code_, "--out", str(out))
    assert code == 2 and "perché" in err and not out.exists()
    code, _out, err = run(
        capsys, "--db", path, "export-person", code_, "--out", str(out), "--reason", "sua richiesta"
    )
    assert code == 0, err
    assert json.loads(out.read_text("utf-8"))["lavoratore"]["codice_fiscale"] == code_


def test_the_privacy_notice_prints_blank_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(tmp_path / "open.sqlite")
    assert main(["--db", path, "init"]) == 0
    out = tmp_path / "informativa.pdf"
    code, printed, err = run(capsys, "--db", path, "print", "notice", "--out", str(out))
    assert code == 0, err
    assert "Informativa 2026-1 salvata" in printed and out.read_bytes().startswith(b"%PDF")
