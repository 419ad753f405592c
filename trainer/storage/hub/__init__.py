"""The centre's hub on PostgreSQL: its schema (``schema``) and the store the PCs sync with (``store``).
psycopg is imported only when a PC connects to a hub."""
