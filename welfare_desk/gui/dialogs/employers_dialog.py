"""The programme's employers, and which of them is a public administration: its
smart-working communications to the Ministry are due by the 20th of the following month."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.registry.organizations import EmployerView


class EmployersDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model: ListTableModel[EmployerView] = ListTableModel(
            [lambda e: e.name, self._kind_text, self._term_text]
        )
        self.view = plain_table(self.model)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.toggle = QPushButton()
        self.close_button = QPushButton()
        for button in (self.toggle, self.close_button):
            button.setAutoDefault(False)  # Enter changes nothing
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.toggle.clicked.connect(self._toggle)
        self.close_button.clicked.connect(self.accept)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_toggle())
        self.setWindowTitle(self.tr("Employers"))
        self.hint.setText(
            self.tr(
                "A public administration (art. 1 c. 2 D.Lgs. 165/2001) tells the Ministry of "
                "its smart-working agreements by the 20th of the following month; a private "
                "employer within five days. The communications owed from now on take the "
                "employer's term."
            )
        )
        self.close_button.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Employers"))
        self.model.set_headers(
            [self.tr("Employer"), self.tr("Kind"), self.tr("Ministry communication")]
        )
        self._show_toggle()
        self.resize(820, 460)
        self.reload()

    def _kind_text(self, employer: EmployerView) -> str:
        if employer.public_administration:
            return self.tr("public administration")
        return self.tr("private employer")

    def _term_text(self, employer: EmployerView) -> str:
        if employer.public_administration:
            return self.tr("by the 20th of the following month")
        return self.tr("within 5 days")

    def _chosen(self) -> EmployerView | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_toggle(self) -> None:
        chosen = self._chosen()
        self.toggle.setEnabled(chosen is not None)
        if chosen is not None and chosen.public_administration:
            self.toggle.setText(self.tr("Mark as a &private employer"))
        else:
            self.toggle.setText(self.tr("Mark as a &public administration"))

    def reload(self, keep: str | None = None) -> None:
        def job(uow: Any) -> list[EmployerView]:
            from welfare_desk.registry.organizations import employers

            return employers(uow)

        def done(rows: list[EmployerView]) -> None:
            self.model.set_rows(rows)
            names = [e.name for e in rows]
            if rows:
                self.view.selectRow(names.index(keep) if keep in names else 0)
            self._show_toggle()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _toggle(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return

        def job(uow: Any) -> EmployerView:
            from welfare_desk.registry.organizations import mark_public_administration

            return mark_public_administration(
                uow, chosen.id, chosen.version, not chosen.public_administration
            )

        def done(view: EmployerView) -> None:
            self.status.setProperty("problem", None)
            self.status.setText(
                self.tr("%1: %2, Ministry communications %3.")
                .replace("%1", view.name)
                .replace("%2", self._kind_text(view))
                .replace("%3", self._term_text(view))
            )
            self.context.changed()
            self.reload(keep=view.name)

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
