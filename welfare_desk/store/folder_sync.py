"""Synchronisation through a shared folder (#20), for a programme with no server.

Each desk keeps its own replica and, at each synchronisation, writes what it has not
yet sent as the next changeset file of its own run in the folder (`store.changesets`),
then reads the runs of the others from where it stopped, a file at a time, each applied
with the mark of where it stopped in one transaction (`store.folder_merge`). The desk
that prepared the folder is the programme's reference: what needs one truth is decided
on it (definitive case, request and voucher numbers, places of an edition for what was
enrolled elsewhere), as ordinary changes that reach the others through the folder.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from welfare_desk.store.cell_keys import SECRET
from welfare_desk.store.changesets import (
    Folder,
    FolderProblem,
    folder_secret,
    last_number,
    missing,
    open_folder,
    read_changeset,
    reference_site,
    waiting,
    with_key,
    write_changeset,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.feed import HUB_KEY, LAST_KEY, REFERENCE_KEY
from welfare_desk.store.folder_merge import Waiting, apply_folding, settle_unique_values
from welfare_desk.store.folder_truth import decide
from welfare_desk.store.hub_sync import (
    Reindex,
    SyncRefused,
    SyncReport,
    meta_value,
    open_conflicts,
    set_meta,
)
from welfare_desk.store.models import StoreMeta
from welfare_desk.store.replication import (
    JOURNAL,
    OUTBOX,
    UnknownRecord,
    acknowledge,
    outbox,
    passwords,
    pending_count,
    set_password,
)
from welfare_desk.store.revisions import REVISIONS
from welfare_desk.store.stamps import SITE_KEY

PREFIX = "folder:"
KEY_KEY = "sync_folder_key"  # the folder's key, kept in the (encrypted) store
# + this desk's site: the last file of its own run (a copied or restored store gets a
# site, and so a run, of its own, numbered from 1)
NUMBER_PREFIX = "fn:"
READ_PREFIX = "fr:"  # + a desk's site: the last file of its run applied here
BATCH = 2000
META: Any = StoreMeta.__table__


def folder_of(address: str | None) -> Path | None:
    """The folder a replica synchronises through, None for a hub's replica or no replica."""
    if address is None or not address.startswith(PREFIX):
        return None
    return Path(address[len(PREFIX) :])


def synchronise_folder(
    store: Store,
    path: Path,
    *,
    passphrase: str | None,
    reindex: Reindex,
    progress: Callable[[str, int], None] | None = None,
) -> SyncReport:
    started = time.perf_counter()
    if store.dialect != "sqlite":
        raise SyncRefused(
            "La cartella condivisa serve agli archivi locali (file): un archivio su "
            "PostgreSQL è già condiviso da tutte le postazioni collegate."
        )
    path = path.resolve()
    with store.engine.connect() as connection:
        address, key, site, secret = (
            meta_value(connection, k) for k in (HUB_KEY, KEY_KEY, SITE_KEY, SECRET)
        )
    assert site is not None
    if address is not None and folder_of(address) is None:
        raise SyncRefused(
            "Questa postazione si sincronizza con l'archivio del programma su un server: "
            "non può usare anche una cartella condivisa."
        )
    if address is not None and folder_of(address) != path:
        raise SyncRefused(
            f"Questa postazione si sincronizza con la cartella «{folder_of(address)}», non con "
            f"«{path}»: usa quella, oppure crea un archivio nuovo per questa cartella."
        )
    try:
        if key is not None:
            folder = with_key(path, bytes.fromhex(key))
        elif passphrase is None:
            raise SyncRefused(
                "Per usare la cartella condivisa serve la sua frase: chiedila a chi l'ha "
                "preparata (per i comandi: variabile WELFARE_DESK_FOLDER_PASSPHRASE)."
            )
        else:
            folder = open_folder(path, passphrase, site, secret or uuid.uuid4().hex)
        reference = reference_site(folder)  # checked before anything is read or written
        report = SyncReport()
        before = open_conflicts(store)
        if address is None:
            report.first = True
            _join(store, folder, site)
        _send(store, folder, site, report, progress)
        _receive(store, folder, site, report, reindex, progress)
        with store.engine.begin() as connection:
            reindex(connection, settle_unique_values(connection), set())
        if reference == site and decide(store):
            _send(store, folder, site, report, progress)
    except FolderProblem as exc:
        raise SyncRefused(str(exc)) from None
    except OSError as exc:
        raise SyncRefused(
            f"La cartella condivisa «{path}» non si può leggere o scrivere ({exc.strerror}): "
            "controlla che sia collegata e che tu abbia il permesso di scriverci. Le "
            "modifiche fatte qui restano in attesa e non vanno perse."
        ) from None
    with store.engine.begin() as connection:
        set_meta(connection, LAST_KEY, store.clock.stamp().isoformat(timespec="seconds"))
        report.pending = pending_count(connection)
    report.open_conflicts = open_conflicts(store)
    report.conflicts = max(0, report.open_conflicts - before)
    report.seconds = time.perf_counter() - started
    return report


def _join(store: Store, folder: Folder, site: str) -> None:
    """The desk becomes one of the folder's: its own records (only the first desk may
    have any) are all to be sent, and it takes the programme's secret for reports."""
    others = [s for s in folder.sites() if s != site]
    with store.engine.begin() as connection:
        own = int(connection.execute(select(func.count()).select_from(JOURNAL)).scalar_one())
        # only the desk that prepares the folder brings what it holds: the others' records
        # would carry another secret's report keys, and could meet records already sent
        if own and (others or reference_site(folder) != site):
            raise SyncRefused(
                "Questo archivio contiene già dati inseriti qui e la cartella condivisa ha "
                "già i dati di altre postazioni: non si possono mescolare. Usa un archivio "
                "nuovo per questa cartella (welfare-desk --db nuovo.sqlite sync --folder …)."
            )
        set_meta(connection, SECRET, folder_secret(folder))
        set_meta(connection, HUB_KEY, f"{PREFIX}{folder.path}"[:200])
        set_meta(connection, KEY_KEY, folder.key.hex())
        if reference_site(folder) == site:
            set_meta(connection, REFERENCE_KEY, "1")
        if own:
            connection.execute(
                insert(OUTBOX).from_select(
                    ["op_id"], select(JOURNAL.c.id).order_by(JOURNAL.c.stamp, JOURNAL.c.id)
                )
            )


def _send(
    store: Store,
    folder: Folder,
    site: str,
    report: SyncReport,
    progress: Callable[[str, int], None] | None,
) -> None:
    while True:
        with store.engine.connect() as connection:
            ops = outbox(connection, BATCH)
            if not ops:
                return
            written = int(meta_value(connection, NUMBER_PREFIX + site) or 0)
            # the passwords this desk set last go with its changes (never in the journal)
            own = {
                str(operator_id): (hashed, stamp)
                for operator_id, (hashed, stamp) in passwords(connection).items()
                if hashed is not None and stamp.rsplit(".", 1)[-1] == site
            }
        # a file written before a crash that came before its mark: the next number
        number = max(written, last_number(folder, site)) + 1
        write_changeset(folder, site, number, ops, own)
        with store.engine.begin() as connection:
            acknowledge(connection, [op.id for op in ops])
            set_meta(connection, NUMBER_PREFIX + site, str(number))
        report.pushed += len(ops)
        if progress is not None:
            progress("push", report.pushed)


def _take_passwords(connection: Connection, told: dict[str, tuple[str, str]]) -> None:
    """A password another desk set, kept here if its change is the latest heard of."""
    here = passwords(connection)
    for operator_id, (hashed, stamp) in told.items():
        found = here.get(uuid.UUID(operator_id))
        if found is not None and found[0] != hashed and stamp >= found[1]:
            set_password(connection, uuid.UUID(operator_id), hashed)


def _receive(
    store: Store,
    folder: Folder,
    site: str,
    report: SyncReport,
    reindex: Reindex,
    progress: Callable[[str, int], None] | None,
) -> None:
    """The others' files, a round at a time until none can be applied: a file waiting
    for another desk's (a record made there) is tried again once that one is read."""
    broken: set[str] = set()
    blocked: dict[str, int] = {}
    with store.engine.connect() as connection:  # where each desk's run was left, at once
        marks = {
            key[len(READ_PREFIX) :]: int(value)
            for key, value in connection.execute(
                select(META.c.key, META.c.value).where(META.c.key.startswith(READ_PREFIX))
            )
        }
    moved = True
    while moved:
        moved = False
        for other in folder.sites():
            if other == site or other in broken:
                continue
            for number in waiting(folder, other, marks.get(other, 0)):
                try:
                    changeset = read_changeset(folder, other, number)
                except FolderProblem as exc:
                    report.notes.append(str(exc))
                    broken.add(other)
                    break
                if any(op.schema_version not in REVISIONS for op in changeset.ops):
                    raise SyncRefused(
                        "Un'altra postazione della cartella usa una versione più recente di "
                        "Welfare Desk: installa l'ultima versione su questa postazione, poi "
                        "sincronizza. Le modifiche fatte qui restano in attesa e non vanno perse."
                    )
                try:
                    with store.engine.begin() as connection:
                        secret = bytes.fromhex(meta_value(connection, SECRET) or "")
                        outcome = apply_folding(connection, changeset.ops, secret=secret)
                        _take_passwords(connection, changeset.passwords)
                        reindex(connection, outcome.workers, outcome.organizations)
                        set_meta(connection, READ_PREFIX + other, str(number))
                    marks[other] = number
                except Waiting:
                    blocked[other] = number
                    break
                except UnknownRecord as exc:
                    raise SyncRefused(
                        f"Una postazione ha scritto nella cartella dati («{exc}») che questa "
                        "versione di Welfare Desk non conosce: installa l'ultima versione, "
                        "poi sincronizza."
                    ) from None
                blocked.pop(other, None)
                moved = True
                report.pulled += outcome.applied
                report.replayed += outcome.skipped
                if progress is not None:
                    progress("pull", report.pulled)
    for other in folder.sites():
        left_at = marks.get(other, 0)
        gap = missing(folder, other, left_at) if other != site and other not in broken else None
        if gap is not None and other not in blocked:
            report.notes.append(
                f"Nella cartella manca il file {gap:08d} della postazione {other[:8]}, mentre "
                "ci sono i successivi: le sue modifiche si fermano lì finché il file non "
                "arriva (un servizio di sincronizzazione può essere in ritardo) o non viene "
                "ripristinato da una copia della cartella."
            )
    for other, number in sorted(blocked.items()):
        report.notes.append(
            f"Le modifiche della postazione {other[:8]} (dal file {number:08d}) aspettano "
            "quelle di un'altra postazione che la cartella non ha ancora: arriveranno a una "
            "prossima sincronizzazione."
        )
