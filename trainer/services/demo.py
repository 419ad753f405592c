"""``trainer demo``: a demo centre, a tutor, and learners with weeks of realistic progress, for trying
the app and for benchmarks. Never touches a folder with real data (``RealDataPresent``); running it
again replaces the earlier demo.

The tutor's PIN and the centre's signing passphrase are random and returned (printed once by the
command line): they are stored only as a hash and inside the sealed signing key.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from trainer.domain.pins import hash_pin
from trainer.domain.tutoring import tutor_pin_problem
from trainer.services.demo_data import DemoLesson, generate
from trainer.services.jobs import CancelToken, Progress, reporter
from trainer.services.tutors import create_signing_key, new_passphrase
from trainer.storage import clock
from trainer.storage.demo import RealDataFound, clear_demo, demo_id, has_real_data, write_demo

log = logging.getLogger(__name__)
CENTRE = ("阳光社区数字学堂 (demo)", "示范街道 Demo Street", "DEMO-01")
TUTOR_NAME = "周老师 (demo)"


class RealDataPresent(Exception):
    """The data folder holds learners, tutors or a centre that the demo did not make."""


@dataclass(frozen=True)
class DemoResult:
    pin: str
    passphrase: str
    signing_key: bool  # False: no certificate module yet, or a key that is not the demo's was kept
    learners: int
    attempts: int
    centre: str
    tutor: str


def lessons_from(catalogue) -> list[DemoLesson]:
    """The installed lessons in teaching order; tries are recorded on quiz steps (else every step)."""
    out = []
    for lesson in catalogue.lessons:
        steps = tuple(s.id for s in lesson.quizzes) or tuple(s.id for s in lesson.steps)
        out.append(DemoLesson(lesson.id, lesson.tier, steps))
    return out


def synthetic_lessons(count: int = 30, steps: int = 8) -> list[DemoLesson]:
    """Made-up lessons for benchmarks: a third in each tier."""
    tiers = ("basic", "intermediate", "advanced")
    return [
        DemoLesson(f"bench-{n:02d}", tiers[min(2, n * 3 // count)], tuple(f"step-{k}" for k in range(steps)))
        for n in range(count)
    ]


def tutor_pin() -> str:
    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(8))
        if tutor_pin_problem(pin) is None:
            return pin


def make_demo(
    db,
    paths,
    lessons: list[DemoLesson],
    learners: int = 24,
    tries_per_lesson: int | None = None,
    seed: int = 7,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    signing_key: bool = True,
) -> DemoResult:
    """Fill the database with a demo. ``tries_per_lesson``: the benchmark's fixed shape (every learner
    does every lesson with that many tries); None: realistic. Raises ``RealDataPresent``."""
    if has_real_data(db):
        raise RealDataPresent()
    had_demo = _has_demo_centre(db)
    clear_demo(db)
    now = now or clock.utcnow()
    pin, passphrase = tutor_pin(), new_passphrase()
    tutor = (demo_id(2, 0), TUTOR_NAME)
    rows = generate(lessons, learners, now, tutor, seed, tries_per_lesson)
    try:
        write_demo(
            db,
            (demo_id(3, 0), *CENTRE),
            (*tutor, hash_pin(pin)),
            rows.learners,
            rows.progress,
            rows.attempts,
            rows.help,
            rows.sign_offs,
            reporter(progress, cancel),
        )
    except RealDataFound:
        # real data arrived while the demo was being written (another program): take the demo out
        # again, so nobody real ends up mixed into the demo centre, and refuse
        clear_demo(db)
        log.warning("demo: real data appeared while it was written; the demo was removed")
        raise RealDataPresent() from None
    made_key = False
    if signing_key:
        try:
            made_key = create_signing_key(paths, passphrase, replace=had_demo)
        except Exception as error:  # noqa: BLE001 - e.g. a key that is not the demo's: keep it
            log.warning("demo: signing key not created (%s)", type(error).__name__)
    log.info("demo: %d learners, %d attempts", len(rows.learners), len(rows.attempts))
    return DemoResult(
        pin, passphrase, made_key, len(rows.learners), len(rows.attempts), CENTRE[0], TUTOR_NAME
    )


def _has_demo_centre(db) -> bool:
    from trainer.storage.tutors import TutorRepository

    centre = TutorRepository(db).centre()
    return centre is not None and centre.id == demo_id(3, 0)
