"""The funder report: families, activities with hours and participants, the budget by
action and partner, in the layout the reference data gives."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.catalogue.test_vouchers import programme
from tests.conftest import calc_sheets
from tests.helpers import add_camp, add_member, add_worker
from welfare_desk.catalogue.enrollments import enroll, record_attendance
from welfare_desk.catalogue.offer import ProviderInput, save_provider
from welfare_desk.catalogue.vouchers import VoucherInput, cancel_voucher, issue_voucher
from welfare_desk.documents.funder_xlsx import write_funder_xlsx
from welfare_desk.domain.disclosure import CLEAR, possible_counts
from welfare_desk.errors import InvalidInput
from welfare_desk.reference import funder_layout
from welfare_desk.reporting.funder import (
    ALL_PROVIDERS,
    NOT_SURVEYED,
    funder_report,
    last_period,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.models import EditionSession
from welfare_desk.store.uow import UnitOfWork

DAY = date(2026, 5, 4)
LATER = date(2027, 1, 10)  # the year's quarters all ended


def paid(
    store: Store,
    service: uuid.UUID,
    edition: uuid.UUID,
    budget: uuid.UUID | None,
    surname: str,
    issued: date = DAY,
    **worker: object,
) -> tuple[uuid.UUID, uuid.UUID]:
    """A worker's child enrolled in an edition and paid for by a voucher: on the
    programme's `budget`, or on the worker's own welfare credits when it is None.
    (worker, child)."""
    from tests.catalogue.test_vouchers import _allowance

    worker_id = add_worker(store, surname=surname, name="Anna", **worker).worker.id
    child = add_member(store, worker_id, "Luca", date(2017, 3, 1))
    with UnitOfWork(store) as uow:
        enroll(uow, edition, worker_id, child, DAY)
    on = budget if budget is not None else _allowance(store, worker_id)
    with UnitOfWork(store) as uow:
        issue_voucher(
            uow, VoucherInput(worker_id, service, on, member_id=child, edition_id=edition), issued
        )
    return worker_id, child


@pytest.fixture
def delivered(store: Store) -> dict[str, object]:
    """A five-day camp paid by the programme's vouchers: three children, one attends all
    five days, one three days (60%), one voucher cancelled."""
    service, edition = add_camp(store, sessions=5)
    budget = programme(store, 100_000)
    children = []
    for i, (surname, name) in enumerate((("Galli", "Anna"), ("Riva", "Bruna"), ("Sala", "Carla"))):
        worker = add_worker(store, surname=surname, name=name).worker.id
        child = add_member(store, worker, f"Figlio{i}", date(2017, 3, 1))
        children.append((worker, child))
    with UnitOfWork(store) as uow:
        sessions = list(
            uow.session.scalars(
                select(EditionSession.id).where(EditionSession.edition_id == edition)
            )
        )
    vouchers = []
    for worker, child in children:
        with UnitOfWork(store) as uow:
            enrolled = enroll(uow, edition, worker, child, DAY).enrollment
        with UnitOfWork(store) as uow:
            vouchers.append(
                issue_voucher(
                    uow,
                    VoucherInput(worker, service, budget, member_id=child, edition_id=edition),
                    DAY,
                ).voucher
            )
        for number, session_id in enumerate(sessions):
            if worker == children[2][0]:
                break
            with UnitOfWork(store) as uow:
                present = worker == children[0][0] or number < 3
                record_attendance(uow, enrolled.id, session_id, present)
                uow.commit()
    with UnitOfWork(store) as uow:
        cancel_voucher(uow, vouchers[2].id, vouchers[2].version, date(2026, 5, 20))
    return {"budget": budget, "edition": edition}


def _exact(monkeypatch: pytest.MonkeyPatch) -> None:
    """Amounts as they are, to check the arithmetic behind them."""
    from welfare_desk.reporting import funder

    monkeypatch.setattr(funder, "blurred", lambda value, *_args: value)


def test_the_report_counts_families_hours_participants_and_money(
    store: Store, delivered: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    with UnitOfWork(store) as uow:
        shown = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), today=LATER)
    # two vouchers: their money would count them, so it is not given
    assert shown.summary["budget_spent"] is None and shown.summary["total_cost"] is None
    _exact(monkeypatch)
    with UnitOfWork(store) as uow:
        report = funder_report(
            uow, date(2026, 1, 1), date(2026, 12, 31), "lodigiano welfare", today=LATER
        )
    assert report.programme == "Lodigiano Welfare"
    summary = report.summary
    # counts of people go through the wall: each printed number is one that the true
    # count can be printed as
    for name, truth in (
        ("families_reached", 3),
        ("members_served", 3),
        ("participants", 3),
        ("completed", 1),  # 5 of 5; 3 of 5 is 60%; no register for the third
        ("vouchers_issued", 2),  # for services delivered: the cancelled one is not
    ):
        assert truth in possible_counts(summary[name]), name
    assert summary["families_reached"] == summary["workers_reached"]  # the same people
    assert summary["activities"] == 1 and summary["sessions"] == 5
    assert summary["hours"] == 40.0  # five days of eight hours
    assert summary["budget_allocated"] == 100_000
    assert summary["budget_spent"] == 2 * 12_000  # the cancelled one came back
    assert summary["satisfaction"] == NOT_SURVEYED
    (line,) = report.tables["budgets"]
    assert (line["action"], line["allocated"], line["spent"], line["available"]) == (
        "Voucher conciliazione",
        100_000,
        24_000,
        76_000,
    )
    (activity,) = report.tables["activities"]
    assert activity["service"] == "Campus estivo Il Mosaico"
    assert activity["provider"] == "Il Mosaico Servizi Cooperativa Sociale"
    # a period before the camp: nothing delivered, nothing spent
    with UnitOfWork(store) as uow:
        before = funder_report(uow, date(2026, 1, 1), date(2026, 3, 31), today=LATER)
    assert before.summary["activities"] == 0 and before.summary["budget_spent"] == 0


def test_wrong_periods_and_programmes_are_refused(
    store: Store, delivered: dict[str, object]
) -> None:
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="controlla le date"):
        funder_report(uow, date(2026, 5, 1), date(2026, 4, 1), today=LATER)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Lodigiano Welfare"):
        funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), "Altro programma", today=LATER)


def test_libreoffice_reads_the_sheets_the_layout_asks_for(
    sqlite_store: Store, tmp_path: Path
) -> None:
    service, edition = add_camp(sqlite_store)
    budget = programme(sqlite_store, 50_000)
    worker = add_worker(sqlite_store).worker.id
    child = add_member(sqlite_store, worker, "Luca", date(2017, 3, 1))
    with UnitOfWork(sqlite_store) as uow:
        enroll(uow, edition, worker, child, DAY)
    with UnitOfWork(sqlite_store) as uow:
        issue_voucher(
            uow, VoucherInput(worker, service, budget, member_id=child, edition_id=edition), DAY
        )
    layout = funder_layout()
    # an office renames a column and drops another: no code changes
    budgets = next(s for s in layout["sheets"] if s.get("source") == "budgets")
    budgets["columns"] = [
        {"key": "partner", "label": "Ente partner"},
        {"key": "spent", "label": "Spesa rendicontata", "money": True},
    ]
    with UnitOfWork(sqlite_store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, layout, today=LATER)
    book = write_funder_xlsx(tmp_path / "rendiconto.xlsx", report)
    sheets = calc_sheets(book, tmp_path)
    assert set(sheets) == {
        "Frontespizio",
        "Sintesi",
        "Attività",
        "Budget",
        "Periodi",
        "Comuni",
        "Colloqui",
        "Fornitori",
        "Costi",
    }
    cover = {row[0]: row[1] for row in sheets["Frontespizio"] if len(row) > 1}
    assert cover["Codice progetto"] and cover["Ente capofila"]
    assert "Firma del legale rappresentante" in cover
    # one voucher: no provider named
    (fornitori,) = [row for row in sheets["Fornitori"] if row and row[0] == ALL_PROVIDERS]
    assert fornitori[-1] == "n.d."  # nor its money, which would be the count of one
    summary = {row[0]: row[1] for row in sheets["Sintesi"][3:]}
    assert 1 in possible_counts(int(summary["Famiglie raggiunte"]))
    assert summary["Ore di servizio erogate"] == "40"
    assert summary["Budget speso nel periodo (servizi erogati)"] == "n.d."  # one voucher
    assert sheets["Budget"][2] == ["Ente partner", "Spesa rendicontata"]
    assert sheets["Budget"][3][-1] == "n.d."  # one voucher's money: not given, nor summed
    assert "Campus estivo Il Mosaico" in sheets["Attività"][3]


def test_a_layout_asking_for_what_does_not_exist_is_refused(
    store: Store, delivered: dict[str, object], tmp_path: Path
) -> None:
    layout = funder_layout()
    layout["sheets"][0]["rows"].append({"key": "happiness", "label": "Felicità"})
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, layout, today=LATER)
    with pytest.raises(InvalidInput, match="happiness"):
        write_funder_xlsx(tmp_path / "x.xlsx", report)
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda layout: layout.update(sheets=[]), "almeno un foglio"),
        (lambda layout: layout["sheets"].append(1), "non è un oggetto"),
        (lambda layout: layout["sheets"][0].update(title="a/b:c"), "Excel non accetta"),
        (lambda layout: layout["sheets"][0].update(kind="weird"), "«summary» o «table»"),
        (lambda layout: layout["sheets"][0].update(rows="abc"), "elenco «rows»"),
        (lambda layout: layout["sheets"][0]["rows"].append({"key": "x"}), "«key» e «label»"),
    ],
)
def test_a_layout_of_the_wrong_shape_says_what_to_fix(
    store: Store, delivered: dict[str, object], tmp_path: Path, mangle: object, message: str
) -> None:
    layout = funder_layout()
    mangle(layout)  # type: ignore[operator]
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, layout, today=LATER)
    with pytest.raises(InvalidInput, match=message):
        write_funder_xlsx(tmp_path / "x.xlsx", report)
    assert not (tmp_path / "x.xlsx").exists()


def test_a_period_is_one_quarter_or_one_year_that_has_ended(
    store: Store, delivered: dict[str, object]
) -> None:
    """#18 review: a workbook for 6 July alone printed 120 € spent, one child at the
    inclusion camp; nested periods put the same vouchers in many totals to average; and
    one reaching past today changed with every day it was made."""
    for start, end in (
        (date(2026, 7, 6), date(2026, 7, 6)),  # a day
        (date(2026, 1, 1), date(2026, 9, 30)),  # three quarters: nested in the year
        (date(2026, 4, 1), date(2026, 9, 30)),
    ):
        with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="anno intero"):
            funder_report(uow, start, end, today=LATER)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="non è ancora concluso"):
        funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), today=date(2026, 12, 17))
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="nel futuro"):
        funder_report(uow, date(2026, 7, 1), date(2026, 9, 30), today=date(2026, 6, 17))
    with UnitOfWork(store) as uow:
        second = funder_report(uow, date(2026, 4, 1), date(2026, 6, 30), today=LATER)
    assert second.summary["sessions"] == 5 and second.summary["hours"] == 40.0  # June's camp
    assert last_period(date(2026, 12, 3)) == (date(2026, 7, 1), date(2026, 9, 30))
    assert last_period(date(2027, 2, 1)) == (date(2026, 10, 1), date(2026, 12, 31))


def test_a_special_category_service_with_one_child_is_not_printed_as_one(
    store: Store, tmp_path: Path
) -> None:
    """#18: the funder workbook printed per-edition counts of 1 for «Centro estivo con
    sostegno all'inclusione», a service for children with a functional diagnosis. Every
    count of people it prints goes through the same wall as HR's summaries."""
    service, edition = add_camp(store, name="Centro estivo con sostegno all'inclusione")
    paid(store, service, edition, programme(store, 50_000), "Galli")
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, today=LATER)
    (activity,) = report.tables["activities"]
    assert activity["participants"] >= 5  # one child: never 1 to 4
    # printed within the noise's reach of the one child: 5 to 1 + 8 under ckm-2
    assert 1 in possible_counts(activity["participants"])
    assert report.summary["participants"] >= 5 and report.summary["families_reached"] >= 5
    for count in ("members_served", "vouchers_issued"):
        assert not 1 <= report.summary[count] <= 4, count
    (line,) = report.tables["budgets"]
    assert not 1 <= line["vouchers"] <= 4
    assert report.summary["hours"] == 40.0  # hours are not people: printed as they are


def test_money_and_families_count_only_services_delivered_by_the_reports_day(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#18: 30% of «Budget speso» was for editions in 2027: a voucher for a service not
    yet delivered is committed, not spent, and its family not yet reached."""
    budget = programme(store, 100_000)
    summer_service, summer = add_camp(store)  # 15–19 June 2026
    winter_service, winter = add_camp(
        store, starts=date(2027, 1, 4), ends=date(2027, 1, 8), name="Campus invernale"
    )
    paid(store, summer_service, summer, budget, "Galli")
    paid(store, winter_service, winter, budget, "Riva")
    _exact(monkeypatch)
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, today=LATER)
    assert report.summary["budget_spent"] == 12_000  # the June camp only
    assert report.summary["budget_committed"] == 12_000  # January's, not yet delivered
    assert 1 in possible_counts(report.summary["families_reached"])
    assert 1 in possible_counts(report.summary["vouchers_issued"])
    (line,) = report.tables["budgets"]
    assert (line["spent"], line["committed"], line["available"]) == (12_000, 12_000, 76_000)


def test_families_are_households_and_mean_the_same_with_a_programme_or_without(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#18: «Famiglie raggiunte» counted workers, and without a programme also everyone
    met at a desk. Two parents who both work and enrol the same child are one family;
    a worker only met at a desk is met, not reached."""
    from welfare_desk.cases.casework import ContactInput, record_contact
    from welfare_desk.domain.needs import Channel

    budget = programme(store, 100_000)
    service, edition = add_camp(store)
    mother = add_worker(store, surname="Galli", name="Anna").worker.id
    father = add_worker(store, surname="Galli", name="Marco", sex="M").worker.id
    child = add_member(store, mother, "Luca", date(2017, 3, 1), codice_fiscale="GLLLCU17C01F205X")
    add_member(store, father, "Luca", date(2017, 3, 1), codice_fiscale="GLLLCU17C01F205X")
    with UnitOfWork(store) as uow:
        enroll(uow, edition, mother, child, DAY)
    with UnitOfWork(store) as uow:
        issue_voucher(
            uow, VoucherInput(mother, service, budget, member_id=child, edition_id=edition), DAY
        )
    other = add_worker(store, surname="Sala", name="Carla").worker.id
    with UnitOfWork(store) as uow:
        record_contact(uow, ContactInput(other, datetime(2026, 5, 6, 10), Channel.PHONE, 20))
        record_contact(uow, ContactInput(father, datetime(2026, 5, 7, 10), Channel.PHONE, 20))
    from welfare_desk.reporting import funder

    monkeypatch.setattr(funder, "perturb", lambda value, _key, *_method: value)  # the true counts
    counted = []
    for name in ("Lodigiano Welfare", None):
        with UnitOfWork(store) as uow:
            counted.append(
                funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), name, today=LATER)
            )
    assert [r.summary["families_reached"] for r in counted] == [1, 1]
    assert [r.summary["workers_reached"] for r in counted] == [1, 1]  # who got the service
    assert counted[1].summary["workers_met"] == 2  # met at a desk, in either report


def test_what_the_funder_asks_for_is_counted_from_the_store(
    store: Store, delivered: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """#18: children and children with a disability, activities by school closure and
    municipality, contacts and hours at the desks, spending by provider, the welfare
    managers' hours as a cost with the funded share and co-financing, and a cover with
    lead body, project code, funder and a place to sign."""
    from welfare_desk.cases.casework import ContactInput, record_contact
    from welfare_desk.domain.needs import Channel
    from welfare_desk.reporting import funder
    from welfare_desk.store.models import HouseholdMember

    with UnitOfWork(store) as uow:
        child = uow.session.scalars(select(HouseholdMember).order_by(HouseholdMember.name)).first()
        assert child is not None
        child.disability = "severe"
        worker = child.worker_id
        uow.commit()
    with UnitOfWork(store) as uow:
        for day in range(4, 10):
            record_contact(
                uow, ContactInput(worker, datetime(2026, 5, day, 10), Channel.WELFARE_DAY, 30)
            )
        record_contact(uow, ContactInput(worker, datetime(2026, 5, 11, 9), Channel.PHONE, 15))
    monkeypatch.setattr(funder, "perturb", lambda value, _key, *_method: value)  # the true counts
    _exact(monkeypatch)
    with UnitOfWork(store) as uow:
        report = funder_report(
            uow, date(2026, 1, 1), date(2026, 12, 31), "Lodigiano Welfare", today=LATER
        )
    summary = report.summary
    assert summary["children_served"] == 3 and summary["children_with_disability"] == 1
    assert summary["contacts"] == 7 and summary["contact_hours"] == 3.2  # 6 × 30' + 15'
    (summer,) = report.tables["by_period"]
    assert (summer["period"], summer["activities"], summer["participants"]) == ("estate", 1, 3)
    (codogno,) = report.tables["by_municipality"]
    assert (codogno["municipality"], codogno["participants"]) == ("Codogno", 3)
    channels = {row["channel"]: row for row in report.tables["contacts"]}
    assert channels["welfare day"]["contacts"] == 6 and channels["welfare day"]["hours"] == 3.0
    (provider,) = report.tables["by_provider"]  # two vouchers: pooled, not named
    assert (provider["provider"], provider["vouchers"], provider["spent"]) == (
        ALL_PROVIDERS,
        2,
        24_000,
    )
    costs = {row["item"]: row for row in report.tables["costs"]}
    staff = costs["Ore dei welfare manager (colloqui)"]
    assert staff["hours"] == 3.2 and staff["cost"] == round(3.25 * 2500)
    assert summary["total_cost"] == 24_000 + staff["cost"]
    assert summary["funded_amount"] + summary["co_financing"] == summary["total_cost"]
    assert report.cover["project_code"] and report.cover["lead_body"]


def test_no_voucher_and_no_small_provider_can_be_told_apart_in_the_funders_copy(
    store: Store, tmp_path: Path
) -> None:
    """#18 review: the voucher register printed one row per voucher, with its service and
    provider: the one voucher for «sostegno all'inclusione» was there to be counted, and
    a provider's exact spending divided by the voucher's value gave its count. Money is
    broken down only over groups of at least five vouchers by their printed count."""
    budget = programme(store, 500_000)
    service, edition = add_camp(store)
    surnames = "Galli Bassi Conti Fava Moro Neri Pace Porta Sala Testa Villa Zucca Riva"
    surnames += " Gatti Ferri Longo Bianchi Rossi Serra Vitale Zanetti"  # 21: printed 13 or more
    for surname in surnames.split():
        paid(store, service, edition, budget, surname)
    with UnitOfWork(store) as uow:
        other = save_provider(uow, ProviderInput("Cooperativa Arcobaleno"))
    special, centre = add_camp(
        store, name="Centro estivo con sostegno all'inclusione", provider_id=other
    )
    paid(store, special, centre, budget, "Bruni")
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, today=LATER)
    assert "register" not in report.tables
    providers = {row["provider"]: row for row in report.tables["by_provider"]}
    assert "Cooperativa Arcobaleno" not in providers
    for row in providers.values():
        assert row["vouchers"] >= CLEAR, row  # so that no count of 1 to 4 is behind it
        assert row["spent"] is not None  # and blurred (`disclosure.blurred`)
    # Arcobaleno's one joins Il Mosaico: all the vouchers, so the summary's very amount
    (everyone,) = providers.values()
    assert everyone["spent"] == report.summary["budget_spent"]
    path = write_funder_xlsx(tmp_path / "f.xlsx", report)
    cells = [
        str(cell)
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert not [c for c in cells if c.startswith("V-2026-")]


def test_all_programmes_leave_out_what_employers_credits_alone_paid(
    store: Store,
) -> None:
    """#18 review: the report for all programmes counted editions paid only by employers'
    welfare credits as the programmes' activities."""
    budget = programme(store, 500_000)
    service, edition = add_camp(store)
    paid(store, service, edition, budget, "Galli")
    credits_service, by_credits = add_camp(
        store, starts=date(2026, 7, 6), ends=date(2026, 7, 10), name="Campus di luglio"
    )
    paid(store, credits_service, by_credits, None, "Riva")  # on the worker's credits
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 1, 1), date(2026, 12, 31), None, today=LATER)
    assert [a["service"] for a in report.tables["activities"]] == ["Campus estivo Il Mosaico"]
    assert report.summary["activities"] == 1
    assert report.summary["employers"] == 1  # the credits' worker was not reached by it


def test_what_credits_paid_after_the_period_does_not_change_it(store: Store) -> None:
    """#18 review: a credit voucher issued after the period's end took an edition of the
    period out of an old workbook: made again, it changed."""
    service, edition = add_camp(store)  # 15–19 June
    paid(store, service, edition, None, "Riva", date(2026, 7, 20))  # after the 2nd quarter
    with UnitOfWork(store) as uow:
        report = funder_report(uow, date(2026, 4, 1), date(2026, 6, 30), None, today=LATER)
    assert [a["service"] for a in report.tables["activities"]] == ["Campus estivo Il Mosaico"]
