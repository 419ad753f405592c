"""The "try it on your own phone" step kind: read from lesson files like any kind (a missing item text is
one problem line), and present in the lessons whose real task happens on the learner's own phone."""

from __future__ import annotations

from content_helpers import BUILT_IN, edit

from trainer.content.loader import load_packs
from trainer.domain.observation import OwnPhoneStep, observed_steps

# lessons whose real task is done on the learner's own phone
ON_THE_PHONE = (
    "spot-scams",
    "qr-pay",
    "chat-messages",
    "video-calls",
    "photos-share",
    "privacy-info",
    "passwords-codes",
    "wifi-internet",
    "hospital-online",
    "online-banking",
    # the new lessons of issue 21 (handwriting-voice: voice and handwriting input on the phone too)
    "phone-basics",
    "scams-and-tools",
    "getting-around",
    "family-payments",
    "farm-info",
    "public-service-apps",
    "short-video",
    "privacy-phone-care",
    "school-helper",
    "handwriting-voice",
)


def test_the_lessons_done_on_a_phone_end_with_a_checklist_for_the_tutor():
    lessons = {x.id: x for x in load_packs([BUILT_IN]).lessons}
    for lesson_id in ON_THE_PHONE:
        steps = observed_steps(lessons[lesson_id])
        assert len(steps) == 1, lesson_id
        step = steps[0]
        assert 1 <= len(step.items) <= 6
        for _, text in step.items:
            assert text.get("zh_CN") and text.get("en") and text.get("zh_CN") != text.get("en")
        assert lessons[lesson_id].steps[-1].kind == "recap"  # the checklist comes before the recap


def test_a_checklist_item_without_its_words_is_one_problem(cli, sample):
    lesson = sample / "mouse-basics/lesson.toml"
    edit(
        lesson,
        '[[steps]]\nid = "recap"',
        '[[steps]]\nid = "on-phone"\nkind = "own-phone"\nitems = ["tap"]\n\n[[steps]]\nid = "recap"',
    )
    for lang, words in (("zh_CN", "在手机上点一下"), ("en", "Tap once on your phone")):
        strings = sample / f"mouse-basics/strings/{lang}.toml"
        text = strings.read_text(encoding="utf-8")
        intro = "试一试" if lang == "zh_CN" else "Try it"
        item = f'tap = "{words}"\n' if lang == "zh_CN" else ""  # English lacks the item's words
        strings.write_text(
            text + f'\n[steps.on-phone]\nintro = "{intro}"\n\n[steps.on-phone.items]\n{item}',
            encoding="utf-8",
        )
    code, out = cli("lessons", "validate", str(sample))
    assert code == 1
    problems = [line for line in out.splitlines() if "on-phone" in line]
    assert len(problems) == 1 and "en.toml" in problems[0] and "tap" in problems[0], out
    (sample / "mouse-basics/strings/en.toml").write_text(
        (sample / "mouse-basics/strings/en.toml").read_text(encoding="utf-8")
        + 'tap = "Tap once on your phone"\n',
        encoding="utf-8",
    )
    result = load_packs([sample])
    step = result.catalogue.get("mouse-basics").step("on-phone")
    assert isinstance(step, OwnPhoneStep) and step.item("tap").get("en") == "Tap once on your phone"
