"""Recorded speech as samples: read and check a WAV, trim silence, even out loudness, slow down.

Plain Python (``wave`` + ``array``), no numpy: a clip is seconds long, and the work runs off the UI thread.
Every clip a voice pack holds is 16-bit PCM, mono, 16-48 kHz.
"""

from __future__ import annotations

import math
import operator
import time
import wave
from array import array
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

MIN_RATE, MAX_RATE = 16_000, 48_000
MAX_SECONDS = 60.0  # one string of a lesson is a paragraph: a minute is far more than any needs
MIN_SECONDS = 0.3
SILENCE_DBFS = -45.0  # a 10 ms frame quieter than this is silence
SILENT_CLIP_DBFS = -50.0  # a clip whose speech is quieter than this is empty
TARGET_DBFS = -20.0  # loudness of the speech (RMS of the frames with speech) after normalising
PEAK_LIMIT_DBFS = -1.0
# A kept recording's speech is at TARGET_DBFS, or a little under it when a loud click held the gain back.
# Much quieter or louder than that was never evened out (a pack put together by hand): the learner would
# hear one sentence whisper and the next shout, so such a file is refused.
QUIET_DBFS = TARGET_DBFS - 12.0
LOUD_DBFS = TARGET_DBFS + 8.0
CLIPPED_LEVEL = 32_700
CLIPPED_SHARE = 0.002  # more than 0.2 % of samples at full scale: the recording was too loud
FRAME_S = 0.01


AUDIO_PROBLEMS = {
    "width": "is {bits}-bit audio; record 16-bit PCM",
    "rate": "has {rate} samples a second; use 16000 to 48000",
    "channels": "has {channels} channels; use mono",
    "too_long": "is {seconds:.0f} seconds long; one string is at most {limit:.0f}",
    "unreadable": "is not a readable WAV file ({detail})",
    "cut_short": "is cut short (its data ends before its header says)",
    "too_short": "is only {seconds:.1f} seconds long",
    "silent": "is silent (no speech was heard)",
    "clipped": "is distorted: it was recorded too loud (move back from the microphone)",
    "too_quiet": "is too quiet ({dbfs:.0f} dBFS; recordings are evened out to {target:.0f})",
    "too_loud": "is too loud ({dbfs:.0f} dBFS; recordings are evened out to {target:.0f})",
    "mic_stopped": "the microphone stopped",
    "mic_unavailable": "the microphone could not be opened",
}


class AudioProblem(ValueError):
    """A recording that cannot be used: ``code`` (a key of ``AUDIO_PROBLEMS``) and its ``values``;
    ``str()`` says it in English (command line, logs), ``ui.voice_problems`` in the tutor's language."""

    def __init__(self, code: str, **values: object) -> None:
        self.code, self.values = code, values
        super().__init__(AUDIO_PROBLEMS[code].format(**values))


@dataclass(frozen=True)
class Clip:
    rate: int
    samples: array  # array('h'), mono

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


@dataclass(frozen=True)
class Levels:
    seconds: float
    speech_dbfs: float  # loudness of the frames that are not silence
    peak_dbfs: float
    clipped_share: float


def dbfs(value: float) -> float:
    return 20.0 * math.log10(value / 32768.0) if value > 0 else -120.0


def read_wav(path: Path, max_seconds: float = MAX_SECONDS) -> Clip:
    """The clip in ``path``; AudioProblem when it is not a WAV a voice pack can hold."""
    try:
        with wave.open(str(path), "rb") as w:
            channels, width, rate, frames = (
                w.getnchannels(),
                w.getsampwidth(),
                w.getframerate(),
                w.getnframes(),
            )
            if width != 2:
                raise AudioProblem("width", bits=8 * width)
            if not MIN_RATE <= rate <= MAX_RATE:
                raise AudioProblem("rate", rate=rate)
            if channels not in (1, 2):
                raise AudioProblem("channels", channels=channels)
            if frames / rate > max_seconds:
                raise AudioProblem("too_long", seconds=frames / rate, limit=max_seconds)
            raw = w.readframes(frames)
    except AudioProblem:
        raise
    except (wave.Error, EOFError, OSError, ValueError) as exc:
        raise AudioProblem("unreadable", detail=exc) from None
    if len(raw) < frames * width * channels:
        raise AudioProblem("cut_short")
    samples = array("h")
    samples.frombytes(raw[: len(raw) - len(raw) % 2])
    if channels == 2:
        samples = array("h", ((a + b) // 2 for a, b in zip(samples[::2], samples[1::2], strict=False)))
    return Clip(rate, samples)


def write_wav(path: Path, clip: Clip) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(clip.rate)
        w.writeframes(clip.samples.tobytes())


def _frame_rms(clip: Clip) -> list[float]:
    n = max(1, int(clip.rate * FRAME_S))
    s = clip.samples
    return [
        math.sqrt(sum(map(operator.mul, s[i : i + n], s[i : i + n])) / n) for i in range(0, len(s) - n + 1, n)
    ]


def levels(clip: Clip) -> Levels:
    rms = _frame_rms(clip)
    voiced = [r for r in rms if dbfs(r) > SILENCE_DBFS]
    speech = math.sqrt(sum(r * r for r in voiced) / len(voiced)) if voiced else 0.0
    peak = max((abs(x) for x in clip.samples), default=0)
    clipped = sum(1 for x in clip.samples if x >= CLIPPED_LEVEL or x <= -CLIPPED_LEVEL)
    return Levels(clip.seconds, dbfs(speech), dbfs(peak), clipped / max(1, len(clip.samples)))


def check(clip: Clip) -> None:
    """AudioProblem when a recording is too short, silent, clipped, or far quieter or louder than a kept
    recording is (length is checked on reading)."""
    if clip.seconds < MIN_SECONDS:
        raise AudioProblem("too_short", seconds=clip.seconds)
    lv = levels(clip)
    if lv.speech_dbfs < SILENT_CLIP_DBFS:
        raise AudioProblem("silent")
    if lv.clipped_share > CLIPPED_SHARE:
        raise AudioProblem("clipped")
    if lv.speech_dbfs < QUIET_DBFS:
        raise AudioProblem("too_quiet", dbfs=lv.speech_dbfs, target=TARGET_DBFS)
    if lv.speech_dbfs > LOUD_DBFS:
        raise AudioProblem("too_loud", dbfs=lv.speech_dbfs, target=TARGET_DBFS)


def trim_silence(clip: Clip, pad_s: float = 0.15) -> Clip:
    """Cut silence before the first and after the last sound, keeping a short pad."""
    rms = _frame_rms(clip)
    loud = [i for i, r in enumerate(rms) if dbfs(r) > SILENCE_DBFS]
    if not loud:
        return clip
    n = int(clip.rate * FRAME_S)
    pad = int(clip.rate * pad_s)
    start = max(0, loud[0] * n - pad)
    end = min(len(clip.samples), (loud[-1] + 1) * n + pad)
    return Clip(clip.rate, clip.samples[start:end])


def normalise(clip: Clip, target_dbfs: float = TARGET_DBFS) -> Clip:
    """Bring the speech to the same loudness as every other clip, never past the peak limit."""
    lv = levels(clip)
    if lv.speech_dbfs <= -119:
        return clip
    gain_db = min(target_dbfs - lv.speech_dbfs, PEAK_LIMIT_DBFS - lv.peak_dbfs)
    gain = 10 ** (gain_db / 20.0)
    out = array("h", (max(-32768, min(32767, round(x * gain))) for x in clip.samples))
    return Clip(clip.rate, out)


def time_stretch(clip: Clip, factor: float) -> Clip:
    """``factor`` times as long at the same pitch (WSOLA: overlap-add of 40 ms frames, each placed where
    it best continues the last one). 1.27 turns the normal pace into the slow one."""
    if abs(factor - 1.0) < 0.01 or len(clip.samples) < clip.rate // 10:
        return clip
    x = clip.samples
    n = int(clip.rate * 0.04)  # frame
    hs = n // 2  # hop out
    ha = hs / factor  # hop in
    tol = int(clip.rate * 0.01)  # search +-10 ms
    window = [0.5 - 0.5 * math.cos(2 * math.pi * i / n) for i in range(n)]
    out_len = int(len(x) * factor) + n
    out = [0.0] * out_len
    dec = 8  # correlate on every 8th sample (2.75 kHz at 22 kHz): enough to line up voiced speech
    prev = 0  # where the last frame was taken from
    k = 0
    while True:
        nominal = int(k * ha)
        if nominal + n + tol >= len(x):
            break
        best = nominal
        if k:
            natural = prev + hs  # what would follow the last frame in the original
            target = x[natural : natural + hs : dec]
            best_score = -math.inf
            for cand in range(max(0, nominal - tol), min(len(x) - n, nominal + tol) + 1, 3):
                score = sum(map(operator.mul, target, x[cand : cand + hs : dec]))
                if score > best_score:
                    best, best_score = cand, score
        pos = k * hs
        frame = x[best : best + n]  # overlap-add, in C loops (map) rather than a Python loop per sample
        out[pos : pos + n] = list(map(operator.add, out[pos : pos + n], map(operator.mul, frame, window)))
        prev = best
        k += 1
        if k % 8 == 0:
            time.sleep(0)  # runs on the speech thread: let the UI thread have the interpreter often
    used = min(out_len, k * hs + n)
    data = array("h")
    for i in range(0, used, 8192):  # in pieces: one C loop over everything would hold the interpreter
        piece = out[i : min(used, i + 8192)]
        data.extend(array("h", map(max, repeat(-32768), map(min, repeat(32767), map(int, piece)))))
        time.sleep(0)
    return Clip(clip.rate, data)


def prepare(clip: Clip) -> Clip:
    """What a fresh recording becomes before it is kept: trimmed, then evened out."""
    return normalise(trim_silence(clip))
