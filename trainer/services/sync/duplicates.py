"""Learners registered twice at a centre (on two PCs): the likely pairs, merging a pair, or saying
they are two people. For the sync screen, which reaches storage only through services."""

from __future__ import annotations


def likely_duplicates(db):
    from trainer.storage.sync.store import SyncStore

    return SyncStore(db).likely_duplicates()


def _store(db):
    from trainer.storage.sync.store import SyncStore

    store = SyncStore(db)
    if not store.enabled():
        store.enable()
    return store


def merge_learners(db, keep: str, other: str):
    """Keep ``keep``; everything of ``other`` becomes theirs."""
    return _store(db).merge_learners(keep, other)


def mark_not_same(db, a: str, b: str) -> None:
    """The two are different people: not offered as a pair again."""
    _store(db).mark_not_same(a, b)
