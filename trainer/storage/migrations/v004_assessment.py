"""Schema version 4: assessment a recognition body can trust (issue 15).

- ``attempt.shown``: the order in which the learner saw a quiz's choices (a JSON list of choice ids),
  so a tutor can see what the learner saw; NULL for steps without choices and for older attempts;
- ``lesson_progress.mastery_rule``: the rule the record was judged by (JSON: rule version, lesson
  version, threshold, quiz scoring, the quiz and practical steps that count, the drill tolerance), so
  a later change to a lesson never silently changes what an earlier mastery meant; NULL for records
  made before this version (they were judged on the quiz alone);
- ``observation``: checklist items of a "try it on your own phone" step that a tutor watched the
  learner do and ticked with their PIN; evidence for sign-offs and certificates. A tick made by
  mistake is withdrawn (``withdrawn_at``), never deleted; erased with its learner.

Frozen: this is what every version-4 database in the field ran. Change the schema in a new version.
"""

VERSION = 4
DESCRIPTION = "assessment: choice order shown, mastery rule per progress record, tutor-observed items"

STATEMENTS = (
    "ALTER TABLE attempt ADD COLUMN shown TEXT",
    "ALTER TABLE lesson_progress ADD COLUMN mastery_rule TEXT",
    """CREATE TABLE observation (
        id TEXT NOT NULL,
        learner_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        lesson_version INTEGER NOT NULL,
        step_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        tutor_id TEXT NOT NULL,
        tutor_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        withdrawn_at TEXT,
        PRIMARY KEY (id),
        FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
        FOREIGN KEY (tutor_id) REFERENCES tutor (id)
    )""",
    "CREATE INDEX ix_observation_learner ON observation (learner_id, lesson_id, created_at)",
)
