"""A worker's story on one screen: personal data, categories, household, the case and its
plan, needs open and met, contacts, and the record's history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.cases import CaseStatus
from welfare_desk.domain.dates import age_on, months_on
from welfare_desk.domain.household import Disability
from welfare_desk.domain.money import format_euro
from welfare_desk.domain.needs import NeedStatus
from welfare_desk.gui.confirm import confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout, keep_tall_enough
from welfare_desk.gui.formatting import date_time, short_date, wall_time
from welfare_desk.gui.labels import (
    ACTION_STATUS_NAMES,
    CASE_STATUS_NAMES,
    CHANNEL_NAMES,
    DISABILITY_NAMES,
    HF_KIND_NAMES,
    HF_STATUS_NAMES,
    NEED_STATUS_NAMES,
    OUTCOME_NAMES,
    URGENCY_NAMES,
    category_name,
    name_of,
    relation_name,
    sw_status_name,
)
from welfare_desk.gui.match_panel import MatchPanel
from welfare_desk.gui.page_body import PageBody, scrolled
from welfare_desk.gui.small_models import ListTableModel, fit_rows_in_view
from welfare_desk.gui.styled import styled
from welfare_desk.gui.worker_offers import WorkerOffers

if TYPE_CHECKING:
    from welfare_desk.cases.story import ContactView, NeedView, WorkerStory
    from welfare_desk.registry.history import HistoryEntry
    from welfare_desk.registry.workers import MemberView, WorkerDetail
    from welfare_desk.requests.health_funds import HfView
    from welfare_desk.requests.smart_working import SwView


def _table(model: ListTableModel[object]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Column widths from the first rows, not from every one of a long history.
    view.horizontalHeader().setResizeContentsPrecision(40)
    view.setTabKeyNavigation(False)
    return view


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One of the worker's requests, either kind, as the story lists them."""

    kind: str  # "smartworking" or "health"
    number: str
    what: str
    status: str
    when: str
    detail: str


def _sw_row(r: SwView, today: date) -> RequestRow:
    days = f"{r.days_per_week} g/sett."
    return RequestRow(
        "smartworking",
        r.number,
        f"Lavoro agile, {days}",
        sw_status_name(r.status, r.withdrawal_effective_on, today),
        f"{short_date(r.starts_on)} – {short_date(r.ends_on) or '…'}",
        r.priority_text,
    )


def _hf_row(r: HfView, today: date) -> RequestRow:
    from welfare_desk.domain.health_funds import days_left_text

    money = format_euro(r.claimed_cents) if r.claimed_cents else ""
    return RequestRow(
        "health",
        r.number,
        f"{r.fund}: {name_of(HF_KIND_NAMES, r.kind)}",
        name_of(HF_STATUS_NAMES, r.status),
        days_left_text(r.due, today) if r.due else "",
        "; ".join(x for x in (money, "; ".join(r.missing)) if x),
    )


class WorkerPage(QWidget):
    back = Signal()
    edit = Signal(object)  # WorkerDetail
    missing = Signal(str)  # the worker could not be shown: why
    open_case = Signal(uuid.UUID)
    new_contact = Signal(uuid.UUID, str)  # the worker's id and how to name them
    open_request = Signal(str, str)  # kind and number, shown on the Requests page
    said = Signal(str)  # a word for the status bar
    contact_removed = Signal(object)  # casework.Removed: the window offers to undo it

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._counts: dict[str, tuple[int, ...]] = {}  # the tabs' counts, kept for a relabel
        self.worker: WorkerDetail | None = None
        self.story: WorkerStory | None = None
        self.history: list[HistoryEntry] = []
        self._build_actions()
        self._build_personal()
        self._build_household()
        self._build_history()
        self._build_case()
        self._build_needs()
        self._build_tabs()
        self._lay_out()
        self._connect()
        self._retranslate()

    def _build_actions(self) -> None:
        self.back_button = QPushButton()
        self.contact_button = QPushButton()
        self.case_button = QPushButton()
        self.edit_button = QPushButton()
        self.print_button = QPushButton()
        self.request_button = QPushButton()  # with a menu: drawn like the buttons beside it
        self.request_menu = QMenu(self)
        self.sw_request_action = self.request_menu.addAction("")
        self.hf_request_action = self.request_menu.addAction("")
        self.request_button.setMenu(self.request_menu)
        self.sw_request_action.triggered.connect(lambda: self._new_request("smartworking"))
        self.hf_request_action.triggered.connect(lambda: self._new_request("health"))
        # Not a default button: Enter on a story must not open a case (Space on it does).

    def _build_personal(self) -> None:
        self.title = styled(QLabel(), "PageTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = styled(QLabel(), "Subtitle")
        self.subtitle.setWordWrap(True)
        self.personal = QGroupBox()
        self.personal_form = QFormLayout(self.personal)
        # At a large font a long value goes under its label rather than widen the story.
        self.personal_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        keep_tall_enough(self.personal)  # its wrapped rows never drawn over each other
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key in (
            "codice_fiscale",
            "birth_date",
            "sex",
            "organization",
            "work_site",
            "email",
            "phone",
            "municipality",
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel()
            label.setBuddy(value)
            self.values[key], self.labels[key] = value, label
            self.personal_form.addRow(label, value)
        self.categories_box = QGroupBox()
        self.badges = QGridLayout(self.categories_box)

    def _build_household(self) -> None:
        self.household_box = QGroupBox()
        self.members: ListTableModel[MemberView] = ListTableModel(
            [
                self._relation,
                lambda m: f"{m.name} {m.surname}",
                lambda m: short_date(m.birth_date),
                self._age,
                self._disability,
                self._dependent,
                lambda m: m.codice_fiscale or "",
            ]
        )
        self.members_view = _table(self.members)  # type: ignore[arg-type]
        # Every column as wide as its content, the name taking what is left; a narrow
        # window scrolls sideways rather than hiding who is who. The members' codes are in
        # the editor: the story keeps to who they are.
        self.members_view.setColumnHidden(6, True)
        self.members_view.horizontalHeader().setStretchLastSection(False)
        self.members_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The household is typed here too: a walk-in gets children (#17).
        self.add_member_button = QPushButton()
        self.edit_member_button = QPushButton()
        self.remove_member_button = QPushButton()
        member_row = FlowLayout()
        for button in (self.add_member_button, self.edit_member_button, self.remove_member_button):
            button.setAutoDefault(False)
            member_row.addWidget(button)
        household = QVBoxLayout(self.household_box)
        household.addLayout(member_row)
        household.addWidget(self.members_view)
        self.add_member_button.clicked.connect(lambda: self._member_dialog(None))
        self.edit_member_button.clicked.connect(self._edit_member)
        self.remove_member_button.clicked.connect(self._remove_member)
        self.members_view.activated.connect(lambda _i: self._edit_member())

    def _build_history(self) -> None:
        self.history_box = QGroupBox()
        self.history_model: ListTableModel[HistoryEntry] = ListTableModel(
            [
                lambda h: date_time(h.at),
                lambda h: h.operator,
                self._what,
                self._changes,
            ]
        )
        self.history_view = _table(self.history_model)  # type: ignore[arg-type]
        self.history_view.setWordWrap(True)
        fit_rows_in_view(self.history_view)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self.history_box).addWidget(self.history_view)

    def _build_case(self) -> None:
        self.case_box = QGroupBox()
        self.case_summary = QLabel()
        self.case_summary.setWordWrap(True)
        self.case_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan = QTreeWidget()
        self.plan.setColumnCount(2)
        self.plan.setRootIsDecorated(False)
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.plan.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.plan.header().setStretchLastSection(False)
        self.plan.itemActivated.connect(lambda *_: self._shown_case())
        case_layout = QVBoxLayout(self.case_box)
        case_layout.addWidget(self.case_summary)
        case_layout.addWidget(self.plan, 1)

    def _build_needs(self) -> None:
        self.needs_box = QGroupBox()
        self.needs_model: ListTableModel[NeedView] = ListTableModel(
            [
                lambda n: n.label,
                lambda n: name_of(URGENCY_NAMES, n.urgency),
                lambda n: name_of(NEED_STATUS_NAMES, n.status),
                lambda n: short_date(n.raised_on),
            ]
        )
        self.needs_view = _table(self.needs_model)  # type: ignore[arg-type]
        self.needs_view.horizontalHeader().setStretchLastSection(False)
        self.needs_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.need_status_button = QPushButton()  # with a menu: drawn like the buttons beside it
        self.need_status_menu = QMenu(self)
        self.need_status_actions: dict[NeedStatus, QAction] = {}
        for status in NeedStatus:
            action = self.need_status_menu.addAction("")
            action.triggered.connect(lambda _c=False, s=status: self._set_need_status(s))
            self.need_status_actions[status] = action
        self.need_status_menu.addSeparator()
        self.correct_need_action = self.need_status_menu.addAction("")
        self.correct_need_action.triggered.connect(self._correct_need)
        self.remove_need_action = self.need_status_menu.addAction("")
        self.remove_need_action.triggered.connect(self._remove_need)
        self.need_status_button.setMenu(self.need_status_menu)
        needs_layout = QVBoxLayout(self.needs_box)
        needs_layout.addWidget(self.needs_view)
        needs_layout.addWidget(self.need_status_button, 0, Qt.AlignmentFlag.AlignRight)

    def _build_tabs(self) -> None:
        self.contacts_model: ListTableModel[ContactView] = ListTableModel(
            [
                lambda c: wall_time(c.at),
                lambda c: name_of(CHANNEL_NAMES, c.channel),
                lambda c: self.tr("%n min", "", c.duration_minutes) if c.duration_minutes else "",
                lambda c: "; ".join(c.needs),
                lambda c: c.operator or "",
                lambda c: c.notes or "",
            ]
        )
        self.contacts_view = _table(self.contacts_model)  # type: ignore[arg-type]
        self.contacts_view.setWordWrap(True)
        fit_rows_in_view(self.contacts_view)
        self.contacts_view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        # Small floors, so that the story fits one screen and each list scrolls inside.
        for view in (self.members_view, self.needs_view, self.contacts_view, self.plan):
            view.setMinimumHeight(70)
        self.requests_model: ListTableModel[RequestRow] = ListTableModel(
            [
                lambda r: r.number,
                lambda r: r.what,
                lambda r: r.status,
                lambda r: r.when,
                lambda r: r.detail,
            ]
        )
        self.requests_view = _table(self.requests_model)  # type: ignore[arg-type]
        self.requests_view.horizontalHeader().setStretchLastSection(False)
        self.requests_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.requests_view.activated.connect(
            lambda i: self._open_request(self.requests_model.rows[i.row()])
        )
        self.matches = MatchPanel(self.context)
        self.offers = WorkerOffers(self.context)
        # A contact typed wrong is corrected; one recorded by mistake removed, with the
        # reason, and can be undone right after (#17).
        self.contacts_tab = QWidget()
        self.correct_contact_button = QPushButton()
        self.remove_contact_button = QPushButton()
        for button in (self.correct_contact_button, self.remove_contact_button):
            button.setAutoDefault(False)
        contact_row = FlowLayout()
        contact_row.addWidget(self.correct_contact_button)
        contact_row.addWidget(self.remove_contact_button)
        contacts_layout = QVBoxLayout(self.contacts_tab)
        contacts_layout.setContentsMargins(0, 4, 0, 0)
        contacts_layout.addLayout(contact_row)
        contacts_layout.addWidget(self.contacts_view, 1)
        self.correct_contact_button.clicked.connect(self._correct_contact)
        self.remove_contact_button.clicked.connect(self._remove_contact)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contacts_tab, "")
        self.tabs.addTab(self.history_box, "")
        self.tabs.addTab(self.matches, "")
        self.tabs.addTab(self.offers, "")
        self.tabs.addTab(self.requests_view, "")
        # Matching reads the catalogue: only when the tab is looked at.
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        self.matches.enrolled.connect(lambda _text: self._enrolled())
        self.matches.issue_voucher.connect(self._issue_voucher)
        self.offers.counted.connect(self._offers_counted)
        self.offers.cancelled.connect(self.contact_removed)
        self.history_box.setFlat(True)

    def _lay_out(self) -> None:
        top = FlowLayout()  # wraps at a large font rather than widen the page (#17)
        top.addWidget(self.back_button)
        top.addWidget(self.contact_button)
        top.addWidget(self.request_button)
        top.addWidget(self.case_button)
        top.addWidget(self.print_button)
        top.addWidget(self.edit_button)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.personal)
        left.addWidget(self.categories_box)
        left.addWidget(self.case_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.household_box, 2)
        right.addWidget(self.needs_box, 2)
        right.addWidget(self.tabs, 3)
        columns.addLayout(left, 4)
        columns.addLayout(right, 7)
        body = PageBody()
        body_layout = QVBoxLayout(body)
        # The buttons scroll with the story: a narrow window or a large font keeps them all.
        body_layout.addLayout(top)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.subtitle)
        body_layout.addLayout(columns, 1)
        scroll = scrolled(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 10)
        layout.addWidget(scroll, 1)

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.edit_button.clicked.connect(self._edit)
        self.print_button.clicked.connect(self.print_path)
        self.case_button.clicked.connect(self._case)
        self.contact_button.clicked.connect(self._contact)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit)
        QShortcut(QKeySequence("Ctrl+E"), self, self._edit)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_path)

    # Texts

    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("← &List"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.print_button.setText(self.tr("Print the pat&h summary…"))
        self.print_button.setToolTip(
            self.tr("The summary to hand to the worker: goals, next steps, services (Ctrl+P)")
        )
        self.edit_button.setText(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit the record (Ctrl+E)"))
        self.contact_button.setText(self.tr("&New contact…"))
        self.contact_button.setToolTip(self.tr("Record a contact with this worker"))
        self.case_box.setTitle(self.tr("Case and plan"))
        self.plan.setHeaderLabels([self.tr("Goal or action"), self.tr("By · status")])
        self.plan.setAccessibleName(self.tr("The plan of the case"))
        self.needs_box.setTitle(self.tr("Needs, open first"))
        self.need_status_button.setText(self.tr("Mark the need &as"))
        self.remove_need_action.setText(self.tr("Remove the need…"))
        self.correct_need_action.setText(self.tr("Correct the need…"))
        self.need_status_button.setToolTip(self.tr("Change the status of the chosen need"))
        self.need_status_button.setAccessibleName(self.tr("Status of the chosen need"))
        for status, action in self.need_status_actions.items():
            action.setText(name_of(NEED_STATUS_NAMES, status))
        self.needs_view.setAccessibleName(self.tr("Needs"))
        self.needs_model.set_headers(
            [self.tr("Need"), self.tr("Urgency"), self.tr("Status"), self.tr("Raised on")]
        )
        self.contacts_view.setAccessibleName(self.tr("Contacts"))
        self.correct_contact_button.setText(self.tr("Co&rrect the contact…"))
        self.remove_contact_button.setText(self.tr("Remo&ve the contact…"))
        self.contacts_model.set_headers(
            [
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Length"),
                self.tr("Needs raised"),
                self.tr("Operator"),
                self.tr("Notes"),
            ]
        )
        self.tabs.setTabText(1, self.tr("Changes to the &record"))
        self.tabs.setTabText(2, self.tr("&Fitting services"))
        self.request_button.setText(self.tr("New re&quest"))
        self.request_button.setAccessibleName(self.tr("New request"))
        self.sw_request_action.setText(self.tr("&Smart working…"))
        self.hf_request_action.setText(self.tr("&Health fund…"))
        self._tab_titles()
        self.requests_view.setAccessibleName(self.tr("Requests of the worker"))
        self.requests_view.setToolTip(self.tr("Enter opens the request on the Requests page"))
        self.requests_model.set_headers(
            [
                self.tr("Number"),
                self.tr("Request"),
                self.tr("Status"),
                self.tr("Period or deadline"),
                self.tr("Details"),
            ]
        )
        self.personal.setTitle(self.tr("Personal data"))
        names = {
            "codice_fiscale": self.tr("Codice fiscale"),
            "birth_date": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "organization": self.tr("Employer"),
            "work_site": self.tr("Work site"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "municipality": self.tr("Municipality"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        self.categories_box.setTitle(self.tr("Target categories"))
        self.household_box.setTitle(self.tr("Household"))
        # The tab names it; a title here made the story 410 px wide at 14 points (#17).
        self.history_box.setToolTip(self.tr("Who changed what, and when"))
        self.members.set_headers(
            [
                self.tr("Relation"),
                self.tr("Name"),
                self.tr("Date of birth"),
                self.tr("Age"),
                self.tr("Law 104/1992"),
                self.tr("Dependent"),
                self.tr("Codice fiscale"),
            ]
        )
        self.history_model.set_headers(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Changes"),
            ]
        )
        self.members_view.setAccessibleName(self.tr("Household members"))
        # No Alt letters left on this page: Tab reaches them, Enter on a relative edits.
        self.add_member_button.setText(self.tr("Add a relative…"))
        self.edit_member_button.setText(self.tr("Edit the relative…"))
        self.remove_member_button.setText(self.tr("Take out…"))
        self.history_view.setAccessibleName(self.tr("History of the record"))
        if self.worker is not None:
            self._show(self.worker)
        self._show_case()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Columns

    def _relation(self, member: MemberView) -> str:
        return relation_name(member.relation)

    def _age(self, member: MemberView) -> str:
        today = self.context.clock.today()
        years = age_on(member.birth_date, today)
        if years >= 1:
            return str(years)
        return self.tr("%n month(s)", "", months_on(member.birth_date, today))

    def _disability(self, member: MemberView) -> str:
        if member.disability == Disability.NONE:
            return self.tr("no")
        return name_of(DISABILITY_NAMES, member.disability)

    def _dependent(self, member: MemberView) -> str:
        if not member.dependent:
            return self.tr("no")
        from welfare_desk.domain.household import Relation, dependent_income_limit
        from welfare_desk.reference import dependent_limits

        age = age_on(member.birth_date, self.context.clock.today())
        relation = Relation(member.relation) if member.relation in set(Relation) else Relation.OTHER
        limit = dependent_income_limit(relation, age, *dependent_limits())
        # the file says «a carico»; the income that makes it true is for payroll to check
        return self.tr("yes (income up to %1)").replace("%1", format_euro(limit))

    def _what(self, entry: HistoryEntry) -> str:
        return f"{entry.record}: {entry.action}"

    def _changes(self, entry: HistoryEntry) -> str:
        if entry.kind == "insert":  # the record's first values are on the page itself
            return ""
        return "\n".join(f"{c.field}: {c.old} → {c.new}" for c in entry.changes)

    # Data

    def show_worker(self, worker_id: uuid.UUID) -> None:
        def job(uow: Any) -> tuple[WorkerStory, list[HistoryEntry], list[RequestRow]]:
            from welfare_desk.cases.story import worker_story
            from welfare_desk.registry.history import worker_history
            from welfare_desk.requests.both import requests_of

            today = uow.clock.today()
            story = worker_story(uow, worker_id)
            found = requests_of(uow, worker_id=worker_id)
            # each kind together, the newest first
            requests = [_sw_row(r, today) for r in reversed(found.smart_working)]
            requests += [_hf_row(r, today) for r in reversed(found.health)]
            return story, worker_history(uow, worker_id), requests

        self.context.runner.run(
            self.context.in_store(job),
            self._loaded,
            lambda error: self.missing.emit(getattr(error, "message", type(error).__name__)),
        )

    def reload(self) -> None:
        if self.worker is not None:
            self.show_worker(self.worker.id)

    def _loaded(self, loaded: tuple[WorkerStory, list[HistoryEntry], list[RequestRow]]) -> None:
        self.story, self.history, requests = loaded
        self.requests_model.set_rows(requests)
        self._counts["requests"] = (len(requests),)
        self.worker = self.story.worker
        self._show(self.worker)
        self.needs_model.set_rows(self.story.needs)
        self.contacts_model.set_rows(self.story.contacts)
        self._counts["contacts"] = (len(self.story.contacts),)
        self._tab_titles()
        self._show_case()
        self.offers.show_for(self.worker.id, f"{self.worker.surname} {self.worker.name}")
        self._load_tab()
        self.case_button.setFocus()

    def _load_tab(self) -> None:
        if self.worker is not None and self.tabs.currentWidget() is self.matches:
            self.matches.show_for(self.worker.id)

    def _enrolled(self) -> None:
        if self.worker is not None:
            self.offers.show_for(self.worker.id, f"{self.worker.surname} {self.worker.name}")
            self.reload()

    def _offers_counted(self, enrollments: int, vouchers: int) -> None:
        self._counts["offers"] = (enrollments, vouchers)
        self._tab_titles()

    def _tab_titles(self) -> None:
        """The tabs' names with their counts, in the language of the moment: a switch of
        language and back keeps the counts."""
        counts = self._counts
        contacts = counts.get("contacts")
        self.tabs.setTabText(
            0,
            self.tr("Con&tacts (%1)").replace("%1", str(contacts[0]))
            if contacts
            else self.tr("Con&tacts"),
        )
        offers = counts.get("offers")
        self.tabs.setTabText(
            3,
            self.tr("Enrollments and vo&uchers (%1, %2)")
            .replace("%1", str(offers[0]))
            .replace("%2", str(offers[1]))
            if offers
            else self.tr("Enrollments and vo&uchers"),
        )
        requests = counts.get("requests")
        self.tabs.setTabText(
            4,
            self.tr("Reque&sts (%1)").replace("%1", str(requests[0]))
            if requests
            else self.tr("Reque&sts"),
        )

    def _new_request(self, kind: str) -> None:
        from welfare_desk.gui.dialogs.request_dialogs import HfRequestDialog, SwRequestDialog

        if self.worker is None:
            return
        dialog: HfRequestDialog | SwRequestDialog
        if kind == "smartworking":
            dialog = SwRequestDialog(self.context, self.worker, self)
        else:
            dialog = HfRequestDialog(self.context, self.worker, self)
        dialog.saved.connect(self._request_made)
        dialog.open()

    def print_path(self) -> None:
        """The worker's path summary, previewed in the desk before it is printed."""
        from welfare_desk.gui.dialogs.pdf_preview import preview_pdf

        if self.worker is None:
            return
        worker_id, name = self.worker.id, f"{self.worker.name} {self.worker.surname}"
        today = self.context.clock.today()
        # Imported here, on the UI thread: see preview_pdf.
        from welfare_desk.documents.output import as_bytes
        from welfare_desk.documents.path_pdf import write_path
        from welfare_desk.reporting.path_summary import path_summary

        def job(uow: Any) -> bytes:
            summary = path_summary(uow, worker_id, today)
            return as_bytes(lambda out: write_path(out, summary))

        preview_pdf(
            self.context,
            self,
            self.context.in_store(job),
            self.tr("Path summary – %1").replace("%1", name),
            f"percorso-{self.worker.surname.lower()}-{today:%Y%m%d}.pdf",
        )

    def _open_request(self, row: RequestRow) -> None:
        self.open_request.emit(row.kind, row.number)

    def _request_made(self) -> None:
        self.context.changed()
        self.case_summary.setText(self.tr("Request recorded: it is in Requests."))
        self.reload()

    def _issue_voucher(self, match: object) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import VoucherDialog

        if self.worker is None:
            return
        dialog = VoucherDialog(self.context, self.worker.id, match, self)  # type: ignore[arg-type]
        dialog.saved.connect(lambda: self._voucher_issued(dialog))
        dialog.open()

    def _voucher_issued(self, dialog: Any) -> None:
        issued = dialog.issued
        if issued is not None:
            text = self.tr("Voucher %1 issued: %2.").replace("%1", issued.voucher.number)
            text = text.replace("%2", format_euro(issued.voucher.value_cents))
            if issued.fringe is not None:
                text += " " + issued.fringe.message
            self.matches.message.setText(text)
        self.context.changed()
        if self.worker is not None:
            self.offers.show_for(self.worker.id, f"{self.worker.surname} {self.worker.name}")

    def _correct_need(self) -> None:
        from welfare_desk.gui.dialogs.need_dialog import NeedDialog

        row = self.needs_view.currentIndex().row()
        if not 0 <= row < self.needs_model.rowCount():
            self.said.emit(self.tr("Choose the need in the list first."))
            return
        dialog = NeedDialog(self.context, self.needs_model.rows[row], self)
        dialog.saved.connect(lambda: self.reload())
        dialog.open()

    def _remove_need(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        row = self.needs_view.currentIndex().row()
        if not 0 <= row < self.needs_model.rowCount():
            self.said.emit(self.tr("Choose the need in the list first."))
            return
        need = self.needs_model.rows[row]
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove the need"),
            self.tr("Why is «%1» removed? It stays in the history.").replace("%1", need.label),
        )
        if not ok:
            return
        if not confirm(
            self,
            self.tr("Remove the need"),
            self.tr("Remove «%1»? You can undo it right after (Ctrl+Z).").replace("%1", need.label),
        ):
            return

        def job(uow: Any) -> Any:
            from welfare_desk.cases.casework import remove_need

            return remove_need(uow, need.id, need.version, reason)

        def done(removed: Any) -> None:
            self.context.changed()
            self.reload()
            self.contact_removed.emit(removed)

        self.context.runner.run(self.context.in_store(job), done, self._failed_action)

    def _set_need_status(self, status: NeedStatus) -> None:
        index = self.needs_view.currentIndex()
        if not index.isValid():
            self.case_summary.setText(self.tr("Choose a need in the list first."))
            return
        need = self.needs_model.rows[index.row()]
        need_id, version = need.id, need.version

        def job(uow: Any) -> None:
            from welfare_desk.cases.casework import set_need_status

            set_need_status(uow, need_id, version, status)

        self.context.runner.run(
            self.context.in_store(job),
            lambda _done: self.context.changed(),
            lambda error: self.missing_case(getattr(error, "message", type(error).__name__)),
        )

    def _member_dialog(self, member: MemberView | None) -> None:
        from welfare_desk.gui.dialogs.member_dialog import MemberDialog

        if self.worker is None:
            return
        dialog = MemberDialog(self.context, self.worker.id, member, self)
        dialog.saved.connect(lambda: self.reload())
        dialog.open()

    def _chosen_member(self) -> MemberView | None:
        row = self.members_view.currentIndex().row()
        if not 0 <= row < self.members.rowCount():
            self.said.emit(self.tr("Choose the relative in the list first."))
            return None
        return self.members.rows[row]

    def _edit_member(self) -> None:
        member = self._chosen_member()
        if member is not None:
            self._member_dialog(member)

    def _remove_member(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        member = self._chosen_member()
        if member is None:
            return
        who = f"{member.name} {member.surname}"
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Take out of the household"),
            self.tr("Why is %1 taken out of the household? It stays in the history.").replace(
                "%1", who
            ),
        )
        if not ok:
            return
        if not confirm(
            self,
            self.tr("Take out of the household"),
            self.tr("Take %1 out of the household?").replace("%1", who),
        ):
            return

        def job(uow: Any) -> None:
            from welfare_desk.registry.household import remove_member

            remove_member(uow, member.id, member.version, reason)

        def done(_result: object) -> None:
            self.context.changed()
            self.reload()
            self.said.emit(self.tr("%1 taken out of the household.").replace("%1", who))

        self.context.runner.run(self.context.in_store(job), done, self._failed_action)

    def _chosen_contact(self) -> ContactView | None:
        row = self.contacts_view.currentIndex().row()
        if not 0 <= row < self.contacts_model.rowCount():
            self.said.emit(self.tr("Choose the contact in the list first."))
            return None
        return self.contacts_model.rows[row]

    def _correct_contact(self) -> None:
        from welfare_desk.gui.dialogs.contact_dialog import ContactDialog

        chosen = self._chosen_contact()
        if chosen is None:
            return
        dialog = ContactDialog(self.context, chosen, self)
        dialog.saved.connect(lambda: self.reload())
        dialog.open()

    def _remove_contact(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        chosen = self._chosen_contact()
        if chosen is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Remove the contact"),
            self.tr("Why is the contact of %1 removed? It stays in the history.").replace(
                "%1", f"{chosen.at:%d/%m/%Y %H:%M}"
            ),
        )
        if not ok:
            return
        if not confirm(
            self,
            self.tr("Remove the contact"),
            self.tr("Remove the contact of %1? You can undo it right after (Ctrl+Z).").replace(
                "%1", f"{chosen.at:%d/%m/%Y %H:%M}"
            ),
        ):
            return

        def job(uow: Any) -> Any:
            from welfare_desk.cases.casework import remove_contact

            return remove_contact(uow, chosen.id, chosen.version, reason)

        def done(removed: Any) -> None:
            self.context.changed()
            self.reload()
            self.contact_removed.emit(removed)

        self.context.runner.run(self.context.in_store(job), done, self._failed_action)

    def _failed_action(self, error: Exception) -> None:
        self.said.emit(getattr(error, "message", None) or type(error).__name__)

    def add_contact(self, worker_id: uuid.UUID, contact: ContactView) -> None:
        """A contact just recorded, on top of the list before the story reloads."""
        if self.worker is None or self.worker.id != worker_id:
            return
        self.contacts_model.insert_first(contact)
        self._counts["contacts"] = (self.contacts_model.rowCount(),)
        self._tab_titles()

    def _show_case(self) -> None:
        story = self.story
        case = story.case if story else None
        self.plan.clear()
        if story is None:
            return
        if case is None:
            self.case_summary.setText(self.tr("No case yet."))
            self.case_button.setText(self.tr("O&pen a case"))
            self.case_button.setToolTip(self.tr("Open a personalised path"))
            self.plan.setVisible(False)
            return
        self.plan.setVisible(bool(case.goals))
        closed = case.status == CaseStatus.CLOSED
        self.case_button.setText(
            self.tr("O&pen a new case") if closed else self.tr("O&pen the case")
        )
        self.case_button.setToolTip(
            self.tr("The last case is closed: open a new one")
            if closed
            else self.tr("The case's page: assessment, plan, timeline")
        )
        lines = [
            self.tr("%1 · %2 · opened on %3")
            .replace("%1", case.number)
            .replace("%2", name_of(CASE_STATUS_NAMES, case.status))
            .replace("%3", short_date(case.opened_on))
        ]
        if case.next_review and not closed:
            lines.append(self.tr("Next review: %1").replace("%1", short_date(case.next_review)))
        if len(story.cases) > 1:
            lines.append(self.tr("%n earlier case(s)", "", len(story.cases) - 1))
        self.case_summary.setText("\n".join(lines))
        for goal in case.goals:
            state = name_of(OUTCOME_NAMES, goal.outcome) if goal.outcome else ""
            item = QTreeWidgetItem(
                [goal.title, " · ".join(p for p in (short_date(goal.target_date), state) if p)]
            )
            item.setToolTip(0, goal.title)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.plan.addTopLevelItem(item)
            for action in goal.actions:
                step = QTreeWidgetItem(
                    [
                        "    " + action.title,
                        f"{short_date(action.due_date)} · "
                        f"{name_of(ACTION_STATUS_NAMES, action.status)}",
                    ]
                )
                step.setToolTip(0, action.title)
                self.plan.addTopLevelItem(step)

    def _case(self) -> None:
        story = self.story
        if story is None:
            return
        if story.case is not None and story.case.status != CaseStatus.CLOSED:
            self.open_case.emit(story.case.id)
            return

        worker_id = story.worker.id

        def job(uow: Any) -> uuid.UUID:
            from welfare_desk.cases.casework import open_case

            return open_case(uow, worker_id, uow.clock.today()).id

        def opened(case_id: uuid.UUID) -> None:
            self.context.changed()
            self.open_case.emit(case_id)

        self.context.runner.run(
            self.context.in_store(job),
            opened,
            lambda error: self.missing_case(getattr(error, "message", type(error).__name__)),
        )

    def _shown_case(self) -> None:
        if self.story is not None and self.story.case is not None:
            self.open_case.emit(self.story.case.id)

    def missing_case(self, message: str) -> None:
        self.case_summary.setText(message)

    def _contact(self) -> None:
        if self.worker is not None:
            self.new_contact.emit(self.worker.id, f"{self.worker.surname} {self.worker.name}")

    def _show(self, worker: WorkerDetail) -> None:
        self.title.setText(f"{worker.surname} {worker.name}")
        self.subtitle.setText(f"{worker.codice_fiscale} · {worker.organization}")
        values = {
            "codice_fiscale": worker.codice_fiscale,
            "birth_date": self.tr("%1 (%2 years)")
            .replace("%1", short_date(worker.birth_date))
            .replace("%2", str(age_on(worker.birth_date, self.context.clock.today()))),
            "sex": self.tr("female") if worker.sex == "F" else self.tr("male"),
            "organization": worker.organization,
            "work_site": worker.work_site or "—",
            "email": worker.email or "—",
            "phone": worker.phone or "—",
            "municipality": worker.municipality or "—",
        }
        for key, value in values.items():
            self.values[key].setText(value)
        while self.badges.count():
            item = self.badges.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not worker.categories:
            none = styled(QLabel(self.tr("No target category applies.")), "Muted")
            none.setWordWrap(True)
            self.badges.addWidget(none, 0, 0)
        reasons: dict[str, list[str]] = {}
        for category in worker.categories:
            reasons.setdefault(category.code, []).append(category.reason)
        for row, (code, why) in enumerate(reasons.items()):
            badge = styled(QLabel(category_name(code)), "Badge")
            reason = QLabel("; ".join(why))
            reason.setWordWrap(True)
            badge.setAccessibleName(f"{badge.text()}: {reason.text()}")
            self.badges.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignLeft)
            self.badges.addWidget(reason, row, 1)
        if worker.rights:  # what to ask the personnel office about: told, not granted
            badge = styled(QLabel(self.tr("Permits and leave")), "Badge")
            badge.setToolTip(self.tr("To check with the personnel office: the desk grants none"))
            told = QLabel("\n".join(r.short for r in worker.rights))
            told.setToolTip("\n".join(r.full for r in worker.rights))
            told.setWordWrap(True)
            badge.setAccessibleName(f"{badge.text()}: {told.text()}")
            row = max(len(reasons), 1)  # after the categories, or after «none applies»
            top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            self.badges.addWidget(badge, row, 0, top_left)
            self.badges.addWidget(told, row, 1)
        self.badges.setColumnStretch(1, 1)
        self.members.set_rows(worker.household)
        self.history_model.set_rows(self.history)

    def _edit(self) -> None:
        if self.worker is not None:
            self.edit.emit(self.worker)
