"""Reading QR codes the way people do: zbar (zbarimg, pyzbar and many phone apps are built on it) and
ZXing (zxing-cpp; Android's and many other apps' engine), from a rendered page and from a simulated
phone photo (framed on the code, slightly rotated, scaled, out of focus, JPEG-compressed)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")
ImageFilter = pytest.importorskip("PIL.ImageFilter")
pyzbar = pytest.importorskip("pyzbar.pyzbar", reason="pyzbar (and Debian's libzbar0) is not installed")

# Names a certificate must carry exactly: outside the BMP (CJK extension B and later, used in Chinese
# names), with the middle dot of Uyghur and other minority names (U+00B7, and the katakana middle dot
# U+30FB that some input methods give), Latin letters with diacritics (precomposed and combining).
HARD_NAMES = (
    "王𠀾",
    "陈𬱖",
    "𡈽𪚥",
    "阿依古丽·买买提",
    "迪丽热巴・迪力木拉提",
    "José Müller-Øster",
    "Nguyễn Thị Minh Khai",
    "Zoë Ångström",
    "Łukasz Żółć",
    "Rene\u0301e O\u0308zdemir",
)


def zbar(image) -> list[str]:
    """What zbar reads (it hands back UTF-8 after applying the symbol's ECI; a wrong guess of the
    encoding shows as mojibake, never as an exception, so compare the text)."""
    found = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [f.data.decode("utf-8", errors="replace") for f in found]


def zxing(image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def symbol_image(modules, px: int = 3, quiet: int = 4):
    """The symbol as a clean bitmap, ``px`` pixels per module."""
    n = len(modules) + 2 * quiet
    blank = b"\xff" * n
    rows = [blank] * quiet
    rows += [b"\xff" * quiet + bytes(0 if dark else 255 for dark in row) + b"\xff" * quiet for row in modules]
    rows += [blank] * quiet
    image = Image.frombytes("L", (n, n), b"".join(rows))
    return image.resize((n * px, n * px), Image.NEAREST)


def render(pdf: Path, out: Path, dpi: int, page: int = 1, crop: tuple[int, int, int, int] | None = None):
    """A page of the PDF as pdftoppm renders it (optionally only a box x, y, w, h in pixels)."""
    args = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-png", "-singlefile"]
    if crop:
        args += ["-x", str(crop[0]), "-y", str(crop[1]), "-W", str(crop[2]), "-H", str(crop[3])]
    subprocess.run([*args, str(pdf), str(out)], check=True)
    return Image.open(f"{out}.png").convert("L")


def code_box(image) -> tuple[float, float, float]:
    """Centre x, y and width of the one QR code in a clean render (where a person points the phone)."""
    (found,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    p = found.position
    xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
    ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(xs) - min(xs)


def phone_photo(close_up, code_px: int = 420, angle: float = 4.0, blur: float = 1.0):
    """A phone's view of the code: framed with a margin around it, turned a few degrees, scaled so the
    code spans ``code_px`` pixels (a 46 mm code seen at about 230 dpi), out of focus (Gaussian blur),
    grey paper and ink (lower contrast), JPEG at quality 70. ``close_up``: a 300 dpi render of the
    area around the code, as a (image, box) pair from ``render`` and ``code_box``."""
    image, (cx, cy, side) = close_up
    half = side * 1.2
    framed = image.crop((int(cx - half), int(cy - half), int(cx + half), int(cy + half)))
    framed = framed.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    scale = code_px / side
    framed = framed.resize((int(framed.width * scale), int(framed.height * scale)), Image.BILINEAR)
    framed = framed.filter(ImageFilter.GaussianBlur(blur)).point(lambda v: 45 + v * 185 // 255)
    buffer = io.BytesIO()
    framed.save(buffer, "JPEG", quality=70)
    buffer.seek(0)
    return Image.open(buffer).convert("L")
