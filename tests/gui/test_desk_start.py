"""Starting the desk: smoke screenshots, no display, and a UI that never waits on the store."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from tests.conftest import store_env
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.registry import workers as registry

COMMAND = str(Path(sys.executable).parent / "welfare-desk")


def test_smoke_opens_the_desk_and_saves_a_screenshot(demo_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "desk.png"
    env = store_env(demo_file, XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [COMMAND, "--db", str(demo_file), "--smoke", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    float(done.stdout.strip())  # seconds to the first page


def test_without_a_display_the_desk_says_how_to_go_on(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [COMMAND, "--db", str(tmp_path / "x.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "Nessuno schermo disponibile: per provare il programma senza schermo usa "
        "--smoke FILE.png, oppure imposta QT_QPA_PLATFORM=offscreen."
    ]


def test_the_window_repaints_while_the_store_is_slow(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = registry.search_workers
    release = threading.Event()

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # the store stays busy until the test has seen the window paint
        return real(*args, **kwargs)

    monkeypatch.setattr(registry, "search_workers", slow)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(time.perf_counter()), window.repaint()))
    timer.start(50)
    started = time.perf_counter()
    window.workers_page.search.setText("rossi")
    assert time.perf_counter() - started < 0.2  # typing returned at once
    # while the search is held on the store thread, the event loop runs and paints
    qtbot.waitUntil(lambda: len(ticks) >= 15, timeout=5000)
    assert window.workers_page.model.loading
    release.set()
    qtbot.waitUntil(lambda: not window.workers_page.model.loading, timeout=10_000)
    timer.stop()
