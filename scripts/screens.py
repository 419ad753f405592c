"""Every screen of the app as PNG files, the way a person sees it, at a given screen size and scaling.

    python scripts/screens.py OUT_DIR [--size 1024x768] [--dpr 1.5] [--pt 18,36] [--lang zh_CN,en]
                              [--theme standard,contrast] [--only WORD] [--tutor-only]
                              [--home DEMO_FOLDER]

Runs offscreen (no display needed) on a screen of ``--size`` logical pixels with a device pixel ratio
of ``--dpr`` (1280x720 at 1.5 is a 1920x1080 monitor at Windows' 150% scaling). The window fills the
screen, as the app shows itself maximised. Data: a copy of ``--home`` (a folder filled by
``trainer demo``), or a new demo centre. Lessons: the real curriculum. Pictures are named
``<size>[@dpr]-<pt>pt-<lang>-<theme>/<nnn>-<screen>.png``; a learner's eyes are the test, so look at them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", default="1024x768")
    ap.add_argument("--dpr", type=float, default=1.0)
    ap.add_argument("--pt", default="18,36")
    ap.add_argument("--lang", default="zh_CN,en")
    ap.add_argument("--theme", default="standard,contrast")
    ap.add_argument("--only", default="", help="only screens whose name holds this word")
    ap.add_argument("--tutor-only", action="store_true", help="only the tutor screens (faster)")
    ap.add_argument("--home", type=Path, help="a data folder made by `trainer demo` (copied, not changed)")
    args = ap.parse_args(argv)
    width, height = (int(x) for x in args.size.split("x"))
    work = Path(tempfile.mkdtemp(prefix="screens-"))
    config = work / "screen.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "shots",
                        "x": 0,
                        "y": 0,
                        "width": round(width * args.dpr),
                        "height": round(height * args.dpr),
                        # Qt scales widgets by logicalDpi / logicalBaseDpi (the screen's own "dpr"
                        # would only set the backing store's ratio: widgets drawn at 1.0)
                        "logicalDpi": round(96 * args.dpr),
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    home = work / "home"
    if args.home:
        shutil.copytree(args.home, home)
    else:
        env = {**os.environ, "TRAINER_HOME": str(home)}
        subprocess.run([sys.executable, "-m", "trainer", "demo", "--learners", "9"], env=env, check=True)
    os.environ["TRAINER_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    try:
        return shoot(args, width, height)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shoot(args, width: int, height: int) -> int:
    from PySide6.QtWidgets import QApplication

    from trainer.services.qt_guard import make_none_immortal

    make_none_immortal()
    app = QApplication.instance() or QApplication([])
    from tests.ui.screen_tour import settle, tour, tutor_tour
    from trainer.app import AppContext, create_window
    from trainer.config import resolve_paths
    from trainer.domain.learner import TEXT_SIZES, LearnerSettings
    from trainer.services import translations
    from trainer.services.speech.speaker import RecordingSpeaker
    from trainer.ui.operations import wait_until_idle as wait_for_background
    from trainer.ui.style import apply_settings

    paths = resolve_paths()
    ctx = AppContext(paths)
    ctx.speaker = RecordingSpeaker()
    window = create_window(ctx)
    window.resize(width, height)
    window.show()
    sizes = [
        TEXT_SIZES[0] if p == "18" else TEXT_SIZES[-1] if p == "36" else int(p) for p in args.pt.split(",")
    ]
    tag = args.size + (f"@{args.dpr:g}" if args.dpr != 1 else "")
    count = 0
    for pt in sizes:
        for lang in args.lang.split(","):
            for theme in args.theme.split(","):
                folder = args.out / f"{tag}-{pt}pt-{lang}-{theme}"
                folder.mkdir(parents=True, exist_ok=True)
                settings = LearnerSettings(text_size=pt, high_contrast=theme == "contrast")
                ctx.start_language = lang
                translations.install(lang, paths.i18n)
                apply_settings(app, settings)
                if args.tutor_only:
                    from tests.ui.walk import recorded_voices

                    recorded_voices(window)  # (the tour's learner part makes them)
                    visits = tutor_tour(window, settings, lang)
                else:
                    visits = tour(window, settings, lang)
                for n, label in enumerate(visits):
                    if args.only and args.only not in label:
                        continue
                    wait_for_background()
                    settle()  # (and any glide of the page ends where it goes)
                    name = re.sub(r"[^\w.-]+", "_", label)
                    window.grab().save(str(folder / f"{n:03d}-{name}.png"))
                    count += 1
    print(f"{count} pictures in {args.out}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
