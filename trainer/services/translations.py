"""Loading the interface translations (Qt Linguist .qm files) and switching language at run time.

QtCore only, so the command line can translate its messages too. Installing a translator sends a
LanguageChange event to every widget; screens retranslate themselves when they receive it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from trainer.domain.learner import LANGUAGES

_installed: list[QTranslator] = []
_current: str | None = None


def system_language(env: dict[str, str] | None = None) -> str:
    """zh_CN for a Chinese system locale (the default for this product), else en."""
    env = os.environ if env is None else env
    for var in ("TRAINER_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var, "")
        if value:
            if var == "TRAINER_LANG" and value in LANGUAGES:
                return value
            return "zh_CN" if value.lower().startswith("zh") else "en"
    import locale  # (only here: most PCs say it in the environment, and start-up is faster without)

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    if not loc:
        loc = QLocale.system().name()
    return "zh_CN" if loc.lower().startswith("zh") else "en"


def current_language() -> str | None:
    return _current


def install(language: str, i18n_dir: Path) -> bool:
    """Install the translations for ``language``; True when the app's own file was found."""
    global _current
    if language not in LANGUAGES:
        language = "en"
    if language == _current:
        return True
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    found = False
    own = QTranslator(app)
    if own.load(str(i18n_dir / f"trainer_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    if language != "en":  # Qt's own texts are English already
        from PySide6.QtCore import QLibraryInfo  # (here: its Python class costs start-up ~0.6 ms)

        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _current = language
    return found


# The language button names the other language in that language, so anyone can find their own.
# The button names the other language in its own words; a screen reader hears the screen's language
# (a Chinese voice reading "Change the language to English" on a Chinese screen helps nobody).
_SWITCH = {
    "zh_CN": ("English", "把界面换成英文（English）"),
    "en": ("中文", "Change the language to Chinese (中文)"),
}


def other_language(language: str | None = None) -> str:
    return "en" if (language or _current) == "zh_CN" else "zh_CN"


def other_language_label(language: str | None = None) -> tuple[str, str]:
    """(button text, accessible name) of the button that switches to the other language."""
    return _SWITCH["zh_CN" if (language or _current) == "zh_CN" else "en"]
