"""The store's recovery key, for an administrator to put away: typed where the desk asks
for the passphrase, it opens the store when the keyring that held its key is lost (a new
PC, a reinstalled system). Showing it is audited."""

from __future__ import annotations

import re

from welfare_desk.domain.access import Role
from welfare_desk.errors import InvalidInput
from welfare_desk.store.errors import NotAllowed
from welfare_desk.store.uow import UnitOfWork

_RAW = re.compile(r"^\"x'([0-9a-f]{64})")


def recovery_key(uow: UnitOfWork, reason: str) -> str:
    if uow.role is not None and uow.role != Role.ADMINISTRATOR.value:
        raise NotAllowed("Solo un amministratore vede la chiave di recupero dell'archivio.")
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput("Scrivi perché ti serve la chiave (ad esempio «copia in cassaforte»).")
    found = _RAW.match(uow.store.sqlite_key or "")
    if found is None:
        raise InvalidInput(
            "Solo un archivio SQLite ha una chiave propria: un archivio PostgreSQL è "
            "protetto dal server (vedi il README)."
        )
    uow.audit("export", "store", [None], "chiave di recupero dell'archivio", why[:300])
    uow.commit()
    return found.group(1)
