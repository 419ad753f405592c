"""A learner chooses in Settings which voice reads to them; the choice is kept and reads every step."""

from __future__ import annotations

import math
import sqlite3
from array import array

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner
from trainer.domain.voice_pack import lesson_strings
from trainer.services.speech import audio
from trainer.ui.operations import wait_until_idle


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def a_take(seconds: float = 0.8) -> audio.Clip:
    rate = 22050
    n = int(seconds * rate)
    return audio.Clip(
        rate, array("h", (int(6000 * math.sin(2 * math.pi * 220 * i / rate)) for i in range(n)))
    )


def open_settings(w, qtbot):
    click(qtbot, w.screen("home").settings)
    settings = w.screen("settings")
    assert w.current_name() == "settings"
    assert wait_until_idle()  # the voices are looked for off the UI thread
    return settings


def saved_voice(paths) -> str:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute("SELECT voice FROM learner_settings").fetchone()[0]


def test_the_learner_chooses_a_recorded_voice_and_it_reads_every_step(app_window, qtbot, paths):
    w = app_window
    make_learner(w, "Wang Fang", language="en")
    library = w.ctx.voices
    library.create("en-ann", "Ann", "Yorkshire", "en")
    library.create("en-bob", "Bob", "", "en")
    library.create("zh-li", "李阿姨", "四川话", "zh_CN")
    click(qtbot, w.signin.tiles()[0])
    lesson = w.ctx.progress.library.catalogue_for("en").lessons[0]
    title = next(s for s in lesson_strings(lesson, "en") if s.string == "title")
    library.add("en-ann", lesson.id, title.string, "en", title.text, a_take())

    settings = open_settings(w, qtbot)
    assert settings.voice_card.isVisible()
    names = [b.text() for b in settings.voice.buttons]
    assert names == ["Computer voice", "Bob", "Yorkshire · Ann"]  # only the learner's language
    assert settings.voice.buttons[0].isChecked()  # the computer's voice until one is chosen
    ann = settings.findChild(type(settings.voice.buttons[0]), "voice-en-ann")
    assert ann.accessibleName() == "Voice: Yorkshire · Ann"
    assert all(b.height() >= 44 and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in settings.voice.buttons)
    click(qtbot, ann)
    assert saved_voice(paths) == "en-ann"
    heard = w.ctx.speaker.spoken[-1]  # she hears Ann at once: a lesson title Ann recorded
    assert (heard.voice, heard.text, heard.lang) == ("en-ann", title.text, "en")
    click(qtbot, settings.done_button)

    click(qtbot, w.screen("home").continue_button)
    player = w.screen("player")
    assert w.current_name() == "player"
    assert w.ctx.speaker.spoken[-1].voice == "en-ann"  # the step read as it opens
    click(qtbot, player.repeat)
    click(qtbot, player.slower)
    last = w.ctx.speaker.spoken[-2:]
    assert [u.voice for u in last] == ["en-ann", "en-ann"] and last[1].rate == "slow"

    # the choice is kept: signed out and in again, Settings shows it
    w.go_sign_in()
    click(qtbot, w.signin.tiles()[0])
    settings = open_settings(w, qtbot)
    assert [b.isChecked() for b in settings.voice.buttons] == [False, False, True]
    click(qtbot, settings.voice.buttons[0])
    assert saved_voice(paths) == ""
    assert w.ctx.speaker.spoken[-1].voice == ""  # a sentence in the computer's voice


def test_without_recorded_voices_in_the_learners_language_settings_shows_no_voice_card(
    app_window, qtbot, paths
):
    w = app_window
    make_learner(w, "Wang Fang", language="en")
    w.ctx.voices.create("zh-li", "李阿姨", "四川话", "zh_CN")
    click(qtbot, w.signin.tiles()[0])
    settings = open_settings(w, qtbot)
    assert not settings.voice_card.isVisible()
    # switching the learner to Chinese offers the Chinese voice
    click(qtbot, settings.language.buttons[0])
    assert wait_until_idle()
    assert settings.voice_card.isVisible()
    assert [b.text() for b in settings.voice.buttons] == ["电脑的声音", "四川话 · 李阿姨"]
