from __future__ import annotations

from pathlib import Path

import pytest

from trainer.services.speech.cache import AudioCache
from trainer.services.speech.client import WorkerClient
from trainer.services.speech.synth import Synthesizer

ESPEAK_DATA = Path("/usr/lib/x86_64-linux-gnu/espeak-ng-data")


@pytest.fixture
def synth(paths):
    s = Synthesizer(AudioCache(paths.cache / "speech"), WorkerClient(request_timeout=5.0))
    yield s
    s.close()


@pytest.fixture
def sink_file(tmp_path, monkeypatch) -> Path:
    """Playback paced in real time into a file: what would have been heard, sample by sample."""
    out = tmp_path / "heard.raw"
    monkeypatch.setenv("TRAINER_AUDIO_SINK", f"file:{out}")
    return out


@pytest.fixture
def english_only(tmp_path, monkeypatch) -> Path:
    """An espeak-ng data folder with only the West Germanic voices: a PC with no Chinese voice."""
    root = tmp_path / "espeak" / "espeak-ng-data"
    (root / "lang").mkdir(parents=True)
    real = _espeak_data()
    for item in real.iterdir():
        if item.name != "lang":
            (root / item.name).symlink_to(item)
    (root / "lang" / "gmw").symlink_to(real / "lang" / "gmw")
    monkeypatch.setenv("ESPEAK_DATA_PATH", str(root.parent))
    return root


def _espeak_data() -> Path:
    for candidate in (ESPEAK_DATA, Path("/usr/share/espeak-ng-data"), Path("/usr/lib/espeak-ng-data")):
        if (candidate / "lang").is_dir():
            return candidate
    pytest.skip("espeak-ng data folder not found")
