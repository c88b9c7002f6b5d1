"""What can go wrong with a store, each with a stable code and an Italian message."""

from __future__ import annotations


class StoreError(Exception):
    """Base of the store's failures. `bad_input` marks errors the user can fix by hand."""

    code = "store.error"
    bad_input = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StoreUnavailable(StoreError):
    code = "store.unavailable"


class PasswordRequired(StoreError):
    code = "store.password_required"


class WrongPassword(StoreError):
    code = "store.wrong_password"


class NewerSchema(StoreError):
    code = "store.newer_schema"


class ConflictError(StoreError):
    """Someone else saved the record after it was read: reload, never overwrite."""

    code = "store.conflict"
    bad_input = True


class NotFound(StoreError):
    code = "store.not_found"
    bad_input = True
