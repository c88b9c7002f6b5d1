"""The privacy commands: erasure and purge show their plan and act only with --confirm
and a reason; the recovery key; the person's PDF; HR's decision queue."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import store_at
from tests.helpers import add_worker
from welfare_desk.cli import main
from welfare_desk.store.models import Worker
from welfare_desk.store.uow import UnitOfWork


def _workers(path: str) -> int:
    store = store_at(path)
    try:
        with UnitOfWork(store) as uow:
            return uow.session.scalar(select(func.count()).select_from(Worker)) or 0
    finally:
        store.close()


def test_erase_shows_the_plan_first_and_erases_only_when_confirmed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "desk.sqlite")
    store = store_at(path)
    code = add_worker(store, surname="Sforzini", name="Ottavia").worker.codice_fiscale
    store.close()

    assert main(["--db", path, "erase", code]) == 0
    out = capsys.readouterr().out
    assert "la persona stessa (anagrafica)" in out and "Nulla è stato cambiato" in out
    assert _workers(path) == 1

    assert main(["--db", path, "erase", code, "--confirm"]) == 2
    assert "motivo della cancellazione" in capsys.readouterr().err
    assert _workers(path) == 1

    assert main(["--db", path, "erase", code, "--confirm", "--reason", "richiesta del 2/12"]) == 0
    assert "Cancellazione eseguita" in capsys.readouterr().out
    assert _workers(path) == 0


def test_purge_lists_first_and_removes_only_when_confirmed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "desk.sqlite")
    store_at(path).close()
    assert main(["--db", path, "purge"]) == 0
    out = capsys.readouterr().out
    assert "colloqui: 0 oltre 5 anni da il giorno del colloquio" in out
    assert "Nulla è stato eliminato" in out
    assert main(["--db", path, "purge", "--confirm"]) == 2
    assert "motivo dell'eliminazione" in capsys.readouterr().err
    assert main(["--db", path, "purge", "--confirm", "--reason", "revisione annuale"]) == 0
    assert "Eliminati" in capsys.readouterr().out


def test_the_recovery_key_opens_the_store_where_the_keyring_lost_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    from welfare_desk.store import cipher

    path = str(tmp_path / "desk.sqlite")
    store_at(path).close()
    assert main(["--db", path, "recovery-key"]) == 2
    assert "perché" in capsys.readouterr().err
    assert main(["--db", path, "recovery-key", "--reason", "copia in cassaforte"]) == 0
    key = capsys.readouterr().out.strip()
    assert len(key) == 64
    keyring.set_keyring(fail.Keyring())  # a new PC
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, key)
    assert _workers(path) == 0  # it opens


def test_print_person_needs_a_reason_and_writes_the_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "desk.sqlite")
    store = store_at(path)
    code = add_worker(store, surname="Sforzini", name="Ottavia").worker.codice_fiscale
    store.close()
    out = tmp_path / "dati.pdf"
    assert main(["--db", path, "print", "person", code, "--out", str(out)]) == 2
    assert "perché" in capsys.readouterr().err and not out.exists()
    assert (
        main(["--db", path, "print", "person", code, "--out", str(out), "--reason", "accesso"]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_decisions_lists_the_queue_without_health(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from tests.helpers import add_member
    from welfare_desk.domain.smart_working import SwStatus
    from welfare_desk.requests.smart_working import SwInput, change_status, create_request

    path = str(tmp_path / "desk.sqlite")
    store = store_at(path)
    worker = add_worker(store, surname="Galli", name="Irene").worker.id
    add_member(store, worker, "Pietro", date(2020, 4, 1))
    with UnitOfWork(store) as uow:
        made = create_request(
            uow, SwInput(worker, 2, (0, 3), date(2026, 12, 7)), date(2026, 11, 30)
        )
    with UnitOfWork(store) as uow:
        change_status(uow, made.id, made.version, SwStatus.SUBMITTED, date(2026, 11, 30))
    store.close()
    assert main(["--db", path, "decisions"]) == 0
    out = capsys.readouterr().out
    assert "Galli Irene" in out and "PRIORITÀ: genitore di figli fino a 12 anni" in out
