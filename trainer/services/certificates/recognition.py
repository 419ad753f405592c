"""What a centre sets up for credit banks: the level of each tier in a named qualifications framework
(e.g. a provincial lifelong-learning framework) and the rule for credits. Both are optional and come
only from a file the centre installs (``trainer certificates recognition --set FILE``); the product
ships no mapping and never guesses one, so a certificate states a framework level or credits only
where the recognition body's own rule was put in by the centre.

The file (UTF-8 JSON; docs/verification.md has an example)::

    {"format": "digital-bridge-recognition", "version": 1, "region": "...",
     "framework": {"id": "XX-LLQF", "name": {"zh_CN": "...", "en": "..."}, "url": "https://..."},
     "levels": {"basic": {"code": "1", "name": {"zh_CN": "...", "en": "..."}}, ...},
     "credits": {"unit": {"zh_CN": "学分", "en": "credits"}, "rule": "per_hours",
                 "hours_per_credit": 10, "round_down_to": 0.5, "kinds": ["tier"]}}

``framework`` and ``levels`` go together; ``credits`` may come alone. Credit rules: ``per_hours``
(planned learning hours / ``hours_per_credit``, rounded down to ``round_down_to``) or ``per_tier``
(``"per_tier": {"basic": 1, ...}``). ``kinds``: which certificates earn credits (``tier``, ``progress``).
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from trainer.config import Paths
from trainer.domain.certificates import KIND_TIER, Achievement
from trainer.domain.tiers import TIERS
from trainer.services.certificates.claims import Recognition
from trainer.services.certificates.encoding import pretty_json
from trainer.services.certificates.errors import BadRecognitionFile

FORMAT = "digital-bridge-recognition"
MAX_BYTES = 64 * 1024
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,15}$")


def settings_file(paths: Paths) -> Path:
    return paths.data / "recognition.json"


def _pair(value: Any, what: str) -> tuple[str, str]:
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("zh_CN", "en")):
        raise BadRecognitionFile(f"{what} needs a zh_CN and an en text")
    zh, en = value["zh_CN"].strip(), value["en"].strip()
    if not zh or not en or len(zh) > 80 or len(en) > 120 or any(ord(c) < 32 for c in zh + en):
        raise BadRecognitionFile(f"{what}: each text must be one line, 1 to 80 (Chinese) or 120 characters")
    return zh, en


def parse(data: bytes) -> dict[str, Any]:
    """The file's content, checked whole; BadRecognitionFile with the reason otherwise."""
    if len(data) > MAX_BYTES:
        raise BadRecognitionFile("the file is larger than 64 KB")
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise BadRecognitionFile("it is not UTF-8 JSON") from error
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != 1:
        raise BadRecognitionFile(f'it is not a "{FORMAT}" file of version 1')
    if "framework" not in doc and "credits" not in doc:
        raise BadRecognitionFile("it sets neither a framework nor credits")
    if ("framework" in doc) != ("levels" in doc):
        raise BadRecognitionFile('"framework" and "levels" go together')
    if "framework" in doc:
        _check_framework(doc["framework"], doc["levels"])
    if "credits" in doc:
        _check_credits(doc["credits"])
    return doc


def _check_framework(framework: Any, levels: Any) -> None:
    if not isinstance(framework, dict) or not _ID.match(str(framework.get("id", ""))):
        raise BadRecognitionFile("framework.id must be a short code (letters, digits, . _ -)")
    _pair(framework.get("name"), "framework.name")
    url = framework.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://\S{4,300}$", url):
        raise BadRecognitionFile("framework.url must be the framework's web address (http or https)")
    if not isinstance(levels, dict) or not levels or set(levels) - set(TIERS):
        raise BadRecognitionFile(f"levels must map some of {', '.join(TIERS)} to a level")
    for tier, level in levels.items():
        if not isinstance(level, dict) or not _CODE.match(str(level.get("code", ""))):
            raise BadRecognitionFile(f"levels.{tier}.code must be a short code")
        _pair(level.get("name"), f"levels.{tier}.name")


def _amount(value: Any) -> bool:
    """A credit amount: a number from 0 to 1000 with at most two decimals."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1000:
        return False
    return Decimal(str(value)).as_tuple().exponent >= -2


def _check_credits(credits: Any) -> None:
    if not isinstance(credits, dict):
        raise BadRecognitionFile("credits must be an object")
    _pair(credits.get("unit"), "credits.unit")
    kinds = credits.get("kinds", ["tier"])
    if not isinstance(kinds, list) or not kinds or set(kinds) - {"tier", "progress"}:
        raise BadRecognitionFile('credits.kinds must list "tier" and/or "progress"')
    rule = credits.get("rule")
    if rule == "per_hours":
        for name in ("hours_per_credit", "round_down_to"):
            value = credits.get(name)
            if not _amount(value) or value == 0:
                raise BadRecognitionFile(f"credits.{name} must be a number above 0 with at most two decimals")
    elif rule == "per_tier":
        table = credits.get("per_tier")
        if not isinstance(table, dict) or not table or set(table) - set(TIERS):
            raise BadRecognitionFile("credits.per_tier must map tiers to numbers")
        if not all(_amount(v) for v in table.values()):
            raise BadRecognitionFile("credits.per_tier must map tiers to numbers with at most two decimals")
    else:
        raise BadRecognitionFile('credits.rule must be "per_hours" or "per_tier"')


def install(paths: Paths, source: Path) -> dict[str, Any]:
    """Check the file whole, then keep a copy as this centre's setting."""
    doc = parse(Path(source).read_bytes())
    target = settings_file(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(".recognition.json.part")
    tmp.write_text(pretty_json(doc), encoding="utf-8")
    tmp.replace(target)
    return doc


def clear(paths: Paths) -> bool:
    target = settings_file(paths)
    existed = target.exists()
    target.unlink(missing_ok=True)
    return existed


def load(paths: Paths) -> dict[str, Any] | None:
    """The centre's setting, or None when there is none. A damaged file raises BadRecognitionFile
    (issuing stops rather than leave the framework level off silently)."""
    target = settings_file(paths)
    if not target.is_file():
        return None
    return parse(target.read_bytes())


def for_achievement(doc: dict[str, Any] | None, achievement: Achievement) -> Recognition:
    """The framework level and credits this certificate carries under the centre's setting."""
    if not doc:
        return Recognition()
    out: dict[str, Any] = {}
    tier = achievement.tier if achievement.kind == KIND_TIER else None
    framework, level = doc.get("framework"), (doc.get("levels") or {}).get(tier or "")
    if framework and level:
        out.update(
            framework_id=framework["id"],
            framework_name=_pair(framework["name"], "framework.name"),
            framework_url=framework["url"],
            level_code=str(level["code"]),
            level_name=_pair(level["name"], "level.name"),
        )
    credits = doc.get("credits")
    kind = "tier" if tier else "progress"
    if credits and kind in credits.get("kinds", ["tier"]):
        value = _credits(credits, achievement, tier)
        if value is not None:
            out.update(credits=value, credit_unit=_pair(credits["unit"], "credits.unit"))
    return Recognition(**out)


def _credits(rule: dict[str, Any], achievement: Achievement, tier: str | None) -> str | None:
    if rule["rule"] == "per_tier":
        value = rule["per_tier"].get(tier or "")
        return None if value is None else _text(Decimal(str(value)))
    hours = Decimal(achievement.minutes) / Decimal(60)
    step = Decimal(str(rule["round_down_to"]))
    raw = hours / Decimal(str(rule["hours_per_credit"]))
    return _text(Decimal(math.floor(raw / step)) * step)


def _text(value: Decimal) -> str:
    """1.50 -> "1.5", 2.0 -> "2"."""
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")
