"""The app's own sentences that a learner hears read aloud, so a volunteer can record them like a lesson.

Drills, quizzes and simulations say some sentences of their own: a drill's hints and its "done" line, a
quiz's verdict, a simulation's "This is only practice: nothing was paid or sent.". They are written in
the translation catalogue (``i18n/*.ts``), so each one is listed here by its place (``key``, which stays
when the words change), its translation context and its English source; ``app_strings`` gives their
words in one language from the catalogue. A recording remembers the words it says: when a translation
changes, the recording is "to record again" exactly as for a changed lesson string.

Sentences with a part the app fills in (%1: the learner's name, a number, a lesson's label) differ each
time: they are listed so the coverage view can say so, and always read by the computer's voice.
``tests/speech/test_app_words.py`` checks that every sentence a learner's step can say is listed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from trainer.domain.voice_pack import LessonString

# the "lesson" of the app's own sentences in a voice pack and its coverage (no lesson id starts with @)
APP_WORDS = "@app-words"


@dataclass(frozen=True)
class AppWord:
    key: str  # where the app says it: stays the same when the words change
    context: str  # the translation context
    source: str  # the English source text (the catalogue's key)


def _words(context: str, prefix: str, *pairs: tuple[str, str]) -> tuple[AppWord, ...]:
    return tuple(AppWord(f"{prefix}/{key}", context, source) for key, source in pairs)


SPOKEN: tuple[AppWord, ...] = (
    *_words(
        "Player", "quiz",
        ("right", "✓ Well done, that is right."),
        ("answer-marked", "Not quite. The right answer is marked with ✓."),
        ("try-again", "Not quite yet. Read why below, then try again."),
        ("choose-first", "Please choose an answer first."),
        ("order-shown", "The right order is shown above."),
        ("right-answer", "The right answer is %1."),
        ("right-answers", "The right answers are %1."),
        ("recap", "What to remember"),
    ),
    *_words(
        "Simulation", "simulation",
        ("banner", "Practice — nothing is sent."),
        ("well-done", "Well done."),
        ("only-practice", "This is only practice: nothing was paid or sent."),
        ("frame", "The right place now has a thick frame around it."),
        ("trap-again", "You pressed a dangerous button on the way. Press “Practise again” and go through it "
                       "once more without it."),
    ),
    *_words(
        "Practice", "practice",
        ("finished", "Well done, you have finished this practice."),
        ("tries", "%1 of your %2 tries were right."),
        # pointing: click and double-click
        ("right-button", "That was the right button. Click with the left button."),
        ("hit", "Good, you hit it."),
        ("beside", "Just beside it. Move the pointer onto the target, then click."),
        ("onto-target", "Move the pointer onto the round target first, then click."),
        ("faster", "A little faster: press the second time straight after the first."),
        ("keep-still", "Keep the mouse still: it moved between the two presses. Rest your hand and press twice."),
        ("one-click", "That was one click. Press the left button twice, quickly."),
        ("point-folder", "Point at the folder first, then press twice."),
        ("left-opens", "Use the left button to open things."),
        ("once-more", "Now open it once more."),
        ("opened", "You opened “%1”. Well done!"),
        # handling: right-click and drag
        ("left-not-right", "That was the left button. Press the right button to open the menu."),
        ("menu-open", "The menu is open. Now click “%1”."),
        ("menu-again", "That was “%1”. Open the menu again and click “%2”."),
        ("in-album", "It is in the album. Here is the next photo."),
        ("hold-down", "Keep the left button held down while you move the mouse to the album."),
        ("went-back", "The photo went back. Hold the button down until the photo is over the album, then let go."),
        # scrolling
        ("use-bar", "This time, use the scroll bar on the right: hold its handle down and drag it."),
        ("keep-scrolling", "That is “%1”. Keep scrolling to find “%2”."),
        # keys
        ("key-press", "Press: %1"),
        ("key-right", "Right, that was %1."),
        ("key-wrong", "That was %1."),
        ("arrows-place", "The four arrow keys are at the bottom right, set out like an upside-down T."),
        ("enter-place", "Enter is the big key at the right end of the letters."),
        ("backspace-place", "Backspace is at the top right, at the end of the row of numbers."),
        ("space-place", "The space bar is the long bar at the bottom, under the letters."),
        ("shift-place", "There are two Shift keys, one at each end of the lowest row of letters."),
        # typing
        ("type-first", "Click in the white box and type the text first."),
        ("exactly", "Exactly right. Here is the next one."),
        ("good-effort", "Good effort. Let’s go on to the next one."),
        ("capitals", "Nearly: only the capital letters differ. Hold Shift and press a letter for a capital."),
        ("spaces", "Nearly: check the spaces between the words."),
        ("goes-on", "Right so far. It goes on with: %1"),
        ("underlined", "Nearly. Look at the underlined place, number %1: it should be %2."),
        ("backspace-deletes", "Backspace deletes the letter before the cursor."),
        # pinyin
        ("write", "Write: %1  (pinyin: %2)"),
        ("english-mode", "That went in as a letter: the input is in English mode (英). Press Backspace, then "
                         "Shift to switch to Chinese (中)."),
        ("delete-first", "First press Backspace to delete the wrong character."),
        ("pick", "Now pick %1 from the numbered list."),
        ("pinyin-of", "The pinyin of %1 is %2. The next letter is “%3”."),
        ("deleted", "Deleted. Now type the pinyin again."),
        ("pinyin-right", "Right. Here is the next one."),
        ("wrote-other", "That wrote %1, not %2. Press Backspace to delete it, then type the pinyin again."),
        ("other-page", "%1 is on another page: press = or ▶ to turn the page."),
    ),
    *_words("OwnPhone", "own-phone", ("heading", "Try it on your own phone")),
)  # fmt: skip


def app_strings(translate: Callable[[str, str], str], lang: str) -> list[LessonString]:
    """The app's spoken sentences in ``lang``: ``translate(context, source)`` gives their words there
    (the catalogue of that language; the source itself where it has no translation)."""
    out = []
    for w in SPOKEN:
        out.append(LessonString(APP_WORDS, w.key, lang, translate(w.context, w.source) or w.source))
    return out
