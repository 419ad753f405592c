"""The ``own-phone`` step kind: "try it on your own phone", a short checklist a tutor ticks.

lesson.toml: ``items = ["big-text", "scan-no-pay"]`` (1 to 6 ids). Strings: ``intro`` (what to try, read
aloud) and one line per item under ``[steps.<id>.items]``.
"""

from __future__ import annotations

from typing import Any

from trainer.content.steps import StepKind, StepSource, TextOf
from trainer.content.texts import TextSpec
from trainer.domain.lessons import Step
from trainer.domain.observation import MAX_ITEMS, OwnPhoneStep


def _parse(ctx: StepSource) -> Any:
    items = ctx.fields.ids("items", lo=1, hi=MAX_ITEMS, example='["big-text", "scan-no-pay"]')
    return tuple(items) or None


def _texts(items: tuple[str, ...]) -> list[TextSpec]:
    return [TextSpec(("intro",)), *(TextSpec(("items", i), size="label") for i in items)]


def _build(step_id: str, items: tuple[str, ...], t: TextOf) -> Step:
    return OwnPhoneStep(step_id, intro=t(("intro",)), items=tuple((i, t(("items", i))) for i in items))


OWN_PHONE = StepKind(_parse, _texts, _build)
