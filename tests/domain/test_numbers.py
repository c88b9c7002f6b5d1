"""Numbers that need one truth: provisional on a replica, definitive from the hub."""

from __future__ import annotations

from welfare_desk.domain.numbers import counter_key, definitive, is_provisional, printed


def test_a_provisional_number_is_told_from_a_definitive_one() -> None:
    assert is_provisional("SP01-2026-P0007")
    assert is_provisional("FS-2026-P00003")
    assert not is_provisional("SP01-2026-0007")
    assert not is_provisional(None)


def test_the_hub_keeps_the_prefix_and_the_width_and_gives_its_own_progressive() -> None:
    assert definitive("case_file", "SP01-2026-P0007", 42) == "SP01-2026-0042"
    assert definitive("voucher", "V-2027-P00001", 3) == "V-2027-00003"
    assert counter_key("case_file", "SP01-2026") == "case_counter:SP01:2026"
    assert counter_key("health_request", "FS-2026") == "hf_counter:2026"
    assert counter_key("smart_working_request", "LA-2026") == "sw_counter:2026"
    assert counter_key("voucher", "V-2027") == "voucher_counter:2027"
    assert counter_key("contact", "X-2026") is None


def test_a_printed_document_says_a_number_is_provisional() -> None:
    assert printed("LA-2026-P00001") == "LA-2026-P00001 (provvisorio)"
    assert printed("LA-2026-00001") == "LA-2026-00001"
