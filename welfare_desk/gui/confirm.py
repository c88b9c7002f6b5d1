"""Asking before what cannot be undone, and saying what a cancellation left behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from welfare_desk.catalogue.enrollments import CancelOutcome


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Yes or no, No by default: Enter never confirms by accident."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def cancelled_text(outcome: CancelOutcome, head: str) -> str:
    text = head
    if outcome.promoted is not None:
        moved = QCoreApplication.translate("Cancellation", "%1 moves up from the waiting list.")
        text += " " + moved.replace("%1", outcome.promoted.person)
    if outcome.vouchers_left:
        left = QCoreApplication.translate(
            "Cancellation",
            "Voucher %1 issued for it is still valid: cancel it if it is no longer needed.",
        )
        text += " " + left.replace("%1", ", ".join(outcome.vouchers_left))
    return text
