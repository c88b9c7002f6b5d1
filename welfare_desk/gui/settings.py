"""Typed settings with defaults, kept by QSettings in the platform's usual place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "WelfareDesk"
APPLICATION = "welfare-desk"


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T


LANGUAGE = Option("ui/language", "it")
# Kept by desks before 0.x: removed at start, since a shared PC must never reopen on a person.
FORGOTTEN = ("ui/last_page", "ui/last_worker")
WINDOW_GEOMETRY = Option("ui/geometry", QByteArray())
WINDOW_STATE = Option("ui/state", QByteArray())
FIRST_START_ANSWERED = Option("store/first_start_answered", False)
LAST_LOGIN = Option("access/last_login", "")
LAST_POINT = Option("access/last_point", "")  # the social point's id, hex
IDLE_LOCK_MINUTES = Option("access/idle_lock_minutes", 10)  # 0: never on its own
LANGUAGES = ("it", "en")


class Settings:
    """Reads and writes options with their type; an unknown or broken value gives the default."""

    def __init__(self, backend: QSettings | None = None) -> None:
        self._q = backend or QSettings(ORGANIZATION, APPLICATION)

    def get(self, option: Option[T]) -> T:
        value = self._q.value(option.key, option.default)
        default = option.default
        if isinstance(default, bool):
            if isinstance(value, str):
                return (value.lower() in ("true", "1")) is True  # type: ignore[return-value]
            return bool(value)  # type: ignore[return-value]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default  # type: ignore[return-value]
        if isinstance(default, str):
            return str(value) if value is not None else default  # type: ignore[return-value]
        return cast(T, value)

    def set(self, option: Option[T], value: T) -> None:
        self._q.setValue(option.key, value)

    def language(self) -> str:
        language = self.get(LANGUAGE)
        return language if language in LANGUAGES else "it"

    def forget_people(self) -> None:
        for key in FORGOTTEN:
            self._q.remove(key)

    def sync(self) -> None:
        self._q.sync()
