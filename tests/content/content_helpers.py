"""Building lesson packs in a temporary folder: copies of the sample pack, or small packs from scratch."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "sample_pack"  # a frozen copy: the real lessons/ grows
BUILT_IN = ROOT / "lessons"


def built_in_count() -> int:
    """How many lessons the built-in pack has now (the curriculum grows; tests must not pin it)."""
    return sum(1 for p in BUILT_IN.iterdir() if (p / "lesson.toml").is_file())


def copy_sample(dest: Path) -> Path:
    shutil.copytree(SAMPLE, dest)
    return dest


def edit(path: Path, old: str, new: str) -> None:
    """Replace text in a fixture file; fails loudly when the text is not there any more."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def write_manifest(
    root: Path, pack_id: str = "test-pack", languages: Sequence[str] = ("zh_CN", "en")
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    langs = ", ".join(f'"{x}"' for x in languages)
    names = "\n".join(f'{x} = "Pack {x}"' for x in languages)
    (root / "pack.toml").write_text(
        f'schema_version = 1\nid = "{pack_id}"\nversion = "1.0"\nlanguages = [{langs}]\n\n[name]\n{names}\n',
        encoding="utf-8",
    )
    return root


def write_lesson(
    root: Path,
    lesson_id: str,
    *,
    tier: str = "basic",
    prerequisites: Sequence[str] = (),
    languages: Sequence[str] = ("zh_CN", "en"),
    picture: str | None = None,
) -> Path:
    """A one-step lesson (a read step) that is valid unless the arguments make it otherwise."""
    folder = root / lesson_id
    (folder / "strings").mkdir(parents=True, exist_ok=True)
    pre = ", ".join(f'"{p}"' for p in prerequisites)
    pic = f'picture = "{picture}"\n' if picture else ""
    (folder / "lesson.toml").write_text(
        f'id = "{lesson_id}"\nversion = 1\ntier = "{tier}"\norder = 1\nestimated_minutes = 5\n'
        f'competences = ["0.1"]\nprerequisites = [{pre}]\n\n[[steps]]\nid = "intro"\nkind = "read"\n{pic}',
        encoding="utf-8",
    )
    texts = {
        "zh_CN": ("第一课", "学会开机", "按下电源键，电脑就会开机。"),
        "en": ("First lesson", "Turn it on", "Press the power button."),
    }
    for lang in languages:
        title, goal, body = texts.get(lang, texts["en"])
        alt = f'picture_alt = "{title}"\n' if picture else ""
        (folder / "strings" / f"{lang}.toml").write_text(
            f'title = "{title}"\nobjectives = ["{goal}"]\n\n[steps.intro]\ntext = "{body}"\n{alt}',
            encoding="utf-8",
        )
    return folder


def lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip()]
