"""Schema version 2: tutor mode (issue 7).

- ``centre``: the centre this PC belongs to (set up on first run of tutor mode);
- ``sign_in_guard``: wrong-PIN counts and lockouts, kept across restarts (one row per scope,
  e.g. ``tutor``);
- ``sign_off``: a tutor's validation of a tier or a lesson, watched in person (certificates use it);
- ``learner.birth_year`` and ``learner.gender``: optional, only for the anonymised summary;
- ``step_stats``, ``lesson_stats`` and ``learner_stats``: running totals of the attempt log per step,
  per lesson and per learner, kept by triggers in the same transaction as each attempt, so the tutor
  dashboard reads one row per learner instead of grouping millions of attempts. ``learner_stats``
  also keeps the worst step (wrong tries, time) over the lessons the learner has not mastered: the
  attempt trigger raises it, and a trigger on ``lesson_progress`` works it out again when a lesson's
  status changes. Everything is backfilled here from the existing rows;
- ``ix_lesson_progress_mastered``: the mastered lessons per learner, read without touching the rest.

Time on task follows ``trainer.domain.progress.time_on_task_ms``: a try counts its duration when it
is between 0 and 5 minutes (300000 ms), otherwise nothing (a pause). A try is wrong when ``correct``
is 0 (unmarked tries, NULL, are neither right nor wrong).

Frozen: this is what every version-2 database in the field ran. Change the schema in a new version.
"""

VERSION = 2
DESCRIPTION = "tutor mode: centre, sign-in guard, sign-offs, learner details, attempt totals"

STATEMENTS = (
    """CREATE TABLE centre (
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        place TEXT NOT NULL,
        code TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (id)
    )""",
    """CREATE TABLE sign_in_guard (
        scope TEXT NOT NULL,
        failed_count INTEGER NOT NULL,
        lockouts INTEGER NOT NULL,
        locked_until TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope)
    )""",
    """CREATE TABLE sign_off (
        id TEXT NOT NULL,
        learner_id TEXT NOT NULL,
        tier TEXT,
        lesson_id TEXT,
        tutor_id TEXT NOT NULL,
        tutor_name TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL,
        withdrawn_at TEXT,
        PRIMARY KEY (id),
        CONSTRAINT ck_sign_off_target CHECK ((tier IS NULL) <> (lesson_id IS NULL)),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
        FOREIGN KEY (tutor_id) REFERENCES tutor (id)
    )""",
    "CREATE INDEX ix_sign_off_learner ON sign_off (learner_id, created_at)",
    "ALTER TABLE learner ADD COLUMN birth_year INTEGER",
    "ALTER TABLE learner ADD COLUMN gender TEXT",
    """CREATE TABLE step_stats (
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step_id TEXT NOT NULL,
        tries INTEGER NOT NULL,
        wrong INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, lesson_id, step_id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE lesson_stats (
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        tries INTEGER NOT NULL,
        wrong INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        worst_step_wrong INTEGER NOT NULL,
        worst_step_time_ms INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, lesson_id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    """CREATE TABLE learner_stats (
        learner_id TEXT NOT NULL,
        tries INTEGER NOT NULL,
        wrong INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        open_worst_wrong INTEGER NOT NULL,
        open_worst_time_ms INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (learner_id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
    )""",
    "CREATE INDEX ix_lesson_progress_mastered ON lesson_progress (learner_id, lesson_id) WHERE status = 'mastered'",
    """INSERT INTO step_stats
    SELECT learner_id, lesson_id, step_id, count(*), sum(correct IS 0),
        sum(CASE WHEN duration_ms BETWEEN 0 AND 300000 THEN duration_ms ELSE 0 END),
        min(created_at), max(created_at)
    FROM attempt GROUP BY learner_id, lesson_id, step_id""",
    """INSERT INTO lesson_stats
    SELECT learner_id, lesson_id, sum(tries), sum(wrong), sum(time_ms), max(wrong), max(time_ms),
        min(first_at), max(last_at)
    FROM step_stats GROUP BY learner_id, lesson_id""",
    """INSERT INTO learner_stats
    SELECT s.learner_id, sum(s.tries), sum(s.wrong), sum(s.time_ms),
        max(CASE WHEN p.status IS 'mastered' THEN 0 ELSE s.worst_step_wrong END),
        max(CASE WHEN p.status IS 'mastered' THEN 0 ELSE s.worst_step_time_ms END),
        min(s.first_at), max(s.last_at)
    FROM lesson_stats AS s
    LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
    GROUP BY s.learner_id""",
    """CREATE TRIGGER attempt_stats AFTER INSERT ON attempt
    BEGIN
        INSERT INTO step_stats (learner_id, lesson_id, step_id, tries, wrong, time_ms, first_at, last_at)
        VALUES (NEW.learner_id, NEW.lesson_id, NEW.step_id, 1, NEW.correct IS 0,
            CASE WHEN NEW.duration_ms BETWEEN 0 AND 300000 THEN NEW.duration_ms ELSE 0 END,
            NEW.created_at, NEW.created_at)
        ON CONFLICT (learner_id, lesson_id, step_id) DO UPDATE SET
            tries = tries + 1, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
        INSERT INTO lesson_stats (learner_id, lesson_id, tries, wrong, time_ms, worst_step_wrong,
            worst_step_time_ms, first_at, last_at)
        SELECT NEW.learner_id, NEW.lesson_id, 1, NEW.correct IS 0,
            CASE WHEN NEW.duration_ms BETWEEN 0 AND 300000 THEN NEW.duration_ms ELSE 0 END,
            s.wrong, s.time_ms, NEW.created_at, NEW.created_at
        FROM step_stats AS s
        WHERE s.learner_id = NEW.learner_id AND s.lesson_id = NEW.lesson_id AND s.step_id = NEW.step_id
        ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
            tries = tries + 1, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,
            worst_step_wrong = max(worst_step_wrong, excluded.worst_step_wrong),
            worst_step_time_ms = max(worst_step_time_ms, excluded.worst_step_time_ms),
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
        INSERT INTO learner_stats (learner_id, tries, wrong, time_ms, open_worst_wrong,
            open_worst_time_ms, first_at, last_at)
        SELECT NEW.learner_id, 1, NEW.correct IS 0,
            CASE WHEN NEW.duration_ms BETWEEN 0 AND 300000 THEN NEW.duration_ms ELSE 0 END,
            CASE WHEN p.status IS 'mastered' THEN 0 ELSE s.worst_step_wrong END,
            CASE WHEN p.status IS 'mastered' THEN 0 ELSE s.worst_step_time_ms END,
            NEW.created_at, NEW.created_at
        FROM lesson_stats AS s
        LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
        WHERE s.learner_id = NEW.learner_id AND s.lesson_id = NEW.lesson_id
        ON CONFLICT (learner_id) DO UPDATE SET
            tries = tries + 1, wrong = wrong + excluded.wrong, time_ms = time_ms + excluded.time_ms,
            open_worst_wrong = max(open_worst_wrong, excluded.open_worst_wrong),
            open_worst_time_ms = max(open_worst_time_ms, excluded.open_worst_time_ms),
            first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
    END""",
    """CREATE TRIGGER progress_status_stats AFTER UPDATE OF status ON lesson_progress
    WHEN NEW.status IS NOT OLD.status
    BEGIN
        UPDATE learner_stats SET (open_worst_wrong, open_worst_time_ms) = (
            SELECT coalesce(max(s.worst_step_wrong), 0), coalesce(max(s.worst_step_time_ms), 0)
            FROM lesson_stats AS s
            LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
            WHERE s.learner_id = NEW.learner_id AND p.status IS NOT 'mastered'
        )
        WHERE learner_id = NEW.learner_id;
    END""",
    """CREATE TRIGGER progress_insert_stats AFTER INSERT ON lesson_progress
    WHEN NEW.status = 'mastered'
    BEGIN
        UPDATE learner_stats SET (open_worst_wrong, open_worst_time_ms) = (
            SELECT coalesce(max(s.worst_step_wrong), 0), coalesce(max(s.worst_step_time_ms), 0)
            FROM lesson_stats AS s
            LEFT JOIN lesson_progress AS p ON p.learner_id = s.learner_id AND p.lesson_id = s.lesson_id
            WHERE s.learner_id = NEW.learner_id AND p.status IS NOT 'mastered'
        )
        WHERE learner_id = NEW.learner_id;
    END""",
)
