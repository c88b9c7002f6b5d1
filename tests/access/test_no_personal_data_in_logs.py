"""Logs and error messages never carry names, codici fiscali or notes: an error whose
text holds them reaches the log, the desk's status bar and the command line as its kind
alone."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from welfare_desk import cli
from welfare_desk.gui.tasks import TaskRunner

PERSONAL = "Rossi Maria RSSMRA85C47E648X: incinta, figlio con L. 104 art. 3 c. 3"


def _fails() -> None:
    raise RuntimeError(PERSONAL)


def test_a_failed_task_logs_and_says_only_its_kind(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    runner = TaskRunner()
    said: list[str] = []
    runner.failed.connect(said.append)
    try:
        with caplog.at_level(logging.DEBUG):
            runner.run(_fails)
            qtbot.waitUntil(lambda: bool(said), timeout=5000)
    finally:
        runner.shutdown()
    shown = " ".join(said) + " ".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in shown
    for piece in ("Rossi", "RSSMRA85C47E648X", "incinta", "104"):
        assert piece not in shown
    assert not any(r.exc_info for r in caplog.records)  # no traceback with the text


def test_the_command_line_says_only_the_kind_of_an_unexpected_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WELFARE_DESK_DEBUG", raising=False)
    monkeypatch.setattr(cli, "cmd_stats", lambda _args: _fails())
    code = cli.main(["stats"])
    out, err = capsys.readouterr()
    assert code == 1 and "RuntimeError" in err
    for piece in ("Rossi", "RSSMRA85C47E648X", "incinta"):
        assert piece not in out + err
