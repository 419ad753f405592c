"""The demo fills a folder with data that exercises every part of the dashboard, and never touches
real data."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from storage_helpers_tutoring import FIXTURES

from trainer.domain import dashboard as dash
from trainer.domain.tutoring import LockedOut, SignedIn
from trainer.services.dashboard import DashboardService
from trainer.services.demo import RealDataPresent, lessons_from, make_demo, synthetic_lessons
from trainer.services.lessons import LessonLibrary
from trainer.services.roster import RosterService
from trainer.services.tutors import TutorService
from trainer.storage.db import Database


def test_realistic_demo_has_every_kind_of_learner(db, paths):
    library = LessonLibrary(paths)
    result = make_demo(db, paths, lessons_from(library.catalogue), learners=30, signing_key=False)
    assert (result.learners, result.signing_key) == (30, False) and result.attempts > 500
    dashboard = DashboardService(db, library)
    rows = dashboard.overview()
    reasons = Counter(r for o in rows for r in o.reasons)
    assert reasons[dash.WRONG_TRIES] >= 2 and reasons[dash.STUCK] >= 2 and reasons[dash.ASKED] >= 2
    assert len({o.name for o in rows}) == 30  # different names
    assert {x.language for x in RosterService(db).learners()} == {"zh_CN", "en"}
    assert any(o.tier("basic").mastered == o.tier("basic").total for o in rows)
    assert any(o.mastered > 0 for o in rows) and any(o.last_active_at is None or o.mastered < 5 for o in rows)
    weeks = dashboard.weekly(max(rows, key=lambda o: o.time_ms).learner_id)
    assert len(weeks) >= 3 and weeks[-1].mastered_total > weeks[0].mastered_total
    signed = [s for o in rows for s in TutorService(db).sign_offs(o.learner_id)]
    assert signed and all(s.tier == "basic" for s in signed)
    tutor = TutorService(db).tutors()[0]
    assert isinstance(TutorService(db).sign_in(tutor.id, result.pin), SignedIn)


def test_benchmark_shape_is_exact(db, paths):
    result = make_demo(db, paths, synthetic_lessons(6), learners=5, tries_per_lesson=4, signing_key=False)
    assert result.attempts == 5 * 6 * 4
    rows = DashboardService(db, lesson_tiers={x.id: x.tier for x in synthetic_lessons(6)}).overview()
    assert all(o.tries == 24 for o in rows)


def test_demo_refuses_real_data_and_replaces_an_earlier_demo(db, paths):
    lessons = synthetic_lessons(3)
    make_demo(db, paths, lessons, learners=4, signing_key=False)
    make_demo(db, paths, lessons, learners=2, signing_key=False)  # replaces the first one
    assert len(RosterService(db).learners()) == 2 and len(TutorService(db).tutors()) == 1
    RosterService(db).add("王秀英")
    with pytest.raises(RealDataPresent):
        make_demo(db, paths, lessons, learners=2, signing_key=False)
    assert [x.name for x in RosterService(db).learners()][-1] == "王秀英"


def test_a_real_tutor_alone_is_real_data(db, paths):
    TutorService(db).set_up("Centre", "", "", "Zhou", "48291375")
    with pytest.raises(RealDataPresent):
        make_demo(db, paths, synthetic_lessons(3), learners=2, signing_key=False)


def test_v2_fixture_reads_with_the_tutor_services(tmp_path):
    """The saved v2 database: centre, tutors, the lockout in force, sign-offs, totals."""
    db_path = tmp_path / "trainer.db"
    shutil.copyfile(FIXTURES / "v2.sqlite", db_path)
    with Database.open_file(db_path, tmp_path / "backups") as db:
        from datetime import UTC, datetime

        at = datetime(2024, 5, 6, 10, 4, 30, tzinfo=UTC)
        tutors = TutorService(db, now=lambda: at)
        assert tutors.centre().name == "阳光社区中心"
        assert [t.name for t in tutors.tutors(include_archived=True)] == ["周老师", "Ann Tutor"]
        assert tutors.lock() == LockedOut(datetime(2024, 5, 6, 10, 5, tzinfo=UTC))
        wang = next(x for x in RosterService(db).learners() if x.name == "王秀英")
        assert (wang.birth_year, wang.gender) == (1952, "female")
        (basic,) = tutors.sign_offs(wang.id)
        assert (basic.tier, basic.tutor_name, basic.note) == ("basic", "周老师", "自己开机、打字都很熟练")
        rows = {o.name: o for o in DashboardService(db, lesson_tiers={"mouse-basics": "basic"}).overview()}
        assert rows["李建国"].reasons == (dash.ASKED,) and rows["王秀英"].mastered == 1
