"""Schema version 5: the revocation status of certificates, as rows every PC of a centre can merge
(issue 17).

- ``certificate.status_list`` and ``certificate.status_index``: where the certificate's revocation bit
  lives in the centre's W3C Bitstring Status List (``services.certificates.status_list``). Set when the
  certificate is issued and never changed (NULL for certificates issued before); one index per list.
- ``certificate_revocation``: append-only (triggers refuse UPDATE and DELETE). A certificate is revoked
  when it has any row here; the earliest ``revoked_at`` gives the date and reason shown. Rows merge as
  a union by id, so revoking on two PCs, or twice, never conflicts.
- The revocations recorded in ``certificate.revoked_at`` / ``revoke_reason`` move into the new table
  (id ``v5-<certificate id>``: the same on every PC that migrates the same certificate), and those
  two columns go.

Frozen: this is what every version-5 database in the field ran. Change the schema in a new version.
"""

VERSION = 5
DESCRIPTION = "certificate status: status list index, append-only revocations"

STATEMENTS = (
    "ALTER TABLE certificate ADD COLUMN status_list TEXT",
    "ALTER TABLE certificate ADD COLUMN status_index INTEGER",
    "CREATE UNIQUE INDEX ux_certificate_status ON certificate (status_list, status_index)",
    """CREATE TABLE certificate_revocation (
        id TEXT NOT NULL,
        certificate_id TEXT NOT NULL,
        revoked_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        revoked_by TEXT,
        PRIMARY KEY (id),
        FOREIGN KEY (certificate_id) REFERENCES certificate (id)
    )""",
    "CREATE INDEX ix_certificate_revocation_certificate ON certificate_revocation (certificate_id, revoked_at)",
    """INSERT INTO certificate_revocation (id, certificate_id, revoked_at, reason, revoked_by)
    SELECT 'v5-' || id, id, revoked_at, COALESCE(revoke_reason, ''), NULL
    FROM certificate WHERE revoked_at IS NOT NULL""",
    "ALTER TABLE certificate DROP COLUMN revoked_at",
    "ALTER TABLE certificate DROP COLUMN revoke_reason",
    """CREATE TRIGGER certificate_revocation_no_update BEFORE UPDATE ON certificate_revocation
    BEGIN
        SELECT RAISE(ABORT, 'certificate_revocation is append-only');
    END""",
    """CREATE TRIGGER certificate_revocation_no_delete BEFORE DELETE ON certificate_revocation
    BEGIN
        SELECT RAISE(ABORT, 'certificate_revocation is append-only');
    END""",
)
