"""Lessons for a learner: what to show on the home screen, and one lesson session (resume, record
every try, finish with mastery). Used by the GUI, the command line and tests alike."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from trainer.config import Paths
from trainer.domain.assessment import LessonResult
from trainer.domain.lessons import Catalogue, Lesson
from trainer.domain.placement import PLACEMENT_ID, PlacementAdvice, advise
from trainer.domain.progress import IN_PROGRESS, LessonProgress, run_mastery, time_on_task_ms
from trainer.domain.tiers import TIERS, TierProgress
from trainer.services.writer import Writer
from trainer.storage.records import Attempt

log = logging.getLogger(__name__)


class LessonLibrary:
    """The installed lessons, loaded once (off the UI thread at start-up; see ``app.py``)."""

    def __init__(self, paths: Paths, roots: list | None = None) -> None:
        self._paths = paths
        self._roots = roots  # None: the installed packs (built-in and the centre's)
        self._result = None
        self._lock = threading.Lock()
        self._views: dict[str, Catalogue] = {}  # language -> what a learner in it sees

    def load(self):
        with self._lock:
            if self._result is None:
                from trainer.content.loader import load_cached, load_installed

                if self._roots is None:
                    self._result = load_installed(self._paths)
                else:
                    self._result = load_cached(self._roots, self._paths.cache)
            return self._result

    @property
    def catalogue(self) -> Catalogue:
        """Every lesson in every language (the tutor's view)."""
        return self.load().catalogue

    def catalogue_for(self, language: str | None) -> Catalogue:
        """What a learner working in ``language`` sees: the lessons and steps of that language, with
        prerequisites bridged over lessons written for another language only (domain.curriculum)."""
        if not language:
            return self.catalogue
        view = self._views.get(language)
        if view is None:
            from trainer.domain.curriculum import in_language

            view = self._views[language] = in_language(self.catalogue, language)
        return view


@dataclass(frozen=True)
class LessonEntry:
    lesson: Lesson
    progress: LessonProgress | None
    suggested_first: tuple[Lesson, ...]  # prerequisites not mastered yet (the learner may still open it)


class ProgressService:
    def __init__(self, db, library: LessonLibrary) -> None:
        self._db = db
        self.library = library
        self._repo = None
        self.writer = Writer()

    @property
    def repo(self):
        if self._repo is None:
            from trainer.storage.progress import LessonProgressRepository

            self._repo = LessonProgressRepository(self._db)
        return self._repo

    def tiers(self, learner_id: str, language: str | None = None) -> list[TierProgress]:
        self.writer.flush()
        progress = self.repo.all_for(learner_id)
        by_tier = self._by_tier(language)
        return [
            TierProgress(
                t, sum(1 for x in by_tier.get(t, ()) if _mastered(progress, x.id)), len(by_tier.get(t, ()))
            )
            for t in TIERS
        ]

    def entries(self, learner_id: str, tier: str, language: str | None = None) -> list[LessonEntry]:
        self.writer.flush()
        progress = self.repo.all_for(learner_id)
        cat = self.library.catalogue_for(language)
        out = []
        for lesson in self._by_tier(language).get(tier, ()):
            missing = tuple(
                p
                for p in (cat.get(i) for i in lesson.prerequisites)
                if p is not None and not _mastered(progress, p.id)
            )
            out.append(LessonEntry(lesson, progress.get(lesson.id), missing))
        return out

    def continue_with(self, learner_id: str, language: str | None = None) -> tuple[Lesson | None, str]:
        """What "continue" opens, and why: "resume" the lesson left in the middle most recently,
        "first" the first lesson for someone who has not started, "next" the next one not mastered
        along the learner's path (domain.curriculum.choose_path)."""
        from trainer.domain.curriculum import choose_path, next_lesson

        self.writer.flush()
        progress = self.repo.all_for(learner_id)
        cat = self.library.catalogue_for(language)
        started = [
            p
            for p in progress.values()
            if p.status == IN_PROGRESS
            and p.current_step_id
            and cat.get(p.lesson_id)
            and p.lesson_id != PLACEMENT_ID
        ]
        if started:
            latest = max(started, key=lambda p: p.updated_at)
            return cat.get(latest.lesson_id), "resume"
        mastered = {i for i, p in progress.items() if p.mastered} | {PLACEMENT_ID}
        path = choose_path(cat, set(progress))
        # a lesson gone through to the end but not mastered is not "next" (the learner has just done
        # it): the next is one not done yet; only when none is left, one to practise again
        finished = {i for i, p in progress.items() if p.finished}
        lesson = next_lesson(cat, mastered | finished, path)
        if lesson is None:
            lesson = next_lesson(cat, mastered, path)
            return lesson, ("again" if lesson is not None else "next")
        return lesson, ("first" if not set(progress) - {PLACEMENT_ID} else "next")

    def other_starts(self, learner_id: str, language: str | None = None) -> list[tuple[str, Lesson]]:
        """For someone who has not begun any lesson: the first lesson of each path other than the one
        "continue" offers, with the path's name (start with the computer instead of the phone)."""
        from trainer.domain.curriculum import paths_of

        self.writer.flush()
        if set(self.repo.all_for(learner_id)) - {PLACEMENT_ID}:
            return []
        cat = self.library.catalogue_for(language)
        offered, _ = self.continue_with(learner_id, language)
        out: list[tuple[str, Lesson]] = []
        for path in paths_of(cat):
            first = next((x for x in (cat.get(i) for i in path.lessons) if x is not None), None)
            if first is not None and first != offered and all(first != x for _, x in out):
                out.append((path.name.get(language or ""), first))
        return out

    def _by_tier(self, language: str | None = None) -> dict[str, tuple[Lesson, ...]]:
        """The tiers' lessons, without the placement check (it is not a lesson)."""
        return {
            t: tuple(x for x in v if x.id != PLACEMENT_ID)
            for t, v in self.library.catalogue_for(language).by_tier().items()
        }

    placement_lesson_id = PLACEMENT_ID

    def placement_lesson(self) -> Lesson | None:
        return self.library.catalogue.get(PLACEMENT_ID)

    def placement_suggestion(self, session: LessonSession) -> PlacementAdvice:
        """The tier to suggest after the placement check, and why (hands-on tasks, then questions)."""
        from trainer.domain.progress import first_try_scores

        lesson = session.lesson
        attempts = session.run_attempts()
        tasks = {p.step_id: p.passed for p in run_mastery(lesson, attempts).practical}
        return advise(first_try_scores(lesson, attempts), [q.id for q in lesson.quizzes], tasks)

    def continue_lesson(self, learner_id: str, language: str | None = None) -> Lesson | None:
        return self.continue_with(learner_id, language)[0]

    def session(self, learner, lesson: Lesson) -> LessonSession:
        return LessonSession(self._db, self.repo, learner, lesson, self.writer)

    def close(self) -> None:
        self.writer.close()


def _mastered(progress: dict[str, LessonProgress], lesson_id: str) -> bool:
    p = progress.get(lesson_id)
    return p is not None and p.mastered


class LessonSession:
    """One learner going through one lesson. Every try is appended to the attempt log at once, so
    closing the app (or a crash) loses nothing and the lesson resumes at the same step.

    Every write goes through the writer, so a full disk never stops the lesson: what cannot be
    saved yet waits in memory (``services.writer``), and this session counts its own tries from
    memory too, so the mastery at the end is right even while some are not on disk yet."""

    def __init__(self, db, repo, learner, lesson: Lesson, writer: Writer | None = None) -> None:
        from trainer.storage.repositories import AttemptRepository, HelpRequestRepository

        self._writer = writer or Writer()
        self.learner, self.lesson = learner, lesson
        self._repo = repo
        self._attempts = AttemptRepository(db)
        self._help = HelpRequestRepository(db)
        self._step_opened = time.monotonic()
        self.index = 0
        self._run_started = None  # when this run began (None: the stored run's start)
        self._mine: list[Attempt] = []  # this session's tries, saved or still waiting in memory
        self._db = db
        self.seed = ""  # the run's seed for shuffling quiz choices: set by start() or restart()

    def start(self) -> int:
        """Resume where the learner left this lesson, else start a new run at the first step."""
        self._writer.flush()
        p = self._repo.get(self.learner.id, self.lesson.id)
        ids = [s.id for s in self.lesson.steps]
        if p is not None and p.current_step_id in ids:
            self.index = ids.index(p.current_step_id)
            self._run_started = p.started_at
            self._set_seed(p.started_at)
        else:
            self.restart()
        self._step_opened = time.monotonic()
        return self.index

    def restart(self) -> int:
        self._run_started = _now()
        self._writer.submit(
            self._repo.start,
            self.learner.id,
            self.lesson.id,
            self.lesson.version,
            self.lesson.steps[0].id,
            self._run_started,
        )
        self._set_seed(self._run_started)
        self.index = 0
        self._step_opened = time.monotonic()
        return 0

    def reopen_at(self, step_id: str) -> int:
        """Go back into the run just finished, at ``step_id`` (a practical step to do right): the
        quiz answers of the run stay as they were, and finishing again judges the whole run."""
        self._writer.flush()
        p = self._repo.get(self.learner.id, self.lesson.id)
        ids = [s.id for s in self.lesson.steps]
        if p is None or p.started_at is None or step_id not in ids:
            return self.start()
        self._run_started = p.started_at
        self._set_seed(p.started_at)
        self.go_to(ids.index(step_id))
        return self.index

    def _set_seed(self, started) -> None:
        """Choices are shuffled per run: the run's start time (as stored) makes its seed."""
        from datetime import UTC

        from trainer.domain.choice_order import run_seed

        stamp = started.astimezone(UTC).isoformat(timespec="microseconds")
        self.seed = run_seed(self.learner.id, self.lesson.id, self.lesson.version, stamp)

    @property
    def step(self):
        return self.lesson.steps[self.index]

    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, len(self.lesson.steps) - 1))
        self._step_opened = time.monotonic()
        self._writer.submit(self._repo.move_to, self.learner.id, self.lesson.id, self.step.id, _now())

    def record(
        self,
        answer: dict,
        correct: bool | None,
        score: float | None = None,
        data: dict | None = None,
        shown: tuple[str, ...] | None = None,
    ) -> None:
        """Append one try at the current step (time since the step opened, or since the last try);
        ``shown``: a quiz's choice ids in the order the learner saw them."""
        now = time.monotonic()
        duration_ms = int((now - self._step_opened) * 1000)
        self._step_opened = now
        payload = dict(answer)
        if score is not None:
            payload["score"] = round(float(score), 4)
        if data:
            payload["data"] = data
        at = _now()
        args = (
            self.learner.id,
            self.lesson.id,
            self.lesson.version,
            self.step.id,
            payload,
            correct,
            duration_ms,
        )
        self._mine.append(Attempt("", *args, at, tuple(shown) if shown is not None else None))
        self._writer.submit(self._attempts.append, *args, at, shown)

    def run_attempts(self):
        """This run's tries, oldest first: those on disk, and those still waiting to be saved."""
        self._writer.flush()
        attempts = self._attempts.list_for(self.learner.id, self.lesson.id)
        saved = {(a.step_id, a.created_at) for a in attempts}
        attempts += [a for a in self._mine if (a.step_id, a.created_at) not in saved]
        attempts.sort(key=lambda a: a.created_at)
        started = self._run_started
        if started is None:
            p = self._repo.get(self.learner.id, self.lesson.id)
            started = p.started_at if p is not None else None
        return attempts if started is None else [a for a in attempts if a.created_at >= started]

    def finish(self) -> LessonResult:
        """Judge the run (quiz on first tries and every practical step) and keep the outcome with the
        rule it was judged by."""
        result = run_mastery(self.lesson, self.run_attempts())
        self._writer.submit(
            self._repo.finish,
            self.learner.id,
            self.lesson.id,
            result.score,
            result.passed,
            _now(),
            result.rule.to_json(),
        )
        return result

    def time_on_task_ms(self) -> int:
        self._writer.flush()
        return time_on_task_ms(self._attempts.list_for(self.learner.id, self.lesson.id))

    def observation_state(self):
        """This lesson's items a tutor has seen, and the tutors who may tick more (own-phone steps)."""
        from trainer.services.observations import ObservationService

        service = ObservationService(self._db)
        return service.observed(self.learner.id, self.lesson.id), service.tutors()

    def tick_observed(self, step_id: str, tutor_id: str, pin: str, items):
        """A tutor's ticks, confirmed with their PIN (slow: call it off the UI thread)."""
        from trainer.services.observations import ObservationService

        return ObservationService(self._db).tick_with_pin(
            tutor_id, pin, self.learner.id, self.lesson, step_id, items
        )

    def ask_for_help(self) -> None:
        self._writer.submit(self._help.add, self.learner.id, self.lesson.id, self.step.id)


def _now():
    """The moment of the action (taken on the UI thread, so the log keeps the order things happened in)."""
    from datetime import UTC, datetime

    return datetime.now(UTC)
