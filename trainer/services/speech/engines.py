"""The engines inside the worker process, all reached through pyttsx3. Never imported by the app itself.

- ``PyttsxEngine`` (Windows SAPI5, macOS nsss; not tried here): pyttsx3 as documented, one
  ``save_to_file`` per ``runAndWait`` (pyttsx3 writes only the first file of a batch).
- ``EspeakEngine`` (Linux): pyttsx3's espeak driver for start-up, voices, voice and rate, with the
  synthesis loop done here through pyttsx3's own ctypes binding, in espeak's synchronous mode.

Why espeak needs its own loop, measured on Debian 12 with pyttsx3 2.99 and espeak-ng 1.51: pyttsx3 starts
espeak in asynchronous "retrieval" mode, where espeak synthesizes on a thread of its own, and its
``runAndWait`` returns about 10 ms after starting (its queued ``endLoop`` runs first). So a long text or
the first use of the Mandarin voice was written during the *next* request, under the next request's
file name; and every few requests a WAV came out at the previous request's rate (slow as long as normal).
In synchronous mode (which pyttsx3 cannot use: espeak then sends no end-of-message event, the one its
driver waits for) voice, rate and synthesis happen in order inside the call, and espeak's events give
each word's time in the audio, which pyttsx3 does not pass on.
"""

from __future__ import annotations

import ctypes
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any


def default_driver() -> str:
    return {"win32": "sapi5", "darwin": "nsss"}.get(sys.platform, "espeak")


def open_engine(driver: str | None = None) -> PyttsxEngine:
    name = driver or default_driver()
    return EspeakEngine() if name == "espeak" else PyttsxEngine(name)


class PyttsxEngine:
    def __init__(self, name: str) -> None:
        import pyttsx3

        self.name = name
        self.engine = pyttsx3.init(name)
        self.engine_id = f"{name}/pyttsx3-{_version('pyttsx3')}"
        self._ids: set[str] = set()

    def voices(self) -> list[dict[str, Any]]:
        out = []
        for v in self.engine.getProperty("voices"):
            langs = [
                x.decode("utf-8", "ignore") if isinstance(x, bytes) else str(x) for x in v.languages or []
            ]
            out.append({"id": str(v.id), "name": str(v.name or v.id), "languages": langs})
        self._ids = {v["id"] for v in out}
        return out

    def _check_voice(self, voice: str) -> None:
        if not self._ids:
            self.voices()
        if voice not in self._ids:  # engines quietly keep the last voice: that could be English
            raise ValueError(f"unknown voice {voice!r}")

    def synth(self, text: str, voice: str, rate: int, out: str) -> dict[str, Any]:
        self._check_voice(voice)
        self.engine.setProperty("voice", voice)
        self.engine.setProperty("rate", int(rate))
        target = out + ".aiff" if self.name == "nsss" else out  # Apple writes AIFF whatever the name
        self.engine.save_to_file(text, target)
        self.engine.runAndWait()
        if target != out:
            subprocess.run(["afconvert", "-f", "WAVE", "-d", "LEI16", target, out], check=True, timeout=60)
            Path(target).unlink(missing_ok=True)
        return _describe(out, [])


class EspeakEngine(PyttsxEngine):
    def __init__(self) -> None:
        from pyttsx3.drivers import _espeak
        from pyttsx3.drivers.espeak import EspeakDriver

        self._es = _espeak
        if not EspeakDriver._moduleInitialized:  # espeak can be initialised once per process
            self.sample_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
            if self.sample_rate == -1:
                raise RuntimeError("could not initialize espeak-ng")
            current = _espeak.GetCurrentVoice()
            name = current.contents.name if current and current.contents.name else b""
            EspeakDriver._defaultVoice = name.decode("utf-8") if name else "gmw/en"
            EspeakDriver._moduleInitialized = True  # pyttsx3 would start it in asynchronous mode
        else:
            self.sample_rate = 22050
        super().__init__("espeak")
        self.driver = self.engine.proxy._driver
        self.engine_id += f"/espeak-ng-{_espeak_info(_espeak)}"
        self._samples: list[bytes] = []
        self._words: list[list[int]] = []
        _espeak.SetSynthCallback(self._on_synth)  # replaces the driver's; the binding keeps it alive

    def _on_synth(self, wav: Any, numsamples: int, events: Any) -> int:
        es = self._es
        i = 0
        while events[i].type != es.EVENT_LIST_TERMINATED:
            ev = events[i]
            if ev.type == es.EVENT_WORD:
                self._words.append([ev.text_position - 1, ev.length, ev.audio_position])
            i += 1
        if numsamples > 0:
            self._samples.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def synth(self, text: str, voice: str, rate: int, out: str) -> dict[str, Any]:
        self._check_voice(voice)
        self.driver.setProperty("voice", voice)  # these two act at once in synchronous mode
        self.driver.setProperty("rate", int(rate))
        self._samples, self._words = [], []
        self._es.Synth(text.encode("utf-8"), flags=self._es.ENDPAUSE | self._es.CHARS_UTF8)
        with wave.open(out, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(self.sample_rate)
            w.writeframes(b"".join(self._samples))
        words = [[s, n, ms] for s, n, ms in self._words if n > 0 and 0 <= s < len(text)]
        return _describe(out, words)


def _describe(out: str, words: list[list[int]]) -> dict[str, Any]:
    with wave.open(out, "rb") as w:
        frames, sample_rate = w.getnframes(), w.getframerate()
    if frames == 0:
        raise RuntimeError("the engine wrote no audio")
    return {"frames": frames, "sample_rate": sample_rate, "words": words}


def _version(package: str) -> str:
    try:
        from importlib.metadata import version

        return version(package)
    except Exception:
        return "?"


def _espeak_info(es: Any) -> str:
    try:
        info = es.dll.espeak_Info
        info.restype = ctypes.c_char_p
        return (info(None) or b"?").decode()
    except Exception:
        return "?"
