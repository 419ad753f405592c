"""Sync across a centre's PCs: through a PostgreSQL hub (``hub``) or USB bundles (``usb``, ``bundle``),
with the same merge (``storage.sync.apply``); this PC's hub address and centre code (``settings``)."""
