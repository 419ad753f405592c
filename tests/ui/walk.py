"""Bring the window into every state a learner can meet, for checks that must hold on every screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import set_up_centre
from trainer.domain.learner import LearnerSettings
from trainer.ui.style import apply_settings


def settle() -> None:
    """Let Qt finish restyling and laying out (each pass can post more layout requests), and delete what
    was given up with deleteLater() (a replaced step, old tiles), as the app's event loop does."""
    for _ in range(10):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def recorded_voices(window) -> None:
    """A volunteer's voice in each language, each with one recording (a lesson's title)."""
    import math
    from array import array

    from trainer.services.speech.audio import Clip

    library = window.ctx.voices
    clip = Clip(22050, array("h", (int(6000 * math.sin(i / 5)) for i in range(11025))))
    for pack_id, name, variety, lang in (
        ("walk-zh", "李阿姨", "四川话", "zh_CN"),
        ("walk-en", "Ann", "Yorkshire", "en"),
    ):
        if library.get(pack_id) is None:
            library.create(pack_id, name, variety, lang)
            lesson = window.ctx.progress.library.catalogue_for(lang).lessons[0]
            library.add(pack_id, lesson.id, "title", lang, lesson.title.get(lang), clip)


def every_screen(window, settings: LearnerSettings) -> Iterator[str]:
    """Yields a label for each state while the window shows it. Learners must exist beforehand."""
    from trainer.storage import errors
    from trainer.storage.records import BackupInfo

    app = QApplication.instance()

    def show(name: str) -> str:
        settle()
        return name

    window.go_sign_in()
    apply_settings(app, settings)
    window.refresh_tiles()
    yield show("sign-in")

    new = window.show_screen("new")
    new.start()
    yield show("new: name")
    new.go_next()  # empty name: the explanation shows
    yield show("new: name with error")
    new.name_edit.setText("Test")
    new.go_next()
    yield show("new: picture")
    new.go_next()
    yield show("new: language")

    tiles = window.ctx.learners.tiles()
    window.show_screen("pin").start("check", tiles[0].name)
    window.screen("pin").show_wrong()
    yield show("pin")

    window.sign_in(tiles[0].id)
    apply_settings(app, settings)
    window.settings = settings
    window.open_home()
    yield show("home")
    window.open_settings()
    window.screen("settings").show_settings(settings, window.learner.language, False)
    yield show("settings")
    recorded_voices(window)  # volunteers' voices: Settings offers them beside the computer's
    window.find_voices(window.learner.language)
    from trainer.ui.operations import wait_until_idle

    wait_until_idle()
    yield show("settings: voices")

    window.open_tier("basic")
    yield show("lessons: basic")
    for lesson in window.ctx.progress.library.catalogue.lessons:
        window.open_lesson(lesson.id, restart=True)
        player = window.screen("player")
        while True:
            view = player.view
            yield show(f"player: {lesson.id}/{view.step.id}")
            if view.step.kind == "quiz":
                first = next(iter(view.choice_buttons.values()), None)
                if first is not None:
                    first.click()
                view.check_answer()  # feedback shown: must fit too
                yield show(f"player: {lesson.id}/{view.step.id} with feedback")
            if player.session.index >= len(lesson.steps) - 1:
                break
            player.session.go_to(player.session.index + 1)
            player.show_step()
        player.go_next()
        yield show(f"result: {lesson.id}")

    # tutor mode
    window.go_sign_in()
    apply_settings(app, settings)
    window.show_screen("tutor-setup")
    yield show("tutor: set-up")
    service = window.ctx.tutor_access
    if not service.is_set_up():
        set_up_centre(window)
    window.tutor_mode.enter()
    yield show("tutor: choose")
    window.show_screen("pin").start("tutor-check", "Teacher Li")
    yield show("tutor: pin")
    window.screen("tutor-passphrase").show_passphrase("k7qm-3xfp-9hwt-c2vr-ab4d", ready=True, made=True)
    window.show_screen("tutor-passphrase")
    yield show("tutor: passphrase")
    window.tutor_mode.signed_in_as(service.tutors()[0])
    window.tutor_mode.learners.open_dashboard()
    from trainer.ui.operations import wait_until_idle

    wait_until_idle()
    settle()
    yield show("tutor: dashboard")
    window.tutor_mode.learners.open_learner(tiles[0].id)
    wait_until_idle()
    settle()
    yield show("tutor: learner page")
    window.tutor_mode.sync.open()  # sharing with the centre's other PCs, its forms open
    wait_until_idle()
    sharing = window.screen("tutor-sync")
    sharing.show_setup(True)
    sharing.ask_code(True)
    settle()
    yield show("tutor: sharing")
    window.tutor_mode.certificates.open()  # the certificates issued here (none yet), revoke and export
    wait_until_idle()
    settle()
    yield show("tutor: certificates")
    window.tutor_mode.tutors.open()  # the centre's tutors, adding one, one's own PIN
    wait_until_idle()
    tutors = window.screen("tutor-tutors")
    tutors.ask_rename(service.tutors()[0])
    tutors.add_failed("A tutor PIN has 6 to 12 numbers. Please choose another.")
    settle()
    yield show("tutor: tutors")
    voices = window.tutor_mode.voices  # recorded voices: the list, what is left, recording
    voices.open()
    wait_until_idle()
    yield show("tutor: voices")
    voices.show_coverage("walk-zh")
    wait_until_idle()
    yield show("tutor: what is left to record")
    voices.record("walk-zh")
    wait_until_idle()
    yield show("tutor: recording")
    window.tutor_mode.lock()

    backup = BackupInfo(
        Path("/data/backups/auto.sqlite"), "auto", datetime(2026, 11, 20, 9, 30, tzinfo=UTC), True
    )
    problems = {
        "problem: corrupt": errors.DatabaseCorrupt(
            Path("/data/trainer.db"), Path("/data/trainer.db.corrupt"), [backup]
        ),
        "problem: not writable": errors.DataFolderNotWritable(Path("/data")),
        "problem: too new": errors.DatabaseTooNew(Path("/data/trainer.db"), 9, 1),
        "problem: locked": errors.DatabaseUnavailable(Path("/data/trainer.db"), "SQLITE_BUSY"),
        "problem: disk full": errors.DiskFull(Path("/data/trainer.db"), "SQLITE_IOERR_SHMSIZE"),
    }
    for label, problem in problems.items():
        window.show_problem(problem)
        yield show(label)

    # the notices above every screen (ui.notices)
    from trainer.services.writer import SaveProblem
    from trainer.storage.aside import PutAside
    from trainer.storage.verdict import DatabaseVerdict

    window.go_sign_in()
    apply_settings(app, settings)
    bar = window.notice_bar()
    bar.save_problem(SaveProblem("disk_full", "OperationalError: database or disk is full", 3, 0.0), "/data")
    yield show("notice: answers not saved")
    bar.save_problem(None, "/data")
    yield show("notice: answers saved again")
    bar.clear("saved")
    bar.damage(DatabaseVerdict("damaged", "row 1 missing from index ix_attempt_created_at"))
    yield show("notice: damage found")
    bar.clear("damage")
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    bar.put_aside(PutAside(when, (Path("/data/trainer.db.corrupt-20261120-093000"),), backup.path, 300, when))
    yield show("notice: records put aside")
    bar.put_aside(None)
