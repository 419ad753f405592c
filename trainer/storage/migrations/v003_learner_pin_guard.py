"""Schema version 3: a gentle, growing wait after wrong learner PINs (issue 18).

- ``learner_pin_guard``: per learner, wrong PINs in a row and until when the next try must wait
  (``domain.pin_wait``). Kept across restarts on purpose (closing the app must not lift the wait);
  a right PIN, a new PIN or a tutor's reset clears the row; erasing the learner removes it.

Frozen: this is what every version-3 database in the field ran. Change the schema in a new version.
"""

VERSION = 3
DESCRIPTION = "learner PIN guard: wrong PINs in a row and the wait before the next try"

STATEMENTS = (
    """CREATE TABLE learner_pin_guard (
        learner_id TEXT NOT NULL,
        failed_count INTEGER NOT NULL,
        wait_until TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (learner_id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
)
