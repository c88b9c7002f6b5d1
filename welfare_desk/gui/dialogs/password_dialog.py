"""Asking for a PostgreSQL password when the keyring has none (or a wrong one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from welfare_desk.gui.forms.password_dialog_ui import Ui_PasswordDialog
from welfare_desk.store import credentials
from welfare_desk.store.engine import Target


class PasswordDialog(QDialog):
    def __init__(self, target: Target, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.reasonText.setText(reason)
        self.ui.serverText.setText(target.display)
        if credentials.keyring_available():
            self.ui.keyringText.setVisible(False)
        else:
            self.ui.rememberCheck.setChecked(False)
            self.ui.rememberCheck.setEnabled(False)
            self.ui.keyringText.setText(
                self.tr(
                    "This computer has no usable system keyring: the password will be "
                    "asked again next session and is never written to a file."
                )
            )
        self.ui.passwordEdit.setFocus()

    @property
    def password(self) -> str:
        return self.ui.passwordEdit.text()

    @property
    def remember(self) -> bool:
        return self.ui.rememberCheck.isChecked()
