"""Checking pictures without Qt: the bytes must be the kind of image the name says, and safe to open."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
MAX_SIDE = 8000  # pixels; bigger pictures only cost memory on an old PC
_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP", ".svg": "SVG"}


def sniff(data: bytes) -> str | None:
    """The picture format the bytes start with, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and re.search(rb"<svg[\s>]", data[:4096]):
        return "SVG"
    return None


def _png(data: bytes) -> str | None:
    if len(data) < 33 or data[12:16] != b"IHDR":
        return "the PNG header is damaged"
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return f"the picture is {width}x{height} pixels (at most {MAX_SIDE} a side)"
    if b"IEND" not in data[-16:]:
        return "the PNG file is cut short"
    return None


def _jpeg(data: bytes) -> str | None:
    if b"\xff\xd9" not in data[-64:]:
        return "the JPEG file is cut short"
    return None


def _webp(data: bytes) -> str | None:
    (size,) = struct.unpack("<I", data[4:8])
    if size + 8 > len(data) or len(data) < 16:
        return "the WEBP file is cut short"
    return None


def _svg(data: bytes) -> str | None:
    if re.search(rb"<!DOCTYPE|<!ENTITY", data, re.IGNORECASE):
        return "the SVG has a DOCTYPE or ENTITY declaration, which is not allowed"
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return f"the SVG is not well-formed XML ({exc})"
    if root.tag not in (f"{SVG_NS}svg", "svg"):
        return "the file's outer element is not <svg>"
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag in ("script", "foreignObject", "iframe"):
            return f"the SVG has a <{tag}> element, which is not allowed"
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1]
            if local.lower().startswith("on"):
                return f"the SVG has an event handler ({local}), which is not allowed"
            if local == "href" and not value.startswith(("#", "data:image/")):
                return "the SVG links to another file or web address; draw everything inside the SVG"
    return None


_CHECKS = {"PNG": _png, "JPEG": _jpeg, "WEBP": _webp, "SVG": _svg}


def image_problem(name: str, data: bytes) -> tuple[str, str] | None:
    """(what is wrong, what to do) for a picture's bytes, or None when it can be shown safely."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    expected = _FORMATS.get(suffix)
    if expected is None:
        return "this is not a picture type the trainer shows", "use " + ", ".join(_FORMATS)
    found = sniff(data)
    if found is None:
        return f"the file is named {suffix} but is not a picture", "export it again as a real picture"
    if found != expected:
        return f"the file is a {found} picture named {suffix}", f"rename it to .{found.lower()}"
    try:
        problem = _CHECKS[found](data)
    except Exception as exc:  # damaged bytes must not stop the check
        problem = f"the picture cannot be read ({type(exc).__name__})"
    return (problem, "export the picture again") if problem else None
