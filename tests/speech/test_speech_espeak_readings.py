"""What the real engine says for a normalised text: espeak-ng's phonemes (-x) of the spoken form, beside
those of the text as written, so each case shows what the normaliser changed in what a learner hears."""

from __future__ import annotations

import subprocess

import pytest
from speech_helpers import needs_espeak

from trainer.domain.speech import spoken_form

pytestmark = needs_espeak
VOICES = {"zh_CN": "cmn-latn-pinyin", "en": "en-us"}  # the voices the app picks (test_speech_cli)


def phonemes(text: str, lang: str) -> str:
    done = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", VOICES[lang], "--", text], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize(
    "shown,lang,said,unsaid",
    [
        # the anti-fraud hotline digit by digit with 幺 (j'Au), never 九万六千... (w'A51n = 万)
        ("拿不准就打 96110。", "zh_CN", ["j'Au55_| j'Au55_| l'i35N"], ["w'A51n"]),
        ("Call 96110 if unsure.", "en", ["n'aIn s'Iks w'Vn w'Vn z'i@roU"], ["T'aUz@nd"]),
        # the engine says nothing for ℃ or for the dash of a range: 度 (t'u51) and 到 (t'Au51) are said
        ("晴 18～27℃", "zh_CN", ["t'Au51", "t'u51"], []),
        ("营业 8:00-17:30", "zh_CN", ["t'Au51"], []),
        ("a low of -3°C", "en", ["m'aIn@s", "dI#gr'i:z"], []),
        ("Due on 2025-01-01.", "en", ["dZ'anju:"], ["d'aS"]),
    ],
)
def test_the_engine_says_the_numbers_as_people_say_them(shown, lang, said, unsaid):
    heard = phonemes(spoken_form(shown, lang).text, lang)
    for p in said:
        assert p in heard, (shown, heard)
    for p in unsaid:
        assert p not in heard, (shown, heard)
    assert heard != phonemes(shown, lang)  # as written, the engine would have said something else
