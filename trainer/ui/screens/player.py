"""The lesson player: one step per screen, with Back, Repeat, Slower, Help me and Next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QProgressBar,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.speech import Utterance
from trainer.ui.screens.base import Screen
from trainer.ui.screens.practice_room import SHORT_WINDOW, AreaKeeper, LiveStrip
from trainer.ui.steps import AttemptEvent, StepContext, view_for
from trainer.ui.widgets import Button, Text

translate = QCoreApplication.translate


class PlayerScreen(Screen):
    leave = Signal()
    finished = Signal(object)  # Mastery

    def __init__(self, speaker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.session = None
        self.ctx: StepContext | None = None
        self.view = None
        # the lesson and where the learner is in it, kept small: the step's own words come first
        self.heading = QGridLayout()
        self.heading.setHorizontalSpacing(16)
        self.heading.setVerticalSpacing(4)
        self.heading.setColumnStretch(0, 1)
        self.title = Text(role="strong")
        self.leave_button = Button(icon="leave")
        self.leave_button.setObjectName("leave")
        self.leave_button.clicked.connect(self.leave_lesson)
        self.position = Text(role="muted")
        self.steps_bar = QProgressBar()
        self.steps_bar.setObjectName("steps-bar")
        self.steps_bar.setTextVisible(False)
        self.where = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # "Step 2 of 13" and the bar
        self.where.setSpacing(4)
        self.where.addWidget(self.position)
        self.where.addWidget(self.steps_bar)
        self._short: bool | None = None
        self._arrange_heading(short=False)
        self.body.addLayout(self.heading)
        self.notice = Text(role="success")
        self.notice.hide()
        self.body.addWidget(self.notice)
        self.host = QWidget()
        self.host_layout = QVBoxLayout(self.host)
        self.host_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.host)
        self.body.addStretch(1)
        # room below the step for the feedback strip: its coming and going never moves the page
        self.room_below = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.body.addSpacerItem(self.room_below)
        self.back = Button(icon="back")
        self.repeat = Button(icon="repeat")
        self.slower = Button(icon="slower")
        self.help = Button(icon="help")
        self.next = Button(role="primary", icon="next")
        for name, b in (
            ("back", self.back),
            ("repeat", self.repeat),
            ("slower", self.slower),
            ("help", self.help),
        ):
            b.setObjectName(name)
            self.bar_layout.addWidget(b)
        self.bar_layout.addStretch(1)
        self.next.setObjectName("next")
        self.bar_layout.addWidget(self.next)
        self.bar.show()
        # feedback of steps done on an area with the pointer (drills, simulated apps): always in view,
        # between the page and the buttons, so nothing under the pointer moves when it appears
        self.live = LiveStrip()
        self.live_box = self.live.box
        self.layout().insertWidget(1, self.live)
        self.live.hide()
        # what to do, in the strip while it has no feedback and the step's own words are out of view
        self.cue = Text()
        self.cue.setObjectName("drill-cue")
        self.live_box.addWidget(self.cue)
        self.cue.hide()
        self.keeper = AreaKeeper(self.scroll, self.live, self.bar, self.room_below)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.repeat.clicked.connect(lambda: self.read_aloud())
        self.slower.clicked.connect(lambda: self.read_aloud(slower=True))
        self.help.clicked.connect(self.ask_for_help)
        self._segments: list[tuple[int, int, QWidget]] = []  # (start, end, widget) of what is read now
        self._marked: QWidget | None = None
        self._notices_shown: set[tuple[str, str]] = set()
        speaker.sentence_changed.connect(self._on_sentence)
        speaker.finished.connect(self._speech_finished)  # (a method: gone with the player, not a lambda)
        speaker.notice.connect(self._on_notice)
        self.retranslate()

    # opening -----------------------------------------------------------------------------------
    def open(self, session, ctx: StepContext) -> None:
        self.session, self.ctx = session, ctx
        self.show_step()

    def show_step(self) -> None:
        if self.view is not None:
            self.view.hide()
            old = self.view.live_feedback
            if old is not None:  # (it sits in the strip, outside the view)
                self.live_box.removeWidget(old)
                old.hide()
                old.deleteLater()
            self.view.deleteLater()
        step = self.session.step
        cls = view_for(step.kind)
        self.view = cls(step, self.ctx) if cls else None
        self.keeper.set_view(self.view)
        # a step with the strip keeps its scroll bar: one appearing with the strip would narrow the page,
        # rewrap its words and move what is under the pointer
        live = self.view is not None and self.view.live_feedback is not None
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOn if live else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.scroll.setVerticalScrollBarPolicy(policy)
        if self.view is not None:
            self.view.attempt.connect(self.record)
            self.view.completed.connect(self._completed)
            self.view.speak.connect(lambda texts: self._say(texts))
            if step.kind == "own-phone":  # the tutor's ticks are saved through the session
                from trainer.ui.steps.own_phone import link_to_session

                link_to_session(self.view, self.session)
            self.host_layout.addWidget(self.view)
            if self.view.live_feedback is not None:
                self.live_box.addWidget(self.view.live_feedback)
                self.view.feedback_changed.connect(self._live_changed)
            self.view.show()
        self._live_changed()
        self.notice.hide()
        self.retranslate()
        self.refresh_layout()
        self.keeper.fit()
        self.opening = True  # the step opens at its top, whatever gets the focus or is read first
        self.focus_step()
        if self.ctx.settings.speech_on:
            self.read_aloud()
        self.open_at_top()

    def on_show(self) -> None:
        self.focus_step()

    def opening_position(self) -> None:
        """A drill opens with its practice area in view (its words above, by scrolling up)."""
        self.layout().activate()
        self.keeper.fit()
        self.keeper.show_area(starting=True)
        self._live_changed()  # (the instruction may now be above the window: the strip says it)

    def _arrange_heading(self, short: bool) -> None:
        """On a short window the title runs across the page and "Step 2 of 13", its bar and "Leave the
        lesson" share the row below it (beside Leave, a long title took four lines at 36 pt)."""
        if short == self._short:
            return
        self._short = short
        grid = self.heading
        for w in (self.title, self.leave_button):
            grid.removeWidget(w)
        grid.removeItem(self.where)
        top = Qt.AlignmentFlag.AlignTop
        self.position.setWordWrap(not short)  # (a few words on one line; the bar takes what is left)
        wide = QSizePolicy.Policy.Ignored if short else QSizePolicy.Policy.Expanding
        self.steps_bar.setSizePolicy(wide, QSizePolicy.Policy.Fixed)
        self.steps_bar.setMinimumWidth(60 if short else 0)
        if short:
            self.where.setDirection(QBoxLayout.Direction.LeftToRight)
            self.where.setSpacing(16)
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addLayout(self.where, 1, 0)
            grid.addWidget(self.leave_button, 1, 1, top)
        else:
            self.where.setDirection(QBoxLayout.Direction.TopToBottom)
            self.where.setSpacing(4)
            grid.addWidget(self.title, 0, 0)
            grid.addLayout(self.where, 1, 0)
            grid.addWidget(self.leave_button, 0, 1, 2, 1, top)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._arrange_heading(self.window().height() < SHORT_WINDOW)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._refit)  # (once the bar and the strip have their new heights)

    def refresh_layout(self) -> None:
        super().refresh_layout()
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        if self.keeper.fit():
            self.keeper.after_try()

    def focus_step(self) -> None:
        """The step's own first control (an answer, the practice area), else Next: never "Leave"."""
        if self.view is not None:
            self.view.focus_first()
        focus = self.focusWidget()
        if self.view is None or focus is None or not self.view.isAncestorOf(focus):
            self.next.setFocus()

    # actions ----------------------------------------------------------------------------------
    def record(self, event: AttemptEvent) -> None:
        self.session.record(event.answer, event.correct, event.score, event.data, event.shown)

    def _completed(self) -> None:
        self.next.setFocus()

    def go_next(self) -> None:
        self.speaker.stop()
        if self.view is not None and self.view.step.kind in ("read", "recap", "own-phone"):
            self.session.record({"seen": True}, None)
        if self.session.index >= len(self.session.lesson.steps) - 1:
            self.finished.emit(self.session.finish())
            return
        self.session.go_to(self.session.index + 1)
        self.show_step()

    def go_back(self) -> None:
        self.speaker.stop()
        if self.session.index > 0:
            self.session.go_to(self.session.index - 1)
            self.show_step()

    def leave_lesson(self) -> None:
        self.speaker.stop()
        self.leave.emit()

    def read_aloud(self, slower: bool = False) -> None:
        if self.view is None:
            return
        self._say(self.view.spoken_texts(), slower, self.view.spoken_widgets())

    def _say(self, texts: list[str], slower: bool = False, widgets: list | None = None) -> None:
        pairs = [(t, w) for t, w in zip(texts, widgets or [None] * len(texts), strict=False) if t]
        text = "\n".join(t for t, _ in pairs)
        if not text:
            return
        self._mark(None)
        self._segments, pos = [], 0
        for t, w in pairs:
            self._segments.append((pos, pos + len(t), w))
            pos += len(t) + 1
        rate = self.ctx.settings.speech_rate
        if slower:
            from trainer.domain.speech import slower as slower_rate

            rate = slower_rate(rate)
        readings = self.ctx.lesson.readings if self.ctx is not None else ()
        # the voice the learner chose: a volunteer's recordings where there are some, else the computer's
        voice = self.ctx.settings.voice if self.ctx is not None else ""
        self.speaker.speak(Utterance(text, self.ctx.lang, rate, readings=readings, voice=voice))

    def _on_sentence(self, index: int) -> None:
        """Mark the text (paragraph, question or answer) holding the sentence being read."""
        from trainer.domain.speech import split_sentences

        last = self.speaker.last
        if last is None or not self._segments:
            return
        sentences = split_sentences(last.text)
        if not 0 <= index < len(sentences):
            return
        start = sentences[index].start
        widget = next((w for a, b, w in self._segments if a <= start < b + 1), None)
        self._mark(widget)

    def _speech_finished(self, *_) -> None:
        self._mark(None)

    def _mark(self, widget) -> None:
        for w in (self._marked, widget):
            if w is None:
                continue
            try:
                w.setProperty("reading", w is widget)
                w.style().unpolish(w)
                w.style().polish(w)
            except RuntimeError:  # the step was closed meanwhile
                pass
        self._marked = widget
        # (not on a drill: the page never scrolls away from what the learner is aiming at)
        keep = self.view is not None and bool(self.view.act_on(False))
        if widget is not None and not self.opening and not keep and not self.in_view(widget):
            from trainer.ui.reveal import reveal

            reveal(widget)  # the text being read is followed down the page

    def _cue_words(self) -> str:
        """The step's instruction, when the strip is free and the instruction is out of the window."""
        words = self.view.cue() if self.view is not None else None
        if words is None or not words.isVisibleTo(self.page) or self.in_view(words):
            return ""
        return words.plain_text()

    def _live_changed(self) -> None:
        label = self.view.live_feedback if self.view is not None else None
        text = label.plain_text() if label is not None else ""
        cue = "" if text else self._cue_words()
        if cue != self.cue.plain_text():
            self.cue.set_text(cue)
        self.cue.setVisible(bool(cue))
        self.live.setVisible(bool(text or cue))
        if label is not None:
            label.setVisible(bool(text))
            self.live.setProperty("tone", (label.property("role") or "") if text else "")
            self.live.style().unpolish(self.live)
            self.live.style().polish(self.live)
            self.live.ensureVisible(0, 0, 0, 0)  # new words are read from their start
            self.live.updateGeometry()
        if text:
            from trainer.ui.reveal import announce

            announce(label, text)
            self.keeper.after_try()

    def _on_notice(self, notice) -> None:
        key = (getattr(notice, "kind", ""), getattr(notice, "lang", ""))
        if key in self._notices_shown:
            return
        self._notices_shown.add(key)
        # one short line in the learner's language; the cause and the fix are for the tutor, in
        # `trainer --self-test` and in tutor mode (never an English command inside a Chinese lesson)
        if key[0] == "no_voice":
            language = translate("Player", "Chinese") if key[1] == "zh_CN" else translate("Player", "English")
            text = translate(
                "Player",
                "This computer cannot read %1 aloud yet, so please read the text on the screen. Tell your tutor.",
            ).replace("%1", language)
        elif key[0] == "no_player":
            text = translate(
                "Player", "This computer cannot play sound now. Please read the words on the screen."
            )
        else:
            text = translate(
                "Player", "Reading aloud is not working right now. The text stays on the screen."
            )
        self._notice(text, "")  # (not the green of success: nothing went well)

    def _notice(self, text: str, role: str) -> None:
        self.notice.setProperty("role", role)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.set_text(text)
        self.notice.show()

    def ask_for_help(self) -> None:
        self.session.ask_for_help()
        self._notice(
            translate("Player", "Your tutor has been told. Stay on this step; they will come to help you."),
            "success",
        )
        self._say([self.notice.plain_text()])

    def retranslate(self) -> None:
        self.leave_button.set_label(translate("Player", "Leave the lesson"))
        self.back.set_label(translate("Player", "Back"), translate("Player", "Back to the step before"))
        self.repeat.set_label(
            translate("Player", "Repeat"), translate("Player", "Read this step aloud again")
        )
        self.slower.set_label(
            translate("Player", "Slower"), translate("Player", "Read this step again, more slowly")
        )
        self.help.set_label(translate("Player", "Help me"), translate("Player", "Ask your tutor for help"))
        if self.session is None:
            return
        lesson = self.session.lesson
        self.title.set_text(lesson.title.get(self.ctx.lang))
        total = len(lesson.steps)
        self.position.set_text(
            translate("Player", "Step %1 of %2")
            .replace("%1", str(self.session.index + 1))
            .replace("%2", str(total))
        )
        self.steps_bar.setMaximum(total)
        self.steps_bar.setValue(self.session.index + 1)
        self.steps_bar.setAccessibleName(self.position.plain_text())
        last = self.session.index >= total - 1
        self.next.set_label(translate("Player", "Finish") if last else translate("Player", "Next"))
        self.next.set_icon("finish" if last else "next")
        self.back.setEnabled(self.session.index > 0)
