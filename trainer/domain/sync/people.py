"""Learners across the centre: erasures, merges of duplicates, and who is likely the same person.

Two kinds of fact travel besides the records, and both are kept forever (they hold no personal data,
only ids and times):

- an **erasure** of a learner (a tombstone): the learner and every record of theirs are gone on every
  PC and in the hub, and nothing that arrives later (an old bundle, a PC that was offline) brings them
  back;
- a **merge** (``from_id`` into ``into_id``): the tutor said two tiles are the same person. Every record
  of ``from_id`` then belongs to ``into_id``, wherever and whenever it arrives.

Merges link learners into groups (connected through any merge, whichever PC recorded it). Each group
shows as one learner, its **survivor**: the member no merge points away from. When two PCs merged the
same people in different directions, more than one member (or none) qualifies; the smallest id among
them is taken, so every PC picks the same one.

A group is one person, so erasing any member erases the whole group: an erasure is never undone by a
merge made elsewhere (privacy first). To remove only a duplicate tile, merge it instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trainer.domain.roster import name_key


@dataclass(frozen=True)
class MergeLink:
    from_id: str
    into_id: str


class People:
    """The merge links and erasures known to one replica, answering "whose record is this now?"."""

    def __init__(self, links: Iterable[MergeLink] = (), erased: Iterable[str] = ()) -> None:
        self._out: dict[str, set[str]] = {}
        self._near: dict[str, set[str]] = {}
        self._erased = set(erased)
        for link in links:
            self.add_link(link)

    def add_link(self, link: MergeLink) -> None:
        if link.from_id == link.into_id:
            return
        self._out.setdefault(link.from_id, set()).add(link.into_id)
        self._near.setdefault(link.from_id, set()).add(link.into_id)
        self._near.setdefault(link.into_id, set()).add(link.from_id)

    def add_erased(self, learner_id: str) -> None:
        self._erased.add(learner_id)

    def group(self, learner_id: str) -> set[str]:
        """Everyone linked to ``learner_id`` by merges (including itself)."""
        seen, todo = {learner_id}, [learner_id]
        while todo:
            for other in self._near.get(todo.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen

    def survivor(self, learner_id: str) -> str:
        members = self.group(learner_id)
        if len(members) == 1:
            return learner_id
        kept = [m for m in members if m not in self._out]
        return min(kept or members)

    def is_erased(self, learner_id: str) -> bool:
        if learner_id in self._erased:
            return True
        return bool(self._erased) and any(m in self._erased for m in self.group(learner_id))

    @property
    def erased(self) -> frozenset[str]:
        return frozenset(self._erased)


@dataclass(frozen=True)
class Candidate:
    """One learner as the duplicate check sees them."""

    id: str
    name: str
    birth_year: int | None
    created_at: str = ""


def likely_duplicates(
    learners: Iterable[Candidate], not_same: Iterable[tuple[str, str]] = ()
) -> list[tuple[Candidate, Candidate]]:
    """Pairs that are probably one person registered twice: the same name (case and spaces ignored)
    and the same birth year, or a year missing on either side (as the roster import judges it).
    Pairs a tutor marked as two different people are left out. The older registration comes first."""
    apart = {frozenset(p) for p in not_same}
    by_name: dict[str, list[Candidate]] = {}
    for c in learners:
        by_name.setdefault(name_key(c.name), []).append(c)
    out = []
    for group in by_name.values():
        group.sort(key=lambda c: (c.created_at, c.id))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                same_year = a.birth_year is None or b.birth_year is None or a.birth_year == b.birth_year
                if same_year and frozenset((a.id, b.id)) not in apart:
                    out.append((a, b))
    return sorted(out, key=lambda p: (name_key(p[0].name), p[0].created_at, p[1].created_at))
