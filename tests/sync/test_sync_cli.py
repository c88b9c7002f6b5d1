"""`welfare-desk sync` as a desk's script would run it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import store_at
from tests.helpers import add_worker
from welfare_desk.cli import main
from welfare_desk.store.engine import Store


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_first_sync_makes_the_copy_and_the_next_remembers_the_server(
    pg_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], pg_database_url: str
) -> None:
    add_worker(pg_store, surname="Bianchi")
    desk = str(tmp_path / "desk.sqlite")

    code, out, _ = run(capsys, "--db", desk, "sync", "--hub", pg_database_url)

    assert code == 0
    assert "Questa postazione ha ora la copia locale" in out
    code, out, _ = run(capsys, "--db", desk, "--json", "search", "bianchi")
    assert code == 0 and "Bianchi" in out
    code, out, _ = run(capsys, "--db", desk, "--json", "sync")  # the server is remembered
    assert code == 0
    report = json.loads(out)
    assert (report["first"], report["pushed"], report["pulled"], report["pending"]) == (
        False,
        0,
        0,
        0,
    )


def test_a_desk_that_never_synchronised_is_asked_for_the_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "desk.sqlite"), "sync")

    assert code != 0
    assert "Indica il server con --hub" in err


def test_an_unreachable_server_is_named_and_nothing_is_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = str(tmp_path / "desk.sqlite")
    code, _, err = run(
        capsys, "--db", desk, "sync", "--hub", "postgresql://postgres@127.0.0.1:1/welfare"
    )

    assert code != 0
    assert "Errore imprevisto" not in err and err.strip()


def test_two_desks_share_a_folder_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "condivisa"
    folder.mkdir()
    first, second = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    code, _, _ = run(capsys, "--db", first, "init")
    assert code == 0
    code, _, err = run(capsys, "--db", first, "sync", "--folder", str(folder))
    assert code != 0 and "WELFARE_DESK_FOLDER_PASSPHRASE" in err  # no terminal to ask on

    monkeypatch.setenv("WELFARE_DESK_FOLDER_PASSPHRASE", "la frase della cartella")
    code, out, _ = run(capsys, "--db", first, "sync", "--folder", str(folder))
    assert code == 0 and "condivide i dati del programma attraverso la cartella" in out
    desk = store_at(first)
    add_worker(desk, surname="Bianchi")
    desk.close()
    code, out, _ = run(capsys, "--db", first, "sync")  # the folder is remembered
    assert code == 0 and "Modifiche inviate: " in out

    code, out, _ = run(capsys, "--db", second, "--json", "sync", "--folder", str(folder))
    assert code == 0
    report = json.loads(out)
    assert report["folder"] == str(folder.resolve()) and report["first"] and report["pulled"] > 0
    monkeypatch.delenv("WELFARE_DESK_FOLDER_PASSPHRASE")
    code, out, _ = run(capsys, "--db", second, "--json", "search", "bianchi")
    assert code == 0 and "Bianchi" in out
    code, out, _ = run(capsys, "--db", second, "--json", "sync")  # its key is kept
    assert code == 0 and json.loads(out)["pulled"] == 0
