"""Learner pictures: each is drawn from one SVG (circle and picture together), exactly as drawing the
circle and then the picture file would."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from trainer.domain.learner import AVATARS
from trainer.services.learners import colour_for
from trainer.ui import avatars, icons


def two_step(avatar: str, colour: str, size: int) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    circle = QByteArray(icons.CIRCLE.format(fill=colour, inside="").encode("utf-8"))
    QSvgRenderer(circle).render(p, QRectF(0, 0, size, size))
    inset = size * 0.2
    QSvgRenderer(str(avatars.avatar_path(avatar))).render(
        p, QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    )
    p.end()
    return pix


def largest_difference(a: QPixmap, b: QPixmap) -> int:
    ia, ib = a.toImage(), b.toImage()
    worst = 0
    for y in range(0, ia.height(), 2):
        for x in range(0, ia.width(), 2):
            ca, cb = ia.pixelColor(x, y), ib.pixelColor(x, y)
            worst = max(worst, *(abs(u - v) for u, v in zip(ca.getRgb(), cb.getRgb(), strict=True)))
    return worst


def test_every_picture_is_drawn_in_one_piece_and_looks_the_same(qapp):
    for avatar in AVATARS:
        assert avatars._drawing(avatar) is not None, avatar  # the one-SVG way is taken
        one = avatars.avatar_pixmap(avatar, colour_for(avatar), 120)
        assert largest_difference(one, two_step(avatar, colour_for(avatar), 120)) <= 8, avatar


def test_a_picture_that_is_not_a_plain_square_svg_is_drawn_the_long_way(qapp, tmp_path, monkeypatch):
    odd = tmp_path / "odd.svg"
    odd.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32"/></svg>'
    )
    monkeypatch.setattr(avatars, "avatar_path", lambda name: odd)
    avatars._drawing.cache_clear()
    avatars.avatar_pixmap.cache_clear()
    try:
        assert avatars._drawing("odd") is None
        pix = avatars.avatar_pixmap("odd", "#0B4F8A", 100)
        assert pix.toImage().pixelColor(50, 5).name() == "#0b4f8a"  # the circle is there all the same
        assert QSvgRenderer(QByteArray(odd.read_bytes())).isValid()
    finally:
        avatars._drawing.cache_clear()
        avatars.avatar_pixmap.cache_clear()


def test_the_svg_reader_draws_the_same_pixels_as_the_renderer(qapp):
    plus = icons.CIRCLE.format(fill="#1E5C22", inside=icons.PLUS)
    for size in (64, 171, 256):
        read = icons.svg_pixmap(plus, size)
        assert read.width() == read.height() == size
        assert largest_difference(read, icons.render_svg(plus, size)) == 0, size
    sun = avatars.avatar_pixmap("sun", colour_for("sun"), 120)
    assert sun.toImage().pixelColor(60, 2).name() == colour_for("sun").lower()  # the circle's colour
    assert sun.toImage().pixelColor(0, 0).alpha() == 0  # outside the circle: see-through


def test_without_the_svg_reader_the_renderer_draws_it(qapp, monkeypatch):
    class NoReader(QPixmap):  # as in a bundle that lost Qt's image-format plug-ins
        def loadFromData(self, *args) -> bool:  # noqa: N802
            return False

    plus = icons.CIRCLE.format(fill="#1E5C22", inside=icons.PLUS)
    expected = icons.svg_pixmap(plus, 100)
    monkeypatch.setattr(icons, "QPixmap", NoReader)
    drawn = icons.svg_pixmap(plus, 100)
    assert largest_difference(drawn, expected) == 0
    assert drawn.toImage().pixelColor(50, 5).name() == "#1e5c22"
