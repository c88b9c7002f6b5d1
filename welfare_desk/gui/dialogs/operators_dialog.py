"""The store's operators, looked after by an administrator: who can sign in, with which
role, and an operator who left disabled (the history keeps the name)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.access.operators import OperatorView
from welfare_desk.domain.access import ROLE_LABELS, Role
from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.small_models import ListTableModel, plain_table


class OperatorsDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: ListTableModel[OperatorView] = ListTableModel(
            [
                lambda o: o.login,
                lambda o: o.name,
                lambda o: o.role_label,
                lambda o: ", ".join((*o.organizations, *o.social_points)),
                self._state,
            ]
        )
        self.view = plain_table(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.login = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:  # the roles' Italian names, in both languages
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.also_manager = QCheckBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        # A welfare manager or an HR analyst follows these employers and social points;
        # none ticked: the whole programme.
        self.employers = QListWidget()
        self.points = QListWidget()
        for chooser in (self.employers, self.points):
            chooser.setMaximumHeight(96)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.login, self.name, self.role, self.password, self.again),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.also_manager)
        self.scope_labels = [QLabel(), QLabel()]
        scope = QHBoxLayout()
        for label, chooser in zip(self.scope_labels, (self.employers, self.points), strict=True):
            label.setBuddy(chooser)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(chooser)
            scope.addLayout(column)
        form.addRow(scope)
        self.add = QPushButton()
        self.disable = QPushButton()
        self.close_button = QPushButton()
        for button in (self.add, self.disable, self.close_button):
            button.setAutoDefault(False)  # Enter creates and disables nothing
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add)
        row.addWidget(self.disable)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.add.clicked.connect(self._add)
        self.disable.clicked.connect(self._disable)
        self.close_button.clicked.connect(self.accept)
        self.role.currentIndexChanged.connect(lambda _i: self._show_also())
        self.setWindowTitle(self.tr("Operators"))
        self.hint.setText(
            self.tr(
                "Who can sign in to this store. Give each new operator the first password "
                "in person; they change it after signing in. An operator who leaves is "
                "disabled, not removed: the history keeps the name."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&User name"),
                self.tr("&Full name"),
                self.tr("&Role"),
                self.tr("First &password"),
                self.tr("Re&peat it"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.also_manager.setText(self.tr("The administrator also &follows workers"))
        self.scope_labels[0].setText(self.tr("&Employers followed (none: all)"))
        self.scope_labels[1].setText(self.tr("&Social points followed (none: all)"))
        self.employers.setAccessibleName(self.tr("Employers followed"))
        self.points.setAccessibleName(self.tr("Social points followed"))
        self.add.setText(self.tr("&Add the operator"))
        self.disable.setText(self.tr("&Disable…"))
        self.close_button.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Operators"))
        self.model.set_headers(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Assigned to"),
                self.tr("State"),
            ]
        )
        self.role.setCurrentIndex(self.role.findData(Role.WELFARE_MANAGER.value))
        self._show_also()
        self.resize(900, 640)
        self._load_choices()
        self.reload()

    def _state(self, operator: OperatorView) -> str:
        return self.tr("disabled") if operator.disabled else self.tr("active")

    def _show_also(self) -> None:
        role = self.role.currentData()
        self.also_manager.setVisible(role == Role.ADMINISTRATOR.value)
        scoped = role in (Role.WELFARE_MANAGER.value, Role.HR_ANALYST.value)
        for widget in (*self.scope_labels, self.employers, self.points):
            widget.setVisible(scoped)

    def _load_choices(self) -> None:
        def job(uow: Any) -> tuple[list[str], list[tuple[str, str]]]:
            from welfare_desk.registry.organizations import employers, social_points_by_code

            return [e.name for e in employers(uow)], social_points_by_code(uow)

        def shown(found: tuple[list[str], list[tuple[str, str]]]) -> None:
            names, points = found
            for name in names:
                self._checkable(self.employers, name, name)
            for code, name in points:
                self._checkable(self.points, f"{code} – {name}", code)

        self.context.runner.run(self.context.in_store(job), shown, self._failed)

    @staticmethod
    def _checkable(chooser: QListWidget, text: str, value: str) -> None:
        item = QListWidgetItem(text, chooser)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, value)

    @staticmethod
    def _ticked(chooser: QListWidget) -> tuple[str, ...]:
        items = (chooser.item(i) for i in range(chooser.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def reload(self) -> None:
        def job(uow: Any) -> list[OperatorView]:
            from welfare_desk.access.operators import list_operators

            return list_operators(uow)

        self.context.runner.run(self.context.in_store(job), self.model.set_rows, self._failed)

    def _add(self) -> None:
        if self.password.text() != self.again.text():
            self._failed_text(self.tr("The two passwords differ: write them again."))
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        from welfare_desk.access.operators import OperatorInput

        role = Role(self.role.currentData())
        scoped = role in (Role.WELFARE_MANAGER, Role.HR_ANALYST)
        data = OperatorInput(
            self.login.text(),
            self.name.text() or self.login.text(),
            role,
            organizations=self._ticked(self.employers) if scoped else (),
            social_points=self._ticked(self.points) if scoped else (),
            also_manager=role is Role.ADMINISTRATOR and self.also_manager.isChecked(),
        )
        password = self.password.text()

        def job(uow: Any) -> OperatorView:
            from welfare_desk.access.operators import add_operator

            return add_operator(uow, data, password)

        def done(made: OperatorView) -> None:
            self.status.setProperty("problem", None)
            self.status.setText(
                self.tr("%1 can sign in as %2.").replace("%1", made.name).replace("%2", made.login)
            )
            for field in (self.login, self.name, self.password, self.again):
                field.clear()
            for chooser in (self.employers, self.points):
                for i in range(chooser.count()):
                    chooser.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.reload()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _disable(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self._failed_text(self.tr("Choose the operator to disable."))
            return
        chosen = self.model.rows[index.row()]
        question = self.tr("Disable %1 (%2)? They will no longer sign in.")
        question = question.replace("%1", chosen.name).replace("%2", chosen.login)
        if not confirm(self, self.tr("Disable the operator"), question):
            return

        def job(uow: Any) -> OperatorView:
            from welfare_desk.access.operators import disable_operator

            return disable_operator(uow, chosen.login)

        def done(_view: OperatorView) -> None:
            self.status.setProperty("problem", None)
            self.status.setText(self.tr("Disabled."))
            self.reload()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self._failed_text(getattr(error, "message", None) or type(error).__name__)

    def _failed_text(self, text: str) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(text)
