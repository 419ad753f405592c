"""Where the trainer keeps its files.

Order of precedence for the data folder:
1. ``TRAINER_HOME`` (tests always set it to a temporary folder);
2. portable mode: a file named ``portable.txt`` in the app's folder puts data in ``data/`` beside it
   (for installs that live on a USB stick);
3. the per-user data folder from platformdirs.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from trainer import APP_NAME

PORTABLE_MARKER = "portable.txt"


def app_dir() -> Path:
    """The folder the app runs from: beside the executable when frozen, else the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    """Where read-only resources (lessons, assets, i18n) live (fixed for the life of the process)."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


class Paths(NamedTuple):  # (not a dataclass: see trainer.domain.learner)
    data: Path
    cache: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data / "trainer.db"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def logs(self) -> Path:
        return self.data / "logs"

    @property
    def local_lessons(self) -> Path:
        """Lesson packs a centre installed itself (``trainer lessons add``)."""
        return self.data / "lessons"

    @property
    def lessons(self) -> Path:
        return resource_dir() / "lessons"

    @property
    def assets(self) -> Path:
        return resource_dir() / "assets"

    @property
    def i18n(self) -> Path:
        return resource_dir() / "i18n"


def resolve_paths(env: dict[str, str] | None = None, base: Path | None = None) -> Paths:
    env = os.environ if env is None else env
    home = env.get("TRAINER_HOME")
    if home:
        data = Path(home).expanduser().resolve()
        return Paths(data=data, cache=data / "cache")
    base = app_dir() if base is None else base
    if (base / PORTABLE_MARKER).exists():
        data = base / "data"
        return Paths(data=data, cache=data / "cache", portable=True)
    import platformdirs

    return Paths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
