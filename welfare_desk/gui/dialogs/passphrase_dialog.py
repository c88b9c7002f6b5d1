"""Asking for the passphrase of an encrypted store when the keyring does not hold its key:
chosen (typed twice) for a new store, typed to open one made elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.store.cipher import passphrase_problem


class PassphraseDialog(QDialog):
    def __init__(self, reason: str, new: bool, store: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(
            self.tr("Encrypt the new store") if new else self.tr("Open the encrypted store")
        )
        self.setMinimumWidth(520)
        reason_text = QLabel(reason)
        reason_text.setWordWrap(True)
        where = QLabel(store)
        where.setWordWrap(True)
        where.setAccessibleName(self.tr("Store"))
        self.phrase = QLineEdit()
        self.phrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("Store:"), where)
        phrase_label = QLabel(self.tr("&Passphrase:"))
        phrase_label.setBuddy(self.phrase)
        form.addRow(phrase_label, self.phrase)
        if new:
            again_label = QLabel(self.tr("&Repeat it:"))
            again_label.setBuddy(self.again)
            form.addRow(again_label, self.again)
        else:
            self.again.hide()
        warning = QLabel(
            self.tr(
                "Without the passphrase nobody can read the store, not even the support: "
                "write it down and keep it where the keys of the social point are kept."
            )
            if new
            else self.tr(
                "The passphrase chosen when the store was created, or the 64-character "
                "recovery key kept by the administrator."
            )
        )
        warning.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        self.status.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox()
        self.go = QPushButton(self.tr("&Encrypt and open") if new else self.tr("&Open"))
        self.go.setDefault(True)  # opens or creates an empty store: nothing is lost
        cancel = QPushButton(self.tr("&Quit"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.go.clicked.connect(self._go)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(reason_text)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.phrase.setFocus()

    @property
    def passphrase(self) -> str:
        return self.phrase.text()

    def _go(self) -> None:
        if self.new:
            problem = passphrase_problem(self.phrase.text())
            if problem is not None:
                self.status.setText(problem)
                self.phrase.setFocus()
                return
            if self.again.text() != self.phrase.text():
                self.status.setText(self.tr("The two passphrases differ: type them again."))
                self.again.clear()
                self.again.setFocus()
                return
        elif not self.phrase.text():
            self.status.setText(self.tr("Type the passphrase to open the store."))
            return
        self.accept()
