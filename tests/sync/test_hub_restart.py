"""The hub's PostgreSQL restarted in the middle of a push (#20), on a server of the test's
own (a cluster made for it in a temporary folder, never the shared one): the batch it
was applying is lost with the restart and sent again, nothing applied twice."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.conftest import copy_store, store_at
from tests.helpers import add_worker
from welfare_desk.store import hub_sync
from welfare_desk.store.engine import Store
from welfare_desk.store.models import JournalEntry, SyncOutbox, Worker
from welfare_desk.store.uow import UnitOfWork
from welfare_desk.sync.hub import SyncRefused, sync_with_hub


def _binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as its own user then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, binaries: Path, folder: Path) -> None:
        self.binaries = binaries
        self.data = folder / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        folder.chmod(0o777)
        run = _as_server_user([str(binaries / "initdb"), "-D", str(self.data), "-A", "trust"])
        subprocess.run([*run, "-U", "postgres", "--no-sync"], check=True, capture_output=True)

    def pg_ctl(self, *args: str) -> None:
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        command = [str(self.binaries / "pg_ctl"), "-D", str(self.data), "-o", options]
        log = ["-l", str(self.data / "server.log")]
        subprocess.run(_as_server_user([*command, *log, "-w", *args]), check=True, timeout=60)


@pytest.fixture
def own_server() -> Iterator[Server]:
    binaries = _binaries()
    if binaries is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL's initdb is missing in CI")
        pytest.skip("PostgreSQL's server programs are not installed")
    # in the system's temporary folder: the server's user cannot reach the test's own
    folder = Path(tempfile.mkdtemp(prefix="welfare-desk-server-"))
    try:
        server = Server(binaries, folder)
        server.pg_ctl("start")
        try:
            yield server
        finally:
            server.pg_ctl("-m", "immediate", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _count(store: Store, model: Any) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(model)).scalar_one())


def test_a_hub_restarted_in_the_middle_of_a_push_loses_nothing_and_doubles_nothing(
    own_server: Server, tmp_path: Path, blank_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = store_at(own_server.url)
    desk = store_at(str(copy_store(blank_store, tmp_path / "desk.sqlite")))
    try:
        for surname in ("Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito"):
            add_worker(hub, surname=surname)
        sync_with_hub(desk, hub)
        with UnitOfWork(desk) as uow:
            for index, worker in enumerate(uow.session.scalars(select(Worker))):
                worker.phone = f"0371 {index:06d}"
            uow.commit()
        monkeypatch.setattr(hub_sync, "PUSH_BATCH", 2)  # three batches: 2, 2 and 1
        real = hub_sync.apply_merging
        batches = [0]

        def restarting(connection: Any, ops: Any, **kwargs: Any) -> Any:
            batches[0] += 1
            outcome = real(connection, ops, **kwargs)
            if batches[0] == 2:  # applied, not yet committed: the server goes down
                own_server.pg_ctl("-m", "fast", "restart")
            return outcome

        monkeypatch.setattr(hub_sync, "apply_merging", restarting)
        with pytest.raises(SyncRefused, match="si è interrotto") as refused:
            sync_with_hub(desk, hub)
        assert "non vanno perse" in str(refused.value)  # said in Italian, not the driver's
        monkeypatch.setattr(hub_sync, "apply_merging", real)
        assert _count(desk, SyncOutbox) == 3  # the first batch arrived, the rest waits

        report = sync_with_hub(desk, hub)

        assert (report.pushed, report.pending) == (3, 0)
        with hub.engine.connect() as connection:
            phones = sorted(connection.execute(select(Worker.phone)).scalars())
            ids = list(connection.execute(select(JournalEntry.id)).scalars())
        assert phones == [f"0371 {n:06d}" for n in range(5)]
        assert len(ids) == len(set(ids))
    finally:
        desk.close()
        hub.close()
