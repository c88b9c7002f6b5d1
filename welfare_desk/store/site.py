"""Which replica a store is (#20). Every store is made with a site id, which its changes'
stamps carry (`store.stamps`). A SQLite file copied to another laptop, or a backup put
back in place, would otherwise share its id with the desk it came from, and the two
desks' changes would be taken for one desk's: the file's identity on its disk is kept
beside the id, and a file found elsewhere than where its id was made gets a new one.
A backup copied back over the store keeps the file's identity: a restore made by the
desk must give the store a new id itself."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError

from welfare_desk.store.engine import Store
from welfare_desk.store.models import StoreMeta
from welfare_desk.store.stamps import SITE_KEY

HOME_KEY = "site_home"  # the file (device and index) the site id was made for


def file_identity(path: Path) -> str:
    found = path.stat()
    return f"{found.st_dev}:{found.st_ino}"


def settle_site(store: Store) -> None:
    """Gives a copied or restored SQLite store a site id of its own; a store on a server
    is one site wherever it is reached from."""
    path = store.target.sqlite_path
    if path is None:
        return
    here = file_identity(path)
    try:
        with store.engine.begin() as connection:
            home = connection.execute(
                select(StoreMeta.value).where(StoreMeta.key == HOME_KEY)
            ).scalar()
            if home == here:
                return
            if home is None:  # made here, or by a desk from before the ids were settled
                connection.execute(insert(StoreMeta).values(key=HOME_KEY, value=here))
                return
            connection.execute(
                update(StoreMeta).where(StoreMeta.key == SITE_KEY).values(value=str(uuid.uuid4()))
            )
            connection.execute(
                update(StoreMeta).where(StoreMeta.key == HOME_KEY).values(value=here)
            )
    except DBAPIError:
        return  # a store this desk may only read writes no changes to stamp
