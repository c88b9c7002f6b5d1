"""Failures of the use cases, each with a stable code and an Italian message."""

from __future__ import annotations

from welfare_desk.domain.problems import Problem


class ServiceError(Exception):
    code = "service.error"
    bad_input = True

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems


class InvalidInput(ServiceError):
    code = "service.invalid"


class UnknownEmployer(InvalidInput):
    """A form named an employer the store does not have: a typo, or a new one to create on
    purpose. `similar` lists the existing names it may have meant."""

    code = "worker.unknown_employer"

    def __init__(self, message: str, name: str, similar: tuple[str, ...]) -> None:
        super().__init__(message)
        self.name = name
        self.similar = similar


class DuplicateWorker(ServiceError):
    code = "worker.duplicate"

    def __init__(self, message: str, existing_id: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class StoreNotEmpty(ServiceError):
    code = "store.not_empty"


class NotWritten(ServiceError):
    """A file the desk writes could not be saved (a full disk, a folder that went away)."""

    code = "file.not_written"
    bad_input = False


class Cancelled(ServiceError):
    code = "task.cancelled"
    bad_input = False
