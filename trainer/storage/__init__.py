"""Storage: the only place that writes SQL. SQLite file, stdlib ``sqlite3`` for start-up, SQLModel after.

- ``db.Database``: open once (create, check, migrate), ``connect()``, ``list_tiles()``, lazy ``engine``;
- ``repositories``: learners, attempts, help requests (returns domain objects and ``records``);
- ``backup``: online backups, rotation, summaries, restore; ``errors``: the typed errors the UI shows;
- ``migrations`` (frozen SQL per version) + ``migrate`` (the runner); ``tables``: the current schema
  (``tutor_tables``: the tutor-mode tables of v2; ``columns``: the column helpers both use);
- tutor mode: ``tutors`` (centre, tutors, sign-in guard, sign-offs), ``roster`` (learners with their
  details, bulk adds, one learner's data), ``dashboard`` (plain-SQL aggregates over the attempt totals
  that triggers keep), ``demo`` (demo rows in bulk).

Nothing is imported here, so ``import trainer.storage.db`` stays light.
"""
