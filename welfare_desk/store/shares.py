"""A SQLite store is never opened on a network share (#20).

SQLite's locks do not hold over NFS or SMB: two desks writing one file on a share
corrupt it, and a dropped connection mid-write can too. The desk refuses such a path
before it opens anything, and says what to do instead.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path, PureWindowsPath

from welfare_desk.store.errors import StoreUnavailable

# Under WSL the Windows disks are mounted through a file server (drvfs, over 9p on WSL 2)
# whose locks SQLite cannot rely on either: not a network, but the same danger.
WSL_WINDOWS_DISK = "drvfs"
# Filesystem types (as /proc/mounts names them) that live on another machine.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.davfs2",
        "fuse.gvfsd-fuse",  # the desktop's file manager's SMB and WebDAV shares
        WSL_WINDOWS_DISK,
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
MOUNTS = Path("/proc/mounts")


class OnNetworkShare(StoreUnavailable):
    code = "store.network_share"
    bad_input = True


# Folders a sync service copies to other PCs while the file is open (the names their
# clients give them): a live store there is copied half-written, or two copies diverge.
SYNCED_FOLDERS = (
    "Dropbox",
    "OneDrive",
    "Google Drive",
    "GoogleDrive",
    "iCloud Drive",
    "iCloudDrive",
    "Nextcloud",
    "ownCloud",
    "pCloud Drive",
    "MEGA",
    "Box",
)
_INSTEAD = (
    "per lavorare in più postazioni sugli stessi dati usate l'archivio PostgreSQL del "
    "programma, oppure, senza un server, una cartella condivisa con «welfare-desk sync "
    "--folder CARTELLA»: ogni postazione tiene il suo archivio e scambia lì solo le "
    "modifiche."
)


def synced_folder(path: Path) -> str | None:
    """The sync service whose folder holds `path`, None if none does."""
    for part in Path(_resolved(path)).parts:
        for name in SYNCED_FOLDERS:
            if part == name or part.startswith(f"{name} - ") or part.startswith(f"{name} ("):
                return name
    return None


def refuse_network_share(path: Path) -> None:
    """Raises OnNetworkShare when `path` (a SQLite store's file) is on a network share, or
    in a folder a sync service copies."""
    service = synced_folder(path)
    if service is not None:
        raise OnNetworkShare(
            f"L'archivio «{path}» è in una cartella di {service}, che copia i file sugli altri "
            "PC mentre la desk li scrive: l'archivio si danneggerebbe, o due copie andrebbero "
            f"ognuna per conto suo. Tieni l'archivio in una cartella di questo PC che {service} "
            f"non sincronizza; {_INSTEAD}"
        )
    kind = network_filesystem(path)
    if kind is None:
        return
    if kind == WSL_WINDOWS_DISK:
        raise OnNetworkShare(
            f"L'archivio «{path}» è su un disco di Windows visto da WSL: SQLite non può "
            "bloccarne il file in modo affidabile da qui, e l'archivio si danneggerebbe. "
            "Tieni l'archivio nella cartella home di Linux (per esempio "
            "~/welfare-desk/archivio.sqlite) oppure avvia la desk da Windows."
        )
    raise OnNetworkShare(
        f"L'archivio «{path}» è in una cartella di rete ({kind}): un archivio SQLite in "
        "rete si danneggia quando due postazioni lo scrivono insieme o la rete cade durante "
        "un salvataggio, e per questo la desk non lo apre. Tieni l'archivio su un disco di "
        f"questo PC; {_INSTEAD}"
    )


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The kind of network share holding `path`, or None if it is on a local disk.

    `mounts` is the text of /proc/mounts (read from the system when not given)."""
    text = str(path)
    if text.startswith(("\\\\?\\", "\\\\.\\")):  # Windows' long form of a local path
        text = text[4:]
        if text.upper().startswith("UNC\\"):
            return "percorso di rete"
        path = Path(text)
    elif text.startswith("\\\\") or (os.name == "nt" and text.startswith("//")):
        return "percorso di rete"  # a UNC path: \\server\share\...
    if os.name == "nt":
        return _windows_drive(path)
    if mounts is None:
        try:
            mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # no mount table to read (e.g. macOS): nothing to say
    kind, options = _mount_of(_resolved(path), mounts)
    if kind == "9p" and "aname=drvfs" in options:
        return WSL_WINDOWS_DISK
    return kind if kind in NETWORK_TYPES else None


def _resolved(path: Path) -> str:
    # the file may not exist yet: its folder decides where it will be written
    target = path if path.exists() else path.parent
    try:
        return str(target.resolve())
    except OSError:
        return str(target.absolute())


def _mount_of(path: str, mounts: str) -> tuple[str | None, str]:
    """The type and options of the mount whose point is the longest prefix of `path`."""
    best, kind, options = -1, None, ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescaped(fields[1]).rstrip("/") or "/"
        inside = point == "/" or path == point or path.startswith(point + "/")
        if inside and len(point) >= best:  # mounted over another: the last one counts
            best, kind = len(point), fields[2]
            options = fields[3] if len(fields) > 3 else ""
    return kind, options


def _unescaped(field: str) -> str:
    # /proc/mounts writes a space, a tab, a newline and a backslash as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _windows_drive(path: Path) -> str | None:
    drive = PureWindowsPath(path).drive
    if not drive:
        return None
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if kernel.GetDriveTypeW(f"{drive}\\") == _DRIVE_REMOTE:
        return "unità di rete"
    return None
