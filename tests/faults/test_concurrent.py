"""Two programs at once: a demo while a roster is imported, a backup while another program writes."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from harness import make_home, rows

from trainer.services.backups import BackupService
from trainer.services.demo import RealDataPresent, make_demo, synthetic_lessons
from trainer.storage import verdict
from trainer.storage.db import Database

WRITER = """
import sqlite3, sys, time, uuid
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
conn.execute("PRAGMA journal_mode = WAL")
learner = conn.execute("SELECT id FROM learner LIMIT 1").fetchone()[0]
print("writing", flush=True)
end = time.monotonic() + float(sys.argv[2])
while time.monotonic() < end:
    conn.execute(
        "INSERT INTO attempt (id, learner_id, lesson_id, lesson_version, step_id, answer, correct,"
        " duration_ms, created_at) VALUES (?, ?, 'w', 1, 's', ?, 1, 5, '2024-05-01T08:00:00.000000+00:00')",
        (str(uuid.uuid4()), learner, '"' + 'x' * 3000 + '"'),
    )
"""


def test_demo_refuses_when_real_learners_arrive_while_it_writes(paths):
    """Another program imports a roster between two of the demo's transactions: the demo stops,
    takes out what it wrote, and the real learners stay, in no demo centre."""
    db = Database.open(paths)
    try:

        def another_program_imports(done: int, total: int) -> None:
            with db.connect() as other:
                other.execute(
                    "INSERT INTO learner (id, name, avatar, colour, language, created_at) VALUES"
                    " ('11111111-2222-4333-8444-555555555555', '真实学员', 'sun', '#1f6f8b', 'zh_CN',"
                    " '2024-05-01T08:00:00.000000+00:00')"
                )

        with pytest.raises(RealDataPresent):
            make_demo(
                db,
                paths,
                synthetic_lessons(3, 2),
                learners=4,
                tries_per_lesson=2,
                progress=another_program_imports,
                signing_key=False,
            )
        names = [r[0] for r in rows(db.path, "SELECT name FROM learner")]
        assert names == ["真实学员"]
        assert rows(db.path, "SELECT count(*) FROM centre") == [(0,)]
        assert rows(db.path, "SELECT count(*) FROM tutor") == [(0,)]
        assert rows(db.path, "SELECT count(*) FROM attempt") == [(0,)]
    finally:
        db.close()


@pytest.mark.timing
@pytest.mark.slow  # a second process writes for a few seconds
def test_backup_with_progress_finishes_while_another_program_writes_hard(tmp_path):
    home = make_home(tmp_path / "home", learners=50, answers=4000)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home / "trainer.db"), "3"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        seen = []
        started = time.monotonic()
        made = BackupService(home / "trainer.db", home / "backups").backup_now(
            progress=lambda done, total: seen.append((done, total))
        )
        took = time.monotonic() - started
        assert writer.poll() is None, "the writer stopped before the backup finished: proves nothing"
    finally:
        writer.wait(timeout=30)
    assert took < 5, f"the backup took {took:.1f} s while another program wrote"
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:], strict=False)), "the copy started over"
    assert verdict.check_file(made, full=True).ok
