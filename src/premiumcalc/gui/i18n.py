"""The window's language: the Qt translators for German or English, switched at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from premiumcalc.paths import resource

LANGUAGES = ("de", "en")


def system_language() -> str:
    """German when the system locale is German, English otherwise."""
    names = [QLocale.system().name(), *QLocale.system().uiLanguages()]
    return "de" if names and names[0].lower().startswith("de") else "en"


def qm_path(lang: str) -> str:
    return str(resource("translations", f"premiumcalc_{lang}.qm"))


class Translators:
    """Owns the installed translators so that switching replaces them instead of stacking."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang = "en"

    def install(self, lang: str) -> bool:
        """Install ``lang``'s translations; False when the file is missing (English shows)."""
        app = QCoreApplication.instance()
        if app is None:  # pragma: no cover - needs an application
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        if lang == "en":
            return True
        ok = True
        own = QTranslator(app)
        if own.load(qm_path(lang)):
            app.installTranslator(own)
            self._installed.append(own)
        else:
            ok = False
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        return ok


#: One set of translators per process (there is one application).
translators = Translators()
