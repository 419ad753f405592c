"""Speech benchmark: prints JSON.

    python bench/speech.py [--runs 5] [--keep-home]

- time from Repeat (``speak``/``repeat``) to the first audio sample of a 20-word sentence: with the
  engine not yet started (cold), engine running but the sentence not cached (uncached), and cached;
- time from Stop until the player process is gone (Linux: read from /proc);
- the longest stall of the Qt event loop (a 5 ms timer on the UI thread) over everything above plus
  one sentence played to the end.

The sink is TRAINER_AUDIO_SINK (``null`` when unset: this machine has no sound card). Only the
``null``/``file:`` and winsound sinks report their first sample; with ``aplay`` the time is to the
start of the process. A temporary TRAINER_HOME is used unless --keep-home.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [  # 20 words each
    "Please touch the green button at the bottom of the screen, then wait a moment until you hear the bell.",
    "Your grandson sent you a new photo today, so open the gallery and look at the picture he took.",
    "To call your doctor, find the phone icon, touch it once, and then choose her name from the list.",
    "When the screen goes dark, press the small button on the side once and the phone will wake up.",
    "A strange message asking for your bank password is a trick, so never answer it and tell your family.",
    "If you make a mistake while typing, touch the arrow key with the cross to remove the last letter.",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep-home", action="store_true")
    opts = ap.parse_args()
    if not opts.keep_home:
        os.environ["TRAINER_HOME"] = tempfile.mkdtemp(prefix="speech-bench-")
    os.environ.setdefault("TRAINER_AUDIO_SINK", "null")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from trainer.domain.speech import Utterance
    from trainer.services.speech.qt import QtSpeaker

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)  # noqa: F841  (kept alive)
    sp = QtSpeaker()
    first: list[float] = []
    sp.player.first_sample.connect(first.append)
    sp.player.started.connect(lambda: first.append(time.monotonic()) if not _reports(sp) else None)

    worst = [0.0]
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        worst[0] = max(worst[0], now - last[0] - 0.005)
        last[0] = now

    meter = QTimer()
    meter.setInterval(5)
    meter.timeout.connect(tick)
    last[0] = time.monotonic()
    meter.start()

    def wait_until(cond, timeout: float = 30.0) -> None:
        # one event loop and one polling timer per wait: as few calls into PySide as possible
        # (PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call that returns nothing)
        loop = QEventLoop()
        end = time.monotonic() + timeout
        poll = QTimer()
        poll.setInterval(1)
        poll.timeout.connect(lambda: loop.quit() if cond() or time.monotonic() > end else None)
        poll.start()
        loop.exec()
        poll.stop()
        if not cond():
            raise SystemExit(json.dumps({"error": "timed out: no sound; is espeak-ng installed?"}))

    def to_first_sample(action) -> float:
        first.clear()
        t = time.monotonic()
        action()
        wait_until(lambda: bool(first))
        ms = (first[0] - t) * 1000.0
        pid = sp.player._proc.processId() if sp.player._proc is not None else 0
        stop_ms.append(_stop_ms(sp, pid))
        return ms

    stop_ms: list[float] = []
    cold = to_first_sample(lambda: sp.speak(Utterance(SENTENCES[0], "en", "normal")))
    uncached = [to_first_sample(lambda s=s: sp.speak(Utterance(s, "en", "normal"))) for s in SENTENCES[1:]]
    uncached_zh = [
        to_first_sample(
            lambda i=i: sp.speak(Utterance(f"请按屏幕下方的绿色按钮，然后等{i}秒钟，直到听见铃声。", "zh_CN"))
        )
        for i in range(2, 2 + opts.runs)
    ]
    sp.speak(Utterance(SENTENCES[0], "en", "normal"))
    sp.stop()
    cached = [to_first_sample(sp.repeat) for _ in range(opts.runs)]
    recorded, slower_recorded = _recorded_clip(sp, to_first_sample, opts.runs, meter, last)
    done: list[bool] = []
    sp.finished.connect(done.append)
    sp.speak(Utterance(SENTENCES[0], "en", "normal"))
    wait_until(lambda: bool(done), timeout=60)
    meter.stop()
    sp.close()

    def stats(xs: list[float]) -> dict[str, float]:
        return {"median": round(statistics.median(xs), 1), "max": round(max(xs), 1), "n": len(xs)}

    print(
        json.dumps(
            {
                "sink": sp.player.sink,
                "engine": sp.synth.client.engine_id,
                "sentence_words": len(SENTENCES[0].split()),
                "repeat_to_first_sample_ms": {
                    "cold_engine": round(cold, 1),
                    "uncached_en": stats(uncached),
                    "uncached_zh_CN": stats(uncached_zh),
                    "cached": stats(cached),
                    "goal_cached": 100,
                    "recorded_clip": stats(recorded),
                    "recorded_clip_slower_first_time": round(slower_recorded, 1),
                    "goal_recorded_clip": 100,
                },
                "stop_to_silence_ms": stats(stop_ms),
                "longest_event_loop_stall_ms": round(worst[0] * 1000.0, 1),
            },
            indent=2,
        )
    )
    return 0


def _recorded_clip(sp, to_first_sample, runs: int, meter, last) -> tuple[list[float], float]:
    """Repeat on a string a volunteer recorded (issue 20): a voice pack with one recording (espeak-ng's
    voice stands in for the volunteer), then Repeat on it, then Slower once (time-stretched, then cached)."""
    import subprocess

    from trainer.domain.speech import Utterance
    from trainer.services.speech import audio

    text = "拿不准就挂电话，打 96110。"
    wav = Path(os.environ["TRAINER_HOME"]) / "take.wav"
    subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-w", str(wav), text], check=True)
    if sp.voices.get("bench") is None:
        sp.voices.create("bench", "Bench", "普通话", "zh_CN")
    meter.stop()  # making the pack is the recording screen's work (off the UI thread there), not Repeat's
    sp.voices.add("bench", "x", "t/1", "zh_CN", text, audio.prepare(audio.read_wav(wav)))
    meter.start()
    last[0] = time.monotonic()
    u = Utterance(text, "zh_CN", "normal", voice="bench")
    to_first_sample(lambda: sp.speak(u))
    sp.stop()
    times = [to_first_sample(sp.repeat) for _ in range(runs)]
    slower = to_first_sample(lambda: sp.speak(u.at_rate("slow")))
    sp.stop()
    return times, slower


def _reports(sp) -> bool:
    sink = sp.player.sink or ""
    return sink in ("null", "winsound") or sink.startswith("file:")


def _stop_ms(sp, pid: int) -> float:
    t = time.monotonic()
    sp.stop()
    while pid > 0 and _alive(pid) and time.monotonic() - t < 2.0:
        time.sleep(0.0005)
    return (time.monotonic() - t) * 1000.0


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] not in "ZX"
    except (FileNotFoundError, IndexError):
        return False


if __name__ == "__main__":
    raise SystemExit(main())
