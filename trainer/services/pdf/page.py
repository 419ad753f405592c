"""An A4 page in large type that text flows down, and a 2-D code drawn as vectors."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPainterPath, QPdfWriter

from trainer.services.pdf.fonts import ensure_gui
from trainer.services.pdf.textlayer import save_repaired

MM_PER_INCH = 25.4
A4_MM = (210.0, 297.0)


@dataclass
class Page:
    """A flowing A4 layout: ``write`` paragraphs top to bottom; a new page starts when one is full."""

    writer: QPdfWriter
    painter: QPainter
    resolution: int
    margin_mm: float = 18.0
    y: float = 0.0
    limit: float | None = None  # the lowest y text may reach on this page (None: the bottom margin)
    written: list[str] = field(default_factory=list)  # every text drawn, in order (tests compare)
    families: list[str] = field(default_factory=list)  # the fonts drawn with (their text layer is repaired)

    def __post_init__(self) -> None:
        self.y = self.px(self.margin_mm)

    def px(self, mm: float) -> float:
        return mm / MM_PER_INCH * self.resolution

    @property
    def width(self) -> float:
        return self.px(A4_MM[0] - 2 * self.margin_mm)

    @property
    def left(self) -> float:
        return self.px(self.margin_mm)

    @property
    def bottom(self) -> float:
        return self.px(A4_MM[1] - self.margin_mm)

    def measure(self, text: str, font: QFont, width: float) -> float:
        self.painter.setFont(font)
        flags = int(Qt.AlignLeft) | int(Qt.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def fits(self, height: float) -> bool:
        return self.y + height <= (self.limit if self.limit is not None else self.bottom)

    def write(
        self,
        text: str,
        font: QFont,
        *,
        align: Qt.AlignmentFlag = Qt.AlignLeft,
        gap_mm: float = 2.0,
        indent_mm: float = 0.0,
        width_mm: float | None = None,
        colour: str = "#000000",
    ) -> QRectF:
        """Draw a wrapped paragraph at the cursor (on a new page if it does not fit); returns its box."""
        width = self.px(width_mm) if width_mm is not None else self.width - self.px(indent_mm)
        flags = int(align) | int(Qt.TextWordWrap)
        height = self.measure(text, font, width)
        if not self.fits(height) and self.y > self.px(self.margin_mm) + 1:
            self.new_page()
        rect = QRectF(self.left + self.px(indent_mm), self.y, width, height)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(rect, flags, text)
        self.written.append(text)
        self.families += [f for f in font.families() if f not in self.families]
        self.y += height + self.px(gap_mm)
        return rect

    def rule(self, colour: str = "#444444", width_mm: float = 0.4) -> None:
        self.painter.fillRect(QRectF(self.left, self.y, self.width, self.px(width_mm)), QColor(colour))
        self.y += self.px(width_mm) + self.px(3)

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = self.px(self.margin_mm)
        self.limit = None


def draw_modules(painter: QPainter, modules: Sequence[Sequence[bool]], box: QRectF, quiet: int = 4) -> None:
    """A 2-D code (QR) filling the square ``box`` (px) as vector squares, with its white quiet zone of
    ``quiet`` modules: sharp at any print size."""
    n = len(modules)
    cell = box.width() / (n + 2 * quiet)
    x0, y0 = box.x(), box.y()
    painter.fillRect(box, QColor("#ffffff"))
    path = QPainterPath()
    for r, row in enumerate(modules):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.addRect(
                    QRectF(x0 + (quiet + start) * cell, y0 + (quiet + r) * cell, (c - start) * cell, cell)
                )
            c += 1
    path.setFillRule(Qt.WindingFill)
    painter.setRenderHint(QPainter.Antialiasing, False)
    painter.fillPath(path, QColor("#000000"))


@contextmanager
def a4_pdf(
    path: Path, title: str, creator: str = "Digital Bridge", resolution: int = 300, margin_mm: float = 18.0
) -> Iterator[Page]:
    """Paint an A4 PDF; the file appears at ``path`` only once complete, its text layer repaired
    (``textlayer``)."""
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator(creator)
    painter = QPainter(writer)
    page = Page(writer, painter, resolution, margin_mm)
    try:
        yield page
    finally:
        painter.end()
        del painter, writer  # finishes the file
        buffer.close()
    save_repaired(bytes(buffer.data()), Path(path), page.families)
