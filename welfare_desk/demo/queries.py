"""What the demo generator reads from the store: it fills only an empty one, and goes on
from the numbers the store has already given."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from welfare_desk.store.models import Operator, Worker
from welfare_desk.store.uow import UnitOfWork


def worker_count(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count()).select_from(Worker)) or 0


def operators_with_role(uow: UnitOfWork, role: str) -> list[uuid.UUID]:
    return list(uow.session.scalars(select(Operator.id).where(Operator.role == role)))
