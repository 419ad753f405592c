"""The colours of a simulated app: a calm accent per kind of app, or the high-contrast theme's.

Every text colour here has at least 7:1 contrast on its background (tested), like the app's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.ui.theme import Theme

# each at least 7:1 against white text (the learner colours of trainer.domain.learner)
ACCENTS = {
    "chat": "#235425",
    "call": "#235425",
    "pay": "#174A86",
    "hospital": "#004F52",
    "mail": "#174A86",
    "browser": "#3A3A3A",
    "settings": "#3A3A3A",
    "shop": "#6B4500",
    "gov": "#8E2420",
    "messages": "#5E3580",
}


@dataclass(frozen=True)
class DeviceColours:
    frame: str  # the body of the phone or the window border
    screen: str
    text: str
    muted: str
    accent: str
    accent_text: str
    soft: str  # sent messages, chosen rows
    soft_text: str
    card: str  # received messages, plain buttons, rows
    outline: str
    danger: str
    danger_text: str
    go: str
    go_text: str
    warning: str  # text that warns, on the screen colour
    mark: str  # the frame around the element to use after two misses
    dim: str  # behind a dialog

    def text_pairs(self) -> list[tuple[str, str, str]]:
        return [
            ("screen", self.text, self.screen),
            ("muted", self.muted, self.screen),
            ("accent", self.accent_text, self.accent),
            ("soft", self.soft_text, self.soft),
            ("card", self.text, self.card),
            ("danger", self.danger_text, self.danger),
            ("go", self.go_text, self.go),
            ("warning", self.warning, self.screen),
        ]


def _tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white: amount 0 is the colour, 1 is white."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#" + "".join(f"{c:02X}" for c in mix)


def colours_for(app: str, theme: Theme) -> DeviceColours:
    if theme.name == "high_contrast":
        return DeviceColours(
            frame="#FFFFFF",
            screen="#000000",
            text="#FFFFFF",
            muted="#F0F0F0",
            accent="#FFE600",
            accent_text="#000000",
            soft="#1A1A1A",
            soft_text="#FFFFFF",
            card="#1A1A1A",
            outline="#FFFFFF",
            danger="#FF9E9E",
            danger_text="#000000",
            go="#7CFC7C",
            go_text="#000000",
            warning="#FFE600",
            mark="#00FFFF",
            dim="#333333",
        )
    accent = ACCENTS.get(app, "#174A86")
    return DeviceColours(
        frame="#2B2B2B",
        screen="#FFFFFF",
        text="#1A1A1A",
        muted="#3D3D3D",
        accent=accent,
        accent_text="#FFFFFF",
        soft=_tint(accent, 0.85),
        soft_text="#1A1A1A",
        card="#F1F1F1",
        outline="#5A5A5A",
        danger="#8E2420",
        danger_text="#FFFFFF",
        go="#235425",
        go_text="#FFFFFF",
        warning="#8B0000",
        mark=theme.focus,
        dim="#6E6E6E",
    )


def style_sheet(c: DeviceColours, target_px: int, text_pt: int) -> str:
    """Rules for the widgets inside the simulated screen (set on the screen widget only)."""
    return f"""
#sim-screen, #sim-screen QWidget {{ background: {c.screen}; color: {c.text}; }}
#sim-screen QLabel {{ background: transparent; }}
#sim-screen QLabel[sim="header"] {{ background: {c.accent}; color: {c.accent_text}; font-weight: bold;
    padding: 10px 14px; }}
#sim-screen QLabel[sim="status"] {{ background: {c.soft}; color: {c.soft_text}; padding: 4px 12px; }}
#sim-screen QLabel[simstyle="title"] {{ font-weight: bold; }}
#sim-screen QLabel[simstyle="big"] {{ font-weight: bold; font-size: {round(text_pt * 1.5)}pt; }}
#sim-screen QLabel[simstyle="muted"], #sim-screen QLabel[simstyle="caption"] {{ color: {c.muted}; }}
#sim-screen QLabel[simstyle="warning"] {{ color: {c.warning}; font-weight: bold; }}
#sim-screen QLabel[sim="bubble"] {{ background: {c.card}; color: {c.text}; border: 2px solid {c.outline};
    border-radius: 14px; padding: 8px 12px; }}
#sim-screen QLabel[sim="bubble"][simstyle="out"] {{ background: {c.soft}; color: {c.soft_text}; }}
#sim-screen QPushButton {{ background: {c.card}; color: {c.text}; border: 2px solid {c.outline};
    border-radius: 12px; padding: 8px 16px; min-height: {target_px}px; min-width: {target_px}px; }}
#sim-screen QPushButton[simstyle="primary"] {{ background: {c.accent}; color: {c.accent_text};
    border-color: {c.accent}; font-weight: bold; }}
#sim-screen QPushButton[simstyle="danger"] {{ background: {c.danger}; color: {c.danger_text};
    border-color: {c.danger}; font-weight: bold; }}
#sim-screen QPushButton[sim="item"] {{ text-align: left; border-radius: 6px; }}
#sim-screen:focus {{ border: 4px dashed {c.mark}; }}
#sim-screen QPushButton:focus {{ border: 4px dashed {c.mark}; }}
#sim-screen QPushButton[marked="true"] {{ border: 8px solid {c.mark}; }}
#sim-screen QPushButton[marked="pulse"] {{ border: 5px solid {c.mark}; }}
#sim-screen QLineEdit {{ background: {c.screen}; color: {c.text}; border: 3px solid {c.outline};
    border-radius: 8px; padding: 6px 10px; min-height: {target_px}px; }}
#sim-screen QLineEdit:focus {{ border: 4px dashed {c.mark}; }}
#sim-screen QLineEdit[marked="true"] {{ border: 8px solid {c.mark}; }}
#sim-screen QLineEdit[marked="pulse"] {{ border: 5px solid {c.mark}; }}
#sim-dialog {{ background: {c.screen}; border: 3px solid {c.outline}; border-radius: 16px; }}
#sim-dim {{ background: {c.dim}; }}
"""
