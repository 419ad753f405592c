"""Is the certificate revoked? What the centre's signed register and its signed status list say.

Both are optional inputs to a check; each must come from the certificate's own centre. A register or
list that was changed, or that another centre signed, never gets here: ``register.load`` and
``status_list.load`` refuse it with the reason. Here the question is only what they say about this
certificate: revoked (INVALID, with the date and reason where the register has them), not listed
(VALID with a note: the export may be older than the certificate), or fine.
"""

from __future__ import annotations

from typing import Any

from trainer.services.certificates import credential as cred
from trainer.services.certificates import status_list as sl
from trainer.services.certificates.register import Register


class Revoked(Exception):
    """Why the register or status list makes the certificate INVALID."""


def issuer_of(c: dict[str, Any]) -> tuple[str, str]:
    """The credential's issuer id and the centre code it names."""
    issuer = c["issuer"] if isinstance(c["issuer"], dict) else {"id": c["issuer"]}
    codes = [i.get("identifier") for i in issuer.get("otherIdentifier") or [] if isinstance(i, dict)]
    return str(issuer.get("id")), str(codes[0]) if codes else ""


def same_centre(register: Register, issuer: str, centre_code: str = "") -> None:
    """A signed register must come from the certificate's own issuer (any centre can sign its own), or
    from another key the verifier trusts for the same centre (after the centre replaced its key)."""
    signer = register.signer
    if signer is None or issuer in signer.names():
        return
    if centre_code and (signer.centre or {}).get("code") == centre_code:
        return
    raise Revoked(
        f"the register is another centre's (signed by key {signer.fingerprint}), not this certificate's "
        "issuer's: it says nothing about this certificate"
    )


def by_register(
    register: Register | None, cert_id: str | None, digest: str, issuer: str, code: str
) -> tuple[str, ...]:
    """Notes for a VALID verdict; raises Revoked when the register revokes or contradicts it."""
    if register is None:
        return ()
    same_centre(register, issuer, code)
    entry = register.get(cert_id) if cert_id else None
    if entry is None:
        when = f" (exported {register.exported_at[:10]})" if register.exported_at else ""
        return (f"not in the register{when}; it may be newer than the register",)
    if entry.revoked:
        raise Revoked(f"certificate {cert_id} was revoked on {entry.revoked_at[:10]}: {entry.revoke_reason}")
    if entry.credential_hash != digest:
        raise Revoked("the register lists a different credential under this certificate id")
    return ()


def by_status_list(
    status: sl.StatusList | None, entry: cred.StatusEntry | None, cert_id: str | None, valid_from: str
) -> tuple[str, ...]:
    """Notes for a VALID verdict; raises Revoked when the list has the certificate's bit set."""
    if status is None:
        return ()
    if entry is None:
        return ("issued before status lists: the status list says nothing about it; check the register",)
    if entry.list_id != status.id:
        raise Revoked(
            "the status list is not the one this certificate names (another centre's, or another key's)"
        )
    try:
        revoked = status.revoked(entry.index)
    except sl.StatusListError as error:
        raise Revoked(str(error)) from error
    if revoked:
        raise Revoked(f"certificate {cert_id} is revoked (the centre's status list of {status.issued[:10]})")
    notes = (f"not revoked according to the centre's status list of {status.issued[:10]}",)
    if valid_from and status.issued < valid_from:
        notes += ("the status list is older than this certificate: ask the centre for a newer one",)
    return notes
