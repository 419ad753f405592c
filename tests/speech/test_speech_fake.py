from __future__ import annotations

from trainer.domain.speech import Utterance
from trainer.services.speech.speaker import RecordingSpeaker, Speaker


def test_fake_records_and_reports_like_the_real_speaker():
    fake = RecordingSpeaker()
    assert isinstance(fake, Speaker)
    seen: list[tuple] = []
    fake.sentence_changed.connect(lambda i: seen.append(("sentence", i)))
    fake.finished.connect(lambda ok: seen.append(("finished", ok)))
    fake.speak(Utterance("One. Two.", "en", "normal"))
    fake.advance()
    fake.advance()
    assert seen == [("sentence", 0), ("sentence", 1), ("finished", True)]
    fake.repeat()
    fake.slower()
    assert [u.rate for u in fake.spoken] == ["normal", "normal", "slow"]
    fake.pause()
    assert fake.state == "paused"
    fake.stop()
    assert fake.state == "idle" and fake.actions[-1] == ("stop",)
    # repeat: nothing was playing; slower replaced the repeat; stop stopped the slower one
    assert seen[3:] == [("sentence", 0), ("finished", False), ("sentence", 0), ("finished", False)]


def test_fake_without_a_voice_keeps_the_text_and_says_so_once():
    fake = RecordingSpeaker(missing={"zh_CN"})
    notices = []
    fake.notice.connect(notices.append)
    fake.speak(Utterance("你好。", "zh_CN"))
    fake.speak(Utterance("再见。", "zh_CN"))
    assert fake.texts == ["你好。", "再见。"]
    assert len(notices) == 1 and notices[0].kind == "no_voice" and "Chinese" in notices[0].message
    assert not fake.is_available("zh_CN") and fake.is_available("en")
