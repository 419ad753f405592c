"""Regenerate the Chinese font the bundle carries for PCs that have none (run by hand, rarely).

    pip install fonttools   # and, on Debian/Ubuntu: apt install fonts-noto-cjk
    python installer/fonts/make_subset.py [PATH/TO/NotoSansCJK-Regular.ttc PATH/TO/NotoSansCJK-Bold.ttc]

Writes NotoSansCJKsc-{Regular,Bold}.subset.otf beside this file: the Simplified Chinese face of Noto Sans
CJK (SIL Open Font License 1.1, see LICENSE-NotoSansCJK.txt) cut down from 65,000 glyphs to the 6,763
characters of GB 2312 (the everyday set), every Chinese character the lessons, translations and code
use, Latin with pinyin tones, and the punctuation and symbols Chinese text uses: about 3.5 MB a weight
instead of 16. Run it again when lessons bring characters outside GB 2312
(tests/installer/test_fonts.py says which).
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT = Path("/usr/share/fonts/opentype/noto")
SC_FACE = 2  # in Noto's .ttc: JP, KR, SC, TC, HK
RANGES = [
    (0x0020, 0x024F),  # Latin, with pinyin tone letters
    (0x02C6, 0x02DD),  # modifier letters (tone marks)
    (0x0300, 0x036F),  # combining marks
    (0x2000, 0x206F),  # general punctuation
    (0x2100, 0x22FF),  # letterlike symbols, number forms, arrows, maths
    (0x2460, 0x27BF),  # enclosed numbers, box drawing, shapes, symbols, dingbats
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([hi, lo]).decode("gb2312"))
    return chars


def used_in_project() -> set[str]:
    chars: set[str] = set()
    for folder, pattern in (("lessons", "*"), ("i18n", "*.ts"), ("trainer", "*.py"), ("assets", "*.svg")):
        for path in (ROOT / folder).rglob(pattern):
            if path.is_file() and path.suffix in (".toml", ".md", ".ts", ".py", ".svg", ".txt"):
                chars.update(CJK.findall(path.read_text("utf-8", errors="ignore")))
    return chars


def wanted() -> set[int]:
    codes = {ord(c) for c in gb2312() | used_in_project()}
    for lo, hi in RANGES:
        codes.update(range(lo, hi + 1))
    return codes


def make(source: Path, out: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=SC_FACE)
    family = font["name"].getDebugName(1)
    if family != "Noto Sans CJK SC":
        raise SystemExit(f"{source}: face {SC_FACE} is {family!r}, not Noto Sans CJK SC")
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted()))
    subsetter.subset(font)
    font.save(out)
    print(f"{out.name}: {len(font.getBestCmap())} characters, {out.stat().st_size / 1e6:.1f} MB")


def main(argv: list[str]) -> int:
    sources = [Path(a) for a in argv] or [DEFAULT / f"NotoSansCJK-{w}.ttc" for w in ("Regular", "Bold")]
    for source in sources:
        weight = "Bold" if "Bold" in source.name else "Regular"
        make(source, HERE / f"NotoSansCJKsc-{weight}.subset.otf")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
