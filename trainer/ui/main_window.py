"""The one window: a stack of screens, and navigation between them."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from trainer.domain.learner import Learner, LearnerSettings
from trainer.services import sign_in_look, translations
from trainer.ui.screens.base import Screen
from trainer.ui.screens.signin import SignInScreen
from trainer.ui.style import apply_settings

log = logging.getLogger(__name__)


def _operations():
    """``trainer.ui.operations`` once something has used it; None before (then nothing is running, and
    the first screen does not pay for importing it)."""
    return sys.modules.get("trainer.ui.operations")


class MainWindow(QMainWindow):
    def __init__(self, context) -> None:
        super().__init__()
        self.ctx = context
        self.setObjectName("main-window")
        self.setMinimumSize(960, 640)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.learner: Learner | None = None
        self.settings = LearnerSettings()
        self.screens: dict[str, Screen] = {}
        self._pin_first = ""
        self.signin = SignInScreen()
        self.signin.learner_chosen.connect(self.choose_learner)
        self.signin.new_learner.connect(lambda: self.show_screen("new").start())
        self.signin.language_toggled.connect(self.toggle_language)
        self.signin.tutor_pressed.connect(lambda: self.tutor_mode.enter())
        self._add("signin", self.signin)
        self._tutor_mode = None
        self._closing = None  # the "finishing the work" window while closing waits
        self._notices = None  # the notice bar, made when there is first something to say
        self._save_watch = None
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.retranslate()

    @property
    def tutor_mode(self):
        """Tutor mode's flow, made when first needed: most sessions at a shared PC never open it."""
        if self._tutor_mode is None:
            from trainer.ui.tutor.mode import TutorMode

            self._tutor_mode = TutorMode(self)
        return self._tutor_mode

    # screens are built the first time they are needed: start-up only pays for the sign-in screen
    def screen(self, name: str) -> Screen:
        if name not in self.screens:
            self._add(name, self._build(name))
        return self.screens[name]

    def _build(self, name: str) -> Screen:
        if name == "new":
            from trainer.ui.screens.newlearner import NewLearnerScreen

            s = NewLearnerScreen()
            s.cancelled.connect(self.go_sign_in)
            s.finished.connect(self.create_learner)
        elif name == "pin":
            from trainer.ui.screens.pin import PinScreen

            s = PinScreen()
            s.entered.connect(self.pin_entered)
            s.cancelled.connect(self.pin_cancelled)
        elif name == "home":
            from trainer.ui.screens.home import HomeScreen

            s = HomeScreen()
            s.settings_pressed.connect(self.open_settings)
            s.sign_out_pressed.connect(self.go_sign_in)
            s.open_tier.connect(self.open_tier)
            s.continue_pressed.connect(self.continue_learning)
            s.placement_pressed.connect(self.open_placement)
            s.start_other.connect(self.open_lesson)
        elif name == "lessons":
            from trainer.ui.screens.lessons import LessonListScreen

            s = LessonListScreen()
            s.open_lesson.connect(self.open_lesson)
            s.back_home.connect(self.open_home)
        elif name == "player":
            from trainer.ui.screens.player import PlayerScreen

            self.ctx.ensure_speaker()  # started when first needed, not at start-up
            s = PlayerScreen(self.ctx.speaker)
            s.leave.connect(self.leave_lesson)
            s.finished.connect(self.lesson_finished)
        elif name == "result":
            from trainer.ui.screens.lessons import ResultScreen

            s = ResultScreen()
            s.again.connect(self.practise_again)
            s.to_lessons.connect(self._after_result)
            s.practise_step.connect(self.practise_step)
        elif name == "settings":
            from trainer.ui.screens.settings import SettingsScreen

            s = SettingsScreen()
            s.changed.connect(self.settings_changed)
            s.language_chosen.connect(self.learner_language)
            s.language_chosen.connect(self.find_voices)
            s.listen.connect(self.listen)
            s.pin_pressed.connect(self.pin_pressed)
            s.done.connect(self.settings_done)
        elif name == "problem":
            from trainer.ui.screens.problem import ProblemScreen

            s = ProblemScreen()
            s.close_app.connect(self.close)
        elif name.startswith("tutor-"):
            s = self.tutor_mode.build(name)
        else:
            raise KeyError(name)
        return s

    def _add(self, name: str, screen: Screen) -> None:
        self.screens[name] = screen
        self.stack.addWidget(screen)

    def show_screen(self, name: str) -> Screen:
        s = self.screen(name)
        self.stack.setCurrentWidget(s)
        s.refresh_layout()
        s.opening = True  # the focus set by on_show must not scroll the page
        s.on_show()
        s.open_at_top()
        return s

    def current_name(self) -> str:
        for name, s in self.screens.items():
            if s is self.stack.currentWidget():
                return name
        return ""

    # sign-in -----------------------------------------------------------------------------------
    def settings_language(self) -> str:
        return self.learner.language if self.learner else self.ctx.start_language

    def sync_soon(self, reason: str) -> None:
        """Share with the centre's hub in the background (after a lesson, at sign-out); never waits."""
        runner = getattr(self.ctx, "sync_runner", None)
        if runner is not None:
            runner.poke(reason)

    def go_sign_in(self) -> None:
        if self.learner is not None:
            self.sync_soon("sign-out")
        if self._tutor_mode is not None:
            self._tutor_mode.sign_out()
        if self.ctx.speaker is not None:
            self.ctx.speaker.stop()
        self.learner = None
        # the centre's look, as a tutor chose it (at start-up: as read before the window was made)
        look, self.ctx.start_look = getattr(self.ctx, "start_look", None), None
        self.settings = look or sign_in_look.load(self.ctx.paths.data)
        apply_settings(QApplication.instance(), self.settings)
        translations.install(self.ctx.start_language, self.ctx.paths.i18n)
        ops = _operations()
        if ops is None or not ops.running():
            self.refresh_tiles()
            self.show_put_aside()
            self.show_screen("signin")
        else:  # work still running (a tutor's import, a restore) may change the list or hold the data
            self.show_screen("signin")
            ops.when_idle(self.refresh_tiles, self)
            ops.when_idle(self.show_put_aside, self)

    def sync_finished(self) -> None:
        """After a background sync: a sign-in screen left waiting shows the centre's look as it is now
        (a tutor may have changed it on another PC), without waiting for the next sign-out."""
        report = getattr(getattr(self.ctx, "sync_runner", None), "last_report", None)
        if self.learner is not None or self.current_name() != "signin" or not getattr(report, "received", 0):
            return
        look = sign_in_look.load(self.ctx.paths.data)
        if (look.text_size, look.high_contrast) != (self.settings.text_size, self.settings.high_contrast):
            self.settings = look
            apply_settings(QApplication.instance(), look)
            self.refresh_tiles()

    def refresh_tiles(self) -> None:
        self.signin.set_tile_size(self.settings.min_target_px * 4)
        self.signin.set_learners(self.ctx.learners.tiles() if self.ctx.learners else [])

    def toggle_language(self) -> None:
        self.ctx.start_language = translations.other_language()
        translations.install(self.ctx.start_language, self.ctx.paths.i18n)
        self.signin.language.setFocus()

    def choose_learner(self, learner_id: str) -> None:
        tile = next((t for t in self.ctx.learners.tiles() if t.id == learner_id), None)
        if tile is None:
            self.refresh_tiles()
            return
        self._pending = learner_id
        if tile.has_pin:
            self.show_screen("pin").start("check", tile.name)
            until = self.ctx.learners.pin_wait(learner_id)
            if until is not None:
                self.screen("pin").show_wait(until, wrong=False)
        else:
            self.sign_in(learner_id)

    def create_learner(self, name: str, avatar: str, language: str) -> None:
        learner = self.ctx.learners.create(name, avatar, language)
        self.sign_in(learner.id)

    def sign_in(self, learner_id: str) -> None:
        self.watch_saves()
        self.learner, self.settings = self.ctx.learners.sign_in(learner_id)
        translations.install(self.learner.language, self.ctx.paths.i18n)
        apply_settings(QApplication.instance(), self.settings)
        self.open_home()

    def open_home(self) -> None:
        from trainer.domain.tiers import TIERS, TierProgress  # (not needed for the first screen)

        home = self.screen("home")
        tiers = (
            self.ctx.progress.tiers(self.learner.id, self.learner.language)
            if self.ctx.progress
            else [TierProgress(t, 0, 0) for t in TIERS]
        )
        progress, lang = self.ctx.progress, self.learner.language
        lesson, why = progress.continue_with(self.learner.id, lang) if progress else (None, "")
        title = lesson.title.get(lang) if lesson else ""
        starts = progress.other_starts(self.learner.id, lang) if progress else []
        other = (starts[0][0], starts[0][1].title.get(lang), starts[0][1].id) if starts else None
        home.set_learner(self.learner, tiers, title, why, other)
        home.placement.setVisible(bool(self.ctx.progress and self.ctx.progress.placement_lesson()))
        self.show_screen("home")

    # lessons -----------------------------------------------------------------------------------
    def open_tier(self, tier: str) -> None:
        screen = self.screen("lessons")
        lang = self.learner.language
        screen.show_entries(tier, self.ctx.progress.entries(self.learner.id, tier, lang), lang)
        self.show_screen("lessons")

    def continue_learning(self) -> None:
        lesson = self.ctx.progress.continue_lesson(self.learner.id, self.learner.language)
        if lesson is not None:
            self.open_lesson(lesson.id)

    def open_lesson(self, lesson_id: str, restart: bool = False, at_step: str | None = None) -> None:
        """``at_step``: back into the run just finished, at a practical step still to pass."""
        from trainer.ui.steps import StepContext

        lesson = self.ctx.progress.library.catalogue_for(self.learner.language).get(lesson_id)
        if lesson is None:
            return
        self._lesson = lesson
        session = self.ctx.progress.session(self.learner, lesson)
        if at_step is not None:
            session.reopen_at(at_step)
        else:
            session.restart() if restart else session.start()
        ctx = StepContext(lesson, self.learner.language, self.settings, self.learner.name, session.seed)
        player = self.screen("player")
        player.open(session, ctx)  # the new step first, so the old one is never laid out again
        self.show_screen("player")

    def leave_lesson(self) -> None:
        self.open_tier(self._lesson.tier)

    def lesson_finished(self, result) -> None:
        self.sync_soon("lesson")
        screen = self.screen("result")
        if self._lesson.id == self.ctx.progress.placement_lesson_id:
            advice = self.ctx.progress.placement_suggestion(self.screen("player").session)
            screen.show_placement(advice, self.learner.name)
        else:
            numbers = {step.id: n for n, step in enumerate(self._lesson.steps, 1)}
            screen.show_result(
                result, self._lesson.title.get(self.learner.language), self.learner.name, numbers
            )
        self.show_screen("result")

    def open_placement(self) -> None:
        lesson = self.ctx.progress.placement_lesson()
        if lesson is not None:
            self.open_lesson(lesson.id, restart=True)

    def _after_result(self) -> None:
        suggested = self.screen("result").suggested_tier
        if suggested:
            self.open_tier(suggested)
        elif self._lesson.id == self.ctx.progress.placement_lesson_id:
            self.open_home()
        else:
            self.open_tier(self._lesson.tier)

    def practise_again(self) -> None:
        self.open_lesson(self._lesson.id, restart=True)

    def practise_step(self, step_id: str) -> None:
        self.open_lesson(self._lesson.id, at_step=step_id)

    # PIN ---------------------------------------------------------------------------------------
    def pin_entered(self, pin: str) -> None:
        pin_screen = self.screen("pin")
        mode = pin_screen.mode
        if mode.startswith("tutor"):
            self.tutor_mode.pin_entered(mode, pin)
        elif mode == "check":
            from trainer.domain.pin_wait import PinAccepted, PinWait

            result = self.ctx.learners.try_pin(self._pending, pin)
            if isinstance(result, PinAccepted):
                self.sign_in(self._pending)
            elif isinstance(result, PinWait):
                pin_screen.show_wait(result.until, wrong=False)
            elif result.wait_until is not None:
                pin_screen.show_wait(result.wait_until)
            else:
                pin_screen.show_wrong()
        elif mode == "new":
            self._pin_first = pin
            pin_screen.start("confirm")
        elif mode == "confirm":
            if pin == self._pin_first:
                self.ctx.learners.set_pin(self.learner.id, pin)
                self.open_settings()
            else:
                pin_screen.start("new")
                pin_screen.show_mismatch()

    def pin_cancelled(self) -> None:
        if self.screen("pin").mode.startswith("tutor") or self.learner is None:
            self.go_sign_in()
        else:
            self.open_settings()

    def pin_pressed(self) -> None:
        if self.learner is None:
            return
        if self.ctx.learners.has_pin(self.learner.id):
            self.ctx.learners.set_pin(self.learner.id, None)
            self.open_settings()
        else:
            self.show_screen("pin").start("new")

    # settings ----------------------------------------------------------------------------------
    def open_settings(self) -> None:
        s = self.screen("settings")
        s.show_settings(self.settings, self.learner.language, self.ctx.learners.has_pin(self.learner.id))
        self.find_voices(self.learner.language)
        self.show_screen("settings")

    def find_voices(self, language: str) -> None:
        """The recorded voices for Settings, read off the UI thread (a pack's list can be long)."""
        from trainer.ui.operations import Operation

        s = self.screen("settings")
        Operation(s, self.ctx.voices.packs).on_success(lambda packs: s.show_voices(packs, language)).run()

    def listen(self, utterance) -> None:
        """A voice chosen in Settings: a few words in it, at once."""
        self.ctx.ensure_speaker()
        self.ctx.speaker.speak(utterance)

    def settings_done(self) -> None:
        if self.ctx.speaker is not None:
            self.ctx.speaker.stop()
        self.show_screen("home")

    def settings_changed(self, settings: LearnerSettings) -> None:
        self.settings = settings
        apply_settings(QApplication.instance(), settings)
        if self.learner is not None:
            self.ctx.learners.save_settings(self.learner.id, settings)

    def learner_language(self, language: str) -> None:
        if self.learner is None:
            return
        self.ctx.learners.set_language(self.learner.id, language)
        self.learner = self.ctx.learners.get(self.learner.id)
        translations.install(language, self.ctx.paths.i18n)

    # notices -----------------------------------------------------------------------------------
    def notice_bar(self):
        """The notice bar above every screen (``ui.notices``), made on first use."""
        if self._notices is None:
            from PySide6.QtWidgets import QVBoxLayout, QWidget

            from trainer.ui.notices import NoticeBar

            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            self.takeCentralWidget()  # the stack of screens, kept
            self._notices = NoticeBar()
            layout.addWidget(self._notices)
            layout.addWidget(self.stack, 1)
            self.setCentralWidget(holder)
            holder.show()
            self.stack.show()
        return self._notices

    def watch_saves(self) -> None:
        """Show a calm notice while answers cannot be saved (``services.writer``); once, before the
        first answer (the writer reports from its own thread: a signal brings it here)."""
        if self._save_watch is not None or self.ctx.progress is None:
            return
        from trainer.ui.notices import SaveProblems

        self._save_watch = SaveProblems(self)
        folder = str(self.ctx.paths.data)
        self._save_watch.changed.connect(lambda problem: self.notice_bar().save_problem(problem, folder))
        self.ctx.progress.writer.on_problem(self._save_watch.changed.emit)

    def show_start_up_findings(self) -> None:
        """What the checks after the first screen found (``AppContext.check_database``)."""
        if self.ctx.damage is not None:
            self.notice_bar().damage(self.ctx.damage)

    def show_put_aside(self) -> None:
        db = self.ctx.db
        if db is not None and db.has_put_aside:
            self.notice_bar().put_aside(db.put_aside)
        elif self._notices is not None:
            self._notices.put_aside(None)

    # problems ----------------------------------------------------------------------------------
    def show_problem(self, problem: Exception) -> None:
        s = self.screen("problem")
        s.show_problem(problem)
        self.show_screen("problem")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Digital Bridge"))

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closing waits for running operations (a report being written, a backup): a window says so,
        with a button that stops what can stop cleanly. Then the data is saved and closed."""
        ops = _operations()
        if ops is not None and ops.running():
            event.ignore()
            self._close_when_idle()
            return
        if not self._unsaved_may_go():
            event.ignore()
            return
        if self._tutor_mode is not None:  # no idle lock may come after the data is closed
            self._tutor_mode.sign_out()
        self.ctx.on_close()
        event.accept()

    def _unsaved_may_go(self) -> bool:
        """Answers kept in memory because saving fails (a full disk) are lost if the app closes: try
        once more, then ask; keeping the trainer open is the default."""
        progress = self.ctx.progress if self.ctx.db is not None else None
        if progress is None or progress.writer.problem is None:
            return True
        progress.writer.retry_now()
        progress.writer.flush(5.0)
        if progress.writer.problem is None:
            return True
        from PySide6.QtCore import Qt  # (here: naming Qt makes all its enums, not for the first screen)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("unsaved-answers")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Some answers are not saved yet"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "%1 answers could not be saved yet (the disk is full, or the record book cannot be "
                "written). If the trainer closes now, they are lost. Please ask your tutor to free some "
                "space first; they are saved by themselves as soon as there is room."
            ).replace("%1", str(progress.writer.pending))
        )
        keep = box.addButton(self.tr("Keep the trainer open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        for b in box.buttons():
            b.setMinimumSize(120, 60)
        box.exec()
        return box.clickedButton() is not keep

    def _close_when_idle(self) -> None:
        from trainer.ui import operations
        from trainer.ui.progress import BusyDialog

        if self._closing is not None:
            return
        self._closing = BusyDialog(
            self,
            self.tr("Finishing the work in progress before closing. Nothing will be lost."),
            self.tr("Stop it and close"),
        )
        self._closing.stop_pressed.connect(self._stop_and_close)
        self._closing.show()

        def close_now() -> None:
            self._closing.hide()
            self._closing.deleteLater()
            self._closing = None
            self.close()

        operations.when_idle(close_now, self)

    def _stop_and_close(self) -> None:
        from trainer.ui import operations

        operations.cancel_all()
        if self._closing is not None:
            self._closing.say(self.tr("Stopping… nothing will be left half-done."))

    def _focus_changed(self, old, new) -> None:
        """A control reached with the keyboard scrolls into view. Not when a screen is opening (it opens at
        its top), and not on a press of the mouse: the press would scroll the control away from under
        the pointer and its release would land elsewhere (the click would be lost)."""
        for widget in (
            old,
            new,
        ):  # the focus ring is thicker: the layout makes room for it (or gives it back)
            if widget is not None:
                widget.updateGeometry()
        current = self.stack.currentWidget()
        if new is None or not isinstance(current, Screen) or current.opening:
            return
        if current.in_view(new) or QApplication.mouseButtons().value:
            return  # (in view first: the first screen must not name Qt's enums before it is painted)
        glide = getattr(current.scroll, "_glide", None)  # a reveal still gliding would scroll it away again
        if glide is not None:
            glide.stop()
        # all of it, with a margin: ensureWidgetVisible would show only a list's or table's current
        # cell (its "micro focus"), which leaves most of a table just reached below the window
        top = new.mapTo(current.page, new.rect().topLeft())
        margin = min(40, max(0, (current.scroll.viewport().height() - new.height()) // 2))
        if new.height() + 2 * margin <= current.scroll.viewport().height():
            half_w, half_h = new.width() // 2, new.height() // 2
            current.scroll.ensureVisible(top.x() + half_w, top.y() + half_h, half_w, half_h + margin)
        else:  # taller than the window: around its current part (a table's current cell)
            current.scroll.ensureWidgetVisible(new, 40, 40)
