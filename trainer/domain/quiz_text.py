"""Words for showing a quiz's right answer to someone who did not choose it.

A choice's feedback is written for the learner who chose it ("That's right! A double-click opens
it."). Shown beside the right answer after a second wrong try, its opening praise would contradict
the screen ("Not quite" followed by "That's right"). A question may carry its own ``explanation``
for that moment; when it does not, the right choice's feedback is used without its praise."""

from __future__ import annotations

import re

_PRAISE = {
    "zh": re.compile(
        r"^\s*(?:完全|都)?(?:答对了|说得对|说对了|选对了|对了|没错|正确|这样做很好|很好|真棒|太棒了|好极了|对)"
        r"(?:[，,]\s*(?:就是这样|正是))?\s*[！!，,。.、；;～~]+\s*"
    ),
    "en": re.compile(
        r"^\s*(?:that's right|that is right|that's it|right|yes|correct|well done|exactly|good|great|"
        r"spot on|quite right|good idea)\b\s*[!.,;:]+\s*",
        re.IGNORECASE,
    ),
}


def without_praise(text: str) -> str:
    """``text`` without an opening "Right!" / "对了！" (repeatedly: "Yes! Well done."); the rest unchanged,
    its first letter capitalised. Text that is only praise stays as it is."""
    rest = text
    while True:  # (both languages: an English lesson about pinyin answers in Chinese)
        m = _PRAISE["zh"].match(rest) or _PRAISE["en"].match(rest)
        if m is None or m.end() == 0:
            break
        rest = rest[m.end() :]
    rest = rest.strip()
    if not rest:
        return text.strip()
    return rest[0].upper() + rest[1:]
