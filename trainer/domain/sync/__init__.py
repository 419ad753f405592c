"""Sync across a centre's PCs, as pure rules: the hybrid logical clock (``hlc``), how two copies of a
record merge (``merge``), and erasures, merges and likely duplicates of learners (``people``)."""
