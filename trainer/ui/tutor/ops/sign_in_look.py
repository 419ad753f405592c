"""Tools: the sign-in screen's text size and contrast for everyone on this PC (``services.sign_in_look``):
chosen once by a tutor, so a weak-eyed learner finds large tiles in strong colours without help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.services import sign_in_look
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate
SIZES = (("normal", 18), ("large", 26), ("largest", 36))


class SignInLookOps(TutorSubject):
    def on_tools(self, tools) -> None:
        tools.add_section("sign-in-look", lambda: translate("Tutor", "The sign-in screen, for everyone"))
        labels = {
            "normal": lambda: translate("Tutor", "Normal text"),
            "large": lambda: translate("Tutor", "Large text"),
            "largest": lambda: translate("Tutor", "Largest text"),
        }
        for key, size in SIZES:
            tools.add_button("sign-in-look", f"sign-in-{key}", labels[key]).clicked.connect(
                lambda _=False, s=size: self.choose(text_size=s)
            )
        tools.add_button(
            "sign-in-look", "sign-in-contrast", lambda: translate("Tutor", "High contrast on or off")
        ).clicked.connect(lambda: self.choose(high_contrast=not self.current().high_contrast))

    def current(self):
        return sign_in_look.load(self.ctx.paths.data)

    def choose(self, text_size: int | None = None, high_contrast: bool | None = None) -> None:
        """Keep the choice (a tiny file, written whole) and say what the sign-in screen will look like."""
        if self.mode.require() is None:
            return
        now = self.current()
        size = now.text_size if text_size is None else text_size
        contrast = now.high_contrast if high_contrast is None else high_contrast
        tools = self.mode.screen("tutor-tools")
        try:
            sign_in_look.save(self.ctx.paths.data, size, contrast)
        except OSError as exc:
            tools.say(translate("Tutor", "This could not be kept: %1").replace("%1", str(exc)))
            return
        size_text = {
            "normal": translate("Tutor", "normal text"),
            "large": translate("Tutor", "large text"),
            "largest": translate("Tutor", "the largest text"),
        }.get(
            next((k for k, s in SIZES if s == size), ""),
            translate("Tutor", "text of %1 points").replace("%1", str(size)),
        )
        contrast_text = (
            translate("Tutor", "high contrast") if contrast else translate("Tutor", "normal colours")
        )
        tools.say(
            translate("Tutor", "From now on the sign-in screen shows %1 in %2 for everyone on this computer.")
            .replace("%1", size_text)
            .replace("%2", contrast_text)
        )
