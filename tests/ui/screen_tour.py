"""A tour of every screen and every state a learner or tutor meets, for pictures (scripts/screens.py)
and for checks that must hold everywhere. One window is reused: the tour restyles and reopens screens.

The window's data folder must hold learners and a set-up centre with a tutor (``trainer demo``, or the
tests' fixtures). Lessons: whatever library the window has; one step of each kind is visited (every
quiz type, every drill, every simulated app), with its feedback states."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from trainer.domain.learner import LearnerSettings
from trainer.ui.screens.base import Screen
from trainer.ui.style import apply_settings


def settle() -> None:
    """Let Qt finish laying out (deleting what was given up, as the app's event loop does), then end any
    glide of a page (see trainer.ui.reveal) where it goes."""
    from tests.ui.walk import settle as lay_out
    from trainer.ui.reveal import finish_movement

    lay_out()
    for top in QApplication.topLevelWidgets():
        for screen in top.findChildren(Screen):
            if screen.isVisible():
                finish_movement(screen.scroll)
    QApplication.processEvents()


def step_key(step) -> str:
    kind = step.kind
    if kind == "quiz":
        return f"quiz-{step.question}"
    if kind == "practice":
        return f"practice-{step.drill}"
    if kind == "simulation":
        return f"simulation-{step.app}"
    if kind == "read":
        return "read-picture" if step.picture else "read"
    return kind


def representative_steps(catalogue) -> list[tuple[str, int]]:
    """(lesson id, step index) of the first step of each key (kind, quiz type, drill, app)."""
    seen: set[str] = set()
    out = []
    for lesson in catalogue.lessons:
        for i, step in enumerate(lesson.steps):
            key = step_key(step)
            if key not in seen:
                seen.add(key)
                out.append((lesson.id, i))
    return out


def tour(
    window, settings: LearnerSettings, lang: str, steps: list[tuple[str, int]] | None = None
) -> Iterator[str]:
    ctx = window.ctx

    def shown(name: str) -> str:
        settle()
        return name

    # sign-in, new learner, PIN ---------------------------------------------------------------------
    window.go_sign_in()
    yield shown("signin")
    new = window.show_screen("new")
    new.start()
    yield shown("new-name")
    new.go_next()
    yield shown("new-name-error")
    new.name_edit.setText("王秀英" if lang == "zh_CN" else "Margaret")
    new.go_next()
    yield shown("new-picture")
    new.go_next()
    yield shown("new-language")

    tiles = ctx.learners.tiles()
    learner = tiles[0]
    pin = window.show_screen("pin")
    pin.start("check", learner.name)
    yield shown("pin-learner")
    for d in "12":
        pin.press(d)
    yield shown("pin-learner-typing")
    pin.show_wrong()
    yield shown("pin-learner-wrong")

    # the learner's own screens ------------------------------------------------------------------------
    ctx.learners.set_language(learner.id, lang)
    ctx.learners.save_settings(learner.id, settings)
    window.sign_in(learner.id)
    yield shown("home")
    from tests.ui.walk import recorded_voices
    from trainer.ui.operations import wait_until_idle

    recorded_voices(window)  # Settings offers the volunteers' voices beside the computer's
    window.open_settings()
    wait_until_idle()
    yield shown("settings")
    s = window.screen("settings")
    s.scroll.verticalScrollBar().setValue(s.scroll.verticalScrollBar().maximum())
    yield shown("settings-bottom")
    for tier in ("basic", "intermediate", "advanced"):
        window.open_tier(tier)
        yield shown(f"lessons-{tier}")

    catalogue = ctx.progress.library.catalogue
    for lesson_id, index in steps if steps is not None else representative_steps(catalogue):
        yield from _step(window, catalogue.get(lesson_id), index, shown)

    # the end of a lesson
    from trainer.domain.lessons import Mastery

    lesson = catalogue.lessons[0]
    window._lesson = lesson
    result = window.screen("result")
    title = lesson.title.get(lang)
    result.show_result(Mastery(1.0, 0.8, 5, 5), title, window.learner.name)
    window.show_screen("result")
    yield shown("result-passed")
    result.show_result(Mastery(0.4, 0.8, 5, 5), title, window.learner.name)
    window.show_screen("result")
    yield shown("result-not-yet")
    from trainer.domain.placement import WEAK_QUESTIONS, PlacementAdvice

    advice = PlacementAdvice("intermediate", WEAK_QUESTIONS, 4, 4, {"basic": (3, 3), "intermediate": (1, 3)})
    result.show_placement(advice, window.learner.name)
    window.show_screen("result")
    yield shown("result-placement")

    yield from tutor_tour(window, settings, lang)


def tutor_tour(window, settings: LearnerSettings, lang: str) -> Iterator[str]:
    """Every tutor screen (scripts/screens.py --tutor-only visits only these)."""
    from trainer.ui.operations import wait_until_idle

    app = QApplication.instance()

    def shown(name: str) -> str:
        settle()
        return name

    learner = window.ctx.learners.tiles()[0]
    window.go_sign_in()
    apply_settings(app, settings)
    window.show_screen("tutor-setup")
    yield shown("tutor-setup")
    window.tutor_mode.enter()
    yield shown("tutor-choose")
    service = window.ctx.tutor_access
    tutor = service.tutors()[0]
    pin = window.show_screen("pin")
    pin.start("tutor-check", tutor.name)
    for d in "246":
        pin.press(d)
    yield shown("pin-tutor")
    window.screen("tutor-passphrase").show_passphrase("k7qm-3xfp-9hwt-c2vr-ab4d", ready=True, made=True)
    window.show_screen("tutor-passphrase")
    yield shown("tutor-passphrase")
    window.tutor_mode.signed_in_as(tutor)
    window.tutor_mode.learners.open_dashboard()
    wait_until_idle()
    yield shown("tutor-dashboard")
    dash = window.screen("tutor-dashboard")
    dash.scroll.ensureWidgetVisible(dash.table)
    yield shown("tutor-dashboard-table")
    dash.scroll.verticalScrollBar().setValue(dash.scroll.verticalScrollBar().maximum())
    yield shown("tutor-dashboard-bottom")
    window.tutor_mode.learners.open_learner(learner.id)
    wait_until_idle()
    yield shown("tutor-learner")
    page = window.screen("tutor-learner")
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    yield shown("tutor-learner-middle")
    bar.setValue(bar.maximum())
    yield shown("tutor-learner-bottom")
    window.tutor_mode.observations.open(learner.id, learner.name)
    wait_until_idle()
    yield shown("tutor-observed")
    window.tutor_mode.roster.open_add()
    yield shown("tutor-add")
    window.tutor_mode.open_tools()
    yield shown("tutor-tools")
    tools = window.screen("tutor-tools")
    tools.scroll.verticalScrollBar().setValue(tools.scroll.verticalScrollBar().maximum())
    yield shown("tutor-tools-bottom")
    window.tutor_mode.certificates.open()
    wait_until_idle()
    yield shown("tutor-certificates")
    window.tutor_mode.sync.open()
    wait_until_idle()
    yield shown("tutor-sync")
    window.tutor_mode.tutors.open()
    wait_until_idle()
    yield shown("tutor-tutors")
    window.tutor_mode.voices.open()  # volunteers' voices (issue 20): the list, what is left, recording
    wait_until_idle()
    yield shown("tutor-voices")
    window.tutor_mode.voices.show_coverage("walk-zh" if lang == "zh_CN" else "walk-en")
    wait_until_idle()
    yield shown("tutor-voice-coverage")
    window.tutor_mode.voices.record("walk-zh" if lang == "zh_CN" else "walk-en")
    wait_until_idle()
    yield shown("tutor-voice-record")
    window.tutor_mode.lock()
    window.go_sign_in()


def _step(window, lesson, index: int, shown) -> Iterator[str]:
    window.open_lesson(lesson.id, restart=True)
    player = window.screen("player")
    player.session.go_to(index)
    player.show_step()
    view = player.view
    key = step_key(view.step)
    name = f"step-{key}-{lesson.id}"
    yield shown(name)
    if view.step.kind == "quiz":
        yield from _quiz(player, name, shown)
    elif view.step.kind == "practice":
        view.miss({"tour": True}, _sample_hint(view))
        yield shown(f"{name}-hint")
        while not view.tally.finished:
            view.hit({"tour": True})
        yield shown(f"{name}-done")
    elif view.step.kind == "simulation":
        yield from _simulation(player, name, shown)
    if index == 0 and view.step.kind == "read":
        from trainer.services.speech.messages import no_player

        player._notices_shown.clear()
        player._on_notice(no_player(view.ctx.lang))
        yield shown(f"{name}-no-sound")


def _sample_hint(view) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Practice", "Not quite. Move the pointer onto the circle, then click.")


def _quiz(player, name: str, shown) -> Iterator[str]:
    view = player.view
    step = view.step
    view.check_answer()
    yield shown(f"{name}-nothing-chosen")
    for attempt in (1, 2):
        _choose(view, right=False)
        view.check_answer()
        yield shown(f"{name}-wrong-{attempt}")
    player.show_step()
    view = player.view
    _choose(view, right=True)
    view.check_answer()
    yield shown(f"{name}-right")
    del step


def _choose(view, right: bool) -> None:
    step = view.step
    if step.question == "order":
        ids = [c.id for c in step.choices]
        view.order = ids if right else list(reversed(ids))
        view._show_order()
        return
    for cid, button in view.choice_buttons.items():
        correct = step.choice(cid).correct
        want = correct if right else not correct
        if step.question != "multiple":
            want = want and not any(b.isChecked() for b in view.choice_buttons.values())
        if button.isChecked() != want:
            button.click()


def _simulation(player, name: str, shown) -> Iterator[str]:
    view = player.view
    run = view.run
    task = run.task
    wrong = next(
        (
            e.id
            for e in view.step.screen(run.screen).elements
            if e.type in ("button", "icon", "item") and e.id != task.target
        ),
        None,
    )
    if wrong is not None:
        view.handle(run.press(wrong), wrong)
        yield shown(f"{name}-miss")
    _do_task(view)
    yield shown(f"{name}-task-done")
    for _ in range(len(view.step.tasks)):
        if view.run.finished:
            break
        _do_task(view)
    yield shown(f"{name}-finished")


def _do_task(view) -> None:
    task = view.run.task
    if task.action == "press":
        view.handle(view.run.press(task.target), task.target)
    elif task.action == "hold":
        view.handle(view.run.hold(task.target), task.target)
    elif task.action == "toggle":
        view._toggle(task.target)
        if view.run.task is task:
            view._toggle(task.target)
    elif task.action == "type":
        wanted = view._wanted(task.target)
        text = wanted.split("|")[0] or "ok"
        view.handle(view.run.submit(task.target, text, wanted), task.target)
    else:
        for d in task.digits:
            view._key(task.target, d)
    settle()
