"""Who is at the desk: the sign-in at start, the first administrator of a new store, and
the lock (Ctrl+L or after an idle time) that only the same operator's password opens."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.context import DeskContext

if TYPE_CHECKING:
    from welfare_desk.access.operators import SignedIn


class _AccessDialog(QDialog):
    """A form whose one button signs in (Enter may: it creates and deletes nothing)."""

    signed_in = Signal(object)  # SignedIn

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form = QFormLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("problem", "error")
        self.buttons = QDialogButtonBox()
        self.go = QPushButton()
        self.go.setDefault(True)
        self.quit = QPushButton()
        self.quit.setAutoDefault(False)
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.go.clicked.connect(self._go)
        self.quit.clicked.connect(self.reject)
        self.quit.setText(self.tr("&Quit"))

    def _field(self, text: str, field: QLineEdit, name: str) -> QLineEdit:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(name)
        self.form.addRow(label, field)
        return field

    def _password_field(self, text: str, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return self._field(text, field, name)

    def _go(self) -> None:
        raise NotImplementedError

    def _run(self, job: Any) -> None:
        self.go.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), self._done, self._failed)

    def _done(self, signed: SignedIn) -> None:
        self.go.setEnabled(True)
        self.signed_in.emit(signed)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.go.setEnabled(True)
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
        self._clear_secrets()

    def _clear_secrets(self) -> None:
        for field in self.findChildren(QLineEdit):
            if field.echoMode() is QLineEdit.EchoMode.Password:
                field.clear()
        first = next(
            (
                f
                for f in self.findChildren(QLineEdit)
                if f.echoMode() is QLineEdit.EchoMode.Password
            ),
            None,
        )
        if first is not None:
            first.setFocus()


class SignInDialog(_AccessDialog):
    """The sign-in at start: the last login offered, the password typed, and the social
    point where the operator works today (remembered), which every contact will carry."""

    def __init__(
        self,
        context: DeskContext,
        last_login: str,
        parent: QWidget | None,
        last_point: str = "",
        ask_point: bool = True,
    ) -> None:
        super().__init__(context, parent)
        self.login = self._field(self.tr("&User name"), QLineEdit(last_login), self.tr("User name"))
        self.password = self._password_field(self.tr("&Password"), self.tr("Password"))
        self.point = QComboBox()
        self.point.addItem(self.tr("none: not at a social point today"), "")
        self.point.setAccessibleName(self.tr("Social point of this session"))
        if ask_point:
            label = QLabel(self.tr("Social &point"))
            label.setBuddy(self.point)
            self.form.addRow(label, self.point)
            self._load_points(last_point)
        self.setWindowTitle(self.tr("Sign in to Welfare Desk"))
        self.hint.setText(
            self.tr(
                "The desk holds health and family data: sign in with your own user name. "
                "What you record carries your name."
            )
        )
        self.go.setText(self.tr("&Sign in"))
        (self.password if last_login else self.login).setFocus()

    def _load_points(self, last_point: str) -> None:
        def job(uow: Any) -> list[tuple[Any, str]]:
            from welfare_desk.registry.organizations import social_points

            return social_points(uow)

        def shown(points: list[tuple[Any, str]]) -> None:
            for point_id, name in points:
                self.point.addItem(name, point_id.hex)
            found = self.point.findData(last_point)
            self.point.setCurrentIndex(max(found, 0))

        self.context.runner.run(self.context.in_store(job), shown, self._failed)

    @property
    def point_id(self) -> uuid.UUID | None:
        chosen = self.point.currentData()
        return uuid.UUID(chosen) if chosen else None

    def _go(self) -> None:
        login, password = self.login.text(), self.password.text()
        if not login.strip() or not password:
            self.status.setText(self.tr("Write your user name and password."))
            return

        def job(uow: Any) -> SignedIn:
            from welfare_desk.access.operators import sign_in

            return sign_in(uow, login, password)

        self._run(job)


class LockDialog(SignInDialog):
    """The desk locked: the same operator's password opens it; another person quits."""

    def __init__(self, context: DeskContext, login: str, parent: QWidget | None) -> None:
        super().__init__(context, login, parent, ask_point=False)  # the session keeps its own
        self.login.setReadOnly(True)
        self.setWindowTitle(self.tr("Welfare Desk is locked"))
        self.hint.setText(
            self.tr(
                "The desk was locked so that nobody reads what is on screen. %1 opens it "
                "with the password; anyone else quits and starts the desk again."
            ).replace("%1", login)
        )
        self.go.setText(self.tr("&Unlock"))
        self.password.setFocus()


class FirstAdminDialog(_AccessDialog):
    """A new store's first account: an administrator, who then adds the others."""

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.login = self._field(self.tr("&User name"), QLineEdit(), self.tr("User name"))
        self.name = self._field(self.tr("&Full name"), QLineEdit(), self.tr("Full name"))
        self.password = self._password_field(self.tr("&Password"), self.tr("Password"))
        self.again = self._password_field(self.tr("&Repeat it"), self.tr("Password again"))
        self.also_manager = QCheckBox(self.tr("I also &follow workers (welfare manager)"))
        self.also_manager.setChecked(True)  # a small programme's one account does both
        self.form.addRow(self.also_manager)
        self.login.setPlaceholderText(self.tr("e.g. ebrambilla"))
        self.setWindowTitle(self.tr("The first administrator"))
        self.hint.setText(
            self.tr(
                "This store has no operators yet. Create its first administrator: from "
                "now on the desk opens only after a sign-in, and the administrator adds "
                "the other operators. Use at least 10 characters for the password."
            )
        )
        self.go.setText(self.tr("&Create and sign in"))
        self.login.setFocus()

    def _go(self) -> None:
        login, name = self.login.text(), self.name.text()
        password, again = self.password.text(), self.again.text()
        manager = self.also_manager.isChecked()
        if password != again:
            self.status.setText(self.tr("The two passwords differ: write them again."))
            self._clear_secrets()
            return

        def job(uow: Any) -> SignedIn:
            from welfare_desk.access.operators import create_first_admin, sign_in

            create_first_admin(uow, login, name or login, password, manager)
            return sign_in(uow, login, password)

        self._run(job)


class ChangePasswordDialog(_AccessDialog):
    """The signed-in operator's own password: the current one first."""

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.current = self._password_field(self.tr("&Current password"), self.tr("Current"))
        self.new = self._password_field(self.tr("&New password"), self.tr("New password"))
        self.again = self._password_field(self.tr("&Repeat it"), self.tr("Password again"))
        self.setWindowTitle(self.tr("Change the password"))
        self.hint.setText(
            self.tr("At least 10 characters, not your user name. Nobody else will know it.")
        )
        self.go.setText(self.tr("&Change"))
        self.quit.setText(self.tr("Ca&ncel"))
        self.current.setFocus()

    def _go(self) -> None:
        signed = self.context.signed_in
        if signed is None:
            return
        current, new = self.current.text(), self.new.text()
        if new != self.again.text():
            self.status.setText(self.tr("The two passwords differ: write them again."))
            self.new.clear()
            self.again.clear()
            self.new.setFocus()
            return

        def job(uow: Any) -> SignedIn:
            from welfare_desk.access.operators import change_password

            change_password(uow, signed.id, current, new)
            return signed

        self._run(job)
