"""Numbers as words, the way people say them, in Chinese and English. Pure functions, no rules of context.

Context (is "110" a price or a hotline?) is decided in ``speech_zh`` / ``speech_en``; this module only
says a number once that is known: as a quantity (一千二百五十, one thousand two hundred and fifty), digit
by digit (九六幺幺零, nine six one one zero), as a decimal, or as an ordinal.
"""

from __future__ import annotations

ZH_DIGITS = "零一二三四五六七八九"
ZH_PHONE_DIGITS = "零幺二三四五六七八九"  # in phone numbers and hotlines 1 is 幺, so it is never heard as 七
_ZH_SMALL_UNITS = ("", "十", "百", "千")
_ZH_BIG_UNITS = ("", "万", "亿", "万亿")

EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_BIG = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_EN_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
    "twelve": "twelfth",
}  # fmt: skip


def zh_digits(digits: str, phone: bool = False) -> str:
    """Digit by digit: 2580 -> 二五八零; with ``phone`` 1 is 幺 (96110 -> 九六幺幺零)."""
    table = ZH_PHONE_DIGITS if phone else ZH_DIGITS
    return "".join(table[int(d)] if d.isdigit() else d for d in digits)


def _zh_four(n: int) -> str:
    """0 < n < 10000, with inner zeros as 零 (1050 -> 一千零五十)."""
    out, zero = [], False
    for i in range(3, -1, -1):
        d = n // 10**i % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(ZH_DIGITS[d] + _ZH_SMALL_UNITS[i])
    return "".join(out)


def zh_int(n: int) -> str:
    """A whole number as a quantity: 12 -> 十二, 1250 -> 一千二百五十, 50000 -> 五万, 105 -> 一百零五."""
    if n == 0:
        return "零"
    if n < 0:
        return "负" + zh_int(-n)
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_ZH_BIG_UNITS):
        return zh_digits(str(sum(g * 10000**i for i, g in enumerate(groups))))
    out, zero = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            zero = True
            continue
        if out and (zero or g < 1000):
            out += "零"
        out += _zh_four(g) + _ZH_BIG_UNITS[i]
        zero = False
    if out.startswith("一十"):
        out = out[1:]  # 十二, not 一十二 (but 一百一十 keeps its 一)
    if out[:2] in ("二千", "二万", "二亿"):
        out = "两" + out[1:]  # 两万, 两千: as people say it (二百 and 二十 stay)
    return out


def zh_number(text: str) -> str:
    """A number as written (commas, a decimal point) as a quantity: 8,620.00 -> 八千六百二十, 12.5 -> 十二点五.

    Trailing zeros after the point are dropped (¥59.00 is 五十九元).
    """
    text = text.replace(",", "").replace("，", "")
    whole, _, frac = text.partition(".")
    out = zh_int(int(whole or "0"))
    frac = frac.rstrip("0")
    return out + ("点" + zh_digits(frac) if frac else "")


def en_int(n: int) -> str:
    """A whole number in British English words: 1250 -> one thousand two hundred and fifty."""
    if n < 0:
        return "minus " + en_int(-n)
    if n < 10:
        return EN_DIGITS[n]
    if n < 20:
        return _EN_TEENS[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _EN_TENS[tens] + ("-" + EN_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return EN_DIGITS[hundreds] + " hundred" + (" and " + en_int(rest) if rest else "")
    for size, word in _EN_BIG:
        if n >= size:
            high, rest = divmod(n, size)
            tail = ""
            if rest:
                tail = (" and " if rest < 100 else " ") + en_int(rest)
            return f"{en_int(high)} {word}{tail}"
    raise AssertionError("unreachable")


def en_digits(digits: str) -> str:
    """Digit by digit: 96110 -> nine six one one zero (other characters are left out)."""
    return " ".join(EN_DIGITS[int(d)] for d in digits if d.isdigit())


def en_number(text: str) -> str:
    """A quantity as written: 8,620.00 -> eight thousand six hundred and twenty; 1.7 -> one point seven."""
    text = text.replace(",", "")
    whole, _, frac = text.partition(".")
    out = en_int(int(whole or "0"))
    frac = frac.rstrip("0")
    return out + (" point " + en_digits(frac) if frac else "")


# Currencies said in English: (one unit, many units, one hundredth, many hundredths). Yuan: "twelve yuan
# fifty"; dollars, pounds and euros as people say prices: "twelve dollars fifty", "fifty pence".
EN_CURRENCIES = {
    "yuan": ("yuan", "yuan", "fen", "fen"),
    "dollar": ("dollar", "dollars", "cent", "cents"),
    "pound": ("pound", "pounds", "penny", "pence"),
    "euro": ("euro", "euros", "cent", "cents"),
}


def en_money(text: str, unit: str = "yuan") -> str:
    """12.50 -> twelve yuan fifty; 59.00 -> fifty-nine yuan; 0.50 -> fifty fen; $1 -> one dollar;
    £12.05 -> twelve pounds oh five; 0.50 pounds -> fifty pence."""
    one, many, small_one, small_many = EN_CURRENCIES.get(unit, (unit, unit, "", ""))
    text = text.replace(",", "")
    whole, _, frac = text.partition(".")
    frac = (frac + "00")[:2] if frac else "00"
    amount = int(whole or "0")
    units = one if amount == 1 else many
    if frac == "00":
        return f"{en_int(amount)} {units}"
    if amount == 0:
        hundredths = int(frac)
        return f"{en_int(hundredths)} {small_one if hundredths == 1 else small_many}"
    cents = en_int(int(frac)) if frac[0] != "0" else "oh " + EN_DIGITS[int(frac[1])]
    return f"{en_int(amount)} {units} {cents}"


def en_ordinal(n: int) -> str:
    """1 -> first, 22 -> twenty-second, 8 -> eighth."""
    words = en_int(n)
    head, sep, last = words.rpartition("-") if "-" in words.split()[-1] else words.rpartition(" ")
    if last in _EN_ORDINAL_WORDS:
        last = _EN_ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def en_year(n: int) -> str:
    """1956 -> nineteen fifty-six, 2008 -> two thousand and eight, 2024 -> twenty twenty-four."""
    if 2000 <= n < 2010:
        return en_int(n)
    high, low = divmod(n, 100)
    if low == 0:
        return en_int(high) + " hundred"
    return en_int(high) + " " + (en_int(low) if low >= 10 else "oh " + EN_DIGITS[low])
