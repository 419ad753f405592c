"""A tiny player process for where there is no ``aplay``/``afplay``: stdlib only, started fresh per sound.

The app runs this file by path with ``python -I -S`` (see ``playback.sink_command``), so it starts in
about 20 ms. Killing the process silences it; SIGSTOP/SIGCONT pause it.

    play.py FILE [--start SECONDS] --to null|winsound|PATH

- ``null``: reads the WAV and paces it in real time into nothing: machines without a sound card (CI).
- ``PATH``: the same, appending the raw samples to PATH as they would be heard (tests measure that file).
- ``winsound``: Windows (not tried here). Plays the WAV, cut at --start, through winsound.

When the first samples go out it prints ``first-sample <time.monotonic()>`` (the clock is system-wide).
"""

from __future__ import annotations

import sys
import time
import wave

CHUNK_S = 0.01
LATE_S = 0.05  # further behind than this (the process was paused): carry on from now, like a device would


def main(argv: list[str]) -> int:
    path = argv[0]
    start = float(argv[argv.index("--start") + 1]) if "--start" in argv else 0.0
    to = argv[argv.index("--to") + 1] if "--to" in argv else "null"
    with wave.open(path, "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        w.setpos(min(w.getnframes(), int(start * rate)))
        frames = w.readframes(w.getnframes())
    if to == "winsound":
        return _winsound(frames, rate, width, channels)
    out = open(to, "ab", buffering=0) if to != "null" else None  # noqa: SIM115
    step = max(1, int(rate * CHUNK_S)) * width * channels
    t0 = time.monotonic()
    played = 0.0
    for i in range(0, len(frames), step):
        due = t0 + played
        now = time.monotonic()
        if now - due > LATE_S:
            t0, due = now - played, now
        elif due > now:
            time.sleep(due - now)
        if out is not None:
            out.write(frames[i : i + step])
        if i == 0:
            print(f"first-sample {time.monotonic():.6f}", flush=True)
        played += len(frames[i : i + step]) / (width * channels * rate)
    remaining = t0 + played - time.monotonic()
    if remaining > 0:
        time.sleep(remaining)
    return 0


def _winsound(frames: bytes, rate: int, width: int, channels: int) -> int:
    import io
    import winsound  # type: ignore[import-not-found]

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(frames)
    print(f"first-sample {time.monotonic():.6f}", flush=True)
    winsound.PlaySound(buf.getvalue(), winsound.SND_MEMORY)  # blocks until done; killing stops it
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
