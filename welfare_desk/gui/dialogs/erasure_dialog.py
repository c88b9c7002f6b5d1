"""Erasure of a person's data (art. 17 GDPR): the plan shown first (what goes, what a
legal hold keeps and why), then the erasure, asked once more, with its reason."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext


class ErasureDialog(QDialog):
    erased = Signal(bool)  # True: the person is gone too

    def __init__(
        self, context: DeskContext, worker_id: uuid.UUID, who: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.worker_id, self.who = context, worker_id, who
        self.whole = False
        self.setWindowTitle(self.tr("Erase the data of %1").replace("%1", who))
        intro = QLabel(
            self.tr(
                "What the erasure would do: nothing has been changed yet. What the law "
                "requires to keep stays, with its reason; the rest goes, its history too."
            )
        )
        intro.setWordWrap(True)
        self.plan = QPlainTextEdit()
        self.plan.setReadOnly(True)
        self.plan.setAccessibleName(self.tr("What the erasure does"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason of the erasure"))
        self.reason.setPlaceholderText(self.tr("e.g. the person's request of 2 December"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(reason_label, self.reason)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.erase = QPushButton(self.tr("&Erase…"))
        self.erase.setAutoDefault(False)  # Enter never erases
        self.erase.setEnabled(False)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.plan, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.erase.clicked.connect(self._erase)
        self.close_button.clicked.connect(self.reject)
        self.resize(820, 520)
        self._load()

    def _load(self) -> None:
        worker_id = self.worker_id

        def job(uow: Any) -> tuple[list[str], bool]:
            from welfare_desk.registry.erasure import plan_erasure
            from welfare_desk.registry.subject_access import SECTION_LABELS

            plan = plan_erasure(uow, worker_id)
            return plan.lines(SECTION_LABELS), plan.whole

        def shown(found: tuple[list[str], bool]) -> None:
            lines, self.whole = found
            self.plan.setPlainText("\n".join(lines))
            self.erase.setEnabled(True)

        self.context.runner.run(self.context.in_store(job), shown, self._failed)

    def _erase(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.status.setProperty("problem", "error")
            self.status.setText(self.tr("Write the reason of the erasure first."))
            self.reason.setFocus()
            return
        question = self.tr(
            "Erase the data of %1 as listed? It cannot be undone: not even the history "
            "will hold the values."
        ).replace("%1", self.who)
        if not confirm(self, self.tr("Erase the data"), question):
            return
        worker_id, whole = self.worker_id, self.whole

        def job(uow: Any) -> None:
            from welfare_desk.registry.erasure import erase_person

            erase_person(uow, worker_id, reason)

        def done(_result: object) -> None:
            self.erase.setEnabled(False)
            self.status.setProperty("problem", None)
            self.status.setText(self.tr("Erased. The audit records it, with the reason."))
            self.context.changed()
            self.erased.emit(whole)

        self.erase.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.erase.setEnabled(True)
        self.status.setProperty("problem", "error")
        self.status.setText(getattr(error, "message", None) or type(error).__name__)
