"""Making PySide6's "does this module use PySide?" check cheap: a start-up speed-up with its reason and
its measured gain, installed by ``app.run_gui`` importing it first (not by importing the ``ui`` package).

Why: once PySide6 is imported it watches every module imported after it (for its optional
``from __feature__ import snake_case``): the first time it meets a module it asks whether that
module "uses PySide" by reading the module's whole source through ``inspect.getsource`` (the line
cache, the tokenizer's encoding detection, a split into lines) and looking for the word ``PySide6``.
That happens for every module the app imports, standard library ones included: about 60 files
before the sign-in screen is painted (PYSIDE-2029; napari#8584 saw the same).

What: ``speed_up_pyside_imports`` keeps the question and its answer and only makes the asking cheap:
the same file is read as bytes and searched for the same word. Anything that is not a plain source
file (a built-in module, one from a zip or a frozen bundle) goes to PySide's own check, so every
module gets exactly the answer PySide would have given it (``tests/ui/test_qt_imports.py`` compares
them). If a later PySide6 drops the check, there is nothing to replace and nothing happens.

Gain, measured with callgrind until the sign-in screen is painted (``bench/startup.py``'s app child,
compiled modules, 50 learners; see the README): 861 M instructions without it, 842 M with it (2.2%
of the whole start-up, about 10% of what the app adds to a bare PySide6 window; 5-8 ms here). It
helps only modules imported after it is in place, so ``run_gui`` installs it right after PySide6 and
before the rest of the app (a probe that imports app modules before ``run_gui``, as the start-up
benchmark does, imports it first too). The installed bundle has no sources to read (every module
would go to PySide's own check): there it is not installed.
"""

import sys


def speed_up_pyside_imports() -> bool:
    """Replace PySide6's check with the fast one (PySide6 must be imported: the check comes with it);
    True when it is in place."""
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


# Installed by importing this module (``run_gui`` does it first), so that this module's own check,
# made when its import ends, is the fast one too. The bundle has no sources: nothing to gain there.
if not getattr(sys, "frozen", False):
    speed_up_pyside_imports()
