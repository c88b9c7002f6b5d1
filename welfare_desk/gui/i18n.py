"""Qt's translation system: the desk's own catalogue and Qt's, for the chosen language.

Source strings are English; Italian is the default and always complete.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from welfare_desk.gui.resources import TRANSLATIONS

_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Replaces the translators of the running application; widgets get a LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS / f"welfare_desk_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
