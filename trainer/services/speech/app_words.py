"""The app's own spoken sentences (``domain.app_words``) in each language, from the translation catalogue
the screens use (``i18n/trainer_<lang>.qm``). QtCore only; safe off the UI thread (each call reads the
catalogue with its own translator, kept while the file is unchanged).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTranslator

from trainer.domain.app_words import app_strings
from trainer.domain.voice_pack import LessonString

_lock = threading.Lock()
_found: dict[tuple[str, str], tuple[int, list[LessonString]]] = {}


def spoken_app_words(lang: str, i18n_dir: Path) -> list[LessonString]:
    """The sentences in ``lang`` as the learner hears them now; a changed translation gives new words."""
    qm = i18n_dir / f"trainer_{lang}.qm"
    try:
        stamp = qm.stat().st_mtime_ns
    except OSError:
        stamp = -1
    key = (lang, str(qm))
    with _lock:
        hit = _found.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    catalogue = QTranslator()
    loaded = stamp >= 0 and catalogue.load(str(qm))
    words = app_strings(lambda context, source: catalogue.translate(context, source) if loaded else "", lang)
    with _lock:
        _found[key] = (stamp, words)
    return words
