"""The speech worker: a separate process that owns pyttsx3 and writes WAV files.

Run as ``python -m trainer.services.speech.worker`` (or ``trainer speech-worker`` in a frozen build).
It reads one JSON request a line on stdin and answers one JSON line on stdout:

    -> {"id": 1, "op": "voices"}
    <- {"id": 1, "ok": true, "voices": [{"id": ..., "name": ..., "languages": [...]}, ...]}
    -> {"id": 2, "op": "synth", "text": "...", "voice": "sit/cmn-latn-pinyin", "rate": 110, "out": "/x.wav"}
    <- {"id": 2, "ok": true, "frames": 52000, "sample_rate": 22050, "words": [[start, length, ms], ...]}

The first line it writes is ``{"ready": true, "engine": "espeak", "engine_id": "..."}`` (or ready false
with an error, and it exits). An error in one request is answered (ok false) and the worker carries on;
a hang or a crash is the client's business: it kills and restarts this process.

Why a process: pyttsx3 blocks while it works, can hang, cannot be stopped, and its espeak driver cannot
be started twice in one process. Here it can do all that without touching the app.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any, TextIO

from trainer.services.speech.engines import PyttsxEngine, default_driver, open_engine


def handle(engine: PyttsxEngine, req: dict[str, Any]) -> dict[str, Any]:
    op = req.get("op")
    if op == "voices":
        return {"voices": engine.voices()}
    if op == "synth":
        return engine.synth(str(req["text"]), str(req["voice"]), int(req["rate"]), str(req["out"]))
    if op == "ping":
        return {}
    raise ValueError(f"unknown op {op!r}")


def _answer(proto: TextIO, msg: dict[str, Any]) -> None:
    proto.write(json.dumps(msg, ensure_ascii=False) + "\n")
    proto.flush()


def main() -> int:
    # The protocol gets its own copy of stdout; anything else printed (pyttsx3 prints, C libraries may
    # write) goes to stderr, so it cannot corrupt an answer.
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        engine = open_engine(os.environ.get("TRAINER_TTS_DRIVER") or default_driver())
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
