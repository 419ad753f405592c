"""What is wrong with a recording or a voice pack, in the tutor's language (``ui.problems.problem_text``
calls this for ``AudioProblem`` and ``PackProblem``). The services say the same in English for the
command line; here every file is named the same way, and every refusal says nothing was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.services.speech.audio import AudioProblem
from trainer.services.speech.voices import PackProblem

translate = QCoreApplication.translate


def _fill(template: str, /, **values: object) -> str:
    for key, value in values.items():
        template = template.replace(f"%{key}", str(value))
    return template


def audio_problem_text(p: AudioProblem) -> str:
    """What is wrong with one recording (a phrase: "it is silent (no speech was heard)")."""
    v = p.values
    texts = {
        "width": lambda: _fill(
            translate("Voices", "it is %bits-bit sound; it must be 16-bit"), bits=v["bits"]
        ),
        "rate": lambda: _fill(
            translate("Voices", "it has %rate samples a second; it must have 16000 to 48000"), rate=v["rate"]
        ),
        "channels": lambda: _fill(
            translate("Voices", "it has %n sound channels; it must be mono (one channel)"), n=v["channels"]
        ),
        "too_long": lambda: _fill(
            translate("Voices", "it is %s seconds long; one text may be at most %max seconds"),
            s=f"{v['seconds']:.0f}",
            max=f"{v['limit']:.0f}",
        ),
        "unreadable": lambda: translate("Voices", "it is not a sound file that can be read (WAV)"),
        "cut_short": lambda: translate("Voices", "the sound file is cut short (damaged)"),
        "too_short": lambda: _fill(
            translate("Voices", "it is only %s seconds long"), s=f"{v['seconds']:.1f}"
        ),
        "silent": lambda: translate("Voices", "it is silent (no speech was heard)"),
        "clipped": lambda: translate(
            "Voices", "it is distorted: it was recorded too loud (move back a little from the microphone)"
        ),
        "too_quiet": lambda: translate(
            "Voices", "it is much quieter than the other recordings (speak a little closer to the microphone)"
        ),
        "too_loud": lambda: translate("Voices", "it is much louder than the other recordings"),
        "mic_stopped": lambda: translate("Voices", "the microphone stopped"),
        "mic_unavailable": lambda: translate(
            "Voices",
            "the microphone could not be opened (is it plugged in, and not used by another program?)",
        ),
    }
    return texts[p.code]() if p.code in texts else str(p)


def pack_problem_text(p: PackProblem) -> str:
    """Why a voice pack was refused or could not be kept, naming the file; nothing was changed."""
    v = p.values
    file, member = str(v.get("file", "")), str(v.get("member", ""))
    texts = {
        "not_a_pack": lambda: translate("Voices", "%file is not a voice pack file."),
        "too_large": lambda: translate("Voices", "%file is too large for a voice pack."),
        "stray": lambda: translate("Voices", "%file holds %member, which does not belong in a voice pack."),
        "no_manifest": lambda: translate("Voices", "%file has no voice.json (the list of recordings)."),
        "bad_json": lambda: translate("Voices", "%file: the list of recordings is damaged."),
        "bad_description": lambda: translate("Voices", "%file: the list of recordings is incomplete."),
        "bad_id": lambda: translate("Voices", "%file: the voice's id may hold only a-z, 0-9, - and _."),
        "needs_name": lambda: translate(
            "Voices", "%file: the voice needs a name and the language zh_CN or en."
        ),
        "already_here": lambda: _fill(
            translate("Voices", "The voice %label in %file is already on this computer."), label=v["label"]
        ),
        "missing_clip": lambda: translate("Voices", "%file: the recording %member is listed but missing."),
        "not_listed": lambda: translate("Voices", "%file: %member is in the pack but not in its list."),
        "bad_clip": lambda: _fill(
            translate("Voices", "%file: the recording %member (“%text”) cannot be used: %why."),
            text=v.get("text", ""),
            why=audio_problem_text(v["audio"])
            if isinstance(v.get("audio"), AudioProblem)
            else v.get("audio"),
        ),
        "no_voice": lambda: translate("Voices", "That voice is no longer on this computer."),
        "exists": lambda: translate(
            "Voices", "A voice with this name is already here. Please choose another name."
        ),
    }
    text = texts[p.code]() if p.code in texts else str(p)
    text = _fill(text, file=file, member=member)
    if p.code in ("exists", "no_voice"):
        return text
    return (
        text
        + " "
        + translate("Voices", "Nothing was imported; the voices on this computer are as they were.")
    )
