"""Records made as NamedTuples (start-up speed, see trainer/domain/learner.py) are tuples: where the app
compares them, equality is strict, so a plain tuple or another kind of record is never "the same"."""

from __future__ import annotations

from trainer.domain.learner import Learner, LearnerSettings


def test_settings_equal_only_settings():
    settings = LearnerSettings()
    assert settings == LearnerSettings()
    assert (settings != LearnerSettings()) is False  # __ne__ is the strict one too
    assert settings != tuple(settings) and tuple(settings) != settings
    assert settings._replace(text_size=22) != settings
    assert {settings: "applied"}[LearnerSettings()] == "applied"  # still usable as a key


def test_a_learner_is_not_a_tuple_of_the_same_values():
    wang = Learner("id-1", "Wang Fang", "tree", "#123456", "zh_CN")
    assert wang == Learner(*wang) and wang != tuple(wang)
    assert wang not in [tuple(wang)]
    assert wang._replace(name="Li") != wang
