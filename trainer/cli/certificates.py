"""Certificates from the command line (issue 8): the centre's key, issuing, the register, verifying.

    trainer keys create [--passphrase-file F]           trainer keys export --out FILE
    trainer certificate issue --learner ID_OR_NAME --tier basic|intermediate|advanced [--progress]
        --out DIR --centre NAME --place PLACE --code CODE [--tutor NAME [--validated-on DATE]]
        [--note TEXT | --show-note] [--passphrase-file F]
    trainer certificates list | register --out FILE.csv|FILE.json [--passphrase-file F] | revoke ID --reason TEXT
    trainer certificates status --out FILE [--passphrase-file F]      (the signed status list)
    trainer certificates recognition [--set FILE | --clear]
    trainer verify FILE | --qr TEXT [FILE] [--trusted-keys FILE] [--register FILE | --local-register]
        [--status FILE]

Output is English; errors a tutor can meet also carry the Chinese guidance. Never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from trainer.domain.tiers import TIERS


def _safe(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(errors="replace")
        from trainer.services.certificates.errors import CertificateError
        from trainer.services.certificates.messages import guidance

        try:
            return command(args)
        except _NotOpened:  # open_database has said why, in the tutor's language
            return 1
        except CertificateError as error:
            zh, en = guidance(error)
            print(f"{en}\n{zh}", file=sys.stderr)
            return 1
        except (OSError, ValueError) as error:
            print(f"trainer: {error}", file=sys.stderr)
            return 1
        except Exception as error:  # the promise: one line, never a traceback
            print(
                f"trainer: something unexpected went wrong ({type(error).__name__}: {error}), please report this",
                file=sys.stderr,
            )
            return 1

    return run


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    if args.passphrase_file:
        lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise ValueError("no terminal to ask for the passphrase: give --passphrase-file FILE")
    first = getpass.getpass("Passphrase 口令: ")
    if confirm and getpass.getpass("Again 再输一次: ") != first:
        raise ValueError("the two passphrases differ; nothing was changed")
    return first


def _paths():
    from trainer.config import resolve_paths

    return resolve_paths()


def cmd_keys_create(args: argparse.Namespace) -> int:
    from trainer.services.certificates.keys import create_signing_key

    info = create_signing_key(_paths(), _passphrase(args, confirm=True), replace=args.replace)
    print(f"Created the centre's signing key.\n  did: {info.did[:40]}...\n  fingerprint: {info.fingerprint}")
    print("Next: trainer keys export --out centre-key.json, and send that file to the recognition body.")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from trainer.services.certificates.keys import export_public_key

    info = export_public_key(_paths(), args.out, _issuer(args, required=False))
    print(f"Wrote {args.out}\n  fingerprint: {info.fingerprint}  (read it out over the phone to confirm)")
    return 0


def _issuer(args: argparse.Namespace, required: bool = True):
    from trainer.domain.certificates import Issuer

    given = (args.centre, args.place, args.code)
    if all(given):
        return Issuer(*given)
    if required or any(given):
        raise ValueError("give the centre's --centre NAME, --place PLACE and --code CODE (as in tutor setup)")
    return None


class _NotOpened(Exception):
    """The database would not open; ``open_database`` printed why."""


def _service():
    """The certificate service on the data folder's database, opened as every tutor command opens it:
    a damaged database is a plain message (not "please report this"), and while damaged records wait
    for a tutor's decision the command says so first."""
    from trainer.cli.tutordata import open_database
    from trainer.services.certificates.service import CertificateService
    from trainer.services.lessons import LessonLibrary

    opened = open_database()
    if opened is None:
        raise _NotOpened
    paths, db = opened
    return CertificateService(db, paths, LessonLibrary(paths)), paths


def cmd_issue(args: argparse.Namespace) -> int:
    from trainer.domain.certificates import TUTOR_VALIDATED, Assessment, NotEligible
    from trainer.services.certificates.keys import load_signing_key

    if not args.progress and not args.tier:
        raise ValueError("give --tier basic|intermediate|advanced, or --progress")
    service, paths = _service()
    issuer = _issuer(args, required=False) or service.centre()
    if issuer is None:
        raise ValueError("the centre is not set up yet (tutor mode); or give --centre, --place and --code")
    learner = service.learner(args.learner)
    try:
        achievement = service.achievement(learner.id, None if args.progress else args.tier)
    except NotEligible as error:
        what = f"the {error.tier} tier" if error.tier else "any lesson"
        print(
            f"{learner.name} has not mastered {what} yet: {len(error.missing)} lesson(s) to go "
            f"({', '.join(error.missing[:8])}). A progress certificate is possible with --progress."
        )
        return 1
    validated = _date(args.validated_on) if args.validated_on else None
    if args.tutor:
        assessment = Assessment(TUTOR_VALIDATED, args.tutor, validated, args.note, show_note=bool(args.note))
    else:  # what the app does: a tutor's sign-off in tutor mode makes it tutor-validated
        assessment = service.assessment(learner.id, achievement)
        if args.note:
            assessment = replace(assessment, note=args.note)
        assessment = replace(assessment, show_note=bool(args.note or args.show_note))
    if assessment.show_note and not assessment.validated:
        raise ValueError("a remark is printed only on a tutor-validated certificate (give --tutor NAME)")
    service.check_validation(assessment, achievement, datetime.now().astimezone())
    key = load_signing_key(paths, _passphrase(args))
    issued = service.issue(key, issuer, learner, achievement, assessment, out_dir=args.out)
    print(
        f"Issued certificate {issued.id} to {learner.name} ({achievement.tier or 'progress'}, {assessment.kind})."
    )
    for path in issued.copies or (issued.pdf, issued.json, issued.jwt_file, issued.qr_file):
        print(f"  {path}")
    return 0


def _date(text: str) -> datetime:
    try:
        day = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ValueError(f"--validated-on: {text!r} is not a date (YYYY-MM-DD)") from error
    return day.astimezone() if day.tzinfo is None else day


def cmd_list(args: argparse.Namespace) -> int:
    service, _ = _service()
    for r in service.register():
        state = f"REVOKED {r.revoked_at:%Y-%m-%d}: {r.revoke_reason}" if r.revoked_at else "valid"
        print(f"{r.id}  {r.issued_at:%Y-%m-%d}  {r.learner_name}  {r.tier or 'progress'}  {state}")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from trainer.services.certificates.keys import load_signing_key
    from trainer.services.certificates.register import signature_file

    service, paths = _service()
    issuer = _issuer(args, required=False) or service.centre()
    key = load_signing_key(paths, _passphrase(args))
    out = service.export_register(args.out, key, issuer)
    print(f"Signed with the centre's key: {signature_file(out)} (send it with the register)")
    print(f"Wrote the register of {len(service.register())} certificate(s) to {out}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    service, _ = _service()
    record = service.revoke(args.id, args.reason)
    print(
        f"Certificate {record.id} ({record.learner_name}) is revoked: {record.revoke_reason}. "
        "Export the status list (trainer certificates status --out FILE) and the register again, and send "
        "them to the recognition body."
    )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from trainer.services.certificates.keys import load_signing_key

    service, paths = _service()
    key = load_signing_key(paths, _passphrase(args))
    out, revoked = service.export_status_list(args.out, key)
    print(
        f"Wrote the centre's signed status list to {out}: {revoked} certificate(s) revoked. "
        "Publish it or send it with the register; verifiers check it with trainer verify --status FILE."
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from trainer.services.certificates import register, verify
    from trainer.services.certificates.keys import local_public_key
    from trainer.services.certificates.safe_input import read_text

    if args.trusted_keys:
        try:
            trusted = verify.load_trusted_keys(args.trusted_keys)
        except ValueError as error:  # not UTF-8, not JSON, nested too deep, not a key
            print(f"INVALID: {error}")
            return 1
    else:
        local = local_public_key(_paths())
        if local is None:
            print(
                "INVALID: no trusted keys: give --trusted-keys FILE (the centre's `trainer keys export` file)"
            )
            return 1
        trusted = [local]
    try:
        reg = register.load(args.register, trusted) if args.register else None
    except ValueError as error:  # RegisterError, or a file that is not UTF-8 text
        print(f"INVALID: {error}")
        return 1
    if args.local_register:
        reg = _service()[0].local_register()
    status = None
    if args.status:
        from trainer.services.certificates import status_list

        try:
            status = status_list.load(read_text(Path(args.status), "the status list"), trusted)
        except ValueError as error:  # StatusListError, or a file that is not UTF-8 text
            print(f"INVALID: {error}")
            return 1
    text, companion = None, None
    try:
        if args.file:
            text = read_text(Path(args.file), "the certificate file")
            sibling = Path(args.file).with_suffix(".jwt")
            if text.lstrip().startswith("{") and sibling.is_file():
                companion = read_text(sibling, "the .jwt file beside it")
    except ValueError as error:
        print(f"INVALID: {error}")
        return 1
    options = {"companion_jwt": companion, "register": reg, "status": status, "schema_dir": args.schema}
    if args.qr is not None:
        verdict = verify.verify_qr(args.qr, trusted, credential=text, **options)
    elif text is not None:
        verdict = verify.verify_credential(text, trusted, **options)
    else:
        raise ValueError("give a credential FILE (.jwt or .json), or --qr TEXT")
    print(verdict.summary())
    for note in verdict.notes:
        print(f"  note: {note}")
    for line in verdict.claims:
        print(f"    {line}")
    return 0 if verdict.valid else 1


def cmd_recognition(args: argparse.Namespace) -> int:
    from trainer.services.certificates import recognition

    paths = _paths()
    if args.set:
        doc = recognition.install(paths, args.set)
        what = [w for w in ("framework", "credits") if w in doc]
        print(
            f"The centre's {' and '.join(what)} setting is in place; certificates issued from now on carry it."
        )
    elif args.clear:
        had = recognition.clear(paths)
        print("Removed the centre's setting." if had else "There was no setting to remove.")
    doc = recognition.load(paths)
    if doc is None:
        print("No qualifications framework and no credit rule: certificates state neither.")
    else:
        print(json_dump(doc))
    return 0


def json_dump(doc) -> str:
    import json

    return json.dumps(doc, ensure_ascii=False, indent=2)


def _centre_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--centre", metavar="NAME", help="the centre's name")
    p.add_argument("--place", metavar="PLACE", help="where the centre is")
    p.add_argument("--code", metavar="CODE", help="the centre's code")


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="the centre's signing key").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True
    )
    p = keys.add_parser("create", help="create the centre's signing key (asks for a passphrase)")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace an existing key (old one kept aside)")
    p.set_defaults(func=_safe(cmd_keys_create))
    p = keys.add_parser("export", help="write the public key (JWK, did:key, fingerprint)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    _centre_options(p)
    p.set_defaults(func=_safe(cmd_keys_export))

    cert = sub.add_parser("certificate", help="issue a certificate").add_subparsers(
        dest="certificate_command", metavar="ACTION", required=True
    )
    p = cert.add_parser("issue", help="issue a tier or progress certificate (PDF, JSON, JWT)")
    p.add_argument("--learner", required=True, metavar="ID_OR_NAME")
    p.add_argument("--tier", choices=TIERS)
    p.add_argument("--progress", action="store_true", help="a progress record of the lessons mastered so far")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--tutor", metavar="NAME", help="the tutor who validated (default: from tutor sign-offs)")
    p.add_argument("--validated-on", metavar="DATE", help="when the tutor validated (YYYY-MM-DD)")
    p.add_argument("--note", help="the tutor's remark about the learner, printed on the certificate")
    p.add_argument(
        "--show-note", action="store_true", help="print the remark of the tutor's sign-off on the certificate"
    )
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    _centre_options(p)
    p.set_defaults(func=_safe(cmd_issue))

    certs = sub.add_parser("certificates", help="the register of issued certificates").add_subparsers(
        dest="certificates_command", metavar="ACTION", required=True
    )
    certs.add_parser("list", help="every certificate issued here").set_defaults(func=_safe(cmd_list))
    p = certs.add_parser("register", help="export the signed register for a recognition body")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.json")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    _centre_options(p)
    p.set_defaults(func=_safe(cmd_register))
    p = certs.add_parser("status", help="export the signed status list (which certificates are revoked)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.set_defaults(func=_safe(cmd_status))
    p = certs.add_parser(
        "recognition", help="the centre's qualifications-framework level and credit rule (none by default)"
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument("--set", type=Path, metavar="FILE", help="check and install a mapping file")
    group.add_argument("--clear", action="store_true", help="remove the setting")
    p.set_defaults(func=_safe(cmd_recognition))
    p = certs.add_parser("revoke", help="revoke a certificate, with a reason")
    p.add_argument("id", metavar="ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=_safe(cmd_revoke))

    p = sub.add_parser("verify", help="check a certificate (.jwt/.json) or a scanned QR text offline")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE")
    p.add_argument("--qr", metavar="TEXT", help="the text scanned from the certificate's QR code")
    p.add_argument("--trusted-keys", type=Path, metavar="FILE", help="keys to trust (default: this PC's)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--register", type=Path, metavar="FILE", help="an exported register (.csv/.json)")
    group.add_argument("--local-register", action="store_true", help="this PC's register")
    p.add_argument(
        "--status", type=Path, metavar="FILE", help="the centre's signed status list (revocations)"
    )
    p.add_argument("--schema", type=Path, metavar="DIR", help="folder with the official OB 3.0 JSON Schemas")
    p.set_defaults(func=_safe(cmd_verify))
