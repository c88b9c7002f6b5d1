"""The catalogue, matching and money as a welfare manager uses them, keyboard first."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import TODAY
from tests.gui.keyboard import keys, wait_for_dialog
from tests.helpers import add_camp, add_member, add_worker
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.engine import Store
from welfare_desk.store.uow import UnitOfWork

NEXT_SUMMER = date(TODAY.year + 1, 6, 14)


@pytest.fixture
def family(demo_store: Store) -> dict[str, object]:
    """A camp with two places, a mother in Codogno with a son of 8 and a daughter of 15;
    listed before `window`."""
    service, edition = add_camp(
        demo_store, capacity=2, starts=NEXT_SUMMER, ends=NEXT_SUMMER + timedelta(days=4)
    )
    worker = add_worker(demo_store, surname="Zanetti", name="Giulia", municipality="Codogno")
    son = add_member(demo_store, worker.worker.id, "Luca", date(NEXT_SUMMER.year - 8, 2, 1))
    add_member(demo_store, worker.worker.id, "Sara", date(NEXT_SUMMER.year - 15, 1, 1), sex="F")
    return {"worker": worker.worker, "son": son, "service": service, "edition": edition}


def _story_tab(window: MainWindow, qtbot: QtBot, worker_id: uuid.UUID, tab: int) -> None:
    window.open_worker(worker_id)
    page = window.worker_page
    qtbot.waitUntil(lambda: page.story is not None and page.worker.id == worker_id, timeout=5000)  # type: ignore[union-attr]
    page.tabs.setCurrentIndex(tab)


def test_the_story_lists_what_fits_and_enrolls_by_keyboard(
    family: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    worker = family["worker"]
    _story_tab(window, qtbot, worker.id, 2)  # type: ignore[attr-defined]
    panel = window.worker_page.matches
    qtbot.waitUntil(
        lambda: any(m.service_name == "Campus estivo Il Mosaico" for m in panel.model.rows),
        timeout=8000,
    )
    camp = next(
        i for i, m in enumerate(panel.model.rows) if m.service_name == "Campus estivo Il Mosaico"
    )
    assert panel.model.rows[camp].person == "Luca (figlio)"
    panel.table.setFocus()
    panel.table.selectRow(camp)
    assert "a Codogno, nel comune di residenza" in panel.reasons.text()
    assert "Perché è adatto:" in panel.reasons.text()
    # Sara, 15, is not offered the camp; with the excluded shown, she is, with why.
    assert all(
        m.person != "Sara (figlia)" or not m.service_name.startswith("Campus")
        for m in panel.model.rows
    )
    keys(qtbot, (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_R))  # Isc&rivi
    qtbot.waitUntil(lambda: "iscrizione confermata" in panel.message.text(), timeout=5000)
    offers = window.worker_page.offers
    qtbot.waitUntil(lambda: len(offers.enrollments.rows) == 1, timeout=5000)
    assert offers.enrollments.rows[0].person == "Luca Zanetti"
    assert window.worker_page.tabs.tabText(3) == "Iscrizioni 1 · vo&ucher 0"
    panel.near_misses.setChecked(True)
    qtbot.waitUntil(
        lambda: any(not m.eligible and m.person == "Sara (figlia)" for m in panel.model.rows),
        timeout=8000,
    )
    sara = next(
        m
        for m in panel.model.rows
        if m.person == "Sara (figlia)" and m.service_name == "Campus estivo Il Mosaico"
    )
    assert sara.reasons[0].startswith("età 15")


def test_a_voucher_from_a_match_draws_on_a_budget(
    family: dict[str, object], window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welfare_desk.gui.dialogs.offer_dialogs import VoucherDialog

    worker = family["worker"]
    _story_tab(window, qtbot, worker.id, 2)  # type: ignore[attr-defined]
    panel = window.worker_page.matches
    qtbot.waitUntil(
        lambda: any(m.service_name == "Campus estivo Il Mosaico" for m in panel.model.rows),
        timeout=8000,
    )
    panel.table.selectRow(
        next(
            i
            for i, m in enumerate(panel.model.rows)
            if m.service_name == "Campus estivo Il Mosaico"
        )
    )
    panel.voucher_button.click()
    dialog = wait_for_dialog(qtbot, VoucherDialog)
    assert isinstance(dialog, VoucherDialog)
    qtbot.waitUntil(lambda: dialog.ui.budgetCombo.count() > 0, timeout=5000)
    assert dialog.ui.valueEdit.text() == "120,00"
    assert "disponibili" in dialog.ui.budgetCombo.currentText()
    # the year before is offered only in the first twelve days of January (art. 51 c. 1)
    from welfare_desk.domain.fringe import tax_years

    early = len(tax_years(window.context.clock.today())) > 1
    assert dialog.ui.previousYearCheck.isVisibleTo(dialog) == early
    dialog.ui.valueEdit.setText("dodici")
    dialog.save()
    assert "non è un importo" in dialog.ui.statusText.text()
    dialog.ui.valueEdit.setText("120")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert dialog.issued is not None and dialog.issued.voucher.value_cents == 12000
    offers = window.worker_page.offers
    qtbot.waitUntil(lambda: len(offers.vouchers.rows) == 1, timeout=5000)
    assert offers.vouchers.rows[0].number == dialog.issued.voucher.number

    # #17: issued by mistake, cancelled with the reason; the history keeps it.
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr("welfare_desk.gui.worker_offers.confirm", lambda *_a: True)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("centro sbagliato", True))
    )
    offers.vouchers_view.selectRow(0)
    offers.cancel_voucher.click()
    qtbot.waitUntil(lambda: offers.vouchers.rows[0].status == "cancelled", timeout=5000)
    assert _reasons_of(window, "voucher") == ["centro sbagliato"]
    assert "Voucher annullato" in window.statusBar().currentMessage()
    window.undo_button.click()  # #17: taken back right after
    qtbot.waitUntil(lambda: offers.vouchers.rows[0].status == "issued", timeout=5000)


def test_the_catalogue_filters_shows_who_is_in_and_promotes_the_waiting(
    family: dict[str, object],
    demo_store: Store,
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from welfare_desk.catalogue.enrollments import enroll

    edition = family["edition"]
    kids = []
    for name in ("Anna", "Bea", "Carla"):
        parent = add_worker(demo_store, surname="Ferrari", name=name).worker.id
        kids.append(
            (parent, add_member(demo_store, parent, "Leo", date(NEXT_SUMMER.year - 9, 3, 1)))
        )
    for parent, kid in kids:
        with UnitOfWork(demo_store) as uow:
            enroll(uow, edition, parent, kid, TODAY)  # type: ignore[arg-type]
    window.sidebar.setCurrentRow(2)
    page = window.catalogue_page
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=5000)
    everything = len(page.model.rows)
    page.search.setFocus()
    keys(qtbot, "campus estivo il mosaico")  # words of the service, provider or category
    qtbot.waitUntil(
        lambda: (
            any(r.edition_id == edition for r in page.model.rows)
            and len(page.model.rows) < everything
        ),
        timeout=5000,
    )
    assert all(r.provider_name.startswith("Il Mosaico") for r in page.model.rows)
    at = next(i for i, r in enumerate(page.model.rows) if r.edition_id == edition)
    page.table.selectRow(at)
    row = page.model.rows[at]
    assert (row.places_left, row.waiting) == (0, 1)
    assert page.model.data(page.model.index(at, 3)) == "0 / 2"
    qtbot.waitUntil(lambda: len(page.enrolled.rows) == 3, timeout=5000)
    assert [e.status for e in page.enrolled.rows] == ["confirmed", "confirmed", "waitlisted"]
    assert "Campus estivo Il Mosaico — Il Mosaico Servizi Cooperativa Sociale" in (
        page.service_text.text()
    )
    page.enrolled_view.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(
        "welfare_desk.gui.pages.catalogue_page.confirm",
        lambda _parent, _title, question: asked.append(question) or True,
    )
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog,
        "getText",
        staticmethod(lambda *_a, **_k: ("ha trovato un altro centro", True)),
    )
    page.cancel_button.click()
    assert asked and asked[0].startswith("Annullare l'iscrizione di")
    qtbot.waitUntil(lambda: "passa dalla lista d'attesa" in page.message.text(), timeout=5000)
    assert _reasons_of(window, "enrollment") == ["ha trovato un altro centro"]  # #17
    qtbot.waitUntil(
        lambda: [e.status for e in page.enrolled.rows] == ["cancelled", "confirmed", "confirmed"],
        timeout=5000,
    )
    # #17: undone right after, unless the place has gone to the first on the waiting list.
    assert window.undo_button.isVisible()
    window.undo_button.click()
    qtbot.waitUntil(
        lambda: "già andato a chi era in lista d'attesa" in window.statusBar().currentMessage(),
        timeout=5000,
    )
    page.with_places.setChecked(True)
    qtbot.waitUntil(
        lambda: page.model.rows and all(r.edition_id != edition for r in page.model.rows),
        timeout=5000,
    )


def test_a_new_service_and_its_edition_from_the_catalogue(window: MainWindow, qtbot: QtBot) -> None:
    from welfare_desk.gui.dialogs.offer_dialogs import EditionDialog, ServiceDialog

    window.sidebar.setCurrentRow(2)
    page = window.catalogue_page
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=5000)
    page.new_service_button.click()
    dialog = wait_for_dialog(qtbot, ServiceDialog)
    assert isinstance(dialog, ServiceDialog)
    assert QApplication.focusWidget() is dialog.ui.nameEdit
    qtbot.waitUntil(lambda: dialog.ui.providerCombo.count() > 0, timeout=5000)
    keys(qtbot, "Laboratorio di robotica")
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData("school.homework"))
    dialog.ui.minAgeSpin.setValue(12)
    dialog.ui.maxAgeSpin.setValue(8)
    dialog.save()
    qtbot.waitUntil(lambda: "minore della minima" in dialog.ui.statusText.text(), timeout=5000)
    dialog.ui.maxAgeSpin.setValue(14)
    dialog.ui.priceModelCombo.setCurrentIndex(dialog.ui.priceModelCombo.findData("subsidised"))
    dialog.ui.workerPriceEdit.setText("30")
    dialog.ui.fullPriceEdit.setText("90,00")
    assert not dialog.ui.severalGoodsCheck.isChecked()  # one good per voucher, by default
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    page.search.setText("robotica")
    qtbot.waitUntil(lambda: page.model.rows == [], timeout=5000)  # no edition yet
    page.past_too.setChecked(True)
    page.search.setText("")
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=5000)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5000)
    # An edition is added to the chosen service; here, to the new one, found by its name.
    from welfare_desk.catalogue.offer import service_detail

    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        from sqlalchemy import select

        from welfare_desk.store.models import Service

        new_id = uow.session.scalar(
            select(Service.id).where(Service.name == "Laboratorio di robotica")
        )
        page.detail = service_detail(uow, new_id)  # type: ignore[arg-type]
    page.new_edition_button.click()
    edition = wait_for_dialog(qtbot, EditionDialog)
    assert isinstance(edition, EditionDialog)
    keys(qtbot, "Primavera")
    edition.ui.sessionsCombo.setCurrentIndex(1)
    with qtbot.waitSignal(edition.saved, timeout=5000):
        edition.save()
    page.past_too.setChecked(False)
    page.search.setText("robotica")
    qtbot.waitUntil(
        lambda: [r.edition_title for r in page.model.rows] == ["Primavera"], timeout=5000
    )


def test_budgets_show_the_ledger_and_a_new_budget_is_allocated(
    window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.offer_dialogs import BudgetDialog

    window.sidebar.setCurrentRow(3)
    page = window.budgets_page
    qtbot.waitUntil(lambda: len(page.budgets.rows) == 6, timeout=5000)
    assert page.summary.text().startswith("6 budget: 169.952,00 € stanziati")
    qtbot.waitUntil(lambda: len(page.ledger.rows) > 0, timeout=5000)
    first = page.ledger.rows[0]
    assert first.movement == "allocation"
    assert page.ledger.rows[-1].balance_cents == page.budgets.rows[0].balance_cents
    page.new_button.click()
    dialog = wait_for_dialog(qtbot, BudgetDialog)
    assert isinstance(dialog, BudgetDialog)
    keys(qtbot, "Doposcuola - partner 4")
    dialog.ui.amountEdit.setText("1.500")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: len(page.budgets.rows) == 7, timeout=5000)
    new = next(b for b in page.budgets.rows if b.name == "Doposcuola - partner 4")
    assert (new.allocated_cents, new.balance_cents) == (150000, 150000)


def test_enrolling_from_the_case_plan_adds_the_action(
    family: dict[str, object], demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.cases.casework import open_case
    from welfare_desk.gui.dialogs.match_dialog import MatchDialog

    worker = family["worker"]
    with UnitOfWork(demo_store) as uow:
        case = open_case(uow, worker.id, TODAY)  # type: ignore[attr-defined]
    window.open_case(case.id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None, timeout=5000)
    page.services_button.setFocus()
    keys(qtbot, Qt.Key.Key_Space)
    dialog = wait_for_dialog(qtbot, MatchDialog)
    assert isinstance(dialog, MatchDialog)
    panel = dialog.panel
    qtbot.waitUntil(
        lambda: any(m.service_name == "Campus estivo Il Mosaico" for m in panel.model.rows),
        timeout=8000,
    )
    panel.table.selectRow(
        next(
            i
            for i, m in enumerate(panel.model.rows)
            if m.service_name == "Campus estivo Il Mosaico"
        )
    )
    panel.enroll_button.click()
    qtbot.waitUntil(lambda: "aggiunta al piano" in panel.message.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: (
            page.case is not None
            and any(
                a.title == "Iscrizione di Luca Zanetti: Campus estivo Il Mosaico – Settimana 1"
                for g in page.case.goals
                for a in g.actions
            )
        ),
        timeout=5000,
    )
    dialog.reject()


def test_the_attendance_register_then_attended_at_80_percent(
    family: dict[str, object], demo_store: Store, window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.catalogue.enrollments import enroll
    from welfare_desk.gui.dialogs.attendance_dialog import AttendanceDialog

    worker, son = family["worker"], family["son"]
    today = TODAY
    _service, edition = add_camp(  # running now: attendance is recorded as it goes
        demo_store,
        name="Campus in corso",
        starts=today - timedelta(days=3),
        ends=today + timedelta(days=1),
    )
    with UnitOfWork(demo_store) as uow:
        enroll(uow, edition, worker.id, son, today)  # type: ignore[arg-type,attr-defined]
    window.sidebar.setCurrentRow(2)
    page = window.catalogue_page
    qtbot.waitUntil(lambda: any(r.edition_id == edition for r in page.model.rows), timeout=5000)
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r.edition_id == edition))
    qtbot.waitUntil(lambda: [e.edition_id for e in page.enrolled.rows] == [edition], timeout=5000)
    page.enrolled_view.selectRow(0)
    page.attended_button.click()
    qtbot.waitUntil(lambda: "0 incontri su 5" in page.message.text(), timeout=5000)
    page.register_button.click()
    dialog = wait_for_dialog(qtbot, AttendanceDialog)
    assert isinstance(dialog, AttendanceDialog)
    qtbot.waitUntil(lambda: dialog.grid.columnCount() == 5, timeout=5000)
    for _column in range(4):  # Space ticks the chosen cell; arrows move along
        keys(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Right)
    assert sum(dialog.marks().values()) == 4
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: page.enrolled.rows[0].present == 4, timeout=5000)
    page.enrolled_view.selectRow(0)
    page.attended_button.click()
    qtbot.waitUntil(lambda: "frequentata" in page.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.enrolled.rows[0].status == "attended", timeout=5000)


def test_a_provider_and_an_agreement_shown_with_the_service(
    family: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.offer_dialogs import AgreementDialog, ProviderDialog

    window.sidebar.setCurrentRow(2)
    page = window.catalogue_page
    qtbot.waitUntil(lambda: len(page.model.rows) > 0, timeout=5000)
    page.new_provider_button.click()
    provider = wait_for_dialog(qtbot, ProviderDialog)
    assert isinstance(provider, ProviderDialog)
    keys(qtbot, "Il Mosaico Servizi Cooperativa Sociale")
    provider.save()
    qtbot.waitUntil(lambda: "già in archivio" in provider.ui.statusText.text(), timeout=5000)
    provider.ui.nameEdit.setText("Associazione Genitori Insieme")
    with qtbot.waitSignal(provider.saved, timeout=5000):
        provider.save()
    edition = family["edition"]
    qtbot.waitUntil(lambda: any(r.edition_id == edition for r in page.model.rows), timeout=5000)
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r.edition_id == edition))
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.id == family["service"], timeout=5000
    )
    page.agreement_button.click()
    dialog = wait_for_dialog(qtbot, AgreementDialog)
    assert isinstance(dialog, AgreementDialog)
    keys(qtbot, "Convenzione centri estivi")
    dialog.ui.ratesEdit.setPlainText("80 euro a settimana per i dipendenti")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(
        lambda: "Convenzione: Convenzione centri estivi" in page.service_text.text(), timeout=5000
    )
    assert "Tariffe: 80 euro a settimana per i dipendenti" in page.service_text.text()


def test_an_employers_allowances_from_the_budgets_page(window: MainWindow, qtbot: QtBot) -> None:
    from welfare_desk.gui.dialogs.offer_dialogs import AllowancesDialog

    window.sidebar.setCurrentRow(3)
    page = window.budgets_page
    qtbot.waitUntil(lambda: len(page.budgets.rows) == 6, timeout=5000)
    page.allowances_button.click()
    dialog = wait_for_dialog(qtbot, AllowancesDialog)
    assert isinstance(dialog, AllowancesDialog)
    qtbot.waitUntil(lambda: dialog.ui.employerCombo.count() > 0, timeout=5000)
    dialog.ui.employerCombo.setCurrentIndex(
        dialog.ui.employerCombo.findText("Logistica Adda S.r.l.")
    )
    dialog.ui.yearSpin.setValue(TODAY.year + 1)
    dialog.ui.amountEdit.setText("300")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: "crediti welfare assegnati" in page.message.text(), timeout=5000)
    assert dialog.granted is not None and dialog.granted[0] > 0
    qtbot.waitUntil(
        lambda: any(
            b.year == TODAY.year + 1 and b.balance_cents == 30000 for b in page.budgets.rows
        ),
        timeout=5000,
    )


def test_a_providers_contacts_edited_from_the_catalogue(
    family: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    from welfare_desk.gui.dialogs.offer_dialogs import ProviderDialog

    window.sidebar.setCurrentRow(2)
    page = window.catalogue_page
    edition = family["edition"]
    qtbot.waitUntil(lambda: any(r.edition_id == edition for r in page.model.rows), timeout=5000)
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r.edition_id == edition))
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.id == family["service"], timeout=5000
    )
    page.edit_provider_button.click()
    dialog = wait_for_dialog(qtbot, ProviderDialog)
    assert isinstance(dialog, ProviderDialog)
    qtbot.waitUntil(lambda: dialog.version is not None, timeout=5000)
    assert dialog.ui.nameEdit.text() == "Il Mosaico Servizi Cooperativa Sociale"
    dialog.ui.phoneEdit.setText("0377 123456")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: "0377 123456" in page.service_text.text(), timeout=5000)


def test_a_voucher_marked_used_can_no_longer_be_cancelled(
    family: dict[str, object],
    demo_store: Store,
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from welfare_desk.catalogue.vouchers import (
        BudgetInput,
        VoucherInput,
        create_budget,
        issue_voucher,
    )
    from welfare_desk.domain.ledger import BudgetKind

    today = TODAY
    with UnitOfWork(demo_store) as uow:
        budget = create_budget(
            uow,
            BudgetInput(
                BudgetKind.PROGRAMME,
                "Campus - prova",
                date(today.year, 1, 1),
                date(today.year, 12, 31),
                50000,
            ),
        )
    with UnitOfWork(demo_store) as uow:
        number = issue_voucher(
            uow,
            VoucherInput(family["worker"].id, family["service"], budget),  # type: ignore[attr-defined,arg-type]
            today,
        ).voucher.number
    window.sidebar.setCurrentRow(3)
    page = window.budgets_page
    qtbot.waitUntil(
        lambda: any(b.name == "Campus - prova" for b in page.budgets.rows), timeout=5000
    )
    page.budgets_view.selectRow(
        next(i for i, b in enumerate(page.budgets.rows) if b.name == "Campus - prova")
    )
    qtbot.waitUntil(lambda: [v.number for v in page.vouchers.rows] == [number], timeout=5000)
    page.vouchers_view.selectRow(0)
    page.used_button.click()
    qtbot.waitUntil(lambda: f"Voucher {number} utilizzato." in page.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.vouchers.rows[0].status == "used", timeout=5000)
    monkeypatch.setattr("welfare_desk.gui.pages.budgets_page.confirm", lambda *_a: True)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *_a, **_k: ("rilasciato per errore", True))
    )
    page.vouchers_view.selectRow(0)
    page.cancel_voucher_button.click()
    qtbot.waitUntil(lambda: "convertire in denaro" in page.message.text(), timeout=5000)


def test_the_employer_s_other_benefits_are_typed_and_removed_from_the_story(
    family: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: object,
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from welfare_desk.catalogue.vouchers import fringe_status
    from welfare_desk.gui.dialogs.benefits_dialog import BenefitsDialog

    worker = family["worker"]
    _story_tab(window, qtbot, worker.id, 3)  # type: ignore[attr-defined]
    window.worker_page.offers.other_benefits.click()
    dialog = wait_for_dialog(qtbot, BenefitsDialog)
    assert isinstance(dialog, BenefitsDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("rent"))
    dialog.amount.setText("dodici")
    dialog.add.click()
    assert "non è un importo" in dialog.status.text()
    dialog.amount.setText("350,00")
    dialog.description.setText("contributo affitto, cedolino di marzo")
    dialog.add.click()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1, timeout=5000)
    dialog.resize(900, 520)
    dialog.grab().save(str(Path(str(tmp_path)) / "benefits.png"))
    store = window.context.store
    assert store is not None
    with UnitOfWork(store) as uow:
        assert fringe_status(uow, worker.id, TODAY.year).used_cents == 35000  # type: ignore[attr-defined]
    dialog.view.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    dialog.remove.click()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 0, timeout=5000)
    assert dialog.health.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData("health_fund"))
    dialog.amount.setText("3.700,00")
    dialog.add.click()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1, timeout=5000)
    assert not dialog.health.isHidden()
    assert "la parte eccedente, 84,80 €, è reddito tassato" in dialog.health.text()
    with UnitOfWork(store) as uow:  # a contribution fills no fringe threshold
        assert fringe_status(uow, worker.id, TODAY.year).used_cents == 0  # type: ignore[attr-defined]


def test_enter_on_a_suitable_service_asks_first_and_the_choice_stays(
    family: dict[str, object],
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """#17: Enter on «Servizi adatti» enrolled at once, and the selection jumped to another
    child, so the message and the reasons disagreed."""
    worker = family["worker"]
    _story_tab(window, qtbot, worker.id, 2)  # type: ignore[attr-defined]
    panel = window.worker_page.matches
    qtbot.waitUntil(
        lambda: any(m.service_name == "Campus estivo Il Mosaico" for m in panel.model.rows),
        timeout=8000,
    )
    camp = next(
        i for i, m in enumerate(panel.model.rows) if m.service_name == "Campus estivo Il Mosaico"
    )
    chosen = panel.model.rows[camp]
    asked: list[str] = []
    answer = [False]

    def question(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr("welfare_desk.gui.match_panel.confirm", question)
    panel.table.setFocus()
    panel.table.selectRow(camp)
    keys(qtbot, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert asked and "Luca" in asked[0] and "Campus estivo Il Mosaico" in asked[0]
    assert "iscrizione" not in panel.message.text()
    answer[0] = True
    keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "iscrizione confermata" in panel.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: panel.current() is not None, timeout=5000)
    qtbot.wait(300)
    now = panel.current()
    assert now is not None
    assert (now.edition_id, now.member_id) == (chosen.edition_id, chosen.member_id)


def _reasons_of(window: MainWindow, entity: str) -> list[str]:
    """The reasons the history keeps for changes to records of one kind."""
    from sqlalchemy import select

    from welfare_desk.store.models import JournalEntry

    store = window.context.store
    assert store is not None
    with UnitOfWork(store) as uow:
        rows = uow.session.scalars(
            select(JournalEntry.changes).where(JournalEntry.entity == entity)
        ).all()
    return [r["motivo"] for r in rows if "motivo" in r]


def test_one_edition_is_said_in_the_singular(window: MainWindow, qtbot: QtBot) -> None:
    """#17: «1 edizioni, 1 con posti liberi»: counts agree with their number."""
    store = window.context.store
    assert store is not None
    starts = window.context.clock.today() + timedelta(days=30)
    add_camp(store, starts=starts, ends=starts + timedelta(days=4), name="Ludoteca Zafferano")
    window.sidebar.setCurrentRow(2)
    page = window.catalogue_page
    qtbot.waitUntil(lambda: len(page.model.rows) > 1, timeout=5000)
    page.search.setText("zafferano")
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.summary.text().startswith("1 edizione, 1 con posti liberi"))
