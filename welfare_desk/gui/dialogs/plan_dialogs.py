"""The plan's dialogs: a new goal, a new action, and the closure of a case."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.cases import ActionType, ClosingReason, GoalOutcome, Responsible
from welfare_desk.domain.needs import NeedStatus
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.saving import SavingDialog
from welfare_desk.gui.forms.action_dialog_ui import Ui_ActionDialog
from welfare_desk.gui.forms.goal_dialog_ui import Ui_GoalDialog
from welfare_desk.gui.labels import (
    ACTION_TYPE_NAMES,
    CLOSING_REASON_NAMES,
    NEED_STATUS_NAMES,
    OUTCOME_NAMES,
    RESPONSIBLE_NAMES,
    name_of,
)
from welfare_desk.gui.qdates import pydate, qdate
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.cases.story import ActionView, CaseDetail, GoalView


class GoalDialog(SavingDialog):
    """A new goal, or one typed wrong corrected (`goal` given)."""

    def __init__(
        self,
        context: DeskContext,
        case: CaseDetail,
        parent: QWidget | None,
        goal: GoalView | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.case = case
        self.goal = goal
        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.ui.targetEdit.setDate(qdate(context.clock.today() + timedelta(days=90)))
        self.ui.targetEdit.setMinimumDate(qdate(case.opened_on))
        self.ui.needCombo.addItem(self.tr("(none)"), None)
        for need in case.taken_on or case.needs:
            self.ui.needCombo.addItem(need.label, need.id)
        if case.taken_on:
            self.ui.needCombo.setCurrentIndex(1)
        if goal is not None:
            self.setWindowTitle(self.tr("Correct the goal"))
            self.ui.titleEdit.setText(goal.title)
            if goal.target_date is not None:
                self.ui.targetEdit.setDate(qdate(goal.target_date))
            self.ui.needCombo.setCurrentIndex(max(0, self.ui.needCombo.findData(goal.need_id)))
        self.ui.titleEdit.setFocus()

    def save(self) -> None:
        from welfare_desk.cases.casework import GoalEdit, add_goal, correct_goal

        title = self.ui.titleEdit.text()
        if not title.strip():
            self._refuse(self.tr("Write the goal."), self.ui.titleEdit)
            return
        target = pydate(self.ui.targetEdit.date())
        need: uuid.UUID | None = self.ui.needCombo.currentData()
        case_id, goal = self.case.id, self.goal
        if goal is not None:
            edit = GoalEdit(title, target, need)
            self._run(lambda uow: correct_goal(uow, goal.id, goal.version, edit))
            return
        self._run(lambda uow: add_goal(uow, case_id, title, target, need))


class ActionDialog(SavingDialog):
    """A new action, or one typed wrong corrected (`action` given: its goal stays)."""

    def __init__(
        self,
        context: DeskContext,
        case: CaseDetail,
        goal_id: uuid.UUID | None,
        parent: QWidget | None,
        action: ActionView | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.action = action
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        for goal in case.goals:
            self.ui.goalCombo.addItem(goal.title, goal.id)
        if goal_id is not None:
            self.ui.goalCombo.setCurrentIndex(max(0, self.ui.goalCombo.findData(goal_id)))
        for kind in ActionType:
            self.ui.kindCombo.addItem(name_of(ACTION_TYPE_NAMES, kind), kind.value)
        for who in Responsible:
            self.ui.responsibleCombo.addItem(name_of(RESPONSIBLE_NAMES, who), who.value)
        self.ui.dueEdit.setDate(qdate(context.clock.today() + timedelta(days=7)))
        if action is not None:
            self.setWindowTitle(self.tr("Correct the action"))
            self.ui.goalCombo.setEnabled(False)
            self.ui.titleEdit.setText(action.title)
            self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(action.kind)))
            self.ui.responsibleCombo.setCurrentIndex(
                max(0, self.ui.responsibleCombo.findData(action.responsible))
            )
            if action.due_date is not None:
                self.ui.dueEdit.setDate(qdate(action.due_date))
        self.ui.titleEdit.setFocus()

    def save(self) -> None:
        from welfare_desk.cases.casework import ActionEdit, add_action, correct_action

        goal: uuid.UUID | None = self.ui.goalCombo.currentData()
        title = self.ui.titleEdit.text()
        if goal is None:
            self._refuse(self.tr("Add a goal first: every action serves one."), self.ui.goalCombo)
            return
        if not title.strip():
            self._refuse(self.tr("Write what is to be done."), self.ui.titleEdit)
            return
        kind = self.ui.kindCombo.currentData()
        who = self.ui.responsibleCombo.currentData()
        due = pydate(self.ui.dueEdit.date())
        action = self.action
        if action is not None:
            edit = ActionEdit(kind, title, who, due)
            self._run(lambda uow: correct_action(uow, action.id, action.version, edit))
            return
        self._run(lambda uow: add_action(uow, goal, kind, title, who, due))


class ClosureDialog(SavingDialog):
    """Closing asks for each goal's outcome and the reason; nothing is guessed for the
    operator, so every choice starts empty."""

    def __init__(self, context: DeskContext, case: CaseDetail, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.case = case
        self.setWindowTitle(self.tr("Close case %1").replace("%1", case.number))
        intro = QLabel(
            self.tr(
                "Record how each goal ended and why the case closes. "
                "The case can be reopened later."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        # Goal titles are sentences: each above its choice, never squeezed beside it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.outcomes: dict[uuid.UUID, QComboBox] = {}
        for goal in case.goals:
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for outcome in GoalOutcome:
                combo.addItem(name_of(OUTCOME_NAMES, outcome), outcome.value)
            combo.setCurrentIndex(max(0, combo.findData(goal.outcome)))
            label = QLabel(goal.title)
            label.setBuddy(combo)
            combo.setAccessibleName(self.tr("Outcome of %1").replace("%1", goal.title))
            form.addRow(label, combo)
            self.outcomes[goal.id] = combo
        if not case.goals:
            form.addRow(styled(QLabel(self.tr("The case has no goals.")), "Muted"))
        # The needs the case took on end with it: met or not, as the operator says.
        self.need_outcomes: dict[uuid.UUID, QComboBox] = {}
        taken = [n for n in case.needs if n.case_id == case.id]
        if taken:
            form.addRow(styled(QLabel(self.tr("The needs the case took on")), "Muted"))
        for need in taken:
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), None)
            for ended in (NeedStatus.MET, NeedStatus.NOT_MET, NeedStatus.WITHDRAWN):
                combo.addItem(name_of(NEED_STATUS_NAMES, ended), ended.value)
            label = QLabel(need.label)
            label.setBuddy(combo)
            combo.setAccessibleName(self.tr("How the need «%1» ended").replace("%1", need.label))
            form.addRow(label, combo)
            self.need_outcomes[need.id] = combo
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— choose —"), None)
        for reason in ClosingReason:
            self.reason.addItem(name_of(CLOSING_REASON_NAMES, reason), reason.value)
        self.reason.setAccessibleName(self.tr("Closing reason"))
        reason_label = QLabel(self.tr("Closing &reason"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        status = QLabel()
        status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(status)
        layout.addWidget(buttons)
        self._setup_buttons(buttons, status)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Close the case"))
        self.resize(560, self.sizeHint().height())
        first = next(iter(self.outcomes.values()), self.reason)
        first.setFocus()

    def save(self) -> None:
        from welfare_desk.cases.casework import close_case

        for goal, combo in self.outcomes.items():
            if combo.currentData() is None:
                title = next(g.title for g in self.case.goals if g.id == goal)
                self._refuse(self.tr("Choose the outcome of «%1».").replace("%1", title), combo)
                return
        for need, combo in self.need_outcomes.items():
            if combo.currentData() is None:
                label = next(n.label for n in self.case.needs if n.id == need)
                self._refuse(self.tr("Say how the need «%1» ended.").replace("%1", label), combo)
                return
        if self.reason.currentData() is None:
            self._refuse(self.tr("Choose the closing reason."), self.reason)
            return
        outcomes = {g: GoalOutcome(c.currentData()) for g, c in self.outcomes.items()}
        needs = {n: NeedStatus(c.currentData()) for n, c in self.need_outcomes.items()}
        reason = ClosingReason(self.reason.currentData())
        case_id, version = self.case.id, self.case.version
        self._run(
            lambda uow: close_case(
                uow, case_id, version, outcomes, reason, uow.clock.today(), needs
            )
        )
