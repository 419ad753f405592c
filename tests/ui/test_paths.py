"""Phone-first and computer-first paths, and lessons for one language, in the real app (issue 21)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner
from trainer.services.lessons import LessonLibrary


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def master(w, learner, lesson_id):
    """The learner does the lesson right at the first try: every quiz, drill and simulation."""
    lesson = w.ctx.progress.library.catalogue_for(learner.language).get(lesson_id)
    session = w.ctx.progress.session(learner, lesson)
    session.start()
    for i, step in enumerate(lesson.steps):
        session.go_to(i)
        if step.kind == "quiz":
            session.record({"answer": "right"}, True, 1.0)
        elif step.kind == "simulation":
            session.record({"task": "all"}, True, 1.0, {"passed": True})
        elif step.kind == "practice":
            session.record({"round": "all"}, True, 1.0, {"done": 3, "rounds": 3, "accuracy": 1.0})
    assert session.finish().passed


def real_curriculum(w, paths):
    w.ctx.library = LessonLibrary(paths)  # the real curriculum, not the test pack
    w.ctx.progress.library = w.ctx.library


def test_a_new_learner_starts_with_the_phone_or_chooses_the_computer(app_window, qtbot, paths):
    w = app_window
    real_curriculum(w, paths)
    learner = make_learner(w, "Wang Fang", language="en")
    w.sign_in(learner.id)
    home = w.screen("home")
    assert "Start my first lesson" in home.continue_button.text()
    assert "Phone basics and elder mode" in home.continue_button.text()
    assert home.other_start.isVisible()
    assert "Start with the computer" in home.other_start.text()
    assert "Meet the computer" in home.other_start.text()
    click(qtbot, home.other_start)
    assert w.current_name() == "player" and w.screen("player").session.lesson.id == "computer-parts"
    w.open_home()
    # begun on the computer: no other start any more, and "continue" resumes it
    assert not home.other_start.isVisible()
    assert "Continue where I left off" in home.continue_button.text()
    lesson, why = w.ctx.progress.continue_with(learner.id, "en")
    assert (lesson.id, why) == ("computer-parts", "resume")


def test_the_next_lesson_follows_the_path_begun(app_window, qtbot, paths):
    w = app_window
    real_curriculum(w, paths)
    learner = make_learner(w, "Li Hua", language="en")
    w.sign_in(learner.id)
    master(w, w.learner, "computer-parts")
    assert w.ctx.progress.continue_with(learner.id, "en") == (
        w.ctx.library.catalogue_for("en").get("mouse-basics"),
        "next",
    )
    master(w, w.learner, "mouse-basics")
    assert w.ctx.progress.continue_with(learner.id, "en")[0].id == "spot-scams"  # scams come early
    master(w, w.learner, "spot-scams")
    master(w, w.learner, "scams-and-tools")
    assert w.ctx.progress.continue_with(learner.id, "en")[0].id == "mouse-more"  # still the computer path


def test_an_english_learner_is_not_asked_for_pinyin(app_window, qtbot, paths):
    w = app_window
    real_curriculum(w, paths)
    en = make_learner(w, "Wang Fang", language="en")
    zh = make_learner(w, "王芳", language="zh_CN")
    tiers = {lang: {t.tier: t.total for t in w.ctx.progress.tiers(who.id, lang)} for lang, who in
             (("en", en), ("zh_CN", zh))}  # fmt: skip
    assert tiers["zh_CN"]["basic"] == tiers["en"]["basic"] + 1  # pinyin-input is for Chinese learners
    entries = w.ctx.progress.entries(en.id, "basic", "en")
    assert "pinyin-input" not in {e.lesson.id for e in entries}
    keyboard = next(e for e in entries if e.lesson.id == "practice-keyboard")
    assert keyboard.lesson.prerequisites == ("keyboard-typing",)
    # in the player, the English learner's keyboard practice has no pinyin drill; the Chinese one has
    for who, lang in ((en, "en"), (zh, "zh_CN")):
        w.sign_in(who.id)
        w.open_lesson("practice-keyboard")
        steps = [s.id for s in w.screen("player").session.lesson.steps]
        assert ("pinyin" in steps) is (lang == "zh_CN"), (lang, steps)
        assert ("recap-keys" in steps) is (lang == "en")
