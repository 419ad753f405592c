"""One learner's page for the tutor: progress by level, lessons with tries and time, a chart over the
weeks, and signing off a level with the tutor's PIN."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trainer.domain.certificate_checks import REMARK_MAX
from trainer.domain.tiers import TIERS
from trainer.ui.answers import AnswerBox
from trainer.ui.screens.base import Screen
from trainer.ui.screens.home import tier_name
from trainer.ui.tutor import tables
from trainer.ui.tutor.asking import OpenSaved, show_and_tell
from trainer.ui.tutor.charts import BarChart, Series
from trainer.ui.tutor.dashboard import minutes_text
from trainer.ui.widgets import Button, Card, FlowLayout, Text

translate = QCoreApplication.translate


class LearnerPageScreen(Screen):
    """The subjects of tutor mode put their buttons under "This learner's record" (``add_record_action``)."""

    sign_off_requested = Signal(str, str, str, str)  # learner id, tier, pin, note
    certificate_requested = Signal(str, object, str)  # learner id, tier (None: progress), passphrase
    erase_confirmed = Signal(str)  # learner id

    def __init__(self, theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_data = None
        self.learner_id = ""  # whose page this is (set by ``begin``, before the data arrives)
        self.loaded_generation = -1  # the tutor mode's count of changes when its data was asked for
        self.title = Text(role="title")
        self.summary = Text()
        self.body.addWidget(self.title)
        self.body.addWidget(self.summary)
        self.lessons = QTableWidget(0, 5)
        self.lessons.setObjectName("tutor-lessons")
        self.lessons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lessons.verticalHeader().hide()
        tables.wrap_column(self.lessons)  # names wrap; the figures stay in view at 36 pt on 1024x768
        self.lessons.setMinimumHeight(300)
        self.lessons.setStyleSheet(tables.CELL_STYLE)
        self.lessons.setTabKeyNavigation(False)
        self.body.addWidget(self.lessons)
        self.chart_title = Text(role="heading")
        self.chart = BarChart(theme)
        self.chart_text = Text(role="muted")
        for w in (self.chart_title, self.chart, self.chart_text):
            self.body.addWidget(w)
        # sign-off
        card = Card()
        from PySide6.QtWidgets import QVBoxLayout

        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 16)
        self.sign_title = Text(role="heading")
        self.sign_help = Text()
        self.evidence = Text()  # what was seen on the learner's own phone (ops/observations.py)
        self.evidence.setObjectName("sign-off-evidence")
        self.evidence.hide()
        self.signed = Text(role="success")
        self.note = QLineEdit()
        self.note.setObjectName("sign-off-note")
        self.note.setMaxLength(REMARK_MAX)  # it may be printed on the certificate
        self.pin = QLineEdit()
        self.pin.setObjectName("sign-off-pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.sign_error = Text(role="error")
        self.sign_error.hide()
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=12)
        self.sign_buttons: dict[str, Button] = {}
        for tier in TIERS:
            b = Button()
            b.setObjectName(f"sign-off-{tier}")
            b.clicked.connect(lambda _=False, t=tier: self._sign(t))
            flow.add_widget(b)
            self.sign_buttons[tier] = b
        for w in (
            self.sign_title,
            self.sign_help,
            self.evidence,
            self.signed,
            self.note,
            self.pin,
            self.sign_error,
            buttons,
        ):
            box.addWidget(w)
        self.body.addWidget(card)
        # certificates
        cert = Card()
        cbox = QVBoxLayout(cert)
        cbox.setContentsMargins(20, 16, 20, 16)
        self.cert_title = Text(role="heading")
        self.cert_help = Text()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("certificate-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.cert_status = Text()
        self.open_certificate = OpenSaved("open-certificate")
        cert_buttons = QWidget()
        cf = FlowLayout(cert_buttons, spacing=12)
        self.cert_buttons: dict[object, Button] = {}
        for tier in (*TIERS, None):
            b = Button()
            b.setObjectName(f"certificate-{tier or 'progress'}")
            b.clicked.connect(lambda _=False, t=tier: self._certificate(t))
            cf.add_widget(b)
            self.cert_buttons[tier] = b
        # the tutor's remark (the note of a sign-off) is printed only when the tutor ticks this
        self.remark = AnswerBox()
        self.remark.setObjectName("certificate-remark")
        self.remark.setCheckable(True)
        self.remark.hide()
        for w in (
            self.cert_title,
            self.cert_help,
            self.remark,
            self.passphrase,
            cert_buttons,
            self.cert_status,
            self.open_certificate,
        ):
            cbox.addWidget(w)
        self.body.addWidget(cert)
        # managing the learner's record
        self.manage_title = Text(role="heading")
        self.body.addWidget(self.manage_title)
        jobs = QWidget()
        self._record_flow = FlowLayout(jobs, spacing=12)
        self.manage_buttons: dict[str, Button] = {}
        self._record_labels: list[tuple[Button, Callable[[], str]]] = []
        self.body.addWidget(jobs)
        self.manage_status = Text()
        self.body.addWidget(self.manage_status)
        self.open_report = OpenSaved("open-report")
        self.body.addWidget(self.open_report, 0, Qt.AlignmentFlag.AlignLeft)
        self.erase_confirm = Button(role="primary")
        self.erase_confirm.setObjectName("learner-erase")
        self.erase_confirm.clicked.connect(lambda: self.erase_confirmed.emit(self.learner_id))
        self.erase_confirm.hide()
        self.body.addWidget(self.erase_confirm)
        self.body.addStretch(1)
        self.back = Button()
        self.back.setObjectName("tutor-learner-back")
        self.bar_layout.addWidget(self.back)
        self.bar_layout.addStretch(1)
        self.bar.show()
        self.retranslate()

    def add_record_action(self, key: str, label: Callable[[], str]) -> Button:
        """A button under "This learner's record" (object name ``learner-<key>``); ``label()`` gives its
        text now (it may depend on ``page_data``: it is asked again whenever the page changes)."""
        b = Button()
        b.setObjectName(f"learner-{key}")
        b.set_label(label())
        self._record_flow.add_widget(b)
        self.manage_buttons[key] = b
        self._record_labels.append((b, label))
        return b

    @property
    def archived(self) -> bool:
        return bool(self.page_data and self.page_data.summary.archived)

    @property
    def learner_name(self) -> str:
        return self.page_data.summary.name if self.page_data else ""

    def show_evidence(self, items, titles: dict[str, str], language: str) -> None:
        """``items``: ``services.observations.EvidenceItem``s, the tasks seen on the learner's own phone."""
        lines = [
            translate("Tutor", "✓ %1: %2 (%3, %4)")
            .replace("%1", titles.get(e.lesson_id, e.lesson_id))
            .replace("%2", e.text_zh if language == "zh_CN" else e.text_en)
            .replace("%3", e.tutor_name)
            .replace(
                "%4",
                QLocale().toString(e.observed.created_at.astimezone().date(), QLocale.FormatType.ShortFormat),
            )
            for e in items
        ]
        heading = translate("Tutor", "Seen on their own phone (evidence for the sign-off):")
        self.evidence.set_text("\n".join([heading, *lines]) if lines else "")
        self.evidence.setVisible(bool(lines))

    def begin(self, learner_id: str) -> None:
        """Another learner's page is coming: nothing of the one before stays on screen meanwhile."""
        if learner_id != self.learner_id:
            self.learner_id = learner_id
            self.show_page(None, {}, [], ())
            self.show_evidence((), {}, "")

    def show_page(self, page, titles: dict[str, str], weeks, eligible=()) -> None:
        """``page``: the dashboard service's ``LearnerPage``; ``weeks``: its weekly points;
        ``eligible``: the levels the learner has completed (their certificates can be issued)."""
        self.page_data, self.titles, self.weeks, self.eligible = page, titles, weeks, tuple(eligible)
        self.cert_status.set_text("")
        self.sign_offs = page.sign_offs if page else ()
        self.remark.setChecked(False)
        self.pin.clear()
        self.note.clear()
        self.sign_error.hide()
        self.say("")
        self.retranslate()

    def _sign(self, tier: str) -> None:
        pin = self.pin.text().strip()
        if len(pin) < 6 or not pin.isdigit():
            self.sign_error.set_text(
                translate("Tutor", "Please type your tutor PIN (6 to 12 numbers) first.")
            )
            self.sign_error.show()
            self.pin.setFocus()
            return
        self.sign_off_requested.emit(self.learner_id, tier, pin, self.note.text().strip())

    def _certificate(self, tier) -> None:
        phrase = self.passphrase.text().strip()
        if not phrase:
            self.cert_status.set_text(
                translate("Tutor", "Please type the centre's signing passphrase first.")
            )
            self.passphrase.setFocus()
            return
        self.cert_status.set_text(translate("Tutor", "Making the certificate…"))
        self.certificate_requested.emit(self.learner_id, tier, phrase)

    @property
    def remark_chosen(self) -> bool:
        """The tutor ticked "print the remark" (and there is a remark to print)."""
        return not self.remark.isHidden() and self.remark.isChecked()

    def _latest_remark(self) -> str:
        noted = [s for s in getattr(self, "sign_offs", ()) if s.active and s.tier and (s.note or "").strip()]
        return max(noted, key=lambda s: s.created_at).note.strip() if noted else ""

    def certificate_done(self, text: str, saved: Path | None = None) -> None:
        """``saved``: the certificate's PDF (a way to open it is offered)."""
        self.passphrase.clear()
        self.cert_status.set_text(text)
        self.open_certificate.offer(saved)
        show_and_tell(self.cert_status, self.open_certificate)

    def say(self, text: str, erase_confirm: bool = False, saved: Path | None = None) -> None:
        """``saved``: a report just saved (a way to open it is offered)."""
        self.manage_status.set_text(text)
        self.erase_confirm.setVisible(erase_confirm)
        self.open_report.offer(saved)
        if erase_confirm:
            self.erase_confirm.set_label(
                translate("Tutor", "Erase %1 for ever").replace("%1", self.page_data.summary.name)
            )
        show_and_tell(self.manage_status, self.erase_confirm, self.open_report)

    def sign_off_failed(self, locked: bool) -> None:
        self.pin.clear()
        self.sign_error.set_text(
            translate("Tutor", "Tutor sign-in is closed for a while after too many wrong PINs.")
            if locked
            else translate("Tutor", "That PIN is not right. Nothing was signed off.")
        )
        self.sign_error.show()

    def retranslate(self) -> None:
        self.back.set_label(translate("Tutor", "Back to the dashboard"))
        self.manage_title.set_text(translate("Tutor", "This learner's record"))
        self.cert_title.set_text(translate("Tutor", "Certificates"))
        self.cert_help.set_text(
            translate(
                "Tutor",
                "A level certificate needs every lesson of the level done. A progress certificate lists what is "
                "done so far. Both are signed with the centre's key: type its passphrase, then press one.",
            )
        )
        self.passphrase.setPlaceholderText(translate("Tutor", "The centre's signing passphrase"))
        self.passphrase.setAccessibleName(translate("Tutor", "The centre's signing passphrase"))
        remark = self._latest_remark()
        self.remark.set_text(
            translate("Tutor", "Print the tutor's remark on the certificate: “%1”").replace("%1", remark)
        )
        self.remark.setVisible(bool(remark))
        eligible = getattr(self, "eligible", ())
        for tier, b in self.cert_buttons.items():
            if tier is None:
                b.set_label(translate("Tutor", "Progress certificate"))
            else:
                b.set_label(translate("Tutor", "%1 certificate").replace("%1", tier_name(tier)))
                b.setEnabled(tier in eligible)
        for b, label in self._record_labels:
            b.set_label(label())
        self.chart_title.set_text(translate("Tutor", "Progress and time over the weeks"))
        self.sign_title.set_text(translate("Tutor", "Sign off a level"))
        self.sign_help.set_text(
            translate(
                "Tutor",
                "Watch the learner do the level's practical tasks. Then type your PIN and press the level. "
                "Certificates will say “tutor-validated”.",
            )
        )
        self.note.setPlaceholderText(translate("Tutor", "Note (optional)"))
        self.note.setAccessibleName(translate("Tutor", "Note (optional)"))
        self.pin.setPlaceholderText(translate("Tutor", "Your tutor PIN"))
        self.pin.setAccessibleName(translate("Tutor", "Your tutor PIN"))
        for tier, b in self.sign_buttons.items():
            b.set_label(translate("Tutor", "Sign off %1").replace("%1", tier_name(tier)))
        headers = [
            translate("Tutor", "Lesson"),
            translate("Tutor", "Status"),
            translate("Tutor", "Tries"),
            translate("Tutor", "Wrong"),
            translate("Tutor", "Time spent"),
        ]
        self.lessons.setHorizontalHeaderLabels(headers)
        self.lessons.setAccessibleName(translate("Tutor", "Lessons, tries and time"))
        p = self.page_data
        if p is None:  # (a page being loaded: nothing of another learner's)
            for text in (self.title, self.summary, self.chart_text, self.signed):
                text.set_text("")
            self.lessons.setRowCount(0)
            self.chart.set_data(translate("Tutor", "Progress and time over the weeks"), [], [])
            self.signed.hide()
            return
        self.title.set_text(p.summary.name)
        self.summary.set_text(
            "\n".join(
                translate("Tutor", "%1: %2 of %3 lessons done")
                .replace("%1", tier_name(t.tier))
                .replace("%2", str(t.mastered))
                .replace("%3", str(t.total))
                for t in p.summary.tiers
            )
        )
        status_text = {
            "mastered": translate("Tutor", "Done"),
            "in_progress": translate("Tutor", "Started"),
            "not_started": translate("Tutor", "Not started"),
        }
        self.lessons.setRowCount(len(p.lessons))
        for r, a in enumerate(p.lessons):
            cells = [
                self.titles.get(a.lesson_id, a.lesson_id),
                translate("Tutor", "Finished, not mastered yet")
                if a.finished and a.status == "in_progress"
                else status_text.get(a.status, a.status),
                str(a.tries),
                str(a.wrong),
                minutes_text(a.time_ms),
            ]
            for c, text in enumerate(cells):
                self.lessons.setItem(r, c, QTableWidgetItem(text))
        tables.fit(self.lessons, least=300)
        weeks = self.weeks
        locale = QLocale()
        labels = [locale.toString(w.week, QLocale.FormatType.ShortFormat) for w in weeks]
        self.chart.set_data(
            translate("Tutor", "Progress and time over the weeks"),
            labels,
            [
                Series(translate("Tutor", "lessons done"), tuple(w.mastered_total for w in weeks)),
                Series(translate("Tutor", "minutes"), tuple(round(w.minutes) for w in weeks)),
            ],
        )
        self.chart_text.set_text(self.chart.as_text() or translate("Tutor", "No activity yet."))
        active = [s for s in self.sign_offs if s.active and s.tier]
        self.signed.set_text(
            "\n".join(
                translate("Tutor", "%1 signed off by %2 on %3")
                .replace("%1", tier_name(s.tier))
                .replace("%2", s.tutor_name)
                .replace(
                    "%3", locale.toString(s.created_at.astimezone().date(), QLocale.FormatType.ShortFormat)
                )
                for s in active
            )
        )
        self.signed.setVisible(bool(active))

    def on_show(self) -> None:
        self.back.setFocus()
