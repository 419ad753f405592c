"""Chinese text takes Chinese punctuation (full-width ，：；？！) and calls the volunteer 辅导员, never
导师: in the app's translations, in every lesson's Chinese words, and in what the certificate prints
(issue 14, defect 12: "今天谁来学习?", a chart summary's ": ," and 导师 on the certificate)."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CJK = r"[\u4e00-\u9fff]"
# an ASCII mark right after a Chinese character (not "3:30", not a path), or before one
ASCII_MARK = re.compile(rf"{CJK}[,:;?!](?![\d/])|[,;?!]\s*{CJK}|{CJK}\s+[,:;?!]\s")


def _strings(value, where: str):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{where}[{i}]")
    elif isinstance(value, str) and re.search(CJK, value):
        yield where, value


def chinese_texts():
    tree = ET.parse(ROOT / "i18n" / "trainer_zh_CN.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            text = m.findtext("translation") or ""
            if re.search(CJK, text):
                yield f"{name}: {m.findtext('source')[:40]!r}", text
    for path in sorted((ROOT / "lessons").glob("*/*.toml")):
        yield from _strings(tomllib.loads(path.read_text("utf-8")), str(path.relative_to(ROOT)))


def test_chinese_text_takes_full_width_punctuation():
    found = [
        f"{where}: {m.group(0)!r} in {text[:60]!r}"
        for where, text in chinese_texts()
        for m in [ASCII_MARK.search(text)]
        if m
    ]
    assert not found, "\n".join(found[:30])


def test_the_volunteer_is_a_fudaoyuan_everywhere():
    texts = list(chinese_texts())
    assert len(texts) > 500
    found = [where for where, text in texts if "导师" in text]
    code = [
        str(p.relative_to(ROOT)) for p in (ROOT / "trainer").rglob("*.py") if "导师" in p.read_text("utf-8")
    ]
    assert not found and not code, found + code


def test_the_check_sees_ascii_marks():
    assert ASCII_MARK.search("今天谁来学习?") and ASCII_MARK.search("基础: 3, 进阶: 1")
    assert not ASCII_MARK.search("今天谁来学习？") and not ASCII_MARK.search("下午3:30开始")
