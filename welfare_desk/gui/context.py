"""What every page needs: the open store, the task runner, the settings, the clock."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from welfare_desk.clock import Clock
from welfare_desk.gui.settings import Settings
from welfare_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy is imported on the store thread, not at start-up
    from welfare_desk.access.operators import SignedIn
    from welfare_desk.store.engine import Store
    from welfare_desk.store.uow import UnitOfWork

T = TypeVar("T")


@dataclass
class DeskContext:
    runner: TaskRunner
    settings: Settings
    # The desk's one clock: pages ask it for today, and the store it opens is given it.
    clock: Clock
    store: Store | None = None
    # Where scans open for another program: the owner's alone, emptied at start and exit.
    opened_folder: Path | None = None
    # Who signed in; None on a store without operators (a demo, a test's store).
    signed_in: SignedIn | None = None
    listeners: list[Callable[[], None]] = field(default_factory=list)

    def in_store(self, job: Callable[[UnitOfWork], T]) -> Callable[[], T]:
        """A job for the runner: one unit of work around a service call."""
        store = self.store

        def run() -> T:
            from welfare_desk.store.uow import UnitOfWork

            if store is None:
                raise RuntimeError("no store is open")
            with UnitOfWork(store) as uow:
                return job(uow)

        return run

    def sign_in_as(self, signed: SignedIn, social_point_id: uuid.UUID | None = None) -> None:
        """From now on the journal and every record made name this operator, and every
        contact the social point of the session."""
        self.signed_in = signed
        if self.store is not None:
            self.store.operator_id = signed.id
            self.store.social_point_id = social_point_id
            self.store.role = signed.role.value  # the services refuse what it does not reach
            self.store.also_manager = signed.also_manager
            self.store.scope_organizations = signed.organization_ids
            self.store.scope_points = signed.social_point_ids

    def changed(self) -> None:
        """Something was saved: lists and pages refresh."""
        for listener in list(self.listeners):
            listener()
