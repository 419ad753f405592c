"""The Qt user interface. Importing it imports PySide6 and first makes every later import cheap.

Once PySide6 is imported it watches every module imported after it (for its optional
``from __feature__ import snake_case``): the first time it meets a module it asks whether that
module "uses PySide" by reading the module's whole source through ``inspect.getsource`` (the line
cache, the tokenizer's encoding detection, a split into lines) and looking for the word
``PySide6``. That happens for every module the app imports, standard library ones included: about
60 files and 15 ms before the sign-in screen is painted (PYSIDE-2029; napari#8584 saw the same).

``speed_up_pyside_imports`` keeps the question and its answer and only makes the asking cheap: the
same file is read as bytes and searched for the same word. Anything that is not a plain source file
(a built-in module, one from a zip or a frozen bundle) goes to PySide's own check, so every module
gets exactly the answer PySide would have given it (``tests/ui/test_qt_imports.py`` compares them).
If a later PySide6 drops the check, there is nothing to replace and nothing happens.

It is here, not in a module of its own, so that it is in place before anything else is imported.
"""

import sys

import PySide6.QtCore  # noqa: F401 - the check exists once PySide6 is imported


def speed_up_pyside_imports() -> bool:
    """Replace PySide6's check with the fast one; True when it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None:
        return False
    if getattr(upstream, "fast_check", False):
        return True

    def _mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # no source beside it (a frozen bundle): PySide's own answer
        return upstream(module)

    _mod_uses_pyside.fast_check = True
    _mod_uses_pyside.upstream = upstream
    feature._mod_uses_pyside = _mod_uses_pyside
    return True


speed_up_pyside_imports()
