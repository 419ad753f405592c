"""Every sentence the speech service says to a person, in one place, so it can be translated later.

The GUI shows ``Notice.message``; screens that translate may use ``Notice.kind`` and ``Notice.lang``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

LANGUAGE_NAMES = {"zh_CN": "Chinese (Mandarin)", "en": "English"}

NO_VOICE = "No {language} voice is installed, so {language} text is shown but not read aloud. {fix}"
NO_ENGINE = "Speech is not working on this computer, so text is shown but not read aloud. {fix}"
ENGINE_FAILED = "Reading aloud failed just now and was restarted. The text is still on the screen."
NO_PLAYER = "Sound cannot be played on this computer. {fix}"

_FIX_VOICE = {
    "linux": {
        "zh_CN": "Tutor: install espeak-ng 1.50 or newer with its voice data "
        "(sudo apt install espeak-ng espeak-ng-data); it has the Mandarin voice cmn-latn-pinyin.",
        "en": "Tutor: install espeak-ng (sudo apt install espeak-ng).",
    },
    "win32": {
        "zh_CN": "Tutor: add a Chinese (Simplified) voice in Windows Settings > Time & language > Speech "
        "(Add voices), then restart the trainer.",
        "en": "Tutor: add an English voice in Windows Settings > Time & language > Speech (Add voices), "
        "then restart the trainer.",
    },
    "darwin": {
        "zh_CN": "Tutor: add a Chinese (China mainland) voice in System Settings > Accessibility > Spoken "
        "Content > System voice > Manage Voices.",
        "en": "Tutor: add an English voice in System Settings > Accessibility > Spoken Content > "
        "System voice > Manage Voices.",
    },
}
_FIX_ENGINE = {
    "linux": "Tutor: install espeak-ng (sudo apt install espeak-ng) and the pyttsx3 package.",
    "win32": "Tutor: reinstall the trainer; Windows speech (SAPI5) should be present.",
    "darwin": "Tutor: reinstall the trainer (it needs pyobjc for macOS speech).",
}
_FIX_PLAYER = {
    "linux": "Tutor: install alsa-utils (sudo apt install alsa-utils), which provides aplay.",
    "win32": "Tutor: reinstall the trainer.",
    "darwin": "Tutor: reinstall the trainer.",
}

# command line
CLI_NO_VOICE = "No voice for {lang}. {fix}"
CLI_FAILED = "Speech failed: {error}"
CLI_WROTE = "Wrote {path} ({seconds:.1f} s, voice {voice})"
CLI_VOICES_HEADER = "Voices found ({engine}):"
CLI_USES = "{lang} uses: {voice}"
CLI_USES_NONE = "{lang} uses: none. {fix}"
CLI_PACKS_HEADER = (
    "Recorded voice packs (coverage of the installed lessons and the app's own spoken sentences):"
)
CLI_PACK_COVERAGE = "{done} of {todo} strings recorded ({share}%), {stale} to record again (text changed)"
CLI_NO_PACKS = "Recorded voice packs: none (a volunteer records one in tutor mode)."
CLI_PACK_IMPORTED = "Added the voice {label}: {n} recordings."
CLI_PACK_EXPORTED = "Wrote {path}"
CLI_PACK_REFUSED = "Voice pack refused, nothing was added: {error}"


def _platform() -> str:
    return "win32" if sys.platform == "win32" else "darwin" if sys.platform == "darwin" else "linux"


def voice_fix(lang: str) -> str:
    return _FIX_VOICE[_platform()].get(lang, _FIX_VOICE[_platform()]["en"])


def engine_fix() -> str:
    return _FIX_ENGINE[_platform()]


def player_fix() -> str:
    return _FIX_PLAYER[_platform()]


@dataclass(frozen=True)
class Notice:
    """Something a person should know about speech. ``kind``: no_voice, no_engine, engine_failed, no_player."""

    kind: str
    lang: str
    message: str


def no_voice(lang: str) -> Notice:
    name = LANGUAGE_NAMES.get(lang, lang)
    return Notice("no_voice", lang, NO_VOICE.format(language=name, fix=voice_fix(lang)))


def no_engine(lang: str) -> Notice:
    return Notice("no_engine", lang, NO_ENGINE.format(fix=engine_fix()))


def engine_failed(lang: str) -> Notice:
    return Notice("engine_failed", lang, ENGINE_FAILED)


def no_player(lang: str) -> Notice:
    return Notice("no_player", lang, NO_PLAYER.format(fix=player_fix()))
