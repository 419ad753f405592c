"""Shared by the installer tests: the build script and the installer/ modules, imported from their files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
FONT_DIR = INSTALLER / "fonts"


def load(name: str, path: Path):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def build_script():
    return load("build_installer", ROOT / "build_installer.py")


def trim():
    return load("trim", INSTALLER / "trim.py")


def icu_data():
    return load("icu_data", INSTALLER / "icu_data.py")
