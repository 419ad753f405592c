"""Colours, sizes and the style sheet. Two themes; every text/background pair is at least 7:1 (tested)."""

from __future__ import annotations

from typing import NamedTuple

from trainer.domain.learner import LearnerSettings


class Theme(NamedTuple):  # (not a dataclass: see trainer.domain.learner)
    """The colours of one theme (docs/design.md). Text pairs are 7:1, other marks 3:1 (tested)."""

    name: str
    window: str  # the page
    text: str
    muted: str  # secondary text, still 7:1
    primary: str  # the main action of a screen
    primary_text: str
    secondary: str  # other buttons
    secondary_text: str
    panel: str  # cards, tiles, the bar below the page
    panel_text: str
    error: str
    success: str
    focus: str  # focus ring (non-text: 3:1 against window and panel)
    track: str  # progress bar background
    chunk: str  # progress bar fill
    outline: str  # borders of buttons and inputs (3:1)
    chosen: str  # background of a chosen answer or setting (not the primary button's)
    chosen_text: str
    success_bg: str  # background of the right answer once shown
    line: str  # thin lines that only group things (cards' edges, the bar's top)

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
            ("chosen", self.chosen_text, self.chosen),
            ("right answer", self.success, self.success_bg),
            ("text on the right answer", self.chosen_text, self.success_bg),
        ]

    def non_text_pairs(self) -> list[tuple[str, str, str]]:
        return [
            ("focus ring", self.focus, self.window),
            ("focus ring on card", self.focus, self.panel),
            ("progress fill", self.chunk, self.track),
            ("input border", self.outline, self.window),
            ("button border on card", self.outline, self.panel),
            ("chosen border", self.primary, self.chosen),
            ("chosen border on card", self.primary, self.panel),
            ("right answer border", self.success, self.success_bg),
            ("not-yet border", self.error, self.panel),
        ]


STANDARD = Theme(
    name="standard",
    window="#F5F2EA",
    text="#1A1A1A",
    muted="#3D3D3D",
    primary="#0B4F8A",
    primary_text="#FFFFFF",
    secondary="#FFFFFF",
    secondary_text="#0B2E52",
    panel="#FFFFFF",
    panel_text="#1A1A1A",
    error="#8B0000",
    success="#17501B",
    focus="#A34700",
    track="#D0D0D0",
    chunk="#17501B",
    outline="#5A5A5A",
    chosen="#DCEAF8",
    chosen_text="#0B2E52",
    success_bg="#E2F0DF",
    line="#CFC7B6",
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
    panel="#141414",
    panel_text="#FFFFFF",
    error="#FF9E9E",
    success="#7CFC7C",
    focus="#00FFFF",
    track="#595959",
    chunk="#7CFC7C",
    outline="#FFFFFF",
    chosen="#00305C",
    chosen_text="#FFFFFF",
    success_bg="#002B00",
    line="#BDBDBD",
)

THEMES = {t.name: t for t in (STANDARD, HIGH_CONTRAST)}
LINE_HEIGHT_PERCENT = 140  # at least 1.3 line spacing everywhere text wraps
TITLE_SCALE, HEADING_SCALE = 1.4, 1.2  # of the learner's text size (docs/design.md)
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
    """The whole app's style sheet for one theme and text size (the rules are in docs/design.md)."""
    pt = settings.text_size
    target = settings.min_target_px
    t = theme
    families = ", ".join(f'"{f}"' for f in FAMILIES)
    title, heading = round(pt * TITLE_SCALE), round(pt * HEADING_SCALE)
    # a focused control's border is thicker and its padding smaller by as much: its size never changes
    return f"""
QWidget {{ background: {t.window}; color: {t.text}; font-size: {pt}pt; font-family: {families}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QLabel[role="error"] {{ color: {t.error}; font-weight: bold; }}
QLabel[role="success"] {{ color: {t.success}; font-weight: bold; }}
QLabel[role="pin-dots"] {{ font-size: {title}pt; font-weight: bold; border: 3px solid transparent;
    border-radius: 12px; padding: 4px; min-height: {target}px; }}
QLabel[role="pin-dots"]:focus {{ border: 3px solid {t.focus}; }}
QLabel[reading="true"] {{ background: {t.chosen}; color: {t.chosen_text}; border-left: 6px solid {t.focus};
    padding-left: 8px; }}
QFrame[role="card"] {{ background: {t.panel}; border: 2px solid {t.line}; border-radius: 16px; }}
QFrame[role="card"] QLabel {{ color: {t.panel_text}; }}
QFrame[role="card"] QLabel[role="muted"] {{ color: {t.muted}; }}
QFrame[role="card"] QLabel[role="error"] {{ color: {t.error}; }}
QFrame[role="card"] QLabel[role="success"] {{ color: {t.success}; }}
QWidget#action-bar {{ background: {t.panel}; border-top: 2px solid {t.line}; }}
QProgressBar#steps-bar {{ min-height: 10px; max-height: 10px; border: none; border-radius: 5px;
    background: {t.track}; }}
QProgressBar#steps-bar::chunk {{ background: {t.primary}; border-radius: 5px; }}
QScrollArea#live-feedback {{ background: {t.panel}; border: none; border-top: 4px solid {t.outline}; }}
QScrollArea#live-feedback[tone="success"] {{ border-top-color: {t.success}; }}
QWidget#live-inside {{ background: {t.panel}; }}
QWidget#live-inside QLabel {{ color: {t.panel_text}; }}
QWidget#live-inside QLabel[role="success"] {{ color: {t.success}; }}
QPushButton {{
    background: {t.secondary}; color: {t.secondary_text}; border: 3px solid {t.outline}; border-radius: 12px;
    padding: 8px 14px; min-height: {target}px; min-width: {target}px;
}}
QPushButton[role="primary"] {{ background: {t.primary}; color: {t.primary_text}; border-color: {t.primary};
    font-weight: bold; }}
QPushButton:checked {{ background: {t.chosen}; color: {t.chosen_text}; border: 5px solid {t.primary};
    padding: 6px 12px; font-weight: bold; }}
QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
QPushButton[reading="true"] {{ border-left: 12px solid {t.focus}; }}
QPushButton:focus, QPushButton:checked:focus {{ border: 5px solid {t.focus}; padding: 6px 12px; }}
QPushButton QLabel[role="in-button"] {{ color: {t.secondary_text}; }}
QRadioButton[role="answer"], QCheckBox[role="answer"] {{
    background: {t.secondary}; color: {t.secondary_text}; border: 3px solid {t.outline}; border-radius: 14px;
    padding: 10px 14px; min-height: {target}px; spacing: 0;
}}
QRadioButton[role="answer"]::indicator, QCheckBox[role="answer"]::indicator {{ width: 0; height: 0; }}
QRadioButton[role="answer"]:checked, QCheckBox[role="answer"]:checked {{
    background: {t.chosen}; border: 5px solid {t.primary}; padding: 8px 12px; }}
QRadioButton[role="answer"][state="right"], QCheckBox[role="answer"][state="right"] {{
    background: {t.success_bg}; border: 5px solid {t.success}; padding: 8px 12px; }}
QRadioButton[role="answer"][state="wrong"], QCheckBox[role="answer"][state="wrong"] {{
    border: 5px dashed {t.error}; padding: 8px 12px; }}
QRadioButton[role="answer"]:focus, QCheckBox[role="answer"]:focus {{ border: 5px solid {t.focus};
    padding: 8px 12px; }}
QRadioButton[role="answer"] QLabel, QCheckBox[role="answer"] QLabel {{ color: {t.secondary_text}; }}
QRadioButton[role="answer"] QLabel[on="true"], QCheckBox[role="answer"] QLabel[on="true"] {{
    color: {t.chosen_text}; font-weight: bold; }}
QRadioButton[role="answer"] QLabel[role="badge-right"], QCheckBox[role="answer"] QLabel[role="badge-right"] {{
    color: {t.success}; font-weight: bold; }}
QRadioButton[role="answer"] QLabel[role="badge-wrong"], QCheckBox[role="answer"] QLabel[role="badge-wrong"] {{
    color: {t.error}; font-weight: bold; }}
QToolButton[role="tile"] {{
    background: {t.panel}; color: {t.panel_text}; border: 3px solid {t.line}; border-radius: 18px;
    padding: 12px; min-height: {target}px; min-width: {target}px;
}}
QToolButton[role="tile"]:checked {{ background: {t.chosen}; color: {t.chosen_text}; border: 6px solid {t.primary};
    padding: 9px; font-weight: bold; }}
QToolButton[role="tile"]:focus {{ border: 6px solid {t.focus}; padding: 9px; }}
QLineEdit {{
    background: {t.panel}; color: {t.text}; border: 3px solid {t.outline}; border-radius: 10px;
    padding: 6px 10px; min-height: {target}px; placeholder-text-color: {t.muted};
}}
QLineEdit:focus, QSlider:focus {{ border: 5px solid {t.focus}; padding: 4px 8px; }}
QComboBox {{
    background: {t.panel}; color: {t.text}; border: 3px solid {t.outline}; border-radius: 10px;
    padding: 6px 10px; min-height: {target}px;
}}
QComboBox:focus {{ border: 5px solid {t.focus}; padding: 4px 8px; }}
QComboBox QAbstractItemView {{ background: {t.panel}; color: {t.text}; selection-background-color: {t.chosen};
    selection-color: {t.chosen_text}; }}
QProgressBar {{ background: {t.track}; border: none; border-radius: 8px; min-height: 16px; max-height: 16px;
    color: {t.text}; text-align: center; }}
QProgressBar::chunk {{ background: {t.chunk}; border-radius: 8px; }}
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
