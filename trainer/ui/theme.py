"""Colours, sizes and the style sheet. Two themes; every text/background pair is at least 7:1 (tested)."""

from __future__ import annotations

from typing import NamedTuple

from trainer.domain.learner import LearnerSettings


class Theme(NamedTuple):  # (not a dataclass: see trainer.domain.learner)
    name: str
    window: str
    text: str
    muted: str  # secondary text, still 7:1
    primary: str  # main buttons
    primary_text: str
    secondary: str  # other buttons
    secondary_text: str
    panel: str  # cards
    panel_text: str
    error: str
    success: str
    focus: str  # focus ring (non-text: 3:1 against window and panel)
    track: str  # progress bar background
    chunk: str  # progress bar fill
    outline: str  # borders of inputs and cards

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text drawn in this theme."""
        return [
            ("body", self.text, self.window),
            ("muted", self.muted, self.window),
            ("primary button", self.primary_text, self.primary),
            ("secondary button", self.secondary_text, self.secondary),
            ("card", self.panel_text, self.panel),
            ("muted on card", self.muted, self.panel),
            ("error", self.error, self.window),
            ("error on card", self.error, self.panel),
            ("success", self.success, self.window),
            ("success on card", self.success, self.panel),
            ("input", self.text, self.window),
            ("placeholder in input", self.muted, self.window),
            ("chosen tile", self.secondary_text, self.secondary),
        ]

    def non_text_pairs(self) -> list[tuple[str, str, str]]:
        return [
            ("focus ring", self.focus, self.window),
            ("focus ring on card", self.focus, self.panel),
            ("progress fill", self.chunk, self.track),
            ("input border", self.outline, self.window),
        ]


STANDARD = Theme(
    name="standard",
    window="#FFFDF7",
    text="#1A1A1A",
    muted="#3D3D3D",
    primary="#0B4F8A",
    primary_text="#FFFFFF",
    secondary="#E3ECF6",
    secondary_text="#0B2E52",
    panel="#F2EAD3",
    panel_text="#1A1A1A",
    error="#8B0000",
    success="#17501B",
    focus="#A34700",
    track="#D0D0D0",
    chunk="#17501B",
    outline="#5A5A5A",
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    window="#000000",
    text="#FFFFFF",
    muted="#F0F0F0",
    primary="#FFE600",
    primary_text="#000000",
    secondary="#000000",
    secondary_text="#FFFFFF",
    panel="#1A1A1A",
    panel_text="#FFFFFF",
    error="#FF9E9E",
    success="#7CFC7C",
    focus="#00FFFF",
    track="#595959",
    chunk="#7CFC7C",
    outline="#FFFFFF",
)

THEMES = {t.name: t for t in (STANDARD, HIGH_CONTRAST)}
LINE_HEIGHT_PERCENT = 140  # at least 1.3 line spacing everywhere text wraps
SCROLL_BAR_PX = 28  # wide enough to grab
# Latin letters and punctuation from a Latin face, Chinese from the first CJK face the PC has.
FAMILIES = (
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)


def theme_for(settings: LearnerSettings) -> Theme:
    return HIGH_CONTRAST if settings.high_contrast else STANDARD


def style_sheet(theme: Theme, settings: LearnerSettings) -> str:
    """The whole app's style sheet for one theme and text size."""
    pt = settings.text_size
    target = settings.min_target_px
    t = theme
    families = ", ".join(f'"{f}"' for f in FAMILIES)
    return f"""
QWidget {{ background: {t.window}; color: {t.text}; font-size: {pt}pt; font-family: {families}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {round(pt * 1.6)}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {round(pt * 1.3)}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QProgressBar#steps-bar {{ min-height: 10px; max-height: 10px; border: none; border-radius: 5px; }}
QProgressBar#steps-bar::chunk {{ background: {t.primary}; border-radius: 5px; }}
QScrollArea#live-feedback {{ background: {t.panel}; border: none; border-top: 4px solid {t.outline}; }}
QScrollArea#live-feedback[tone="success"] {{ border-top-color: {t.success}; }}
QWidget#live-inside {{ background: {t.panel}; }}
QWidget#live-inside QLabel {{ color: {t.panel_text}; }}
QWidget#live-inside QLabel[role="success"] {{ color: {t.success}; }}
QLabel[role="pin-dots"] {{ font-size: {round(pt * 1.6)}pt; font-weight: bold; border: 3px solid transparent;
    border-radius: 10px; padding: 4px; min-height: {target}px; }}
QLabel[role="pin-dots"]:focus {{ border: 3px solid {t.focus}; }}
QLabel[role="error"] {{ color: {t.error}; font-weight: bold; }}
QLabel[role="success"] {{ color: {t.success}; font-weight: bold; }}
QFrame[role="card"] {{ background: {t.panel}; border: 2px solid {t.outline}; border-radius: 12px; }}
QFrame[role="card"] QLabel {{ color: {t.panel_text}; }}
QFrame[role="card"] QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QProgressBar#steps-bar {{ min-height: 10px; max-height: 10px; border: none; border-radius: 5px; }}
QProgressBar#steps-bar::chunk {{ background: {t.primary}; border-radius: 5px; }}
QLabel[role="pin-dots"] {{ font-size: {round(pt * 1.6)}pt; font-weight: bold; border: 3px solid transparent;
    border-radius: 10px; padding: 4px; min-height: {target}px; }}
QLabel[role="pin-dots"]:focus {{ border: 3px solid {t.focus}; }}
QPushButton {{
    background: {t.secondary}; color: {t.secondary_text};
    border: 3px solid {t.outline}; border-radius: 10px;
    padding: 8px 14px; min-height: {target}px; min-width: {target}px;
}}
QPushButton QLabel[role="in-button"] {{ color: {t.secondary_text}; }}
QPushButton QLabel[role="in-button"][on="true"] {{ color: {t.primary_text}; font-weight: bold; }}
QLabel[reading="true"] {{ background: {t.secondary}; color: {t.secondary_text}; border-left: 6px solid {t.focus}; padding-left: 8px; }}
QPushButton[reading="true"] {{ border-left: 12px solid {t.focus}; }}
QPushButton[role="primary"] {{ background: {t.primary}; color: {t.primary_text}; border-color: {t.primary}; font-weight: bold; }}
QPushButton:checked {{ background: {t.primary}; color: {t.primary_text}; border-color: {t.primary}; }}
QPushButton:focus, QLineEdit:focus, QSlider:focus {{ border: 5px solid {t.focus}; }}
QToolButton[role="tile"] {{
    background: {t.panel}; color: {t.panel_text}; border: 3px solid {t.outline}; border-radius: 14px;
    padding: 12px; min-height: {target}px; min-width: {target}px;
}}
QToolButton[role="tile"]:checked {{ background: {t.secondary}; color: {t.secondary_text}; border: 6px solid {t.primary}; }}
QToolButton[role="tile"]:focus {{ border: 6px solid {t.focus}; }}
QLineEdit {{
    background: {t.window}; color: {t.text}; border: 3px solid {t.outline}; border-radius: 8px;
    padding: 6px 10px; min-height: {target}px; placeholder-text-color: {t.muted};
}}
QComboBox {{
    background: {t.window}; color: {t.text}; border: 3px solid {t.outline}; border-radius: 8px;
    padding: 6px 10px; min-height: {target}px;
}}
QComboBox:focus {{ border: 5px solid {t.focus}; }}
QComboBox QAbstractItemView {{ background: {t.window}; color: {t.text}; selection-background-color: {t.primary};
    selection-color: {t.primary_text}; }}
QProgressBar {{ background: {t.track}; border: 2px solid {t.outline}; border-radius: 6px; min-height: 22px;
    color: {t.text}; text-align: center; }}
QProgressBar::chunk {{ background: {t.chunk}; border-radius: 4px; }}
QScrollArea {{ border: none; }}
QScrollBar:vertical {{ width: {SCROLL_BAR_PX}px; background: {t.track}; border: none; }}
QScrollBar::handle:vertical {{ background: {t.outline}; min-height: 60px; border-radius: 8px; margin: 2px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QSlider {{ min-height: {target}px; }}
QSlider::groove:horizontal {{ height: 12px; background: {t.track}; border-radius: 6px; }}
QSlider::handle:horizontal {{ background: {t.primary}; width: 36px; margin: -14px 0; border-radius: 18px;
    border: 3px solid {t.outline}; }}
QMessageBox QLabel {{ font-size: {pt}pt; }}
"""
