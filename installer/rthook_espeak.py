# PyInstaller runtime hook: the speech worker of a Linux bundle uses the espeak-ng shipped inside it.
#
# The library and its voice data must come together (espeak-ng refuses data of another version), so the
# bundled libraries are loaded by their full paths first (pyttsx3 then finds libespeak-ng already loaded
# under its name) and ESPEAK_DATA_PATH points at the bundled data; only then. When a bundled library
# cannot load (a PC without the ALSA or PulseAudio libraries), nothing is changed and pyttsx3 looks for
# the PC's own espeak-ng. TRAINER_SYSTEM_ESPEAK=1 skips the bundled one.
import os
import sys


def _use_bundled_espeak() -> None:
    here = os.path.join(getattr(sys, "_MEIPASS", ""), "espeak")
    order = os.path.join(here, "lib", "load-order.txt")
    if not os.path.isfile(order) or os.environ.get("TRAINER_SYSTEM_ESPEAK"):
        return
    import ctypes

    try:
        with open(order, encoding="utf-8") as names:
            for name in names.read().split():
                ctypes.CDLL(os.path.join(here, "lib", name), mode=ctypes.RTLD_GLOBAL)
    except OSError:
        return
    os.environ["ESPEAK_DATA_PATH"] = here


if sys.platform.startswith("linux") and sys.argv[1:2] == ["speech-worker"]:
    _use_bundled_espeak()
