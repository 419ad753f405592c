"""The speech worker: a separate process that owns pyttsx3 and writes WAV files.

Run as ``python -m trainer.services.speech.worker`` (or ``trainer speech-worker`` in a frozen build).
It reads one JSON request a line on stdin and answers one JSON line on stdout:

    -> {"id": 1, "op": "voices"}
    <- {"id": 1, "ok": true, "voices": [{"id": ..., "name": ..., "languages": [...]}, ...]}
    -> {"id": 2, "op": "synth", "text": "...", "voice": "sit/cmn-latn-pinyin", "rate": 110, "out": "/x.wav"}
    <- {"id": 2, "ok": true, "frames": 52000, "sample_rate": 22050, "words": [[start, length, ms], ...]}

The first line it writes is ``{"ready": true, "engine": "espeak", "engine_id": "..."}`` (or ready false
with an error). Errors of one request are answered (ok false) and the worker carries on; a hang or a
crash is the client's business (it kills and restarts this process).

Why a process: pyttsx3 blocks in runAndWait, can hang, and its espeak driver cannot be stopped or
re-initialised in one process. Here it can do all that without touching the app.
One ``save_to_file`` per ``runAndWait``: pyttsx3 writes only the first file of a batch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import wave
from pathlib import Path
from typing import Any, TextIO

SYNTH_LIMIT_S = 120.0  # the client gives up much sooner (and restarts this process)


class Engine:
    """pyttsx3 with what this app needs: voices, one WAV per call, word timings where the driver has them."""

    def __init__(self, driver: str | None) -> None:
        import pyttsx3

        self.engine = pyttsx3.init(driver) if driver else pyttsx3.init()
        self.driver = getattr(self.engine.proxy, "_driver", None)
        self.name = driver or _default_driver()
        self._words: list[list[int]] = []
        self._done = threading.Event()
        self._tapped = self.name == "espeak" and self._tap_espeak()
        version = getattr(pyttsx3, "__version__", "") or _package_version("pyttsx3")
        self.engine_id = f"{self.name}/pyttsx3-{version}/{_espeak_version() if self.name == 'espeak' else ''}"

    def _tap_espeak(self) -> bool:
        """Watch espeak's events on their way to pyttsx3: word timings, and the end of the synthesis.

        pyttsx3 reports words but not when they are heard; espeak's events carry ``audio_position``.
        And pyttsx3 2.99's espeak ``runAndWait`` returns about 10 ms after it starts (its queued endLoop
        runs first), while espeak synthesizes on its own thread: a long text or the first use of a voice
        is then written during the *next* request, under the next request's name. So the worker waits
        for espeak's own end-of-message event. This uses pyttsx3's ctypes binding; if that changes
        shape, words are not timed and runAndWait is trusted.
        """
        try:
            from pyttsx3.drivers import _espeak
        except ImportError:
            return False
        driver = self.driver
        if driver is None or not hasattr(driver, "_onSynth"):
            return False
        words, done = self._words, self._done

        def tap(wav: Any, numsamples: int, events: Any) -> int:
            i, finished = 0, False
            while events[i].type != _espeak.EVENT_LIST_TERMINATED:
                ev = events[i]
                if ev.type == _espeak.EVENT_WORD:
                    words.append([ev.text_position - 1, ev.length, ev.audio_position])
                finished = finished or ev.type == _espeak.EVENT_MSG_TERMINATED
                i += 1
            result = driver._onSynth(wav, numsamples, events)
            if finished:  # pyttsx3 has written the file by now
                done.set()
            return result

        self._tap = tap  # keep the Python callable alive while espeak holds it
        _espeak.SetSynthCallback(tap)
        return True

    def voices(self) -> list[dict[str, Any]]:
        out = []
        for v in self.engine.getProperty("voices"):
            langs = [
                x.decode("utf-8", "ignore") if isinstance(x, bytes) else str(x) for x in v.languages or []
            ]
            out.append({"id": str(v.id), "name": str(v.name or v.id), "languages": langs})
        return out

    def synth(self, text: str, voice: str, rate: int, out: str) -> dict[str, Any]:
        self._words.clear()
        self.engine.setProperty("voice", voice)
        self.engine.setProperty("rate", int(rate))
        target = out if self.name != "nsss" else out + ".aiff"  # Apple writes AIFF, whatever the name
        self._done.clear()
        self.engine.save_to_file(text, target)
        self.engine.runAndWait()
        if self._tapped and not self._done.wait(SYNTH_LIMIT_S):
            raise TimeoutError("espeak did not finish")
        if target != out:
            _aiff_to_wav(target, out)
        with wave.open(out, "rb") as w:
            frames, sample_rate = w.getnframes(), w.getframerate()
        if frames == 0:
            raise RuntimeError("the engine wrote no audio")
        words = [[s, n, ms] for s, n, ms in self._words if n > 0 and 0 <= s < len(text)]
        return {"frames": frames, "sample_rate": sample_rate, "words": words}


def _default_driver() -> str:
    return {"win32": "sapi5", "darwin": "nsss"}.get(sys.platform, "espeak")


def _package_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return "?"


def _espeak_version() -> str:
    try:
        from pyttsx3.drivers import _espeak

        info = _espeak.dll.espeak_Info
        info.restype = __import__("ctypes").c_char_p
        return (info(None) or b"").decode()
    except Exception:
        return "?"


def _aiff_to_wav(src: str, dst: str) -> None:
    """macOS only (not tried): afconvert ships with macOS."""
    subprocess.run(["afconvert", "-f", "WAVE", "-d", "LEI16", src, dst], check=True, timeout=60)
    Path(src).unlink(missing_ok=True)


def _answer(proto: TextIO, msg: dict[str, Any]) -> None:
    proto.write(json.dumps(msg, ensure_ascii=False) + "\n")
    proto.flush()


def handle(engine: Engine, req: dict[str, Any]) -> dict[str, Any]:
    op = req.get("op")
    if op == "voices":
        return {"voices": engine.voices()}
    if op == "synth":
        return engine.synth(str(req["text"]), str(req["voice"]), int(req["rate"]), str(req["out"]))
    if op == "ping":
        return {}
    raise ValueError(f"unknown op {op!r}")


def main() -> int:
    # The protocol gets its own copy of stdout; anything else printed (pyttsx3 prints "Audio saved to",
    # C libraries may write too) goes to stderr so it cannot corrupt an answer.
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        engine = Engine(os.environ.get("TRAINER_TTS_DRIVER") or None)
    except Exception as exc:  # no engine on this machine: say so and leave
        _answer(proto, {"ready": False, "error": f"{type(exc).__name__}: {exc}"})
        return 2
    _answer(proto, {"ready": True, "engine": engine.name, "engine_id": engine.engine_id, "pid": os.getpid()})
    for line in sys.stdin.buffer:
        try:
            req = json.loads(line.decode("utf-8"))
        except ValueError:
            continue
        try:
            _answer(proto, {"id": req.get("id"), "ok": True, **handle(engine, req)})
        except Exception as exc:
            _answer(proto, {"id": req.get("id"), "ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
