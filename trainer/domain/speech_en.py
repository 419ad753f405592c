"""English text as people say it: hotlines digit by digit, prices in yuan, times, dates, addresses.

Every number is written out in words here (so no engine reads 96110 as "ninety-six thousand..."), and
web addresses, e-mail addresses and file names are said the way one reads them out to someone typing.
"""

from __future__ import annotations

import re

from trainer.domain.speech_markup import Reading
from trainer.domain.speech_normalise import RuleSet, normalise
from trainer.domain.speech_numbers import (
    EN_DIGITS,
    en_digits,
    en_int,
    en_money,
    en_number,
    en_ordinal,
    en_year,
)
from trainer.domain.speech_zh import HOTLINES, TLDS

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")  # fmt: skip
_MONTH_FULL = {m[:3].lower(): m for m in MONTHS.split("|") if len(m) > 4 or m in ("May", "June", "July")}
PHONE_WORDS = ("call", "calls", "dial", "ring", "phone", "hotline", "line", "number", "ending",
               "mobile", "tel", "type", "account")  # fmt: skip
QUANTITY_UNITS = (
    r"yuan|kuai|fen|jiao|km|kilometres?|kilometers?|m|metres?|meters?|cm|ml|l|litres?|liters?|kg|g|jin|"
    r"MB|KB|GB|TB|mb|gb|years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|s|secs?|"
    r"times|people|persons?|groups?|slots?|items?|photos?|pictures?|steps?|lines?|digits?|characters?|"
    r"letters?|words?|messages?|attachments?|boxes|box|apples|stars?|points?|floors?|storeys?|percent|"
    r"per cent|%|x|×|more|less|left|each|km/h|kb"
)
_UNIT_AFTER = re.compile(rf"\s*(?:{QUANTITY_UNITS})\b", re.IGNORECASE)
_QUANTITY_BEFORE = re.compile(
    r"(?:\bage|\bover|\babout|\baround|\bunder|\bup to|\bonly|\bmax|\bmaximum|"
    r"\bat least|\bnearly|\balmost)\s*$",
    re.IGNORECASE,
)
UNIT_WORDS = {"km": "kilometre", "m": "metre", "cm": "centimetre", "ml": "millilitre", "l": "litre",
              "kg": "kilogram", "g": "gram", "s": "second", "min": "minute", "mins": "minute", "MB": "megabyte",
              "KB": "kilobyte", "GB": "gigabyte", "h": "hour", "hrs": "hour"}  # fmt: skip
_SEPARATORS = {".": "dot", "-": "dash", "_": "underscore", "/": "slash", "@": "at", ":": "colon",
               "?": "question mark", "=": "equals", "&": "and", "~": "tilde"}  # fmt: skip
_WORDS_SAID = {"com", "org", "net", "gov", "edu", "info", "mail", "example", "forum", "city", "talk", "ask",
               "news", "home", "free", "garden", "spring", "park", "baby", "seaside", "transport", "senior",
               "bonus", "taxi", "class", "liming", "shop", "bank", "health"}  # fmt: skip
LATIN_WORDS = {"QR": "Q R", "PIN": "pin", "PINs": "pins", "ID": "I D", "IDs": "I Ds", "SMS": "S M S",
               "AI": "A I", "Wi-Fi": "Wi-Fi", "OK": "okay", "PDF": "P D F", "USB": "U S B",
               "WeChat": "We Chat", "Dr": "Doctor",
               "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
               "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday"}  # fmt: skip
SYMBOLS = {"×": "times", "+": "plus", "=": "equals", "@": "at", "#": "hash", "%": "percent", "·": ",",
           "¥": "yuan", "￥": "yuan", "&": "and"}  # fmt: skip
SILENT = "*\u2016\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27ff\u2b00-\u2bff"  # arrows, shapes, ‖
FILE_EXTS = r"(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|wps|txt|mp3|mp4|wav|zip|rar|apk|exe)"


def spell_part(part: str) -> str:
    """One piece of an address: a word people say as a word, else letter by letter; digits one by one."""
    out: list[str] = []
    for chunk in re.findall(r"[A-Za-z]+|\d+", part):
        if chunk.isdigit():
            out.append(en_digits(chunk))
        elif chunk.lower() in _WORDS_SAID or (len(chunk) > 3 and re.search(r"[aeiouy]", chunk, re.I)):
            out.append(chunk)
        else:
            out.append(" ".join(chunk))
    return " ".join(out)


def say_address(m: re.Match[str], text: str) -> str:
    out: list[str] = []
    for piece in re.split(r"([.\-_/@:?=&~])", m.group()):
        if not piece:
            continue
        out.append(_SEPARATORS[piece] if piece in _SEPARATORS else spell_part(piece))
    return " ".join(o for o in out if o)


def _is_phone(digits: str, text: str, start: int) -> bool:
    if digits in HOTLINES or (len(digits) == 11 and digits.startswith("1")) or len(digits) >= 7:
        return True
    before = text[max(0, start - 24) : start].lower()
    words = re.findall(r"[a-z]+", before)
    return bool(words) and any(w in PHONE_WORDS for w in words[-3:])


_PRICE_BEFORE = re.compile(
    r"\b(?:was|only|just|price|prices|priced|costs?|total|pay|paid)\s*[:：]?\s*$", re.IGNORECASE
)
_YEAR_BEFORE = re.compile(rf"\b(?:in|since|from|year|of|by|{MONTHS})\s*,?\s*$")


def say_int(m: re.Match[str], text: str) -> str:
    digits = m.group()
    after, before = text[m.end() :], text[: m.start()]
    n = int(digits)
    if digits.startswith("0") and len(digits) > 1:
        return en_digits(digits)
    if len(digits) == 4 and 1900 <= n <= 2099 and _YEAR_BEFORE.search(before):
        return en_year(n)  # in 2008, since September 2025
    if len(digits) <= 2:
        return en_int(n)
    if len(digits) <= 6 and _PRICE_BEFORE.search(before):
        return en_int(n)
    if digits in HOTLINES:
        return en_digits(digits)
    if len(digits) >= 7 or re.search(r"\b(?:room|flat|apartment|suite)\s*$", before, re.IGNORECASE):
        return en_digits(digits)  # 13800138000; room 203: two zero three
    if _UNIT_AFTER.match(after) or _QUANTITY_BEFORE.search(before):
        return en_int(n)
    if len(digits) == 3 and not _is_phone(digits, text, m.start()):
        return en_int(n)
    return en_digits(digits)


def say_measure(m: re.Match[str], text: str) -> str:
    number = m.group("ms_n")
    unit = UNIT_WORDS[m.group("ms_u")]
    return en_number(number) + " " + unit + ("" if number == "1" else "s")


def say_ordinal(m: re.Match[str], text: str) -> str:
    return en_ordinal(int(m.group("ord_n")))


CURRENCY_SIGNS = {"¥": "yuan", "￥": "yuan", "$": "dollar", "£": "pound", "€": "euro"}


def say_amount(m: re.Match[str], text: str) -> str:
    """¥12.50 / 12.50 yuan -> twelve yuan fifty; $12.50 -> twelve dollars fifty; £3 -> three pounds."""
    if m.group("amt_n") is not None:
        return en_money(m.group("amt_n"), CURRENCY_SIGNS[m.group("amt_s")])
    word = m.group("amt_w").lower()
    return en_money(m.group("amt_n2"), word[:-1] if word.endswith("s") else word)


def say_percent_range(m: re.Match[str], text: str) -> str:
    """10%-20% and 10-20% -> ten to twenty percent."""
    return en_number(m.group("pr_a")) + " to " + en_number(m.group("pr_b")) + " percent"


def say_decimal(m: re.Match[str], text: str) -> str:
    return en_number(m.group())


def say_percent(m: re.Match[str], text: str) -> str:
    return en_number(m.group("pct_n")) + " percent"


def say_range(m: re.Match[str], text: str) -> str:
    ap = m.group("rng_ap")
    return (
        en_number(m.group("rng_a"))
        + " to "
        + en_number(m.group("rng_b"))
        + (" " + " ".join(ap) if ap else "")
    )


def say_clock(m: re.Match[str], text: str) -> str:
    h, mm = m.group("clk_h"), int(m.group("clk_m"))
    suffix = (m.group("clk_ap") or "").lower().replace(".", "").strip()
    near = text[max(0, m.start() - 3) : m.start()] + text[m.end() : m.end() + 3]
    if (h.startswith("0") or "/" in near) and not suffix:  # 01:05, 0:04: a length of time
        minutes = int(h)
        parts = []
        if minutes:
            parts.append(en_int(minutes) + (" minute" if minutes == 1 else " minutes"))
        if mm or not minutes:
            parts.append(en_int(mm) + (" second" if mm == 1 else " seconds"))
        return " ".join(parts)
    if int(h) > 12 and not suffix:  # 17:30 -> five thirty p m: the 24-hour clock as English speakers say it
        h, suffix = str(int(h) - 12), "pm"
    hour = en_int(int(h))
    said = hour + (" o'clock" if mm == 0 and not suffix else "" if mm == 0 else
                   " oh " + EN_DIGITS[mm] if mm < 10 else " " + en_int(mm))  # fmt: skip
    return said + (" " + " ".join(suffix) if suffix else "")


def say_hour(m: re.Match[str], text: str) -> str:
    suffix = m.group("hr_ap").lower().replace(".", "")
    return en_int(int(m.group("hr_n"))) + " " + " ".join(suffix)


def say_day_month(m: re.Match[str], text: str) -> str:
    month = _MONTH_FULL.get(m.group("dm_m")[:3].lower(), m.group("dm_m"))
    year = m.group("dm_y")
    return f"the {en_ordinal(int(m.group('dm_d')))} of {month}" + (f" {en_year(int(year))}" if year else "")


def say_month_day(m: re.Match[str], text: str) -> str:
    month = _MONTH_FULL.get(m.group("md_m")[:3].lower(), m.group("md_m"))
    return f"{month} {en_ordinal(int(m.group('md_d')))}"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # fmt: skip


def say_numeric_date(m: re.Match[str], text: str) -> str:
    """2025-01-01 and 01/03/2025 (day first, as in Britain and China) -> the first of March twenty twenty-five."""
    y, mo, d = (m.group("nd_y"), m.group("nd_m"), m.group("nd_d")) if m.group("nd_y") else (
        m.group("nd_y2"), m.group("nd_m2"), m.group("nd_d2"))  # fmt: skip
    return f"the {en_ordinal(int(d))} of {_MONTH_NAMES[int(mo) - 1]} {en_year(int(y))}"


_TIME = r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:[ap]m|[ap]\.m\.)(?![a-z]))?|(?:1[0-2]|[1-9])\s*(?:[ap]m|[ap]\.m\.)(?![a-z]))"
_ONE_TIME = re.compile(_TIME)


def say_time_range(m: re.Match[str], text: str) -> str:
    """8:00-17:30 -> eight a m to five thirty p m; 8am-5pm (engines say nothing for the dash)."""
    first, second = (t.group() for t in _ONE_TIME.finditer(m.group()))
    a, b = (normalise(t, "en", rules=RULES).text for t in (first, second))
    if b.endswith(" p m") and a.endswith(" o'clock") and int(first.split(":")[0]) < 12:
        a = a[: -len(" o'clock")] + " a m"  # a morning hour before a 24-hour afternoon one
    elif b.endswith(" p m") and ":" in first and int(first.split(":")[0]) < 12 and not a.endswith(" m"):
        a += " a m"
    return a + " to " + b


def say_temperature(m: re.Match[str], text: str) -> str:
    """18–27 °C -> eighteen to twenty-seven degrees; -3°C -> minus three degrees."""

    def one(sign: str | None, n: str) -> str:
        return ("minus " if sign else "") + en_number(n)

    said = one(m.group("tmp_sa"), m.group("tmp_a"))
    if m.group("tmp_b") is not None:
        said += " to " + one(m.group("tmp_sb"), m.group("tmp_b"))
    last = m.group("tmp_b") or m.group("tmp_a")
    return said + (" degree" if last == "1" else " degrees")


def say_elapsed(m: re.Match[str], text: str) -> str:
    """A player's 03:20 / 15:00 -> three minutes twenty seconds of fifteen minutes (not "slash")."""
    a, b = (say_clock(t, text) for t in _CLOCK_PARTS.finditer(text, m.start(), m.end()))
    return a + " of " + b


_CLOCK_PARTS = re.compile(r"(?P<clk_h>[01]?\d|2[0-3]):(?P<clk_m>[0-5]\d)(?P<clk_ap>)")


def say_groups(m: re.Match[str], text: str) -> str:
    groups = re.findall(r"\d+|\*+|[xX]+", m.group())
    said = [en_digits(g) if g[0].isdigit() else ("x " if g[0] in "xX" else "star ") * len(g) for g in groups]
    return ", ".join(s.strip() for s in said)


def say_commas(m: re.Match[str], text: str) -> str:
    return en_number(m.group())


def say_latin(m: re.Match[str], text: str) -> str | None:
    token = m.group()
    if token in LATIN_WORDS:
        return LATIN_WORDS[token]
    if re.search(r"\d", token) or "_" in token:  # garden2508, Home-2508, IMG_0101: as one would spell it
        return say_address(m, text)
    return None


def say_file(m: re.Match[str], text: str) -> str:
    return say_address(m, text)


def say_symbol(m: re.Match[str], text: str) -> str:
    return SYMBOLS[m.group()]


def _keep(m: re.Match[str], text: str) -> None:
    return None


def say_silent(m: re.Match[str], text: str) -> str:
    return ""


RULES = RuleSet(
    [
        ("placeholder", r"\{[A-Za-z_]+\}", _keep),
        ("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", say_address),
        (
            "url",
            rf"(?:https?://)?(?:[A-Za-z0-9-]+\.)+{TLDS}(?![A-Za-z0-9-])(?:/[A-Za-z0-9_./?=&%-]*)?",
            say_address,
        ),
        ("file", rf"[A-Za-z0-9_-]+\.{FILE_EXTS}(?![A-Za-z0-9])", say_file),
        (
            "numeric_date",
            r"(?<![\d/.-])(?:(?P<nd_y>(?:19|20)\d\d)[-/.](?P<nd_m>0?[1-9]|1[0-2])[-/.](?P<nd_d>0?[1-9]|[12]\d|3[01])"
            r"|(?P<nd_d2>0?[1-9]|[12]\d|3[01])/(?P<nd_m2>0?[1-9]|1[0-2])/(?P<nd_y2>(?:19|20)\d\d))(?![\d/.-]*\d)",
            say_numeric_date,
        ),
        (
            "elapsed",
            r"(?<![\d.])(?:[01]?\d|2[0-3]):[0-5]\d\s*/\s*(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)",
            say_elapsed,
        ),
        ("time_range", rf"(?<![\d.:]){_TIME}\s*[-–—~]\s*{_TIME}(?!\d)", say_time_range),
        (
            "clock",
            r"(?<![\d.])(?P<clk_h>[01]?\d|2[0-3]):(?P<clk_m>[0-5]\d)(?!\d)"
            r"(?:\s*(?P<clk_ap>[ap]m|[ap]\.m\.)(?![a-z]))?",
            say_clock,
        ),
        ("hour", r"(?<![\d.:])(?P<hr_n>1[0-2]|[1-9])\s*(?P<hr_ap>[ap]m|[ap]\.m\.)(?![a-z])", say_hour),
        (
            "measure",
            r"(?<![\d.])(?P<ms_n>\d+(?:\.\d+)?)\s*(?P<ms_u>km|cm|ml|kg|min|mins|MB|KB|GB|hrs|[mlgsh])\b",
            say_measure,
        ),
        (
            "day_month",
            rf"(?<!\d)(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{MONTHS})\b(?:,?\s+(?P<dm_y>\d{{4}})\b)?",
            say_day_month,
        ),
        ("month_day", rf"\b(?P<md_m>{MONTHS})\s+(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:)", say_month_day),
        (
            "temperature",
            r"(?:(?<![\w.])(?P<tmp_sa>[-−]))?(?P<tmp_a>\d+(?:\.\d+)?)(?:\s*(?:°C?|℃))?"
            r"(?:\s*(?:[-~—–]|\bto\b)\s*(?P<tmp_sb>[-−])?(?P<tmp_b>\d+(?:\.\d+)?))?\s*(?:°C?|℃)",
            say_temperature,
        ),
        (
            "groups",
            r"(?<![\d.])(?:\d{3,}|[*xX]{2,})(?:(?:[ \-]|(?<=\d)(?=[*xX])|(?<=[*xX])(?=\d))(?:\d{3,}|[*xX]{2,}))+"
            r"(?![\d.])",
            say_groups,
        ),
        (
            "amount",
            r"(?P<amt_s>[¥￥$£€])\s?(?P<amt_n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"|(?P<amt_n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<amt_w>yuan|dollars?|pounds?|euros?)\b",
            say_amount,
        ),
        (
            "percent_range",
            r"(?<![\d.])(?P<pr_a>\d+(?:\.\d+)?)\s*(?:%|per ?cent)?\s*(?:[-–—~]|\bto\b)\s*"
            r"(?P<pr_b>\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)",
            say_percent_range,
        ),
        ("percent", r"(?P<pct_n>\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)", say_percent),
        (
            "range",
            r"(?<![\d.])(?P<rng_a>\d+(?:\.\d+)?)\s*[-–—~]\s*(?P<rng_b>\d+(?:\.\d+)?)(?![\d.])"
            r"(?:\s*(?P<rng_ap>[ap]m)\b)?",
            say_range,
        ),
        ("ordinal", r"\b(?P<ord_n>\d+)(?:st|nd|rd|th)\b", say_ordinal),
        ("commas", r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)", say_commas),
        ("decimal", r"(?<![\d.])\d+\.\d+(?!\d|\.\d)", say_decimal),
        ("latin", r"[A-Za-z][A-Za-z0-9]*(?:[-_'][A-Za-z0-9]+)*", say_latin),
        ("integer", r"\d+", say_int),
        ("symbol", r"[×+=@#%·¥￥&]", say_symbol),
        ("silent", rf"[{SILENT}]", say_silent),
    ]
)


def say_reading(r: Reading, shown: str) -> str:
    """A ``[[shown|=keyword]]`` reading in English."""
    kind = r.keyword
    if kind in ("phone", "digits"):
        groups = re.findall(r"\d+", shown)
        return ", ".join(en_digits(g) for g in groups) if groups else " ".join(shown)
    if kind == "number":
        number = re.search(r"\d[\d,]*(?:\.\d+)?", shown)
        return en_number(number.group()) if number else shown
    if kind == "spell":
        return " ".join(
            EN_DIGITS[int(ch)] if ch.isdigit() else _SEPARATORS.get(ch, ch) for ch in shown if ch.strip()
        )
    return shown
