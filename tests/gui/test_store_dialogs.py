"""Opening a store from the desk: a password asked in a dialog, an unreachable store told."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from welfare_desk.gui import i18n
from welfare_desk.gui.app import DeskStarter
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.password_dialog import PasswordDialog
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store import engine, opening
from welfare_desk.store.errors import PasswordRequired, StoreUnavailable

SERVER = "postgresql://anna@db.example:5432/welfare"


def _starter(context: DeskContext, qtbot: QtBot, location: str) -> tuple[DeskStarter, MainWindow]:
    i18n.install("it")
    context.store = None
    window = MainWindow(context)
    qtbot.addWidget(window)
    starter = DeskStarter(context, location)
    starter.attach(window)
    window.show()
    return starter, window


def _when_shown(kind: type, act: Any) -> None:
    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)


def test_a_password_is_asked_and_remembered_in_the_keyring(
    context: DeskContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    demo_store: Any,
    tmp_path: Path,
) -> None:
    asked: list[str | None] = []

    def fake_open(location: str | None, password: str | None = None, **_: Any) -> Any:
        asked.append(password)
        if password != "giusta":
            raise PasswordRequired("Il server db.example:5432 chiede una password per «anna».")
        demo_store.target = engine.resolve_target(SERVER)
        return demo_store

    monkeypatch.setattr(opening, "open_store", fake_open)
    starter, _window = _starter(context, qtbot, SERVER)

    def answer(dialog: PasswordDialog) -> None:
        dialog.grab().save(str(tmp_path / "password.png"))
        assert "chiede una password" in dialog.ui.reasonText.text()
        dialog.ui.passwordEdit.setText("giusta")
        dialog.ui.rememberCheck.setChecked(True)
        dialog.accept()

    _when_shown(PasswordDialog, answer)
    starter.open()
    qtbot.waitUntil(lambda: context.store is not None, timeout=10_000)
    assert asked == [None, "giusta"]
    assert memory_keyring.secrets == {("welfare-desk", "anna@db.example:5432/welfare"): "giusta"}


def test_an_unreachable_store_is_told_and_the_desk_can_close(
    context: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def unreachable(location: str | None, **_: Any) -> Any:
        raise StoreUnavailable(
            "Impossibile raggiungere il server PostgreSQL db.example:5432: controlla "
            "l'indirizzo, la rete e che il server sia acceso."
        )

    monkeypatch.setattr(opening, "open_store", unreachable)
    starter, window = _starter(context, qtbot, SERVER)
    seen: list[str] = []

    def quit_(box: QMessageBox) -> None:
        box.grab().save(str(tmp_path / "unreachable.png"))
        seen.append(box.text())
        quit_button = [b for b in box.buttons() if "Esci" in b.text()]
        (quit_button or box.buttons())[-1].click()  # never leave the box open

    _when_shown(QMessageBox, quit_)
    starter.open()
    qtbot.waitUntil(lambda: bool(seen) and not window.isVisible(), timeout=10_000)
    assert "Impossibile raggiungere" in seen[0]


def test_a_new_store_without_a_keyring_is_encrypted_with_a_chosen_passphrase(
    context: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from welfare_desk.gui.dialogs.passphrase_dialog import PassphraseDialog
    from welfare_desk.store import cipher

    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(cipher.PASSPHRASE_ENV, raising=False)
    location = tmp_path / "nuovo.sqlite"
    starter, _window = _starter(context, qtbot, str(location))
    seen: list[str] = []

    def choose(dialog: PassphraseDialog) -> None:
        if dialog.property("tried"):
            return
        dialog.setProperty("tried", True)
        dialog.resize(640, 320)
        dialog.grab().save(str(tmp_path / "passphrase.png"))
        seen.append(dialog.windowTitle())
        assert dialog.again.isVisible()
        dialog.phrase.setText("corta")
        dialog.go.click()
        seen.append(dialog.status.text())
        dialog.phrase.setText("la quercia di piazza Duomo")
        dialog.again.setText("la quercia di piazza duomo")
        dialog.go.click()
        seen.append(dialog.status.text())
        dialog.again.setText("la quercia di piazza Duomo")
        dialog.go.click()

    _when_shown(PassphraseDialog, choose)
    starter.open()
    qtbot.waitUntil(lambda: context.store is not None, timeout=20_000)
    assert seen[0] == "Cifra il nuovo archivio"
    assert "almeno 12 caratteri" in seen[1]
    assert "diverse" in seen[2]
    assert not cipher.is_plain(location)
    context.store.close()
    context.store = None
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "la quercia di piazza Duomo")
    cipher.existing_key(location, None)  # the chosen phrase opens it
