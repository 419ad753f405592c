"""The ``Speaker`` every screen talks to, and ``RecordingSpeaker``, the fake for tests. No Qt here.

Events (Qt signals on the real speaker; the same ``connect``/``emit`` shape on the fake):

- ``started()``: the first sound of an utterance is on its way;
- ``sentence_changed(int)``: index into ``split_sentences(utterance.text)`` now being read;
- ``word_changed(int, int)``: start and length, in the utterance's text, of the word being read
  (only where the engine gives timings: espeak does, SAPI5/nsss here do not);
- ``finished(bool)``: the utterance ended: True read to the end, False stopped, replaced or failed;
- ``notice(object)``: a ``messages.Notice`` for the person (each kind and language once a session).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol, runtime_checkable

from trainer.domain.speech import Utterance, slower, split_sentences
from trainer.services.speech import messages
from trainer.services.speech.messages import Notice


@runtime_checkable
class Speaker(Protocol):
    started: Any
    sentence_changed: Any
    word_changed: Any
    finished: Any
    notice: Any

    def speak(self, utterance: Utterance) -> None: ...
    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def repeat(self) -> None: ...
    def slower(self) -> None: ...
    def is_available(self, lang: str) -> bool: ...
    @property
    def state(self) -> str: ...  # "idle", "speaking" or "paused"
    @property
    def notices(self) -> list[Notice]: ...
    @property
    def last(self) -> Utterance | None: ...


class Hook:
    """A signal for plain Python: ``connect``, ``disconnect``, ``emit`` like Qt's, called at once."""

    def __init__(self) -> None:
        self._slots: list[Callable[..., Any]] = []

    def connect(self, slot: Callable[..., Any]) -> None:
        self._slots.append(slot)

    def disconnect(self, slot: Callable[..., Any] | None = None) -> None:
        self._slots = [] if slot is None else [s for s in self._slots if s != slot]

    def emit(self, *args: Any) -> None:
        for slot in list(self._slots):
            slot(*args)


class RecordingSpeaker:
    """Remembers what it was asked to say and do; plays nothing. For tests of screens.

    ``actions`` holds ("speak", utterance), ("stop",), ("pause",), ("resume",) in order;
    ``spoken`` the utterances only. ``missing`` lists languages that have no voice here.
    Utterances stay "speaking" until the test calls ``finish()`` (or ``advance()`` for each sentence).
    """

    def __init__(self, missing: Iterable[str] = ()) -> None:
        self.started, self.sentence_changed, self.word_changed = Hook(), Hook(), Hook()
        self.finished, self.notice = Hook(), Hook()
        self.missing = set(missing)
        self.actions: list[tuple[Any, ...]] = []
        self.spoken: list[Utterance] = []
        self._notices: list[Notice] = []
        self._state = "idle"
        self._last: Utterance | None = None
        self._sentence = -1

    @property
    def state(self) -> str:
        return self._state

    @property
    def notices(self) -> list[Notice]:
        return list(self._notices)

    @property
    def last(self) -> Utterance | None:
        return self._last

    @property
    def texts(self) -> list[str]:
        return [u.text for u in self.spoken]

    def is_available(self, lang: str) -> bool:
        return lang not in self.missing

    def speak(self, utterance: Utterance) -> None:
        self._end(False)
        self.actions.append(("speak", utterance))
        self.spoken.append(utterance)
        self._last = utterance
        if not self.is_available(utterance.lang) and utterance.clip is None:
            self._notify(messages.no_voice(utterance.lang))
            self.finished.emit(False)
            return
        self._state, self._sentence = "speaking", 0
        self.started.emit()
        self.sentence_changed.emit(0)

    def advance(self) -> None:
        """The fake moves on to the next sentence, or finishes after the last."""
        if self._state == "idle" or self._last is None:
            return
        self._sentence += 1
        if self._sentence >= len(split_sentences(self._last.text)):
            self.finish()
        else:
            self.sentence_changed.emit(self._sentence)

    def finish(self) -> None:
        self._end(True)

    def stop(self) -> None:
        self.actions.append(("stop",))
        self._end(False)

    def pause(self) -> None:
        self.actions.append(("pause",))
        if self._state == "speaking":
            self._state = "paused"

    def resume(self) -> None:
        self.actions.append(("resume",))
        if self._state == "paused":
            self._state = "speaking"

    def repeat(self) -> None:
        if self._last is not None:
            self.speak(self._last)

    def slower(self) -> None:
        if self._last is not None:
            self.speak(self._last.at_rate(slower(self._last.rate)))

    def _end(self, completed: bool) -> None:
        if self._state != "idle":
            self._state = "idle"
            self.finished.emit(completed)

    def _notify(self, notice: Notice) -> None:
        if all((n.kind, n.lang) != (notice.kind, notice.lang) for n in self._notices):
            self._notices.append(notice)
            self.notice.emit(notice)
