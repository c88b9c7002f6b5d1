"""The catalogue: every edition with its places at a glance, its service and who is in."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from welfare_desk.domain.catalogue import Period
from welfare_desk.domain.money import format_euro
from welfare_desk.gui.confirm import ask_reason, cancelled_text, confirm
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.flow_layout import FlowLayout, keep_tall_enough
from welfare_desk.gui.formatting import short_date
from welfare_desk.gui.labels import ENROLLMENT_STATUS_NAMES, PERIOD_NAMES, name_of
from welfare_desk.gui.page_body import PageBody, scrolled
from welfare_desk.gui.small_models import ListTableModel, plain_table
from welfare_desk.gui.styled import styled

if TYPE_CHECKING:
    from welfare_desk.catalogue.enrollments import EnrollmentView
    from welfare_desk.catalogue.offer import CataloguePage as Page
    from welfare_desk.catalogue.offer import CatalogueRow, ServiceDetail

FULL = QColor("#b3261e")


class CatalogueModel(ListTableModel["CatalogueRow"]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 3:
            return None if self.rows[index.row()].places_left else QBrush(FULL)
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column()
            in (
                3,
                4,
                5,
            )
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class CataloguePage(QWidget):
    open_worker = Signal(uuid.UUID)
    cancelled = Signal(object)  # what an undo needs: the window offers it (#17)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ServiceDetail | None = None
        self._enrolled_edition: uuid.UUID | None = None  # whose enrollments are listed
        self._build_filters()
        self._build_tables()
        self._lay_out()
        self._connect()
        self._fill_filters()
        self._retranslate()
        self._enable()

    def _build_filters(self) -> None:
        self.title = styled(QLabel(), "PageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.category = QComboBox()
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category)
        self.period = QComboBox()
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        for combo in (self.category, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.with_places = QCheckBox()
        self.past_too = QCheckBox()
        self.new_provider_button = QPushButton()
        self.edit_provider_button = QPushButton()
        self.agreement_button = QPushButton()
        self.new_service_button = QPushButton()
        self.edit_service_button = QPushButton()
        self.new_edition_button = QPushButton()
        self.edit_edition_button = QPushButton()
        self.handout_button = QPushButton()
        self.summary = styled(QLabel(), "Muted")

    def _build_tables(self) -> None:
        self.model = CatalogueModel(
            [
                lambda r: r.service_name,
                lambda r: r.edition_title,
                lambda r: f"{short_date(r.starts_on)} – {short_date(r.ends_on)}",
                self._places,
                lambda r: str(r.waiting) if r.waiting else "",
                lambda r: format_euro(r.price_cents),
                lambda r: r.municipality or "",
                lambda r: r.provider_name,
                lambda r: name_of(PERIOD_NAMES, r.period),
            ]
        )
        self.table = plain_table(self.model)
        self.service_box = QGroupBox()
        self.service_text = QLabel()
        self.service_text.setWordWrap(True)
        self.service_text.setTextFormat(Qt.TextFormat.PlainText)  # providers' words, as typed
        self.service_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.service_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        service_scroll = QScrollArea()
        service_scroll.setWidgetResizable(True)
        service_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        service_scroll.setWidget(self.service_text)
        QVBoxLayout(self.service_box).addWidget(service_scroll)
        self.enrolled_box = QGroupBox()
        self.enrolled: ListTableModel[EnrollmentView] = ListTableModel(
            [
                lambda e: e.person,
                lambda e: name_of(ENROLLMENT_STATUS_NAMES, e.status),
                self._attendance,
            ]
        )
        self.enrolled_view = plain_table(self.enrolled)
        self.cancel_button = QPushButton()
        self.register_button = QPushButton()
        self.attended_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        enrolled_buttons = FlowLayout()
        enrolled_buttons.addWidget(self.cancel_button)
        enrolled_buttons.addWidget(self.register_button)
        enrolled_buttons.addWidget(self.attended_button)
        self.enrolled_edition = styled(QLabel(), "Muted")
        self.enrolled_edition.setWordWrap(True)
        enrolled_layout = QVBoxLayout(self.enrolled_box)
        enrolled_layout.addWidget(self.enrolled_edition)
        enrolled_layout.addWidget(self.enrolled_view, 1)
        enrolled_layout.addLayout(enrolled_buttons)
        enrolled_layout.addWidget(self.message)
        keep_tall_enough(self.enrolled_box)

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.search_label, 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(self.category_label, 1, 0)
        filters.addWidget(self.category, 1, 1)
        filters.addWidget(self.period_label, 1, 2)
        filters.addWidget(self.period, 1, 3)
        # The two ticks on a row of their own: beside the filters they made the page
        # 943 px wide at 14 points (#17).
        ticks = FlowLayout()
        ticks.addWidget(self.with_places)
        ticks.addWidget(self.past_too)
        filters.addLayout(ticks, 2, 1, 1, 3)
        for combo in (self.category, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)
        filters.setHorizontalSpacing(10)
        # The buttons wrap as the window narrows or the font grows: in one fixed row the
        # eight made the page 1,250 px wide, and the window grew to 1,440 (#17).
        buttons = FlowLayout()
        for button in (
            self.new_provider_button,
            self.edit_provider_button,
            self.agreement_button,
            self.new_service_button,
            self.edit_service_button,
            self.new_edition_button,
            self.edit_edition_button,
            self.handout_button,
        ):
            buttons.addWidget(button)
        lower = QSplitter()
        lower.addWidget(self.service_box)
        lower.addWidget(self.enrolled_box)
        lower.setChildrenCollapsible(False)
        lower.setSizes([520, 520])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 260])
        # The editions first: at a large font the table kept half a row (#17).
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 6)
        # At a large font the page scrolls rather than make the window taller than the
        # screen (it needed 874 px at 14 points, #17).
        body = PageBody()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addLayout(filters)
        inner.addLayout(buttons)
        inner.addWidget(split, 1)
        inner.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(scrolled(body), 1)

    def _connect(self) -> None:
        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.category.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.with_places.toggled.connect(lambda _on: self.refresh())
        self.past_too.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.enrolled_view.activated.connect(self._open_worker)
        self.new_service_button.clicked.connect(lambda: self._edit_service(None))
        self.new_provider_button.clicked.connect(self._new_provider)
        self.edit_provider_button.clicked.connect(self._edit_provider)
        self.agreement_button.clicked.connect(self._new_agreement)
        self.edit_service_button.clicked.connect(lambda: self._edit_service(self.detail))
        self.new_edition_button.clicked.connect(lambda: self._edit_edition(new=True))
        self.edit_edition_button.clicked.connect(lambda: self._edit_edition(new=False))
        self.handout_button.clicked.connect(self._handout)
        self.cancel_button.clicked.connect(self._cancel)
        self.attended_button.clicked.connect(self._attended)
        self.register_button.clicked.connect(self._register)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

    # Texts

    def _fill_filters(self) -> None:
        from welfare_desk.reference import need_taxonomy

        self.category.addItem("", None)
        for code, label in need_taxonomy().categories:
            self.category.addItem(label, code)
        self.period.addItem("", None)
        for period in Period:
            self.period.addItem("", period.value)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Service catalogue"))
        self.search_label.setText(self.tr("&Search"))
        self.search.setPlaceholderText(self.tr("service, provider, place…"))
        self.category_label.setText(self.tr("&Category"))
        self.category.setItemText(0, self.tr("All categories"))
        self.period_label.setText(self.tr("&Period"))
        self.period.setItemText(0, self.tr("All periods"))
        for index in range(1, self.period.count()):
            self.period.setItemText(index, name_of(PERIOD_NAMES, self.period.itemData(index)))
        self.with_places.setText(self.tr("Only with places &free"))
        self.past_too.setText(self.tr("Also edi&tions already over"))
        self.new_provider_button.setText(self.tr("New &provider…"))
        self.handout_button.setText(self.tr("Handout for a &welfare day…"))
        self.handout_button.setToolTip(
            self.tr("The catalogue by area, with prices and QR codes, to print in hundreds")
        )
        self.edit_provider_button.setText(self.tr("Edit pro&vider…"))
        self.edit_provider_button.setToolTip(self.tr("The provider of the chosen service"))
        self.agreement_button.setText(self.tr("New a&greement…"))
        self.agreement_button.setToolTip(
            self.tr("An agreement with the provider of the chosen service")
        )
        self.new_service_button.setText(self.tr("&New service…"))
        self.edit_service_button.setText(self.tr("&Edit service…"))
        self.new_edition_button.setText(self.tr("New e&dition…"))
        self.edit_edition_button.setText(self.tr("Edit ed&ition…"))
        self.cancel_button.setText(self.tr("Cancel the en&rollment"))
        self.attended_button.setText(self.tr("Mark as &attended"))
        self.register_button.setText(self.tr("Attendance &register…"))
        self.attended_button.setToolTip(self.tr("At least 80% of the meetings attended"))
        self.table.setAccessibleName(self.tr("Editions of the catalogue"))
        self.enrolled_view.setAccessibleName(self.tr("People enrolled in the edition"))
        self.service_box.setTitle(self.tr("Service"))
        self.enrolled_box.setTitle(self.tr("Enrolled"))
        self.model.set_headers(
            [
                self.tr("Service"),
                self.tr("Edition"),
                self.tr("Dates"),
                self.tr("Places free"),
                self.tr("Waiting"),
                self.tr("Worker price"),
                self.tr("Where"),
                self.tr("Provider"),
                self.tr("Period"),
            ]
        )
        self.enrolled.set_headers([self.tr("Person"), self.tr("Status"), self.tr("Attendance")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _places(self, row: CatalogueRow) -> str:
        return f"{row.places_left} / {row.capacity}"

    def _attendance(self, e: EnrollmentView) -> str:
        if not e.sessions:
            return ""
        return self.tr("%1 of %2").replace("%1", str(e.present)).replace("%2", str(e.sessions))

    # Data

    def _handout(self) -> None:
        from welfare_desk.gui.dialogs.print_dialogs import HandoutDialog

        HandoutDialog(self.context, self).open()

    def refresh(self) -> None:
        from welfare_desk.catalogue.offer import CatalogueFilter

        period = self.period.currentData()
        filters = CatalogueFilter(
            query=self.search.text(),
            category=self.category.currentData(),
            period=Period(period) if period else None,
            only_with_places=self.with_places.isChecked(),
            from_date=None if self.past_too.isChecked() else self.context.clock.today(),
        )
        chosen = self._current()
        keep = chosen.edition_id if chosen else None

        def job(uow: Any) -> Page:
            from welfare_desk.catalogue.offer import list_catalogue

            return list_catalogue(uow, filters)

        def loaded(page: Page) -> None:
            self.model.set_rows(page.rows)
            free = sum(1 for r in page.rows if r.places_left)
            text = (
                self.tr("%Ln edition(s)", "", page.total)
                + ", "
                + self.tr("%Ln with places free.", "", free)
            )
            if page.total > len(page.rows):
                text += " " + self.tr("The first %1 are listed: narrow the search.").replace(
                    "%1", str(len(page.rows))
                )
            self.summary.setText(text)
            rows = [r.edition_id for r in page.rows]
            self.table.selectRow(rows.index(keep) if keep in rows else 0)
            self._chosen()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _current(self) -> CatalogueRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _chosen(self) -> None:
        row = self._current()
        if row is None:
            self.detail = None
            self.service_text.clear()
            self.enrolled.set_rows([])
            self.enrolled_edition.clear()
            self._enable()
            return
        service_id, edition_id = row.service_id, row.edition_id
        # Until the new row's details arrive, the buttons must not act on the last one's.
        if self.detail is not None and self.detail.id != service_id:
            self.detail = None
            self.service_text.clear()
        if self._enrolled_edition != edition_id:
            self.enrolled.set_rows([])
        self._enable()

        def job(uow: Any) -> tuple[ServiceDetail, list[EnrollmentView]]:
            from welfare_desk.catalogue.enrollments import edition_enrollments
            from welfare_desk.catalogue.offer import service_detail

            return service_detail(uow, service_id), edition_enrollments(uow, edition_id)

        def loaded(found: tuple[ServiceDetail, list[EnrollmentView]]) -> None:
            current = self._current()
            if current is None or current.edition_id != edition_id:
                return
            self.detail = found[0]
            self.enrolled.set_rows(found[1])
            self._enrolled_edition = edition_id
            # The edition's name under the box's title, wrapped: in the title a long one
            # widened the page beyond a 1024-pixel screen at 14 points (#17).
            self.enrolled_edition.setText(current.edition_title)
            self.service_text.setText(self._describe(found[0]))
            self._enable()

        self.context.runner.run(self.context.in_store(job), loaded, self._failed)

    def _describe(self, detail: ServiceDetail) -> str:
        from welfare_desk.catalogue.offer import category_label
        from welfare_desk.gui.labels import AUDIENCE_NAMES, PRICE_MODEL_NAMES
        from welfare_desk.reference import tax_classes

        data = detail.data
        ages = ""
        if data.min_age is not None or data.max_age is not None:
            ages = (
                self.tr(", ages %1–%2")
                .replace("%1", "0" if data.min_age is None else str(data.min_age))
                .replace("%2", "…" if data.max_age is None else str(data.max_age))
            )
        lines = [
            f"{data.name} — {detail.provider.name}",
            category_label(data.category),
            self.tr("Audience: %1%2")
            .replace("%1", name_of(AUDIENCE_NAMES, data.audience))
            .replace("%2", ages),
            ", ".join(x for x in (data.address, data.municipality) if x),
            name_of(PRICE_MODEL_NAMES, data.price_model)
            + (
                " · " + self.tr("voucher %1").replace("%1", format_euro(data.voucher_value_cents))
                if data.voucher_value_cents
                else ""
            ),
            tax_classes()[data.tax_class].label if data.tax_class in tax_classes() else "",
        ]
        if data.inclusion_support:
            lines.append(self.tr("Inclusion support: an educator for children who need one"))
        contact = ", ".join(x for x in (detail.provider.email, detail.provider.phone) if x)
        if contact:
            lines.append(self.tr("Provider: %1").replace("%1", contact))
        today = self.context.clock.today()
        for agreement in detail.agreements:
            if agreement.in_force(today):
                until = short_date(agreement.valid_to) if agreement.valid_to else "…"
                lines.append(
                    self.tr("Agreement: %1 (%2 – %3)")
                    .replace("%1", agreement.title)
                    .replace("%2", short_date(agreement.valid_from))
                    .replace("%3", until)
                )
                if agreement.rates:
                    lines.append(self.tr("Rates: %1").replace("%1", agreement.rates))
                if agreement.contact:
                    lines.append(self.tr("Contact: %1").replace("%1", agreement.contact))
        if data.description:
            lines.append(data.description)
        return "\n".join(line for line in lines if line)

    def _enable(self) -> None:
        has_row = self._current() is not None
        self.edit_service_button.setEnabled(has_row and self.detail is not None)
        self.new_edition_button.setEnabled(has_row and self.detail is not None)
        self.agreement_button.setEnabled(has_row and self.detail is not None)
        self.edit_provider_button.setEnabled(has_row and self.detail is not None)
        self.edit_edition_button.setEnabled(has_row and self.detail is not None)

    # Changes

    def _edit_service(self, detail: ServiceDetail | None) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import ServiceDialog

        dialog = ServiceDialog(self.context, detail, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _new_agreement(self) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import AgreementDialog

        if self.detail is None:
            return
        provider = self.detail.provider
        dialog = AgreementDialog(self.context, provider.id, provider.name, self)
        dialog.saved.connect(self._chosen)
        dialog.open()

    def _edit_provider(self) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import ProviderDialog

        if self.detail is None:
            return
        dialog = ProviderDialog(self.context, self, self.detail.provider.id)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _new_provider(self) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import ProviderDialog

        dialog = ProviderDialog(self.context, self)
        dialog.saved.connect(lambda: self._say(self.tr("Provider saved."), False))
        dialog.open()

    def _edit_edition(self, new: bool) -> None:
        from welfare_desk.gui.dialogs.offer_dialogs import EditionDialog

        row = self._current()
        if self.detail is None or row is None:
            return
        dialog = EditionDialog(self.context, self.detail, None if new else row.edition_id, self)
        dialog.saved.connect(self._saved)
        dialog.open()

    def _saved(self) -> None:
        self.message.clear()
        self.context.changed()
        self.refresh()

    def _chosen_enrollment(self) -> EnrollmentView | None:
        row = self.enrolled_view.currentIndex().row()
        return self.enrolled.rows[row] if 0 <= row < len(self.enrolled.rows) else None

    def _cancel(self) -> None:
        chosen = self._chosen_enrollment()
        if chosen is None:
            self._say(self.tr("Choose a person in the list first."), True)
            return
        question = self.tr("Cancel the enrollment of %1?").replace("%1", chosen.person)
        if not confirm(self, self.tr("Cancel the enrollment"), question):
            return
        reason = ask_reason(
            self,
            self.tr("Cancel the enrollment"),
            self.tr("Why is the enrollment cancelled? The history keeps it."),
        )
        if reason is None:
            return

        def job(uow: Any) -> Any:
            from welfare_desk.catalogue.enrollments import cancel

            return cancel(uow, chosen.id, chosen.version, reason)

        def done(outcome: Any) -> None:
            head = self.tr("Enrollment of %1 cancelled.").replace("%1", chosen.person)
            self._say(cancelled_text(outcome, head), False)
            self.cancelled.emit(outcome.undo)
            self.context.changed()
            self.refresh()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _attended(self) -> None:
        chosen = self._chosen_enrollment()
        if chosen is None:
            self._say(self.tr("Choose a person in the list first."), True)
            return

        def job(uow: Any) -> None:
            from welfare_desk.catalogue.enrollments import mark_attended

            mark_attended(uow, chosen.id, chosen.version)

        def done(_none: None) -> None:
            self._say(self.tr("%1: attended.").replace("%1", chosen.person), False)
            self._chosen()

        self.context.runner.run(self.context.in_store(job), done, self._failed)

    def _register(self) -> None:
        from welfare_desk.gui.dialogs.attendance_dialog import AttendanceDialog

        row = self._current()
        if row is None:
            return
        dialog = AttendanceDialog(self.context, row.edition_id, row.edition_title, self)
        dialog.saved.connect(self._chosen)
        dialog.open()

    def _open_worker(self, index: Any) -> None:
        self.open_worker.emit(self.enrolled.rows[index.row()].worker_id)

    def _failed(self, error: Exception) -> None:
        self._say(getattr(error, "message", type(error).__name__), True)

    def _say(self, text: str, problem: bool) -> None:
        self.message.setProperty("problem", "error" if problem else "")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
