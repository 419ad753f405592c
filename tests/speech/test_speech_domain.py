from __future__ import annotations

import pytest

from trainer.domain.speech import (
    RATE_WPM,
    Utterance,
    VoiceInfo,
    cache_key,
    choose_voice,
    compose,
    engine_rate,
    rank_voices,
    slower,
    split_sentences,
)

ESPEAK = [
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
    VoiceInfo("sit/cmn", "Chinese (Mandarin, latin as English)", ("cmn",)),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
    VoiceInfo("sit/yue", "Chinese (Cantonese)", ("yue",)),
    VoiceInfo("sit/cmn-latn-pinyin", "Chinese (Mandarin, latin as Pinyin)", ("cmn-latn-pinyin",)),
    VoiceInfo("gmw/de", "German", ("de",)),
]
# shapes of what pyttsx3 reports on Windows (SAPI5) and macOS (nsss); not from a real machine
SAPI = [
    VoiceInfo(
        r"HKEY_LOCAL_MACHINE\...\TTS_MS_EN-US_ZIRA_11.0",
        "Microsoft Zira Desktop - English (United States)",
        ("en-US",),
    ),
    VoiceInfo(
        r"HKEY_LOCAL_MACHINE\...\TTS_MS_ZH-CN_HUIHUI_11.0",
        "Microsoft Huihui Desktop - Chinese (Simplified)",
        ("zh-CN",),
    ),
    VoiceInfo(
        r"HKEY_LOCAL_MACHINE\...\TTS_MS_ZH-HK_TRACY_11.0",
        "Microsoft Tracy Desktop - Chinese(Traditional, HongKong SAR)",
        ("zh-HK",),
    ),
]
NSSS = [
    VoiceInfo("com.apple.voice.compact.en-US.Samantha", "Samantha", ("en_US",)),
    VoiceInfo("com.apple.voice.compact.zh-CN.Tingting", "Tingting", ("zh_CN",)),
]


def test_mandarin_prefers_pinyin_voice_on_espeak():
    assert choose_voice(ESPEAK, "zh_CN").id == "sit/cmn-latn-pinyin"
    ranked = [v.id for v in rank_voices(ESPEAK, "zh_CN")]
    assert ranked == ["sit/cmn-latn-pinyin", "sit/cmn"]  # never English, never Cantonese


def test_english_prefers_us_then_gb():
    assert [v.id for v in rank_voices(ESPEAK, "en")] == ["gmw/en-us", "gmw/en"]


@pytest.mark.parametrize("voices", [SAPI, NSSS])
def test_other_platforms_choose_by_language(voices):
    assert "zh-CN" in choose_voice(voices, "zh_CN").id.replace("ZH-CN", "zh-CN")
    assert "EN-US" in choose_voice(voices, "en").id.upper()


def test_chinese_never_falls_back_to_another_language():
    english_only = [v for v in ESPEAK if not v.id.startswith("sit/")]
    assert choose_voice(english_only, "zh_CN") is None
    assert choose_voice([SAPI[0], SAPI[2]], "zh_CN") is None  # English + Cantonese: no Mandarin
    assert choose_voice([ESPEAK[1]], "en") is None
    assert choose_voice(ESPEAK, "fr") is None


def test_sentences_split_on_chinese_and_english_marks_and_keep_positions():
    text = "点击这里。然后等一下！好吗？ Click here. Then wait... Is it OK? Dr. Smith said 3.5 MB"
    parts = split_sentences(text)
    assert [p.text for p in parts] == [
        "点击这里。",
        "然后等一下！",
        "好吗？",
        "Click here.",
        "Then wait...",
        "Is it OK?",
        "Dr. Smith said 3.5 MB",
    ]
    assert all(text[p.start : p.end] == p.text for p in parts)
    assert [p.index for p in parts] == list(range(len(parts)))


def test_lines_are_sentences_and_blank_text_has_none():
    assert [p.text for p in split_sentences("Choose one\nYes\nNo")] == ["Choose one", "Yes", "No"]
    assert split_sentences("  \n ") == []
    assert split_sentences("。。") == []


def test_rates_for_seniors_and_slower():
    assert RATE_WPM == {"slow": 110, "normal": 140, "brisk": 170}
    assert engine_rate("espeak", "slow") == 110
    assert engine_rate("espeak", "nonsense") == 140
    assert engine_rate("sapi5", "slow") < engine_rate("sapi5", "normal") < engine_rate("sapi5", "brisk")
    assert slower("brisk") == "normal" and slower("normal") == "slow" and slower("slow") == "slow"
    assert Utterance("x", "en", "brisk").at_rate("slow").rate == "slow"


def test_cache_key_changes_with_each_part():
    base = cache_key("hello", "gmw/en-us", 140, "espeak/1")
    assert base == cache_key("hello", "gmw/en-us", 140, "espeak/1")
    others = {
        cache_key("hello!", "gmw/en-us", 140, "espeak/1"),
        cache_key("hello", "gmw/en", 140, "espeak/1"),
        cache_key("hello", "gmw/en-us", 110, "espeak/1"),
        cache_key("hello", "gmw/en-us", 140, "espeak/2"),
    }
    assert base not in others and len(others) == 4


def test_a_step_is_read_part_by_part():
    text = compose(
        ["Which button sends the message?", None, "The green one", " ", "The red one", "Well done!"]
    )
    assert [p.text for p in split_sentences(text)] == [
        "Which button sends the message?",
        "The green one",
        "The red one",
        "Well done!",
    ]
    assert compose(["点击发送。", "对"]) == "点击发送。\n对" and len(split_sentences("点击发送。\n对")) == 2
