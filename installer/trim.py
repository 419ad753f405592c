"""What the bundle leaves out, used by ``trainer.spec``: mostly Qt, also SQL dialects we never use.

The app uses QtCore, QtGui, QtWidgets and QtSvg (avatars). PyInstaller's Qt hooks collect every plugin of
every type those modules may use, and then every system library those plugins link to: the GTK theme
plugin alone brings GTK's cairo, pango, atk and gdk-pixbuf. So unwanted plugins are dropped *before* the
hooks see them (``install``), and what has no dependencies (translations) is filtered afterwards.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# Python modules of PySide6 the app never imports (their hooks would pull in Qt libraries and plugins).
EXCLUDED_MODULES = [
    f"PySide6.{m}"
    for m in (
        "QtNetwork",
        "QtQml",
        "QtQuick",
        "QtQuickControls2",
        "QtQuickWidgets",
        "QtQuickTest",
        "QtQmlFeatures",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPrintSupport",
        "QtSql",
        "QtTest",
        "QtXml",
        "QtHelp",
        "QtDesigner",
        "QtUiTools",
        "QtConcurrent",
        "QtLabsStyleKit",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "Qt3DCore",
        "QtPdf",
        "QtMultimedia",
    )
] + ["tkinter", "pydoc_data", "lib2to3", "ensurepip", "idlelib"]
# SQLAlchemy's hook brings every dialect; the trainer only speaks SQLite
EXCLUDED_MODULES += [f"sqlalchemy.dialects.{d}" for d in ("postgresql", "mysql", "oracle", "mssql")]

# Plugin types left out whole: embedded displays, networking, SQL drivers, QML tooling.
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "sqldrivers",
    "qmltooling",
    "printsupport",
    "wayland-graphics-integration-server",
    # OpenGL integrations: the app draws with the raster engine, so libQt6OpenGL can stay out too
    "xcbglintegrations",
    "wayland-graphics-integration-client",
}

# Single plugins left out (names without "lib"/"q" prefix and suffix, see _plugin_name).
DROPPED_PLUGINS = {
    "platforms": {"eglfs", "linuxfb", "minimalegl", "vkkhrdisplay", "vnc", "minimal", "direct2d"},
    # lesson pictures are svg, png, jpg or webp (trainer.content.schema.IMAGE_SUFFIXES); png is built in
    "imageformats": {"tiff", "tga", "wbmp", "icns", "gif", "pdf", "macheif", "macjp2"},
    "platformthemes": {"gtk3"},  # would bring GTK's libraries; the xdg portal theme stays
    "wayland-shell-integration": {"fullscreen-shell-v1", "ivi-shell", "wl-shell-plugin", "qt-shell"},
}

# Qt's own translations (dialog buttons and the like): only the languages the app speaks.
KEPT_QT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_en.qm"}


def _plugin_name(path: str) -> str:
    stem = os.path.basename(path).split(".")[0]
    stem = re.sub(r"^lib", "", stem)
    return re.sub(r"^q", "", stem) if not stem.startswith(("qt-", "qt_")) else stem


def keep_plugin(plugin_type: str, path: str) -> bool:
    if plugin_type in DROPPED_PLUGIN_TYPES:
        return False
    name = _plugin_name(path)
    return name not in DROPPED_PLUGINS.get(plugin_type, set())


def install() -> None:
    """Wrap PyInstaller's Qt plugin collection so that dropped plugins never reach the analysis."""
    from PyInstaller.utils.hooks import qt

    original = qt.QtLibraryInfo.collect_plugins
    if getattr(original, "_trimmed", False):
        return

    def collect_plugins(self, plugin_type):
        return [(src, dst) for src, dst in original(self, plugin_type) if keep_plugin(plugin_type, src)]

    collect_plugins._trimmed = True
    qt.QtLibraryInfo.collect_plugins = collect_plugins


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def filter_datas(datas):
    """Drop Qt translations other than ours (the TOC entries are (dest, src, kind))."""
    out = []
    for entry in datas:
        parts = _parts(entry[0])
        if "translations" in parts and parts[-1].endswith(".qm") and parts[-1] not in KEPT_QT_TRANSLATIONS:
            continue
        out.append(entry)
    return out


def filter_binaries(binaries):
    """A second net for plugins that reached the analysis another way."""
    out = []
    for entry in binaries:
        parts = _parts(entry[0])
        if "plugins" in parts and len(parts) >= 2 and not keep_plugin(parts[-2], parts[-1]):
            continue
        out.append(entry)
    return out


def smaller_icu(binaries, out_dir):
    """Swap Qt's libicudata for the smaller one from icu_data.py; keep the original if that fails."""
    import icu_data  # installer/icu_data.py

    out = []
    for entry in binaries:
        dest, src, kind = entry
        if os.path.basename(dest).startswith("libicudata.so.") and kind == "BINARY":
            try:
                small = icu_data.smaller_icudata(Path(src), out_dir)
            except Exception as exc:  # noqa: BLE001 - the build goes on with the full data
                print(f"WARNING: ICU data left whole ({type(exc).__name__}: {exc})")
            else:
                print(f"ICU data: {os.path.getsize(src) / 1e6:.1f} MB -> {small.stat().st_size / 1e6:.1f} MB")
                entry = (dest, str(small), kind)
        out.append(entry)
    return out
