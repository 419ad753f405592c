"""A Chinese font and an emoji font for PCs that have none (QtGui only, so that the self-test can use
them too).

Windows has Microsoft YaHei and most Linux desktops a CJK font, but a bare Linux install may have no
font for Chinese at all, and then every Chinese character shows as an empty box. The installer bundle
carries a subset of Noto Sans CJK SC (``fonts/`` in its resources, see installer/fonts/); it is
registered only when the PC has no Chinese font of its own; ``trainer.app`` calls ``ensure_cjk_font``
right after creating the QApplication. ``ui.theme.FAMILIES`` already names
"Noto Sans CJK SC", so once registered it is used without further ado.
"""

from __future__ import annotations

from pathlib import Path

FONT_DIR = "fonts"
# (QFontDatabase is imported where it is used: making its Python class costs the first screen ~1 ms,
# and running from source, with nothing bundled, it is never needed)


def chinese_families() -> list[str]:
    from PySide6.QtGui import QFontDatabase

    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font(resource_dir: Path, force: bool = False) -> list[str]:
    """Register the bundled Chinese font if this PC has no font for Simplified Chinese (or ``force``).

    Needs a QGuiApplication. Returns the families it registered: empty when the PC has its own Chinese
    font or nothing is bundled (running from source).
    """
    bundled = sorted((resource_dir / FONT_DIR).glob("*.otf"))
    if not bundled or (not force and chinese_families()):
        return []  # (asking the font database for Chinese fonts takes a while: only when it matters)
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for path in bundled:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


EMOJI_FONT = "emoji/Symbola.ttf"  # staged by build_installer.py from the build PC (Debian: fonts-symbola)
_EMOJI_FAMILIES = ("emoji", "symbola")  # (lower case) Noto Color Emoji, Segoe UI Emoji, Apple Color Emoji...


def emoji_families() -> list[str]:
    from PySide6.QtGui import QFontDatabase

    return [f for f in QFontDatabase.families() if any(word in f.lower() for word in _EMOJI_FAMILIES)]


def ensure_emoji_font(resource_dir: Path, force: bool = False) -> list[str]:
    """Register the bundled emoji font if this PC has none (or ``force``), so that a name such as the
    family emoji shows on screen and prints in PDFs instead of empty boxes.

    The bundle carries Symbola (black and white outlines, Unicode 9.0 emoji, 3 MB; the colour font
    would take the bundle past its size goal): emoji made after 2016 still print as an empty box on a
    PC without an emoji font of its own, and a family prints as its people side by side. It sits in a
    folder of its own so that the PDFs never pick it as a text font. Needs a QGuiApplication; called
    after the first screen and before a PDF, never on the start-up path. The families registered.
    """
    bundled = Path(resource_dir) / FONT_DIR / EMOJI_FONT
    if not bundled.is_file() or (not force and emoji_families()):
        return []
    from PySide6.QtGui import QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(bundled))
    families = list(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else []
    _registered.update(families)
    return families


_registered: set[str] = set()  # the emoji families this process registered from the bundle


def emoji_font_in_use() -> tuple[str, bool] | None:
    """(family, from the bundle) of the emoji font names are drawn with, or None when there is none
    (emoji then show as empty boxes). Call after ``ensure_emoji_font``."""
    found = emoji_families()
    own = [f for f in found if f not in _registered]
    if own:
        return own[0], False
    return (found[0], True) if found else None
