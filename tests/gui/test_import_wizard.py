"""The import wizard on a LibreOffice-made file with bad rows; cancelling midway."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import Workbook, load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.conftest import FIXTURES
from welfare_desk.domain.codice_fiscale import encode, omocode
from welfare_desk.gui.dialogs.import_wizard import ImportWizard
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.store.models import JournalEntry, Worker
from welfare_desk.store.uow import UnitOfWork

MESSY = FIXTURES / "hr" / "workers_messy_libreoffice.xlsx"


def _counts(window: MainWindow) -> tuple[int, int]:
    with UnitOfWork(window.context.store) as uow:  # type: ignore[arg-type]
        workers = uow.session.scalar(select(func.count()).select_from(Worker)) or 0
        journal = uow.session.scalar(select(func.count()).select_from(JournalEntry)) or 0
    return workers, journal


def _wizard(window: MainWindow, qtbot: QtBot, path: Path) -> ImportWizard:
    window.open_import("workers")
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.file.isComplete(), timeout=10_000)
    return wizard


def test_bad_rows_are_previewed_and_nothing_is_written_before_confirming(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _counts(window)
    source = tmp_path / "personale.xlsx"
    shutil.copy(MESSY, source)
    wizard = _wizard(window, qtbot, source)
    wizard.grab().save(str(tmp_path / "wizard-file.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns.isComplete(), timeout=10_000)
    assert wizard.columns.combos["codice_fiscale"].currentData()
    wizard.next()
    preview = wizard.preview
    qtbot.waitUntil(
        lambda: wizard.plan is not None and preview.problems.rowCount() > 0, timeout=10_000
    )
    assert {p.row for p in preview.problems.rows if p.severity.value == "error"} == {
        11,
        12,
        13,
        15,
        16,
    }
    assert not preview.isComplete()  # errors: the user must choose to leave them out
    assert _counts(window) == before
    preview.skip.setChecked(True)
    assert preview.isComplete()
    wizard.grab().save(str(tmp_path / "wizard-preview.png"))
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.done, timeout=10_000)
    assert run.result is not None and run.result.created == 7
    assert _counts(window)[0] == before[0] + 7
    report = tmp_path / "scartate.xlsx"
    run.save_to(report)
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [11, 12, 13, 15, 16]
    # the list never replaces the file it came from, nor the store
    run.save_to(source)
    assert "file da importare" in run.status.text()
    assert source.read_bytes() == MESSY.read_bytes()
    store_file = window.context.store.target.sqlite_path
    size = store_file.stat().st_size
    run.save_to(store_file)
    assert "archivio di Welfare Desk" in run.status.text()
    assert store_file.stat().st_size == size


def _big_file(path: Path, rows: int) -> None:
    from datetime import date, timedelta

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Dipendenti")
    sheet.append(["Codice fiscale", "Cognome", "Nome", "Data di nascita", "Azienda"])
    seen: set[str] = set()
    for index in range(rows):
        born = date(1970, 1, 1) + timedelta(days=index % 9000)
        surname, name = f"Prova{index // 26}", "Anna"
        code = encode(surname, name, born, "F", "E648")
        level = 0
        while code in seen:
            level += 1
            code = omocode(code, level)
        seen.add(code)
        sheet.append([code, surname, name, born, "Officine Lodigiane S.p.A."])
    book.save(path)


def test_cancelling_midway_leaves_the_store_as_it_was(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "grande.xlsx"
    _big_file(path, 4000)
    before = _counts(window)
    wizard = _wizard(window, qtbot, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns.isComplete(), timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.isComplete(), timeout=20_000)
    run = wizard.run_page
    wizard.next()
    qtbot.waitUntil(lambda: run.bar.value() > 0 or run.done, timeout=20_000)
    run.cancel.click()
    qtbot.waitUntil(lambda: run.done, timeout=20_000)
    assert "com'era" in run.status.text()
    assert _counts(window) == before


def test_values_written_their_own_way_are_chosen_once_in_the_preview(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import date

    from tests.helpers import add_worker
    from welfare_desk.registry.workers import get_worker

    store = window.context.store
    assert store is not None
    add_worker(store, surname="Rossi", name="Mario", born=date(1980, 1, 1), sex="M", place="F205")
    window.open_import("household")
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    wizard.open_file(FIXTURES / "hr" / "household_spellings_libreoffice.xlsx")
    qtbot.waitUntil(lambda: wizard.file.isComplete(), timeout=10_000)
    wizard.file.profile.setCurrentText("Officine Lodigiane HR")
    wizard.grab().save(str(tmp_path / "wizard-file-profile.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns.isComplete(), timeout=10_000)
    wizard.next()
    preview = wizard.preview
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    assert "Note HR" in preview.unused.text() and preview.unused.isVisible()
    values = preview.values
    assert values.isVisible() and values.table.rowCount() == 3
    assert not values.apply.isEnabled()  # nothing is applied by itself
    assert not preview.isComplete()
    wizard.grab().save(str(tmp_path / "wizard-values.png"))
    wanted = {"Sì": "art3_c3", "L. 104": "art3_c1", "NIPOTE": "grandchild"}
    for unsettled, combo in values.combos:
        combo.setCurrentIndex(combo.findData(wanted[unsettled.text]))
    values.apply.click()
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.plan.refused, timeout=10_000)
    assert not values.isVisible()
    assert preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    with UnitOfWork(store) as uow:
        worker = get_worker(uow, encode("Rossi", "Mario", date(1980, 1, 1), "M", "F205"))
    household = {m.name: m.disability for m in worker.household}
    assert household["Bianca"] == "art3_c3" and household["Aldo"] == "art3_c1"
    assert len(household) == 25
    qtbot.waitUntil(lambda: "Officine Lodigiane HR" in wizard.run_page.status.text())
    wizard.close()
    # the next file from the same sender: the profile settles the same values
    window.open_import("household")
    again = next(w for w in window.findChildren(ImportWizard) if w is not wizard)
    again.open_file(FIXTURES / "hr" / "household_spellings_libreoffice.xlsx")
    qtbot.waitUntil(lambda: again.file.isComplete(), timeout=10_000)
    qtbot.waitUntil(lambda: again.file.profile.findText("Officine Lodigiane HR") >= 0)
    again.file.profile.setCurrentText("Officine Lodigiane HR")
    again.next()
    qtbot.waitUntil(lambda: again.columns.isComplete(), timeout=10_000)
    again.next()
    qtbot.waitUntil(lambda: again.plan is not None, timeout=10_000)
    assert again.plan is not None and not again.plan.refused
    assert not again.preview.values.isVisible()


def test_a_provider_s_list_with_unread_values_is_settled_in_the_wizard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A LibreOffice file in the provider's words, three values of which no vocabulary
    reads: each is asked once, proposals marked and not applied; the refused rows can be
    saved; once settled, the list imports whole and the profile keeps the choices."""
    from openpyxl import load_workbook as open_workbook

    from welfare_desk.registry.profiles import profile
    from welfare_desk.store.models import Service

    store = window.context.store
    assert store is not None
    window.open_import("catalogue")
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.file.catalogue.isChecked()
    wizard.open_file(FIXTURES / "catalogue" / "catalogue_unread_libreoffice.xlsx")
    qtbot.waitUntil(lambda: wizard.file.isComplete(), timeout=10_000)
    wizard.file.profile.setCurrentText("Cooperativa Il Ponte")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns.isComplete(), timeout=10_000)
    wizard.next()
    preview = wizard.preview
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    values = preview.values
    asked = {(u.field, u.text): (len(u.rows), u.proposals) for u, _combo in values.combos}
    assert asked == {
        ("category", "Ludoteca"): (1, ()),
        ("category", "campus estivo sportivo"): (2, ("childcare.holiday_camps",)),
        ("period", "Estat"): (2, ("summer",)),
        ("tax_class", "art 51"): (2, ()),
    }
    assert all(combo.currentData() is None for _u, combo in values.combos)
    assert not preview.isComplete()
    wizard.resize(1100, 720)
    wizard.grab().save(str(tmp_path / "wizard-catalogue-values.png"))
    # the rows still refused can be listed for the provider, as in a workers' import
    refused = tmp_path / "righe-scartate.xlsx"
    wizard.run_page.save_to(refused)
    sheet = open_workbook(refused).active
    assert sheet is not None and sheet.max_row == 1 + 3
    wanted = {
        "Ludoteca": "childcare.pre_post_school",
        "campus estivo sportivo": "childcare.holiday_camps",
        "Estat": "summer",
        "art 51": "c2_fbis",
    }
    for unsettled, combo in values.combos:
        at = combo.findData(wanted[unsettled.text])
        assert at >= 0, (unsettled.text, [combo.itemData(i) for i in range(combo.count())])
        combo.setCurrentIndex(at)
    values.apply.click()
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.plan.refused, timeout=10_000)
    assert preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    # the profile is kept after the import, in its own job: its line says so
    qtbot.waitUntil(lambda: "«Cooperativa Il Ponte»" in wizard.run_page.status.text())
    with UnitOfWork(store) as uow:
        categories = dict(
            uow.session.execute(
                select(Service.name, Service.category).where(
                    Service.name.in_(["Ludoteca del sabato", "Campus sportivo avanzato"])
                )
            ).all()
        )
        kept = profile(uow, "Cooperativa Il Ponte")
    assert categories == {
        "Ludoteca del sabato": "childcare.pre_post_school",
        "Campus sportivo avanzato": "childcare.holiday_camps",
    }
    assert kept.choices[("tax_class", "art 51")] == "c2_fbis"
