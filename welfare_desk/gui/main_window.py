"""The main window: a sidebar of the areas that exist, the pages, the store in use."""

from __future__ import annotations

import gc
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from welfare_desk import __version__
from welfare_desk.gui import i18n, settings
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.eliding import ElidingLabel
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.pages.agenda_page import AgendaPage
from welfare_desk.gui.pages.case_page import CasePage
from welfare_desk.gui.pages.worker_page import WorkerPage
from welfare_desk.gui.pages.workers_page import WorkersPage
from welfare_desk.gui.resources import icon
from welfare_desk.gui.styled import styled
from welfare_desk.gui.sync_bar import SyncBar

if TYPE_CHECKING:
    from welfare_desk.gui.dialogs.quick_intake import QuickIntake, Recorded
    from welfare_desk.gui.pages.budgets_page import BudgetsPage
    from welfare_desk.gui.pages.catalogue_page import CataloguePage
    from welfare_desk.gui.pages.conflicts_page import ConflictsPage
    from welfare_desk.gui.pages.decisions_page import DecisionsPage
    from welfare_desk.gui.pages.requests_page import RequestsPage
    from welfare_desk.registry.workers import SaveResult, WorkerDetail


UNDO_MS = 10_000  # how long a removal can be undone from the status bar


class _Activity(QObject):
    """Any key or click anywhere in the desk starts the idle time again."""

    KINDS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, idle: QTimer) -> None:
        super().__init__(idle)
        self.idle = idle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS and self.idle.isActive():
            self.idle.start()
        return False


class MainWindow(QMainWindow):
    first_page_ready = Signal()

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowIcon(icon("app"))
        self.sidebar = styled(QListWidget(), "Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.workers_item = QListWidgetItem(icon("workers"), "")
        self.sidebar.addItem(self.workers_item)
        self.agenda_item = QListWidgetItem(icon("agenda"), "")
        self.sidebar.addItem(self.agenda_item)
        self.catalogue_item = QListWidgetItem(icon("catalogue"), "")
        self.sidebar.addItem(self.catalogue_item)
        self.budgets_item = QListWidgetItem(icon("budget"), "")
        self.sidebar.addItem(self.budgets_item)
        self.requests_item = QListWidgetItem(icon("requests"), "")
        self.sidebar.addItem(self.requests_item)
        # The HR analyst's: the employer's smart-working decisions, without health.
        self.decisions_item = QListWidgetItem(icon("requests"), "")
        self.sidebar.addItem(self.decisions_item)
        self.decisions_item.setHidden(True)
        self._decisions_page: DecisionsPage | None = None
        # A replica's synchronisation conflicts (#20), shown when the store is one.
        self.conflicts_item = QListWidgetItem(icon("requests"), "")
        self.sidebar.addItem(self.conflicts_item)
        self.conflicts_item.setHidden(True)
        self._conflicts_page: ConflictsPage | None = None
        self.stack = QStackedWidget()
        self.workers_page = WorkersPage(context)
        self._worker_page: WorkerPage | None = None  # built when first needed
        self._case_page: CasePage | None = None
        self._case_came_from: QWidget | None = None
        self._request_came_from: QWidget | None = None
        self._worker_came_from: QWidget | None = None
        self._catalogue_page: CataloguePage | None = None
        self._budgets_page: BudgetsPage | None = None
        self._requests_page: RequestsPage | None = None
        self.stack.addWidget(self.workers_page)
        self.agenda_page = AgendaPage(context)
        self.stack.addWidget(self.agenda_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.central = central

        self.store_label = ElidingLabel()
        # A desk run as of another day (--today) says so all the time.
        self.day_label = ElidingLabel()
        self.day_label.setObjectName("movedDay")
        self.day_label.setVisible(context.clock.moved)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        # Undo of a removal, for a few seconds after it (#17).
        self._undoable: object | None = None
        self.undo_button = QPushButton()
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo)
        self.statusBar().addPermanentWidget(self.undo_button)
        self._undo_timer = QTimer(self, singleShot=True)
        self._undo_timer.timeout.connect(self._undo_expired)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.sync_bar = SyncBar(context, self.statusBar())
        self.sync_bar.conflicts_counted.connect(self._conflicts_counted)
        self.sync_bar.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.statusBar().addPermanentWidget(self.store_label)
        self.statusBar().addPermanentWidget(self.day_label)
        # Only a task that lasts shows the busy bar: quick searches do not flicker it.
        self._busy_timer = QTimer(self, singleShot=True, interval=500)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(context.runner.busy))
        context.runner.busy_changed.connect(self._busy_changed)
        context.runner.failed.connect(self._task_failed)

        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._area_chosen)
        self.agenda_page.open_case.connect(self.open_case)
        self.agenda_page.open_worker.connect(self._agenda_worker)
        self.agenda_page.open_request.connect(self._agenda_request)
        self.agenda_page.overdue_counted.connect(self._overdue)
        self.workers_page.open_worker.connect(self.open_worker)
        self.workers_page.model.page_loaded.connect(self._first_page)
        context.listeners.append(self._data_changed)
        self._first_shown = False
        self._locked = False
        # Idle, the desk locks: a shared PC left open shows nobody's family to the next.
        self._idle = QTimer(self, singleShot=True, interval=0)
        self._idle.timeout.connect(self.lock)
        self._activity = _Activity(self._idle)
        self._retranslate()
        self._restore()

    @property
    def worker_page(self) -> WorkerPage:
        if self._worker_page is None:
            page = WorkerPage(self.context)
            self.stack.addWidget(page)
            page.back.connect(self._worker_back)
            page.missing.connect(self._worker_missing)
            page.edit.connect(self.edit_worker)
            page.open_case.connect(self.open_case)
            page.new_contact.connect(self.quick_intake_for)
            page.open_request.connect(self.open_request)
            page.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
            page.contact_removed.connect(self._offer_undo)
            self._worker_page = page
        return self._worker_page

    @property
    def catalogue_page(self) -> CataloguePage:
        if self._catalogue_page is None:
            from welfare_desk.gui.pages.catalogue_page import CataloguePage

            page = CataloguePage(self.context)
            self.stack.addWidget(page)
            page.open_worker.connect(self.open_worker)
            page.cancelled.connect(self._offer_undo)
            self._catalogue_page = page
        return self._catalogue_page

    @property
    def budgets_page(self) -> BudgetsPage:
        if self._budgets_page is None:
            from welfare_desk.gui.pages.budgets_page import BudgetsPage

            page = BudgetsPage(self.context)
            self.stack.addWidget(page)
            page.cancelled.connect(self._offer_undo)
            self._budgets_page = page
        return self._budgets_page

    @property
    def decisions_page(self) -> DecisionsPage:
        if self._decisions_page is None:
            from welfare_desk.gui.pages.decisions_page import DecisionsPage

            page = DecisionsPage(self.context)
            self.stack.addWidget(page)
            self._decisions_page = page
        return self._decisions_page

    @property
    def conflicts_page(self) -> ConflictsPage:
        if self._conflicts_page is None:
            from welfare_desk.gui.pages.conflicts_page import ConflictsPage

            page = ConflictsPage(self.context)
            self.stack.addWidget(page)
            page.open_worker.connect(self.open_worker)
            page.resolved.connect(self._conflicts_counted)
            page.resolved.connect(lambda _n: self.sync_bar.refresh())
            page.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self._conflicts_page = page
        return self._conflicts_page

    def _conflicts_counted(self, count: int) -> None:
        """-1: no replica, nothing to show; else the conflicts waiting."""
        self.conflicts_item.setHidden(count < 0)
        self.conflicts_item.setText(
            self.tr("Conflicts (%1)").replace("%1", str(count))
            if count > 0
            else self.tr("Conflicts")
        )
        self._fit_sidebar()

    @property
    def requests_page(self) -> RequestsPage:
        if self._requests_page is None:
            from welfare_desk.gui.pages.requests_page import RequestsPage

            page = RequestsPage(self.context)
            self.stack.addWidget(page)
            page.open_worker.connect(self.open_worker)
            page.back.connect(self._request_back)
            page.removed.connect(self._offer_undo)
            self._requests_page = page
        return self._requests_page

    @property
    def case_page(self) -> CasePage:
        if self._case_page is None:
            page = CasePage(self.context)
            self.stack.addWidget(page)
            page.back.connect(self._case_back)
            page.open_worker.connect(self.open_worker)
            page.missing.connect(self._worker_missing)
            page.removed.connect(self._offer_undo)
            self._case_page = page
        return self._case_page

    # Menus and texts

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(icon("person-add"), "", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.edit_worker(None))
        self.import_workers_action = QAction(icon("import"), "", self)
        self.import_workers_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_workers_action.triggered.connect(lambda: self.open_import("workers"))
        self.import_household_action = QAction("", self)
        self.import_household_action.triggered.connect(lambda: self.open_import("household"))
        self.import_catalogue_action = QAction("", self)
        self.import_catalogue_action.triggered.connect(lambda: self.open_import("catalogue"))
        self.benefits_import_action = QAction("", self)
        self.benefits_import_action.triggered.connect(self.import_benefits)
        self.profiles_action = QAction("", self)
        self.profiles_action.triggered.connect(self.import_profiles)
        self.intake_action = QAction("", self)
        self.intake_action.setShortcut(QKeySequence("Ctrl+K"))
        self.intake_action.triggered.connect(self.quick_intake)
        self.paths_action = QAction("", self)
        self.paths_action.triggered.connect(self.print_paths)
        self.handout_action = QAction("", self)
        self.handout_action.triggered.connect(self.print_handout)
        self.privacy_action = QAction("", self)
        self.privacy_action.triggered.connect(self.edit_privacy)
        self.person_export_action = QAction("", self)
        self.person_export_action.triggered.connect(self.export_person)
        self.person_print_action = QAction("", self)
        self.person_print_action.triggered.connect(self.print_person)
        self.quarterly_action = QAction("", self)
        self.quarterly_action.triggered.connect(self.quarterly_report)
        self.funder_action = QAction("", self)
        self.funder_action.triggered.connect(self.funder_report)
        self.lock_action = QAction("", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (
            self.intake_action,
            self.new_action,
            self.import_workers_action,
            self.import_household_action,
            self.import_catalogue_action,
            self.benefits_import_action,
            self.profiles_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (
            self.paths_action,
            self.handout_action,
            self.privacy_action,
            self.person_print_action,
            self.person_export_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.quarterly_action, self.funder_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.find_action = QAction("", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_worker)
        self.view_menu.addAction(self.find_action)

        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("it", "Italiano"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.context.settings.language() == code)
            action.triggered.connect(lambda _checked, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.password_action = QAction("", self)
        self.password_action.triggered.connect(self.change_password)
        self.password_action.setVisible(False)  # once someone signed in
        self.settings_menu.addAction(self.password_action)
        self.operators_action = QAction("", self)
        self.operators_action.triggered.connect(self.edit_operators)
        self.operators_action.setVisible(False)  # an administrator's, once signed in
        self.settings_menu.addAction(self.operators_action)
        self.audit_action = QAction("", self)
        self.audit_action.triggered.connect(self.show_audit)
        self.audit_action.setVisible(False)  # an administrator's
        self.settings_menu.addAction(self.audit_action)
        self.retention_action = QAction("", self)
        self.retention_action.triggered.connect(self.show_retention)
        self.retention_action.setVisible(False)  # an administrator's
        self.settings_menu.addAction(self.retention_action)
        self.employers_action = QAction("", self)
        self.employers_action.triggered.connect(self.edit_employers)
        self.settings_menu.addAction(self.employers_action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction("", self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    def _fit_sidebar(self) -> None:
        """As wide as its longest name in the current font and language: a larger system
        font or a longer translation is not cut."""
        bold = QFont(self.sidebar.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the chosen area's name is drawn bolder
        metrics = QFontMetrics(bold)
        widest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
            if not self.sidebar.item(row).isHidden()
        )
        # the icon and its gap, the item's padding (12 + 12) and margins (8 + 8), the frame
        needed = widest + self.sidebar.iconSize().width() + 6 + 24 + 16 + 4
        self.sidebar.setMinimumWidth(max(170, needed))
        self.sidebar.setMaximumWidth(max(220, needed + 20))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welfare Desk"))
        self.workers_item.setText(self.tr("Workers"))
        self.agenda_item.setText(self.tr("Agenda"))
        self.catalogue_item.setText(self.tr("Catalogue"))
        self.budgets_item.setText(self.tr("Budgets and vouchers"))
        self.requests_item.setText(self.tr("Requests"))
        self.decisions_item.setText(self.tr("Smart-working decisions"))
        self.conflicts_item.setText(self.tr("Conflicts"))
        self.sync_bar.retranslate()
        if self._conflicts_page is not None:
            self._conflicts_page.retranslate()
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self._fit_sidebar()
        self.file_menu.setTitle(self.tr("&File"))
        self.intake_action.setText(self.tr("&Quick intake…"))
        self.new_action.setText(self.tr("&New worker…"))
        self.import_workers_action.setText(self.tr("&Import workers…"))
        self.import_household_action.setText(self.tr("Import &household members…"))
        self.import_catalogue_action.setText(self.tr("Import a provider's &catalogue…"))
        self.benefits_import_action.setText(self.tr("Import the other &benefits from payroll…"))
        self.profiles_action.setText(self.tr("Import p&rofiles…"))
        self.paths_action.setText(self.tr("Print the &path summaries of a day or event…"))
        self.handout_action.setText(self.tr("Print the &welfare-day handout…"))
        self.person_export_action.setText(self.tr("E&xport the open person's data…"))
        self.person_print_action.setText(self.tr("Print the open person's &data…"))
        self.privacy_action.setText(self.tr("Pri&vacy of the open person…"))
        self.quarterly_action.setText(self.tr("Quarterly summary for &HR…"))
        self.funder_action.setText(self.tr("&Funder report…"))
        self.lock_action.setText(self.tr("&Lock the desk"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Find a worker"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.employers_action.setText(self.tr("&Employers…"))
        self.operators_action.setText(self.tr("&Operators…"))
        self.audit_action.setText(self.tr("&Access register…"))
        self.retention_action.setText(self.tr("Data &retention…"))
        self.undo_button.setText(self.tr("&Undo"))
        self.password_action.setText(self.tr("Change my &password…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Welfare Desk"))
        self.busy.setAccessibleName(self.tr("Working"))
        self.day_label.setText(
            self.tr("Working as of %1: not today's date").replace(
                "%1", short_date(self.context.clock.today())
            )
        )
        self.day_label.setToolTip(
            self.tr(
                "The desk was started with --today: deadlines, ages and new records "
                "take this day. Start it without --today to work on the real day."
            )
        )
        self.day_label.setAccessibleName(self.day_label.text())
        self._show_store()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_sidebar()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        self.context.settings.set(settings.LANGUAGE, code)
        i18n.install(code)

    def _show_store(self) -> None:
        # The file's name in the status bar, its whole path in the tooltip: the path took
        # the room of the messages on a 1024-pixel screen («1 scadenz…», #17).
        store = self.context.store
        where = store.target.display if store else ""
        path = store.target.sqlite_path if store else None
        short = path.name if path is not None else where
        self.store_label.setText(self.tr("Store: %1").replace("%1", short) if store else "")
        self.store_label.setToolTip(self.tr("Store: %1").replace("%1", where) if store else "")

    # Pages

    def start(self) -> None:
        """The store is open: show where and load the list. Never the last person shown:
        on a shared PC the next one to open the desk would see that family."""
        self.context.settings.forget_people()
        self._watch_idle()
        self._show_store()
        signed = self.context.signed_in
        self.operators_action.setVisible(
            signed is not None and signed.role.value == "administrator"
        )
        self.password_action.setVisible(signed is not None)
        self.audit_action.setVisible(self.operators_action.isVisible())
        self.retention_action.setVisible(self.operators_action.isVisible())
        if not self._reads_people():
            self._summaries_only()
            return
        self.sync_bar.refresh()
        self.workers_page.start()
        self.agenda_page.refresh()  # the status bar says how many are overdue

    def _reads_people(self) -> bool:
        from welfare_desk.domain.access import people_refusal

        signed = self.context.signed_in
        return signed is None or people_refusal(signed.role.value, signed.also_manager) is None

    def _summaries_only(self) -> None:
        """An HR analyst, a coordinator, an administrator alone: the services refuse them
        people's records, and the desk offers only what they may use."""
        for item in (self.workers_item, self.agenda_item, self.requests_item):
            item.setHidden(True)
        for action in (
            self.intake_action,
            self.new_action,
            self.import_workers_action,
            self.import_household_action,
            self.benefits_import_action,
            self.paths_action,
            self.person_export_action,
            self.person_print_action,
            self.privacy_action,
            self.find_action,
        ):
            action.setEnabled(False)
        signed = self.context.signed_in
        hr = signed is not None and signed.role.value == "hr_analyst"
        self.decisions_item.setHidden(not hr)
        self._fit_sidebar()
        self.sidebar.setCurrentRow(5 if hr else 2)  # the decisions, or the catalogue
        self._first_shown = True
        self.first_page_ready.emit()
        self.statusBar().showMessage(
            self.tr(
                "Your role sees no single person's data: the smart-working decisions, the "
                "catalogue, the budgets and the reports of the File menu are yours."
            )
            if hr
            else self.tr(
                "Your role sees no single person's data: the catalogue, the budgets and "
                "the reports of the File menu are yours."
            )
        )

    def _first_page(self, _rows: int) -> None:
        if not self._first_shown:
            self._first_shown = True
            # What start-up loaded (Qt, SQLAlchemy, the models) lives as long as the desk:
            # out of the collector's sight, a full collection no longer stalls a keystroke.
            gc.freeze()
            self.first_page_ready.emit()

    def _area_chosen(self, row: int) -> None:
        self._request_came_from = None  # chosen from the sidebar: Esc leads nowhere else
        if row == 1:
            self.stack.setCurrentWidget(self.agenda_page)
            self.agenda_page.refresh()
            self.agenda_page.table.setFocus()
        elif row == 2:
            self.stack.setCurrentWidget(self.catalogue_page)
            self.catalogue_page.refresh()
            self.catalogue_page.table.setFocus()
        elif row == 3:
            self.stack.setCurrentWidget(self.budgets_page)
            self.budgets_page.refresh()
            self.budgets_page.budgets_view.setFocus()
        elif row == 4:
            self.stack.setCurrentWidget(self.requests_page)
            self.requests_page.refresh()
            self.requests_page.smart.view.setFocus()
        elif row == 5:
            self.stack.setCurrentWidget(self.decisions_page)
            self.decisions_page.refresh()
            self.decisions_page.view.setFocus()
        elif row == 6:
            self.stack.setCurrentWidget(self.conflicts_page)
            self.conflicts_page.refresh()
            self.conflicts_page.view.setFocus()
        else:
            self.show_list()

    def _overdue(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(self.tr("%n overdue in the agenda", "", count), 15000)

    def show_list(self) -> None:
        if self.sidebar.currentRow() != 0:
            self.sidebar.setCurrentRow(0)
        self.stack.setCurrentWidget(self.workers_page)
        self.workers_page.table.setFocus()

    def find_worker(self) -> None:
        self.show_list()
        self.workers_page.focus_search()

    def open_worker(self, worker_id: uuid.UUID) -> None:
        self._worker_came_from = None  # the list, a search, a case: back is the list
        self.worker_page.show_worker(worker_id)
        self.stack.setCurrentWidget(self.worker_page)

    def print_paths(self) -> None:
        from welfare_desk.gui.dialogs.print_dialogs import PathBatchDialog

        PathBatchDialog(self.context, self).open()

    def print_handout(self) -> None:
        from welfare_desk.gui.dialogs.print_dialogs import HandoutDialog

        HandoutDialog(self.context, self).open()

    def quarterly_report(self) -> None:
        from welfare_desk.gui.dialogs.report_dialogs import open_quarterly

        open_quarterly(self.context, self)

    def funder_report(self) -> None:
        from welfare_desk.gui.dialogs.report_dialogs import open_funder

        open_funder(self.context, self)

    def open_request(self, kind: str, number: str) -> None:
        page = self.requests_page
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(4)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentWidget(page)
        page.show_request(kind, number)

    def _agenda_worker(self, worker_id: uuid.UUID) -> None:
        self.open_worker(worker_id)
        self._worker_came_from = self.agenda_page

    def _worker_back(self) -> None:
        """Esc or «← Elenco» on a story: back to the agenda it was opened from, or the list."""
        if self._worker_came_from is self.agenda_page:
            self._worker_came_from = None
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(1)
            self.sidebar.blockSignals(False)
            self.stack.setCurrentWidget(self.agenda_page)
            self.agenda_page.table.setFocus()
            return
        self.show_list()

    def _agenda_request(self, kind: str, number: str) -> None:
        self._request_came_from = self.agenda_page
        self.open_request(kind, number)

    def _request_back(self) -> None:
        """Esc on the requests: back to the agenda when a request was opened from it."""
        if self._request_came_from is self.agenda_page:
            self._request_came_from = None
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(1)
            self.sidebar.blockSignals(False)
            self.stack.setCurrentWidget(self.agenda_page)
            self.agenda_page.table.setFocus()

    def open_case(self, case_id: uuid.UUID) -> None:
        current = self.stack.currentWidget()
        if current is not self._case_page:
            self._case_came_from = current
        self.case_page.show_case(case_id)
        self.stack.setCurrentWidget(self.case_page)

    def _case_back(self) -> None:
        """Back where the case was opened from: the agenda, or the worker's story."""
        came_from = self._case_came_from
        if came_from is self.agenda_page:
            self.sidebar.setCurrentRow(1)
            self.stack.setCurrentWidget(self.agenda_page)
            self.agenda_page.table.setFocus()
        elif came_from is self._worker_page and self._worker_page is not None:
            self.stack.setCurrentWidget(self._worker_page)
            self._worker_page.reload()
        elif self._case_page is not None and self._case_page.case is not None:
            self.open_worker(self._case_page.case.worker_id)
        else:
            self.show_list()

    def _offer_undo(self, removed: object) -> None:
        """A removal can be undone for a few seconds: «Annulla» in the status bar, or
        Ctrl+Z."""
        self._undoable = removed
        self.undo_button.setVisible(True)
        from welfare_desk.catalogue.enrollments import CancelledEnrollment
        from welfare_desk.catalogue.vouchers import CancelledVoucher

        if isinstance(removed, CancelledEnrollment):
            kind = "enrollment"
        elif isinstance(removed, CancelledVoucher):
            kind = "voucher"
        else:
            kind = getattr(removed, "kind", "")
        said = {
            "enrollment": self.tr("Enrollment cancelled."),
            "voucher": self.tr("Voucher cancelled."),
            "contact": self.tr("Contact removed."),
            "need": self.tr("Need removed."),
            "goal": self.tr("Goal removed."),
            "action": self.tr("Action removed."),
            "health_fund": self.tr("Draft request removed."),
            "smart_working": self.tr("Draft request removed."),
        }.get(kind, self.tr("Removed."))
        self.statusBar().showMessage(said, UNDO_MS)
        self._undo_timer.start(UNDO_MS)

    def _undo_expired(self) -> None:
        self._undoable = None
        self.undo_button.setVisible(False)

    def undo(self) -> None:
        removed = self._undoable
        if removed is None:
            return
        self._undo_expired()

        def job(uow: Any) -> None:
            from welfare_desk.cases.casework import Removed, restore_removed
            from welfare_desk.catalogue.enrollments import CancelledEnrollment, undo_cancel
            from welfare_desk.catalogue.vouchers import CancelledVoucher, undo_cancel_voucher

            if isinstance(removed, Removed):
                restore_removed(uow, removed)
            elif isinstance(removed, CancelledEnrollment):
                undo_cancel(uow, removed)
            elif isinstance(removed, CancelledVoucher):
                undo_cancel_voucher(uow, removed, uow.clock.today())

        def done(_result: object) -> None:
            self.context.changed()
            if self._worker_page is not None:
                self._worker_page.reload()
            if self._case_page is not None and self._case_page.case is not None:
                self._case_page.reload()
            for page in (self._requests_page, self._catalogue_page, self._budgets_page):
                if page is not None:
                    page.refresh()
            self.statusBar().showMessage(self.tr("Restored."), 10000)

        def failed(error: Exception) -> None:
            self.statusBar().showMessage(getattr(error, "message", type(error).__name__), 10000)

        self.context.runner.run(self.context.in_store(job), done, failed)

    def _worker_missing(self, message: str) -> None:
        self.show_list()
        self.statusBar().showMessage(message, 10000)

    def edit_worker(self, worker: WorkerDetail | None) -> None:
        from welfare_desk.gui.dialogs.worker_editor import WorkerEditor

        editor = WorkerEditor(self.context, worker, self)
        editor.saved.connect(self._saved)
        editor.open_existing.connect(self.open_worker)
        editor.open()

    def _saved(self, result: SaveResult) -> None:
        self.context.changed()
        self.open_worker(result.worker.id)
        if result.warnings:
            self.statusBar().showMessage(
                self.tr("Saved, with warnings: %1").replace(
                    "%1", " ".join(w.message for w in result.warnings)
                ),
                15000,
            )
        else:
            self.statusBar().showMessage(self.tr("Saved."), 5000)

    def quick_intake(self) -> QuickIntake:
        from welfare_desk.gui.dialogs.quick_intake import QuickIntake

        dialog = QuickIntake(self.context, self)
        dialog.recorded.connect(self._intake_recorded)
        dialog.open()
        return dialog

    def quick_intake_for(self, worker_id: uuid.UUID, label: str) -> None:
        self.quick_intake().for_worker(worker_id, label)

    def _intake_recorded(self, recorded: Recorded) -> None:
        # The worker's story first, the list behind it after: the store thread runs jobs
        # in order, and the operator is looking at the story.
        self.statusBar().showMessage(self.tr("Contact recorded."), 5000)
        page = self._worker_page
        if page is not None and self.stack.currentWidget() is page:
            page.add_contact(recorded.worker_id, recorded.contact)  # at once, then reloaded
        self.open_worker(recorded.worker_id)
        self.workers_page.refresh()
        if self.stack.currentWidget() is self.agenda_page:
            self.agenda_page.refresh()

    def open_import(self, kind: str) -> None:
        from welfare_desk.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, kind, self)
        wizard.finished.connect(lambda _code: self.context.changed())
        wizard.open()

    def import_profiles(self) -> None:
        from welfare_desk.gui.dialogs.profiles_dialog import ProfilesDialog

        ProfilesDialog(self.context, self).open()

    def import_benefits(self) -> None:
        from welfare_desk.gui.dialogs.benefits_import_dialog import BenefitsImportDialog

        BenefitsImportDialog(self.context, self).open()

    def _watch_idle(self) -> None:
        try:
            minutes = int(self.context.settings.get(settings.IDLE_LOCK_MINUTES))
        except (TypeError, ValueError):  # a hand-edited settings file
            minutes = settings.IDLE_LOCK_MINUTES.default
        app = QApplication.instance()
        if self.context.signed_in is None or minutes <= 0 or app is None:
            return
        self._idle.setInterval(minutes * 60_000)
        app.installEventFilter(self._activity)
        self._idle.start()

    def lock(self) -> None:
        """Hides everything until the operator who signed in types the password again;
        anyone else quits. A store without operators has no one to lock for."""
        signed = self.context.signed_in
        if signed is None:
            self.statusBar().showMessage(
                self.tr(
                    "This store has no operators, so the desk cannot lock: create the "
                    "first administrator (welfare-desk init --admin NAME)."
                ),
                10000,
            )
            return
        if self._locked:
            return
        from welfare_desk.gui.dialogs.sign_in_dialog import LockDialog

        self._locked = True
        self._idle.stop()
        self.central.hide()
        dialog = LockDialog(self.context, signed.login, self)
        dialog.signed_in.connect(lambda _signed: self._unlock())
        dialog.rejected.connect(self.close)
        dialog.open()

    @property
    def locked(self) -> bool:
        return self._locked

    def _unlock(self) -> None:
        self._locked = False
        self.central.show()
        if self._idle.interval() > 0:  # 0: never set, the desk does not lock on its own
            self._idle.start()

    def change_password(self) -> None:
        from welfare_desk.gui.dialogs.sign_in_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.context, self)
        dialog.signed_in.connect(
            lambda _s: self.statusBar().showMessage(self.tr("Password changed."), 10000)
        )
        dialog.open()

    def _open_person(self, missing: str = "") -> Any:
        """The worker whose page is on screen, or None, said in the status bar."""
        page = self._worker_page
        worker = page.worker if page is not None else None
        if worker is None or self.stack.currentWidget() is not page:
            self.statusBar().showMessage(missing or self.tr("Open the person's page first."), 10000)
            return None
        return worker

    def edit_privacy(self) -> None:
        from welfare_desk.gui.dialogs.privacy_dialog import PrivacyDialog

        worker = self._open_person()
        if worker is not None:
            who = f"{worker.name} {worker.surname}"
            dialog = PrivacyDialog(self.context, worker.id, who, self)
            dialog.erased.connect(lambda whole: self._person_erased(whole, dialog))
            dialog.open()

    def _person_erased(self, whole: bool, dialog: QDialog) -> None:
        """After an erasure the person's page shows what is left, or nothing at all."""
        if whole:
            for child in dialog.findChildren(QDialog):
                child.close()
            dialog.close()
            self.show_list()
            self.workers_page.refresh()
            self.statusBar().showMessage(self.tr("The person's data were erased."), 10000)
        elif self._worker_page is not None and self._worker_page.worker is not None:
            self._worker_page.show_worker(self._worker_page.worker.id)

    def print_person(self) -> None:
        """Everything about the worker on screen as a PDF they can read (art. 15 GDPR),
        previewed first; the reason goes to the audit."""
        from PySide6.QtWidgets import QInputDialog

        # Imported here, on the UI thread: see preview_pdf.
        from welfare_desk.documents.output import as_bytes
        from welfare_desk.documents.person_pdf import write_person
        from welfare_desk.gui.dialogs.pdf_preview import preview_pdf

        worker = self._open_person(self.tr("Open the person's page first, then print their data."))
        if worker is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Print the person's data"),
            self.tr("Why (e.g. the person's request of 2 December)? It goes to the audit."),
        )
        if not ok:
            return
        code = worker.codice_fiscale

        def job(uow: Any) -> bytes:
            from welfare_desk.registry.subject_access import person_document

            document = person_document(uow, code, reason)
            return as_bytes(lambda out: write_person(out, document))

        preview_pdf(
            self.context,
            self,
            self.context.in_store(job),
            self.tr("The person's data"),
            "dati-persona.pdf",
        )

    def export_person(self) -> None:
        """Everything about the worker on screen, as JSON, for their access or
        portability request (artt. 15 and 20 GDPR); the reason goes to the audit."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        worker = self._open_person(self.tr("Open the person's page first, then export their data."))
        if worker is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Export the person's data"),
            self.tr("Why? (e.g. the person's request of 1/12)"),
        )
        if not ok:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the person's data"),
            str(Path.home() / f"dati-{worker.codice_fiscale}.json"),
            self.tr("JSON file (*.json)"),
        )
        if not chosen:
            return
        code, path = worker.codice_fiscale, Path(chosen)

        def job(uow: Any) -> Path:
            from welfare_desk.registry.subject_access import export_person

            return export_person(uow, code, path, reason)

        self.context.runner.run(
            self.context.in_store(job),
            lambda saved: self.statusBar().showMessage(
                self.tr("The person's data is saved in %1.").replace("%1", str(saved)), 15000
            ),
            lambda error: self._task_failed(self.context.runner.describe(error)),
        )

    def show_audit(self) -> None:
        from welfare_desk.gui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.context, self).open()

    def show_retention(self) -> None:
        from welfare_desk.gui.dialogs.retention_dialog import RetentionDialog

        RetentionDialog(self.context, self).open()

    def edit_operators(self) -> None:
        from welfare_desk.gui.dialogs.operators_dialog import OperatorsDialog

        OperatorsDialog(self.context, self).open()

    def edit_employers(self) -> None:
        from welfare_desk.gui.dialogs.employers_dialog import EmployersDialog

        EmployersDialog(self.context, self).open()

    def _data_changed(self) -> None:
        self.workers_page.refresh()
        if self.sync_bar.state is not None and self.sync_bar.state.replica:
            self.sync_bar.refresh()  # one more change waits to go out
        if self._worker_page is not None and self.stack.currentWidget() is self._worker_page:
            self._worker_page.reload()
        if self.stack.currentWidget() is self.agenda_page:
            self.agenda_page.refresh()
        if self._budgets_page is not None and self.stack.currentWidget() is self._budgets_page:
            self._budgets_page.refresh()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Welfare Desk"),
            self.tr("Welfare Desk %1\nThe desk of company welfare programmes.").replace(
                "%1", __version__
            ),
        )

    def _task_failed(self, message: str) -> None:
        """Work that failed with nobody else to tell: said at once, never only logged."""
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("The operation did not succeed"), message, parent=self
        )
        box.setObjectName("taskFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.setVisible(False)

    # Window state

    def _restore(self) -> None:
        geometry = self.context.settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.sidebar.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.set(settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.context.settings.sync()
        super().closeEvent(event)
