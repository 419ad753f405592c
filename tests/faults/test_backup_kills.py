"""kill -9 during ``backup`` and ``restore``: never a file under a real name that is not a whole,
checked backup (the old 0-byte ``*.sqlite`` that the problem screen offered as "the saved copy"), no
``.partial`` litter after the next backup, and a restore that is all or nothing."""

from __future__ import annotations

import random

import pytest
from harness import copy_home, kills, make_home, rows, run_and_kill

from trainer.storage import backup, verdict
from trainer.storage.db import Database

# each kill starts a child from the fork server, lets it work up to a second or so, then checks two
# disks in full: about a second per case
pytestmark = pytest.mark.slow
KILLS = kills(8)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """3,000 answers and 200 learners: a few MB, so that a kill often lands in the middle of a copy."""
    return make_home(tmp_path_factory.mktemp("big") / "home", learners=200, answers=3000)


def _every_backup_is_whole(folder) -> int:
    """Each ``*.sqlite`` passes the full check; the listing offers all of them. Returns how many."""
    names = sorted(folder.glob("*.sqlite")) if folder.is_dir() else []
    for path in names:
        found = verdict.check_file(path, full=True)
        assert found.ok, f"{path.name}: {found}"
    assert all(b.ok for b in backup.list_backups(folder))
    return len(names)


def _no_partials_after_next_backup(home) -> None:
    backup.keep_backup(home / "trainer.db", home / "backups", "manual")
    assert list((home / "backups").glob("*.partial")) == []
    assert [p.name for p in home.glob("*.partial")] == []


@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_backup_leaves_only_whole_checked_backups(zygote, big, tmp_path, seed):
    home = copy_home(big, tmp_path / "home")
    done = run_and_kill(zygote, "backups", home, tmp_path / "out", random.Random(seed), after=(0.0, 0.6))
    for name in done:
        assert (home / "backups" / name).exists()
    assert _every_backup_is_whole(home / "backups") >= len(done)
    with Database.open_file(home / "trainer.db", home / "backups") as db:
        assert db.check(full=True).ok
    _no_partials_after_next_backup(home)


@pytest.mark.parametrize("seed", range(KILLS))
def test_kill_during_restore_is_all_or_nothing(zygote, big, tmp_path, seed):
    home = copy_home(big, tmp_path / "home")
    sources = tmp_path / "sources"
    few = make_home(tmp_path / "few", learners=3)
    one = backup.make_backup(few / "trainer.db", sources / "three-learners.sqlite")
    many = backup.make_backup(home / "trainer.db", sources / "two-hundred.sqlite")
    done = run_and_kill(
        zygote,
        "restores",
        home,
        tmp_path / "out",
        random.Random(seed),
        after=(0.0, 0.8),
        sources=[str(one), str(many)],
    )
    with Database.open_file(home / "trainer.db", home / "backups") as db:
        assert db.check(full=True).ok
        learners = len(db.list_tiles())
    assert learners in (3, 200)
    if done:  # the last restore that finished, or one that finished just as the kill came
        assert rows(home / "trainer.db", "SELECT count(*) FROM attempt")[0][0] in (1, 3001)
    _every_backup_is_whole(home / "backups")
    _no_partials_after_next_backup(home)
