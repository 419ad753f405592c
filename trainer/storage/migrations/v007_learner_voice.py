"""Schema version 7: the voice that reads to a learner (issue 20).

- ``learner_settings.voice``: the id of the recorded voice pack the learner chose in Settings (a
  volunteer's own voice or dialect, ``<data>/voices/<id>``), or '' for the computer's voice. Strings the
  pack has not recorded, and a pack that is not on this PC, are read by the computer's voice. A learner
  setting like the others: synced per column, exported and erased with the learner.

Frozen: this is what every version-7 database in the field ran. Change the schema in a new version.
"""

VERSION = 7
DESCRIPTION = "learner settings: the recorded voice that reads to the learner ('' = the computer's voice)"

STATEMENTS = ("ALTER TABLE learner_settings ADD COLUMN voice TEXT NOT NULL DEFAULT ''",)
