"""A case (percorso) on one page: where it stands in the method, the assessment, the plan
with its goals and actions, the next review and the timeline."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.cases import ActionStatus, CaseStatus, GoalOutcome
from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout
from welfare_desk.gui.formatting import date_time, short_date
from welfare_desk.gui.labels import (
    ACTION_STATUS_NAMES,
    ACTION_TYPE_NAMES,
    CASE_STATUS_NAMES,
    CLOSING_REASON_NAMES,
    NEED_STATUS_NAMES,
    OUTCOME_NAMES,
    RESPONSIBLE_NAMES,
    name_of,
    step_name,
)
from welfare_desk.gui.page_body import PageBody, scrolled
from welfare_desk.gui.small_models import ListTableModel, fit_rows_in_view
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.cases.story import ActionView, CaseDetail, GoalView, TimelineEntry

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2  # as shown: a change made since is not overwritten


class CasePage(QWidget):
    back = Signal()
    open_worker = Signal(uuid.UUID)
    missing = Signal(str)
    removed = Signal(object)  # casework.Removed: the window offers to undo it

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case: CaseDetail | None = None
        self._leave_after_save = False
        self._build_heading()
        self._build_assessment()
        self._build_review()
        self._build_plan()
        self._build_timeline()
        self._lay_out()
        self._connect()
        self._retranslate()

    def _build_heading(self) -> None:
        self.back_button = QPushButton()
        self.worker_button = QPushButton()
        self.steps = QHBoxLayout()
        self.title = styled(QLabel(), "PageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = styled(QLabel(), "Badge")
        self.subtitle = styled(QLabel(), "Subtitle")
        self.subtitle.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("problem", "error")

    def _build_assessment(self) -> None:
        self.assessment_box = QGroupBox()
        self.situation = QPlainTextEdit()
        self.resources = QPlainTextEdit()
        self.needs = QListWidget()
        self.needs.setWordWrap(True)
        for edit in (self.situation, self.resources):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
        self.situation_label = QLabel()
        self.situation_label.setBuddy(self.situation)
        self.resources_label = QLabel()
        self.resources_label.setBuddy(self.resources)
        self.needs_label = QLabel()
        self.needs_label.setBuddy(self.needs)
        self.save_assessment_button = QPushButton()
        assessment = QVBoxLayout(self.assessment_box)
        for widget in (
            self.situation_label,
            self.situation,
            self.resources_label,
            self.resources,
            self.needs_label,
            self.needs,
        ):
            assessment.addWidget(widget)
        assessment.addWidget(self.save_assessment_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_review(self) -> None:
        self.review_box = QGroupBox()
        self.review_edit = QDateEdit()
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat("dd/MM/yyyy")
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)  # «Prossima verifica (non fissata)» at 14 pt
        self.review_label.setBuddy(self.review_edit)
        self.set_review_button = QPushButton()
        self.clear_review_button = QPushButton()
        self.owner = QComboBox()
        self.owner_label = QLabel()
        self.owner_label.setBuddy(self.owner)
        self._operators: list[tuple[uuid.UUID, str]] = []
        # The day and its two buttons one under the other: the column is narrow on a
        # 1024-pixel screen, and side by side they were cut.
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.review_label)
        review.addWidget(self.review_edit, 0, Qt.AlignmentFlag.AlignLeft)
        review.addWidget(self.set_review_button, 0, Qt.AlignmentFlag.AlignLeft)
        review.addWidget(self.clear_review_button, 0, Qt.AlignmentFlag.AlignLeft)
        review.addWidget(self.owner_label)
        review.addWidget(self.owner)

    def _build_plan(self) -> None:
        self.plan_box = QGroupBox()
        self.plan = QTreeWidget()
        self.plan.setColumnCount(4)
        self.plan.setRootIsDecorated(True)
        self.plan.setAlternatingRowColors(True)
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Goals and actions are sentences: they wrap in a narrow window rather than shrink
        # to «Posto al …».
        self.plan.setWordWrap(True)
        self.plan.setUniformRowHeights(False)
        self.plan.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.plan.header().sectionResized.connect(lambda *_: self.plan.doItemsLayout())
        self.plan.header().setStretchLastSection(False)
        self.plan.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The goal's words get what the other columns leave, but never less than a few
        # words' width: at a large font they shrank to «Obietti», «Dom» (#17); then the
        # plan scrolls sideways inside itself.
        self.plan.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.plan.viewport().installEventFilter(self)
        self.add_goal_button = QPushButton()
        self.add_action_button = QPushButton()
        self.done_button = QPushButton()
        self.cancel_action_button = QPushButton()
        self.services_button = QPushButton()
        # A goal or an action typed wrong is corrected (F2); one added by mistake removed
        # with the reason (Delete), and can be undone right after (#17).
        self.correct_button = QPushButton()
        self.remove_button = QPushButton()
        self.outcome_button = QPushButton()  # with a menu: drawn like the buttons beside it
        self.outcome_menu = QMenu(self)
        self.outcome_actions: dict[GoalOutcome, QAction] = {}
        for outcome in GoalOutcome:
            action = self.outcome_menu.addAction("")
            action.triggered.connect(lambda _c=False, o=outcome: self._set_outcome(o))
            self.outcome_actions[outcome] = action
        self.outcome_button.setMenu(self.outcome_menu)
        # Two rows, so that the plan never makes the window wider than a small screen:
        # what adds above, what acts on the chosen goal or action below.
        adding = FlowLayout()
        for button in (self.add_goal_button, self.add_action_button, self.services_button):
            adding.addWidget(button)
        acting = FlowLayout()
        for widget in (
            self.done_button,
            self.cancel_action_button,
            self.outcome_button,
            self.correct_button,
            self.remove_button,
        ):
            acting.addWidget(widget)
        plan = QVBoxLayout(self.plan_box)
        plan.addWidget(self.plan, 1)
        plan.addLayout(adding)
        plan.addLayout(acting)

    def _build_timeline(self) -> None:
        self.timeline_box = QGroupBox()
        self.timeline_model: ListTableModel[TimelineEntry] = ListTableModel(
            [lambda e: date_time(e.at), lambda e: e.who or "", lambda e: e.text]
        )
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setTabKeyNavigation(False)
        self.timeline.setWordWrap(True)
        fit_rows_in_view(self.timeline)
        header = self.timeline.horizontalHeader()
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)

    def _lay_out(self) -> None:
        top = FlowLayout()  # the steps wrap under the buttons at a large font (#17)
        top.addWidget(self.back_button)
        top.addWidget(self.worker_button)
        steps = QWidget()
        self.steps.setContentsMargins(0, 0, 0, 0)
        steps.setLayout(self.steps)
        top.addWidget(steps)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.assessment_box, 1)
        left.addWidget(self.review_box)
        right = QVBoxLayout()
        right.addWidget(self.plan_box, 3)
        right.addWidget(self.timeline_box, 2)
        # The columns share the width by their stretch alone, whatever their contents'
        # natural widths: the plan, the widest, gets the most.
        for box in (self.assessment_box, self.review_box, self.plan_box, self.timeline_box):
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 7)
        body = PageBody()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(top)
        body_layout.addLayout(heading)
        body_layout.addWidget(self.subtitle)
        body_layout.addWidget(self.message)
        body_layout.addLayout(columns, 1)
        # A narrow window or a large font scrolls the page rather than squeezing it.
        scroll = scrolled(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.addWidget(scroll, 1)

    def _connect(self) -> None:
        self.back_button.clicked.connect(self._leave)
        self.worker_button.clicked.connect(self._open_worker)
        self.save_assessment_button.clicked.connect(self.save_assessment)
        self.set_review_button.clicked.connect(lambda: self._set_review(True))
        self.clear_review_button.clicked.connect(lambda: self._set_review(False))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.services_button.clicked.connect(self.find_services)
        self.add_action_button.clicked.connect(self.add_action)
        self.done_button.clicked.connect(lambda: self._set_action(ActionStatus.DONE))
        self.cancel_action_button.clicked.connect(lambda: self._set_action(ActionStatus.CANCELLED))
        self.plan.currentItemChanged.connect(lambda *_: self._enable())
        self.correct_button.clicked.connect(self.correct_chosen)
        self.remove_button.clicked.connect(self.remove_chosen)
        for key, slot in (
            (Qt.Key.Key_F2, self.correct_chosen),
            (Qt.Key.Key_Delete, self.remove_chosen),
        ):
            shortcut = QShortcut(QKeySequence(key), self.plan, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.owner.activated.connect(lambda _index: self._set_owner())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._leave)
        QShortcut(QKeySequence("Alt+Left"), self, self._leave)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_assessment)

    # Texts

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back"))
        self.back_button.setToolTip(self.tr("Back (Esc)"))
        self.worker_button.setText(self.tr("&Worker's story"))
        self.assessment_box.setTitle(self.tr("Assessment"))
        self.situation_label.setText(self.tr("&Situation"))
        self.resources_label.setText(self.tr("&Resources"))
        self.needs_label.setText(self.tr("&Needs taken on"))
        self.needs.setToolTip(self.tr("Space ticks or unticks the chosen need"))
        self.situation.setAccessibleName(self.tr("Situation"))
        self.resources.setAccessibleName(self.tr("Resources"))
        self.needs.setAccessibleName(self.tr("Needs the case takes on"))
        self.save_assessment_button.setText(self.tr("Save the &assessment"))
        self.save_assessment_button.setToolTip(self.tr("Save the assessment (Ctrl+S)"))
        self.review_box.setTitle(self.tr("Review and owner"))
        self.owner_label.setText(self.tr("O&wner"))
        self.owner.setAccessibleName(self.tr("Owner of the case"))
        self.review_label.setText(self.tr("Ne&xt review"))
        self.review_edit.setAccessibleName(self.tr("Next review"))
        self.set_review_button.setText(self.tr("Set the re&view"))
        self.clear_review_button.setText(self.tr("No review"))
        self.plan_box.setTitle(self.tr("Plan: goals and actions"))
        self.plan.setHeaderLabels(
            [
                self.tr("Goal or action"),
                self.tr("Who"),
                self.tr("By"),
                self.tr("Status or outcome"),
            ]
        )
        self.plan.setAccessibleName(self.tr("Plan: goals and actions"))
        self.add_goal_button.setText(self.tr("New &goal…"))
        self.add_action_button.setText(self.tr("New a&ction…"))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Mark the chosen action as done"))
        self.cancel_action_button.setText(self.tr("Cance&l action"))
        self.services_button.setText(self.tr("Ser&vices that fit…"))
        self.services_button.setToolTip(
            self.tr("The catalogue's editions for this household; enrolling adds the action")
        )
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Correct the chosen goal or action (F2)"))
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setToolTip(
            self.tr("Remove the chosen goal or action, with the reason (Delete)")
        )
        self.outcome_button.setText(self.tr("&Outcome"))
        self.outcome_button.setToolTip(self.tr("Record the outcome of the chosen goal"))
        self.outcome_button.setAccessibleName(self.tr("Outcome of the chosen goal"))
        for outcome, action in self.outcome_actions.items():
            action.setText(name_of(OUTCOME_NAMES, outcome))
        self.timeline_box.setTitle(self.tr("Timeline"))
        self.timeline.setAccessibleName(self.tr("Timeline of the case"))
        self.timeline_model.set_headers([self.tr("When"), self.tr("Who"), self.tr("What")])
        self._floors()
        if self.case is not None:
            self._show(self.case)

    def _floors(self) -> None:
        """Ignored policies drop the contents' minimums: set them again, so that buttons
        keep their words in any language and at any font size."""
        for box in (self.assessment_box, self.review_box, self.plan_box, self.timeline_box):
            box.setMinimumWidth(0)
        left = max(self.assessment_box.minimumSizeHint().width(), 240)
        left = max(left, self.review_box.minimumSizeHint().width())
        right = max(self.plan_box.minimumSizeHint().width(), 400)
        for box, least in (
            (self.assessment_box, left),
            (self.review_box, left),
            (self.plan_box, right),
            (self.timeline_box, right),
        ):
            box.setMinimumWidth(least)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._floors()
        super().changeEvent(event)

    # Data

    def show_case(self, case_id: uuid.UUID) -> None:
        def job(uow: Any) -> tuple[CaseDetail, list[TimelineEntry], list[Any]]:
            from welfare_desk.cases.casework import operators
            from welfare_desk.cases.story import case_by_id, case_timeline

            return case_by_id(uow, case_id), case_timeline(uow, case_id), operators(uow)

        self.context.runner.run(
            self.context.in_store(job),
            self._loaded,
            lambda error: self.missing.emit(getattr(error, "message", type(error).__name__)),
        )

    def reload(self) -> None:
        if self.case is not None:
            self.show_case(self.case.id)

    def _loaded(self, loaded: tuple[CaseDetail, list[TimelineEntry], list[Any]]) -> None:
        first = self.case is None or self.case.id != loaded[0].id
        self.case, timeline, self._operators = loaded
        self.message.clear()
        self._show(self.case)
        self.timeline_model.set_rows(timeline)
        # Imports and the command line record no operator: no empty column for them.
        self.timeline.setColumnHidden(1, not any(e.who for e in timeline))
        if timeline:
            self.timeline.scrollToBottom()
        if first:
            self.plan.setFocus()

    def _show(self, case: CaseDetail) -> None:
        self.title.setText(
            self.tr("Case %1 — %2").replace("%1", case.number).replace("%2", case.worker)
        )
        self.status_badge.setText(name_of(CASE_STATUS_NAMES, case.status))
        self.status_badge.setAccessibleName(
            self.tr("Status: %1").replace("%1", self.status_badge.text())
        )
        parts = [self.tr("opened on %1").replace("%1", short_date(case.opened_on))]
        if case.owner:
            parts.append(self.tr("owner: %1").replace("%1", case.owner))
        if case.social_point:
            parts.append(case.social_point)
        if case.closed_on:
            parts.append(
                self.tr("closed on %1 (%2)")
                .replace("%1", short_date(case.closed_on))
                .replace("%2", name_of(CLOSING_REASON_NAMES, case.closing_reason))
            )
        self.subtitle.setText(" · ".join(parts))
        self._show_steps(case)
        closed = case.status == CaseStatus.CLOSED
        self.situation.setPlainText(case.situation or "")
        self.resources.setPlainText(case.resources or "")
        self.needs.clear()
        for need in case.needs:
            if need.case_id not in (None, case.id):
                continue  # taken on by another (older) case
            status = name_of(NEED_STATUS_NAMES, need.status)
            item = QListWidgetItem(f"{need.label} ({status})")
            item.setToolTip(item.text())
            item.setData(ID_ROLE, need.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if need.case_id == case.id else Qt.CheckState.Unchecked
            )
            self.needs.addItem(item)
        if case.next_review:
            self.review_edit.setDate(
                QDate(case.next_review.year, case.next_review.month, case.next_review.day)
            )
        else:
            today = self.context.clock.today()
            self.review_edit.setDate(QDate(today.year, today.month, today.day).addMonths(1))
        self.review_label.setText(
            self.tr("Ne&xt review") if case.next_review else self.tr("Ne&xt review (none set)")
        )
        self.owner.clear()
        self.owner.addItem(self.tr("(nobody yet)"), None)
        # Ids as text: Qt compares item data by value only for its own types.
        for operator_id, name in self._operators:
            self.owner.addItem(name, str(operator_id))
        owner = str(case.owner_id) if case.owner_id else None
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        for widget in (
            self.owner,
            self.situation,
            self.resources,
            self.needs,
            self.save_assessment_button,
            self.review_edit,
            self.set_review_button,
            self.clear_review_button,
            self.add_goal_button,
            self.services_button,
        ):
            widget.setEnabled(not closed)
        self._show_plan(case)
        self._enable()

    def _show_steps(self, case: CaseDetail) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for status in case.allowed:
            button = QPushButton(step_name(case.status, status))
            button.setObjectName(f"step_{status.value}")
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            self.steps.addWidget(button)

    def _show_plan(self, case: CaseDetail) -> None:
        selected = self._selected()
        self.plan.clear()
        bold = QFont(self.plan.font())
        bold.setBold(True)
        current: QTreeWidgetItem | None = None
        for goal in case.goals:
            outcome = name_of(OUTCOME_NAMES, goal.outcome) if goal.outcome else ""
            target = short_date(goal.target_date)
            goal_item = QTreeWidgetItem([goal.title, "", target, outcome])
            goal_item.setToolTip(
                0,
                self.tr("%1\nAnswers: %2").replace("%1", goal.title).replace("%2", goal.need)
                if goal.need
                else goal.title,
            )
            goal_item.setData(0, ID_ROLE, goal.id)
            goal_item.setData(0, KIND_ROLE, "goal")
            goal_item.setData(0, VERSION_ROLE, goal.version)
            for column in range(4):
                goal_item.setFont(column, bold)
            self.plan.addTopLevelItem(goal_item)
            if selected and selected[0] == goal.id:
                current = goal_item
            for action in goal.actions:
                item = QTreeWidgetItem(
                    [
                        action.title,
                        name_of(RESPONSIBLE_NAMES, action.responsible),
                        short_date(action.due_date),
                        name_of(ACTION_STATUS_NAMES, action.status),
                    ]
                )
                # The kind is in the tooltip and the correction: a fifth column cut the
                # titles on a 1024-pixel screen.
                item.setToolTip(0, f"{action.title}\n{name_of(ACTION_TYPE_NAMES, action.kind)}")
                item.setData(0, ID_ROLE, action.id)
                item.setData(0, KIND_ROLE, "action")
                item.setData(0, VERSION_ROLE, action.version)
                goal_item.addChild(item)
                if selected and selected[0] == action.id:
                    current = item
        self.plan.expandAll()
        self._fit_goal_column()
        if current is None and self.plan.topLevelItemCount():
            current = self.plan.topLevelItem(0)
        if current is not None:
            self.plan.setCurrentItem(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plan.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_goal_column()
        return super().eventFilter(watched, event)

    def _fit_goal_column(self) -> None:
        header = self.plan.header()
        others = sum(header.sectionSize(i) for i in range(1, header.count()))
        least = self.plan.fontMetrics().averageCharWidth() * 22
        wanted = max(least, self.plan.viewport().width() - others)
        if header.sectionSize(0) != wanted:
            header.resizeSection(0, wanted)

    def _selected(self) -> tuple[uuid.UUID, str] | None:
        item = self.plan.currentItem()
        if item is None:
            return None
        return item.data(0, ID_ROLE), item.data(0, KIND_ROLE)

    def _selected_version(self) -> int:
        item = self.plan.currentItem()
        version: int = item.data(0, VERSION_ROLE) if item is not None else 0
        return version

    def _goal_of_selection(self) -> uuid.UUID | None:
        item = self.plan.currentItem()
        if item is None:
            return None
        parent = item.parent()
        if item.data(0, KIND_ROLE) == "action" and parent is not None:
            item = parent
        goal: uuid.UUID = item.data(0, ID_ROLE)
        return goal

    def _enable(self) -> None:
        case = self.case
        open_case = case is not None and case.status != CaseStatus.CLOSED
        selected = self._selected()
        on_action = selected is not None and selected[1] == "action"
        self.add_action_button.setEnabled(open_case and bool(case and case.goals))
        self.done_button.setEnabled(open_case and on_action)
        self.cancel_action_button.setEnabled(open_case and on_action)
        self.outcome_button.setEnabled(selected is not None and selected[1] == "goal")
        self.correct_button.setEnabled(open_case and selected is not None)
        self.remove_button.setEnabled(open_case and selected is not None)

    # Changes

    def _after(self, _result: object = None) -> None:
        self.context.changed()  # the agenda and the worker's story follow
        if self._leave_after_save:
            self._leave_after_save = False
            self.back.emit()
            return
        self.reload()

    def _taken(self) -> set[Any]:
        return {
            self.needs.item(row).data(ID_ROLE)
            for row in range(self.needs.count())
            if self.needs.item(row).checkState() == Qt.CheckState.Checked
        }

    def unsaved(self) -> bool:
        """The assessment as typed differs from the one saved."""
        case = self.case
        if case is None or case.status == CaseStatus.CLOSED:
            return False
        saved = {n.id for n in case.needs if n.case_id == case.id}
        return (
            self.situation.toPlainText() != (case.situation or "")
            or self.resources.toPlainText() != (case.resources or "")
            or self._taken() != saved
        )

    def _leave(self) -> None:
        """Back, but never dropping a typed assessment without asking: save it, discard it,
        or stay (the default)."""
        if not self.unsaved():
            self.back.emit()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved assessment"),
            self.tr("The assessment has changes that are not saved. Save them before leaving?"),
            parent=self,
        )
        save = box.addButton(self.tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("S&tay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        if box.clickedButton() is save:
            self._leave_after_save = True
            self.save_assessment()
        elif box.clickedButton() is discard:
            self.back.emit()

    def _failed(self, error: Exception) -> None:
        self._leave_after_save = False  # stay: what was typed is still here
        self.message.setText(getattr(error, "message", type(error).__name__))

    def _store(self, job: Any) -> None:
        self.message.clear()
        self.context.runner.run(self.context.in_store(job), self._after, self._failed)

    def move_to(self, status: CaseStatus) -> None:
        case = self.case
        if case is None:
            return
        if status is CaseStatus.CLOSED:
            from welfare_desk.gui.dialogs.plan_dialogs import ClosureDialog

            dialog = ClosureDialog(self.context, case, self)
            dialog.saved.connect(self._after)
            dialog.open()
            return
        from welfare_desk.cases.casework import change_status

        case_id, version = case.id, case.version
        self._store(lambda uow: change_status(uow, case_id, version, status, uow.clock.today()))

    def save_assessment(self) -> None:
        case = self.case
        if case is None or case.status == CaseStatus.CLOSED:
            return
        from welfare_desk.cases.casework import save_assessment

        taken = self._taken()
        situation, resources = self.situation.toPlainText(), self.resources.toPlainText()
        case_id, version = case.id, case.version
        self._store(lambda uow: save_assessment(uow, case_id, version, situation, resources, taken))

    def _set_review(self, on: bool) -> None:
        case = self.case
        if case is None:
            return
        from welfare_desk.cases.casework import set_review

        chosen = self.review_edit.date()
        review = date(chosen.year(), chosen.month(), chosen.day()) if on else None
        case_id, version = case.id, case.version
        self._store(lambda uow: set_review(uow, case_id, version, review))

    def _set_owner(self) -> None:
        case = self.case
        chosen = self.owner.currentData()
        owner = uuid.UUID(chosen) if chosen else None
        if case is None or owner == case.owner_id:
            return
        from welfare_desk.cases.casework import set_owner

        case_id, version = case.id, case.version
        self._store(lambda uow: set_owner(uow, case_id, version, owner))

    def find_services(self) -> None:
        if self.case is None:
            return
        from welfare_desk.gui.dialogs.match_dialog import MatchDialog

        dialog = MatchDialog(self.context, self.case.worker_id, self.case.worker, self)
        dialog.changed.connect(self._after)
        dialog.open()

    def add_goal(self) -> None:
        if self.case is None:
            return
        from welfare_desk.gui.dialogs.plan_dialogs import GoalDialog

        dialog = GoalDialog(self.context, self.case, self)
        dialog.saved.connect(self._after)
        dialog.open()

    def add_action(self) -> None:
        if self.case is None or not self.case.goals:
            return
        from welfare_desk.gui.dialogs.plan_dialogs import ActionDialog

        dialog = ActionDialog(self.context, self.case, self._goal_of_selection(), self)
        dialog.saved.connect(self._after)
        dialog.open()

    def _set_action(self, status: ActionStatus) -> None:
        selected = self._selected()
        if selected is None or selected[1] != "action":
            return
        item = self.plan.currentItem()
        title = item.text(0) if item is not None else ""
        question = (
            self.tr("Mark «%1» as done?")
            if status is ActionStatus.DONE
            else self.tr("Cancel the action «%1»? It stays in the plan as cancelled.")
        ).replace("%1", title)
        if not confirm(self, self.tr("The action"), question):
            return
        from welfare_desk.cases.casework import set_action_status

        action_id, version = selected[0], self._selected_version()
        self._store(lambda uow: set_action_status(uow, action_id, version, status))

    def _set_outcome(self, outcome: GoalOutcome) -> None:
        selected = self._selected()
        if selected is None or selected[1] != "goal":
            return
        from welfare_desk.cases.casework import set_goal_outcome

        goal_id, version = selected[0], self._selected_version()
        self._store(lambda uow: set_goal_outcome(uow, goal_id, version, outcome))

    def _chosen_views(self) -> tuple[GoalView, ActionView | None] | None:
        selected = self._selected()
        if self.case is None or selected is None:
            return None
        for goal in self.case.goals:
            if selected == (goal.id, "goal"):
                return goal, None
            for action in goal.actions:
                if selected == (action.id, "action"):
                    return goal, action
        return None

    def correct_chosen(self) -> None:
        chosen = self._chosen_views()
        if self.case is None or chosen is None or self.case.status == CaseStatus.CLOSED:
            return
        from welfare_desk.gui.dialogs.plan_dialogs import ActionDialog, GoalDialog

        goal, action = chosen
        dialog: GoalDialog | ActionDialog
        if action is None:
            dialog = GoalDialog(self.context, self.case, self, goal=goal)
        else:
            dialog = ActionDialog(self.context, self.case, goal.id, self, action=action)
        dialog.saved.connect(self._after)
        dialog.open()

    def remove_chosen(self) -> None:
        chosen = self._chosen_views()
        if self.case is None or chosen is None or self.case.status == CaseStatus.CLOSED:
            return
        from welfare_desk.gui.confirm import ask_reason

        goal, action = chosen
        title = action.title if action is not None else goal.title
        reason = ask_reason(
            self,
            self.tr("Remove"),
            self.tr("Why is «%1» removed? It stays in the history.").replace("%1", title),
            self.tr("added by mistake"),
        )
        if reason is None:
            return
        if action is not None:
            question = self.tr("Remove the action «%1»? You can undo it right after (Ctrl+Z).")
        elif goal.actions:
            question = self.tr(
                "Remove the goal «%1» and its %n action(s)? You can undo it right after (Ctrl+Z).",
                "",
                len(goal.actions),
            )
        else:
            question = self.tr("Remove the goal «%1»? You can undo it right after (Ctrl+Z).")
        if not confirm(self, self.tr("Remove"), question.replace("%1", title)):
            return

        def job(uow: Any) -> Any:
            from welfare_desk.cases.casework import remove_action, remove_goal

            if action is not None:
                return remove_action(uow, action.id, action.version, reason)
            return remove_goal(uow, goal.id, goal.version, reason)

        def done(removed: Any) -> None:
            self._after()
            self.removed.emit(removed)

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _open_worker(self) -> None:
        if self.case is not None:
            self.open_worker.emit(self.case.worker_id)
