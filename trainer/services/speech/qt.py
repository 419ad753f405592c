"""The app's real ``Speaker``: synthesis on a background thread, playback in a child process.

QtCore only. Every public method returns at once; the UI thread never waits for the engine or the disk.
Sentences are synthesized one by one (the first is heard while the rest are made) and played one by one,
which is what ``sentence_changed`` reports; words come from the engine's timings and the player's clock.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from trainer.domain.speech import LANGS, Sentence, Utterance, choose_voice, slower, split_sentences
from trainer.services.speech import messages
from trainer.services.speech.background import Background
from trainer.services.speech.client import EngineMissing
from trainer.services.speech.messages import Notice
from trainer.services.speech.plan import Part, plan, prepare_rules, stretched
from trainer.services.speech.playback import Player
from trainer.services.speech.signals import emit
from trainer.services.speech.synth import NoVoice, Rendered, Synthesizer
from trainer.services.speech.voices import VoiceLibrary

log = logging.getLogger(__name__)
WORD_TICK_MS = 30


class QtSpeaker(QObject):
    started = Signal()
    sentence_changed = Signal(int)
    word_changed = Signal(int, int)
    finished = Signal(bool)
    notice = Signal(object)

    def __init__(self, synth: Synthesizer | None = None, player: Player | None = None, parent=None,
                 voices: VoiceLibrary | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        if synth is None or voices is None:
            from trainer.config import resolve_paths

            paths = resolve_paths()
            synth, voices = (
                synth or Synthesizer.for_paths(paths.cache),
                voices or VoiceLibrary.for_paths(paths.data),
            )
        self.synth = synth
        self.voices = voices  # recorded voice packs; Utterance.voice chooses one
        self.player = player or Player(parent=self)
        self.player.finished.connect(self._on_played)
        self._work = Background(self._deliver, self)
        self._timer = QTimer(self)
        self._timer.setInterval(WORD_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._gen = 0
        self._state = "idle"
        self._last: Utterance | None = None
        self._sentences: list[Sentence] = []
        self._parts: dict[int, Rendered | Exception] = {}
        self._plan: list[Part] = []
        self._index = 0
        self._word = -1
        self._available: dict[str, bool] = {}
        self._notices: list[Notice] = []

    # -- the Speaker protocol -------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def notices(self) -> list[Notice]:
        return list(self._notices)

    @property
    def last(self) -> Utterance | None:
        return self._last

    def is_available(self, lang: str) -> bool:
        """False once it is known that no voice reads ``lang`` (see ``warm_up``); True until then."""
        return self._available.get(lang, True)

    def warm_up(self) -> None:
        """Start the engine and learn the voices in the background, so the first step speaks sooner."""
        self._work.submit(self._job_voices)
        self._work.submit(prepare_rules, pool="plan")

    def speak(self, utterance: Utterance) -> None:
        self._cancel()
        self._last = utterance
        self._gen += 1
        self._parts, self._index, self._word = {}, 0, -1
        self._sentences, self._plan = [], []
        self._state = "speaking"
        # what to play is worked out on a thread of its own (not behind the engine's queue): the rules
        # that say numbers as people do and the voice pack's index are not for the UI thread (the rules'
        # first use alone took 45-100 ms there), and a recording then plays without waiting for synthesis
        self._work.submit(self._job_plan, self._gen, utterance, pool="plan")

    def _planned(self, gen: int, sentences: list[Sentence], parts: list[Part] | None) -> None:
        if gen != self._gen or self._state == "idle":
            return
        utterance = self._last
        assert utterance is not None
        self._sentences, self._plan = sentences, parts or []
        if not parts:
            self._end(parts is not None)  # nothing to say: done; no plan: not read
            return
        needs_engine = any(p.spoken is not None for p in parts)
        if needs_engine and not self.is_available(utterance.lang):
            self._notify(messages.no_voice(utterance.lang))
            self._end(False)
            return
        for i, part in enumerate(parts):
            if part.ready:
                self._parts[i] = Rendered(part.clip)  # a recording at its own pace plays at once
        if len(self._parts) < len(parts):
            self._work.submit(self._job_render, self._gen, list(parts), utterance.lang, utterance.rate)
        if not self.player.available:
            self._notify(messages.no_player(utterance.lang))
            self._end(False)
            return
        self._play_if_ready()

    def stop(self) -> None:
        self._cancel()

    def pause(self) -> None:
        if self._state == "speaking":
            self._state = "paused"
            self.player.pause()
            self._timer.stop()

    def resume(self) -> None:
        if self._state != "paused":
            return
        self._state = "speaking"
        if self.player.state == "paused":
            self.player.resume()
            self._timer.start()
        else:
            self._play_if_ready()

    def repeat(self) -> None:
        if self._last is not None:
            self.speak(self._last)

    def slower(self) -> None:
        if self._last is not None:
            self.speak(self._last.at_rate(slower(self._last.rate)))

    def close(self) -> None:
        """Stop and end the engine process (call when the app quits)."""
        self._cancel()
        self.player.close()
        self._work.close()
        self.synth.close()

    # -- background thread -------------------------------------------------------------------------
    def _job_voices(self) -> None:
        try:
            voices = self.synth.voices()
            self._work.put("voices", {lang: choose_voice(voices, lang) is not None for lang in LANGS})
        except Exception as exc:
            self._work.put("voices", exc)

    def _job_plan(self, gen: int, utterance: Utterance) -> None:
        if gen != self._gen:
            return
        sentences: list[Sentence] = []
        parts: list[Part] | None = None
        try:
            if utterance.clip is not None and utterance.clip.is_file():
                sentences = [Sentence(0, 0, len(utterance.text), utterance.text)]
                parts = [Part(0, clip=utterance.clip)]
            else:
                sentences = split_sentences(utterance.text)
                try:
                    parts = plan(utterance, sentences, self.voices)
                except Exception:  # a damaged voice pack: the computer's voice reads it all
                    log.exception("voice pack %r could not be read", utterance.voice)
                    parts = plan(utterance, sentences, None)
        except Exception:  # never the app's: this text is not read (finished(False)), the next one is
            log.exception("could not plan what to say")
        self._work.put("planned", (gen, sentences, parts))

    def _job_render(self, gen: int, parts: list[Part], lang: str, rate: str) -> None:
        for i, part in enumerate(parts):
            if gen != self._gen:  # stopped or replaced: do not make the rest
                return
            if part.ready:
                continue
            try:
                if part.clip is not None:
                    result: Rendered | Exception = Rendered(
                        stretched(self.synth.cache, part.clip, part.stretch)
                    )
                else:
                    assert part.spoken is not None
                    result = self.synth.render(part.spoken.text, lang, rate)
            except Exception as exc:  # NoVoice, WorkerError, the engine's own error: never the app's
                result = exc
            self._work.put("rendered", (gen, i, result))
            if isinstance(result, Exception):
                return

    # -- UI thread ---------------------------------------------------------------------------------
    def _deliver(self, kind: str, payload: Any) -> None:
        if kind == "voices":
            self._on_voices(payload)
        elif kind == "planned":
            self._planned(*payload)
        else:
            self._on_rendered(payload)

    def _on_voices(self, result: Any) -> None:
        if isinstance(result, EngineMissing):
            self._notify(messages.no_engine(""))
        elif not isinstance(result, Exception):
            self._available.update(result)

    def _on_rendered(self, item: tuple[int, int, Rendered | Exception]) -> None:
        gen, index, result = item
        if gen != self._gen:
            return
        self._parts[index] = result
        self._play_if_ready()

    def _play_if_ready(self) -> None:
        if self._state != "speaking" or self.player.state != "idle" or self._index not in self._parts:
            return
        part = self._parts[self._index]
        if isinstance(part, Exception):
            self._failed(part)
            return
        if self._index == 0:
            emit(self.started)
        emit(self.sentence_changed, self._plan[self._index].sentence)
        self._word = -1
        self.player.play(part.wav)
        if part.words:
            self._timer.start()

    def _on_played(self, completed: bool) -> None:
        self._timer.stop()
        if self._state == "idle":
            return
        if not completed:
            self._notify(messages.no_player(self._last.lang if self._last else ""))
            self._end(False)
            return
        self._index += 1
        if self._index >= len(self._plan):
            self._end(True)
        else:
            self._play_if_ready()

    def _tick(self) -> None:
        part = self._parts.get(self._index)
        if not isinstance(part, Rendered) or not part.words:
            return
        step = self._plan[self._index]
        current, start, length = step.word_at(part.words, self.player.position_s() * 1000.0)
        if current >= 0 and current != self._word:
            self._word = current
            emit(self.word_changed, self._sentences[step.sentence].start + start, length)

    def _failed(self, exc: Exception) -> None:
        lang = self._last.lang if self._last else ""
        if isinstance(exc, NoVoice):
            self._available[lang] = False
            self._notify(messages.no_voice(lang))
        elif isinstance(exc, EngineMissing):
            self._notify(messages.no_engine(lang))
        else:
            self._notify(messages.engine_failed(lang))
        self._end(False)

    def _cancel(self) -> None:
        self._gen += 1
        self._timer.stop()
        self.player.stop()
        if self._state != "idle":
            self._end(False)

    def _end(self, completed: bool) -> None:
        self._state = "idle"
        self._timer.stop()
        emit(self.finished, completed)

    def _notify(self, notice: Notice) -> None:
        if all((n.kind, n.lang) != (notice.kind, notice.lang) for n in self._notices):
            self._notices.append(notice)
            emit(self.notice, notice)
