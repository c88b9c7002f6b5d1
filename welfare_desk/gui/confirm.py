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


def ask_reason(parent: QWidget, title: str, prompt: str, suggested: str = "") -> str | None:
    """Why a record is removed or cancelled: the history keeps it. None when the person
    thinks better of it; an empty answer asks again rather than going on without one."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    while True:
        text, given = QInputDialog.getText(
            parent, title, prompt, QLineEdit.EchoMode.Normal, suggested
        )
        if not given:
            return None
        if text.strip():
            return " ".join(text.split())
        prompt = QCoreApplication.translate("Reason", "Write the reason: the history keeps it.")


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
