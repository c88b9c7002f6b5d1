"""Starting the desk: the application, the language, the store, the first start."""

from __future__ import annotations

import atexit
import os
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from welfare_desk.clock import Clock
from welfare_desk.gui import i18n, settings
from welfare_desk.gui.context import DeskContext
from welfare_desk.gui.main_window import MainWindow
from welfare_desk.gui.opened import clean_opened, default_opened_folder
from welfare_desk.gui.resources import icon, style_sheet
from welfare_desk.gui.tasks import TaskRunner
from welfare_desk.registry.worker_hits import quick_search
from welfare_desk.store import quick  # noqa: F401 - light, and imported before threads start
from welfare_desk.store.cipher import KeyRequired
from welfare_desk.store.errors import PasswordRequired, StoreError, WrongPassword

if TYPE_CHECKING:
    from welfare_desk.access.operators import SignedIn
    from welfare_desk.registry.worker_hits import WorkerHit
    from welfare_desk.store.engine import Store

SMOKE_TIMEOUT_MS = 60_000
FIRST_PAINT_MS = 100
NO_DISPLAY = (
    "Nessuno schermo disponibile: per provare il programma senza schermo usa "
    "--smoke FILE.png, oppure imposta QT_QPA_PLATFORM=offscreen."
)


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


class DeskStarter:
    """Opens the store off the UI thread, asking for a password on it when needed."""

    def __init__(
        self, context: DeskContext, location: str | None, interactive: bool = True
    ) -> None:
        self.context = context
        self.location = location
        self.password: str | None = None
        self.passphrase: str | None = None  # an encrypted store's, where no keyring has it
        self.remember = False
        self.interactive = interactive  # --smoke: no dialog, WELFARE_DESK_OPERATOR instead
        self._window: MainWindow | None = None

    @property
    def window(self) -> MainWindow:
        assert self._window is not None, "attach the window before the event loop runs"
        return self._window

    def attach(self, window: MainWindow) -> None:
        """The window, built while the store thread already works; answers come after."""
        self._window = window
        if self.context.store is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("DeskStarter", "Opening the store…")
            )

    def open(self) -> None:
        """The list's first page comes straight from the file when it can: the desk shows
        people before SQLAlchemy (half a second to import) has even loaded. The full store
        opens right after; a store to create, upgrade or unlock takes the full path at once.
        """
        if self.password is not None or self.passphrase is not None:
            self._open_full()
            return
        from welfare_desk.gui.worker_list_model import PAGE

        location = self.location

        def job() -> list[WorkerHit] | None:
            return quick_search(location, "", PAGE)

        def show(rows: list[WorkerHit] | None) -> None:
            if rows is None:
                self._open_full()
                return
            # Only a store without operators answers here (quick.GUARDED_SQL): there is
            # no sign-in to wait for, and the first page shows at once.
            self.window.workers_page.model.show_first_page(rows)
            # Importing SQLAlchemy holds Python's lock for half a second: let the first
            # page paint before the store thread starts on it.
            QTimer.singleShot(FIRST_PAINT_MS, self._open_full)

        self.context.runner.run(job, show, lambda _error: self._open_full())

    def _open_full(self) -> None:
        location, password, clock = self.location, self.password, self.context.clock
        passphrase = self.passphrase

        def job() -> Store:
            from welfare_desk.store.opening import open_store

            return open_store(location, clock=clock, password=password, passphrase=passphrase)

        self.context.runner.run(job, self._opened, self._failed)

    def _opened(self, store: Store) -> None:
        self.context.store = store
        self.window.statusBar().clearMessage()
        if self.remember and self.password and not store.target.is_sqlite:
            from welfare_desk.store import credentials

            credentials.save_password(store.target.url, self.password)

        def job(uow: Any) -> bool:
            from welfare_desk.access.operators import accounts_exist

            return accounts_exist(uow)

        self.context.runner.run(self.context.in_store(job), self._ask_who, self._failed)

    def _ask_who(self, guarded: bool) -> None:
        """Nothing of a person shows before a sign-in; a new store makes its first
        administrator. Without a screen (--smoke) the environment says who it is."""
        from welfare_desk.gui.dialogs.sign_in_dialog import FirstAdminDialog, SignInDialog

        if not self.interactive:
            if guarded:
                self._sign_in_from_environment()
            else:
                self._start()
            return
        last = self.context.settings.get(settings.LAST_LOGIN)
        point = self.context.settings.get(settings.LAST_POINT)
        dialog = (
            SignInDialog(self.context, last, self.window, last_point=point)
            if guarded
            else FirstAdminDialog(self.context, self.window)
        )
        dialog.signed_in.connect(lambda signed: self._signed_in(signed, dialog))
        dialog.rejected.connect(self.window.close)
        dialog.open()

    def _sign_in_from_environment(self) -> None:
        login = os.environ.get("WELFARE_DESK_OPERATOR", "")
        password = os.environ.get("WELFARE_DESK_PASSWORD", "")

        def job(uow: Any) -> Any:
            from welfare_desk.access.operators import sign_in

            return sign_in(uow, login, password)

        self.context.runner.run(self.context.in_store(job), self._signed_in, self._failed)

    def _signed_in(self, signed: SignedIn, dialog: object = None) -> None:
        point = getattr(dialog, "point_id", None)  # the first administrator names none
        self.context.sign_in_as(signed, point)
        self.context.settings.set(settings.LAST_LOGIN, signed.login)
        self.context.settings.set(settings.LAST_POINT, point.hex if point else "")
        self._start()

    def _start(self) -> None:
        self.window.start()
        self._offer_demo()

    def _failed(self, error: Exception) -> None:
        from welfare_desk.store.engine import resolve_target

        target = resolve_target(self.location) if isinstance(error, StoreError) else None
        if isinstance(error, PasswordRequired | WrongPassword) and target is not None:
            from welfare_desk.gui.dialogs.password_dialog import PasswordDialog

            dialog = PasswordDialog(target, error.message, self.window)
            if dialog.exec():
                self.password, self.remember = dialog.password, dialog.remember
                self.open()
                return
        if isinstance(error, KeyRequired) and target is not None and self.interactive:
            from welfare_desk.gui.dialogs.passphrase_dialog import PassphraseDialog

            asking = PassphraseDialog(error.message, error.new, target.display, self.window)
            if asking.exec():
                self.passphrase = asking.passphrase
                self.open()
            else:
                self.window.close()
            return
        message = getattr(error, "message", None) or QCoreApplication.translate(
            "DeskStarter", "The store could not be opened (%1)."
        ).replace("%1", type(error).__name__)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("DeskStarter", "Store not available"),
            message,
            parent=self.window,
        )
        retry = box.addButton(
            QCoreApplication.translate("DeskStarter", "&Try again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("DeskStarter", "&Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is retry:
            self.open()
        else:
            self.window.close()

    def _offer_demo(self) -> None:
        if self.context.settings.get(settings.FIRST_START_ANSWERED):
            return
        from welfare_desk.domain.access import people_refusal

        signed = self.context.signed_in
        if signed is not None and people_refusal(signed.role.value, signed.also_manager):
            return  # demo families are people: offered to whoever may see them
        from welfare_desk.registry.workers import stats

        self.context.runner.run(self.context.in_store(stats), self._maybe_demo)

    def _maybe_demo(self, counts: dict[str, int]) -> None:
        if counts.get("workers"):
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DeskStarter", "An empty store"),
            QCoreApplication.translate(
                "DeskStarter",
                "The store has no workers yet. Load demonstration data (1,000 "
                "fictitious workers with their families) to try the desk, or "
                "start empty and import your HR files?",
            ),
            parent=self.window,
        )
        demo = box.addButton(
            QCoreApplication.translate("DeskStarter", "Load &demonstration data"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("DeskStarter", "Start &empty"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        self.context.settings.set(settings.FIRST_START_ANSWERED, True)
        if box.clickedButton() is demo:
            self.load_demo(1000)

    def load_demo(self, workers: int) -> None:
        from welfare_desk.demo.generate import generate
        from welfare_desk.progress import TaskState

        progress = QProgressDialog(
            QCoreApplication.translate("DeskStarter", "Creating demonstration data…"),
            QCoreApplication.translate("DeskStarter", "Cancel"),
            0,
            workers,
            self.window,
        )
        progress.setMinimumDuration(500)
        state = TaskState()
        progress.canceled.connect(state.cancel)

        def made(_result: object) -> None:
            progress.close()
            self.context.changed()

        def failed(error: Exception) -> None:
            progress.close()
            self.window.statusBar().showMessage(self.context.runner.describe(error), 10000)

        self.context.runner.run(
            self.context.in_store(lambda uow: generate(uow, workers, state=state)), made, failed
        )


def run_desk(
    location: str | None,
    smoke: Path | None = None,
    language: str | None = None,
    today: date | None = None,
) -> int:
    """The desk's window on a store; `today` runs it as of another day (--today)."""
    if smoke is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    started = time.perf_counter()
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Welfare Desk")
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(style_sheet())
    desk_settings = settings.Settings()
    chosen = language or desk_settings.language()
    i18n.install(chosen)
    runner = TaskRunner()
    clock = Clock.as_of(today) if today else Clock.system()
    opened = default_opened_folder()
    clean_opened(opened)  # scans a killed desk left behind
    atexit.register(clean_opened, opened)
    context = DeskContext(runner=runner, settings=desk_settings, clock=clock, opened_folder=opened)
    starter = DeskStarter(context, location, interactive=smoke is None)
    starter.open()  # the store thread starts reading while the window is built
    window = MainWindow(context)
    starter.attach(window)
    exit_code = 0
    if smoke is not None:
        desk_settings.set(settings.FIRST_START_ANSWERED, True)

        def shoot() -> None:
            window.grab().save(str(smoke), "PNG", 90)  # light compression: a check, not an archive
            print(f"{time.perf_counter() - started:.3f}", flush=True)
            sys.stderr.flush()
            # Nothing is left to save: the store is only being read. Skipping the
            # interpreter's teardown (and the store thread still importing) keeps the
            # check as quick as the desk itself.
            os._exit(0)

        def give_up() -> None:
            nonlocal exit_code
            exit_code = 1
            app.quit()

        window.first_page_ready.connect(lambda: QTimer.singleShot(0, shoot))
        QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)
    window.show()
    result = app.exec()
    runner.shutdown()
    if context.store is not None:
        context.store.close()
    return exit_code or result
