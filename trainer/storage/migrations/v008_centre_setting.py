"""Schema version 8: settings that hold for the whole centre, not one PC (issue 14).

- ``centre_setting``: one row per setting a tutor chose for every PC of the centre (``key``), its
  ``value`` (text, the service that owns the key reads and checks it) and when it was chosen
  (``updated_at``). Shared by the centre's sync like the other tables: the latest choice (by the sync's
  clock) wins on every PC; a PC that never syncs keeps its own. The first key is ``sign_in_look``
  (the sign-in screen's text size and contrast, until v8 a file in the data folder of each PC).

Frozen: this is what every version-8 database in the field ran. Change the schema in a new version.
"""

VERSION = 8
DESCRIPTION = "centre settings: choices a tutor makes for every PC of the centre (the sign-in look)"

STATEMENTS = (
    """CREATE TABLE centre_setting (
        key TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
)
