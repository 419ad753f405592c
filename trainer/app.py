"""Wires the app together: paths, logging, the record book (database), services and the window."""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from trainer.config import Paths, resolve_paths
from trainer.services import translations
from trainer.services.logs import setup_logging

if TYPE_CHECKING:  # only for the annotations: each is imported when its service is first used
    from trainer.services.backups import BackupService
    from trainer.services.certificates.service import CertificateService
    from trainer.services.dashboard import DashboardService
    from trainer.services.observations import ObservationService
    from trainer.services.reports import ReportService
    from trainer.services.roster import RosterService
    from trainer.services.speech.voices import VoiceLibrary
    from trainer.services.tutors import TutorService

log = logging.getLogger(__name__)
WARM_UP_DELAY_MS = 1500


class AppContext:
    """What the screens use: paths, the open database and the services built on it.

    Each service is built once, on first use (start-up pays only for the learners), and made again
    after the database is opened anew (a restored backup). The screens take them from here and never
    build their own."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.db = None
        self.learners = None
        self._progress = None  # lesson progress service, made when first needed (see ``progress``)
        self._progress_lock = threading.Lock()
        self.library = None  # the installed lessons; tests put a library of their own here
        self.speaker = None  # the Speaker service; tests put a RecordingSpeaker here
        self._voices: VoiceLibrary | None = None  # recorded voice packs (see ``voices``)
        self._services: dict[str, Any] = {}  # built on first use (see ``_service``)
        self.start_language = translations.system_language()
        self.damage = None  # what the start-up check found wrong with the database (storage.verdict)
        self.sync_runner = None  # background sync with the centre's hub (ui.sync_runner), after start-up
        # the sign-in look read before the first window (the first sign-in screen takes it, not read twice)
        self.start_look = None

    def open_database(self) -> None:
        """Open (create, check, upgrade) the database. Raises the storage layer's typed errors."""
        from trainer.services.learners import LearnerService
        from trainer.storage.db import Database

        self.db = Database.open(self.paths)
        from trainer.services import sign_in_look

        sign_in_look.adopt_file(self.db, self.paths.data)  # a pre-v8 choice of this PC, moved in once
        self.learners = LearnerService(self.db)
        self._progress = None
        self._services.clear()

    @property
    def progress(self):
        """The lessons and a learner's progress in them; None until the database is open. Made on
        first use (the sign-in screen does not need it, and its modules take a while to import)."""
        with self._progress_lock:
            if self._progress is None and self.db is not None:
                from trainer.services.lessons import LessonLibrary, ProgressService

                if self.library is None:
                    self.library = LessonLibrary(self.paths)
                self._progress = ProgressService(self.db, self.library)
            return self._progress

    def _service(self, name: str, make) -> Any:
        if self.db is None:
            raise RuntimeError("the database is not open")
        if name not in self._services:
            self._services[name] = make()
        return self._services[name]

    def _library(self):
        progress = self.progress
        return progress.library if progress is not None else self.library

    @property
    def backups(self) -> BackupService:
        from trainer.services.backups import BackupService

        if "backups" not in self._services:  # (needs no open database: restoring uses it)
            self._services["backups"] = BackupService.for_paths(self.paths)
        return self._services["backups"]

    @property
    def tutor_access(self) -> TutorService:
        """The centre, its tutors and their PINs, signing in, signing off."""
        from trainer.services.tutors import TutorService

        return self._service("tutor_access", lambda: TutorService(self.db))

    @property
    def roster(self) -> RosterService:
        from trainer.services.roster import RosterService

        return self._service("roster", lambda: RosterService(self.db))

    @property
    def dashboard(self) -> DashboardService:
        from trainer.services.dashboard import DashboardService

        return self._service("dashboard", lambda: DashboardService(self.db, self._library()))

    @property
    def reports(self) -> ReportService:
        from trainer.services.reports import ReportService

        return self._service("reports", lambda: ReportService(self.db, self.paths.i18n, self._library()))

    @property
    def observations(self) -> ObservationService:
        """What tutors saw learners do on their own phones (own-phone checklists)."""
        from trainer.services.observations import ObservationService

        return self._service("observations", lambda: ObservationService(self.db))

    @property
    def certificates(self) -> CertificateService:
        from trainer.services.certificates.service import CertificateService

        return self._service("certificates", lambda: CertificateService(self.db, self.paths, self._library()))

    @property
    def voices(self) -> VoiceLibrary:
        """The voices volunteers recorded on or for this centre (``<data>/voices``; no database needed)."""
        from trainer.services.speech.voices import VoiceLibrary

        if self._voices is None:  # one library (and its cache) for Settings, tutor mode and the speaker
            self._voices = VoiceLibrary.for_paths(self.paths.data)
        return self._voices

    def ensure_speaker(self) -> None:
        """The real speech service; text stays on screen and the app goes on if it cannot start."""
        if self.speaker is not None:
            return
        try:
            from trainer.services.speech.qt import QtSpeaker
            from trainer.services.speech.synth import Synthesizer

            self.speaker = QtSpeaker(Synthesizer.for_paths(self.paths.cache), voices=self.voices)
        except Exception:  # noqa: BLE001 - speech must never stop the app
            log.exception("speech could not start; lessons show text only")
            from trainer.services.speech.speaker import RecordingSpeaker

            self.speaker = RecordingSpeaker(missing=("zh_CN", "en"))

    def restore_backup(self, backup) -> None:
        """Replace the database with ``backup`` (the current one is backed up first). Slow: run it as
        an operation, once the running ones have finished (``ui.operations.when_idle``)."""
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        if self.db is not None:
            self.db.close()
            self.db = None
        self._services.clear()
        try:
            self.backups.restore(backup)
        finally:  # restored, or (a backup refused) the one that was there
            self.open_database()

    def start_empty(self) -> None:
        self.open_database()

    def check_database(self):
        """The start-up check of the whole file (``Database.check``: integrity_check, which also
        compares every index with its table, then the schema and triggers), off the UI thread: about
        0.6 s for 50 MB. Damage is logged and remembered for the next start; the verdict is kept in
        ``damage`` for the screens to show (None when all is well)."""
        if self.db is None:
            return None
        verdict = self.db.check(full=True)
        if not verdict.ok:
            log.error("the database failed its start-up check: %s (%s)", verdict.problem, verdict.detail)
            self.damage = verdict
        return verdict

    def daily_backup(self) -> None:
        if self.db is not None:
            self.backups.daily_backup()

    def on_close(self) -> None:
        if self.db is None:
            return
        runner = getattr(self, "sync_runner", None)
        if runner is not None:
            runner.stop()  # a sync under way finishes its page; the next start goes on from there
        if self._progress is not None:
            self._progress.close()  # everything answered is on disk before the backup and exit
        try:
            self.backups.auto_backup("exit")
        except Exception:  # noqa: BLE001 - never block closing; the next start tries again
            log.exception("backup on exit failed")
        self.db.close()
        self.db = None


def create_window(ctx: AppContext):
    """Build the window and open the data, showing a plain-language screen if that fails."""
    from trainer.storage.errors import StorageError
    from trainer.ui import accessibility
    from trainer.ui.main_window import MainWindow

    accessibility.install()  # headings for screen readers, before any label is asked about
    window = MainWindow(ctx)
    try:
        ctx.open_database()
    except StorageError as problem:
        log.warning("could not open the database: %r", problem)
        window.show_problem(problem)
        problem_screen = window.screen("problem")
        problem_screen.restore.connect(lambda path: _recover(window, ctx.restore_backup, path))
        problem_screen.start_empty.connect(lambda: _recover(window, ctx.start_empty))
        problem_screen.retry.connect(lambda: _recover(window, ctx.open_database))
    else:
        window.go_sign_in()
    return window


def _recover(window, action, *args) -> None:
    from trainer.storage.errors import StorageError

    try:
        action(*args)
    except StorageError as problem:
        window.show_problem(problem)
    else:
        window.go_sign_in()


def run_gui(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    # first: PySide6 checks every module imported after this one faster (see the module)
    from trainer.ui import pyside_imports  # noqa: F401

    # isort: split
    from trainer import __version__
    from trainer.config import resource_dir
    from trainer.services.fonts import ensure_cjk_font
    from trainer.ui import errors
    from trainer.ui.style import apply_settings

    paths = resolve_paths()
    setup_logging(paths.logs)
    log.info("Digital Bridge %s starting; data in %s", __version__, paths.data)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    ensure_cjk_font(resource_dir())  # the bundled Chinese font, on a PC that has none
    app.setApplicationName("DigitalBridge")
    app.setApplicationVersion(__version__)
    errors.install()
    ctx = AppContext(paths)
    translations.install(ctx.start_language, paths.i18n)
    from trainer.services import sign_in_look

    ctx.start_look = sign_in_look.load(paths.data)  # the sign-in screen as a tutor chose it
    apply_settings(app, ctx.start_look)
    window = create_window(ctx)
    screen = app.primaryScreen()
    if screen is not None:
        window.resize(screen.availableGeometry().size())
    window.showMaximized()
    log.info("window shown after %.0f ms", (time.perf_counter() - started) * 1000)
    _after_start(ctx, window)
    return app.exec()


def _after_start(ctx: AppContext, window=None) -> None:
    """Work that must not delay the first screen: the daily backup, warming up the ORM, the lessons."""
    from PySide6.QtCore import QTimer

    def warm_up() -> None:
        try:
            found = ctx.check_database()  # reads the whole file: here, never before the first screen
            if found is None or found.ok:
                ctx.daily_backup()  # (a copy of a damaged file would fail its own check anyway)
        except Exception:  # noqa: BLE001 - logged; the lessons below must still load
            log.exception("start-up check or daily backup failed")
        import trainer.storage.repositories  # noqa: F401 - import SQLModel before the first tap

        if ctx.progress is not None:
            ctx.progress.library.load()  # lessons: from the cache, or parsed once after an update

    def done() -> None:
        from trainer.config import resource_dir
        from trainer.services.fonts import ensure_emoji_font

        if ensure_emoji_font(resource_dir()) and window is not None:  # the bundle's, on a PC that has none
            _lay_text_out_again(window)
        if window is not None:
            window.show_start_up_findings()  # damage the check found: a notice, nothing blocked
        settle_after_start()
        start_sync(ctx, window)

    def failed(_message: str) -> None:  # (logged with its traceback by the operation)
        done()

    def start() -> None:
        from trainer.services.qt_guard import make_none_immortal
        from trainer.ui.operations import Operation  # (after the first paint, like all of this)

        # PySide6's leak needs many thousands of calls to bring None to zero: it can wait for the
        # first screen, and the guard's ctypes import then costs the first screen nothing
        make_none_immortal()
        Operation(None, warm_up).on_success(lambda _: done()).on_failure(failed).run()

    # after the first screen is painted and idle: the import holds the GIL for a while
    QTimer.singleShot(WARM_UP_DELAY_MS, start)


def _lay_text_out_again(window) -> None:
    """Text laid out before a font was registered keeps its empty boxes (the names on the first
    screen): every widget is told that its font changed, so it lays its text out again."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    for widget in [window, *window.findChildren(QWidget)]:
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))


def start_sync(ctx: AppContext, window=None) -> None:
    """Sync with the centre's hub now and every few minutes (off the UI thread; nothing without a hub);
    after each, the window's sign-in screen takes the centre's look if it changed."""
    if ctx.db is not None:
        from trainer.ui.sync_runner import runner_for

        runner = runner_for(ctx)
        if window is not None:
            runner.finished.connect(window.sync_finished)  # (gone with the window)
        runner.start()


def settle_after_start() -> None:
    """Once the lessons, the ORM and the first screens are loaded (on the UI thread: collecting may
    delete Qt objects): one full garbage collection, then everything alive is set aside from the
    collector for good. Without this, every later full collection walks the lesson catalogue and
    the loaded modules (well over 100,000 objects): a stall of 30-80 ms in the middle of a lesson.
    Objects made later (screens, answers) are collected as usual."""
    import gc

    gc.collect()
    gc.freeze()
