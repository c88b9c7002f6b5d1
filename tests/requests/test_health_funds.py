"""Health-fund requests through the store: documents, deadlines, amounts, attachments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers import add_worker, sign
from welfare_desk.domain.health_funds import HfStatus, RequestKind
from welfare_desk.errors import InvalidInput
from welfare_desk.requests.health_funds import (
    HfInput,
    add_invoice,
    attach,
    by_deadline,
    change_status,
    counts_by_status,
    create_request,
    set_documents,
)
from welfare_desk.store.engine import Store
from welfare_desk.store.models import HealthAttachment
from welfare_desk.store.uow import UnitOfWork

TODAY = date(2026, 12, 28)


def claim(store: Store) -> object:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow:
        request = create_request(uow, HfInput(worker, "fisde", RequestKind.REIMBURSEMENT), TODAY)
    with UnitOfWork(store) as uow:
        request = add_invoice(uow, request.id, request.version, date(2026, 12, 2), 18000, TODAY)
    return request


def test_a_claim_from_draft_to_paid_with_its_deadline_and_documents(store: Store) -> None:
    request = claim(store)
    assert request.due == date(2027, 1, 31)  # 60 days after the invoice  # type: ignore[attr-defined]
    assert request.missing == (  # type: ignore[attr-defined]
        "modulo di richiesta di rimborso",
        "fattura quietanzata, fiscalmente valida",
        "prescrizione medica con la diagnosi (non i soli sintomi)",
    )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Mancano documenti"):
        change_status(uow, request.id, request.version, HfStatus.SUBMITTED, TODAY)  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        request = set_documents(
            uow,
            request.id,
            request.version,
            {"claim_form", "invoice", "prescription"},  # type: ignore[attr-defined]
        )
    with UnitOfWork(store) as uow:
        request = change_status(uow, request.id, request.version, HfStatus.SUBMITTED, TODAY)
    with UnitOfWork(store) as uow:
        request = change_status(
            uow, request.id, request.version, HfStatus.SUSPENDED, date(2027, 1, 10)
        )
    assert request.due == date(2027, 2, 9)  # 30 days to complete
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="finito il 09/02/2027"):
        change_status(uow, request.id, request.version, HfStatus.SUBMITTED, date(2027, 2, 10))
    with UnitOfWork(store) as uow:
        request = change_status(
            uow, request.id, request.version, HfStatus.SUBMITTED, date(2027, 2, 1)
        )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="minore di quello richiesto"):
        change_status(
            uow, request.id, request.version, HfStatus.PARTLY_APPROVED, date(2027, 2, 20), 20000
        )
    with UnitOfWork(store) as uow:
        request = change_status(
            uow, request.id, request.version, HfStatus.PARTLY_APPROVED, date(2027, 2, 20), 12000
        )
    with UnitOfWork(store) as uow:
        request = change_status(uow, request.id, request.version, HfStatus.PAID, date(2027, 3, 5))
    assert (request.claimed_cents, request.approved_cents, request.paid_cents) == (
        18000,
        12000,
        12000,
    )
    with UnitOfWork(store) as uow:
        assert counts_by_status(uow)["paid"] == 1


def test_a_lapsed_claim_is_not_sent_and_the_deadlines_are_listed_nearest_first(
    store: Store,
) -> None:
    request = claim(store)
    with UnitOfWork(store) as uow:
        request = set_documents(
            uow,
            request.id,
            request.version,
            {"claim_form", "invoice", "prescription"},  # type: ignore[attr-defined]
        )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="scaduto il 31/01/2027"):
        change_status(uow, request.id, request.version, HfStatus.SUBMITTED, date(2027, 2, 1))
    with UnitOfWork(store) as uow:
        listed = by_deadline(uow, TODAY)
    assert [v.due for v in listed] == [date(2027, 1, 31)]


def test_attachments_over_the_funds_limit_are_refused_and_kept_with_their_hash(
    store: Store,
) -> None:
    request = claim(store)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="accetta file fino a 2 MB"):
        attach(uow, request.id, "cartella.pdf", b"x" * (2 * 1024 * 1024 + 1))  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        digest = attach(uow, request.id, "fattura.pdf", b"%PDF-1.4 fattura", "invoice")  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        kept = uow.session.scalar(select(HealthAttachment))
        assert kept is not None
        assert (kept.sha256, kept.size, kept.content_type) == (digest, 16, "application/pdf")


def test_a_regime_the_fund_does_not_have_is_refused(store: Store) -> None:
    worker = add_worker(store).worker.id
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="regime diretto"):
        create_request(
            uow, HfInput(worker, "fisde", RequestKind.PRE_AUTHORISATION, "direct"), TODAY
        )
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="non è tra quelli"):
        create_request(uow, HfInput(worker, "acme", RequestKind.ENROLMENT), TODAY)


def test_the_agenda_shows_a_claims_deadline_and_the_ministrys_before_they_lapse(
    store: Store,
) -> None:
    from welfare_desk.cases.agenda import agenda
    from welfare_desk.domain.smart_working import SwStatus
    from welfare_desk.requests.smart_working import SwInput
    from welfare_desk.requests.smart_working import change_status as move
    from welfare_desk.requests.smart_working import create_request as ask

    request = claim(store)  # FISDE, invoice of 20/12/2026: by 31/01/2027
    worker = request.worker_id  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        sw = ask(uow, SwInput(worker, 1, (2,), date(2027, 1, 11)), TODAY)
    for status in (SwStatus.SUBMITTED, SwStatus.UNDER_REVIEW, SwStatus.APPROVED, SwStatus.ACTIVE):
        if status is SwStatus.ACTIVE:
            sw = sign(store, sw)
        with UnitOfWork(store) as uow:
            sw = move(uow, sw.id, sw.version, status, TODAY)
    with UnitOfWork(store) as uow:
        items = agenda(uow, date(2027, 1, 26), date(2027, 1, 31))
    assert [(i.kind, i.due, i.title) for i in items] == [
        ("ministry", date(2027, 1, 16), "comunicazione al Ministero (inizio del lavoro agile)"),
        ("health", date(2027, 1, 31), "FISDE, rimborso: scade tra 5 giorni"),
    ]
    assert items[0].overdue and not items[1].overdue
    assert items[1].worker_id == worker and items[1].case_number == request.number  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        assert agenda(uow, date(2027, 1, 26), date(2027, 1, 31), operator="Giulia Ferri") == []


def test_a_scan_comes_back_as_it_was_kept(store: Store) -> None:
    from welfare_desk.requests.health_funds import attachment_content, attachments_of

    request = claim(store)
    with UnitOfWork(store) as uow:
        attach(uow, request.id, "ricetta.jpg", b"\xff\xd8jpeg", "prescription")  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        (kept,) = attachments_of(uow, request.id)  # type: ignore[attr-defined]
        assert (kept.filename, kept.document, kept.size) == (
            "ricetta.jpg",
            "prescrizione medica con la diagnosi (non i soli sintomi)",
            6,
        )
        assert attachment_content(uow, kept.id) == ("ricetta.jpg", b"\xff\xd8jpeg")


def test_a_lapsed_invoice_is_refused_and_only_a_claim_is_paid(store: Store) -> None:
    request = claim(store)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="fuori termine per FISDE"):
        add_invoice(uow, request.id, request.version, date(2026, 3, 1), 5000, TODAY)  # type: ignore[attr-defined]
    worker = request.worker_id  # type: ignore[attr-defined]
    with UnitOfWork(store) as uow:
        extension = create_request(
            uow, HfInput(worker, "fisde", RequestKind.FAMILY_EXTENSION), TODAY
        )
    with UnitOfWork(store) as uow:
        extension = set_documents(
            uow, extension.id, extension.version, {"enrolment_form", "family_status"}
        )
    for status in (HfStatus.SUBMITTED, HfStatus.APPROVED):
        with UnitOfWork(store) as uow:
            extension = change_status(uow, extension.id, extension.version, status, TODAY)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="Si paga solo un rimborso"):
        change_status(uow, extension.id, extension.version, HfStatus.PAID, TODAY)


def test_the_agenda_by_social_point_keeps_the_requests_of_its_workers(store: Store) -> None:
    from welfare_desk.cases.agenda import agenda
    from welfare_desk.store.models import SocialPoint, Worker

    request = claim(store)
    with UnitOfWork(store) as uow:
        worker = uow.session.get(Worker, request.worker_id)  # type: ignore[attr-defined]
        assert worker is not None
        point = SocialPoint(code="SP09", name="Sportello", organization_id=worker.organization_id)
        other = SocialPoint(code="SP10", name="Altro", organization_id=worker.organization_id)
        uow.session.add_all([point, other])
        uow.flush()
        worker.social_point_id = point.id
        uow.commit()
        here, elsewhere = point.id, other.id
    with UnitOfWork(store) as uow:
        mine = agenda(uow, date(2027, 1, 26), date(2027, 1, 31), social_point_id=here)
        theirs = agenda(uow, date(2027, 1, 26), date(2027, 1, 31), social_point_id=elsewhere)
    assert [i.kind for i in mine] == ["health"] and theirs == []


def test_the_demo_goes_on_from_the_numbers_already_given(store: Store) -> None:
    from welfare_desk.demo.generate import generate
    from welfare_desk.requests import health_funds as health_requests
    from welfare_desk.requests import smart_working
    from welfare_desk.store.counters import next_counter

    with UnitOfWork(store) as uow:  # a store whose workers were removed keeps its numbers
        for _ in range(3):
            next_counter(uow, "hf_counter:2026")
            next_counter(uow, "sw_counter:2026")
        uow.commit()
    with UnitOfWork(store) as uow:
        generate(uow, 300, seed=5, today=date(2026, 11, 21))
    with UnitOfWork(store) as uow:
        numbers = [r.number for r in health_requests.all_requests(uow)]
        numbers += [r.number for r in smart_working.all_requests(uow)]
    this_year = [n for n in numbers if "-2026-" in n]
    assert this_year and not {"FS-2026-00001", "LA-2026-00001", "LA-2026-00003"} & set(numbers)
    assert len(set(numbers)) == len(numbers)


def test_care_at_a_metasalute_provider_is_asked_direct_not_reimbursed(store: Store) -> None:
    worker = add_worker(store).worker.id
    indirect = HfInput(worker, "metasalute", RequestKind.REIMBURSEMENT, network_provider=True)
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="si usa il regime diretto"):
        create_request(uow, indirect, TODAY)
    with UnitOfWork(store) as uow:  # FISDE has no network of its own: reimbursement as usual
        assert create_request(
            uow,
            HfInput(worker, "fisde", RequestKind.REIMBURSEMENT, network_provider=True),
            TODAY,
        )


def test_the_agendas_deadlines_are_the_requests_pages_read_lean(sqlite_store: Store) -> None:
    """#19: the agenda built the requests page's whole view of every open request (1,334
    on the full demo of 50,000 workers) to keep the week's few: it now reads only the
    requests that can have a deadline, as plain rows; the days must be the same."""
    from datetime import timedelta

    from welfare_desk.demo.generate import generate
    from welfare_desk.requests.health_funds import deadlines

    with UnitOfWork(sqlite_store) as uow:
        generate(uow, 600, seed=3, today=TODAY)
    claim(sqlite_store)  # a draft with its invoice: the demo's drafts have none yet
    with UnitOfWork(sqlite_store) as uow:
        views = by_deadline(uow, TODAY)
        statuses = {v.status for v in views if v.due is not None}
        assert statuses == {HfStatus.SUSPENDED.value, HfStatus.DRAFT.value}
        for days in (-30, 0, 7, 60, 400):
            until = TODAY + timedelta(days=days)
            expected = [
                (v.number, v.worker, v.fund, v.due) for v in views if v.due and v.due <= until
            ]
            found = [(d.number, d.worker, d.fund, d.due) for d in deadlines(uow, until)]
            assert sorted(found) == sorted(expected), until
            assert [d.due for d in deadlines(uow, until)] == sorted(d for *_, d in expected)
