"""The services that fit, opened from a case's plan: enrolling adds the action to it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.match_panel import MatchPanel


class MatchDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: DeskContext, worker_id: uuid.UUID, worker_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.worker_id = context, worker_id
        self.setWindowTitle(self.tr("Services that fit – %1").replace("%1", worker_name))
        self.panel = MatchPanel(context, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.panel.enrolled.connect(lambda _text: self.changed.emit())
        self.panel.issue_voucher.connect(self._voucher)
        self.panel.show_for(worker_id)
        self.panel.table.setFocus()

    def _voucher(self, match: Any) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import VoucherDialog

        dialog = VoucherDialog(self.context, self.worker_id, match, self)

        def issued() -> None:
            if dialog.issued is not None:
                text = self.tr("Voucher %1 issued.").replace("%1", dialog.issued.voucher.number)
                if dialog.issued.fringe is not None:
                    text += " " + dialog.issued.fringe.message
                self.panel.message.setText(text)
            self.context.changed()
            self.changed.emit()

        dialog.saved.connect(issued)
        dialog.open()
