"""Read and recap steps: text (with an optional picture, scaled to fit, never clipped), key points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from trainer.ui.steps.base import StepContext, StepView, register_view
from trainer.ui.widgets import Text, plain_tooltip

translate = QCoreApplication.translate


class Picture(QLabel):
    """A lesson picture that scales with the window's width and keeps its shape."""

    def __init__(self, path, alt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QPixmap(str(path))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(alt)
        self.setToolTip(plain_tooltip(alt))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return not self._source.isNull()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._source.isNull():
            return 0
        w = min(width, self._max_width())
        return max(120, round(self._source.height() * w / max(1, self._source.width())))

    def _max_width(self) -> int:
        return min(max(self._source.width(), 320), 560)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._source.width(), self.heightForWidth(self._source.width()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        if not self._source.isNull():
            w = min(self.width(), self._max_width())
            self.setPixmap(
                self._source.scaled(
                    w,
                    self.height(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        super().resizeEvent(event)


class ReadView(StepView):
    def __init__(self, step, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, ctx, parent)
        self.paragraphs = [Text(p) for p in step.text.paragraphs(ctx.lang, name=ctx.learner_name)]
        for label in self.paragraphs:
            self.box.addWidget(label)
        self.picture = None
        if step.picture:
            alt = ctx.text(step.picture_alt) or translate("Player", "Picture")
            self.picture = Picture(ctx.lesson.asset(step.picture), alt)
            self.box.addWidget(self.picture)

    def spoken_texts(self) -> list[str]:
        return [label.plain_text() for label in self.paragraphs]

    def spoken_widgets(self) -> list[QWidget]:
        return list(self.paragraphs)


class RecapView(StepView):
    def __init__(self, step, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(step, ctx, parent)
        self.heading = Text(translate("Player", "What to remember"), role="heading")
        self.box.addWidget(self.heading)
        self.points = [Text(f"•  {ctx.text(p)}") for p in step.points]
        for label in self.points:
            self.box.addWidget(label)

    def spoken_texts(self) -> list[str]:
        return [
            self.heading.plain_text(),
            *(ctx_point.plain_text().lstrip("• ") for ctx_point in self.points),
        ]


register_view("read", ReadView)
register_view("recap", RecapView)
