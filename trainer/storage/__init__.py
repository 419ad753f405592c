"""Storage: the only place that writes SQL. SQLite file, stdlib ``sqlite3`` for start-up, SQLModel after.

- ``db.Database``: open once (create, check, migrate), ``connect()``, ``list_tiles()``, lazy ``engine``;
- ``repositories``: learners, attempts, help requests (returns domain objects and ``records``);
- ``backup``: online backups, rotation, summaries, restore; ``errors``: the typed errors the UI shows;
- ``migrations`` (frozen SQL per version) + ``migrate`` (the runner); ``tables``: the current schema.

Nothing is imported here, so ``import trainer.storage.db`` stays light.
"""
