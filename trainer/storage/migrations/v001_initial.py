"""Schema version 1: learners, their settings and progress, the attempt log, help, tutors, certificates.

Frozen: this is what every version-1 database in the field ran. Change the schema in a new version.
Column types and order match what SQLAlchemy's ``create_all`` emits for ``tables.py``, so the schema
test can compare the two exactly. Ids are UUID text; timestamps are UTC ISO-8601 text.
"""

VERSION = 1
DESCRIPTION = "initial schema"

STATEMENTS = (
    """CREATE TABLE schema_version (
        version INTEGER NOT NULL,
        applied_at TEXT NOT NULL,
        description TEXT NOT NULL,
        PRIMARY KEY (version)
    )""",
    """CREATE TABLE learner (
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        avatar TEXT NOT NULL,
        colour TEXT NOT NULL,
        language TEXT NOT NULL,
        pin_hash TEXT,
        created_at TEXT NOT NULL,
        archived_at TEXT,
        last_active_at TEXT,
        PRIMARY KEY (id)
    )""",
    """CREATE TABLE learner_settings (
        learner_id TEXT NOT NULL,
        text_size INTEGER NOT NULL,
        high_contrast BOOLEAN NOT NULL,
        speech_on BOOLEAN NOT NULL,
        speech_rate TEXT NOT NULL,
        double_click_ms INTEGER NOT NULL,
        reduced_motion BOOLEAN NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (learner_id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE lesson_progress (
        id TEXT NOT NULL,
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        lesson_version INTEGER NOT NULL,
        status TEXT NOT NULL,
        current_step_id TEXT,
        score REAL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mastered_at TEXT,
        PRIMARY KEY (id),
        CONSTRAINT ck_lesson_progress_status CHECK (status IN ('not_started', 'in_progress', 'mastered')),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    "CREATE UNIQUE INDEX ux_lesson_progress_learner_lesson ON lesson_progress (learner_id, lesson_id)",
    """CREATE TABLE attempt (
        id TEXT NOT NULL,
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        lesson_version INTEGER NOT NULL,
        step_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        correct BOOLEAN,
        duration_ms INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_attempt_learner_lesson ON attempt (learner_id, lesson_id, created_at)",
    "CREATE INDEX ix_attempt_created_at ON attempt (created_at)",
    # The attempt log is append-only: no edits ever; rows go only when their learner is erased
    # (the cascade deletes the learner first, so the guard below lets those deletes through).
    """CREATE TRIGGER attempt_no_update BEFORE UPDATE ON attempt
    BEGIN
        SELECT RAISE(ABORT, 'attempt is append-only');
    END""",
    """CREATE TRIGGER attempt_no_delete BEFORE DELETE ON attempt
    WHEN EXISTS (SELECT 1 FROM learner WHERE learner.id = OLD.learner_id)
    BEGIN
        SELECT RAISE(ABORT, 'attempt is append-only; erase the learner instead');
    END""",
    """CREATE TABLE help_request (
        id TEXT NOT NULL,
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        PRIMARY KEY (id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_help_request_learner ON help_request (learner_id)",
    "CREATE INDEX ix_help_request_open ON help_request (resolved_at, created_at)",
    """CREATE TABLE tutor (
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        pin_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        archived_at TEXT,
        PRIMARY KEY (id)
    )""",
    """CREATE TABLE certificate (
        id TEXT NOT NULL,
        learner_id TEXT,
        learner_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        tier TEXT,
        issued_at TEXT NOT NULL,
        issued_by TEXT,
        credential_hash TEXT NOT NULL,
        revoked_at TEXT,
        revoke_reason TEXT,
        PRIMARY KEY (id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE SET NULL
    )""",
    "CREATE INDEX ix_certificate_learner ON certificate (learner_id)",
    "CREATE UNIQUE INDEX ux_certificate_credential_hash ON certificate (credential_hash)",
)
