"""Quick intake, for welfare days: a contact and its needs in under a minute, by keyboard.

Find the worker (or tick "new" and give code, names and employer), pick the channel,
filter and tick the needs with Space, save with Ctrl+Enter.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from welfare_desk.domain.needs import Channel, Urgency
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.forms.quick_intake_ui import Ui_QuickIntake
from welfare_desk.gui.labels import CHANNEL_NAMES, URGENCY_NAMES, name_of

if TYPE_CHECKING:  # the services load on the store thread, when first needed
    from welfare_desk.cases.story import ContactView


@dataclass(frozen=True)
class Recorded:
    worker_id: uuid.UUID
    contact: ContactView  # as saved, for the story to show before it reloads


class QuickIntake(QDialog):
    recorded = Signal(object)  # Recorded

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_QuickIntake()
        self.ui.setupUi(self)
        self.ui.statusText.setProperty("problem", "error")
        self._generation = 0
        for channel in CHANNEL_NAMES:
            self.ui.channelCombo.addItem(name_of(CHANNEL_NAMES, channel), channel.value)
        for urgency in URGENCY_NAMES:
            self.ui.urgencyCombo.addItem(name_of(URGENCY_NAMES, urgency), urgency.value)
        from welfare_desk.reference import need_taxonomy

        for kind in need_taxonomy().kinds:
            item = QListWidgetItem(f"{kind.category_label} — {kind.label}")
            item.setData(Qt.ItemDataRole.UserRole, kind.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.needsList.addItem(item)
        # How many needs are ticked and which: a tick hidden by the filter still counts.
        self.needs_count = QLabel()
        self.needs_count.setWordWrap(True)
        self.needs_count.setAccessibleName(self.tr("Needs ticked"))
        self.ui.contactForm.insertRow(4, "", self.needs_count)
        self.ui.needsList.itemChanged.connect(lambda _item: self._count_needs())
        self._count_needs()
        # The chosen worker's household, typed here too (#17); a new worker's, once saved.
        self.member_button = QPushButton(self.tr("Add a relative…"))
        self.member_button.setAutoDefault(False)
        self.member_button.setEnabled(False)
        self.member_button.setToolTip(
            self.tr("A relative of the chosen worker; a new worker's after the contact is saved")
        )
        self.ui.workerForm.addRow("", self.member_button)
        self.member_button.clicked.connect(self._add_member)
        self.ui.workerResults.currentRowChanged.connect(lambda _r: self._can_add_member())
        self.ui.newWorkerBox.setVisible(False)
        self.ui.newWorkerCheck.toggled.connect(self._new_worker)
        self._employers_loaded = False
        self.ui.workerSearch.textChanged.connect(self._search)
        self.ui.needsFilter.textChanged.connect(self._filter_needs)
        self.ui.workerSearch.installEventFilter(self)
        self.ui.needsFilter.installEventFilter(self)
        self.ui.workerResults.itemActivated.connect(lambda _item: self.ui.channelCombo.setFocus())
        self.ui.buttons.accepted.connect(lambda: self.save())
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.save())
        self.ui.workerSearch.setFocus()

    def for_worker(self, worker_id: uuid.UUID, label: str) -> None:
        """Opened from a worker's story: the worker is already chosen, start at the channel."""
        self.ui.workerSearch.blockSignals(True)
        self.ui.workerSearch.setText(label)
        self.ui.workerSearch.blockSignals(False)
        self.ui.workerResults.clear()
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, worker_id)
        self.ui.workerResults.addItem(item)
        self.ui.workerResults.setCurrentRow(0)
        self.ui.channelCombo.setCurrentIndex(
            max(0, self.ui.channelCombo.findData(Channel.SOCIAL_POINT.value))
        )
        self.ui.channelCombo.setFocus()

    # Keyboard: Down from a filter goes into its list

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if event.key() == Qt.Key.Key_Down:
            target = self.ui.workerResults if watched is self.ui.workerSearch else self.ui.needsList
            target.setFocus()
            current = target.currentItem()
            if (current is None or current.isHidden()) and target.count():
                target.setCurrentRow(self._first_visible(target))
            return True
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if (
            watched is self.ui.workerSearch
            and plain
            and event.key()
            in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            )
        ):
            # Enter chooses the worker shown first (or the one chosen) and moves on: it
            # never records anything.
            results = self.ui.workerResults
            if results.count():
                if results.currentRow() < 0:
                    results.setCurrentRow(0)
                self.ui.channelCombo.setFocus()
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Esc with needs ticked, notes or a new worker typed asks before dropping them."""
        typed = (
            bool(self.chosen_needs())
            or bool(self.ui.notesEdit.toPlainText().strip())
            or (
                self.ui.newWorkerCheck.isChecked()
                and any(
                    field.text().strip()
                    for field in (self.ui.codeEdit, self.ui.surnameEdit, self.ui.nameEdit)
                )
            )
        )
        if typed:
            from welfare_desk.gui.confirm import confirm

            if not confirm(
                self,
                self.tr("Contact not saved"),
                self.tr("The contact is not saved. Close and lose what you typed?"),
            ):
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never saves (a button box makes its Save the default when shown):
        Ctrl+Enter does."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _first_visible(view: Any) -> int:
        for row in range(view.count()):
            if not view.item(row).isHidden():
                return row
        return 0

    def _chosen_worker(self) -> uuid.UUID | None:
        current = self.ui.workerResults.currentItem()
        if self.ui.newWorkerCheck.isChecked() or current is None:
            return None
        chosen = current.data(Qt.ItemDataRole.UserRole)
        return chosen if isinstance(chosen, uuid.UUID) else None

    def _can_add_member(self) -> None:
        self.member_button.setEnabled(self._chosen_worker() is not None)

    def _add_member(self) -> None:
        from welfare_desk.gui.dialogs.member_dialog import MemberDialog

        worker_id = self._chosen_worker()
        if worker_id is None:
            return
        dialog = MemberDialog(self.context, worker_id, None, self)
        dialog.saved.connect(lambda: self._say(self.tr("Relative added to the household.")))
        dialog.open()

    def _say(self, text: str, problem: bool = False) -> None:
        self.ui.statusText.setProperty("problem", "error" if problem else "")
        self.ui.statusText.style().unpolish(self.ui.statusText)
        self.ui.statusText.style().polish(self.ui.statusText)
        self.ui.statusText.setText(text)

    def _new_worker(self, on: bool) -> None:
        self._can_add_member()
        if on and not self._employers_loaded:
            self._load_employers()
        self.ui.newWorkerBox.setVisible(on)
        self.ui.workerSearch.setEnabled(not on)
        self.ui.workerResults.setEnabled(not on)
        if on:
            self.ui.codeEdit.setFocus()

    def _load_employers(self) -> None:
        """The employer completes from those in the store (any word, any case)."""
        self._employers_loaded = True

        def job(uow: Any) -> list[str]:
            from welfare_desk.registry.organizations import list_organizations

            return [o.name for o in list_organizations(uow) if o.kind == "employer"]

        def shown(names: list[str]) -> None:
            from PySide6.QtWidgets import QCompleter

            completer = QCompleter(names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.ui.employerEdit.setCompleter(completer)

        self.context.runner.run(self.context.in_store(job), shown)

    def _search(self, text: str) -> None:
        from welfare_desk.gui.worker_list_model import PAGE

        self._generation += 1
        generation = self._generation

        def job(uow: Any) -> list[Any]:
            from welfare_desk.registry.workers import search_workers

            return search_workers(uow, text, PAGE // 5) if text.strip() else []

        self.context.runner.run(
            self.context.in_store(job), lambda hits: self._found(generation, hits)
        )

    def _found(self, generation: int, hits: list[Any]) -> None:
        if generation != self._generation:
            return
        self.ui.workerResults.clear()
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.surname} {hit.name} — {hit.codice_fiscale} — {hit.organization}"
            )
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.ui.workerResults.addItem(item)
        if hits:
            self.ui.workerResults.setCurrentRow(0)

    def _filter_needs(self, text: str) -> None:
        from welfare_desk.domain.search_text import fold

        words = fold(text).split()
        view = self.ui.needsList
        for row in range(view.count()):
            item = view.item(row)
            label = fold(item.text())
            item.setHidden(not all(word in label for word in words))
        current = view.currentItem()
        if current is not None and current.isHidden():  # Space must tick what is shown
            view.setCurrentRow(self._first_visible(view))

    def _count_needs(self) -> None:
        chosen = [
            self.ui.needsList.item(row)
            for row in range(self.ui.needsList.count())
            if self.ui.needsList.item(row).checkState() == Qt.CheckState.Checked
        ]
        names = ", ".join(item.text().split(" — ")[-1] for item in chosen)
        counted = self.tr("%n need(s) ticked", "", len(chosen))
        self.needs_count.setText(f"{counted}: {names}" if chosen else counted)

    # Saving

    def chosen_needs(self) -> list[str]:
        return [
            self.ui.needsList.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.ui.needsList.count())
            if self.ui.needsList.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self, new_employer: bool = False) -> None:
        from welfare_desk.cases.casework import ContactInput, NeedInput, record_contact
        from welfare_desk.registry.workers import WorkerInput, save_worker

        needs = self.chosen_needs()
        urgency = Urgency(self.ui.urgencyCombo.currentData())
        channel = Channel(self.ui.channelCombo.currentData())
        minutes = self.ui.durationSpin.value()
        notes = self.ui.notesEdit.toPlainText().strip() or None
        new_worker = self.ui.newWorkerCheck.isChecked()
        current = self.ui.workerResults.currentItem()
        worker_id: uuid.UUID | None = (
            None if new_worker or current is None else current.data(Qt.ItemDataRole.UserRole)
        )
        if not new_worker and worker_id is None:
            self._say(self.tr("Choose the worker, or tick «new worker»."), problem=True)
            self.ui.workerSearch.setFocus()
            return
        person = WorkerInput(
            codice_fiscale=self.ui.codeEdit.text(),
            surname=self.ui.surnameEdit.text(),
            name=self.ui.nameEdit.text(),
            birth_date=None,
            organization=self.ui.employerEdit.text(),
        )

        def job(uow: Any) -> Recorded:
            from welfare_desk.cases.story import ContactView, need_label

            target = worker_id
            if target is None:
                made = save_worker(uow, person, today=uow.clock.today(), new_employer=new_employer)
                target = made.worker.id
            with_needs = [NeedInput(kind, urgency) for kind in needs]
            at = uow.clock.wall_time()
            contact_id = record_contact(
                uow, ContactInput(target, at, channel, minutes, notes=notes, needs=with_needs)
            )
            labels = tuple(need_label(kind, short=True) for kind in needs)
            view = ContactView(contact_id, at, channel.value, minutes, None, None, notes, labels)
            return Recorded(target, view)

        self.ui.buttons.setEnabled(False)
        self.context.runner.run(self.context.in_store(job), self._saved, self._failed)

    def _saved(self, recorded: Recorded) -> None:
        self.ui.buttons.setEnabled(True)
        self.recorded.emit(recorded)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.ui.buttons.setEnabled(True)
        from welfare_desk.errors import UnknownEmployer

        if isinstance(error, UnknownEmployer):
            from welfare_desk.gui.confirm import confirm

            question = error.message + "\n\n" + self.tr("Create «%1» as a new employer?")
            if confirm(self, self.tr("New employer"), question.replace("%1", error.name)):
                self.save(new_employer=True)
                return
            self.ui.employerEdit.setFocus()
        self._say(getattr(error, "message", type(error).__name__), problem=True)
        QTimer.singleShot(0, self.ui.statusText.setFocus)
