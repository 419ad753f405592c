"""The fast "does this module use PySide6?" check gives every module PySide6's own answer."""

from __future__ import annotations

import importlib
import importlib.util
import json
import py_compile
import sys
import types

import pytest

from trainer.ui.pyside_imports import speed_up_pyside_imports

speed_up_pyside_imports()  # (as run_gui does)


@pytest.fixture()
def checks():
    feature = sys.modules["shibokensupport.feature"]
    fast = feature._mod_uses_pyside
    return fast, fast.upstream


def _load(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fast_check_is_in_place_once_the_ui_is_imported(checks):
    fast, upstream = checks
    assert fast.fast_check and upstream is not fast
    assert speed_up_pyside_imports()  # a second call keeps it, does not wrap it again
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is fast


def test_both_checks_agree_on_every_kind_of_module(checks, tmp_path):
    fast, upstream = checks
    uses = tmp_path / "uses_qt.py"
    uses.write_text("# draws with PySide6\nX = 1\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("Y = '数字桥'\n", encoding="utf-8")
    compiled_only = tmp_path / "compiled_only.pyc"
    py_compile.compile(str(plain), cfile=str(compiled_only))
    modules = [
        importlib.import_module("trainer.ui.pyside_imports"),  # uses it
        importlib.import_module("trainer.ui.widgets"),  # uses it
        importlib.import_module("trainer.config"),  # does not
        json,  # a standard library package
        sys,  # built in: no file
        types.ModuleType("made_in_memory"),
        _load("uses_qt", uses),
        _load("plain", plain),
        _load("compiled_only", compiled_only),  # no source beside it
    ]
    answers = [(m.__name__, fast(m), upstream(m)) for m in modules]
    assert [(name, a) for name, a, _ in answers] == [(name, b) for name, _, b in answers]
    assert [a for _, a, _ in answers] == [True, True, False, False, False, False, True, False, False]
