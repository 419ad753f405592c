"""The dashboard against a real database: figures equal what the attempt log says, the "may need
help" flag follows its rule, a learner's page, the weekly series, resolving help."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from trainer.domain import dashboard as dash
from trainer.domain.learner import COLOURS
from trainer.domain.progress import time_on_task_ms
from trainer.services.dashboard import DashboardService
from trainer.services.tutors import TutorService
from trainer.storage.progress import LessonProgressRepository
from trainer.storage.repositories import AttemptRepository, HelpRequestRepository, LearnerRepository

T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)  # a Monday
TIERS = {"mouse": "basic", "keys": "basic", "chat": "intermediate", "pay": "advanced"}
MIN = 60_000


@pytest.fixture
def world(db):
    learners, attempts = LearnerRepository(db), AttemptRepository(db)
    progress, help_ = LessonProgressRepository(db), HelpRequestRepository(db)
    ann = learners.create("Ann", "sun", COLOURS[0], "en").id
    bob = learners.create("Bob", "cat", COLOURS[1], "en").id
    wang = learners.create("王秀英", "teapot", COLOURS[2], "zh_CN").id
    zed = learners.create("Zed", "moon", COLOURS[3], "en").id
    learners.archive(zed)
    # Ann: mastered mouse after 6 wrong tries on one step (a struggle overcome), now on chat
    for n in range(6):
        attempts.append(ann, "mouse", 1, "drag", {}, False, 30_000, T0 + timedelta(minutes=n))
    attempts.append(ann, "mouse", 1, "drag", {}, True, 20_000, T0 + timedelta(minutes=7))
    progress.start(ann, "mouse", 1, "drag", T0)
    progress.finish(ann, "mouse", 1.0, True, T0 + timedelta(minutes=8))
    progress.start(ann, "chat", 1, "open", T0 + timedelta(days=14))
    attempts.append(ann, "chat", 1, "open", {}, True, 45_000, T0 + timedelta(days=14))
    attempts.append(
        ann, "chat", 1, "open", {}, None, 20 * MIN, T0 + timedelta(days=14, minutes=30)
    )  # a pause
    # Bob: 5 wrong tries on one step of a lesson not mastered -> wrong_tries
    progress.start(bob, "keys", 1, "enter", T0)
    for n in range(5):
        attempts.append(bob, "keys", 1, "enter", {}, False, 10_000, T0 + timedelta(minutes=n))
    # 王秀英: 3 tries of 4 minutes on one step (12 minutes) -> stuck; and asked for help
    for n in range(3):
        attempts.append(wang, "pay", 1, "scan", {}, None, 4 * MIN, T0 + timedelta(days=1, minutes=5 * n))
    request = help_.add(wang, "pay", "scan")
    return {"ann": ann, "bob": bob, "wang": wang, "zed": zed, "help": request.id}


def test_overview_figures_match_the_attempt_log(db, world):
    service = DashboardService(db, lesson_tiers=TIERS)
    rows = {o.name: o for o in service.overview(where=dash.DashboardFilter(include_archived=True))}
    attempts = AttemptRepository(db)
    for o in rows.values():
        log = attempts.list_for(o.learner_id)
        assert (o.tries, o.time_ms) == (len(log), time_on_task_ms(log))
    ann, bob, wang = rows["Ann"], rows["Bob"], rows["王秀英"]
    assert [(t.tier, t.mastered, t.total) for t in ann.tiers] == [
        ("basic", 1, 2),
        ("intermediate", 0, 1),
        ("advanced", 0, 1),
    ]
    assert ann.mastered == 1 and ann.progress == 0.25
    assert ann.time_ms == 6 * 30_000 + 20_000 + 45_000  # the 20-minute pause is not counted
    assert ann.reasons == () and not ann.may_need_help  # the struggle on mastered "mouse" is over
    assert bob.reasons == (dash.WRONG_TRIES,) and bob.worst_step_wrong == 5
    assert wang.reasons == (dash.STUCK, dash.ASKED) and wang.open_help == 1
    assert rows["Zed"].archived and rows["Zed"].tries == 0
    assert [o.name for o in service.overview()] == ["Ann", "Bob", "王秀英"]  # archived hidden
    helped = service.overview("attention", descending=True, where=dash.DashboardFilter(needs_help=True))
    assert [o.name for o in helped] == ["王秀英", "Bob"]


def test_open_help_and_resolving_it(db, world):
    service = DashboardService(db, lesson_tiers=TIERS)
    tutors = TutorService(db)
    _, tutor = tutors.set_up("Centre", "", "", "Zhou", "48291375")
    (request,) = service.open_help()
    assert (request.learner_name, request.lesson_id, request.step_id) == ("王秀英", "pay", "scan")
    done = service.resolve_help(request.request_id, tutor.id)
    assert done.resolved_by == tutor.id and done.resolved_at is not None
    assert service.open_help() == []
    wang = service.learner_page(world["wang"]).summary
    assert wang.open_help == 0 and wang.reasons == (dash.STUCK,)


def test_learner_page_lists_every_lesson_and_steps(db, world):
    service = DashboardService(db, lesson_tiers=TIERS)
    TutorService(db).set_up("Centre", "", "", "Zhou", "48291375")
    tutor = TutorService(db).tutors()[0]
    TutorService(db).sign_off(tutor.id, "48291375", world["ann"], lesson_id="mouse", note="watched")
    page = service.learner_page(world["ann"])
    assert page.learner.name == "Ann" and page.summary.mastered == 1
    assert [(x.lesson_id, x.status, x.tries) for x in page.lessons] == [
        ("mouse", "mastered", 7),
        ("keys", "not_started", 0),
        ("chat", "in_progress", 2),
        ("pay", "not_started", 0),
    ]
    mouse = page.lessons[0]
    assert (mouse.wrong, mouse.time_ms, mouse.worst_step_wrong) == (6, 200_000, 6)
    assert mouse.mastered_at == T0 + timedelta(minutes=8)
    assert [s.note for s in page.sign_offs] == ["watched"]
    (step,) = service.steps(world["ann"], "mouse")
    assert (step.step_id, step.tries, step.wrong) == ("drag", 7, 6)
    assert service.learner_page("no-such-learner") is None


def test_a_lesson_no_longer_installed_still_shows_on_the_page(db, world):
    page = DashboardService(db, lesson_tiers={"keys": "basic"}).learner_page(world["ann"])
    assert [x.lesson_id for x in page.lessons] == ["keys", "chat", "mouse"]  # then most recent first


def test_weekly_series_has_every_week_in_between(db, world):
    series = DashboardService(db, lesson_tiers=TIERS, tz=UTC).weekly(world["ann"])
    assert [p.week for p in series] == [date(2024, 5, 6), date(2024, 5, 13), date(2024, 5, 20)]
    assert [p.mastered_total for p in series] == [1, 1, 1]
    assert [p.minutes for p in series] == [round(200_000 / MIN, 1), 0.0, round(45_000 / MIN, 1)]
    assert DashboardService(db, lesson_tiers=TIERS).weekly(world["zed"]) == []


def test_class_chart_counts_learners_per_tier(db, world):
    shares = DashboardService(db, lesson_tiers=TIERS).class_by_tier()
    assert [(s.tier, s.none, s.some, s.all) for s in shares] == [
        ("basic", 2, 1, 0),
        ("intermediate", 3, 0, 0),
        ("advanced", 3, 0, 0),
    ]
