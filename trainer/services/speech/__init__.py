"""Speech: read every step aloud without ever freezing or crashing the app.

Shape (each module under 300 lines):

    domain/speech.py   Utterance, rates, sentences, voice ranking, cache key        (plain data)
    speaker.py         Speaker protocol + RecordingSpeaker (the fake for tests)     (no Qt)
    qt.py              QtSpeaker: the app's Speaker (signals; QtCore only)
      synth.py         Synthesizer: voice per language, engine rate, cache          (no Qt, blocking)
        client.py      WorkerClient: starts, times out, kills and restarts the worker (no Qt)
          worker.py    the worker process (JSON lines), owning pyttsx3
          engines.py   pyttsx3 engines inside the worker (espeak / sapi5 / nsss)
        cache.py       AudioCache: cache/speech/<sha256>.wav, bounded, least recently used first
      playback.py      Player: one child process per sound; stop = kill, pause = SIGSTOP
      play.py          the small player process for null/file sinks and Windows
    messages.py        every sentence shown to a person, in one place

Decisions and measurements (Debian 12, 2 cores, espeak-ng 1.51, pyttsx3 2.99, PySide6 6.12.0; no sound
card, so the paced ``null``/``file:`` sinks stand in for the speakers; see bench/speech.py):

- The engine runs in a long-lived worker process. A hang (no answer within 10 s + 1 s per 50
  characters) or a crash costs that one request: the worker is killed, the text stays on screen with a
  notice, and the next request starts a new worker (about 0.2-0.3 s). A worker found dead is replaced
  and the request sent again once.
- Linux: pyttsx3's espeak driver starts espeak-ng, lists voices and sets voice and rate; the
  synthesis loop is our own, through pyttsx3's ctypes binding in espeak's synchronous mode, because
  pyttsx3 2.99's loop returned before espeak had finished (files written under the next request's
  name, rates lagging one request: see engines.py). Windows (SAPI5) and macOS (nsss) use pyttsx3's
  ``save_to_file`` + ``runAndWait`` in the same worker: not tried.
- Playback is a child process per sound, not QtMultimedia: PySide6-Addons is not needed (a large
  download), it cannot be tested without a sound card, and a process can be stopped at once by the
  kernel. Measured: stop to silence 1-2 ms (process gone; tests require < 100 ms), pause/resume take
  effect within one 10 ms chunk; ``aplay`` is given a 100 ms buffer, which bounds pause on real
  hardware. Windows pauses by stopping and restarting 0.25 s before where it stopped (not tried).
- Nothing slow runs on the UI thread: synthesis, cache and worker I/O run on one background thread,
  results come back through a queue that a 5 ms UI timer empties while work is pending. Longest
  event-loop stall measured: 11 ms (bench), under 30 ms over a 30-second passage (test).
- Sentences are synthesized and played one by one: the first is heard while the rest are made, and
  ``sentence_changed`` is exact. Words are highlighted from espeak's own timings (SAPI5/nsss: none).
- Repeat to first sample (20 words, paced null sink incl. its ~20 ms Python start): cached 23 ms,
  uncached 27 ms (English) / 36 ms (Mandarin), engine not yet started 324 ms. With aplay: 8 ms cached.
- PySide6 6.12.0 on CPython 3.11 loses references to True (every ``emit``) and None (every call that
  returns nothing) and then aborts; see signals.py. 6.11.3 does not.

Sinks: ``TRAINER_AUDIO_SINK`` = auto | aplay[:DEVICE] | afplay | winsound | null | file:PATH.
Engine: ``TRAINER_TTS_DRIVER`` overrides pyttsx3's driver (e.g. espeak on Windows). Recorded clips
(``Utterance.clip``) must be WAV files.
"""

from trainer.domain.speech import Utterance
from trainer.services.speech.messages import Notice
from trainer.services.speech.speaker import RecordingSpeaker, Speaker

__all__ = ["Notice", "RecordingSpeaker", "Speaker", "Utterance"]


def __getattr__(name: str):  # QtSpeaker loads Qt: only when asked for
    if name == "QtSpeaker":
        from trainer.services.speech.qt import QtSpeaker

        return QtSpeaker
    raise AttributeError(name)
