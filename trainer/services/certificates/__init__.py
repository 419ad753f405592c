"""Certificates the centre signs and anyone can check offline (issue 8).

The API the app and the command line use (services never import widgets; the PDF uses QtGui):

- keys: ``create_signing_key(paths, passphrase)`` (tutor setup), ``load_signing_key(paths, passphrase)``,
  ``has_signing_key(paths)``, ``export_public_key(paths, out, issuer=None)``;
- issuing: ``CertificateService(db, paths, library)`` with ``eligible(learner_id)``,
  ``achievement(learner_id, tier=None)``, ``issue(key, issuer, learner, achievement, assessment, out_dir)``,
  ``register()``, ``export_register(out)``, ``revoke(certificate_id, reason)``;
- checking: ``verify_credential(text, trusted, ...)``, ``verify_qr(text, trusted, ...)``,
  ``load_trusted_keys(path)``, ``register.load(path)``;
- errors (``errors``) and the guidance to show for them (``messages.guidance``).

Plain inputs (``Issuer``, ``LearnerRef``, ``Assessment``, ``Achievement``) live in
``trainer.domain.certificates``. Formats: ``credential`` (Open Badges 3.0), ``jws`` (VC-JWT, RS256),
``qr`` (the signed QR text), ``didkey`` (did:key, JWK, fingerprint), ``register`` (CSV / JSON).
Modules load lazily: importing this package imports neither Qt nor SQLAlchemy.
"""
