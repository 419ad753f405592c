"""Storage: the only place that writes SQL. SQLite file, stdlib ``sqlite3`` for start-up, SQLModel after.

- ``db.Database``: open once (create, check, migrate), ``connect()``, ``list_tiles()``, lazy ``engine``;
- ``repositories``: learners, attempts, help requests (returns domain objects and ``records``);
- ``backup``: online backups, rotation, summaries, restore; ``errors``: the typed errors the UI shows;
- ``migrations`` (frozen SQL per version) + ``migrate`` (the runner); ``tables``: the current schema
  (``tutor_tables``: the tutor-mode tables of v2; ``columns``: the column helpers both use);
- tutor mode: ``tutors`` (centre, tutors, sign-in guard, sign-offs), ``roster`` (learners with their
  details, bulk adds, one learner's data), ``dashboard`` (plain-SQL aggregates over the attempt totals
  that triggers keep), ``demo`` (demo rows in bulk).

Which of the two, where (the rule; ``tests/storage/test_storage_layering.py`` keeps the first part):

- plain ``sqlite3`` for everything that runs before the first screen (opening, checking, migrating,
  backups, the sign-in tiles, the learners' PIN guard): SQLAlchemy and SQLModel cost about 0.6 s to
  import, which start-up never pays;
- plain ``sqlite3`` for work on many rows at once, where one statement does what a session would do
  row by row: bulk writes (a roster import, demo data, applying another PC's changes), aggregates
  (the dashboard's GROUP BY over the totals), and SQLite's own machinery (the online backup API,
  triggers, integrity checks);
- SQLModel for use cases that read or write a few typed rows at a time (learners, attempts, lesson
  progress, tutors and sign-offs, certificates, observations): the table classes give the types and
  checks, ``engine.write_session`` the transaction;
- either way: connections come from ``connection`` (same pragmas), every write is one transaction
  started with ``BEGIN IMMEDIATE``, and what leaves this package is domain objects or ``records``,
  never rows.

Nothing is imported here, so ``import trainer.storage.db`` stays light.
"""
