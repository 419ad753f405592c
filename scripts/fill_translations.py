"""Fill unfinished entries of a .ts file from a JSON map {source: translation}; for English, the source.

python scripts/fill_translations.py i18n/trainer_zh_CN.ts new_zh.json
python scripts/fill_translations.py i18n/trainer_en.ts            # English = the source text
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, table: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        tr.text = text
        del tr.attrib["type"]
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


if __name__ == "__main__":
    ts = Path(sys.argv[1])
    table = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")) if len(sys.argv) > 2 else None
    for source in fill(ts, table):
        print("still untranslated:", repr(source))
