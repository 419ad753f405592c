"""Tools: the sign-in screen's text size and contrast for everyone at the centre (``services.sign_in_look``):
chosen once by a tutor on any PC, so a weak-eyed learner finds large tiles in strong colours without help
on every PC of the centre that shares its data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.domain.learner import LearnerSettings
from trainer.services import sign_in_look
from trainer.ui.operations import Operation
from trainer.ui.tutor.ops.base import TutorSubject

translate = QCoreApplication.translate
SIZES = (("normal", 18), ("large", 26), ("largest", 36))


class SignInLookOps(TutorSubject):
    def on_tools(self, tools) -> None:
        tools.add_section(
            "sign-in-look", lambda: translate("Tutor", "The sign-in screen, for everyone at the centre")
        )
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
        ).clicked.connect(lambda: self.choose(flip_contrast=True))

    def choose(self, text_size: int | None = None, flip_contrast: bool = False) -> None:
        """Change the centre's choice (off the UI thread: the database may be busy with a sync for a
        moment) and say what the sign-in screen will look like."""
        if self.mode.require() is None:
            return
        tools = self.mode.screen("tutor-tools")
        Operation(tools, sign_in_look.choose, self.ctx.db, text_size, flip_contrast).on_success(
            lambda look: self._chosen(tools, look)
        ).on_failure(
            lambda message: tools.say(translate("Tutor", "This could not be kept: %1").replace("%1", message))
        ).run()

    def _chosen(self, tools, look: LearnerSettings) -> None:
        size, contrast = look.text_size, look.high_contrast
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
            translate("Tutor", "From now on the sign-in screen shows %1 in %2 for everyone.")
            .replace("%1", size_text)
            .replace("%2", contrast_text)
            + " "
            + translate(
                "Tutor",
                "The centre's other computers that share records show it too, once they have shared again.",
            )
        )
