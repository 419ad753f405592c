"""Certificates from a learner's page: a level certificate (every lesson of the level done) or a
progress certificate, signed with the centre's key once its passphrase is typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from trainer.ui.operations import Operation
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate


def issue_certificate(service, paths, learner_id: str, tier, passphrase: str, out_dir, issued_by: str):
    """On the worker: open the key, gather the facts, sign and write the files. Every input is a value
    read on the UI thread (``issued_by``: the signed-in tutor's name, even if the screens lock
    meanwhile)."""
    from trainer.services.certificates.keys import load_signing_key

    key = load_signing_key(paths, passphrase)
    achievement = service.achievement(learner_id, tier)
    return service.issue(
        key,
        service.centre(),
        service.learner(learner_id),
        achievement,
        service.assessment(learner_id, achievement),
        out_dir,
        issued_by=issued_by,
    )


class CertificateOps(TutorSubject):
    def on_learner_page(self, page) -> None:
        page.certificate_requested.connect(self.issue)

    def issue(self, learner_id: str, tier, passphrase: str, out_dir: Path | None = None) -> None:
        """Issue a level (``tier``) or progress (``tier`` None) certificate; the files go to the data
        folder's certificates archive and, when chosen, to ``out_dir`` (a folder or USB stick)."""
        from trainer.ui.tutor.dialogs import ask_folder

        tutor = self.mode.require()
        if tutor is None:
            return
        page = self.mode.screen("tutor-learner")
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
                .replace("%2", where)
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
        ).on_success(done).on_failure(page.certificate_done).run()
