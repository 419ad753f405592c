"""Certificates in tutor mode, through the real window: the tutor's remark is printed only when ticked;
the certificates issued here can be revoked, and the signed revocation list and register saved."""

from __future__ import annotations

import json
import subprocess

from PySide6.QtCore import Qt

from tests.ui.conftest import make_learner
from tests.ui.test_tutor import click, master, set_up_centre, sign_in_tutor
from trainer.ui.operations import wait_until_idle

PHRASE = "k7qm-3xfp-9hwt-c2vr-ab4d"
REMARK = "打字慢但很准确"


def centre_with_a_signed_off_learner(w, qtbot, note=REMARK):
    from trainer.services.tutors import create_signing_key

    learner = make_learner(w, "Wang Fang")
    set_up_centre(w)
    assert create_signing_key(w.ctx.paths, PHRASE)
    master(w, learner, "mouse-basics")
    tutor = w.ctx.tutor_access.tutors()[0]
    w.ctx.tutor_access.sign_off(tutor.id, "246813", learner.id, tier="basic", note=note)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.learners.open_learner(learner.id)
    page = w.screen("tutor-learner")
    qtbot.waitUntil(lambda: page.page_data is not None, timeout=5000)
    return learner, page


def issued_files(folder):
    (credential,) = folder.glob("*.json")
    (pdf,) = folder.glob("*.pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    return credential.read_text(encoding="utf-8"), "".join(text.split())


def test_the_remark_is_printed_only_when_the_tutor_ticks_it(app_window, qtbot, tmp_path):
    w = app_window
    learner, page = centre_with_a_signed_off_learner(w, qtbot)
    assert not page.remark.isHidden() and REMARK in page.remark.plain_text()
    assert page.remark.accessibleName() and page.remark.minimumSizeHint().height() >= 44
    assert not page.remark.isChecked()

    w.tutor_mode.certificates.issue(learner.id, "basic", PHRASE, tmp_path / "plain")
    qtbot.waitUntil(lambda: "is ready" in page.cert_status.plain_text(), timeout=20000)
    credential, text = issued_files(tmp_path / "plain")
    assert REMARK not in credential and REMARK not in text

    page.remark.setFocus()
    qtbot.keyClick(page.remark, Qt.Key.Key_Space)  # the keyboard alone ticks it
    assert page.remark_chosen
    page.cert_status.set_text("")
    w.tutor_mode.certificates.issue(learner.id, "basic", PHRASE, tmp_path / "with")
    qtbot.waitUntil(lambda: "is ready" in page.cert_status.plain_text(), timeout=20000)
    credential, text = issued_files(tmp_path / "with")
    assert REMARK in credential and REMARK in text


def test_a_remark_too_long_for_the_paper_is_refused_with_the_reason(app_window, qtbot, tmp_path):
    """A sign-off note may hold 500 characters; the certificate prints at most REMARK_MAX of them, so
    the note field takes no more, and an older, longer note chosen for the paper is refused."""
    from trainer.domain.certificate_checks import REMARK_MAX

    w = app_window
    learner, page = centre_with_a_signed_off_learner(w, qtbot, note="很准确" * 100)
    assert page.note.maxLength() == REMARK_MAX
    page.remark.setChecked(True)
    w.tutor_mode.certificates.issue(learner.id, "basic", PHRASE, tmp_path / "out")
    qtbot.waitUntil(lambda: "Nothing was issued" in page.cert_status.plain_text(), timeout=20000)
    assert f"300 characters long; at most {REMARK_MAX} fit" in page.cert_status.plain_text()
    assert not list((tmp_path / "out").glob("*.pdf")) and w.ctx.certificates.register() == []


def test_revoke_and_save_the_revocation_list_and_register(app_window, qtbot, tmp_path):
    from trainer.services.certificates import register, status_list
    from trainer.services.certificates.keys import local_public_key
    from trainer.services.certificates.verify import verify_credential

    w = app_window
    learner, page = centre_with_a_signed_off_learner(w, qtbot)
    w.tutor_mode.certificates.issue(learner.id, "basic", PHRASE, tmp_path / "out")
    qtbot.waitUntil(lambda: "is ready" in page.cert_status.plain_text(), timeout=20000)
    (jwt,) = (tmp_path / "out").glob("*.jwt")

    w.tutor_mode.open_tools()
    click(qtbot, w.screen("tutor-tools").buttons["certificates"])
    screen = w.screen("tutor-certificates")
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=5000)
    assert w.current_name() == "tutor-certificates" and screen.table.item(0, 1).text() == "Wang Fang"
    screen.table.selectRow(0)
    screen.reason.setText("issued to the wrong learner")
    click(qtbot, screen.revoke)
    assert not screen.confirm.isHidden()  # asked once more: revoking is for good
    click(qtbot, screen.confirm)
    qtbot.waitUntil(lambda: "is revoked" in screen.revoke_note.plain_text(), timeout=10000)
    wait_until_idle()
    qtbot.waitUntil(lambda: "Revoked" in screen.table.item(0, 4).text(), timeout=5000)
    assert not screen.revoke.isEnabled()

    screen.passphrase.setText(PHRASE)
    w.tutor_mode.certificates.export(PHRASE, tmp_path / "send")
    qtbot.waitUntil(lambda: "Saved in" in screen.export_note.plain_text(), timeout=20000)
    assert screen.passphrase.text() == ""
    trusted = [local_public_key(w.ctx.paths)]
    status = status_list.load((tmp_path / "send" / "status-list.jwt").read_text(), trusted)
    verdict = verify_credential(jwt.read_text(), trusted, status=status)
    assert not verdict.valid and "is revoked" in verdict.reason
    reg = register.load(tmp_path / "send" / "register.csv", trusted)
    assert next(iter(reg.entries.values())).revoke_reason == "issued to the wrong learner"
    assert json.loads((tmp_path / "out" / f"{jwt.stem}.json").read_text())["credentialStatus"]


def test_with_none_issued_the_screen_says_so_instead_of_an_empty_list(app_window, qtbot):
    w = app_window
    set_up_centre(w)
    sign_in_tutor(w, qtbot)
    w.tutor_mode.certificates.open()
    screen = w.screen("tutor-certificates")
    qtbot.waitUntil(lambda: screen.empty.isVisible(), timeout=5000)
    assert "No certificate has been issued" in screen.empty.plain_text()
    assert screen.table.isHidden() and screen.revoke_card.isHidden()  # nothing to choose or revoke
    assert screen.export.isVisible()  # the (empty) signed list can still be saved
