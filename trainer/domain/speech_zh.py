"""Chinese text as people say it: hotlines digit by digit with 幺, prices with 元, times, dates, addresses.

Every Arabic digit and every Latin letter is turned into words here, so the engine never reads a phone
number as a quantity (96110 is 九六幺幺零, never 九万六千一百一十) and never guesses at English.
"""

from __future__ import annotations

import re

from trainer.domain.speech_markup import Reading
from trainer.domain.speech_normalise import RuleSet, normalise
from trainer.domain.speech_numbers import zh_digits, zh_int, zh_number

# Emergency numbers and public-service hotlines: always digit by digit, 1 as 幺.
_HOTLINES = """110 119 120 122 999 12110 12121 12306 12315 12316 12319 12320 12329 12333 12338 12345 12348
12351 12355 12358 12365 12366 12369 12377 12378 12381 12388 12393 12395 96110 95119"""
HOTLINES = frozenset(_HOTLINES.split())
# Words just before a number that make it something to dial (1 as 幺) or to key in (1 as 一). The strong
# ones win over a unit after the number ("密码 2580 只在这里用" is a code, not 2580 animals).
PHONE_WORDS = ("电话", "热线", "专线", "号码", "手机", "来电", "尾号", "账号", "卡号", "打", "拨", "来自",
               "报警", "致电", "呼叫", "咨询", "举报", "投诉", "联系")  # fmt: skip
STRONG_PHONE_WORDS = PHONE_WORDS[:8]
CODE_WORDS = ("密码", "验证码", "编号", "代码", "口令", "单号", "取件码", "门牌号", "邮编")
# Units after a number that make it a quantity (longest first within the alternation is not needed:
# each is tried at the same place and any match means "quantity").
QUANTITY_UNITS = (
    "元|块|角|毛|分钱|万|千|百|亿|岁|天|日|月|年|周|星期|个|位|张|条|次|件|份|本|瓶|盒|箱|只|双|公斤|斤|"
    "千克|克|毫升|升|公里|厘米|米|楼|层|号|路|点|分钟|分|秒|小时|人|户|家|名|遍|步|页|行|课|群|倍|度|"
    "兆|多|余|来|左右|以上|以下|以内|上下|种|项|杯|单元|期|届|字|首|集|部|台|所|节|道|题|章|段|句|级|℃|°C|"
    "MB|KB|GB|TB|G\\b|M\\b|K\\b|[×x]"
)
_UNIT_AFTER = re.compile(rf"\s*(?:{QUANTITY_UNITS})")
_ROOM_AFTER = re.compile(r"\s*(?:室|房间|房|诊室|号房)")
_LIANG_BEFORE = re.compile(
    r"\s*(?:个|位|张|条|次|天|件|份|本|瓶|盒|箱|只|双|公斤|斤|千克|公里|块|万|千|百|亿|分钟|小时|周|种|项|"
    r"杯|遍|步|倍|年|岁|人|家|户|名|点|MB|兆|台|所|节|道|句)"
)
_YEAR_AFTER = re.compile(r"\s*年")
# Words just before a number that make it an amount even without 元 after it ("原价 999，今天只要 99").
PRICE_WORDS = ("原价", "价格", "售价", "现价", "标价", "只要", "仅需", "仅要", "只需", "一共", "共计", "合计", "总共",
               "花了", "收费", "价")  # fmt: skip
LATIN_WORDS = {
    "wifi": "歪费", "wi-fi": "歪费", "mb": "兆", "gb": "G", "app": "A P P", "apps": "A P P",
    "windows": "温斗斯", "wechat": "微信",
}  # fmt: skip
SYMBOLS = {"×": "乘", "+": "加", "＋": "加", "=": "等于", "＝": "等于", "@": "艾特", "#": "井号", "＃": "井号",
           "%": "百分号", "·": "，", "¥": "人民币符号", "￥": "人民币符号"}  # fmt: skip
SILENT = "*＊\u2016\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27ff\u2b00-\u2bff"  # arrows, shapes, ‖
_SEPARATORS = {".": "点", "-": "杠", "_": "下划线", "/": "斜杠", "@": "艾特", ":": "冒号", "?": "问号",
               "=": "等于", "&": "和", "~": "波浪号"}  # fmt: skip
# The last part of a web address (gov.cn, gov.uk, example.com): what makes a word.word an address to
# spell. Common ones and the countries lessons and learners meet; not every two-letter country (li, is,
# me... are words too often).
TLDS = (
    r"(?:cn|com|net|org|gov|edu|info|top|xyz|mil|int|uk|us|hk|mo|tw|sg|jp|kr|de|fr|au|nz|ca|eu|io|app|"
    r"vip|shop|site|online|biz|cc|tv|ai)"
)
FILE_EXTS = r"(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|pptx?|wps|txt|mp3|mp4|wav|zip|rar|apk|exe)"


def spell(token: str, phone: bool = False) -> str:
    """Letter by letter, digits one by one, separators as words: gov.cn -> g o v 点 c n."""
    out: list[str] = []
    for ch in token:
        if ch.isascii() and ch.isalpha():
            out.append(ch)
        elif ch.isdigit():
            out.append(zh_digits(ch, phone))
        elif ch in _SEPARATORS:
            out.append(_SEPARATORS[ch])
        elif ch.strip():
            out.append(ch)
    return _join(out)


def _join(parts: list[str]) -> str:
    """Spaces between Latin letters (so each is said as a letter), none between Chinese words."""
    text = ""
    for p in parts:
        if text and (p.isascii() or text[-1].isascii()):
            text += " "
        text += p
    return text


def _before(text: str, start: int, size: int = 8) -> str:
    return re.sub(r"[\s:：“”\"'（）()]", "", text[max(0, start - size) : start])


def _after_word(text: str, start: int, words: tuple[str, ...]) -> bool:
    before = _before(text, start)
    return any(w in before[-6:] for w in words)


def _is_phone(digits: str, text: str, start: int) -> bool:
    if digits in HOTLINES or (len(digits) == 11 and digits.startswith("1")) or len(digits) in (17, 18):
        return True
    if digits.startswith(("400", "800")) and len(digits) == 10:
        return True
    if digits.startswith("95") and len(digits) == 5:
        return True  # banks' and companies' service numbers
    before = _before(text, start)
    return any(before.endswith(w) or w in before[-6:] for w in PHONE_WORDS)


def say_int(m: re.Match[str], text: str) -> str:
    digits = m.group()
    after = text[m.end() :]
    if len(digits) == 4 and _YEAR_AFTER.match(after):
        return zh_digits(digits)  # 2024 年: 二零二四年
    if len(digits) >= 3 and _ROOM_AFTER.match(after):
        return zh_digits(digits)  # 203 室: 二零三室
    before = _before(text, m.start(), 6)
    is_quantity = bool(_UNIT_AFTER.match(after)) or before.endswith("第") or before.endswith(PRICE_WORDS)
    if len(digits) >= 3 and _after_word(text, m.start(), STRONG_PHONE_WORDS + CODE_WORDS):
        is_quantity = False
    if before.endswith(PRICE_WORDS) and len(digits) <= 8:
        return zh_int(int(digits))  # 原价 999：a price, not the 999 hotline
    if len(digits) >= 3 and digits not in HOTLINES and not (digits.startswith("0") and len(digits) > 1):
        if is_quantity:
            return zh_int(int(digits))
    elif len(digits) <= 2 and not digits.startswith("0"):
        n = int(digits)
        if n == 2 and _LIANG_BEFORE.match(after) and not _before(text, m.start(), 3).endswith("第"):
            return "两"  # a count (两个, 两天); after 第 it is an order (第二步)
        return zh_int(n)
    return zh_digits(digits, phone=_is_phone(digits, text, m.start()))


CURRENCY_SIGNS = {"¥": "元", "￥": "元", "$": "美元", "£": "英镑", "€": "欧元"}


def say_amount(m: re.Match[str], text: str) -> str:
    number = m.group("amt_n") or m.group("amt_n2")
    unit = m.group("amt_u") or CURRENCY_SIGNS[m.group("amt_s")]
    words = zh_number(number)
    if words == "二" and unit in ("块", "元", "万"):
        words = "两"
    return words + unit


def say_decimal(m: re.Match[str], text: str) -> str:
    return zh_number(m.group())


def say_percent(m: re.Match[str], text: str) -> str:
    return "百分之" + zh_number(m.group("pct_n"))


def say_percent_range(m: re.Match[str], text: str) -> str:
    """10%-20% and 10-20% -> 百分之十到百分之二十."""
    return "百分之" + zh_number(m.group("pr_a")) + "到百分之" + zh_number(m.group("pr_b"))


def say_range(m: re.Match[str], text: str) -> str:
    return zh_number(m.group("rng_a")) + "到" + zh_number(m.group("rng_b"))


def say_temperature(m: re.Match[str], text: str) -> str:
    """18～27℃ -> 十八到二十七度, -3°C -> 零下三度 (the engine says nothing for ℃ and the minus)."""

    def one(sign: str | None, n: str) -> str:
        return ("零下" if sign else "") + ("两" if n == "2" else zh_number(n))  # 零下两度

    said = one(m.group("tmp_sa"), m.group("tmp_a"))
    if m.group("tmp_b") is not None:
        said += "到" + one(m.group("tmp_sb"), m.group("tmp_b"))
    return said + "度"


def say_clock(m: re.Match[str], text: str) -> str:
    h, mm = m.group("clk_h"), int(m.group("clk_m"))
    near = text[max(0, m.start() - 3) : m.start()] + text[m.end() : m.end() + 3]
    if h.startswith("0") or "/" in near:  # 00:12, 01:05, 0:04, 3:20 / 15:00: how long, not what time
        minutes = int(h)
        out = (zh_int(minutes) + ("分" if mm else "分钟")) if minutes else ""
        if mm:
            out += ("零" if minutes and mm < 10 else "") + zh_int(mm) + "秒"
        return out or "零秒"
    hour = "两" if int(h) == 2 else zh_int(int(h))
    if mm == 0:
        return hour + "点"
    if mm == 30:
        return hour + "点半"
    return hour + "点" + ("零" if mm < 10 else "") + zh_int(mm) + "分"


_CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d"
_TIME_OF_DAY = re.compile(rf"{_CLOCK}|\d{{1,2}}点")


def say_time_range(m: re.Match[str], text: str) -> str:
    """8:00-17:30 and 8点-10点 -> 八点到十七点半 (the engine says nothing for the dash)."""
    a, b = (normalise(t.group(), "zh_CN", rules=RULES).text for t in _TIME_OF_DAY.finditer(m.group()))
    return a + "到" + b


def say_elapsed(m: re.Match[str], text: str) -> str:
    """A player's 03:20 / 15:00 -> 三分二十秒，共十五分钟 (the engine said "slash" in English)."""
    a, b = (say_clock(t, text) for t in _CLOCK_PARTS.finditer(text, m.start(), m.end()))
    return a + "，共" + b


_CLOCK_PARTS = re.compile(r"(?P<clk_h>[01]?\d|2[0-3])[:：](?P<clk_m>[0-5]\d)")


def say_date(m: re.Match[str], text: str) -> str:
    return zh_digits(m.group("date_y")) + "年" + zh_int(int(m.group("date_m"))) + "月" + \
        zh_int(int(m.group("date_d"))) + "日"  # fmt: skip


def say_groups(m: re.Match[str], text: str) -> str:
    """0531-1234 5678, 6222 **** **** 1234, 138****8000: group by group, a short pause between."""
    groups = re.findall(r"\d+|[*＊]+|[xX]+", m.group())
    said = [
        zh_digits(g, phone=True) if g[0].isdigit() else ("叉" if g[0] in "xX" else "星") * len(g)
        for g in groups
    ]
    return "，".join(said)


def say_commas(m: re.Match[str], text: str) -> str:
    return zh_number(m.group())


def say_latin(m: re.Match[str], text: str) -> str:
    token = m.group()
    known = LATIN_WORDS.get(token.lower())
    if known is not None:
        return known
    return spell(token)


def say_address(m: re.Match[str], text: str) -> str:
    return spell(m.group())


def say_file(m: re.Match[str], text: str) -> str:
    name, _, ext = m.group().rpartition(".")
    return spell(name) + " 点 " + spell(ext)


def say_symbol(m: re.Match[str], text: str) -> str:
    sym = m.group()
    if sym in "=＝" and not re.match(r"\s*\d", text[m.end() :]):
        return "等号"  # 按“=”翻页: the key, not an equation
    return SYMBOLS[sym]


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
        ("file", rf"[A-Za-z0-9_\u4e00-\u9fff-]+\.{FILE_EXTS}(?![A-Za-z0-9])", say_file),
        ("date", r"(?<!\d)(?P<date_y>\d{4})[-/.](?P<date_m>\d{1,2})[-/.](?P<date_d>\d{1,2})(?!\d)", say_date),
        ("elapsed", rf"(?<![\d.]){_CLOCK}\s*/\s*{_CLOCK}(?!\d)", say_elapsed),
        (
            "time_range",
            rf"(?<![\d.])(?:{_CLOCK}|\d{{1,2}}点)\s*[-~～—–]\s*(?:{_CLOCK}|\d{{1,2}}点)(?!\d)",
            say_time_range,
        ),
        ("clock", r"(?<![\d.])(?P<clk_h>[01]?\d|2[0-3])[:：](?P<clk_m>[0-5]\d)(?!\d)", say_clock),
        (
            "temperature",
            r"(?:(?<![\w.])(?P<tmp_sa>[-−]))?(?P<tmp_a>\d+(?:\.\d+)?)(?:\s*(?:℃|°C?))?"
            r"(?:\s*[-~～—–至到]\s*(?P<tmp_sb>[-−])?(?P<tmp_b>\d+(?:\.\d+)?))?\s*(?:℃|°C?)",
            say_temperature,
        ),
        (
            "groups",
            r"(?<![\d.])(?:\d{3,}|[*＊xX]{2,})(?:(?:[ \-]|(?<=\d)(?=[*＊xX])|(?<=[*＊xX])(?=\d))"
            r"(?:\d{3,}|[*＊xX]{2,}))+(?![\d.])",
            say_groups,
        ),
        (
            "amount",
            r"(?P<amt_s>[¥￥$£€])\s?(?P<amt_n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"|(?P<amt_n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<amt_u>元|块)",
            say_amount,
        ),
        (
            "percent_range",
            r"(?<![\d.])(?P<pr_a>\d+(?:\.\d+)?)\s*[%％]?\s*[-~～—–至到]\s*(?P<pr_b>\d+(?:\.\d+)?)\s*[%％]",
            say_percent_range,
        ),
        ("percent", r"(?P<pct_n>\d+(?:\.\d+)?)\s*[%％]", say_percent),
        (
            "range",
            rf"(?P<rng_a>\d+(?:\.\d+)?)\s*[-~～—–至]\s*(?P<rng_b>\d+(?:\.\d+)?)(?=\s*(?:{QUANTITY_UNITS}))",
            say_range,
        ),
        ("commas", r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])", say_commas),
        ("decimal", r"(?<![\d.])\d+\.\d+(?!\d|\.\d)", say_decimal),
        ("latin", r"[A-Za-z][A-Za-z0-9]*(?:[-_'][A-Za-z0-9]+)*", say_latin),
        ("integer", r"\d+", say_int),
        ("slash", r"(?<=[“‘\"'「])/(?=[”’\"'」])", lambda m, text: "斜杠"),  # “/” named: not English "slash"
        ("symbol", r"[×+＋=＝@#＃%·¥￥]", say_symbol),
        ("silent", rf"[{SILENT}]", say_silent),
    ]
)


def say_reading(r: Reading, shown: str) -> str:
    """A ``[[shown|=keyword]]`` reading in Chinese."""
    kind = r.keyword
    if kind == "phone":
        return "，".join(zh_digits(g, phone=True) for g in re.findall(r"\d+", shown)) or spell(shown, True)
    if kind == "digits":
        return spell(shown)
    if kind == "number":
        number = re.search(r"\d[\d,]*(?:\.\d+)?", shown)
        return zh_number(number.group()) if number else shown
    if kind == "spell":
        return spell(shown)
    return shown
