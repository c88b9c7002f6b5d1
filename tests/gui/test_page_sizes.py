"""#17: every page and the dialogs of the daily work fit a 1024×768 screen, at the normal
font and at 14 points, without cutting a word: the catalogue grew the window to 1,440 px
(2,052 px at 14 pt), and buttons squeezed below their text showed «uovo obiettivo.».

A row of buttons wraps (gui.flow_layout), a long value goes under its label, a table
scrolls inside itself; a label or a button narrower than its text is a defect."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from welfare_desk.gui.main_window import MainWindow

SCREEN = (1024, 768)


@pytest.fixture(params=[None, 14], ids=["normal font", "14 points"])
def font_size(request: pytest.FixtureRequest) -> Iterator[int | None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    if request.param is not None:
        larger = app.font()
        larger.setPointSize(request.param)
        app.setFont(larger)
    yield request.param
    app.setFont(before)


def _cut(root: QWidget) -> list[str]:
    """Labels and buttons on show that are narrower than their own text."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget.parentWidget(), QTabBar):
            continue
        label = isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull()
        button = isinstance(widget, QAbstractButton)
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        needed = widget.minimumSizeHint()
        if (label or button) and text and widget.width() + 1 < needed.width():
            cut.append(f"«{text}» {widget.width()} < {needed.width()} px wide")
        if (label or button) and text and widget.height() + 1 < needed.height():
            cut.append(f"«{text}» {widget.height()} < {needed.height()} px high")
    # A page that scrolls sideways as a whole hides what is at its right edge.
    for scroll in root.findChildren(QScrollArea):
        bar = scroll.horizontalScrollBar()
        if scroll.isVisibleTo(root) and bar.isVisible() and bar.maximum() > 0:
            cut.append(f"the page scrolls sideways by {bar.maximum()} px")
    return cut


def test_every_page_fits_the_screen_without_cutting_a_word(
    font_size: int | None, followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    """The font is set before the desk is built, as a system font is."""
    window.resize(*SCREEN)
    window.show()
    problems: dict[str, object] = {}

    def look(name: str) -> None:
        window.resize(*SCREEN)
        qtbot.wait(150)
        least = window.minimumSizeHint()
        if least.width() > SCREEN[0] or least.height() > SCREEN[1]:
            problems[name] = f"needs {least.width()}×{least.height()} px"
        cut = _cut(window.stack.currentWidget())
        if cut:
            problems[name] = cut

    for row in range(5):
        window.sidebar.setCurrentRow(row)
        qtbot.wait(250)
        look(type(window.stack.currentWidget()).__name__)
    window.open_worker(followed["worker"].id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.worker_page.story is not None, timeout=5000)
    tabs = window.worker_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        look(f"story, tab {index}")
    window.open_case(followed["case"].id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.case_page.case is not None, timeout=5000)
    look("case")
    assert problems == {}


def test_the_daily_dialogs_fit_the_screen_without_cutting_a_word(
    font_size: int | None, followed: dict[str, object], window: MainWindow, qtbot: QtBot
) -> None:
    from tests.gui.daily_dialogs import daily_dialogs, open_followed
    from welfare_desk.gui.dialogs.attendance_dialog import AttendanceDialog
    from welfare_desk.gui.dialogs.audit_dialog import AuditDialog
    from welfare_desk.gui.dialogs.benefits_dialog import BenefitsDialog
    from welfare_desk.gui.dialogs.benefits_import_dialog import BenefitsImportDialog
    from welfare_desk.gui.dialogs.employers_dialog import EmployersDialog
    from welfare_desk.gui.dialogs.erasure_dialog import ErasureDialog
    from welfare_desk.gui.dialogs.import_wizard import ImportWizard
    from welfare_desk.gui.dialogs.match_dialog import MatchDialog
    from welfare_desk.gui.dialogs.need_dialog import NeedDialog
    from welfare_desk.gui.dialogs.offer_dialogs import (
        AgreementDialog,
        AllowancesDialog,
        BudgetDialog,
        EditionDialog,
        ProviderDialog,
        ServiceDialog,
        VoucherDialog,
    )
    from welfare_desk.gui.dialogs.operators_dialog import OperatorsDialog
    from welfare_desk.gui.dialogs.passphrase_dialog import PassphraseDialog
    from welfare_desk.gui.dialogs.pdf_preview import PdfPreviewDialog
    from welfare_desk.gui.dialogs.print_dialogs import HandoutDialog, PathBatchDialog
    from welfare_desk.gui.dialogs.privacy_dialog import PrivacyDialog
    from welfare_desk.gui.dialogs.profiles_dialog import ProfilesDialog
    from welfare_desk.gui.dialogs.report_dialogs import FunderDialog, QuarterlyDialog
    from welfare_desk.gui.dialogs.request_dialogs import InvoiceDialog, TermsDialog
    from welfare_desk.gui.dialogs.retention_dialog import RetentionDialog
    from welfare_desk.gui.dialogs.sign_in_dialog import (
        ChangePasswordDialog,
        FirstAdminDialog,
        SignInDialog,
    )
    from welfare_desk.store.uow import UnitOfWork

    detail, case, story = open_followed(window, followed, qtbot)
    worker = followed["worker"]
    store = window.context.store
    assert store is not None
    from welfare_desk.catalogue.matching import match_worker
    from welfare_desk.catalogue.offer import CatalogueFilter, list_catalogue, service_detail
    from welfare_desk.requests.smart_working import all_requests

    with UnitOfWork(store) as uow:
        row = list_catalogue(uow, CatalogueFilter()).rows[0]
        service, edition = service_detail(uow, row.service_id), row.edition_id
        agreement = all_requests(uow)[0]
        child_of = next(w for w in _workers(uow) if match_worker(uow, w.id, uow.clock.today()))
        fit = match_worker(uow, child_of.id, uow.clock.today())[0]
    who = f"{detail.surname} {detail.name}"
    dialogs = {
        **daily_dialogs(window, detail, case, story),
        "need": lambda: NeedDialog(window.context, story.needs[0], window),
        "services that fit": lambda: MatchDialog(window.context, worker.id, who, window),  # type: ignore[attr-defined]
        "other benefits": lambda: BenefitsDialog(window.context, worker.id, who, window),  # type: ignore[attr-defined]
        "privacy": lambda: PrivacyDialog(window.context, worker.id, who, window),  # type: ignore[attr-defined]
        "erasure": lambda: ErasureDialog(window.context, worker.id, who, window),  # type: ignore[attr-defined]
        "new budget": lambda: BudgetDialog(window.context, window),
        "new service": lambda: ServiceDialog(window.context, None, window),
        "new provider": lambda: ProviderDialog(window.context, window),
        "allowances": lambda: AllowancesDialog(window.context, window),
        "employers": lambda: EmployersDialog(window.context, window),
        "operators": lambda: OperatorsDialog(window.context, window),
        "audit": lambda: AuditDialog(window.context, window),
        "retention": lambda: RetentionDialog(window.context, window),
        "profiles": lambda: ProfilesDialog(window.context, window),
        "handout": lambda: HandoutDialog(window.context, window),
        "path summaries": lambda: PathBatchDialog(window.context, window),
        "quarterly report": lambda: QuarterlyDialog(window.context, window),
        "funder report": lambda: FunderDialog(window.context, window),
        "benefits import": lambda: BenefitsImportDialog(window.context, window),
        "import": lambda: ImportWizard(window.context, "workers", window),
        "first administrator": lambda: FirstAdminDialog(window.context, window),
        "sign in": lambda: SignInDialog(window.context, "", window),
        "change password": lambda: ChangePasswordDialog(window.context, window),
        "passphrase": lambda: PassphraseDialog("Apri l'archivio", True, "desk.sqlite", window),
        "invoice": lambda: InvoiceDialog(window.context, uuid.uuid4(), 1, window),
        "agreement terms": lambda: TermsDialog(window.context, agreement, window),
        "edition": lambda: EditionDialog(window.context, service, None, window),
        "provider agreement": lambda: AgreementDialog(
            window.context, service.provider.id, service.provider.name, window
        ),
        "attendance": lambda: AttendanceDialog(window.context, edition, "Settimana 1", window),
        "voucher": lambda: VoucherDialog(window.context, child_of.id, fit, window),
        "pdf preview": lambda: PdfPreviewDialog(_a_pdf(), "percorso.pdf", "Anteprima", window),
    }
    problems: dict[str, object] = {}
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(200)
        size = dialog.size().expandedTo(dialog.minimumSizeHint())
        if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
            problems[name] = f"{size.width()}×{size.height()}"
        cut = _cut(dialog)
        if cut:
            problems[name] = cut
        dialog.done(0)
    assert problems == {}


def _workers(uow: Any) -> list[Any]:
    from welfare_desk.registry.workers import search_workers

    return search_workers(uow, "", limit=100)


def _a_pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    page = Canvas(out)
    page.drawString(72, 720, "Riepilogo del percorso")
    page.save()
    return out.getvalue()
