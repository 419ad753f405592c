"""Tutor mode's recorded voices: from the tools screen a volunteer records with a WAV file as the microphone,
the coverage view shows what is left (and what must be recorded again because a lesson's words changed),
and packs are saved to a file and imported (a bad pack refused whole, naming the file, in the tutor's
language)."""

from __future__ import annotations

import json
import math
import zipfile
from array import array

from tests.ui.test_tutor import click, set_up_centre, sign_in_tutor
from trainer.domain.voice_pack import lesson_strings
from trainer.services import translations
from trainer.services.speech import audio
from trainer.services.speech.recorder import WavSource
from trainer.ui.operations import wait_until_idle


def tone_wav(path, seconds=1.0, amplitude=6000):
    rate = 22050
    s = array(
        "h", (int(amplitude * math.sin(2 * math.pi * 220 * i / rate)) for i in range(int(seconds * rate)))
    )
    audio.write_wav(path, audio.Clip(rate, s))
    return path


def open_voices(w, qtbot):
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.open_tools()
    click(qtbot, w.screen("tutor-tools").buttons["voices"])
    assert w.current_name() == "tutor-voices"
    assert wait_until_idle()
    return w.screen("tutor-voices")


def test_a_volunteer_records_from_tutor_mode_and_the_tutor_sees_what_is_left(app_window, qtbot, tmp_path):
    w = app_window
    voices = open_voices(w, qtbot)
    assert voices.empty.isVisible() and not voices.cards
    click(qtbot, voices.new_voice)
    assert wait_until_idle() and w.current_name() == "tutor-voice-record"
    rec = w.screen("tutor-voice-record")
    take = tone_wav(tmp_path / "take.wav")
    rec.source_factory = lambda: WavSource(take, speed=20)  # the microphone path is the same code after this
    rec.new_variety.setText("四川话")
    rec.new_name.setText("李阿姨")
    click(qtbot, rec.lang_buttons["zh_CN"])
    click(qtbot, rec.create)
    assert rec.voice.currentText() == "四川话 · 李阿姨"
    lesson_id = rec.lesson.currentData()
    first = rec.words.plain_text()
    with qtbot.waitSignal(rec.recorder.finished, timeout=10_000):
        click(qtbot, rec.record)
    click(qtbot, rec.play)  # heard before it is kept
    click(qtbot, rec.keep)
    assert wait_until_idle()
    assert "Kept" in rec.message.plain_text() and rec.words.plain_text() != first
    click(qtbot, rec.back)
    assert w.current_name() == "tutor-voices" and wait_until_idle()
    (pack_id,) = voices.cards
    line = voices.cards[pack_id].findChild(type(voices.empty), f"voice-coverage-{pack_id}").plain_text()
    assert line.startswith("中文 · 1 of ") and "to record again" not in line

    # a lesson's words changed since another text was recorded: marked to record again, with both texts
    library = w.ctx.voices
    lesson = w.ctx.progress.library.catalogue_for("zh_CN").get(lesson_id)
    second = [s for s in lesson_strings(lesson, "zh_CN") if s.recordable][1]
    library.add(pack_id, lesson_id, second.string, "zh_CN", "旧的说法。", audio.read_wav(take))
    click(qtbot, voices.cards[pack_id].findChild(type(voices.new_voice), f"voice-left-{pack_id}"))
    assert wait_until_idle() and w.current_name() == "tutor-voice-coverage"
    cov = w.screen("tutor-voice-coverage")
    assert (
        "2 to record again" not in cov.summary.plain_text()
        and "To record again: 1." in cov.summary.plain_text()
    )
    details = cov.findChild(type(cov.summary), f"coverage-details-{lesson_id}").plain_text()
    assert "To record again (the words changed):" in details and "“旧的说法。”" in details
    assert cov.cards[0].objectName() == f"coverage-{lesson_id}"  # the lesson with work to redo comes first
    click(qtbot, cov.findChild(type(cov.back), f"coverage-record-{lesson_id}"))
    assert wait_until_idle() and w.current_name() == "tutor-voice-record"
    assert rec.lesson.currentData() == lesson_id and rec.words.plain_text() == second.text  # the first to do
    assert "words changed" in rec.status.plain_text()


def test_a_voice_travels_as_one_file_and_a_bad_pack_is_refused_whole_naming_the_file(
    app_window, qtbot, tmp_path, paths
):
    w = app_window
    library = w.ctx.voices
    library.create("voice-1", "李阿姨", "四川话", "zh_CN")
    good = audio.read_wav(tone_wav(tmp_path / "good.wav"))
    library.add("voice-1", "x", "title", "zh_CN", "认识鼠标", good)
    voices = open_voices(w, qtbot)
    out = tmp_path / "usb" / "li-ayi.dbvoice"
    out.parent.mkdir()
    w.tutor_mode.voices.export("voice-1", out)
    assert wait_until_idle() and out.is_file()
    assert "Saved 四川话 · 李阿姨 (1 recordings)" in voices.status.plain_text()

    w.tutor_mode.voices.import_pack(out)  # the same voice again: replaced only if the tutor says so
    assert wait_until_idle() and voices.confirm.isVisible()
    assert "already on this computer" in voices.status.plain_text()
    click(qtbot, voices.confirm)
    assert (
        wait_until_idle()
        and "Imported the voice 四川话 · 李阿姨 (1 recordings)" in voices.status.plain_text()
    )

    # another centre's pack with one silent recording: refused whole, in the tutor's language
    bad = tmp_path / "wang.dbvoice"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(bad, "w") as zout:
        doc = json.loads(zin.read("voice.json"))
        doc.update(id="voice-9", name="王老师", variety="普通话")
        doc["recordings"].append(
            dict(doc["recordings"][0], string="intro/text/1", text="您好", file="clips/quiet.wav")
        )
        zout.writestr("voice.json", json.dumps(doc, ensure_ascii=False))
        for info in zin.infolist():
            if info.filename != "voice.json":
                zout.writestr(info, zin.read(info))
        zout.write(tone_wav(tmp_path / "quiet.wav", amplitude=0), "clips/quiet.wav")
    translations.install("zh_CN", paths.i18n)
    w.tutor_mode.voices.import_pack(bad)
    assert wait_until_idle()
    said = voices.status.plain_text()
    assert "wang.dbvoice" in said and "clips/quiet.wav" in said and "没有声音" in said, said
    assert "没有导入" in said
    assert library.get("voice-9") is None and [p.id for p in library.packs()] == ["voice-1"]


def test_the_coverage_summary_reads_as_chinese_without_a_space_between_sentences(app_window):
    from types import SimpleNamespace

    from trainer.services import translations
    from trainer.ui.tutor.voice_coverage import VoiceCoverageScreen

    screen = VoiceCoverageScreen()
    pack = SimpleNamespace(id="p", label="四川话 · 李阿姨", lang="zh_CN")
    report = SimpleNamespace(pack=pack, lessons=[], words=None, recorded=1, total=69, stale=0, missing=68)
    translations.install("zh_CN", app_window.ctx.paths.i18n)
    try:
        screen.show_report(report)
        said = screen.summary.plain_text()
    finally:
        translations.install("en", app_window.ctx.paths.i18n)
    assert "。要重录" in said and "。 " not in said
    screen.retranslate()
    assert "in 0 lessons. To record again: 0." in screen.summary.plain_text()


def test_the_apps_own_words_are_one_more_entry_to_record(app_window, qtbot, tmp_path):
    """Drill hints and quiz verdicts: counted in the coverage view, with a note on those that cannot be
    recorded whole, and recorded on the same screen as a lesson."""
    from trainer.domain.app_words import APP_WORDS
    from trainer.services.speech.app_words import spoken_app_words

    w = app_window
    voices = open_voices(w, qtbot)
    w.ctx.voices.create("li", "李阿姨", "四川话", "zh_CN")
    w.tutor_mode.voices.refresh()
    assert wait_until_idle()
    click(qtbot, voices.cards["li"].findChild(type(voices.new_voice), "voice-left-li"))
    assert wait_until_idle() and w.current_name() == "tutor-voice-coverage"
    cov = w.screen("tutor-voice-coverage")
    words = spoken_app_words("zh_CN", w.ctx.paths.i18n)
    can = [s for s in words if s.recordable]
    assert cov.cards[0].objectName() == f"coverage-{APP_WORDS}"  # heard in every lesson: first
    line = cov.findChild(type(cov.summary), f"coverage-line-{APP_WORDS}").plain_text()
    assert line == f"0 of {len(can)} recorded · {len(can)} not yet"
    note = cov.note.plain_text()
    assert f"{len(words) - len(can)} of the app's sentences hold a name, a number" in note
    assert "computer's voice always reads them" in note
    take = tone_wav(tmp_path / "take.wav")
    rec = w.screen("tutor-voice-record")
    rec.source_factory = lambda: WavSource(take, speed=20)
    click(qtbot, cov.findChild(type(cov.back), f"coverage-record-{APP_WORDS}"))
    assert wait_until_idle() and w.current_name() == "tutor-voice-record"
    assert rec.lesson.currentData() == APP_WORDS and rec.lesson.currentText() == "The app's own words"
    assert rec.words.plain_text() == can[0].text and "Not recorded yet" in rec.status.plain_text()
    with qtbot.waitSignal(rec.recorder.finished, timeout=10_000):
        click(qtbot, rec.record)
    click(qtbot, rec.keep)
    assert wait_until_idle() and "Kept" in rec.message.plain_text()
    (kept,) = w.ctx.voices.get("li").recordings
    assert (kept.lesson, kept.string, kept.text) == (APP_WORDS, can[0].string, can[0].text)
    assert rec.coverage.plain_text().startswith(f"1 of {len(can)} recorded")
    click(qtbot, rec.back)
    assert wait_until_idle() and w.current_name() == "tutor-voices"
    click(qtbot, voices.cards["li"].findChild(type(voices.new_voice), "voice-left-li"))
    assert wait_until_idle() and w.current_name() == "tutor-voice-coverage"
    card = next(c for c in cov.cards if c.objectName() == f"coverage-{APP_WORDS}")  # (the new card)
    line = card.findChild(type(cov.summary), f"coverage-line-{APP_WORDS}").plain_text()
    assert line == f"1 of {len(can)} recorded · {len(can) - 1} not yet"


def test_the_tutor_reads_why_there_is_no_sound_in_their_language(app_window, qtbot, tmp_path, monkeypatch):
    """aplay installed, no sound card, no sound server: tutor mode says the precise cause in Chinese."""
    import shutil

    import pytest

    from trainer.services.speech import sound_check

    if shutil.which("aplay") is None:
        pytest.skip("aplay is not installed here")
    cards = tmp_path / "cards"
    cards.write_text("--- no soundcards ---\n")
    monkeypatch.setattr(sound_check, "CARDS", cards)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    w = app_window
    set_up_centre(w)
    translations.install("zh_CN", w.ctx.paths.i18n)
    try:
        sign_in_tutor(w, qtbot)
        w.tutor_mode.voices.open()
        said = w.screen("tutor-voices").sound.plain_text()
    finally:
        translations.install("en", w.ctx.paths.i18n)
    assert said.startswith("声音：这台电脑没有发声设备") and "alsa-utils" not in said, said
    cards.write_text(" 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n")
    w.screen("tutor-voices").retranslate()
    assert "HDA Intel PCH" in w.screen("tutor-voices").sound.plain_text()
