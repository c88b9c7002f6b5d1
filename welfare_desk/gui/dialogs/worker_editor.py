"""Creating and editing a worker: validates as you type, never loses what was typed.

Errors sit under their field and block saving; warnings (a name that does not match
the codice fiscale, as foreign names often do) are shown and let the user save. A save
that lost a race with another desk says so, keeps the typed values and offers to reload
the stored ones beside them.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from welfare_desk.domain.dates import DateFormatError, parse_date
from welfare_desk.domain.problems import Problem
from welfare_desk.errors import DuplicateWorker, InvalidInput, UnknownEmployer
from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.forms.worker_editor_ui import Ui_WorkerEditor
from welfare_desk.gui.unsaved import form_state, may_close
from welfare_desk.registry.organizations import list_organizations
from welfare_desk.registry.workers import (
    SaveResult,
    WorkerDetail,
    WorkerInput,
    get_worker_by_id,
    save_worker,
    validate_worker,
)
from welfare_desk.store.errors import ConflictError

# Form field → the domain's field name in its problems.
FIELDS = {
    "codiceFiscale": "codice_fiscale",
    "surname": "surname",
    "name": "name",
    "birthDate": "birth_date",
    "sex": "sex",
    "organization": "organization",
    "email": "email",
    "dueDate": "pregnancy_due_date",
    "illnessLeaveUntil": "illness_leave_until",
}


class WorkerEditor(QDialog):
    saved = Signal(object)  # SaveResult
    open_existing = Signal(uuid.UUID)

    def __init__(
        self,
        context: DeskContext,
        worker: WorkerDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.worker = worker
        self.version = worker.version if worker else None
        # A new form does not shout about empty fields until the first try to save.
        self._tried = False
        self.ui = Ui_WorkerEditor()
        self.ui.setupUi(self)
        self.ui.conflictBanner.setObjectName("Banner")
        # A long label («Congedo per malattia preso, fino al») wraps at a large font rather
        # than push the fields beyond a 1024-pixel screen (#17).
        for label in self.ui.formHost.findChildren(QLabel):
            if label.buddy() is not None and len(label.text()) > 24:
                label.setWordWrap(True)
        # Extra height goes below the fields, not between them.
        self.ui.form.setRowStretch(self.ui.form.rowCount(), 1)
        # With a larger system font the fields need more room than the form's default.
        # Never beyond the screen, though: the fields scroll inside the form (#17).
        wanted = self.ui.formHost.sizeHint()
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(
            min(max(self.width(), wanted.width() + 60), room.width() - 40),
            min(max(self.height(), wanted.height() + 160), room.height() - 60),
        )
        self._error_labels: dict[str, QLabel] = {
            domain: getattr(self.ui, f"{form}Error") for form, domain in FIELDS.items()
        }
        for label in self._error_labels.values():
            label.setProperty("problem", "error")
        self.ui.warningsText.setProperty("problem", "warning")
        self._fill_sex()
        for edit in (
            self.ui.codiceFiscaleEdit,
            self.ui.surnameEdit,
            self.ui.nameEdit,
            self.ui.birthDateEdit,
            self.ui.emailEdit,
            self.ui.dueDateEdit,
            self.ui.illnessLeaveFromEdit,
            self.ui.illnessLeaveUntilEdit,
        ):
            edit.textChanged.connect(self.validate)
        self.ui.illnessSpin.valueChanged.connect(self.validate)
        self.ui.sexEdit.currentIndexChanged.connect(self.validate)
        self.ui.organizationEdit.editTextChanged.connect(self.validate)
        self.ui.pregnancyCheck.toggled.connect(self._pregnancy_toggled)
        from welfare_desk.domain.household import Disability
        from welfare_desk.gui.labels import DISABILITY_NAMES, name_of

        self.ui.workerDisabilityCombo.addItem(self.tr("none"), Disability.NONE.value)
        for grade in (Disability.ART3_C1, Disability.ART3_C3):
            self.ui.workerDisabilityCombo.addItem(name_of(DISABILITY_NAMES, grade), grade.value)
        from welfare_desk.domain.smart_working import L68_LABELS

        self.ui.l68Combo.addItem(self.tr("no"), "")
        for basis, words in L68_LABELS.items():  # the law's words: Italian in both languages
            self.ui.l68Combo.addItem(words, basis.value)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.reloadButton.clicked.connect(self.reload_stored)
        self.ui.duplicateText.linkActivated.connect(self._open_duplicate)
        self._duplicate_id: uuid.UUID | None = None
        self._stored_hints: list[QLabel] = []
        self.context.runner.run(self.context.in_store(list_organizations), self._organizations)
        if worker is not None:
            self._show(worker)
        self._pregnancy_toggled(self.ui.pregnancyCheck.isChecked())
        self._retranslate()
        self.validate()
        self._as_opened = form_state(self)

    def reject(self) -> None:
        """Esc or Cancel with changes typed asks before dropping them (#17)."""
        if may_close(self, self._as_opened):
            super().reject()

    def _fill_sex(self) -> None:
        current = self.ui.sexEdit.currentData()
        self.ui.sexEdit.clear()
        self.ui.sexEdit.addItem(self.tr("From the codice fiscale"), None)
        self.ui.sexEdit.addItem(self.tr("Female"), "F")
        self.ui.sexEdit.addItem(self.tr("Male"), "M")
        self.ui.sexEdit.setCurrentIndex(max(0, self.ui.sexEdit.findData(current)))

    def _retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("New worker")
            if self.worker is None
            else self.tr("%1 %2").replace("%1", self.worker.surname).replace("%2", self.worker.name)
        )
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_sex()
            self._retranslate()
            self.validate()
        super().changeEvent(event)

    def _organizations(self, organizations: list[Any]) -> None:
        typed = self.ui.organizationEdit.currentText()
        self.ui.organizationEdit.clear()
        self.ui.organizationEdit.addItems([o.name for o in organizations if o.kind == "employer"])
        self.ui.organizationEdit.setCurrentText(typed)

    def _show(self, worker: WorkerDetail) -> None:
        self.ui.codiceFiscaleEdit.setText(worker.codice_fiscale)
        self.ui.surnameEdit.setText(worker.surname)
        self.ui.nameEdit.setText(worker.name)
        self.ui.birthDateEdit.setText(f"{worker.birth_date:%d/%m/%Y}")
        self.ui.sexEdit.setCurrentIndex(max(0, self.ui.sexEdit.findData(worker.sex)))
        self.ui.organizationEdit.setCurrentText(worker.organization)
        self.ui.workSiteEdit.setText(worker.work_site or "")
        self.ui.emailEdit.setText(worker.email or "")
        self.ui.phoneEdit.setText(worker.phone or "")
        self.ui.municipalityEdit.setText(worker.municipality or "")
        self.ui.disadvantagedCheck.setChecked(worker.disadvantaged)
        self.ui.pregnancyCheck.setChecked(worker.pregnancy_due_date is not None)
        if worker.pregnancy_due_date:
            self.ui.dueDateEdit.setText(f"{worker.pregnancy_due_date:%d/%m/%Y}")
        combo = self.ui.workerDisabilityCombo
        combo.setCurrentIndex(max(0, combo.findData(worker.disability)))
        self.ui.illnessSpin.setValue(worker.illness_invalidity_percent or 0)
        self.ui.l68Combo.setCurrentIndex(max(0, self.ui.l68Combo.findData(worker.l68 or "")))
        for edit, day in (
            (self.ui.illnessLeaveFromEdit, worker.illness_leave_from),
            (self.ui.illnessLeaveUntilEdit, worker.illness_leave_until),
        ):
            edit.setText(f"{day:%d/%m/%Y}" if day else "")

    def _pregnancy_toggled(self, on: bool) -> None:
        self.ui.dueDateEdit.setEnabled(on)
        self.ui.dueDateLabel.setEnabled(on)
        self.validate()

    # Reading and checking the form

    def _date(self, text: str, field: str, problems: list[Problem]) -> date | None:
        if not text.strip():
            return None
        try:
            return parse_date(text)
        except DateFormatError as exc:
            problems.append(Problem("date.format", field, str(exc)))
            return None

    def read(self) -> tuple[WorkerInput, list[Problem]]:
        problems: list[Problem] = []
        birth = self._date(self.ui.birthDateEdit.text(), "birth_date", problems)
        due = None
        if self.ui.pregnancyCheck.isChecked():
            due = self._date(self.ui.dueDateEdit.text(), "pregnancy_due_date", problems)
            if due is None and not problems:
                problems.append(
                    Problem(
                        "pregnancy.due",
                        "pregnancy_due_date",
                        self.tr("Enter the expected due date, or untick the pregnancy."),
                    )
                )
        leave = (
            self._date(self.ui.illnessLeaveFromEdit.text(), "illness_leave_until", problems),
            self._date(self.ui.illnessLeaveUntilEdit.text(), "illness_leave_until", problems),
        )
        data = WorkerInput(
            codice_fiscale=self.ui.codiceFiscaleEdit.text(),
            surname=self.ui.surnameEdit.text(),
            name=self.ui.nameEdit.text(),
            birth_date=birth,
            organization=self.ui.organizationEdit.currentText(),
            sex=self.ui.sexEdit.currentData(),
            work_site=self.ui.workSiteEdit.text() or None,
            email=self.ui.emailEdit.text() or None,
            phone=self.ui.phoneEdit.text() or None,
            municipality=self.ui.municipalityEdit.text() or None,
            pregnancy_due_date=due,
            disadvantaged=self.ui.disadvantagedCheck.isChecked(),
            disability=self.ui.workerDisabilityCombo.currentData() or "none",
            illness_invalidity_percent=self.ui.illnessSpin.value(),
            illness_leave=leave,
            l68=self.ui.l68Combo.currentData() or "",
        )
        return data, problems + validate_worker(data, self.context.clock.today())

    def validate(self, *_: Any) -> bool:
        data, problems = self.read()
        errors: dict[str, str] = {}
        for problem in problems:
            if problem.is_error:
                errors.setdefault(problem.field, problem.message)
        # A field left empty on a new form is not yet an error worth shouting about.
        untouched = {
            "codice_fiscale": not data.codice_fiscale.strip(),
            "surname": not data.surname.strip(),
            "name": not data.name.strip(),
            "organization": not data.organization.strip(),
        }
        for field, label in self._error_labels.items():
            message = errors.get(field)
            if message and self.worker is None and untouched.get(field) and not self._tried:
                message = None
            label.setText(message or "")
            label.setVisible(bool(message))
        warnings = [p.message for p in problems if not p.is_error]
        self.ui.warningsText.setText("\n".join(warnings))
        self.ui.warningsText.setVisible(bool(warnings))
        ok = not errors
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            ok or (self.worker is None and not self._tried)
        )
        return ok

    # Saving

    def save(self) -> None:
        self._tried = True
        if not self.validate():
            return
        from welfare_desk.registry.privacy import special_facts, stored_special_facts

        data, _ = self.read()
        worker_id = self.worker.id if self.worker else None
        before = stored_special_facts(self.worker) if self.worker else set()
        if special_facts(data) - before:  # health, disability or pregnancy newly typed
            self._check_basis(worker_id)
            return
        self._write()

    def _check_basis(self, worker_id: uuid.UUID | None) -> None:
        """Before special-category data is recorded without a legal basis, ask."""

        def job(uow: Any) -> bool:
            from welfare_desk.registry.privacy import has_special_basis

            return has_special_basis(uow, worker_id)

        def answered(covered: bool) -> None:
            if covered or confirm(
                self,
                self.tr("No legal basis for health data"),
                self.tr(
                    "You are recording health, disability or pregnancy data, and no legal "
                    "basis for it is recorded for this person (art. 9 GDPR: explicit "
                    "consent, or employment law). Save anyway? Then record the basis in "
                    "File › Privacy of the open person."
                ),
            ):
                self._write()

        self.context.runner.run(self.context.in_store(job), answered, self._save_failed)

    def _write(self, new_employer: bool = False) -> None:
        data, _ = self.read()
        worker_id = self.worker.id if self.worker else None
        version = self.version
        self.ui.buttons.setEnabled(False)

        def job(uow: Any) -> SaveResult:
            return save_worker(uow, data, worker_id, version, new_employer=new_employer)

        self.context.runner.run(self.context.in_store(job), self._saved, self._save_failed)

    def _saved(self, result: SaveResult) -> None:
        self.ui.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self.ui.buttons.setEnabled(True)
        if isinstance(error, UnknownEmployer):
            # A typo must not make an employer beside the real one: new only on purpose.
            question = error.message + "\n\n" + self.tr("Create «%1» as a new employer?")
            if confirm(self, self.tr("New employer"), question.replace("%1", error.name)):
                self._write(new_employer=True)
            else:
                self.ui.organizationEdit.setFocus()
            return
        if isinstance(error, ConflictError):
            self.ui.conflictText.setText(
                self.tr(
                    "Another desk saved this record after you opened it. What you typed "
                    "is still here: reload to see the stored values beside your fields, "
                    "then save again."
                )
            )
            self.ui.conflictBanner.setVisible(True)
        elif isinstance(error, DuplicateWorker):
            self._duplicate_id = uuid.UUID(error.existing_id)
            self.ui.duplicateText.setText(
                f"{error.message} <a href='open'>{self.tr('Open the existing record')}</a>"
            )
            self.ui.duplicateText.setVisible(True)
        elif isinstance(error, InvalidInput):
            for problem in error.problems:
                label = self._error_labels.get(problem.field)
                if label is not None:
                    label.setText(problem.message)
                    label.setVisible(True)
        else:
            self.ui.conflictText.setText(getattr(error, "message", type(error).__name__))
            self.ui.conflictBanner.setVisible(True)

    def reload_stored(self) -> None:
        if self.worker is None:
            return
        worker_id = self.worker.id
        self.context.runner.run(
            self.context.in_store(lambda uow: get_worker_by_id(uow, worker_id)), self._stored
        )

    def _stored(self, stored: WorkerDetail) -> None:
        """Shows the stored values under the typed ones; the next save will be on top of them."""
        for hint in self._stored_hints:
            hint.deleteLater()
        self._stored_hints.clear()
        typed, _ = self.read()
        pairs = {
            "surnameEdit": (typed.surname, stored.surname),
            "nameEdit": (typed.name, stored.name),
            "organizationEdit": (typed.organization, stored.organization),
            "workSiteEdit": (typed.work_site or "", stored.work_site or ""),
            "emailEdit": (typed.email or "", stored.email or ""),
            "phoneEdit": (typed.phone or "", stored.phone or ""),
            "municipalityEdit": (typed.municipality or "", stored.municipality or ""),
        }
        for edit_name, (mine, theirs) in pairs.items():
            if mine.strip() != theirs.strip():
                edit = getattr(self.ui, edit_name)
                hint = QLabel(self.tr("Stored now: %1").replace("%1", theirs or "—"))
                hint.setProperty("problem", "warning")
                hint.setAccessibleName(hint.text())
                layout = self.ui.form
                # PySide6's type hints give the (row, column, spans) answer as an object
                position = cast(
                    tuple[int, int, int, int], layout.getItemPosition(layout.indexOf(edit))
                )
                row = position[0]
                layout.addWidget(hint, row, 2)
                self._stored_hints.append(hint)
        self.worker = replace(self.worker, version=stored.version) if self.worker else stored
        self.version = stored.version
        self.ui.conflictText.setText(
            self.tr(
                "The stored values are shown beside your fields. Saving now keeps what you typed."
            )
        )

    def _open_duplicate(self, _link: str) -> None:
        if self._duplicate_id is not None:
            self.open_existing.emit(self._duplicate_id)
            super().reject()  # chosen: the existing record instead of what was typed
