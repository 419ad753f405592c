"""``trainer voices`` and ``trainer say``: the speech service from the command line (no Qt needed).

Also two commands without help text, for frozen builds that cannot run ``python -m``: ``speech-worker``
(the engine process) and ``speech-play`` (the small player).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from trainer.domain.learner import SPEECH_RATES
from trainer.domain.speech import LANGS, choose_voice
from trainer.services.speech import messages


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "voices", help="list the engine's voices and the recorded voice packs with their coverage"
    )
    p.add_argument("--import", dest="import_file", metavar="FILE.dbvoice", type=Path, help="add a voice pack")
    p.add_argument("--export", metavar="PACK_ID", help="write a voice pack to one file (see --to)")
    p.add_argument("--to", metavar="FOLDER", type=Path, default=Path("."), help="where --export writes")
    p.set_defaults(func=cmd_voices)

    p = sub.add_parser("say", help="read TEXT aloud, or write it to a WAV file")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--lang", choices=LANGS, default="en")
    p.add_argument("--rate", choices=SPEECH_RATES, default="normal")
    p.add_argument("--out", metavar="FILE.wav", type=Path, help="write a WAV file instead of playing")
    p.add_argument("--show", action="store_true", help="print the words said (numbers as people say them)")
    p.add_argument("--as-written", action="store_true", help="read the text exactly as written")
    p.set_defaults(func=cmd_say)

    p = sub.add_parser("speech-worker")
    p.set_defaults(func=lambda _args: _run_worker())
    p = sub.add_parser("speech-play")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=lambda args: _run_play(args.rest))


def _synthesizer():
    from trainer.config import resolve_paths
    from trainer.services.speech.synth import Synthesizer

    return Synthesizer.for_paths(resolve_paths().cache)


def _library():
    from trainer.config import resolve_paths
    from trainer.services.speech.voices import VoiceLibrary

    return VoiceLibrary.for_paths(resolve_paths().data)


def cmd_voice_packs(args: argparse.Namespace) -> int | None:
    """--import / --export, else the list of recorded packs with coverage (None: go on to the engine)."""
    from trainer.services.speech.voices import PackProblem

    library = _library()
    try:
        if args.import_file is not None:
            pack = library.import_file(args.import_file)
            print(messages.CLI_PACK_IMPORTED.format(label=pack.label, n=len(pack.recordings)))
            return 0
        if args.export:
            print(messages.CLI_PACK_EXPORTED.format(path=library.export(args.export, args.to)))
            return 0
    except PackProblem as exc:
        print(messages.CLI_PACK_REFUSED.format(error=exc), file=sys.stderr)
        return 1
    packs = library.packs()
    if packs:
        from trainer.config import resource_dir
        from trainer.content.loader import load_installed
        from trainer.domain.curriculum import in_language
        from trainer.services.speech.app_words import spoken_app_words
        from trainer.services.speech.voice_report import report

        catalogue = load_installed().catalogue
        print(messages.CLI_PACKS_HEADER)
        for pack in packs:
            words = spoken_app_words(pack.lang, resource_dir() / "i18n")
            r = report(pack, in_language(catalogue, pack.lang).lessons, words)
            share = 100 * r.recorded // r.total if r.total else 0
            print(f"  {pack.id:<20} {pack.label:<24} {pack.lang:<6} "
                  + messages.CLI_PACK_COVERAGE.format(done=r.recorded, todo=r.total, share=share, stale=r.stale))  # fmt: skip
        print()
    else:
        print(messages.CLI_NO_PACKS)
    return None


def cmd_voices(args: argparse.Namespace) -> int:
    from trainer.services.speech.client import WorkerError

    done = cmd_voice_packs(args)
    if done is not None:
        return done
    synth = _synthesizer()
    try:
        voices = synth.voices()
    except WorkerError as exc:
        print(messages.CLI_FAILED.format(error=exc), messages.engine_fix(), file=sys.stderr)
        return 1
    finally:
        synth.close()
    print(messages.CLI_VOICES_HEADER.format(engine=synth.client.engine_id))
    for v in voices:
        print(f"  {v.id:<28} {v.name:<44} {', '.join(v.languages)}")
    print()
    missing = 0
    for lang in LANGS:
        voice = choose_voice(voices, lang)
        if voice is None:
            missing += 1
            print(messages.CLI_USES_NONE.format(lang=lang, fix=messages.voice_fix(lang)))
        else:
            print(messages.CLI_USES.format(lang=lang, voice=f"{voice.id} ({voice.name})"))
    return 0


def cmd_say(args: argparse.Namespace) -> int:
    from trainer.domain.speech import spoken_form
    from trainer.domain.speech_markup import strip
    from trainer.services.speech.client import WorkerError
    from trainer.services.speech.synth import NoVoice

    shown, readings = strip(args.text, args.lang)  # [[shown|spoken]] works here as in lessons
    said = shown if args.as_written else spoken_form(shown, args.lang, readings).text
    if args.show:
        print(said)
    synth = _synthesizer()
    try:
        rendered = synth.render(said, args.lang, args.rate)
    except NoVoice:
        print(
            messages.CLI_NO_VOICE.format(lang=args.lang, fix=messages.voice_fix(args.lang)), file=sys.stderr
        )
        return 1
    except (WorkerError, RuntimeError) as exc:
        print(messages.CLI_FAILED.format(error=exc), file=sys.stderr)
        return 1
    finally:
        synth.close()
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rendered.wav, args.out)
        print(messages.CLI_WROTE.format(path=args.out, seconds=rendered.seconds, voice=rendered.voice))
        return 0
    return _play(rendered.wav)


def _play(wav: Path) -> int:
    from trainer.services.speech.playback import resolve_sink, sink_command

    sink = resolve_sink()
    if sink is None:
        print(messages.NO_PLAYER.format(fix=messages.player_fix()), file=sys.stderr)
        return 1
    try:
        done = subprocess.run(sink_command(sink, wav), stdout=subprocess.DEVNULL, check=False)
    except (OSError, KeyboardInterrupt) as exc:
        if isinstance(exc, KeyboardInterrupt):
            return 130
        print(messages.NO_PLAYER.format(fix=messages.player_fix()), file=sys.stderr)
        return 1
    if done.returncode != 0:
        print(messages.NO_PLAYER.format(fix=messages.player_fix()), file=sys.stderr)
        return 1
    return 0


def _run_worker() -> int:
    from trainer.services.speech.worker import main

    return main()


def _run_play(rest: list[str]) -> int:
    from trainer.services.speech.play import main

    return main(rest)
