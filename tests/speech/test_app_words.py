"""The app's own spoken sentences (drill hints, quiz verdicts, simulations' lines) are recordable like a
lesson: listed from the real translation catalogue, recorded, played for a learner with that voice, marked
to record again when a translation changes, carried in a .dbvoice pack and counted in the coverage."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from speech_helpers import needs_espeak, raw_samples
from test_voice_packs import tone

from tests.ui.conftest import app_window  # noqa: F401 - the fixture, used by name
from trainer.domain.app_words import APP_WORDS, SPOKEN
from trainer.domain.speech import Utterance, split_sentences
from trainer.services.speech import audio
from trainer.services.speech.app_words import spoken_app_words
from trainer.services.speech.plan import plan
from trainer.services.speech.voice_report import report
from trainer.services.speech.voices import VoiceLibrary

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
STEPS = ROOT / "trainer" / "ui" / "steps"

# Texts of the learner's steps that are never read aloud (labels, accessible names, notes beside a
# control, the tutor's panel of the own-phone step, parts of a sentence that is listed whole).
NOT_SPOKEN = {
    "Check my answer", "Choose one answer, then press “Check my answer”.",
    "Is it true or false? Choose, then press “Check my answer”.",
    "Choose every answer that is right, then press “Check my answer”.",
    "Put the steps in the right order with the Up and Down buttons.", "Up", "Down", "Move “%1” up",
    "Move “%1” down", "and", "Picture", "For your tutor", "Who is watching?", "What did you see the learner do?",
    "Tutor PIN", "Save with my tutor PIN", "Checking the PIN…", "Your tutor has seen everything on this list. Well done!",
    "Please choose who is watching and at least one thing you saw.", "Please type your tutor PIN (6 to 12 numbers).",
    "At the centre, show this step to your tutor: they can tick what you did.",
    "Tutor: watch the learner do these on their own phone, tick what you saw, and save with your tutor PIN.",
    "Tutor PINs are paused for a while after too many wrong tries. Nothing was saved.",
    "Saving did not work. Nothing was lost; please try again.",
    "That PIN is not right, so nothing was saved. %1 more tries before a pause.", "✓ %1 (seen by %2)",
    "Saved. %1 saw: %2", "Practise again", "Done: %1 of %2", "Practice area", "Enter", "Backspace",
    "the space bar", "Shift", "the Up arrow", "the Down arrow", "the Left arrow", "the Right arrow",
    "Click on the keyboard picture first, then press the key.", "Keyboard picture", "another key",
    "the key “%1”", "Writing box", "Previous page of characters", "Next page of characters",
    "Click in the writing box first, then type.", "Chinese input", "English input", "Target",
    "Time for your double-click: %1 seconds. If that is too little, choose more time in Settings.",
    "Close the folder", "A long list", "Scroll bar", "Type this:", "Your typing", "Check", "a space",
    "This is a practice copy of an app. Nothing you do here leaves this computer.",
    "Practice · nothing is sent", "Delete", "Digits entered: %1", "Practice screen", "Off", "On",
    "All %1 tasks done", "Task %1 of %2",
}  # fmt: skip


def step_sentences() -> set[tuple[str, str]]:
    """Every translate("Context", "text") written in the learner's step views."""
    found = set()
    for path in STEPS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "translate"
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def test_every_sentence_a_step_can_say_is_listed_and_nothing_else():
    spoken = {(w.context, w.source) for w in SPOKEN}
    written = step_sentences()
    unsorted = {(c, s) for c, s in written if (c, s) not in spoken and s not in NOT_SPOKEN}
    assert not unsorted, (
        f"a step says these: list them in domain/app_words.SPOKEN or in NOT_SPOKEN: {unsorted}"
    )
    assert not spoken - written, "listed but no longer in any step: remove them from SPOKEN"
    assert len({w.key for w in SPOKEN}) == len(SPOKEN)


def test_every_listed_sentence_is_translated_in_the_catalogue():
    for lang in ("zh_CN", "en"):
        ts = ET.parse(I18N / f"trainer_{lang}.ts").getroot()
        done = {
            (ctx.findtext("name"), m.findtext("source"))
            for ctx in ts.iter("context")
            for m in ctx.iter("message")
            if m.find("translation").get("type") != "unfinished" and m.findtext("translation")
        }
        missing = [(w.context, w.source) for w in SPOKEN if (w.context, w.source) not in done]
        assert not missing, f"{lang}: {missing}"
    zh = {s.string: s.text for s in spoken_app_words("zh_CN", I18N)}
    assert zh["simulation/only-practice"] != "This is only practice: nothing was paid or sent."
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in zh.values())  # Chinese words, each


def record(library: VoiceLibrary, pack_id: str, lang: str, key: str, path: Path, amplitude: int = 4000):
    """Keep a recording (from a WAV file) of the app's sentence ``key`` in ``lang``; (its words, clip)."""
    s = next(x for x in spoken_app_words(lang, I18N) if x.string == key)
    clip = audio.read_wav(tone(path, 0.5, amplitude=amplitude))
    library.add(pack_id, s.lesson, s.string, s.lang, s.text, clip)
    return s.text, clip


def test_recorded_app_sentences_are_played_counted_and_travel_in_the_pack(tmp_path):
    library = VoiceLibrary(tmp_path / "voices")
    library.create("li", "李阿姨", "四川话", "zh_CN")
    words, _ = record(library, "li", "zh_CN", "simulation/only-practice", tmp_path / "a.wav")
    hint = "不要点这里：这是骗子的链接。"  # a lesson's words before it (not recorded: the computer's voice)
    u = Utterance(f"{hint}{words}\n下一步。", "zh_CN", voice="li")
    parts = plan(u, split_sentences(u.text), library)
    assert [p.clip is not None for p in parts] == [False, True, False]
    assert parts[1].clip == library.clip("li", "zh_CN", words)
    # a learner with the computer's voice hears synthesis
    assert all(p.clip is None for p in plan(Utterance(u.text, "zh_CN"), split_sentences(u.text), library))

    r = report(library.get("li"), [], spoken_app_words("zh_CN", I18N))
    assert r.of(APP_WORDS) is r.words and len(r.words.recorded) == 1 and r.recorded == 1
    listed = spoken_app_words("zh_CN", I18N)
    assert r.total == sum(s.recordable for s in listed) and r.missing == r.total - 1
    assert {s.string for s in r.words.unrecordable} >= {"practice/tries", "quiz/right-answer"}
    assert report(library.get("li"), []).total == 0  # (without the app's words: not counted)

    out = library.export("li", tmp_path / "li.dbvoice")
    elsewhere = VoiceLibrary(tmp_path / "other-centre")
    pack = elsewhere.import_file(out)
    (rec,) = pack.recordings
    assert (rec.lesson, rec.string, rec.text) == (APP_WORDS, "simulation/only-practice", words)
    assert (
        elsewhere.clip("li", "zh_CN", words).read_bytes() == library.clip("li", "zh_CN", words).read_bytes()
    )


def lrelease() -> str:
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(__import__("sys").executable).parent))
        if found:
            return found
    raise AssertionError("pyside6-lrelease not found")


def test_a_changed_translation_marks_the_recording_to_record_again(tmp_path):
    library = VoiceLibrary(tmp_path / "voices")
    library.create("li", "李阿姨", "四川话", "zh_CN")
    old, _ = record(library, "li", "zh_CN", "quiz/try-again", tmp_path / "a.wav")
    # the translator rewords the sentence; the catalogue is compiled again, as scripts/translations.py does
    changed = tmp_path / "i18n"
    changed.mkdir()
    ts = (I18N / "trainer_zh_CN.ts").read_text("utf-8")
    assert ts.count(f"<translation>{old}</translation>") == 1
    new = "还没答对。看看下面的原因，再试一次吧。"
    (changed / "trainer_zh_CN.ts").write_text(ts.replace(f"<translation>{old}</translation>",
                                                         f"<translation>{new}</translation>"), "utf-8")  # fmt: skip
    subprocess.run([lrelease(), "-silent", str(changed / "trainer_zh_CN.ts"), "-qm",
                    str(changed / "trainer_zh_CN.qm")], check=True)  # fmt: skip
    words = spoken_app_words("zh_CN", changed)
    assert next(s.text for s in words if s.string == "quiz/try-again") == new
    r = report(library.get("li"), [], words)
    assert [(s.text, rec.text) for s, rec in r.words.stale] == [(new, old)] and r.recorded == 0
    u = Utterance(new, "zh_CN", voice="li")
    assert plan(u, split_sentences(new), library)[0].clip is None  # never the old words


@needs_espeak
@pytest.mark.slow  # (about 5 s: a real window, real speech)
def test_a_learner_with_that_voice_hears_the_recorded_verdict_in_a_quiz(
    app_window,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
):
    """Through the real window, player and speaker: the quiz's "That's right" is her recording."""
    import dataclasses

    from tests.ui.test_quiz_feedback import choose_and_check, double_click_question
    from trainer.domain.learner import LearnerSettings
    from trainer.services.speech.playback import Player
    from trainer.services.speech.qt import QtSpeaker
    from trainer.services.speech.synth import Synthesizer
    from trainer.ui.steps import StepContext

    heard = tmp_path / "heard.raw"
    monkeypatch.setenv("TRAINER_AUDIO_SINK", f"file:{heard}")
    w = app_window
    library = w.ctx.voices
    library.create("en-ann", "Ann", "Yorkshire", "en")
    _, clip = record(library, "en-ann", "en", "quiz/right", tmp_path / "right.wav", amplitude=5000)
    w.ctx.speaker = QtSpeaker(Synthesizer.for_paths(tmp_path / "cache"), Player(), voices=library)
    try:
        lesson = w.ctx.progress.library.catalogue.lessons[0]
        lesson = dataclasses.replace(lesson, steps=(double_click_question(), *lesson.steps[1:]))
        from tests.ui.conftest import make_learner

        learner = make_learner(w, "Wang Fang", language="en")
        w.sign_in(learner.id)
        session = w.ctx.progress.session(w.learner, lesson)
        session.restart()
        settings = LearnerSettings(speech_on=False, voice="en-ann")
        player = w.screen("player")
        player.speaker = w.ctx.speaker
        player.open(session, StepContext(lesson, "en", settings, "Wang Fang"))
        w.show_screen("player")
        with qtbot.waitSignal(w.ctx.speaker.finished, timeout=20_000) as done:
            choose_and_check(player, "quick")
        assert done.args == [True]
        assert w.ctx.speaker.last.text.startswith("✓ Well done, that is right.\n")
        assert clip.samples.tobytes() in raw_samples(heard).tobytes()  # her recording, whole
    finally:
        w.ctx.speaker.close()


def test_each_recordable_sentence_plays_whole_after_a_lessons_words(tmp_path):
    """However the sentence splitter cuts a line, each recorded app sentence is found and played as one
    part, also when a lesson's words come before it on the same line (a trap, then "only practice")."""
    clip = audio.read_wav(tone(tmp_path / "t.wav", 0.3, amplitude=4000))
    for lang, before in (("zh_CN", "这是骗子的链接。"), ("en", "That link is a scam.")):
        library = VoiceLibrary(tmp_path / lang)
        library.create("v", "V", "", lang)
        can = [s for s in spoken_app_words(lang, I18N) if s.recordable]
        for s in can:
            library.add("v", s.lesson, s.string, lang, s.text, clip)
        for s in can:
            u = Utterance(f"{before}{'' if lang == 'zh_CN' else ' '}{s.text}", lang, voice="v")
            parts = plan(u, split_sentences(u.text), library)
            assert [p.clip for p in parts] == [None, library.clip("v", lang, s.text)], (lang, s.text)
