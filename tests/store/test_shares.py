"""#20: a SQLite store is never opened on a network share, where two desks writing one
file corrupt it; the desk says why and what to do instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import store_at
from welfare_desk.cli import main
from welfare_desk.store import shares
from welfare_desk.store.shares import OnNetworkShare, network_filesystem

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
nas:/export/welfare /mnt/welfare nfs4 rw,vers=4.2 0 0
//nas/Ufficio\\040Welfare /media/Ufficio\\040Welfare cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/welfare/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
systemd-1 /home/alice autofs rw 0 0
srv:/home/alice /home/alice nfs4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/welfare/desk.sqlite", "nfs4"),
        ("/mnt/welfare/2026/nuovo/desk.sqlite", "nfs4"),  # a folder not made yet
        ("/media/Ufficio Welfare/desk.sqlite", "cifs"),  # a space, escaped in the table
        ("/mnt/welfare/local/desk.sqlite", None),  # a local disk mounted inside the share
        ("/mnt/welfarex/desk.sqlite", None),  # a name that only begins like the share's
        ("/home/operatore/desk.sqlite", None),
        ("/tmp/desk.sqlite", None),
        ("/home/alice/desk.sqlite", "nfs4"),  # mounted over autofs: the last one counts
        ("/run/user/1000/gvfs/smb-share:server=nas,share=w/desk.sqlite", "fuse.gvfsd-fuse"),
    ],
)
def test_a_share_is_told_from_a_local_disk(path: str, kind: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == kind


def test_a_windows_network_path_is_a_share_on_any_system() -> None:
    assert network_filesystem(Path("\\\\server\\welfare\\desk.sqlite"), "") == "percorso di rete"


@pytest.mark.parametrize("path", ["\\\\?\\C:\\Dati\\desk.sqlite", "\\\\.\\C:\\desk.sqlite"])
def test_a_windows_local_long_path_is_no_share(path: str) -> None:
    """Review: the extended-length form of a local path was refused as a network one."""
    assert network_filesystem(Path(path), "/dev/vda / ext4 rw 0 0\n") is None


def test_the_desk_refuses_a_store_on_a_share_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "condivisa"
    share.mkdir()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/vda / ext4 rw 0 0\nnas:/export {share} nfs rw 0 0\n")
    monkeypatch.setattr(shares, "MOUNTS", table)
    with pytest.raises(OnNetworkShare) as refused:
        store_at(str(share / "desk.sqlite"))
    assert "cartella di rete (nfs)" in refused.value.message
    assert "PostgreSQL" in refused.value.message  # what to do instead
    assert main(["--db", str(share / "desk.sqlite"), "init"]) != 0
    assert "cartella di rete" in capsys.readouterr().err
    assert list(share.iterdir()) == []  # no file, no journal, no backup folder
    store_at(str(tmp_path / "locale.sqlite")).close()  # a local disk opens as before


WSL_MOUNTS = """\
/dev/sdc / ext4 rw,relatime 0 0
C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000,gid=1000 0 0
D: /mnt/d drvfs rw,noatime 0 0
"""


@pytest.mark.parametrize("path", ["/mnt/c/Users/anna/desk.sqlite", "/mnt/d/desk.sqlite"])
def test_a_windows_disk_seen_from_wsl_is_named_as_such(
    path: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Review: under WSL the Windows disk is mounted as 9p, and the desk called it «una
    cartella di rete»: the person looks for a network that is not there."""
    assert network_filesystem(Path(path), WSL_MOUNTS) == "drvfs"
    table = tmp_path / "mounts"
    table.write_text(WSL_MOUNTS)
    monkeypatch.setattr(shares, "MOUNTS", table)
    with pytest.raises(OnNetworkShare) as refused:
        shares.refuse_network_share(Path(path))
    message = refused.value.message
    assert "cartella di rete" not in message
    assert "disco di Windows visto da WSL" in message
    assert "cartella home di Linux" in message  # what to do instead


def test_a_quick_search_does_not_read_a_store_on_a_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review: the command line's search opened the file read-only without the check, so
    a store on a share answered there and was refused everywhere else."""
    folder = tmp_path / "ufficio"
    folder.mkdir()
    store_at(str(folder / "desk.sqlite")).close()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/vda / ext4 rw 0 0\nnas:/export {folder} nfs rw 0 0\n")
    monkeypatch.setattr(shares, "MOUNTS", table)
    assert main(["--db", str(folder / "desk.sqlite"), "search", "Rossi"]) != 0
    assert "cartella di rete (nfs)" in capsys.readouterr().err


@pytest.mark.parametrize(
    "folder", ["Dropbox", "OneDrive", "OneDrive - Cooperativa Sole", "Google Drive", "Nextcloud"]
)
def test_a_store_in_a_folder_a_sync_service_copies_is_refused(tmp_path: Path, folder: str) -> None:
    synced = tmp_path / folder / "welfare"
    synced.mkdir(parents=True)

    with pytest.raises(OnNetworkShare) as refused:
        store_at(str(synced / "desk.sqlite"))

    assert folder.split(" - ")[0] in refused.value.message
    assert "sync --folder" in refused.value.message  # the way to share through it
    assert list(synced.iterdir()) == []


def test_a_share_refused_names_the_shared_folder_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "condivisa"
    share.mkdir()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/vda / ext4 rw 0 0\nnas:/export {share} cifs rw 0 0\n")
    monkeypatch.setattr(shares, "MOUNTS", table)
    with pytest.raises(OnNetworkShare) as refused:
        store_at(str(share / "desk.sqlite"))
    assert "sync --folder" in refused.value.message
