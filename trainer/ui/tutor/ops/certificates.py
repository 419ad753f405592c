"""Certificates in tutor mode: issue a level or progress certificate from a learner's page (signed with
the centre's key once its passphrase is typed; the tutor's remark printed only when ticked), and the
"Certificates issued here" screen from the tools: revoke one, and save the signed revocation list and
register for recognition bodies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui.operations import Operation
from trainer.ui.screens.base import Screen
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


def issue_certificate(
    service, paths, learner_id: str, tier, passphrase: str, out_dir, issued_by: str, show_remark: bool = False
):
    """On the worker: open the key, gather the facts, sign and write the files. Every input is a value
    read on the UI thread (``issued_by``: the signed-in tutor's name, even if the screens lock
    meanwhile; ``show_remark``: the tutor ticked "print my remark")."""
    from trainer.services.certificates.keys import load_signing_key

    key = load_signing_key(paths, passphrase)
    achievement = service.achievement(learner_id, tier)
    assessment = replace(service.assessment(learner_id, achievement), show_note=show_remark)
    return service.issue(
        key,
        service.centre(),
        service.learner(learner_id),
        achievement,
        assessment,
        out_dir,
        issued_by=issued_by,
    )


def export_revocations(service, paths, passphrase: str, folder: Path) -> tuple[Path, Path, int]:
    """On the worker: the signed status list and the signed register (CSV, with its .jws) in ``folder``."""
    from trainer.services.certificates.keys import load_signing_key

    key = load_signing_key(paths, passphrase)
    status, revoked = service.export_status_list(folder / "status-list.jwt", key)
    register = service.export_register(folder / "register.csv", key, service.centre())
    return status, register, revoked


class CertificateOps(TutorSubject):
    def screens(self) -> dict[str, Callable[[], Screen]]:
        return {"tutor-certificates": self._screen}

    def _screen(self) -> Screen:
        from trainer.ui.tutor.certificates_screen import CertificatesScreen

        s = CertificatesScreen()
        s.back_pressed.connect(self.mode.open_tools)
        s.revoke_requested.connect(self.revoke)
        s.export_requested.connect(self.export)
        return s

    def on_learner_page(self, page) -> None:
        page.certificate_requested.connect(self.issue)

    def on_tools(self, tools) -> None:
        tools.add_section("certificates", lambda: translate("Tutor", "Certificates"))
        tools.add_button(
            "certificates", "certificates", lambda: translate("Tutor", "Certificates issued here…")
        ).clicked.connect(self.open)

    def open(self) -> None:
        if self.mode.require() is None:
            return
        screen = self.mode.screen("tutor-certificates")
        screen.say("")
        self.refresh()
        self.mode.show("tutor-certificates")

    def refresh(self) -> None:
        screen = self.mode.screen("tutor-certificates")
        Operation(screen, self.ctx.certificates.register).on_success(screen.show_records).on_failure(
            screen.say
        ).run()

    def issue(self, learner_id: str, tier, passphrase: str, out_dir: Path | None = None) -> None:
        """Issue a level (``tier``) or progress (``tier`` None) certificate; the files go to the data
        folder's certificates archive and, when chosen, to ``out_dir`` (a folder or USB stick)."""
        from trainer.ui.tutor.dialogs import ask_folder

        tutor = self.mode.require()
        if tutor is None:
            return
        page = self.mode.screen("tutor-learner")
        show_remark = page.remark_chosen
        if out_dir is None:
            out_dir = ask_folder(page, translate("Tutor", "Where should the certificate files go?"))

        def done(issued) -> None:
            where = str(out_dir) if out_dir else str(issued.pdf.parent)
            page.certificate_done(
                translate(
                    "Tutor",
                    "Certificate %1 is ready: the PDF to print, and the signed files for "
                    "recognition bodies, are in %2.",
                )
                .replace("%1", issued.id)
                .replace("%2", where),
                saved=Path(out_dir) / issued.pdf.name if out_dir else issued.pdf,  # (the copy chosen)
            )

        Operation(
            page,
            issue_certificate,
            self.ctx.certificates,
            self.ctx.paths,
            learner_id,
            tier,
            passphrase,
            out_dir,
            tutor.name,
            show_remark,
        ).on_success(done).on_failure(page.certificate_done).run()

    def revoke(self, certificate_id: str, reason: str) -> None:
        tutor = self.mode.require()
        if tutor is None:
            return
        screen = self.mode.screen("tutor-certificates")

        def done(record) -> None:
            screen.revoked(
                translate(
                    "Tutor",
                    "Certificate %1 is revoked. Save the revocation list and register again and send them to "
                    "the recognition body.",
                ).replace("%1", record.id)
            )
            self.refresh()

        Operation(screen, self.ctx.certificates.revoke, certificate_id, reason, None, tutor.name).on_success(
            done
        ).on_failure(screen.revoked).changes(self.mode.changed).run()

    def export(self, passphrase: str, folder: Path | None = None) -> None:
        from trainer.ui.tutor.dialogs import ask_folder

        if self.mode.require() is None:
            return
        screen = self.mode.screen("tutor-certificates")
        if folder is None:
            folder = ask_folder(
                screen, translate("Tutor", "Where should the revocation list and register go?")
            )
            if folder is None:
                return

        def done(result) -> None:
            status, register, revoked = result
            screen.exported(
                translate(
                    "Tutor",
                    "Saved in %1: %2 (the revocation list, %3 revoked) and %4 with its signature %5. Send "
                    "them to the recognition body, or put them on the centre's website.",
                )
                .replace("%1", str(folder))
                .replace("%2", status.name)
                .replace("%3", str(revoked))
                .replace("%4", register.name)
                .replace("%5", register.name + ".jws")
            )

        Operation(
            screen, export_revocations, self.ctx.certificates, self.ctx.paths, passphrase, folder
        ).on_success(done).on_failure(screen.exported).run()
