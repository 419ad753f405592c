"""A practice lesson in the real app: the player shows the drills and simulations, reads their
instructions aloud, and every try lands in the attempt log with its accuracy, tries and misses."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3

from practice_helpers import LESSONS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sim_driver import do_task, press


def one_lesson_pack(dest, lesson_id: str):
    dest.mkdir(parents=True)
    shutil.copy(LESSONS / "pack.toml", dest / "pack.toml")
    shutil.copytree(LESSONS / lesson_id, dest / lesson_id)
    toml = dest / lesson_id / "lesson.toml"
    toml.write_text(
        re.sub(r"(?m)^prerequisites = .*$", "prerequisites = []", toml.read_text("utf-8")), "utf-8"
    )
    return dest


def test_a_simulation_lesson_through_the_player(qtbot, paths, tmp_path):
    from trainer.app import AppContext, create_window
    from trainer.domain.learner import LearnerSettings
    from trainer.services import translations
    from trainer.services.lessons import LessonLibrary
    from trainer.services.speech.speaker import RecordingSpeaker
    from trainer.ui.style import apply_settings

    ctx = AppContext(paths)
    ctx.start_language = "en"
    ctx.speaker = RecordingSpeaker()
    ctx.library = LessonLibrary(paths, roots=[one_lesson_pack(tmp_path / "pack", "practice-keep-in-touch")])
    translations.install("en", paths.i18n)
    apply_settings(QApplication.instance(), LearnerSettings())
    w = create_window(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    try:
        learner = w.ctx.learners.create("Wang Fang", "tree", "en")
        w.refresh_tiles()
        qtbot.mouseClick(w.signin.tiles()[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(w.screen("home").continue_button, Qt.MouseButton.LeftButton)
        player = w.screen("player")
        assert player.view.step.id == "intro"
        qtbot.mouseClick(player.next, Qt.MouseButton.LeftButton)
        view = player.view
        assert view.step.id == "video-call" or view.step.kind == "simulation"
        # the player read the step when it opened: the banner, the intro and the first task
        said = " ".join(ctx.speaker.texts)
        assert "Practice — nothing is sent." in said and view.ctx.text(view.step.tasks[0].instruction) in said
        shown = type("Shown", (), {"view": view, "host": player.scroll})()
        first = view.step.tasks[0]
        wrong = next(
            e.id
            for e in view.step.screen(view.run.screen).elements
            if e.type in ("item", "icon") and e.id != first.target
        )
        press(qtbot, shown, wrong)  # one miss: the hint is read aloud by the player's speaker
        assert ctx.speaker.texts[-1] == view.ctx.text(first.hint)
        for task in view.step.tasks:
            do_task(qtbot, shown, task)
        assert view.is_complete()
        step_id = view.step.id
        w.ctx.progress.writer.flush()
        with sqlite3.connect(paths.database) as conn:
            rows = conn.execute(
                "select answer, correct from attempt where learner_id = ? and step_id = ? order by rowid",
                (learner.id, step_id),
            ).fetchall()
        assert len(rows) == len(view.step.tasks) + 1
        first_answer, first_correct = json.loads(rows[0][0]), rows[0][1]
        assert first_correct == 0 and first_answer["result"] == "miss" and first_answer["data"]["misses"] == 1
        last = json.loads(rows[-1][0])
        assert rows[-1][1] == 1 and last["data"]["passed"] is True
        assert last["score"] == round(len(view.step.tasks) / (len(view.step.tasks) + 1), 4)
    finally:
        if ctx.db is not None:
            ctx.db.close()
            ctx.db = None
