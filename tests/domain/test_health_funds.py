"""Health-fund requests: every move, deadlines across month and year ends, documents."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from welfare_desk.domain.health_funds import (
    HF_TRANSITIONS,
    HfStatus,
    RequestKind,
    check_amounts,
    check_attachment,
    check_hf_transition,
    claim_deadline,
    completion_deadline,
    days_left_text,
    funds_from,
    missing_documents,
)
from welfare_desk.domain.problems import DomainError
from welfare_desk.reference import reference_dir

FUNDS = funds_from(json.loads((reference_dir() / "health_funds.json").read_text("utf-8")))
FISDE, META, REGIONAL = FUNDS["fisde"], FUNDS["metasalute"], FUNDS["regionale"]
ALLOWED = {(a, b) for a, targets in HF_TRANSITIONS.items() for b in targets}


@pytest.mark.parametrize(("current", "wanted"), list(itertools.product(HfStatus, HfStatus)))
def test_every_move_is_allowed_or_refused(current: HfStatus, wanted: HfStatus) -> None:
    if (current, wanted) in ALLOWED:
        check_hf_transition(current, wanted)
        return
    with pytest.raises(DomainError):
        check_hf_transition(current, wanted)


def test_sixty_days_from_the_day_after_the_invoice() -> None:
    """FISDE: «60 giorni decorrenti dal giorno successivo alla data fattura»; the December
    cut-off the desk used to apply had no source and is gone."""
    assert claim_deadline(FISDE, [date(2026, 10, 15)]) == date(2026, 12, 14)
    assert claim_deadline(FISDE, [date(2026, 12, 20)]) == date(2027, 2, 18)
    assert claim_deadline(FISDE, [date(2026, 11, 30), date(2026, 12, 20)]) == date(2027, 1, 29)


def test_metasalute_takes_claims_within_two_years_and_sends_network_care_direct() -> None:
    """mètaSalute's FAQ: a claim «può avvenire entro due anni»; at a contracted provider
    the direct regime is compulsory, else the care is neither paid nor reimbursed."""
    assert claim_deadline(META, [date(2026, 3, 10)]) == date(2028, 3, 10)
    assert claim_deadline(META, [date(2024, 2, 29)]) == date(2026, 2, 28)
    assert META.network_requires_direct and not FISDE.network_requires_direct
    assert "fondometasalute.it" in META.source


def test_every_fund_cites_where_its_values_come_from() -> None:
    for fund in FUNDS.values():
        assert fund.source.strip(), fund.code


def test_ninety_days_from_the_last_invoice_of_a_cycle() -> None:
    cycle = [date(2026, 3, 1), date(2026, 4, 15), date(2026, 12, 31)]
    assert claim_deadline(REGIONAL, cycle) == date(2027, 3, 31)
    assert claim_deadline(REGIONAL, []) is None


@given(st.lists(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)), min_size=1))
def test_a_deadline_is_never_before_an_invoice_nor_later_than_the_fund_allows(
    invoices: list[date],
) -> None:
    for fund in FUNDS.values():
        deadline = claim_deadline(fund, invoices)
        assert deadline is not None
        anchor = max(invoices) if fund.from_last_invoice else min(invoices)
        longest = fund.claim_deadline_days + 366 * fund.claim_deadline_years
        assert anchor < deadline <= anchor + timedelta(days=longest)


def test_completion_windows_and_the_agendas_words() -> None:
    assert completion_deadline(FISDE, date(2026, 12, 15)) == date(2027, 1, 14)
    assert completion_deadline(REGIONAL, date(2028, 1, 1)) == date(2028, 3, 1)
    today = date(2026, 11, 22)
    assert days_left_text(date(2026, 11, 27), today) == "scade tra 5 giorni"
    assert days_left_text(today, today) == "scade oggi"
    assert days_left_text(date(2026, 11, 23), today) == "scade domani"
    assert days_left_text(date(2026, 11, 19), today) == "scaduta da 3 giorni"


def test_documents_each_request_needs() -> None:
    assert missing_documents(FISDE, RequestKind.REIMBURSEMENT, ["invoice"]) == [
        "claim_form",
        "prescription",
    ]
    assert missing_documents(META, RequestKind.PRE_AUTHORISATION, ["prescription"]) == []


def test_amounts_and_attachments_over_the_limit_are_refused() -> None:
    check_amounts(10000, 8000, 8000)
    with pytest.raises(DomainError, match="accolto non può superare"):
        check_amounts(10000, 12000, None)
    with pytest.raises(DomainError, match="pagato non può superare"):
        check_amounts(10000, 8000, 9000)
    check_attachment(FISDE, "fattura.pdf", 2 * 1024 * 1024)
    with pytest.raises(DomainError) as too_big:
        check_attachment(FISDE, "ricovero.pdf", 2 * 1024 * 1024 + 1)
    assert too_big.value.message == (
        "«ricovero.pdf» pesa 2,0 MB: il fondo FISDE accetta file fino a 2 MB. Riduci la "
        "scansione o dividila."
    )
    with pytest.raises(DomainError, match="solo PDF o immagini"):
        check_attachment(FISDE, "fattura.docx", 1000)


def test_a_fund_says_whether_it_is_in_the_anagrafe_dei_fondi_sanitari() -> None:
    """Contributions are exempt only when paid to a fund registered in the Ministry of
    Health's Anagrafe (DM 31/3/2008, DM 27/10/2009): a fund not known to be registered is
    said so, never presumed."""
    from welfare_desk.domain.health_funds import anagrafe_note
    from welfare_desk.reference import health_funds

    funds = health_funds()
    assert funds["metasalute"].anagrafe_registered is True
    assert anagrafe_note(funds["metasalute"]) is None
    assert funds["regionale"].anagrafe_registered is None
    assert anagrafe_note(funds["regionale"]) == (
        "Fondo sanitario regionale di categoria: l'iscrizione all'Anagrafe dei fondi "
        "sanitari non è verificata. Senza, i contributi non sono esenti (art. 51 c. 2 "
        "lett. a TUIR): chiedi al fondo l'attestazione del Ministero della Salute."
    )
