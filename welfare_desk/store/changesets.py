"""Changeset files in a shared folder (#20): how desks with no server exchange changes.

The folder holds, for each desk (site), a numbered run of files it alone writes, and
one description of the folder. A desk never opens another's store over the share, and
never writes a file in place: it writes a temporary file beside the final one, forces
it to disk, and renames it, so a reader sees a whole file or none (a half-written one
keeps its temporary name, which readers pass by). A file once named is never
rewritten: after a crash a desk writes what it had not yet marked as sent in a file
with the next number, and readers skip the changes they hold already.

Changes hold personal and special-category data, and a shared folder is read by
whoever can open the share: every file is encrypted (AES-256-GCM) with the folder's
key, drawn from a passphrase the desks of the programme share (argon2id, salted per
folder), and bound to its desk and number so it cannot pass for another.

    <folder>/welfare-desk-folder.json         the description: format, salt, key check
    <folder>/changes/<site>/00000001.wdc       one desk's changes, numbered from 1
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import os
import re
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from welfare_desk.store.cipher import derive_key
from welfare_desk.store.errors import StoreError
from welfare_desk.store.replication import Op

FORMAT = 1
DESCRIPTION = "welfare-desk-folder.json"
CHANGES = "changes"
SUFFIX = ".wdc"
MAGIC = b"WDC1"
_NAME = re.compile(r"^(\d{8})\.wdc$")
_CHECK = b"welfare-desk folder key"
_BYTES = "$b"  # a scan's bytes in JSON


class FolderProblem(StoreError):
    """The folder or one of its files cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Folder:
    path: Path
    key: bytes

    def site_dir(self, site: str) -> Path:
        return self.path / CHANGES / site

    def sites(self) -> list[str]:
        root = self.path / CHANGES
        if not root.is_dir():
            return []
        return sorted(p.name for p in root.iterdir() if p.is_dir() and _is_site(p.name))


def _is_site(name: str) -> bool:
    try:
        uuid.UUID(name)
    except ValueError:
        return False
    return True


# -- the folder's description and key -------------------------------------------------


def open_folder(path: Path, passphrase: str, site: str, secret: str) -> Folder:
    """The folder at `path`, described on first use by this desk (`site`), which becomes
    its reference, with `secret` the programme's for its reports. A wrong passphrase is
    refused: the key is checked against the description before any file is touched."""
    if not path.is_dir():
        raise FolderProblem(
            f"La cartella condivisa «{path}» non esiste o non è raggiungibile: controlla che "
            "la cartella di rete sia collegata (o crea la cartella), poi sincronizza di nuovo."
        )
    description = path / DESCRIPTION
    if not description.exists():
        salt = secrets.token_bytes(16)
        key = derive_key(passphrase, salt)
        facts = {
            "format": FORMAT,
            "salt": salt.hex(),
            "check": _seal(key, _CHECK, b"check").hex(),
            "reference": site,
            # sealed as well: only who knows the phrase can say which desk decides
            "reference_seal": _seal(key, site.encode("ascii"), b"reference").hex(),
            "secret": _seal(key, secret.encode("ascii"), b"secret").hex(),
        }
        # another desk may have described it a moment ago: its description stands
        with contextlib.suppress(FileExistsError):
            _write_whole(description, json.dumps(facts).encode("utf-8"), exclusive=True)
    salt = bytes.fromhex(str(_description(path)["salt"]))
    return with_key(path, derive_key(passphrase, salt))


def with_key(path: Path, key: bytes) -> Folder:
    facts = _description(path)
    try:
        _open(key, bytes.fromhex(facts["check"]), b"check")
    except FolderProblem:
        raise FolderProblem(
            "La frase della cartella condivisa non è quella giusta: scrivila come l'ha scelta "
            "chi ha preparato la cartella (maiuscole e spazi contano)."
        ) from None
    return Folder(path, key)


def _description(path: Path) -> dict[str, Any]:
    if not path.is_dir():
        raise FolderProblem(
            f"La cartella condivisa «{path}» non esiste o non è raggiungibile: controlla che "
            "la cartella di rete sia collegata, poi sincronizza di nuovo. Le modifiche fatte "
            "qui restano in attesa e non vanno perse."
        )
    try:
        facts = json.loads((path / DESCRIPTION).read_text("utf-8"))
        version = facts["format"]
        for key in ("salt", "check", "reference", "secret"):
            bytes.fromhex(facts[key]) if key != "reference" else uuid.UUID(facts[key])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FolderProblem(
            f"Il file «{DESCRIPTION}» della cartella condivisa manca, è illeggibile o è "
            "danneggiato: non è stato modificato nulla. Ripristinalo da una copia della "
            "cartella."
        ) from exc
    if version != FORMAT:
        raise FolderProblem(
            "La cartella condivisa è stata preparata da una versione più recente di Welfare "
            "Desk: installa l'ultima versione su questa postazione, poi sincronizza."
        )
    return dict(facts)


def reference_site(folder: Folder) -> str:
    """The desk that prepared the folder: numbers and places are decided there."""
    facts = _description(folder.path)
    try:
        sealed = _open(folder.key, bytes.fromhex(str(facts["reference_seal"])), b"reference")
    except (KeyError, ValueError, FolderProblem):
        sealed = b""
    if sealed.decode("ascii", "replace") != facts["reference"]:
        raise FolderProblem(
            f"Il file «{DESCRIPTION}» della cartella condivisa è stato modificato o è "
            "danneggiato (la postazione di riferimento non corrisponde): non è stato "
            "modificato nulla. Ripristinalo da una copia della cartella."
        )
    return str(facts["reference"])


def folder_secret(folder: Folder) -> str:
    """The programme's secret for its reports' noise, one for all the folder's desks."""
    sealed = bytes.fromhex(_description(folder.path)["secret"])
    return _open(folder.key, sealed, b"secret").decode("ascii")


def _seal(key: bytes, data: bytes, bound_to: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, bound_to)


def _open(key: bytes, sealed: bytes, bound_to: bytes) -> bytes:
    if not sealed.startswith(MAGIC) or len(sealed) < len(MAGIC) + 12 + 16:
        raise FolderProblem("not a changeset")
    nonce, body = sealed[len(MAGIC) : len(MAGIC) + 12], sealed[len(MAGIC) + 12 :]
    try:
        return AESGCM(key).decrypt(nonce, body, bound_to)
    except InvalidTag:
        raise FolderProblem("changeset fails authentication") from None


# -- writing --------------------------------------------------------------------------


def _write_whole(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Writes a file whole or not at all: a temporary file beside it, forced to disk,
    then renamed. `exclusive`: refuses (FileExistsError) if the file is there."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with open(temporary, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if exclusive:
            _link(temporary, path)
        else:
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _sync_directory(path.parent)


def _link(temporary: Path, path: Path) -> None:
    """Names the file only if the name is free (a hard link fails if it is taken)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # a share without hard links: one writer per run, so a check holds
        if path.exists():
            raise FileExistsError(path) from None
        os.rename(temporary, path)


def _sync_directory(path: Path) -> None:
    """The rename itself made durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def last_number(folder: Folder, site: str) -> int:
    numbers = list(_numbers(folder.site_dir(site)))
    return max(numbers) if numbers else 0


@dataclass(frozen=True)
class Changeset:
    ops: list[Op]
    # operators' passwords this desk set last, which the journal never holds: operator
    # id → (hash, clock stamp of the change that set it)
    passwords: dict[str, tuple[str, str]]


def write_changeset(
    folder: Folder,
    site: str,
    number: int,
    ops: list[Op],
    passwords: dict[str, tuple[str, str]] | None = None,
) -> Path:
    directory = folder.site_dir(site)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{number:08d}{SUFFIX}"
    facts = {
        "format": FORMAT,
        "site": site,
        "number": number,
        "ops": [_plain_op(op) for op in ops],
        "passwords": {k: list(v) for k, v in (passwords or {}).items()},
    }
    body = json.dumps(facts, separators=(",", ":")).encode("utf-8")
    sealed = _seal(folder.key, gzip.compress(body, compresslevel=5), _bound(site, number))
    # a number once used is never written again, even by a desk restarted from a copy
    _write_whole(path, sealed, exclusive=True)
    return path


def _bound(site: str, number: int) -> bytes:
    return f"{site}/{number}".encode()


def _plain_op(op: Op) -> dict[str, Any]:
    return {
        "id": str(op.id),
        "entity": op.entity,
        "entity_id": str(op.entity_id),
        "action": op.action,
        "changes": op.changes,
        "stamp": op.stamp,
        "at": op.at.isoformat(),
        "operator_id": None if op.operator_id is None else str(op.operator_id),
        "base_version": op.base_version,
        "schema_version": op.schema_version,
        "filled": {k: _plain_value(v) for k, v in op.filled.items()},
    }


def _plain_value(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {_BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    return value


# -- reading --------------------------------------------------------------------------


def _numbers(directory: Path) -> Iterator[int]:
    """The numbers of the whole files in a desk's run (a temporary one has another name)."""
    if not directory.is_dir():
        return
    for entry in directory.iterdir():
        found = _NAME.match(entry.name)
        if found:
            yield int(found[1])


def waiting(folder: Folder, site: str, after: int) -> list[int]:
    """The numbers after `after` that can be read now, in order: a gap (a file the share
    has not brought yet) stops the run there."""
    present = sorted(n for n in _numbers(folder.site_dir(site)) if n > after)
    run: list[int] = []
    for number in present:
        if number != after + len(run) + 1:
            break
        run.append(number)
    return run


def missing(folder: Folder, site: str, after: int) -> int | None:
    """The first number of a desk's run that is not there while later ones are (a file
    the share has not brought, or one deleted): None when the run has no gap."""
    run = waiting(folder, site, after)
    later = [n for n in _numbers(folder.site_dir(site)) if n > after + len(run) + 1]
    return after + len(run) + 1 if later else None


def read_changeset(folder: Folder, site: str, number: int) -> Changeset:
    path = folder.site_dir(site) / f"{number:08d}{SUFFIX}"
    try:
        body = gzip.decompress(_open(folder.key, path.read_bytes(), _bound(site, number)))
        facts = json.loads(body)
        if facts.get("site") != site or facts.get("number") != number:
            raise ValueError("misplaced")
        if facts.get("format") != FORMAT:
            raise ValueError("another format")
        told = dict(facts.get("passwords") or {})
        return Changeset(
            [_op_of(item) for item in facts["ops"]],
            {str(k): (str(v[0]), str(v[1])) for k, v in told.items()},
        )
    except (OSError, ValueError, KeyError, TypeError, FolderProblem, EOFError) as exc:
        raise FolderProblem(
            f"Il file «{path.name}» della postazione {site[:8]} nella cartella condivisa è "
            "danneggiato o non è stato scritto da una postazione di questo programma: le "
            "modifiche di quella postazione si fermano lì, quelle delle altre sono state "
            "ricevute. Ripristina il file da una copia della cartella (o dal servizio che la "
            "sincronizza), poi sincronizza di nuovo: nulla va perso intanto."
        ) from exc


def _op_of(item: dict[str, Any]) -> Op:
    return Op(
        id=uuid.UUID(item["id"]),
        entity=str(item["entity"]),
        entity_id=uuid.UUID(item["entity_id"]),
        action=str(item["action"]),
        changes=dict(item["changes"]),
        stamp=str(item["stamp"] or ""),
        at=datetime.fromisoformat(item["at"]),
        operator_id=None if item["operator_id"] is None else uuid.UUID(item["operator_id"]),
        base_version=item["base_version"],
        schema_version=item["schema_version"],
        filled={k: _value_of(v) for k, v in dict(item.get("filled") or {}).items()},
    )


def _value_of(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {_BYTES}:
        return base64.b64decode(value[_BYTES])
    return value
