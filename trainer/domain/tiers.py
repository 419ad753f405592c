"""The three tiers of digital skills (after UNESCO's lifelong-learning work)."""

from __future__ import annotations

from dataclasses import dataclass

TIERS = ("basic", "intermediate", "advanced")


@dataclass(frozen=True)
class TierProgress:
    tier: str
    mastered: int
    total: int

    @property
    def fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0
