"""Tutor mode: the certificates issued here. Revoke one (for good, with a reason), and save the signed
revocation list and register that recognition bodies check certificates against.

The view only: ``ui.tutor.ops.certificates.CertificateOps`` runs the work in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.screens.base import Screen
from trainer.ui.tutor import tables
from trainer.ui.widgets import Button, Card, FlowLayout, Text

translate = QCoreApplication.translate


class CertificatesScreen(Screen):
    back_pressed = Signal()
    revoke_requested = Signal(str, str)  # certificate id, reason
    export_requested = Signal(str)  # the centre's signing passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list = []
        self.title = Text(role="title")
        self.intro = Text()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("certificates-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(260)
        self.table.setStyleSheet(tables.CELL_STYLE)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.body.addWidget(self.table)
        self.empty = Text(role="muted")  # (instead of an empty list, once the list is loaded)
        self.empty.setObjectName("certificates-empty")
        self.empty.hide()
        self.body.addWidget(self.empty)
        self.status = Text()  # (loading the list went wrong)
        self.status.setObjectName("certificates-status")
        self.body.addWidget(self.status)
        self.revoke_card = self._revoke_card()
        self.body.addWidget(self.revoke_card)
        self.body.addWidget(self._export_card())
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("certificates-back")
        self.back.clicked.connect(self.back_pressed)
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.retranslate()

    def _revoke_card(self) -> Card:
        card = Card()
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        self.revoke_title = Text(role="heading")
        self.revoke_help = Text()
        self.reason = QLineEdit()
        self.reason.setObjectName("certificate-revoke-reason")
        self.reason.setMaxLength(200)
        self.revoke = Button()
        self.revoke.setObjectName("certificate-revoke")
        self.revoke.clicked.connect(self._ask_revoke)
        self.confirm = Button(role="primary")
        self.confirm.setObjectName("certificate-revoke-confirm")
        self.confirm.clicked.connect(self._revoke_confirmed)
        self.confirm.hide()
        row = QWidget()
        flow = FlowLayout(row, spacing=12)
        flow.add_widget(self.revoke)
        flow.add_widget(self.confirm)
        self.revoke_note = Text()
        self.revoke_note.setObjectName("certificate-revoke-note")
        for w in (self.revoke_title, self.revoke_help, self.reason, row, self.revoke_note):
            box.addWidget(w)
        return card

    def _export_card(self) -> Card:
        card = Card()
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        self.export_title = Text(role="heading")
        self.export_help = Text()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("certificates-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.export = Button(role="primary")
        self.export.setObjectName("certificates-export")
        self.export.clicked.connect(self._export)
        self.export_note = Text()
        self.export_note.setObjectName("certificates-export-note")
        for w in (self.export_title, self.export_help, self.passphrase, self.export, self.export_note):
            box.addWidget(w)
        return card

    # filled by CertificateOps ------------------------------------------------------------------
    def show_records(self, records) -> None:
        """``records``: the register (``CertificateRecord``s), oldest first; shown newest first."""
        self.records = list(reversed(records))
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            values = (
                r.id,
                r.learner_name,
                _kind(r),
                r.issued_at.astimezone().date().isoformat(),
                _state(r),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        tables.fit(self.table)
        self.confirm.hide()
        # none issued yet: say so, rather than an empty list and a way to revoke nothing
        self.table.setVisible(bool(self.records))
        self.revoke_card.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        self._chosen()

    def say(self, text: str) -> None:
        from trainer.ui.tutor.asking import show_and_tell

        self.status.set_text(text)
        self.revoke_note.set_text("")
        self.export_note.set_text("")
        show_and_tell(self.status)

    def exported(self, text: str) -> None:
        from trainer.ui.tutor.asking import show_and_tell

        self.passphrase.clear()
        self.export_note.set_text(text)
        show_and_tell(self.export_note)

    # what the tutor does -------------------------------------------------------------------------
    def chosen(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.records[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        record = self.chosen()
        self.confirm.hide()
        self.revoke.setEnabled(record is not None and not record.revoked)

    def _ask_revoke(self) -> None:
        record = self.chosen()
        if record is None:
            self.revoke_note.set_text(translate("Tutor", "Please choose a certificate in the list first."))
            return
        if not self.reason.text().strip():
            self.revoke_note.set_text(translate("Tutor", "Please write why the certificate is revoked."))
            self.reason.setFocus()
            return
        self.confirm.set_label(
            translate("Tutor", "Yes, revoke %1 for good").replace(
                "%1", f"{record.id} ({record.learner_name})"
            )
        )
        self.confirm.show()
        self.confirm.setFocus()
        self.revoke_note.set_text(
            translate(
                "Tutor",
                "A revoked certificate stays revoked: it cannot be made valid again. Issue a new one if it "
                "was a mistake.",
            )
        )

    def _revoke_confirmed(self) -> None:
        record = self.chosen()
        self.confirm.hide()
        if record is not None:
            self.revoke_requested.emit(record.id, self.reason.text().strip())

    def revoked(self, text: str) -> None:
        self.reason.clear()
        self.revoke_note.set_text(text)

    def _export(self) -> None:
        phrase = self.passphrase.text().strip()
        if not phrase:
            self.export_note.set_text(
                translate("Tutor", "Please type the centre's signing passphrase first.")
            )
            self.passphrase.setFocus()
            return
        self.export_requested.emit(phrase)

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Certificates issued here"))
        self.intro.set_text(
            translate(
                "Tutor",
                "Every certificate this centre issued. Recognition bodies check them with the centre's "
                "signed revocation list and register: save both again after you revoke one.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                translate("Tutor", "Number"),
                translate("Tutor", "Learner"),
                translate("Tutor", "Certificate"),
                translate("Tutor", "Issued"),
                translate("Tutor", "Status"),
            ]
        )
        self.table.setAccessibleName(translate("Tutor", "Certificates issued here"))
        self.empty.set_text(
            translate(
                "Tutor",
                "No certificate has been issued on this computer yet. Certificates are issued from a "
                "learner's page.",
            )
        )
        self.revoke_title.set_text(translate("Tutor", "Revoke a certificate"))
        self.revoke_help.set_text(
            translate("Tutor", "Choose it in the list, write the reason, then press Revoke.")
        )
        self.reason.setPlaceholderText(translate("Tutor", "Why it is revoked"))
        self.reason.setAccessibleName(translate("Tutor", "Why it is revoked"))
        self.revoke.set_label(translate("Tutor", "Revoke…"))
        self.export_title.set_text(translate("Tutor", "Revocation list and register"))
        self.export_help.set_text(
            translate(
                "Tutor",
                "Saves the signed revocation list and the signed register (a spreadsheet) to a folder or "
                "USB stick, for the recognition body or the centre's website.",
            )
        )
        self.passphrase.setPlaceholderText(translate("Tutor", "The centre's signing passphrase"))
        self.passphrase.setAccessibleName(translate("Tutor", "The centre's signing passphrase"))
        self.export.set_label(translate("Tutor", "Save the revocation list and register…"))
        self.back.set_label(translate("Tutor", "Back to the tools"))
        if self.records:
            self.show_records(list(reversed(self.records)))


def _kind(r) -> str:
    from trainer.ui.screens.home import tier_name

    if r.tier:
        return translate("Tutor", "%1 certificate").replace("%1", tier_name(r.tier))
    return translate("Tutor", "Progress certificate")


def _state(r) -> str:
    if r.revoked:
        return (
            translate("Tutor", "Revoked %1: %2")
            .replace("%1", r.revoked_at.astimezone().date().isoformat())
            .replace("%2", r.revoke_reason or "")
        )
    return translate("Tutor", "Valid")
