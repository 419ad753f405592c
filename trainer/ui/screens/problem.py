"""Plain-language screens for problems with the record book (database) at start-up."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QWidget

from trainer.ui.screens.base import Screen
from trainer.ui.widgets import Button, Text


class ProblemScreen(Screen):
    restore = Signal(object)  # the backup path
    start_empty = Signal()
    retry = Signal()
    close_app = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = Text(role="title")
        self.what = Text()
        self.todo = Text()
        self.detail = Text(role="muted")
        for w in (self.title, self.what, self.todo, self.detail):
            self.body.addWidget(w)
        self.restore_button = Button(role="primary")
        self.restore_button.setObjectName("restore")
        self.empty_button = Button()
        self.empty_button.setObjectName("start-empty")
        self.retry_button = Button(role="primary")
        self.retry_button.setObjectName("retry")
        self.close_button = Button()
        self.close_button.setObjectName("close")
        for b in (self.restore_button, self.empty_button, self.retry_button, self.close_button):
            self.body.addWidget(b)
        self.body.addStretch(1)
        self.restore_button.clicked.connect(lambda: self.restore.emit(self._backup))
        self.empty_button.clicked.connect(self.start_empty)
        self.retry_button.clicked.connect(self.retry)
        self.close_button.clicked.connect(self.close_app)
        self._problem: Exception | None = None
        self._backup = None

    def show_problem(self, problem: Exception) -> None:
        self._problem = problem
        backups = [b for b in getattr(problem, "backups", []) if b.ok]
        self._backup = backups[0].path if backups else None
        self._backup_date = backups[0].created_at if backups else None
        self._backup_learners = backups[0].learners if backups else None
        self.retranslate()

    def retranslate(self) -> None:
        from trainer.storage import errors

        p = self._problem
        self.close_button.set_label(self.tr("Close the trainer"))
        show = {"restore": False, "empty": False, "retry": False}
        if isinstance(p, errors.DatabaseCorrupt):
            self.title.set_text(self.tr("The record book could not be read"))
            self.what.set_text(
                self.tr(
                    "The file that keeps everyone's progress is damaged. It has been put aside, not deleted."
                )
            )
            if self._backup is not None:
                when = QLocale().toString(self._backup_date.astimezone(), QLocale.FormatType.LongFormat)
                if self._backup_learners is not None:
                    todo = self.tr(
                        "There is a saved copy from %1 with %2 learners. Press “Use the saved copy” to "
                        "carry on from it."
                    ).replace("%2", str(self._backup_learners))
                else:
                    todo = self.tr(
                        "There is a saved copy from %1. Press “Use the saved copy” to carry on from it."
                    )
                self.todo.set_text(todo.replace("%1", when))
                show["restore"] = True
            else:
                self.todo.set_text(
                    self.tr(
                        "There is no saved copy. You can start a new, empty record book. Ask your tutor for help."
                    )
                )
            show["empty"] = True
            self.detail.set_text(
                self.tr("For your tutor: the damaged file is now %1").replace("%1", str(p.moved_to))
            )
        elif isinstance(p, errors.DataFolderNotWritable):
            self.title.set_text(self.tr("The trainer cannot save your progress"))
            self.what.set_text(self.tr("This computer does not allow the trainer to write in its folder."))
            self.todo.set_text(
                self.tr(
                    "Please ask your tutor. They can give the folder write permission, or free some disk space."
                )
            )
            self.detail.set_text(self.tr("For your tutor: the folder is %1").replace("%1", str(p.folder)))
        elif isinstance(p, errors.DiskFull) or getattr(p, "disk_full", False):
            self.title.set_text(self.tr("The computer's disk is full"))
            self.what.set_text(
                self.tr("The trainer cannot open its record book because there is no room left on the disk.")
            )
            self.todo.set_text(
                self.tr(
                    "Please ask your tutor to free some space, then press “Try again”. Nothing has been "
                    "changed or lost."
                )
            )
            show["retry"] = True
            self.detail.set_text(
                self.tr("For your tutor: the disk that holds %1 is full.").replace("%1", str(p.path))
            )
        elif isinstance(p, errors.DatabaseTooNew):
            self.title.set_text(self.tr("This trainer is older than your records"))
            self.what.set_text(self.tr("Your progress was saved by a newer version of the trainer."))
            self.todo.set_text(
                self.tr("Please ask your tutor to install the newest version. Nothing has been changed.")
            )
            self.detail.set_text(str(p.path))
        else:
            self.title.set_text(self.tr("The record book is busy or locked"))
            self.what.set_text(self.tr("The trainer could not open the file that keeps everyone's progress."))
            self.todo.set_text(
                self.tr("Please wait a moment and press “Try again”. Nothing has been changed or lost.")
            )
            show["retry"] = True
            self.detail.set_text(self.tr("For your tutor: %1").replace("%1", str(p) if p else ""))
        self.restore_button.set_label(self.tr("Use the saved copy"))
        self.empty_button.set_label(self.tr("Start a new, empty record book"))
        self.retry_button.set_label(self.tr("Try again"))
        self.restore_button.setVisible(show["restore"])
        self.empty_button.setVisible(show["empty"])
        self.retry_button.setVisible(show["retry"])

    def on_show(self) -> None:
        for b in (self.restore_button, self.retry_button, self.empty_button, self.close_button):
            if not b.isHidden():
                b.setFocus()
                return
