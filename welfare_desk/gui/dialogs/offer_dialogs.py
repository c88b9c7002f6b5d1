"""The catalogue's and the money's dialogs: a service, an edition, a budget, a voucher."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from welfare_desk.domain.catalogue import Audience, EditionStatus, Period, PriceModel, ServiceKind
from welfare_desk.domain.categories import Category
from welfare_desk.domain.money import format_euro, parse_euro
from welfare_desk.domain.problems import DomainError
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.dialogs.saving import SavingDialog
from welfare_desk.gui.dialogs.screen_fit import fit_screen
from welfare_desk.gui.forms.agreement_dialog_ui import Ui_AgreementDialog
from welfare_desk.gui.forms.allowances_dialog_ui import Ui_AllowancesDialog
from welfare_desk.gui.forms.budget_dialog_ui import Ui_BudgetDialog
from welfare_desk.gui.forms.edition_dialog_ui import Ui_EditionDialog
from welfare_desk.gui.forms.provider_dialog_ui import Ui_ProviderDialog
from welfare_desk.gui.forms.service_dialog_ui import Ui_ServiceDialog
from welfare_desk.gui.forms.voucher_dialog_ui import Ui_VoucherDialog
from welfare_desk.gui.labels import (
    AUDIENCE_NAMES,
    PERIOD_NAMES,
    PRICE_MODEL_NAMES,
    SERVICE_KIND_NAMES,
    name_of,
)
from welfare_desk.gui.qdates import pydate, qdate

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
MAX_MEETINGS = 300  # a school year of working days; a register longer than that is no register

if TYPE_CHECKING:
    from welfare_desk.catalogue.matching import MatchView
    from welfare_desk.catalogue.offer import ServiceDetail, ServiceInput
    from welfare_desk.catalogue.vouchers import BudgetView, Issued, VoucherTerms


def _fill(combo: QComboBox, names: dict[Any, str], chosen: object = None) -> None:
    for code in names:
        combo.addItem(name_of(names, code.value), code.value)
    if chosen is not None:
        combo.setCurrentIndex(max(0, combo.findData(chosen)))


def _cents(edit: QLineEdit, required: bool = False) -> int | None:
    """The euro typed in a field, or DomainError with what is wrong (Italian)."""
    text = edit.text().strip()
    if not text:
        if required:
            raise DomainError("amount", "Scrivi l'importo in euro, ad esempio 120,00.")
        return None
    return parse_euro(text)


def _euro_text(cents: int | None) -> str:
    return "" if cents is None else format_euro(cents).removesuffix(" €")


class VoucherDialog(SavingDialog):
    """Issues a nominal voucher for a matched service, from a budget with money left;
    stops and asks before the year's fringe-benefit threshold is crossed."""

    def __init__(
        self, context: DeskContext, worker_id: uuid.UUID, match: MatchView, parent: QWidget | None
    ) -> None:
        super().__init__(context, parent)
        self.worker_id, self.match = worker_id, match
        self.ui = Ui_VoucherDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.ui.buttons.button(self.ui.buttons.StandardButton.Save).setText(self.tr("&Issue"))
        self.ui.forValue.setText(match.person)
        self.ui.serviceValue.setText(f"{match.service_name} – {match.edition_title}")
        self.issued: Issued | None = None
        from welfare_desk.domain.fringe import tax_years

        today = context.clock.today()
        self._years = tax_years(today)
        self.ui.previousYearCheck.setVisible(len(self._years) > 1)
        self.ui.previousYearCheck.setText(
            self.tr("Counts for the &year %1 (given by 12 January)").replace(
                "%1", str(today.year - 1)
            )
        )

        def job(uow: Any) -> tuple[list[BudgetView], VoucherTerms]:
            from welfare_desk.catalogue.vouchers import usable_budgets, voucher_terms

            today = uow.clock.today()
            terms = voucher_terms(uow, worker_id, match.service_id, today)
            return usable_budgets(uow, worker_id, today), terms

        context.runner.run(context.in_store(job), self._loaded, self._failed)
        self.ui.budgetCombo.setFocus()
        fit_screen(self, parent)  # as tall as a large font needs (#17)

    def _loaded(self, loaded: tuple[list[BudgetView], VoucherTerms]) -> None:
        budgets, terms = loaded
        for budget in budgets:
            self.ui.budgetCombo.addItem(
                self.tr("%1 – %2 available")
                .replace("%1", budget.name)
                .replace("%2", format_euro(budget.balance_cents)),
                str(budget.id),
            )
        if not budgets:
            self._status.setText(
                self.tr("No budget has money left today: create or top up one in Budgets.")
            )
        self.ui.valueEdit.setText(_euro_text(terms.value_cents))
        notes = [terms.tax_label]
        if terms.fringe is not None:
            notes.append(terms.fringe.message)
            self.ui.fringeText.setProperty(
                "problem", "warning" if terms.fringe.level != "within" else ""
            )
        self.ui.fringeText.setText("\n".join(notes))

    def save(self, accept_over: bool = False) -> None:
        chosen = self.ui.budgetCombo.currentData()
        if not chosen:
            self._refuse(
                self.tr("Choose the budget the voucher is drawn from."), self.ui.budgetCombo
            )
            return
        try:
            value = _cents(self.ui.valueEdit, required=True)
        except DomainError as wrong:
            self._refuse(wrong.message, self.ui.valueEdit)
            return
        match, worker_id, budget = self.match, self.worker_id, uuid.UUID(chosen)
        tax_year = self._years[-1] if self.ui.previousYearCheck.isChecked() else None

        def job(uow: Any) -> Issued:
            from welfare_desk.catalogue.vouchers import VoucherInput, issue_voucher

            data = VoucherInput(
                worker_id,
                match.service_id,
                budget,
                value,
                member_id=match.member_id,
                edition_id=match.edition_id,
                tax_year=tax_year,
            )
            return issue_voucher(uow, data, uow.clock.today(), accept_over_threshold=accept_over)

        self._run(job)

    def _done(self, result: object) -> None:
        from welfare_desk.catalogue.vouchers import Issued

        if isinstance(result, Issued):
            self.issued = result
        super()._done(result)

    def _failed(self, error: Exception) -> None:
        from welfare_desk.catalogue.vouchers import FringeOverThreshold

        if isinstance(error, FringeOverThreshold):
            self._buttons.setEnabled(True)
            answer = QMessageBox.warning(
                self,
                self.tr("Fringe-benefit threshold"),
                error.message + "\n\n" + self.tr("Issue the voucher all the same?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save(accept_over=True)
            else:
                self._status.setText(error.message)
            return
        super()._failed(error)


class EditionDialog(SavingDialog):
    def __init__(
        self,
        context: DeskContext,
        service: ServiceDetail,
        edition_id: uuid.UUID | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(context, parent)
        self.service, self.edition_id = service, edition_id
        self.ui = Ui_EditionDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        edition = next((e for e in service.editions if e.id == edition_id), None)
        self.version = edition.version if edition else None
        _fill(self.ui.periodCombo, PERIOD_NAMES, edition.period if edition else Period.SUMMER.value)
        self.ui.statusCombo.addItem(self.tr("open"), EditionStatus.OPEN.value)
        self.ui.statusCombo.addItem(self.tr("closed"), EditionStatus.CLOSED.value)
        self.ui.sessionsCombo.addItem(
            self.tr("one each working day, from the first to the last day"), "daily"
        )
        self.ui.sessionsCombo.addItem(self.tr("one a week, on the first day's weekday"), "weekly")
        self.ui.sessionsCombo.addItem(self.tr("none: attendance is not recorded"), "none")
        start = edition.starts_on if edition else context.clock.today() + timedelta(days=30)
        end = edition.ends_on if edition else start + timedelta(days=4)
        self.ui.startEdit.setDate(qdate(start))
        self.ui.endEdit.setDate(qdate(end))
        self.ui.capacitySpin.setValue(edition.capacity if edition else 20)
        if edition:
            self.ui.titleEdit.setText(edition.title)
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(edition.status))
            if not edition.session_days:
                self.ui.sessionsCombo.setCurrentIndex(2)
            elif (
                len(edition.session_days) > 1
                and (edition.session_days[1] - edition.session_days[0]).days == 7
            ):
                self.ui.sessionsCombo.setCurrentIndex(1)
        self.setWindowTitle(
            (self.tr("Edition of %1") if edition else self.tr("New edition of %1")).replace(
                "%1", service.data.name
            )
        )
        self.ui.titleEdit.setFocus()
        # The meetings stay as they are unless the dates or their pattern change.
        self.kept_days = edition.session_days if edition else ()
        self._as_opened = self._pattern()
        fit_screen(self, parent)  # a long form scrolls at a large font (#17)

    def _pattern(self) -> tuple[QDate, QDate, str]:
        return (
            self.ui.startEdit.date(),
            self.ui.endEdit.date(),
            self.ui.sessionsCombo.currentData() or "",
        )

    def save(self) -> None:
        from welfare_desk.catalogue.offer import EditionInput

        title = self.ui.titleEdit.text()
        if not title.strip():
            self._refuse(self.tr("Write the title of the edition."), self.ui.titleEdit)
            return
        start, end = pydate(self.ui.startEdit.date()), pydate(self.ui.endEdit.date())
        pattern = self.ui.sessionsCombo.currentData() or ""
        days: tuple[date, ...] = ()
        if self.edition_id is not None and self._pattern() == self._as_opened:
            days = self.kept_days
        elif pattern == "daily" and end >= start:  # working days: a camp's week is Mon–Fri
            every = (start + timedelta(days=n) for n in range((end - start).days + 1))
            days = tuple(d for d in every if d.weekday() < 5)
        elif pattern == "weekly" and end >= start:
            days = tuple(start + timedelta(days=n) for n in range(0, (end - start).days + 1, 7))
        if len(days) > MAX_MEETINGS:
            self._refuse(
                self.tr("%1 meetings are too many to record: choose one a week, or none.").replace(
                    "%1", str(len(days))
                ),
                self.ui.sessionsCombo,
            )
            return
        data = EditionInput(
            self.service.id,
            title,
            Period(self.ui.periodCombo.currentData()),
            start,
            end,
            self.ui.capacitySpin.value(),
            EditionStatus(self.ui.statusCombo.currentData()),
            days,
            180 if days else 0,
        )
        edition_id, version = self.edition_id, self.version

        def job(uow: Any) -> uuid.UUID:
            from welfare_desk.catalogue.offer import save_edition

            return save_edition(uow, data, edition_id, version)

        self._run(job)


class BudgetDialog(SavingDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_BudgetDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        today = context.clock.today()
        self.ui.fromEdit.setDate(qdate(date(today.year, 1, 1)))
        self.ui.toEdit.setDate(qdate(date(today.year, 12, 31)))
        self.ui.partnerCombo.addItem(self.tr("(none)"), None)

        def job(uow: Any) -> list[tuple[str, str]]:
            from welfare_desk.catalogue.offer import providers

            return [(str(p.id), p.name) for p in providers(uow)]

        def loaded(partners: list[tuple[str, str]]) -> None:
            for partner_id, name in partners:
                self.ui.partnerCombo.addItem(name, partner_id)

        context.runner.run(context.in_store(job), loaded, self._failed)
        self.ui.nameEdit.setFocus()

    def save(self) -> None:
        from welfare_desk.catalogue.vouchers import BudgetInput
        from welfare_desk.domain.ledger import BudgetKind

        if not self.ui.nameEdit.text().strip():
            self._refuse(self.tr("Write the name of the budget."), self.ui.nameEdit)
            return
        try:
            amount = _cents(self.ui.amountEdit, required=True) or 0
        except DomainError as wrong:
            self._refuse(wrong.message, self.ui.amountEdit)
            return
        partner = self.ui.partnerCombo.currentData()
        data = BudgetInput(
            BudgetKind.PROGRAMME,
            self.ui.nameEdit.text(),
            pydate(self.ui.fromEdit.date()),
            pydate(self.ui.toEdit.date()),
            amount,
            programme=self.ui.programmeEdit.text().strip() or None,
            action=self.ui.actionEdit.text().strip() or None,
            partner_id=uuid.UUID(partner) if partner else None,
        )

        def job(uow: Any) -> uuid.UUID:
            from welfare_desk.catalogue.vouchers import create_budget

            return create_budget(uow, data)

        self._run(job)


class ServiceDialog(SavingDialog):
    """A service of the catalogue: what, who provides it, for whom, at what price."""

    def __init__(
        self, context: DeskContext, service: ServiceDetail | None, parent: QWidget | None
    ) -> None:
        super().__init__(context, parent)
        self.service = service
        self.ui = Ui_ServiceDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        data = service.data if service else None
        self._add_restrictions(data)
        _fill(self.ui.kindCombo, SERVICE_KIND_NAMES, data.kind if data else None)
        _fill(self.ui.audienceCombo, AUDIENCE_NAMES, data.audience if data else Audience.CHILDREN)
        _fill(self.ui.priceModelCombo, PRICE_MODEL_NAMES, data.price_model if data else None)
        from welfare_desk.reference import need_taxonomy, tax_classes

        taxonomy = need_taxonomy()
        for code, label in taxonomy.categories:
            self.ui.categoryCombo.addItem(label, code)
            for kind in taxonomy.kinds:
                if kind.category == code:
                    self.ui.categoryCombo.addItem(f"    {kind.label}", kind.code)
        for tax in tax_classes().values():
            self.ui.taxCombo.addItem(tax.label, tax.code)
        self.ui.taxCombo.setMinimumContentsLength(30)
        self.ui.taxCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.categoryCombo.setCurrentIndex(
            max(0, self.ui.categoryCombo.findData(data.category if data else "childcare"))
        )
        self.ui.taxCombo.setCurrentIndex(
            max(0, self.ui.taxCombo.findData(data.tax_class if data else "c2_fbis"))
        )
        if data:
            self.ui.nameEdit.setText(data.name)
            self.ui.municipalityEdit.setText(data.municipality or "")
            self.ui.addressEdit.setText(data.address or "")
            self.ui.minAgeSpin.setValue(-1 if data.min_age is None else data.min_age)
            self.ui.maxAgeSpin.setValue(-1 if data.max_age is None else data.max_age)
            self.ui.workerPriceEdit.setText(_euro_text(data.worker_price_cents))
            self.ui.fullPriceEdit.setText(_euro_text(data.full_price_cents))
            self.ui.voucherEdit.setText(_euro_text(data.voucher_value_cents))
            self.ui.inclusionCheck.setChecked(data.inclusion_support)
            self.ui.severalGoodsCheck.setChecked(data.several_goods)
            self.ui.descriptionEdit.setPlainText(data.description or "")
        else:
            self.ui.minAgeSpin.setValue(-1)
            self.ui.maxAgeSpin.setValue(-1)
        self.setWindowTitle(
            self.tr("Service: %1").replace("%1", data.name) if data else self.tr("New service")
        )
        provider = str(service.provider.id) if service else None

        def job(uow: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            from welfare_desk.catalogue.offer import providers
            from welfare_desk.registry.organizations import OrganizationKind, list_organizations

            employers = [
                (str(o.id), o.name)
                for o in list_organizations(uow)
                if o.kind == OrganizationKind.EMPLOYER.value
            ]
            return [(str(p.id), p.name) for p in providers(uow)], employers

        def loaded(found: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
            providers, employers = found
            for provider_id, name in providers:
                self.ui.providerCombo.addItem(name, provider_id)
            if service is not None and self.ui.providerCombo.findData(provider) < 0:
                # Its provider is in the store as another kind of body: keep it, never
                # move the service to whoever comes first in the list.
                self.ui.providerCombo.insertItem(0, service.provider.name, provider)
            self.ui.providerCombo.setCurrentIndex(max(0, self.ui.providerCombo.findData(provider)))
            chosen = {str(e) for e in data.employer_ids} if data else set()
            for employer_id, name in employers:
                item = QListWidgetItem(name, self.employers)
                item.setData(Qt.ItemDataRole.UserRole, employer_id)
                item.setCheckState(CHECKED if employer_id in chosen else UNCHECKED)

        context.runner.run(context.in_store(job), loaded, self._failed)
        self.ui.nameEdit.setFocus()
        fit_screen(self, parent)  # a long form scrolls at a large font (#17)

    def _add_restrictions(self, data: ServiceInput | None) -> None:
        """Who may use the service, beyond ages: the lists a Designer form cannot hold."""
        from welfare_desk.domain.categories import Category
        from welfare_desk.gui.labels import category_name

        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Reserved to these target categories"))
        held = {c.value for c in data.target_categories} if data else set()
        for category in Category:
            item = QListWidgetItem(category_name(category.value), self.categories)
            item.setData(Qt.ItemDataRole.UserRole, category.value)
            item.setCheckState(CHECKED if category.value in held else UNCHECKED)
        self.employers = QListWidget()
        self.employers.setAccessibleName(self.tr("Reserved to the employees of"))
        self.places = QLineEdit(", ".join(data.municipalities) if data else "")
        self.places.setAccessibleName(self.tr("Reserved to residents of"))
        self.places.setPlaceholderText(self.tr("e.g. Lodi, Codogno (empty: anyone)"))
        for widget in (self.categories, self.employers):
            widget.setMaximumHeight(92)
        rows: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Target categ&ories"), self.categories),
            (self.tr("Emp&loyers"), self.employers),
            (self.tr("Re&sidents of"), self.places),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            self.ui.form.insertRow(self.ui.form.rowCount() - 1, label, field)

    def _checked(self, widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == CHECKED
        ]

    def save(self) -> None:
        from welfare_desk.catalogue.offer import ServiceInput

        if not self.ui.nameEdit.text().strip():
            self._refuse(self.tr("Write the name of the service."), self.ui.nameEdit)
            return
        provider = self.ui.providerCombo.currentData()
        if not provider:
            self._refuse(self.tr("Choose the provider."), self.ui.providerCombo)
            return
        try:
            worker = _cents(self.ui.workerPriceEdit)
            full = _cents(self.ui.fullPriceEdit)
            voucher = _cents(self.ui.voucherEdit)
        except DomainError as wrong:
            self._refuse(wrong.message, self.ui.workerPriceEdit)
            return
        kept = self.service.data if self.service else None
        data = ServiceInput(
            name=self.ui.nameEdit.text(),
            provider_id=uuid.UUID(provider),
            category=self.ui.categoryCombo.currentData(),
            tax_class=self.ui.taxCombo.currentData(),
            kind=ServiceKind(self.ui.kindCombo.currentData()),
            description=self.ui.descriptionEdit.toPlainText().strip() or None,
            municipality=self.ui.municipalityEdit.text().strip() or None,
            address=self.ui.addressEdit.text().strip() or None,
            audience=Audience(self.ui.audienceCombo.currentData()),
            min_age=None if self.ui.minAgeSpin.value() < 0 else self.ui.minAgeSpin.value(),
            max_age=None if self.ui.maxAgeSpin.value() < 0 else self.ui.maxAgeSpin.value(),
            target_categories=tuple(Category(c) for c in self._checked(self.categories)),
            employer_ids=tuple(uuid.UUID(e) for e in self._checked(self.employers)),
            municipalities=tuple(m.strip() for m in self.places.text().split(",") if m.strip()),
            inclusion_support=self.ui.inclusionCheck.isChecked(),
            several_goods=self.ui.severalGoodsCheck.isChecked(),
            price_model=PriceModel(self.ui.priceModelCombo.currentData()),
            worker_price_cents=worker,
            full_price_cents=full,
            voucher_value_cents=voucher,
            agreement_id=kept.agreement_id if kept else None,
        )
        service_id = self.service.id if self.service else None
        version = self.service.version if self.service else None

        def job(uow: Any) -> uuid.UUID:
            from welfare_desk.catalogue.offer import save_service

            return save_service(uow, data, service_id, version)

        self._run(job)


class ProviderDialog(SavingDialog):
    """A provider of the network: a cooperative, an association, a municipality."""

    def __init__(
        self, context: DeskContext, parent: QWidget | None, provider_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(context, parent)
        self.provider_id = provider_id
        self.version: int | None = None
        from welfare_desk.registry.organizations import OrganizationKind

        self.ui = Ui_ProviderDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.setWindowTitle(self.tr("New provider"))
        for kind, name in (
            (OrganizationKind.PROVIDER, self.tr("service provider (cooperative, association…)")),
            (OrganizationKind.PUBLIC_BODY, self.tr("public body (municipality, consortium…)")),
            (OrganizationKind.OTHER, self.tr("other")),
        ):
            self.ui.kindCombo.addItem(name, kind.value)
        self.ui.nameEdit.setFocus()
        if provider_id is not None:
            self.setWindowTitle(self.tr("Provider"))

            def job(uow: Any) -> Any:
                from welfare_desk.catalogue.offer import provider_detail

                return provider_detail(uow, provider_id)

            context.runner.run(context.in_store(job), self._loaded, self._failed)

    def _loaded(self, loaded: Any) -> None:
        data, self.version = loaded
        self.ui.nameEdit.setText(data.name)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(data.kind.value)))
        self.ui.municipalityEdit.setText(data.municipality or "")
        self.ui.emailEdit.setText(data.email or "")
        self.ui.phoneEdit.setText(data.phone or "")
        self.ui.vatEdit.setText(data.vat_number or "")
        self.ui.websiteEdit.setText(data.website or "")

    def save(self) -> None:
        from welfare_desk.catalogue.offer import ProviderInput
        from welfare_desk.registry.organizations import OrganizationKind

        if not self.ui.nameEdit.text().strip():
            self._refuse(self.tr("Write the name of the provider."), self.ui.nameEdit)
            return
        data = ProviderInput(
            self.ui.nameEdit.text(),
            OrganizationKind(self.ui.kindCombo.currentData()),
            self.ui.municipalityEdit.text().strip() or None,
            self.ui.emailEdit.text().strip() or None,
            self.ui.phoneEdit.text().strip() or None,
            self.ui.vatEdit.text().strip() or None,
            self.ui.websiteEdit.text().strip() or None,
        )

        provider_id, version = self.provider_id, self.version

        def job(uow: Any) -> uuid.UUID:
            from welfare_desk.catalogue.offer import save_provider

            return save_provider(uow, data, provider_id, version)

        self._run(job)


class AgreementDialog(SavingDialog):
    """A convenzione with the provider: validity, rates, the programme, who to call."""

    def __init__(
        self, context: DeskContext, provider_id: uuid.UUID, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(context, parent)
        self.provider_id = provider_id
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.setWindowTitle(self.tr("New agreement with %1").replace("%1", name))
        today = context.clock.today()
        self.ui.fromEdit.setDate(qdate(date(today.year, 1, 1)))
        self.ui.toEdit.setDate(qdate(date(today.year, 12, 31)))
        self.ui.titleEdit.setFocus()

    def save(self) -> None:
        from welfare_desk.catalogue.offer import AgreementInput

        if not self.ui.titleEdit.text().strip():
            self._refuse(self.tr("Write the title of the agreement."), self.ui.titleEdit)
            return
        data = AgreementInput(
            self.provider_id,
            self.ui.titleEdit.text(),
            pydate(self.ui.fromEdit.date()),
            pydate(self.ui.toEdit.date()),
            self.ui.ratesEdit.toPlainText().strip() or None,
            self.ui.programmeEdit.text().strip() or None,
            contact_name=self.ui.contactEdit.text().strip() or None,
            contact_email=self.ui.emailEdit.text().strip() or None,
            contact_phone=self.ui.phoneEdit.text().strip() or None,
        )

        def job(uow: Any) -> uuid.UUID:
            from welfare_desk.catalogue.offer import save_agreement

            return save_agreement(uow, data)

        self._run(job)


class AllowancesDialog(SavingDialog):
    """An employer's welfare plan for a year: the same allowance for each of its workers."""

    def __init__(self, context: DeskContext, parent: QWidget | None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AllowancesDialog()
        self.ui.setupUi(self)
        self._setup_buttons(self.ui.buttons, self.ui.statusText)
        self.ui.yearSpin.setValue(context.clock.today().year)
        self.granted: tuple[int, int] | None = None

        def job(uow: Any) -> list[tuple[str, str]]:
            from welfare_desk.registry.organizations import OrganizationKind, list_organizations

            return [
                (str(o.id), o.name)
                for o in list_organizations(uow)
                if o.kind == OrganizationKind.EMPLOYER.value
            ]

        def loaded(found: list[tuple[str, str]]) -> None:
            for employer_id, name in found:
                self.ui.employerCombo.addItem(name, employer_id)

        context.runner.run(context.in_store(job), loaded, self._failed)
        self.ui.employerCombo.setFocus()

    def save(self) -> None:
        employer = self.ui.employerCombo.currentData()
        if not employer:
            self._refuse(self.tr("Choose the employer."), self.ui.employerCombo)
            return
        try:
            amount = _cents(self.ui.amountEdit, required=True) or 0
        except DomainError as wrong:
            self._refuse(wrong.message, self.ui.amountEdit)
            return
        year, employer_id = self.ui.yearSpin.value(), uuid.UUID(employer)

        def job(uow: Any) -> tuple[int, int]:
            from welfare_desk.catalogue.vouchers import grant_allowances

            return grant_allowances(uow, employer_id, year, amount)

        self._run(job)

    def _done(self, result: object) -> None:
        if isinstance(result, tuple):
            granted, already = result
            self.granted = (int(granted), int(already))
        super()._done(result)
