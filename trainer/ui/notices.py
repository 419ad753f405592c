"""Calm notices at the top of the window for what the person should know but that must not stop them:
answers waiting to be saved (a full disk), damage the start-up check found in the record book,
records put aside after damage. One line for the learner in plain words, one "For your tutor" line
with the cause and what to do; both plain text (``ui.widgets.Text`` escapes).

The bar is made only when there is something to say (the first screen never pays for it), and the
window's screens move below it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from trainer.ui.widgets import Button, Text

translate = QCoreApplication.translate
ORDER = ("save", "damage", "put-aside", "saved")  # the first one set is shown
SAVED_SHOWN_MS = 10_000


class SaveProblems(QObject):
    """Brings the writer's ``on_problem`` calls (from its own thread) to the UI thread."""

    changed = Signal(object)  # services.writer.SaveProblem, or None once everything is saved


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice-bar")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 10, 40, 10)
        row = QHBoxLayout()
        self.text = Text()
        self.text.setObjectName("notice-text")
        self.more = Button()  # the cause and what to do, for the tutor: one press away, not in the way
        self.more.setObjectName("notice-more")
        self.more.setCheckable(True)
        self.more.toggled.connect(self._show)
        row.addWidget(self.text, 1)
        row.addWidget(self.more)
        layout.addLayout(row)
        self.detail = Text(role="muted")
        self.detail.setObjectName("notice-detail")
        layout.addWidget(self.detail)
        self._notices: dict[str, tuple[str, str]] = {}
        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.timeout.connect(lambda: self.clear("saved"))
        self.hide()

    def set(self, key: str, text: str, detail: str = "") -> None:
        self._notices[key] = (text, detail)
        self._show()

    def clear(self, key: str) -> None:
        self._notices.pop(key, None)
        self._show()

    def shown(self) -> str | None:
        return next((k for k in ORDER if k in self._notices), None)

    def _show(self) -> None:
        key = self.shown()
        if key is None:
            self.hide()
            return
        text, detail = self._notices[key]
        self.text.setProperty("role", {"saved": "success", "save": "error"}.get(key, ""))
        self.text.style().polish(self.text)
        self.text.set_text(text)
        self.detail.set_text(detail)
        self.more.setVisible(bool(detail))
        self.detail.setVisible(bool(detail) and self.more.isChecked())
        self._label_more()
        self.show()

    def _label_more(self) -> None:
        if self.more.isChecked():
            self.more.set_label(translate("Notices", "Hide the details"))
        else:
            self.more.set_label(translate("Notices", "Details for the tutor"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._label_more()
        super().changeEvent(event)

    # the notices themselves -----------------------------------------------------------------------
    def save_problem(self, problem, folder: str) -> None:
        if problem is None:
            if "save" in self._notices:
                self.clear("save")
                self.set("saved", translate("Notices", "All your answers are saved now."))
                self._saved_timer.start(SAVED_SHOWN_MS)
            return
        self.clear("saved")
        what = {
            "disk_full": translate(
                "Notices",
                "Your last answers are not saved yet: the computer's disk is full. Please carry on: they "
                "are kept and saved by themselves when there is room. Please tell your tutor.",
            ),
            "read_only": translate(
                "Notices",
                "Your last answers are not saved yet: the computer does not let the trainer write its "
                "record book. Please carry on: they are kept for now. Please tell your tutor.",
            ),
        }.get(
            problem.kind,
            translate(
                "Notices",
                "Your last answers are not saved yet. Please carry on: they are kept and saved by "
                "themselves in a moment. If this stays, please tell your tutor.",
            ),
        )
        cause = {
            "disk_full": translate("Notices", "the disk is full"),
            "read_only": translate("Notices", "the record book is read-only"),
            "busy": translate("Notices", "another program holds the record book"),
        }.get(problem.kind, translate("Notices", "the computer could not write to the disk"))
        detail = (
            translate(
                "Notices",
                "For your tutor: %1 answer(s) waiting because %2 (%3). Free some space or give write "
                "permission to %4; the trainer tries again every few seconds. Closing it now would lose them.",
            )
            .replace("%1", str(problem.unsaved))
            .replace("%2", cause)
            .replace("%3", problem.detail)
            .replace("%4", folder)
        )
        self.set("save", what, detail)

    def damage(self, verdict) -> None:
        self.set(
            "damage",
            translate(
                "Notices",
                "The trainer found a fault in its record book. Your answers are still being saved. "
                "Please tell your tutor.",
            ),
            translate(
                "Notices",
                "For your tutor: the start-up check failed (%1). Run trainer --self-test. The next start "
                "repairs it or puts it aside and offers the newest good backup.",
            ).replace("%1", f"{verdict.problem}: {verdict.detail}"[:300]),
        )

    def put_aside(self, state) -> None:
        if state is None:
            self.clear("put-aside")
            return
        locale = QLocale()
        when = locale.toString(state.at.astimezone(), QLocale.FormatType.ShortFormat)
        detail = translate("Notices", "For your tutor: the damaged file is kept as %1.").replace(
            "%1", str(state.moved_to[-1])
        )
        if state.backup is not None:
            made = (
                locale.toString(state.backup_made.astimezone(), QLocale.FormatType.ShortFormat)
                if state.backup_made
                else "?"
            )
            detail += " " + translate(
                "Notices",
                "The last good backup from before is from %1 with %2 learners: restore it in tutor mode "
                "(Backups), or with trainer restore %3.",
            ).replace("%1", made).replace("%2", str(state.backup_learners)).replace("%3", str(state.backup))
        detail += " " + translate(
            "Notices",
            "If the records now are right, say so in tutor mode, or run trainer put-aside --keep-current.",
        )
        self.set(
            "put-aside",
            translate(
                "Notices",
                "On %1 the record book was damaged and put aside: some learners may be missing. "
                "A tutor needs to decide what to do.",
            ).replace("%1", when),
            detail,
        )
