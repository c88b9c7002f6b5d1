"""Stamps read in Rome whatever the machine's zone."""

from __future__ import annotations

from datetime import datetime

from welfare_desk.gui.formatting import date_time, wall_time


def test_a_stored_stamp_reads_as_rome_time(machine_in_new_york: None) -> None:
    assert date_time(datetime(2026, 11, 30, 9, 0)) == "30/11/2026 10:00"  # winter: UTC+1
    assert date_time(datetime(2026, 7, 1, 9, 0)) == "01/07/2026 11:00"  # summer: UTC+2
    assert date_time(datetime(2026, 12, 31, 23, 30)) == "01/01/2027 00:30"


def test_a_meeting_s_time_reads_as_it_was_written(machine_in_new_york: None) -> None:
    assert wall_time(datetime(2026, 11, 30, 9, 45)) == "30/11/2026 09:45"
