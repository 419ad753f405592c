"""What to practise after a lesson whose practical steps are not passed yet: kind words, one line per
step, saying which step and what to do there (``trainer.domain.assessment`` decides the status)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from trainer.domain.assessment import SKIPPED, TRAP, PracticalResult

translate = QCoreApplication.translate


def advice_line(result: PracticalResult, number: int) -> str:
    """One step to practise, by its number in the lesson ("Step 5 of 9" in the player)."""
    n = str(number)
    if result.status == SKIPPED:
        return translate(
            "Lessons",
            "Step %1 is a practice that was left out. Do it once: it is only practice, nothing can go wrong.",
        ).replace("%1", n)
    if result.status == TRAP:
        return translate(
            "Lessons",
            "In step %1 you pressed a button that would be dangerous in real life, such as paying a stranger. "
            "Go through it once more and leave that button alone.",
        ).replace("%1", n)
    if result.kind == "simulation":
        return translate("Lessons", "Step %1 is a practice app: do all its tasks, to the end.").replace(
            "%1", n
        )
    return translate(
        "Lessons",
        "Step %1 is a practice: do all its rounds, calmly, until at least half of your tries are right.",
    ).replace("%1", n)


def advice_text(to_practise: Sequence[PracticalResult], numbers: Mapping[str, int]) -> str:
    if not to_practise:
        return ""
    lines = [translate("Lessons", "To finish this lesson, practise once more:")]
    lines += [advice_line(r, numbers.get(r.step_id, 0)) for r in to_practise]
    return "\n".join(lines)


def practise_label(number: int) -> str:
    return translate("Lessons", "Practise step %1 now").replace("%1", str(number))


def placement_reasons(advice, tier_name) -> list[str]:
    """Why the placement check suggests its tier, in plain words (``advice``: ``PlacementAdvice``;
    ``tier_name``: the tier's name as the home screen says it)."""
    from trainer.domain.placement import ALL_WELL, WEAK_TASKS
    from trainer.domain.tiers import TIERS

    lines: list[str] = []
    if advice.tasks and advice.reason == WEAK_TASKS:
        lines.append(
            translate(
                "Lessons",
                "The tasks with the mouse and the keyboard are not easy yet (%1 of %2 went well). "
                "The basic level practises them step by step, so that is the place to start.",
            )
            .replace("%1", str(advice.tasks_done))
            .replace("%2", str(advice.tasks))
        )
        return lines
    if advice.tasks:
        lines.append(
            translate("Lessons", "The tasks with the mouse and the keyboard went well (%1 of %2).")
            .replace("%1", str(advice.tasks_done))
            .replace("%2", str(advice.tasks))
        )
    for tier in TIERS:
        if tier in advice.right:
            got, total = advice.right[tier]
            lines.append(
                translate("Lessons", "Questions on the %1 level: %2 of %3 right at the first try.")
                .replace("%1", tier_name(tier))
                .replace("%2", str(got))
                .replace("%3", str(total))
            )
    if advice.reason == ALL_WELL:
        lines.append(translate("Lessons", "Everything went well, so the highest level suits you."))
    else:
        lines.append(
            translate("Lessons", "The %1 level starts where the questions became harder for you.").replace(
                "%1", tier_name(advice.tier)
            )
        )
    return lines
