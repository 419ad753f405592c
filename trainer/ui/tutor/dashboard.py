"""The tutor's dashboard: every learner at a glance, who may need help, open "Help me" requests, and
the class's progress by tier as a chart (with the same figures as text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trainer.domain.dashboard import (
    ASKED,
    STUCK,
    WRONG_TRIES,
    DashboardFilter,
    class_by_tier,
    sort_and_filter,
)
from trainer.domain.tiers import TIERS
from trainer.ui.screens.base import Screen
from trainer.ui.screens.home import tier_name
from trainer.ui.tutor import tables
from trainer.ui.tutor.charts import BarChart, Series
from trainer.ui.widgets import Button, Card, ChoiceGroup, FlowLayout, Text, plain_tooltip

translate = QCoreApplication.translate
COLUMNS = ("name", "basic", "intermediate", "advanced", "time", "last_active", "attention")
SORT_OF_COLUMN = {0: "name", 4: "time", 5: "last_active", 6: "attention"}


def reason_text(code: str) -> str:
    return {
        WRONG_TRIES: translate("Tutor", "many wrong tries on one step"),
        STUCK: translate("Tutor", "stuck on one step"),
        ASKED: translate("Tutor", "asked for help"),
    }.get(code, code)


def minutes_text(ms: int) -> str:
    minutes = round(ms / 60000)
    return (
        translate("Tutor", "%1 h %2 min").replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60))
    )


class DashboardScreen(Screen):
    """The subjects of tutor mode put their buttons in the row at the top (``add_action``)."""

    open_learner = Signal(str)
    resolve_help = Signal(str)  # help request id
    lock_pressed = Signal()

    def __init__(self, theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = []
        self.help_items = []
        self.lesson_titles: dict[str, str] = {}
        self.help_places: dict[tuple[str, str], tuple[int, int, str]] = {}
        self.loaded_generation = -1  # the tutor mode's count of changes when its data was asked for
        self.sort_by, self.descending = "attention", True
        self.title = Text(role="title")
        self.body.addWidget(self.title)
        actions = QWidget()
        self._action_flow = FlowLayout(actions, spacing=12)
        self.actions: dict[str, Button] = {}
        self._action_labels: list[tuple[Button, Callable[[], str]]] = []
        self.body.addWidget(actions)
        # "Help me" requests first: they are people waiting
        self.help_title = Text(role="heading")
        self.body.addWidget(self.help_title)
        self.help_box = QWidget()
        from PySide6.QtWidgets import QVBoxLayout

        self.help_layout = QVBoxLayout(self.help_box)
        self.help_layout.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.help_box)
        # learners
        self.learners_title = Text(role="heading")
        self.body.addWidget(self.learners_title)
        self.search = QLineEdit()
        self.search.setObjectName("tutor-search")
        self.search.textChanged.connect(lambda _t: self.refresh_table())
        self.body.addWidget(self.search)
        filters = QWidget()
        ff = FlowLayout(filters, spacing=12)
        self.filter_group = ChoiceGroup(self)
        self.filter_buttons = []
        for i in range(3):
            b = Button()
            b.setObjectName(f"tutor-filter-{i}")
            self.filter_group.addButton(b, i)
            ff.add_widget(b)
            self.filter_buttons.append(b)
        self.filter_group.choose(self.filter_buttons[0])
        self.filter_group.idClicked.connect(lambda _i: self.refresh_table())
        self.body.addWidget(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("tutor-table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        tables.wrap_column(self.table)  # names wrap; the figures stay in view at 36 pt on 1024x768
        self.table.horizontalHeader().sectionClicked.connect(self.sort_column)
        self.table.cellClicked.connect(lambda row, _c: self._open_row(row))
        self.table.setMinimumHeight(320)
        self.table.setWordWrap(True)
        self.table.setStyleSheet(tables.CELL_STYLE)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control; arrows move in the table
        self.table.itemActivated.connect(lambda item: self._open_row(item.row()))  # Enter opens the learner
        self.body.addWidget(self.table)
        self.count = Text(role="muted")
        self.body.addWidget(self.count)
        self.chart_title = Text(role="heading")
        self.body.addWidget(self.chart_title)
        self.chart = BarChart(theme)
        self.body.addWidget(self.chart)
        self.chart_text = Text(role="muted")
        self.body.addWidget(self.chart_text)
        self.body.addStretch(1)
        self.lock = Button(role="primary")
        self.lock.setObjectName("tutor-lock")
        self.lock.clicked.connect(self.lock_pressed)
        self.bar_layout.addStretch(1)
        self.bar_layout.addWidget(self.lock)
        self.bar.show()
        self.retranslate()

    def add_action(self, key: str, label: Callable[[], str]) -> Button:
        """A button in the row at the top (object name ``tutor-<key>``); ``label()`` gives its text in
        the current language. Connect its ``clicked``."""
        b = Button()
        b.setObjectName(f"tutor-{key}")
        b.set_label(label())
        self._action_flow.add_widget(b)
        self.actions[key] = b
        self._action_labels.append((b, label))
        return b

    # data -------------------------------------------------------------------------------------
    def help_text(self, h) -> str:
        """'Wang Fang asked for help today at 14:05 in “Sending a photo”, step 3 of 8: “Which button…”.'"""
        moment = h.created_at.astimezone()
        locale = QLocale()
        time = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        if moment.date() == datetime.now().astimezone().date():
            when = translate("Tutor", "today at %1").replace("%1", time)
        else:
            day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
            when = translate("Tutor", "on %1 at %2").replace("%1", day).replace("%2", time)
        number, total, words = self.help_places.get((h.lesson_id, h.step_id), (0, 0, ""))
        if number:
            step = translate("Tutor", "step %1 of %2").replace("%1", str(number)).replace("%2", str(total))
            if words:
                step = translate("Tutor", "%1: “%2”").replace("%1", step).replace("%2", words)
        else:
            step = translate("Tutor", "a step that is no longer in the lesson")
        return (
            translate("Tutor", "%1 asked for help %2 in “%3”, %4.")
            .replace("%1", h.learner_name)
            .replace("%2", when)
            .replace("%3", self.lesson_titles.get(h.lesson_id, h.lesson_id))
            .replace("%4", step)
        )

    def set_data(self, rows, help_items, lesson_titles: dict[str, str], help_places=None) -> None:
        """``help_places``: (lesson id, step id) -> (step number, steps, the step's first words)."""
        self.rows, self.help_items, self.lesson_titles = list(rows), list(help_items), lesson_titles
        self.help_places = help_places or {}
        self.refresh_help()
        self.refresh_table()
        self.refresh_chart()

    def current_filter(self) -> DashboardFilter:
        chosen = next((i for i, b in enumerate(self.filter_buttons) if b.isChecked()), 0)
        return DashboardFilter(
            text=self.search.text().strip(), needs_help=chosen == 1, has_open_help=chosen == 2
        )

    def shown_rows(self):
        return sort_and_filter(self.rows, self.sort_by, self.descending, self.current_filter())

    def sort_column(self, column: int) -> None:
        key = SORT_OF_COLUMN.get(column, "progress")
        self.descending = not self.descending if key == self.sort_by else key != "name"
        self.sort_by = key
        self.refresh_table()

    def _open_row(self, row: int) -> None:
        shown = self.shown_rows()
        if 0 <= row < len(shown):
            self.open_learner.emit(shown[row].learner_id)

    def refresh_table(self) -> None:
        shown = self.shown_rows()
        self.table.setRowCount(len(shown))
        locale = QLocale()
        for r, o in enumerate(shown):
            cells = [o.name]
            for t in TIERS:
                tp = o.tier(t)
                cells.append(f"{tp.mastered} / {tp.total}")
            cells.append(minutes_text(o.time_ms))
            cells.append(
                locale.toString(o.last_active_at.astimezone(), QLocale.FormatType.ShortFormat)
                if o.last_active_at
                else translate("Tutor", "never")
            )
            cells.append("; ".join(reason_text(c) for c in o.reasons))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(r, c, item)
        tables.fit(self.table)
        self.count.set_text(
            translate("Tutor", "Showing %1 of %2 learners. Press a name to open that learner's page.")
            .replace("%1", str(len(shown)))
            .replace("%2", str(len(self.rows)))
        )

    def refresh_help(self) -> None:
        while self.help_layout.count():
            w = self.help_layout.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self.help_cards = []
        if not self.help_items:
            empty = Text(translate("Tutor", "Nobody is waiting for help."), role="muted")
            self.help_layout.addWidget(empty)
            empty.show()
        for h in self.help_items:
            card = Card()
            from PySide6.QtWidgets import QHBoxLayout

            row = QHBoxLayout(card)
            row.setContentsMargins(16, 10, 16, 10)
            label = Text(self.help_text(h))
            done = Button(translate("Tutor", "Done"))
            done.setObjectName(f"help-done-{h.request_id}")
            done.set_label(
                translate("Tutor", "Done"),
                translate("Tutor", "Mark as helped: %1").replace("%1", h.learner_name),
            )
            done.clicked.connect(lambda _=False, rid=h.request_id: self.resolve_help.emit(rid))
            row.addWidget(label, 1)
            row.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
            self.help_layout.addWidget(card)
            card.show()
            self.help_cards.append(card)

    def refresh_chart(self) -> None:
        shares = class_by_tier(self.rows)
        labels = [tier_name(s.tier) for s in shares]
        series = [
            Series(translate("Tutor", "not started"), tuple(s.none for s in shares)),
            Series(translate("Tutor", "some lessons"), tuple(s.some for s in shares)),
            Series(translate("Tutor", "all lessons"), tuple(s.all for s in shares)),
        ]
        self.chart.set_data(translate("Tutor", "Learners by level"), labels, series)
        self.chart_text.set_text(self.chart.as_text())

    def retranslate(self) -> None:
        self.title.set_text(translate("Tutor", "Tutor dashboard"))
        for b, label in getattr(self, "_action_labels", ()):
            b.set_label(label())
        self.help_title.set_text(translate("Tutor", "Waiting for help"))
        self.learners_title.set_text(translate("Tutor", "Learners"))
        self.search.setPlaceholderText(translate("Tutor", "Find a learner by name"))
        self.search.setAccessibleName(translate("Tutor", "Find a learner by name"))
        for b, text in zip(
            self.filter_buttons,
            (
                translate("Tutor", "Everyone"),
                translate("Tutor", "May need help"),
                translate("Tutor", "Asked for help"),
            ),
            strict=True,
        ):
            b.set_label(text, translate("Tutor", "Show: %1").replace("%1", text))
        headers = [
            translate("Tutor", "Name"),
            *(tier_name(t) for t in TIERS),
            translate("Tutor", "Time spent"),
            translate("Tutor", "Last active"),
            translate("Tutor", "May need help"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(translate("Tutor", "Learners and their progress"))
        self.chart_title.set_text(translate("Tutor", "The class by level"))
        self.lock.set_label(translate("Tutor", "Lock tutor mode"))
        if self.rows:
            self.refresh_table()
            self.refresh_chart()

    def on_show(self) -> None:
        self.search.setFocus()
