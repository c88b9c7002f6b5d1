"""Numbers that need one truth (#20): case, request and voucher numbers are given by the
programme's hub. A desk working on its replica gives provisional ones, marked with a P
before the progressive (SP01-2026-P0007), which the hub replaces with its next number
when the record reaches it."""

from __future__ import annotations

import re

MARK = "P"
# In a shared folder two desks can give one provisional number: until the reference desk
# renumbers them, the one given later carries a tail that tells it apart (SP01-2026-P0007~1a2b3c4d).
NUMBER_APART = "~"
_PROVISIONAL = re.compile(r"^(?P<prefix>.+)-P(?P<digits>\d+)(~[0-9a-f]+)?$")


def is_provisional(number: str | None) -> bool:
    return bool(number) and _PROVISIONAL.match(number or "") is not None


def counter_key(entity: str, prefix: str) -> str | None:
    """The hub's counter a provisional number of this kind of record is replaced from
    (the same counters the desk's own numbering uses), None for an unknown kind."""
    if entity == "case_file":
        point, _, year = prefix.rpartition("-")
        return f"case_counter:{point}:{year}" if point else None
    kinds = {"health_request": "hf", "smart_working_request": "sw", "voucher": "voucher"}
    kind = kinds.get(entity)
    year = prefix.rpartition("-")[2]
    return f"{kind}_counter:{year}" if kind and year.isdigit() else None


def definitive(entity: str, number: str, counter: int) -> str | None:
    """The number the hub gives in place of a provisional one: the same prefix and width,
    the hub's progressive."""
    found = _PROVISIONAL.match(number)
    if found is None:
        return None
    digits = len(found["digits"])
    return f"{found['prefix']}-{counter:0{digits}d}"


def provisional_parts(number: str) -> tuple[str, int] | None:
    """(prefix, width) of a provisional number."""
    found = _PROVISIONAL.match(number)
    return (found["prefix"], len(found["digits"])) if found else None


def printed(number: str) -> str:
    """A number as a printed document gives it: a provisional one says so."""
    return f"{number} (provvisorio)" if is_provisional(number) else number


PROVISIONAL_NOTE = (
    "Numero provvisorio: è stato dato da una postazione non collegata all'archivio del "
    "programma e diventa definitivo alla sua prossima sincronizzazione."
)
