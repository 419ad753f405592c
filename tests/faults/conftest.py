"""Fixtures of the fault-injection suite: the compiled shim, the fork server, a database to copy."""

from __future__ import annotations

import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Zygote, build_shim  # noqa: E402

if not sys.platform.startswith("linux"):
    pytest.skip("the fault shim is an LD_PRELOAD library (Linux)", allow_module_level=True)


@pytest.fixture(scope="session")
def shim(tmp_path_factory) -> Path:
    return build_shim(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="session")
def zygote(shim) -> Iterator[Zygote]:
    server = Zygote(shim)
    yield server
    server.close()


def make_home(home: Path, learners: int = 1, answers: int = 0) -> Path:
    """A data folder with a database at the current version, ``learners`` learners and ``answers``
    answers by the first, closed (so all of it is in ``trainer.db``)."""
    from trainer.domain.learner import COLOURS
    from trainer.storage.db import Database
    from trainer.storage.repositories import AttemptRepository, LearnerRepository
    from trainer.storage.roster import RosterRepository

    with Database.open_file(home / "trainer.db", home / "backups") as db:
        first = LearnerRepository(db).create("王秀英", "sun", COLOURS[0], "zh_CN")
        if learners > 1:
            from trainer.domain.roster import NewLearner

            RosterRepository(db).add_many(
                [NewLearner(f"学员 {i}", "tree", COLOURS[1], "zh_CN") for i in range(1, learners)]
            )
        AttemptRepository(db).append(first.id, "setup", 1, "s0", {"pad": "字"}, True, 1000)
        if answers:  # many at once, in one transaction (setting up, not under test)
            with closing(db.connect()) as conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
                    " duration_ms, created_at) VALUES (?, ?, 'setup', 1, ?, ?, ?, 1000, ?)",
                    [
                        (str(uuid.uuid4()), first.id, f"s{i % 9}", '{"pad": "' + "字" * 500 + '"}', i % 2)
                        + (f"2024-05-01T08:{i // 60 % 60:02d}:{i % 60:02d}.000000+00:00",)
                        for i in range(answers)
                    ],
                )
                conn.execute("COMMIT")
    return home


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return make_home(tmp_path_factory.mktemp("template") / "home")


def copy_home(template: Path, to: Path) -> Path:
    shutil.copytree(template, to)
    return to
