"""What can go wrong with a store, each with a stable code and an Italian message."""

from __future__ import annotations


class StoreError(Exception):
    """Base of the store's failures. `bad_input` marks errors the user can fix by hand."""

    code = "store.error"
    bad_input = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAllowed(StoreError):
    """The signed-in operator's role does not reach this: refused in the service, so no
    route (a page, a search, a document, the command line) goes round it."""

    code = "access.not_allowed"
    bad_input = True


class StoreUnavailable(StoreError):
    code = "store.unavailable"


class BadAddress(StoreUnavailable):
    """An address that names no store the desk can open: the user typed it wrong."""

    code = "store.bad_address"
    bad_input = True


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


class StoreBusy(StoreError):
    code = "store.busy"


def from_database(exc: Exception) -> StoreError:
    """A driver's error as the desk tells it: what happened and what to do, in Italian."""
    detail = str(getattr(exc, "orig", exc) or exc).lower()
    if "locked" in detail or "busy" in detail or "deadlock" in detail:
        return StoreBusy(
            "L'archivio è occupato da un'altra operazione o postazione: riprova tra qualche "
            "secondo. Non è stato scritto nulla."
        )
    if "unique" in detail or "duplicate key" in detail:
        conflict = ConflictError(
            "Un'altra postazione ha appena salvato gli stessi dati (ad esempio lo stesso "
            "codice fiscale, la stessa azienda o lo stesso numero): ricarica e riprova. "
            "Non è stato scritto nulla."
        )
        return conflict
    if "readonly" in detail or "read-only" in detail or "permission denied" in detail:
        return StoreUnavailable(
            "L'archivio è in sola lettura per questo utente: controlla i permessi del file o "
            "del database. Non è stato scritto nulla."
        )
    if "not a database" in detail or "malformed" in detail or "unable to open" in detail:
        return StoreUnavailable(
            "Il file indicato non è un archivio leggibile (danneggiato, o non è un database "
            "SQLite): scegli un altro file."
        )
    if "connection" in detail or "server closed" in detail or "terminating" in detail:
        return StoreUnavailable(
            "Il collegamento con il server dell'archivio si è interrotto: controlla la rete e "
            "riprova. Non è stato scritto nulla."
        )
    return StoreUnavailable(
        f"L'archivio ha rifiutato l'operazione ({type(exc).__name__}): riprova; se si ripete, "
        "segnalalo all'assistenza. Non è stato scritto nulla."
    )
