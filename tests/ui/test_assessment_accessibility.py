"""The screens this assessment work added, held to the same checks as every screen (accessible names,
targets of 44/60 px, nothing clipped or overlapping): a numbered quiz, the own-phone step with its
tutor panel, and the result that says which practical step to practise; at 36 pt in Chinese."""

from __future__ import annotations

from tests.ui.assessment_helpers import click, close_app, go_to, open_app, sign_in_and_continue
from tests.ui.test_accessibility import accessible_name, focusables, layout_problems
from tests.ui.walk import settle
from trainer.services.tutors import TutorService
from trainer.storage.db import Database


def check_screen(w, label: str, target: int) -> list[str]:
    settle()
    screen = w.stack.currentWidget()
    failures = []
    for widget in focusables(screen):
        what = f"{label}: {type(widget).__name__} {widget.objectName()!r}"
        if not accessible_name(widget).strip():
            failures.append(f"{what} has no accessible name")
        if widget.width() < target or widget.height() < target:
            failures.append(f"{what} is {widget.width()}x{widget.height()}, under {target}px")
    return failures + [f"{label}: {p}" for p in layout_problems(screen)]


def test_the_new_screens_at_36_pt_in_chinese(qtbot, paths):
    db = Database.open(paths)
    TutorService(db).set_up("阳光社区中心", "杭州", "HZ-01", "周老师", "246810")
    TutorService(db).add_tutor("李老师", "135791")
    db.close()
    w = open_app(qtbot, paths)
    w.ctx.learners.create("王秀英", "tree", "zh_CN")
    w.refresh_tiles()
    player = sign_in_and_continue(qtbot, w)
    w.settings_changed(w.settings._replace(text_size=36))
    target = w.settings.min_target_px
    go_to(qtbot, player, "scam-signs")
    failures = check_screen(w, "numbered quiz", target)
    go_to(qtbot, player, "on-my-phone")
    assert player.view.pin.isVisible() and len(player.view.tutor_buttons) == 2
    failures += check_screen(w, "own-phone step", target)
    while w.current_name() == "player":
        click(qtbot, player.next)
    assert w.screen("result").practise.isVisible()
    failures += check_screen(w, "result with steps to practise", target)
    assert not failures, "\n".join(failures)
    close_app(w)
